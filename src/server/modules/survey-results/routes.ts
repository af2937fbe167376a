import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

/** A round's results (withheld below its threshold) as JSON, CSV, XLSX or PDF; individual responses for evaluators granted them; a program's view. */
export const surveyResultRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
