import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorBodySchema } from "../../../contracts/common.js";
import {
  IMPORT_ROW_LIMIT,
  importFailureSchema,
  importQuerySchema,
  importReportSchema,
  registryImportQuerySchema,
} from "../../../contracts/imports.js";
import { actorOf, requireAbility, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import { render, text } from "../../messages/render.js";
import { importCommitments } from "./commitments/service.js";
import { importInvolvement } from "./involvement/service.js";
import { importRegistry } from "./registry/service.js";
import { renderReport, type ImportOutcome } from "./report.js";
import { acceptUploads, IMPORT_FILE_LIMIT_MB, uploadedFiles } from "./upload.js";

const tags = ["imports"];
const consumes = ["multipart/form-data"];
const response = { 200: importReportSchema, 400: z.union([importFailureSchema, errorBodySchema]), 413: errorBodySchema };

/**
 * 200 with the report, or 400 with the report and an error naming how many problems kept the file out,
 * in the caller's language.
 */
function sendReport(request: FastifyRequest, reply: FastifyReply, outcome: ImportOutcome) {
  const language = languageOf(request);
  const report = renderReport(outcome, language);
  if (report.errorCount === 0) return reply.status(200).send(report);
  const message = render(language, text("import.problemsFound", { count: report.errorCount }));
  return reply.status(400).send({ ...report, error: { code: "validation_failed" as const, message } });
}

export const importRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { importDb: db }) => {
  await acceptUploads(app);

  app.post(
    "/imports/involvement",
    {
      // Program officers import within their programs and coordinators within their partnerships; rows outside are row errors.
      onRequest: requireAbility("importInvolvement"),
      schema: {
        tags,
        consumes,
        summary: `Import involvement records from a CSV or XLSX file (multipart field "file", at most ${IMPORT_FILE_LIMIT_MB} MB and ${IMPORT_ROW_LIMIT} rows); dryRun=true checks without writing`,
        querystring: importQuerySchema,
        response,
      },
    },
    async (request, reply) => {
      const [file] = await uploadedFiles(request, 1);
      if (!file) throw new Error("uploadedFiles returned no file");
      return sendReport(request, reply, await importInvolvement(db, actorOf(request), file, request.query));
    },
  );

  app.post(
    "/imports/commitments",
    {
      // Rows are checked against the caller's `pledge` rights: a partner user imports its own organization's commitments.
      onRequest: requireSignedIn,
      schema: {
        tags,
        consumes,
        summary: `Import commitments from a CSV or XLSX file (multipart field "file", at most ${IMPORT_FILE_LIMIT_MB} MB and ${IMPORT_ROW_LIMIT} rows); dryRun=true checks without writing`,
        querystring: importQuerySchema,
        response,
      },
    },
    async (request, reply) => {
      const [file] = await uploadedFiles(request, 1);
      if (!file) throw new Error("uploadedFiles returned no file");
      return sendReport(request, reply, await importCommitments(db, actorOf(request), file, { dryRun: request.query.dryRun }));
    },
  );

  app.post(
    "/imports/registry",
    {
      onRequest: requireAbility("importRegistry"),
      schema: {
        tags,
        consumes,
        summary: `Import organizations, contacts, partnerships and memberships: an XLSX workbook or up to four CSV files (at most ${IMPORT_FILE_LIMIT_MB} MB each, ${IMPORT_ROW_LIMIT} rows in all); dryRun=true checks without writing`,
        querystring: registryImportQuerySchema,
        response,
      },
    },
    async (request, reply) =>
      sendReport(request, reply, await importRegistry(db, actorOf(request), await uploadedFiles(request, 4), request.query)),
  );
};
