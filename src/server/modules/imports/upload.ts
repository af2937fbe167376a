// Receiving spreadsheet files over HTTP: multipart/form-data, each file whole in memory (imports are
// checked in full before anything is written), up to a size limit answered with a clear 413, and a
// body that cannot be read as multipart answered 400. The row limit is the readers' (IMPORT_ROW_LIMIT).
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { IMPORT_FILE_LIMIT_MB } from "../../../contracts/imports.js";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import type { ImportFile } from "./upload-file.js";

export { IMPORT_FILE_LIMIT_MB };
const LIMIT_BYTES = IMPORT_FILE_LIMIT_MB * 1024 * 1024;
/** Files per request: a registry sent as one CSV file per entity. */
const MAX_FILES = 4;

const NOT_MULTIPART = text("upload.notMultipart");
const MALFORMED = text("upload.malformed");

/** Makes a route scope accept multipart uploads, and nothing else, with a message that says so. */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  app.removeAllContentTypeParsers();
  await app.register(multipart, { limits: { fileSize: LIMIT_BYTES, files: MAX_FILES, fields: 10, parts: MAX_FILES + 10 } });
  app.addContentTypeParser("*", (_request, _payload, done) => done(new AppError("unsupported_media_type", NOT_MULTIPART)));
}

function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/** The uploaded files, at least one and at most `max`. */
export async function uploadedFiles(request: FastifyRequest, max: number): Promise<ImportFile[]> {
  if (!request.isMultipart()) throw new AppError("unsupported_media_type", NOT_MULTIPART);
  const files: ImportFile[] = [];
  try {
    for await (const part of request.files()) files.push({ name: part.filename, data: await part.toBuffer() });
  } catch (error) {
    const code = codeOf(error);
    if (code === "FST_REQ_FILE_TOO_LARGE") {
      throw new AppError("payload_too_large", text("upload.fileTooLarge", { size: IMPORT_FILE_LIMIT_MB }));
    }
    if (code === "FST_FILES_LIMIT" || code === "FST_PARTS_LIMIT" || code === "FST_FIELDS_LIMIT") {
      throw new AppError("payload_too_large", text("upload.tooManyFiles", { count: max }));
    }
    // Anything else that stops the reading is the body's fault: no boundary, a boundary that never
    // comes, a part cut short or with a malformed header, a body that ends early (busboy's errors,
    // and @fastify/multipart's premature close and refused field names).
    throw AppError.invalid("file", MALFORMED);
  }
  if (files.length === 0) throw AppError.invalid("file", text("upload.fileRequired"));
  if (files.length > max) throw AppError.invalid("file", text("upload.atMostFiles", { count: max }));
  return files;
}
