import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  activityCreateSchema,
  activitySchema,
  activityUpdateSchema,
  goalCreateSchema,
  goalSchema,
  goalUpdateSchema,
  measureValueInputSchema,
  measureValueSchema,
  objectiveCreateSchema,
  objectiveSchema,
  objectiveUpdateSchema,
  planSchema,
  valueParamsSchema,
  versionQuerySchema,
} from "../../../contracts/plan.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["plan"];

export const planRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/plan",
    {
      schema: {
        tags,
        summary:
          "A partnership's action plan: goals with their risks, objectives with their measure and values, activities, and each goal's progress",
        params: idParamsSchema,
        response: { 200: planSchema },
      },
    },
    (request) => service.getPlan(db, actorOf(request), request.params.id),
  );

  app.post(
    "/partnerships/:id/goals",
    {
      schema: {
        tags,
        summary: "Add a goal to a partnership's plan",
        params: idParamsSchema,
        body: goalCreateSchema,
        response: { 201: goalSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createGoal(db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/goals/:id",
    {
      schema: {
        tags,
        summary: "Change a goal (its risks are replaced by the list given)",
        params: idParamsSchema,
        body: goalUpdateSchema,
        response: { 200: goalSchema },
      },
    },
    (request) => service.updateGoal(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/goals/:id",
    {
      schema: {
        tags,
        summary: "Remove a goal with its objectives and activities",
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteGoal(db, actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/goals/:id/objectives",
    {
      schema: {
        tags,
        summary: "Add an objective, with an optional measure, to a goal",
        params: idParamsSchema,
        body: objectiveCreateSchema,
        response: { 201: objectiveSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createObjective(db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/objectives/:id",
    {
      schema: {
        tags,
        summary: "Change an objective or its measure (null removes it)",
        params: idParamsSchema,
        body: objectiveUpdateSchema,
        response: { 200: objectiveSchema },
      },
    },
    (request) => service.updateObjective(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/objectives/:id",
    {
      schema: {
        tags,
        summary: "Remove an objective with its values and activities",
        params: idParamsSchema,
        querystring: versionQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteObjective(db, actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/objectives/:id/activities",
    {
      schema: {
        tags,
        summary: "Add an activity to an objective",
        params: idParamsSchema,
        body: activityCreateSchema,
        response: { 201: activitySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createActivity(db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/activities/:id",
    {
      schema: {
        tags,
        summary: "Change an activity (a user of its owner organization: its status and notes only)",
        params: idParamsSchema,
        body: activityUpdateSchema,
        response: { 200: activitySchema },
      },
    },
    (request) => service.updateActivity(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/activities/:id",
    {
      schema: { tags, summary: "Remove an activity", params: idParamsSchema, querystring: versionQuerySchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.deleteActivity(db, actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/objectives/:id/values",
    {
      schema: {
        tags,
        summary: "Record the value of an objective's measure on a day (201); a value for a day already recorded replaces it (200)",
        params: idParamsSchema,
        body: measureValueInputSchema,
        response: { 200: measureValueSchema, 201: measureValueSchema },
      },
    },
    async (request, reply) => {
      const { created, value } = await service.recordValue(db, actorOf(request), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(value);
    },
  );

  app.delete(
    "/objectives/:id/values/:valueId",
    { schema: { tags, summary: "Remove a value of an objective's measure", params: valueParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.deleteValue(db, actorOf(request), request.params.id, request.params.valueId);
      return reply.status(204).send(null);
    },
  );
};
