import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  actionProposalsSchema,
  actionStepCreateSchema,
  actionStepParamsSchema,
  actionStepSchema,
  actionStepUpdateSchema,
  actionStepsQuerySchema,
  suggestionCreateSchema,
  suggestionListQuerySchema,
  suggestionPageSchema,
  suggestionParamsSchema,
  suggestionSchema,
  suggestionUpdateSchema,
} from "../../../contracts/action-steps.js";
import { idParamsSchema } from "../../../contracts/common.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import * as library from "./library-service.js";
import * as steps from "./steps-service.js";

const tags = ["action steps"];

/** From results to action: the library of suggested steps, the steps proposed for a round's weak scores, the coordinator's decisions. */
export const actionStepRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/action-suggestions",
    {
      schema: {
        tags,
        summary: "The library of suggested action steps: the built-in ones as administrators left them, and those they added",
        querystring: suggestionListQuerySchema,
        response: { 200: suggestionPageSchema },
      },
    },
    (request) => library.listSuggestions(db, actorOf(request), request.query),
  );

  app.post(
    "/action-suggestions",
    {
      schema: {
        tags,
        summary: "Add a suggested action step to an instrument's score (administrators)",
        body: suggestionCreateSchema,
        response: { 201: suggestionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await library.createSuggestion(db, actorOf(request), request.body)),
  );

  app.patch(
    "/action-suggestions/:key",
    {
      schema: {
        tags,
        summary: "Reword, move, hide or restore a suggested action step (a built-in one never changed has version 0)",
        params: suggestionParamsSchema,
        body: suggestionUpdateSchema,
        response: { 200: suggestionSchema },
      },
    },
    (request) => library.updateSuggestion(db, actorOf(request), request.params.key, request.body),
  );

  app.delete(
    "/action-suggestions/:key",
    {
      schema: {
        tags,
        summary: "Remove an added suggestion, or hide a built-in one",
        params: suggestionParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await library.deleteSuggestion(db, actorOf(request), request.params.key);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/survey-rounds/:id/action-steps",
    {
      schema: {
        tags,
        summary: "The action steps a round's weak scores propose (borderline ones too on request) and the decisions made",
        params: idParamsSchema,
        querystring: actionStepsQuerySchema,
        response: { 200: actionProposalsSchema },
      },
    },
    (request) => steps.getProposals(db, actorOf(request), request.params.id, request.query.borderline === true),
  );

  app.post(
    "/survey-rounds/:id/action-steps",
    {
      schema: {
        tags,
        summary: "Accept (then an activity of the plan, linked back to the score) or dismiss a proposed action step",
        params: idParamsSchema,
        body: actionStepCreateSchema,
        response: { 201: actionStepSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await steps.decideStep(db, actorOf(request), request.params.id, request.body, languageOf(request))),
  );

  app.patch(
    "/survey-rounds/:id/action-steps/:stepId",
    {
      schema: {
        tags,
        summary: "Reword a decided action step, or accept one dismissed (an accepted step in the plan is changed or closed there)",
        params: actionStepParamsSchema,
        body: actionStepUpdateSchema,
        response: { 200: actionStepSchema },
      },
    },
    (request) => steps.updateStep(db, actorOf(request), request.params.id, request.params.stepId, request.body),
  );
};
