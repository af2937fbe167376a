import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

export const membershipRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
