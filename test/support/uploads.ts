// Multipart uploads for tests, as a browser's form or `curl -F file=@…` sends them.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";

export type UploadFile = { name: string; content: string | Uint8Array };

export function formWith(files: readonly UploadFile[]): FormData {
  const form = new FormData();
  for (const file of files)
    form.append("file", new Blob([typeof file.content === "string" ? file.content : new Uint8Array(file.content)]), file.name);
  return form;
}

/** POSTs the files as multipart/form-data with the caller's token (none for an anonymous caller). */
export function upload(
  app: FastifyInstance,
  token: string | null,
  url: string,
  files: readonly UploadFile[],
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: "POST",
    url,
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    payload: formWith(files),
  });
}
