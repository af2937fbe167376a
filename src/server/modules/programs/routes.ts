import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  programCreateSchema,
  programListQuerySchema,
  programPageSchema,
  programSchema,
  programUpdateSchema,
} from "../../../contracts/programs.js";
import { actorOf, requireAbility, requireReach, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as service from "./service.js";

const tags = ["programs"];

export const programRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);
  // Programs are the funders' streams: administrators define them, everyone else works inside them.

  app.get(
    "/programs",
    { schema: { tags, summary: "List funding programs", querystring: programListQuerySchema, response: { 200: programPageSchema } } },
    (request) => service.listPrograms(db, actorOf(request), request.query),
  );

  app.get(
    "/programs/:id",
    { schema: { tags, summary: "Read a program", params: idParamsSchema, response: { 200: programSchema } } },
    (request) => service.getProgram(db, actorOf(request), request.params.id),
  );

  app.post(
    "/programs",
    {
      onRequest: requireAbility("createPrograms"),
      schema: { tags, summary: "Create a program", body: programCreateSchema, response: { 201: programSchema } },
    },
    async (request, reply) => reply.status(201).send(await service.createProgram(db, actorOf(request), request.body)),
  );

  app.patch(
    "/programs/:id",
    {
      onRequest: requireReach("program", "update"),
      schema: { tags, summary: "Change a program", params: idParamsSchema, body: programUpdateSchema, response: { 200: programSchema } },
    },
    (request) => service.updateProgram(db, actorOf(request), request.params.id, request.body),
  );
};
