import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { invitationAcceptSchema, invitationCreateSchema } from "../../../contracts/account-links.js";
import { idParamsSchema } from "../../../contracts/common.js";
import { sessionSchema, userSchema } from "../../../contracts/auth.js";
import { actorOf, requireAbility, setSessionCookie } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { presentSession } from "../auth/presenter.js";
import { login } from "../auth/service.js";
import { acceptInvitation, inviteUser, reinviteUser } from "./invitations.js";

export const invitationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, config, mail }) => {
  app.post(
    "/users/invitations",
    {
      onRequest: requireAbility("manageUsers"),
      schema: {
        tags: ["users"],
        summary: "Open an account and mail the person a link to choose their password",
        body: invitationCreateSchema,
        response: { 201: userSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteUser(db, mail, request.body, actorOf(request))),
  );

  app.post(
    "/users/:id/invitations",
    {
      onRequest: requireAbility("manageUsers"),
      schema: {
        tags: ["users"],
        summary: "Mail a new invitation link to someone who has not chosen a password yet",
        params: idParamsSchema,
        response: { 200: userSchema },
      },
    },
    (request) => reinviteUser(db, mail, request.params.id, actorOf(request)),
  );

  app.post(
    "/auth/invitations/accept",
    {
      schema: {
        tags: ["auth"],
        summary: "Choose the first password with the mailed invitation link, and sign in",
        body: invitationAcceptSchema,
        response: { 200: sessionSchema },
      },
    },
    async (request, reply) => {
      const email = await acceptInvitation(db, request.body.token, request.body.password);
      const session = await login(db, email, request.body.password, config.sessionDays, { ip: request.ip, via: "invitation" });
      setSessionCookie(request, reply, config, session.token, session.expiresAt);
      return presentSession(session.actor, session.csrfToken);
    },
  );
};
