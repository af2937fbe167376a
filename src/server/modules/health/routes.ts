import { sql } from "kysely";
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";

const healthSchema = z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgres"]) });

export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, dialect }) => {
  app.get(
    "/health",
    { schema: { tags: ["system"], summary: "Liveness and database check", response: { 200: healthSchema } } },
    async () => {
      await sql`select 1`.execute(db);
      return { status: "ok" as const, database: dialect };
    },
  );
};
