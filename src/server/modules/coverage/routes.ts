import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import { compositionDocumentSchema, coverageQuerySchema, coverageSchema, programCompositionSchema } from "../../../contracts/coverage.js";
import { actorOf, requireReach, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["coverage"];

export const coverageRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);
  // The composition is the funder's expectation: changed by administrators and program officers only,
  // and of those, officers only in their own programs (checked by the service).
  const composers = { onRequest: requireReach("program", "editComposition") };

  app.get(
    "/partnerships/:id/coverage",
    {
      schema: {
        tags,
        summary: "How a partnership's current members cover its program's recommended composition, sectors and the prevention-to-re-entry axis",
        params: idParamsSchema,
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema },
      },
    },
    (request) => service.getCoverage(db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    "/programs/:id/composition",
    { schema: { tags, summary: "The membership a program recommends (the built-in one unless it wrote its own)", params: idParamsSchema, response: { 200: programCompositionSchema } } },
    (request) => service.getProgramComposition(db, actorOf(request), request.params.id),
  );

  app.put(
    "/programs/:id/composition",
    {
      ...composers,
      schema: { tags, summary: "Replace the membership a program recommends", params: idParamsSchema, body: compositionDocumentSchema, response: { 200: programCompositionSchema } },
    },
    (request) => service.setProgramComposition(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/programs/:id/composition",
    { ...composers, schema: { tags, summary: "Return a program to the built-in recommended membership", params: idParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.resetProgramComposition(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
