import helmet from "@fastify/helmet";
import type { FastifyInstance, FastifyRequest } from "fastify";

const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Helmet's headers, except the two that only make sense over HTTPS: HSTS and the CSP's
 * `upgrade-insecure-requests`. Sent over plain HTTP they make a browser fetch every script over HTTPS
 * from a server that does not speak it, and the page stays blank. They go out when the request came
 * over HTTPS (the forwarded protocol counts when the proxy is trusted) or when HTTPS is forced.
 */
export async function registerSecurityHeaders(app: FastifyInstance, options: { forceHttps: boolean }): Promise<void> {
  await app.register(helmet, {
    strictTransportSecurity: false,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  const isSecure = (request: FastifyRequest) => options.forceHttps || request.protocol === "https";
  app.addHook("onSend", async (request, reply) => {
    if (!isSecure(request)) return;
    void reply.header("strict-transport-security", HSTS);
    const policy = reply.getHeader("content-security-policy");
    if (typeof policy === "string" && !policy.includes("upgrade-insecure-requests")) {
      void reply.header("content-security-policy", `${policy};upgrade-insecure-requests`);
    }
  });
}
