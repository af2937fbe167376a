// A drawn request made concrete: ids picked among the rows the database holds now, the URL
// percent-encoded byte by byte, the body serialized (or broken) as its class says.
import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import { IdPick } from "./schema-values.js";
import { INVALID_UTF8_MARK, type Body } from "./bodies.js";
import type { FuzzRequest } from "./requests.js";

/** The ids of each table's rows, oldest first. */
export type IdPool = Map<string, string[]>;

/** Who sends a request: the headers and cookies that make a caller, given whether to send the CSRF token. */
export type Caller = {
  name: string;
  weight: number;
  credentials: (csrf: FuzzRequest["csrf"]) => Pick<InjectOptions, "headers" | "cookies">;
};

function resolveId(pick: IdPick, pool: IdPool): string {
  const ids = pick.table ? (pool.get(pick.table) ?? []) : [...pool.values()].flat();
  // One pick in eight names no row at all.
  if (ids.length === 0 || pick.index % 8 === 7) return randomUUID();
  return ids[pick.index % ids.length] ?? randomUUID();
}

/** The value with every IdPick replaced by an id. */
export function resolve(value: unknown, pool: IdPool): unknown {
  if (value instanceof IdPick) return resolveId(value, pool);
  if (Array.isArray(value)) return value.map((item) => resolve(item, pool));
  if (typeof value === "object" && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value))
      Object.defineProperty(copy, key, { value: resolve(item, pool), enumerable: true, writable: true });
    return copy;
  }
  return value;
}

/** Percent-encodes every byte outside the unreserved set; text with lone surrogates goes out as U+FFFD, as a client's encoder sends it. */
function encodeComponent(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

function urlComponent(value: FuzzRequest["query"][number][1], pool: IdPool): string {
  if (value instanceof IdPick) return resolveId(value, pool);
  if (typeof value === "object") return value.encoded;
  return encodeComponent(value);
}

function urlOf(request: FuzzRequest, pool: IdPool): string {
  let path = request.route.path;
  for (const [name, value] of Object.entries(request.path)) {
    path = path.replace(`{${name}}`, () =>
      value instanceof IdPick || typeof value === "object" ? urlComponent(value, pool) : encodeComponent(value),
    );
  }
  const query = request.query.map(([name, value]) => `${encodeComponent(name)}=${urlComponent(value, pool)}`).join("&");
  return query ? `${path}?${query}` : path;
}

function malformedText(text: string, how: "truncated" | "trailing-comma" | "garbage" | "single-quotes"): string {
  switch (how) {
    case "truncated":
      return text.slice(0, -1);
    case "trailing-comma":
      return text.endsWith("}") ? `${text.slice(0, -1)},}` : `${text},`;
    case "garbage":
      return `${text}}x`;
    case "single-quotes":
      return text.includes('"') ? text.replace(/"/g, "'") : `{'${text}'}`;
  }
}

function payloadOf(body: Body, pool: IdPool): { payload?: InjectOptions["payload"]; contentType?: string | null } {
  switch (body.kind) {
    case "none":
      return {};
    case "json":
      return { payload: JSON.stringify(resolve(body.value, pool)) ?? "null", contentType: "application/json" };
    case "malformed":
      return { payload: malformedText(JSON.stringify(resolve(body.value, pool)) ?? "null", body.how), contentType: "application/json" };
    case "raw":
      return { payload: body.text, contentType: body.contentType };
    case "other-type":
      return { payload: JSON.stringify(resolve(body.value, pool)) ?? "null", contentType: body.contentType };
    case "invalid-utf8": {
      let text = JSON.stringify(resolve(body.value, pool)) ?? "null";
      if (!text.includes(INVALID_UTF8_MARK)) text = `{"name":"${INVALID_UTF8_MARK}"}`;
      const pieces = text.split(INVALID_UTF8_MARK).map((piece) => Buffer.from(piece, "utf8"));
      const bad = Buffer.from([0x61, ...body.bytes, 0x62]);
      return {
        payload: Buffer.concat(pieces.flatMap((piece, index) => (index === 0 ? [piece] : [bad, piece]))),
        contentType: "application/json",
      };
    }
    case "multipart":
      return { payload: body.body.bytes, contentType: body.body.contentType };
  }
}

/** The request as light-my-request sends it. */
export function injectOptionsOf(request: FuzzRequest, pool: IdPool, caller: Caller): InjectOptions {
  const { payload, contentType } = payloadOf(request.body, pool);
  const credentials = caller.credentials(request.csrf);
  const headers: Record<string, string> = { ...(credentials.headers as Record<string, string> | undefined) };
  if (request.language !== "") headers["accept-language"] = request.language;
  if (contentType) headers["content-type"] = contentType;
  return {
    method: request.route.method,
    url: urlOf(request, pool),
    headers,
    ...(credentials.cookies ? { cookies: credentials.cookies } : {}),
    ...(payload === undefined ? {} : { payload }),
  };
}

/** A request in a line: method, URL (shortened), caller, body class and a glimpse of the body. */
export function describeRequest(request: FuzzRequest, options: InjectOptions, caller: Caller): string {
  const url = String(options.url);
  const payload =
    options.payload === undefined ? "" : Buffer.isBuffer(options.payload) ? options.payload.toString("latin1") : String(options.payload);
  const glimpse = payload.length > 160 ? `${payload.slice(0, 160)}… (${payload.length} chars)` : payload;
  return `${request.route.method} ${url.length > 200 ? `${url.slice(0, 200)}…` : url} as ${caller.name} (csrf ${request.csrf}), ${request.bodyClass} body ${JSON.stringify(glimpse)}`;
}
