import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  calendarFeedListQuerySchema,
  calendarFeedPageSchema,
  calendarTokenParamsSchema,
  createdCalendarFeedSchema,
} from "../../../contracts/calendar-feeds.js";
import { AppError } from "../../app-error.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["calendars"];

/** Making, listing and revoking one's own feeds: signed in. */
export const calendarFeedRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, mail }) => {
  app.addHook("onRequest", requireSignedIn);

  app.post(
    "/partnerships/:id/calendar-feeds",
    {
      schema: {
        tags,
        summary: "Make a calendar feed of a partnership's meetings (replacing the caller's previous one of it)",
        params: idParamsSchema,
        response: { 201: createdCalendarFeedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createFeed(db, actorOf(request), request.params.id, mail.link)),
  );

  app.post(
    "/calendar-feeds",
    {
      schema: {
        tags,
        summary: "Make the caller's calendar feed of every partnership they read (replacing the previous one)",
        response: { 201: createdCalendarFeedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createFeed(db, actorOf(request), null, mail.link)),
  );

  app.get(
    "/calendar-feeds",
    {
      schema: {
        tags,
        summary: "The caller's live calendar feeds (without their addresses)",
        querystring: calendarFeedListQuerySchema,
        response: { 200: calendarFeedPageSchema },
      },
    },
    (request) => service.listFeeds(db, actorOf(request), request.query),
  );

  app.delete(
    "/calendar-feeds/:id",
    {
      schema: { tags, summary: "Revoke one of the caller's calendar feeds", params: idParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.revokeFeed(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

/**
 * The feed itself, for calendar programs, which cannot sign in: the unguessable token in the address is
 * the credential. Unknown and revoked tokens get the same 404.
 */
export const calendarDocumentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, mail }) => {
  app.get(
    "/calendars/:token.ics",
    {
      schema: {
        tags,
        summary: "A calendar feed as iCalendar (text/calendar), by its secret address; no sign-in",
        security: [],
      },
    },
    async (request, reply) => {
      // Any address that is not a live feed's is the same 404, a malformed one included.
      const params = calendarTokenParamsSchema.safeParse(request.params);
      const document = params.success ? await service.feedDocument(db, params.data.token, new URL(mail.link("/")).hostname) : null;
      if (document === null) throw AppError.notFound("calendarFeed");
      return reply.type("text/calendar; charset=utf-8").send(document);
    },
  );
};
