import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { attentionPageSchema, attentionQuerySchema } from "../../../contracts/attention.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["attention"];

export const attentionRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { readDb }) => {
  app.addHook("onRequest", requireSignedIn);
  app.get(
    "/attention",
    {
      schema: {
        tags,
        summary:
          "What the active partnerships you manage need next: empty required seats, wide gaps, missing partner views, funding ending",
        querystring: attentionQuerySchema,
        response: { 200: attentionPageSchema },
      },
    },
    (request) => service.listAttention(readDb, actorOf(request), request.query),
  );
};
