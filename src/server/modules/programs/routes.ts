import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

export const programRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
