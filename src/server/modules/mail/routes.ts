import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import { mailListQuerySchema, mailMessageSchema, mailPageSchema } from "../../../contracts/mail.js";
import { requireAbility } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as outbox from "./outbox.js";

const tags = ["mail"];

export const mailRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, mail }) => {
  const guard = { onRequest: requireAbility("manageMail") };

  app.get(
    "/mail/messages",
    {
      ...guard,
      schema: {
        tags,
        summary: "The outbox: messages sent, waiting, failed, or held for want of an SMTP server",
        querystring: mailListQuerySchema,
        response: { 200: mailPageSchema },
      },
    },
    (request) => outbox.listMessages(db, mail, request.query),
  );

  app.post(
    "/mail/messages/:id/retry",
    {
      ...guard,
      schema: { tags, summary: "Send a failed message again", params: idParamsSchema, response: { 200: mailMessageSchema } },
    },
    (request) => outbox.retryMessage(db, mail, request.params.id),
  );
};
