// Spreadsheet imports and exports. Both report progress, which fetch cannot do for an upload: imports
// go through XMLHttpRequest (upload events), exports through fetch with the body read as a stream.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import {
  importFailureSchema,
  importReportSchema,
  type ImportReport,
  type RegistryEntity,
  type RegistryExportQuery,
} from "../../contracts/imports.js";
import { ApiError, apiErrorOf, apiUrl, csrfHeaders, errorFrom } from "./client.js";

export type ImportKind = ImportReport["kind"];

/** Bytes moving (total unknown when the other side does not say), or the server working on a received file. */
export type TransferProgress = { phase: "sending" | "receiving"; loaded: number; total: number | null } | { phase: "working" };

export type ImportRequest = { kind: ImportKind; files: readonly File[]; dryRun: boolean; noCreate: boolean; entity?: RegistryEntity };

const networkError = () => new ApiError(0, "network_error", "The server could not be reached");
const unexpectedAnswer = (status: number) => new ApiError(status, "invalid_response", "The server sent an unexpected answer");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A report for 200, and for a 400 that lists the file's problems; any other answer is an error. */
function reportOf(status: number, statusText: string, body: unknown): ImportReport {
  if (status === 200) {
    const parsed = importReportSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw unexpectedAnswer(status);
  }
  if (status === 400) {
    const refused = importFailureSchema.safeParse(body);
    if (refused.success) {
      const { error: _error, ...report } = refused.data;
      return report;
    }
  }
  throw apiErrorOf(status, statusText, body);
}

/** Uploads the files as the form field `file`; a report with problems resolves, it does not reject. */
export function sendImport(request: ImportRequest, onProgress: (progress: TransferProgress) => void): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", apiUrl(`/imports/${request.kind}`, { dryRun: request.dryRun, noCreate: request.noCreate, entity: request.entity }));
    xhr.setRequestHeader("accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) =>
      onProgress({ phase: "sending", loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.upload.onload = () => onProgress({ phase: "working" });
    xhr.onload = () => {
      try {
        resolve(reportOf(xhr.status, xhr.statusText, parseJson(xhr.responseText)));
      } catch (error) {
        reject(error instanceof Error ? error : unexpectedAnswer(xhr.status));
      }
    };
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(networkError());
    const form = new FormData();
    for (const file of request.files) form.append("file", file, file.name);
    onProgress({ phase: "sending", loaded: 0, total: null });
    xhr.send(form);
  });
}

/** The name a Content-Disposition header gives, e.g. `attachment; filename="registry-2026-11-22.xlsx"`. */
export function filenameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // Fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(disposition);
  const name = (plain?.[1] ?? plain?.[2] ?? "").trim();
  return name || null;
}

export type DownloadedFile = { blob: Blob; filename: string };

/** Downloads the registry, reporting the bytes received against the announced length. */
export async function fetchRegistryExport(
  query: RegistryExportQuery,
  onProgress: (progress: TransferProgress) => void,
): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(apiUrl("/exports/registry", query), { credentials: "same-origin" });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await errorFrom(response);
  const total = Number(response.headers.get("content-length")) || null;
  const type = response.headers.get("content-type") ?? "application/octet-stream";
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress({ phase: "receiving", loaded, total });
  try {
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        onProgress({ phase: "receiving", loaded, total });
      }
    } else {
      chunks.push(new Uint8Array(await response.arrayBuffer()));
    }
  } catch {
    throw networkError();
  }
  const fallback = `registry${query.entity ? `-${query.entity}` : ""}.${query.format}`;
  return { blob: new Blob(chunks, { type }), filename: filenameOf(response.headers.get("content-disposition")) ?? fallback };
}

/** Checks or imports files; a real import that wrote something refreshes every cached page. */
export function useImportUpload() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (request: ImportRequest) => sendImport(request, setProgress),
    onSuccess: (report) => {
      if (report.written) void queryClient.invalidateQueries();
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

export function useRegistryExport() {
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (query: RegistryExportQuery) => fetchRegistryExport(query, setProgress),
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
