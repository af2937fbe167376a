import { sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply } from "fastify";

/** Where the build puts files named by a hash of their content: a new release gives them new names. */
const HASHED_ASSETS = "/assets/";
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The page and the files with stable names: kept, but checked with the server on every use. */
const REVALIDATE = "no-cache";

/**
 * Serves the built web app from `root`: the files `vite build` wrote (with the Brotli and gzip copies
 * it wrote beside them, chosen by Accept-Encoding), hashed assets cached for a year, everything else
 * revalidated. Source maps are only there when the build was asked for them (vite.config.ts).
 */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  const assets = `${root.replace(/[\\/]$/, "")}${sep}assets${sep}`;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => void reply.header("cache-control", path.startsWith(assets) ? IMMUTABLE : REVALIDATE),
  });
}

/**
 * What a GET outside the API answers when no file matches: the page (the web app routes in the
 * browser), except under /assets/, where a missing file is a 404 rather than a page a script tag
 * would choke on.
 */
export function sendWebPage(path: string, reply: FastifyReply) {
  if (path.startsWith(HASHED_ASSETS)) return reply.status(404).type("text/plain").send("Not found");
  return reply.type("text/html").sendFile("index.html");
}
