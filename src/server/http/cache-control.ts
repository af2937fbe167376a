import type { FastifyInstance, FastifyRequest } from "fastify";

/**
 * API answers that carry nothing about anyone: the health check and the API's own description. A
 * browser or a proxy may keep them, asking again each time (`no-cache`).
 */
const PUBLIC_API_ROUTES = new Set(["/api/health", "/api/openapi.json"]);
const PUBLIC_API_PREFIX = "/api/docs";

function isPublicApi(route: string): boolean {
  return PUBLIC_API_ROUTES.has(route) || route === PUBLIC_API_PREFIX || route.startsWith(`${PUBLIC_API_PREFIX}/`);
}

/** The route that answered, else the path asked for (an unknown path, an error before routing). */
function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? request.url.split("?")[0] ?? "/";
}

/**
 * Nothing is kept by a browser or a proxy unless it says it may be: every API answer is `no-store`
 * (lists, records, exports and errors all name people), whatever a route set, except the public
 * ones above; any other answer that did not choose (a 404, an error) is `no-store` as well. The web
 * app's files choose their own (web-app.ts): immutable for content-hashed assets, `no-cache` for the page.
 */
export function registerCacheControl(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    const route = routeOf(request);
    if (isPublicApi(route)) {
      if (!reply.hasHeader("cache-control")) void reply.header("cache-control", "no-cache");
      return;
    }
    if (route === "/api" || route.startsWith("/api/") || !reply.hasHeader("cache-control")) void reply.header("cache-control", "no-store");
  });
}
