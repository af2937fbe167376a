import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

/** From results to action: the library of suggested steps, the steps proposed for a round's weak scores, the coordinator's decisions. */
export const actionStepRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
