import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, paginationQuerySchema } from "../../../contracts/common.js";
import {
  attendanceSchema,
  attendanceUpdateSchema,
  meetingCancelSchema,
  meetingCreateSchema,
  meetingDetailSchema,
  meetingListQuerySchema,
  meetingPageSchema,
  meetingSettingsSchema,
  meetingSettingsUpdateSchema,
  meetingUpdateSchema,
  reviewItemSchema,
  reviewPageSchema,
  reviewParamsSchema,
  reviewUpdateSchema,
} from "../../../contracts/meetings.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["meetings"];

export const meetingRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/meetings",
    {
      schema: {
        tags,
        summary: "A partnership's meetings (upcoming, past or all), with its cadence, its next meeting and whether the cadence is kept",
        params: idParamsSchema,
        querystring: meetingListQuerySchema,
        response: { 200: meetingPageSchema },
      },
    },
    (request) => service.listMeetings(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/partnerships/:id/meetings",
    {
      schema: {
        tags,
        summary: "Schedule a meeting (times with their offset, stored in UTC)",
        params: idParamsSchema,
        body: meetingCreateSchema,
        response: { 201: meetingDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createMeeting(db, actorOf(request), request.params.id, request.body)),
  );

  app.put(
    "/partnerships/:id/meeting-settings",
    {
      schema: {
        tags,
        summary: "Set how often the partnership meets and how many days before a meeting its members are reminded",
        params: idParamsSchema,
        body: meetingSettingsUpdateSchema,
        response: { 200: meetingSettingsSchema },
      },
    },
    (request) => service.saveSettings(db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/meetings/:id",
    {
      schema: {
        tags,
        summary: "One meeting with its attendance and the commitments and activities made from its action items",
        params: idParamsSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    (request) => service.getMeeting(db, actorOf(request), request.params.id),
  );

  app.patch(
    "/meetings/:id",
    {
      schema: {
        tags,
        summary: "Change a meeting (naming the version read); its sequence rises when title, times, place or agenda change",
        params: idParamsSchema,
        body: meetingUpdateSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    (request) => service.updateMeeting(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/meetings/:id/cancel",
    {
      schema: {
        tags,
        summary: "Cancel a meeting",
        params: idParamsSchema,
        body: meetingCancelSchema,
        response: { 200: meetingDetailSchema },
      },
    },
    (request) => service.cancelMeeting(db, actorOf(request), request.params.id, request.body?.version),
  );

  app.put(
    "/meetings/:id/attendance",
    {
      schema: {
        tags,
        summary: "Replace who came for each member organization, and whether that person can commit the agency",
        params: idParamsSchema,
        body: attendanceUpdateSchema,
        response: { 200: attendanceSchema },
      },
    },
    (request) => service.replaceAttendance(db, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/meetings/:id/review",
    {
      schema: {
        tags,
        summary:
          "The meeting's accountability review: commitments open at the meeting or delivered since the previous one, with their reports",
        params: idParamsSchema,
        querystring: paginationQuerySchema,
        response: { 200: reviewPageSchema },
      },
    },
    (request) => service.getReview(db, actorOf(request), request.params.id, request.query),
  );

  app.put(
    "/meetings/:id/review/:commitmentId",
    {
      schema: {
        tags,
        summary: "Record the report-out on a commitment up for review: delivered, on track or slipping, with a note",
        params: reviewParamsSchema,
        body: reviewUpdateSchema,
        response: { 200: reviewItemSchema },
      },
    },
    (request) => service.saveReview(db, actorOf(request), request.params.id, request.params.commitmentId, request.body),
  );
};
