import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import { userCreateSchema, userListQuerySchema, userPageSchema, userSchema, userUpdateSchema } from "../../../contracts/auth.js";
import { actorOf, requireAbility } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { updateUser } from "./access-service.js";
import * as service from "./service.js";
import { userTokenRoutes } from "./tokens/routes.js";

const tags = ["users"];

export const userRoutes: FastifyPluginAsyncZod<AppContext> = async (app, context) => {
  const { db } = context;
  await app.register(userTokenRoutes, context);
  const guard = { onRequest: requireAbility("manageUsers") };

  app.get(
    "/users",
    {
      ...guard,
      schema: {
        tags,
        summary: "List user accounts (search by name or email, filter by role and status)",
        querystring: userListQuerySchema,
        response: { 200: userPageSchema },
      },
    },
    (request) => service.listUsers(db, actorOf(request), request.query),
  );

  app.post(
    "/users",
    { ...guard, schema: { tags, summary: "Create a user account", body: userCreateSchema, response: { 201: userSchema } } },
    async (request, reply) => reply.status(201).send(await service.createUser(db, request.body, actorOf(request))),
  );

  app.get(
    "/users/:id",
    { ...guard, schema: { tags, summary: "Read a user account", params: idParamsSchema, response: { 200: userSchema } } },
    (request) => service.getUser(db, request.params.id, actorOf(request)),
  );

  app.patch(
    "/users/:id",
    {
      ...guard,
      schema: {
        tags,
        summary: "Change a user's role, assignments or status",
        params: idParamsSchema,
        body: userUpdateSchema,
        response: { 200: userSchema },
      },
    },
    (request) => updateUser(db, request.params.id, request.body, actorOf(request)),
  );
};
