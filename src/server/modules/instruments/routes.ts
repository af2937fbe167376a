import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  instrumentCopySchema,
  instrumentCreatedSchema,
  instrumentDocumentSchema,
  instrumentInputSchema,
  instrumentListQuerySchema,
  instrumentPageSchema,
  instrumentParamsSchema,
  instrumentQuerySchema,
} from "../../../contracts/instruments.js";
import { actorOf, requireAbility, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["instruments"];

/** Survey instruments: list, one version, a new instrument or version, a copy (administrators add). */
export const instrumentRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/instruments",
    {
      schema: {
        tags,
        summary: "List survey instruments (the latest version of each, built-in first), with their versions",
        querystring: instrumentListQuerySchema,
        response: { 200: instrumentPageSchema },
      },
    },
    (request) => service.listInstruments(db, actorOf(request), request.query),
  );

  app.get(
    "/instruments/:id",
    {
      schema: {
        tags,
        summary: "An instrument's document, exactly as published (its latest version unless ?version= is given)",
        params: instrumentParamsSchema,
        querystring: instrumentQuerySchema,
        response: { 200: instrumentDocumentSchema },
      },
    },
    (request) => service.getInstrument(db, request.params.id, request.query.version),
  );

  app.post(
    "/instruments",
    {
      onRequest: requireAbility("manageInstruments"),
      schema: {
        tags,
        summary: "Add an instrument, or a version of one greater than its latest; every problem of the document is named by its path",
        body: instrumentInputSchema,
        response: { 201: instrumentCreatedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.createInstrument(db, actorOf(request), request.body)),
  );

  app.post(
    "/instruments/:id/copy",
    {
      onRequest: requireAbility("manageInstruments"),
      schema: {
        tags,
        summary: "Copy an instrument's latest version (or the version given) under a new id, as its version 1",
        params: instrumentParamsSchema,
        body: instrumentCopySchema,
        response: { 201: instrumentCreatedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.copyInstrument(db, actorOf(request), request.params.id, request.body)),
  );
};
