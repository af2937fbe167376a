import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  membershipCreateSchema,
  membershipListQuerySchema,
  membershipPageSchema,
  membershipParamsSchema,
  membershipSchema,
  membershipUpdateSchema,
} from "../../../contracts/memberships.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["memberships"];

export const membershipRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/members",
    {
      schema: {
        tags,
        summary: "The organizations taking part in a partnership",
        params: idParamsSchema,
        querystring: membershipListQuerySchema,
        response: { 200: membershipPageSchema },
      },
    },
    (request) => service.listMemberships(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/partnerships/:id/members",
    {
      schema: {
        tags,
        summary: "Add an organization to a partnership",
        params: idParamsSchema,
        body: membershipCreateSchema,
        response: { 201: membershipSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.addMember(db, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/partnerships/:id/members/:membershipId",
    {
      schema: {
        tags,
        summary: "One organization's membership of a partnership",
        params: membershipParamsSchema,
        response: { 200: membershipSchema },
      },
    },
    (request) => service.getMembership(db, actorOf(request), request.params.id, request.params.membershipId),
  );

  app.patch(
    "/partnerships/:id/members/:membershipId",
    {
      schema: {
        tags,
        summary: "Change a membership",
        params: membershipParamsSchema,
        body: membershipUpdateSchema,
        response: { 200: membershipSchema },
      },
    },
    (request) => service.updateMember(db, actorOf(request), request.params.id, request.params.membershipId, request.body),
  );

  app.post(
    "/partnerships/:id/members/:membershipId/confirm",
    {
      schema: {
        tags,
        summary: "Confirm, for the member organization, that it takes part (a user of that organization or an administrator)",
        params: membershipParamsSchema,
        response: { 200: membershipSchema },
      },
    },
    (request) => service.confirmMember(db, actorOf(request), request.params.id, request.params.membershipId),
  );

  app.delete(
    "/partnerships/:id/members/:membershipId",
    {
      schema: {
        tags,
        summary: "Remove an organization from a partnership (not its lead)",
        params: membershipParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.removeMember(db, actorOf(request), request.params.id, request.params.membershipId);
      return reply.status(204).send(null);
    },
  );
};
