// Receiving spreadsheet files over HTTP: multipart/form-data, each file whole in memory (imports are
// checked in full before anything is written), up to a size limit answered with a clear 413.
import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError } from "../../app-error.js";
import { text } from "../../messages/render.js";
import type { ImportFile } from "./upload-file.js";

/** The largest file an import accepts: about 100,000 rows of involvement answers as CSV. */
export const IMPORT_FILE_LIMIT_MB = 20;
const LIMIT_BYTES = IMPORT_FILE_LIMIT_MB * 1024 * 1024;
/** Files per request: a registry sent as one CSV file per entity. */
const MAX_FILES = 4;

const NOT_MULTIPART = text("upload.notMultipart");

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
    throw error;
  }
  if (files.length === 0) throw AppError.invalid("file", text("upload.fileRequired"));
  if (files.length > max) throw AppError.invalid("file", text("upload.atMostFiles", { count: max }));
  return files;
}
