import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { AppContext } from "../../http/context.js";
import { checkHealth } from "./service.js";

const healthSchema = z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgres"]) });

export const healthRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, dialect }) => {
  app.get("/health", { schema: { tags: ["system"], summary: "Liveness and database check", response: { 200: healthSchema } } }, () =>
    checkHealth(db, dialect),
  );
};
