import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  contactCreateSchema,
  contactListQuerySchema,
  contactPageSchema,
  contactParamsSchema,
  contactSchema,
  contactUpdateSchema,
} from "../../../contracts/contacts.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["contacts"];

export const contactRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/organizations/:id/contacts",
    {
      schema: {
        tags,
        summary: "The people to reach at an organization",
        params: idParamsSchema,
        querystring: contactListQuerySchema,
        response: { 200: contactPageSchema },
      },
    },
    (request) => service.listContacts(db, actorOf(request), request.params.id, request.query),
  );

  app.post(
    "/organizations/:id/contacts",
    {
      schema: {
        tags,
        summary: "Add a contact to an organization",
        params: idParamsSchema,
        body: contactCreateSchema,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createContact(db, actorOf(request), request.params.id, request.body)),
  );

  app.patch(
    "/organizations/:id/contacts/:contactId",
    {
      schema: {
        tags,
        summary: "Change a contact",
        params: contactParamsSchema,
        body: contactUpdateSchema,
        response: { 200: contactSchema },
      },
    },
    (request) => service.updateContact(db, actorOf(request), request.params.id, request.params.contactId, request.body),
  );

  app.delete(
    "/organizations/:id/contacts/:contactId",
    {
      schema: {
        tags,
        summary: "Delete a contact (memberships it represented are left without a representative)",
        params: contactParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await service.deleteContact(db, actorOf(request), request.params.id, request.params.contactId);
      return reply.status(204).send(null);
    },
  );
};
