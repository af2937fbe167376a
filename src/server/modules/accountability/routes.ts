import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  accountabilityQuerySchema,
  accountabilityReportQuerySchema,
  accountabilityReportSchema,
  partnershipAccountabilitySchema,
} from "../../../contracts/accountability.js";
import { idParamsSchema } from "../../../contracts/common.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import { accountabilityFile } from "./files.js";
import type { ReportFile } from "../reports/files.js";
import * as service from "./service.js";

function download(reply: FastifyReply, file: ReportFile) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export const accountabilityRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { readDb }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/reports/accountability",
    {
      schema: {
        tags: ["reports"],
        summary: "Commitments pledged, kept, late, open and overdue per member, partnership or program, as of a day",
        description: "format=json (default) answers the object below; csv and xlsx answer a file download with the same figures.",
        querystring: accountabilityReportQuerySchema,
        response: { 200: accountabilityReportSchema },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await service.accountabilityReport(readDb, actorOf(request), query);
      if (format === "json") return report;
      return download(reply, await accountabilityFile(report, format, languageOf(request)));
    },
  );

  app.get(
    "/partnerships/:id/accountability",
    {
      schema: {
        tags: ["accountability"],
        summary:
          "One partnership's accountability as of a day: overdue commitments, each member's figures and last twelve months, the axis",
        params: idParamsSchema,
        querystring: accountabilityQuerySchema,
        response: { 200: partnershipAccountabilitySchema },
      },
    },
    async (request) => service.partnershipAccountability(readDb, actorOf(request), request.params.id, request.query.asOf),
  );
};
