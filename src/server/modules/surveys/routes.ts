import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  programRoundCreateSchema,
  programRoundsCreatedSchema,
  respondentListQuerySchema,
  respondentPageSchema,
  respondentParamsSchema,
  respondentSchema,
  respondentsAddSchema,
  roundCreateSchema,
  roundDetailSchema,
  roundListQuerySchema,
  roundPageSchema,
  roundUpdateSchema,
} from "../../../contracts/surveys.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { createProgramRounds } from "./program-rounds.js";
import * as service from "./service.js";

const tags = ["surveys"];

/** Survey rounds: opened in a partnership or across a program's partnerships, respondents and their links, closing. */
export const surveyRoundRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, mail }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/survey-rounds",
    {
      schema: {
        tags,
        summary: "A partnership's survey rounds, newest first, with how many were asked and how many submitted",
        params: idParamsSchema,
        querystring: roundListQuerySchema,
        response: { 200: roundPageSchema },
      },
    },
    (request) => service.listRounds(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/partnerships/:id/survey-rounds",
    {
      schema: {
        tags,
        summary: "Open a survey round: an instrument, dates and the members' contacts asked; invitations go out by mail once it opens",
        params: idParamsSchema,
        body: roundCreateSchema,
        response: { 201: roundDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createRound(db, mail, actorOf(request), request.params.id, request.body)),
  );

  app.post(
    "/programs/:id/survey-rounds",
    {
      schema: {
        tags,
        summary: "Open one round in each of several of the program's partnerships, asking each member's representative",
        params: idParamsSchema,
        body: programRoundCreateSchema,
        response: { 201: programRoundsCreatedSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProgramRounds(db, mail, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/survey-rounds/:id",
    {
      schema: {
        tags,
        summary:
          "A round with the response rate per organization; who was asked and how far they got (never their answers) for those who run it",
        params: idParamsSchema,
        response: { 200: roundDetailSchema },
      },
    },
    (request) => service.getRound(db, actorOf(request), request.params.id),
  );

  app.patch(
    "/survey-rounds/:id",
    {
      schema: {
        tags,
        summary: "Change a round's label, closing date (its links last as long) or reminders, naming the version read",
        params: idParamsSchema,
        body: roundUpdateSchema,
        response: { 200: roundDetailSchema },
      },
    },
    (request) => service.updateRound(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/survey-rounds/:id/close",
    {
      schema: {
        tags,
        summary: "Close a round before its date: its links stop working",
        params: idParamsSchema,
        response: { 200: roundDetailSchema },
      },
    },
    (request) => service.closeRound(db, actorOf(request), request.params.id),
  );

  app.get(
    "/survey-rounds/:id/respondents",
    {
      schema: {
        tags,
        summary:
          "Who was asked in a round and how far each got (never their answers), a page at a time, optionally by status; for those who run it",
        params: idParamsSchema,
        querystring: respondentListQuerySchema,
        response: { 200: respondentPageSchema },
      },
    },
    (request) => service.listRespondents(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/survey-rounds/:id/respondents",
    {
      schema: {
        tags,
        summary: "Ask more of the members' contacts in a round not closed yet; invited at once when it is open",
        params: idParamsSchema,
        body: respondentsAddSchema,
        response: { 200: roundDetailSchema },
      },
    },
    (request) => service.addRespondents(db, mail, actorOf(request), request.params.id, request.body.respondents),
  );

  app.post(
    "/survey-rounds/:id/respondents/:respondentId/link",
    {
      schema: {
        tags,
        summary: "Send a respondent a new link: the one before stops working, saved answers are kept",
        params: respondentParamsSchema,
        response: { 200: respondentSchema },
      },
    },
    (request) => service.sendNewLink(db, mail, actorOf(request), request.params.id, request.params.respondentId),
  );

  app.post(
    "/survey-rounds/:id/respondents/:respondentId/revoke",
    {
      schema: {
        tags,
        summary: "Revoke a respondent's link: it stops working and nothing is mailed",
        params: respondentParamsSchema,
        response: { 200: respondentSchema },
      },
    },
    (request) => service.revokeLink(db, actorOf(request), request.params.id, request.params.respondentId),
  );
};
