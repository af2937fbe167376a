import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { accountSchema, accountUpdateSchema, passwordChangeSchema } from "../../../contracts/account.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import { databaseRateLimitStore } from "../auth/rate-limit-store.js";
import * as service from "./service.js";

const tags = ["account"];

/** Everyone's own account. Their API tokens are the /tokens routes. */
export const accountRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config }) => {
  await app.register(import("@fastify/rate-limit"), { global: false, store: databaseRateLimitStore(db) });
  app.addHook("onRequest", requireSignedIn);

  app.get("/account", { schema: { tags, summary: "Your account", response: { 200: accountSchema } } }, (request) =>
    service.getAccount(db, actorOf(request)),
  );

  app.patch(
    "/account",
    {
      schema: {
        tags,
        summary: "Change your name, language, or whether you receive reminders",
        body: accountUpdateSchema,
        response: { 200: accountSchema },
      },
    },
    (request) => service.updateAccount(db, actorOf(request), request.body),
  );

  app.post(
    "/account/password",
    {
      schema: {
        tags,
        summary: "Change your password (signs out your other sessions)",
        body: passwordChangeSchema,
        response: { 204: z.null() },
      },
      config: {
        // Someone at an unlocked screen must not be able to try passwords one after another.
        rateLimit: {
          max: config.login.maxAttempts,
          timeWindow: config.login.windowMinutes * 60_000,
          keyGenerator: (request) => `password:${request.auth?.actor.userId ?? request.ip}`,
          errorResponseBuilder: (_request, context) =>
            new AppError("rate_limited", text("auth.tooManySignIns", { count: Math.ceil(context.ttl / 60_000) }), undefined, {
              "retry-after": String(Math.ceil(context.ttl / 1000)),
            }),
        },
      },
    },
    async (request, reply) => {
      const keep = request.auth?.kind === "session" ? request.auth.sessionId : null;
      await service.changePassword(db, actorOf(request), request.body, keep);
      return reply.status(204).send(null);
    },
  );
};
