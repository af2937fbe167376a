// Whether an error means "the database cannot be reached right now" rather than "this request is
// wrong": the caller should retry later (503), and nothing about the request needs fixing.

/** PostgreSQL SQLSTATEs of a server that is shutting down, starting, or cancelled the statement on a timeout. */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "57P05", "57014", "53300"]);

/** Socket errors of a database that is down, restarting or out of reach. */
const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
]);

/**
 * The errors pg raises without a code when a connection dies or times out: a connection ended under a
 * query, a pool that could not connect within connectionTimeoutMillis, a query_timeout, a client left
 * unusable by an earlier connection error.
 */
const PG_CONNECTION_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Query read timeout$/,
  /is not queryable$/,
  /^Client was closed and is not queryable$/,
];

function codeOf(error: object): string {
  return "code" in error && typeof error.code === "string" ? error.code : "";
}

/**
 * True when the error says the database is unreachable, restarting, frozen or too busy to answer in
 * time: a PostgreSQL connection error or timeout (class 08, 57P01–57P03, 57014 statement timeout), a
 * refused or reset socket, or SQLite still locked by another writer once its busy timeout has run out.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  // Connecting to a name with several addresses fails with one error per address.
  if (error instanceof AggregateError && error.errors.some(isDatabaseUnavailable)) return true;
  const code = codeOf(error);
  if (code.startsWith("08") && code.length === 5) return true;
  if (UNAVAILABLE_SQLSTATES.has(code) || SOCKET_CODES.has(code)) return true;
  if (code.startsWith("SQLITE_BUSY")) return true;
  if (code === "" && error instanceof Error && PG_CONNECTION_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  return "cause" in error && error.cause !== error && isDatabaseUnavailable(error.cause);
}
