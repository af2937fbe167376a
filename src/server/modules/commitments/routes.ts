import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  commitmentCreateSchema,
  commitmentDetailSchema,
  commitmentListQuerySchema,
  commitmentMoveSchema,
  commitmentPageSchema,
  commitmentUpdateSchema,
} from "../../../contracts/commitments.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["commitments"];

export const commitmentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/commitments",
    {
      schema: {
        tags,
        summary: "The commitments pledged by a partnership's members: open ones first, soonest due first",
        params: idParamsSchema,
        querystring: commitmentListQuerySchema,
        response: { 200: commitmentPageSchema },
      },
    },
    (request) => service.listCommitments(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/partnerships/:id/commitments",
    {
      schema: {
        tags,
        summary: "Pledge a commitment for a member organization (a partner user: only its own)",
        params: idParamsSchema,
        body: commitmentCreateSchema,
        response: { 201: commitmentDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createCommitment(db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/commitments/:id",
    {
      schema: {
        tags,
        summary: "One commitment with every move made on it",
        params: idParamsSchema,
        response: { 200: commitmentDetailSchema },
      },
    },
    (request) => service.getCommitment(db, actorOf(request), request.params.id),
  );

  app.patch(
    "/commitments/:id",
    {
      schema: {
        tags,
        summary: "Change a commitment's description, axis stage, goal or objective (the version last read)",
        params: idParamsSchema,
        body: commitmentUpdateSchema,
        response: { 200: commitmentDetailSchema },
      },
    },
    (request) => service.updateCommitment(db, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/commitments/:id/moves",
    {
      schema: {
        tags,
        summary: "Move a commitment: start, deliver, slip (new due date and reason) or withdraw (reason)",
        params: idParamsSchema,
        body: commitmentMoveSchema,
        response: { 200: commitmentDetailSchema },
      },
    },
    (request) => service.moveCommitment(db, actorOf(request), request.params.id, request.body),
  );
};
