import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { AUDIT_CSV_MAX_ROWS, auditCsvQuerySchema, auditEventListQuerySchema, auditEventPageSchema } from "../../../contracts/audit.js";
import { AppError } from "../../app-error.js";
import { actorOf, requireSignedIn } from "../../http/authentication.js";
import type { AppContext } from "../../http/context.js";
import { languageOf } from "../../http/language.js";
import { text } from "../../messages/render.js";
import { may } from "../access/scope.js";
import { auditCsv } from "./file.js";
import * as service from "./service.js";

const tags = ["audit"];
const scopeNote =
  "Administrators read every event; program officers the events of their programs' partnerships, coordinators those of the " +
  "partnerships they coordinate (the partnership, its memberships and their involvement records), and both the registry's " +
  "(organizations and their contacts, with a contact's personal data withheld where they may not read that organization's contacts). " +
  "Evaluators and partners are refused (403). A partnershipId outside the caller's trail reads as 404.";

export const auditRoutes: FastifyPluginAsyncZod<AppContext> = async (app, { db, readDb }) => {
  app.addHook("onRequest", requireSignedIn);
  // Before the query is parsed, so that a caller without a trail learns nothing from validation messages.
  app.addHook("onRequest", async (request) => {
    if (!may(actorOf(request), "readAudit")) throw AppError.forbidden(text("audit.forbidden"));
  });

  app.get(
    "/audit-events",
    {
      schema: {
        tags,
        summary: "Who changed what and when, each field before and after, newest first",
        description: scopeNote,
        querystring: auditEventListQuerySchema,
        response: { 200: auditEventPageSchema },
      },
    },
    (request) => service.listAuditEvents(db, actorOf(request), request.query),
  );

  app.get(
    "/audit-events.csv",
    {
      schema: {
        tags,
        summary: "The same filtered trail as a CSV file, headers in the reader's language, one line per changed field",
        description: `${scopeNote} At most ${AUDIT_CSV_MAX_ROWS} events, newest first; X-Total-Count says how many matched. lang=en|fr sets the language of the headers (else Accept-Language, else the account's).`,
        querystring: auditCsvQuerySchema,
      },
    },
    async (request, reply) => {
      const { lang, ...filter } = request.query;
      const { events, total } = await service.auditEventsForExport(db, readDb, actorOf(request), filter);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`)
        .header("x-total-count", String(total))
        .send(auditCsv(lang ?? languageOf(request), events));
    },
  );
};
