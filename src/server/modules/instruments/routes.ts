import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

/** Survey instruments: list, one version, a new instrument or version, a copy (administrators add). */
export const instrumentRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
