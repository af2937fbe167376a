import type { z } from "zod";
import { errorBodySchema, type FieldProblemBody } from "../../contracts/common.js";
import { currentLanguage } from "../i18n/i18n.js";

export type FieldProblem = FieldProblemBody;

/** Any failed API call: the server's stable code and safe message, plus field problems for forms. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export const API_ROOT = "/api/v1";

// The session cookie is HttpOnly; the CSRF token that must accompany it is kept in memory only.
let csrfToken = "";
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The app's language, so that the server writes its messages (refusals, import problems) in it. */
function languageHeaders(): Record<string, string> {
  return { "accept-language": currentLanguage() };
}

/**
 * The headers a request that changes data carries: the app's language, and with the session cookie its
 * CSRF token (none before sign-in). Uploads, which cannot use apiRequest, send them too.
 */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { ...languageHeaders(), "x-csrf-token": csrfToken } : languageHeaders();
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** Drops empty values so that "no filter" never reaches the server as `?sector=`. */
export function toQueryString(query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The address of an API path, for calls that cannot go through apiRequest (uploads, downloads). */
export function apiUrl(path: string, query?: Query): string {
  return `${API_ROOT}${path}${toQueryString(query)}`;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Options = { query?: Query; body?: unknown };

async function send(method: Method, path: string, options: Options): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json", ...languageHeaders() };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers: method === "GET" ? headers : { ...headers, ...csrfHeaders() },
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network_error", "The server could not be reached");
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

/** The error a failed answer stands for, from its status and (parsed) body. */
export function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  const parsed = errorBodySchema.safeParse(body);
  if (!parsed.success) return new ApiError(status, "http_error", `${status} ${statusText}`);
  const { code, message, details } = parsed.data.error;
  return new ApiError(status, code, message, details ?? []);
}

export async function errorFrom(response: Response): Promise<ApiError> {
  return apiErrorOf(response.status, response.statusText, await response.json().catch(() => null));
}

/** Calls the API and checks the answer against the shared contract, so pages get typed data. */
export async function apiRequest<Schema extends z.ZodType>(
  schema: Schema,
  method: Method,
  path: string,
  options: Options = {},
): Promise<z.output<Schema>> {
  const response = await send(method, path, options);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new ApiError(response.status, "invalid_response", "The server sent an unexpected answer");
  return parsed.data;
}

/** For calls answered with 204 No Content. */
export async function apiSend(method: Method, path: string, options: Options = {}): Promise<void> {
  await send(method, path, options);
}
