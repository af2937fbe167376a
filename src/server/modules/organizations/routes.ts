import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  organizationCreateSchema,
  organizationListQuerySchema,
  organizationPageSchema,
  organizationSchema,
  organizationUpdateSchema,
} from "../../../contracts/organizations.js";
import { similarOrganizationsQuerySchema, similarOrganizationsSchema } from "../../../contracts/similar-names.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["organizations"];

export const organizationRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/organizations",
    {
      schema: {
        tags,
        summary: "Search the partner registry",
        querystring: organizationListQuerySchema,
        response: { 200: organizationPageSchema },
      },
    },
    (request) => service.listOrganizations(db, actorOf(request), request.query),
  );

  app.get(
    "/organizations/similar",
    {
      schema: {
        tags,
        summary: "Registered organizations whose names are close to a name (did you mean …?)",
        querystring: similarOrganizationsQuerySchema,
        response: { 200: similarOrganizationsSchema },
      },
    },
    (request) => service.similarOrganizations(db, actorOf(request), request.query),
  );

  app.post(
    "/organizations",
    { schema: { tags, summary: "Register an organization", body: organizationCreateSchema, response: { 201: organizationSchema } } },
    async (request, reply) => reply.status(201).send(await service.createOrganization(db, actorOf(request), request.body)),
  );

  app.get(
    "/organizations/:id",
    { schema: { tags, summary: "Read an organization", params: idParamsSchema, response: { 200: organizationSchema } } },
    (request) => service.getOrganization(db, actorOf(request), request.params.id),
  );

  app.patch(
    "/organizations/:id",
    {
      schema: {
        tags,
        summary: "Change an organization",
        params: idParamsSchema,
        body: organizationUpdateSchema,
        response: { 200: organizationSchema },
      },
    },
    (request) => service.updateOrganization(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/organizations/:id",
    {
      schema: { tags, summary: "Delete an organization that is no longer referenced", params: idParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await service.deleteOrganization(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
