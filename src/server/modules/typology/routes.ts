import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  classificationSchema,
  classifyRequestSchema,
  defaultRubricSchema,
  defaultRubricUpdateSchema,
  rubricCreateSchema,
  rubricListQuerySchema,
  rubricPageSchema,
  rubricParamsSchema,
  rubricSchema,
  rubricVersionQuerySchema,
} from "../../../contracts/typology.js";
import { actorOf, requireAbility, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import * as rubrics from "./rubrics-service.js";
import * as service from "./service.js";

const tags = ["typology"];

export const typologyRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.post(
    "/typology/classify",
    {
      schema: {
        tags,
        summary: "Classify indicator answers with a rubric, with the reasons",
        body: classifyRequestSchema,
        response: { 200: classificationSchema },
      },
    },
    (request) => service.classifyRequest(db, request.body),
  );

  app.get(
    "/rubrics",
    {
      schema: {
        tags,
        summary: "List rubrics (latest version of each, built-in first)",
        querystring: rubricListQuerySchema,
        response: { 200: rubricPageSchema },
      },
    },
    (request) => rubrics.listRubrics(db, request.query),
  );

  app.get(
    "/rubrics/:id",
    {
      schema: {
        tags,
        summary: "Read a rubric (its latest version unless ?version= is given)",
        params: rubricParamsSchema,
        querystring: rubricVersionQuerySchema,
        response: { 200: rubricSchema },
      },
    },
    (request) => rubrics.getRubric(db, request.params.id, request.query.version),
  );

  app.post(
    "/rubrics",
    {
      onRequest: requireAbility("authorRubrics"),
      schema: { tags, summary: "Add a rubric, or the next version of one", body: rubricCreateSchema, response: { 201: rubricSchema } },
    },
    async (request, reply) => reply.status(201).send(await rubrics.createRubric(db, actorOf(request), request.body)),
  );

  app.get(
    "/programs/:id/default-rubric",
    {
      schema: {
        tags,
        summary: "The rubric a program classifies involvement with",
        params: idParamsSchema,
        response: { 200: defaultRubricSchema },
      },
    },
    (request) => rubrics.getProgramRubric(db, actorOf(request), request.params.id),
  );

  app.put(
    "/programs/:id/default-rubric",
    {
      schema: {
        tags,
        summary: "Choose the rubric a program classifies involvement with",
        params: idParamsSchema,
        body: defaultRubricUpdateSchema,
        response: { 200: defaultRubricSchema },
      },
    },
    (request) => rubrics.setProgramRubric(db, actorOf(request), request.params.id, request.body.rubricId),
  );
};
