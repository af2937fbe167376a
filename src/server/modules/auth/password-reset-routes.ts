import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { passwordResetConfirmSchema, passwordResetRequestSchema } from "../../../contracts/account-links.js";
import type { AppContext } from "../../http/context.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import { databaseRateLimitStore } from "./rate-limit-store.js";
import { countHit } from "./rate-limit-repository.js";
import { confirmPasswordReset, requestPasswordReset } from "./password-reset.js";
import { tooManyAttempts } from "./sign-in-limits.js";

const tags = ["auth"];

export const passwordResetRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config, mail }) => {
  await app.register(import("@fastify/rate-limit"), { global: false, store: databaseRateLimitStore(db) });

  app.post(
    "/auth/password-reset",
    {
      schema: {
        tags,
        summary: "Mail a link to choose a new password (the same answer whether the address is known or not)",
        body: passwordResetRequestSchema,
        response: { 202: z.null() },
      },
      config: {
        // Counted per address, like sign-in attempts: nobody can flood someone's mailbox.
        rateLimit: {
          max: config.login.maxAttempts,
          timeWindow: config.login.windowMinutes * 60_000,
          hook: "preHandler",
          keyGenerator: (request) => {
            const body = request.body as { email?: unknown } | undefined;
            return `password-reset:${typeof body?.email === "string" ? body.email.trim().toLowerCase() : request.ip}`;
          },
          errorResponseBuilder: (_request, context) =>
            new AppError("rate_limited", text("auth.tooManyResets", { count: Math.ceil(context.ttl / 60_000) }), undefined, {
              "retry-after": String(Math.ceil(context.ttl / 1000)),
            }),
        },
      },
    },
    async (request, reply) => {
      // And per client address, so that one client cannot mail a link to every address it can think of.
      const windowMs = config.login.windowMinutes * 60_000;
      const byAddress = await countHit(db, `password-reset:address:${request.ip}`, windowMs);
      if (byAddress.current > config.login.maxAttemptsPerAddress) {
        throw tooManyAttempts((count) => text("auth.tooManyResets", { count }), byAddress.ttl);
      }
      await requestPasswordReset(db, mail, request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    "/auth/password-reset/confirm",
    {
      schema: {
        tags,
        summary: "Choose a new password with the mailed link; signs out every session",
        body: passwordResetConfirmSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(db, request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );
};
