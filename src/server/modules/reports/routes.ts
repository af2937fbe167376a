import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { FastifyReply } from "fastify";
import {
  involvementReportQuerySchema,
  involvementReportSchema,
  typologyReportQuerySchema,
  typologyReportSchema,
} from "../../../contracts/reports.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import { involvementFile, typologyFile, type ReportFile } from "./files.js";
import * as service from "./service.js";

const tags = ["reports"];
const formats = "format=json (default) answers the object below; csv and xlsx answer a file download with the same figures.";

function download(reply: FastifyReply, file: ReportFile) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .send(file.body);
}

export const reportRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { readDb }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/reports/typology",
    {
      schema: {
        tags,
        summary: "Partnership types per program, region, sector or partnership, from the lead's or the partner's perspective",
        description: formats,
        querystring: typologyReportQuerySchema,
        response: { 200: typologyReportSchema },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await service.typologyReport(readDb, actorOf(request), query);
      return format === "json" ? report : download(reply, await typologyFile(report, query.by, format, languageOf(request)));
    },
  );

  app.get(
    "/reports/involvement",
    {
      schema: {
        tags,
        summary: "Share of yes per indicator from the lead's and the partner's perspectives, and the gap between them",
        description: formats,
        querystring: involvementReportQuerySchema,
        response: { 200: involvementReportSchema },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const report = await service.involvementReport(readDb, actorOf(request), query);
      return format === "json" ? report : download(reply, await involvementFile(report, format, languageOf(request)));
    },
  );
};
