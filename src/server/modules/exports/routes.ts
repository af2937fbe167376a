import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { registryExportQuerySchema } from "../../../contracts/imports.js";
import { actorOf, requireAbility } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { exportRegistry } from "./service.js";

export const exportRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, readDb }) => {
  app.get(
    "/exports/registry",
    {
      onRequest: requireAbility("exportRegistry"),
      schema: {
        tags: ["exports"],
        summary:
          "Download organizations, contacts, partnerships and memberships as an XLSX workbook, or one of them as CSV (entity is required for CSV)",
        querystring: registryExportQuerySchema,
        produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
    },
    async (request, reply) => {
      const file = await exportRegistry({ db, readDb }, actorOf(request), request.query, new Date().toISOString().slice(0, 10));
      // The length lets a browser show the download's progress.
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", `attachment; filename="${file.filename}"`)
        .header("content-length", file.data.length)
        .send(file.data);
    },
  );
};
