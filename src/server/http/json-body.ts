// JSON bodies decoded strictly: bytes that are not UTF-8 are refused instead of becoming U+FFFD, which
// would otherwise reach the database as a character nobody typed.
import type { FastifyInstance } from "fastify";
import { AppError } from "../app-error.js";
import { text } from "../messages/render.js";

/** Replaces Fastify's JSON parser with one that refuses invalid UTF-8 (400) and parses the rest as Fastify does. */
export function registerJsonBodyParser(app: FastifyInstance): void {
  // Fastify's own parser: an empty body and malformed JSON keep their errors, __proto__ and constructor keys are refused.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (request, body: Buffer, done) => {
    let decoded: string;
    try {
      decoded = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      done(new AppError("validation_failed", text("error.notUtf8")), undefined);
      return;
    }
    void parseJson(request, decoded, done);
  });
}
