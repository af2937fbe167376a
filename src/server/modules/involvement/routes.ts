import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  involvementListQuerySchema,
  involvementPageSchema,
  involvementParamsSchema,
  involvementRecordSchema,
  involvementUpsertSchema,
  perceptionGapPageSchema,
  perceptionGapQuerySchema,
  reclassifyResultSchema,
  reclassifySchema,
} from "../../../contracts/involvement.js";
import { membershipParamsSchema } from "../../../contracts/memberships.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { listPerceptionGaps } from "./perception-gaps.js";
import { reclassifyPartnership } from "./reclassify.js";
import * as service from "./service.js";

const tags = ["involvement"];
const recordPath = "/partnerships/:id/members/:membershipId/involvement/:perspective/:round";

export const involvementRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/members/:membershipId/involvement",
    {
      schema: {
        tags,
        summary: "A member's involvement records: both perspectives, every round, each with its stored classification",
        params: membershipParamsSchema,
        querystring: involvementListQuerySchema,
        response: { 200: involvementPageSchema },
      },
    },
    (request) => service.listInvolvement(db, actorOf(request), request.params.id, request.params.membershipId, request.query),
  );

  app.put(
    recordPath,
    {
      schema: {
        tags,
        summary: "Record one perspective's answers for a round (classified with the program's rubric)",
        params: involvementParamsSchema,
        body: involvementUpsertSchema,
        response: { 200: involvementRecordSchema, 201: involvementRecordSchema },
      },
    },
    async (request, reply) => {
      const { id, ...address } = request.params;
      const { record, created } = await service.saveInvolvement(db, actorOf(request), { partnershipId: id, ...address }, request.body);
      return reply.status(created ? 201 : 200).send(record);
    },
  );

  app.delete(
    recordPath,
    {
      schema: {
        tags,
        summary: "Delete one perspective's answers for a round",
        params: involvementParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { id, ...address } = request.params;
      await service.removeInvolvement(db, actorOf(request), { partnershipId: id, ...address });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/partnerships/:id/involvement/reclassify",
    {
      schema: {
        tags,
        summary: "Classify every involvement record of a partnership again (program's rubric unless rubricId is given)",
        params: idParamsSchema,
        body: reclassifySchema,
        response: { 200: reclassifyResultSchema },
      },
    },
    (request) => reclassifyPartnership(db, actorOf(request), request.params.id, request.body?.rubricId),
  );

  app.get(
    "/partnerships/:id/perception-gaps",
    {
      schema: {
        tags,
        summary: "Where the lead and each member classify their partnership differently, widest gap first",
        params: idParamsSchema,
        querystring: perceptionGapQuerySchema,
        response: { 200: perceptionGapPageSchema },
      },
    },
    (request) => listPerceptionGaps(db, actorOf(request), request.params.id, request.query),
  );
};
