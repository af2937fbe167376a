import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { idParamsSchema, paginationQuerySchema } from "../../../contracts/common.js";
import {
  charterPdfQuerySchema,
  charterRevisionPageSchema,
  charterRevisionParamsSchema,
  charterRevisionSchema,
  charterSaveSchema,
  charterSchema,
} from "../../../contracts/charter.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import { charterPdf } from "./pdf.js";
import * as service from "./service.js";

const tags = ["charter"];

/** A file name a browser keeps as it is: the partnership's name in plain letters. */
function fileName(partnershipName: string, version: number): string {
  const slug = partnershipName
    .normalize("NFD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60);
  return `charter-${slug || "partnership"}-v${version}.pdf`;
}

export const charterRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db }) => {
  app.addHook("onRequest", requireSignedIn);

  app.get(
    "/partnerships/:id/charter",
    {
      schema: {
        tags,
        summary: "The partnership's charter (version 0 and empty until written), each member's intended role beside its measured type",
        params: idParamsSchema,
        response: { 200: charterSchema },
      },
    },
    (request) => service.getCharter(db, actorOf(request), request.params.id),
  );

  app.put(
    "/partnerships/:id/charter",
    {
      schema: {
        tags,
        summary: "Write the whole charter over the version last read (none for the first save); keeps a revision",
        params: idParamsSchema,
        body: charterSaveSchema,
        response: { 200: charterSchema, 201: charterSchema },
      },
    },
    async (request, reply) => {
      const { charter, created } = await service.saveCharter(db, actorOf(request), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(charter);
    },
  );

  app.get(
    "/partnerships/:id/charter/revisions",
    {
      schema: {
        tags,
        summary: "Every save of the charter, newest first, with who saved it, when, and what it changed",
        params: idParamsSchema,
        querystring: paginationQuerySchema,
        response: { 200: charterRevisionPageSchema },
      },
    },
    (request) => service.listRevisions(db, actorOf(request), request.params.id, request.query),
  );

  app.get(
    "/partnerships/:id/charter/revisions/:version",
    {
      schema: {
        tags,
        summary: "One save of the charter, whole, and what it changed from the one before",
        params: charterRevisionParamsSchema,
        response: { 200: charterRevisionSchema },
      },
    },
    (request) => service.getRevision(db, actorOf(request), request.params.id, request.params.version),
  );

  app.get(
    "/partnerships/:id/charter.pdf",
    {
      schema: {
        tags,
        summary: "The charter as a PDF to print and sign, in the reader's language",
        params: idParamsSchema,
        querystring: charterPdfQuerySchema,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const charter = await service.getCharter(db, actorOf(request), request.params.id);
      const language = request.query.language ?? languageOf(request);
      const data = await charterPdf(charter, language, new Date().toISOString().slice(0, 10));
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `attachment; filename="${fileName(charter.partnership.name, charter.version)}"`)
        .header("content-length", data.length)
        .send(data);
    },
  );
};
