import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, idSchema, paginationQuerySchema } from "../../../../contracts/common.js";
import { tokenPageSchema } from "../../../../contracts/auth.js";
import { actorOf, requireAbility } from "../../../http/authentication.js";
import type { AppContext } from "../../../http/context.js";
import * as service from "./service.js";

const tags = ["users"];
const tokenParamsSchema = z.object({ id: idSchema, tokenId: idSchema });

/** Administrators' routes for other accounts' API tokens; everyone's own are under /tokens. */
export const userTokenRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  const guard = { onRequest: requireAbility("manageUsers") };
  app.get(
    "/users/:id/tokens",
    {
      ...guard,
      schema: {
        tags,
        summary: "A user's API tokens",
        params: idParamsSchema,
        querystring: paginationQuerySchema,
        response: { 200: tokenPageSchema },
      },
    },
    (request) => service.listUserTokens(db, request.params.id, request.query),
  );
  app.delete(
    "/users/:id/tokens/:tokenId",
    { ...guard, schema: { tags, summary: "Revoke a user's API token", params: tokenParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.revokeUserToken(db, request.params.id, request.params.tokenId, actorOf(request));
      return reply.status(204).send(null);
    },
  );
};
