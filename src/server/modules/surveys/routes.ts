import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

/** Survey rounds: opened in a partnership or across a program's partnerships, respondents and their links, closing. */
export const surveyRoundRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
