import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorBodySchema } from "../../../contracts/common.js";
import type { AppContext } from "../../http/context.js";
import { DATABASE_RETRY_AFTER_SECONDS } from "../../http/errors.js";
import { checkHealth } from "./service.js";

const databaseSchema = z.enum(["sqlite", "postgres"]);
const healthySchema = z.object({ status: z.literal("ok"), database: databaseSchema });
const unavailableSchema = z.object({ status: z.literal("unavailable"), database: databaseSchema });

export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, dialect }) => {
  app.get(
    "/health",
    {
      schema: {
        tags: ["system"],
        summary: "Liveness and database check",
        description: "503 with a Retry-After header while the database does not answer (down, restarting, or past its timeouts).",
        // A request that signs in is refused by its sign-in check first, with the error body, when the database is down.
        response: { 200: healthySchema, 503: z.union([unavailableSchema, errorBodySchema]) },
      },
    },
    async (_request, reply) => {
      const health = await checkHealth(db, dialect);
      if (health.status === "ok") return reply.status(200).send(health);
      return reply.status(503).header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS)).send(health);
    },
  );
};
