import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  partnershipCreateSchema,
  partnershipListQuerySchema,
  partnershipPageSchema,
  partnershipSchema,
  partnershipUpdateSchema,
} from "../../../contracts/partnerships.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["partnerships"];

export const partnershipRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships",
    { schema: { tags, summary: "Search partnerships", querystring: partnershipListQuerySchema, response: { 200: partnershipPageSchema } } },
    (request) => service.listPartnerships(db, actorOf(request), request.query),
  );

  app.post(
    "/partnerships",
    {
      schema: {
        tags,
        summary: "Start a partnership (its lead organization becomes its first member)",
        body: partnershipCreateSchema,
        response: { 201: partnershipSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createPartnership(db, actorOf(request), request.body)),
  );

  app.get(
    "/partnerships/:id",
    { schema: { tags, summary: "Read a partnership", params: idParamsSchema, response: { 200: partnershipSchema } } },
    (request) => service.getPartnership(db, actorOf(request), request.params.id),
  );

  app.patch(
    "/partnerships/:id",
    {
      schema: {
        tags,
        summary: "Change a partnership",
        params: idParamsSchema,
        body: partnershipUpdateSchema,
        response: { 200: partnershipSchema },
      },
    },
    (request) => service.updatePartnership(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/partnerships/:id",
    {
      schema: {
        tags,
        summary: "Delete a partnership that has no members besides its lead",
        params: idParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deletePartnership(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
