import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, paginationQuerySchema } from "../../../contracts/common.js";
import {
  loginSchema,
  profileUpdateSchema,
  sessionSchema,
  sessionStatusSchema,
  tokenCreatedSchema,
  tokenCreateSchema,
  tokenPageSchema,
} from "../../../contracts/auth.js";
import { actorOf, requireSignedIn, SESSION_COOKIE, setSessionCookie } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { presentSession } from "./presenter.js";
import * as service from "./service.js";
import { withSignInLimits } from "./sign-in-limits.js";

const tags = ["auth"];

export const authRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config }) => {
  app.post(
    "/auth/login",
    {
      schema: {
        tags,
        summary: "Sign in with email and password (failures are limited per client address, and slowed down per email address)",
        body: loginSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const session = await withSignInLimits(db, config.login, { email, clientAddress: request.ip }, () =>
        service.login(db, email, password, config.sessionDays, { ip: request.ip }),
      );
      setSessionCookie(request, reply, config, session.token, session.expiresAt);
      return presentSession(session.actor, session.csrfToken);
    },
  );

  app.post("/auth/logout", { schema: { tags, summary: "Sign out", response: { 204: z.null() } } }, async (request, reply) => {
    if (request.auth?.kind === "session") await service.logout(db, request.auth, { ip: request.ip });
    void reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send(null);
  });

  app.get(
    "/auth/session",
    { onRequest: requireSignedIn, schema: { tags, summary: "The signed-in user and the CSRF token", response: { 200: sessionSchema } } },
    async (request) => {
      const actor = actorOf(request);
      return presentSession(actor, request.auth?.kind === "session" ? request.auth.csrfToken : "");
    },
  );

  // The web app's first question: anonymous callers get 200 { signedIn: false }, not a 401 in the console.
  app.get(
    "/auth/status",
    {
      schema: {
        tags,
        summary: "Whether the caller is signed in, with the user and the CSRF token if so",
        response: { 200: sessionStatusSchema },
      },
    },
    async (request) => {
      if (!request.auth) return { signedIn: false as const };
      const csrfToken = request.auth.kind === "session" ? request.auth.csrfToken : "";
      return { signedIn: true as const, ...presentSession(request.auth.actor, csrfToken) };
    },
  );

  app.patch(
    "/auth/me",
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: "Change your preferences", body: profileUpdateSchema, response: { 200: sessionSchema } },
    },
    async (request) => {
      const actor = await service.setLocale(db, actorOf(request), request.body.locale);
      return presentSession(actor, request.auth?.kind === "session" ? request.auth.csrfToken : "");
    },
  );

  app.get(
    "/tokens",
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: "Your API tokens", querystring: paginationQuerySchema, response: { 200: tokenPageSchema } },
    },
    (request) => service.listApiTokens(db, actorOf(request).userId, request.query),
  );

  app.post(
    "/tokens",
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: "Create an API token (shown once)", body: tokenCreateSchema, response: { 201: tokenCreatedSchema } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createApiToken(db, actorOf(request).userId, request.body.name, request.body)),
  );

  app.delete(
    "/tokens/:id",
    { onRequest: requireSignedIn, schema: { tags, summary: "Revoke an API token", params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.revokeApiToken(db, actorOf(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
