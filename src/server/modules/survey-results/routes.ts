import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema } from "../../../contracts/common.js";
import {
  programResultsQuerySchema,
  programResultsSchema,
  responsesExportQuerySchema,
  resultsQuerySchema,
  surveyResultsSchema,
} from "../../../contracts/surveys.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import { CONTENT_TYPES, fileStem, resultsFile, type ResultsFile } from "./files.js";
import { resultsPdf } from "./pdf.js";
import { programResults, programResultsFile } from "./program-results.js";
import { exportResponses } from "./responses-export.js";
import { loadRoundResults } from "./service.js";

const tags = ["survey results"];
const formats =
  "format=json (default) answers the object below; the other formats answer a file download with the same figures, withheld ones written as withheld.";

function download(reply: FastifyReply, file: ResultsFile) {
  return reply
    .header("content-type", file.contentType)
    .header("content-disposition", `attachment; filename="${file.filename}"`)
    .send(file.body);
}

/** A round's results (withheld below its threshold) as JSON, CSV, XLSX or PDF; individual responses for evaluators granted them; a program's view. */
export const surveyResultRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, readDb }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/survey-rounds/:id/results",
    {
      schema: {
        tags,
        summary:
          "A round's scores with their band and spread, the lead's and partners' views, the change since the round before, and the experience items' counts",
        description: formats,
        params: idParamsSchema,
        querystring: resultsQuerySchema,
        response: { 200: surveyResultsSchema },
      },
    },
    async (request, reply) => {
      const { results, instrument } = await loadRoundResults(readDb, actorOf(request), request.params.id);
      const format = request.query.format;
      if (format === "json") return results;
      const language = languageOf(request);
      if (format !== "pdf") return download(reply, await resultsFile(results, instrument, format, language));
      const stem = fileStem("survey-results", results.round.partnership.name, results.round.label);
      return download(reply, {
        body: await resultsPdf(results, instrument, language),
        contentType: CONTENT_TYPES.pdf,
        filename: `${stem}.pdf`,
      });
    },
  );

  app.get(
    "/survey-rounds/:id/responses",
    {
      schema: {
        tags,
        summary:
          "A round's individual submitted responses, for an evaluator an administrator has given that permission (anonymous unless it says identified)",
        params: idParamsSchema,
        querystring: responsesExportQuerySchema,
        produces: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      },
    },
    async (request, reply) =>
      download(
        reply,
        await exportResponses({ db, readDb }, actorOf(request), request.params.id, request.query.format, languageOf(request)),
      ),
  );

  app.get(
    "/programs/:id/survey-results",
    {
      schema: {
        tags,
        summary:
          "One instrument across the program's partnerships: each one's round (of the label, else its latest) and how many fall in each band per score",
        description: "format=json (default) answers the object below; csv and xlsx answer a file download with the same figures.",
        params: idParamsSchema,
        querystring: programResultsQuerySchema,
        response: { 200: programResultsSchema },
      },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const results = await programResults(readDb, actorOf(request), request.params.id, query);
      return format === "json" ? results : download(reply, await programResultsFile(results, format, languageOf(request)));
    },
  );
};
