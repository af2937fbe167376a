import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

/** The respondent's side of a personal link: the form, saving answers as they go, submitting; no sign-in. */
export const responseRoutes: FastifyPluginAsyncZod<AppContext> = async () => {};
