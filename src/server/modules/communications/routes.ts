import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  communicationCreateSchema,
  communicationListQuerySchema,
  communicationPageSchema,
  communicationSchema,
  communicationUpdateSchema,
  communicationVersionQuerySchema,
} from "../../../contracts/communications.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["communications"];

export const communicationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/communications",
    {
      schema: {
        tags,
        summary: "The log of contacts between a partnership's members, newest first",
        params: idParamsSchema,
        querystring: communicationListQuerySchema,
        response: { 200: communicationPageSchema },
      },
    },
    (request) => service.listCommunications(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/partnerships/:id/communications",
    {
      schema: {
        tags,
        summary: "Record a contact between two or more of a partnership's members",
        params: idParamsSchema,
        body: communicationCreateSchema,
        response: { 201: communicationSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCommunication(db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/communications/:id",
    {
      schema: {
        tags,
        summary: "One entry of the log",
        params: idParamsSchema,
        response: { 200: communicationSchema },
      },
    },
    (request) => service.getCommunication(db, actorOf(request), request.params.id),
  );

  app.patch(
    "/communications/:id",
    {
      schema: {
        tags,
        summary: "Change an entry of the log (naming the version read)",
        params: idParamsSchema,
        body: communicationUpdateSchema,
        response: { 200: communicationSchema },
      },
    },
    (request) => service.updateCommunication(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/communications/:id",
    {
      schema: {
        tags,
        summary: "Delete an entry of the log (naming the version read, ?version=)",
        params: idParamsSchema,
        querystring: communicationVersionQuerySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteCommunication(db, actorOf(request), request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
};
