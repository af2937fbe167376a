// The pg pool as Kysely uses it, made to survive the database going away. An idle pooled connection that
// the server closes (a restart: 57P01) or whose socket breaks emits `error`; with no listener that error
// would end the process. And a connection whose query failed because the database stopped answering is
// dropped on release instead of being handed to the next request.
import type { PostgresCursor, PostgresPool, PostgresPoolClient, PostgresQueryResult } from "kysely";
import pg from "pg";
import { isDatabaseUnavailable } from "./unavailable.js";

export type PostgresPoolOptions = {
  url: string;
  poolSize: number;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
  idleTimeoutMs: number;
  schema?: string;
  /** Told of a connection lost while no request was using it; it is replaced on next use. */
  onConnectionError: (error: Error) => void;
};

/** How much longer than the server's statement timeout the client waits for an answer before giving up on a silent server. */
const SILENT_SERVER_GRACE_MS = 1000;

const COUNTED_COMMANDS = ["INSERT", "UPDATE", "DELETE", "MERGE"] as const;

/** The command as Kysely reads it: one of those whose affected rows it counts, or else a plain read. */
function counted(command: string): PostgresQueryResult<unknown>["command"] {
  return COUNTED_COMMANDS.find((name) => name === command) ?? "SELECT";
}

function discardingClient(client: pg.PoolClient): PostgresPoolClient {
  let broken: Error | undefined;
  const noteFailure = (error: unknown) => {
    if (error instanceof Error && isDatabaseUnavailable(error)) broken = error;
    throw error;
  };
  function query<R>(sql: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>>;
  function query<R>(cursor: PostgresCursor<R>): PostgresCursor<R>;
  function query<R>(
    first: string | PostgresCursor<R>,
    parameters?: ReadonlyArray<unknown>,
  ): Promise<PostgresQueryResult<R>> | PostgresCursor<R> {
    // Streaming needs a cursor class, which this pool is not configured with.
    if (typeof first !== "string") throw new Error("streaming queries are not available");
    return client
      .query<R & pg.QueryResultRow>(first, parameters ? [...parameters] : [])
      .then((result) => ({ command: counted(result.command), rowCount: result.rowCount ?? 0, rows: result.rows }), noteFailure);
  }
  return { query, release: () => client.release(broken) };
}

/** A pg pool with connect, statement and idle timeouts, that outlives the database's restarts. */
export function openPostgresPool(options: PostgresPoolOptions): PostgresPool {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize,
    connectionTimeoutMillis: options.connectTimeoutMs,
    idleTimeoutMillis: options.idleTimeoutMs,
    statement_timeout: options.statementTimeoutMs,
    query_timeout: options.statementTimeoutMs + SILENT_SERVER_GRACE_MS,
    keepAlive: true,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  pool.on("error", options.onConnectionError);
  // A connection lost while a request holds it between two queries: the next query fails and the request answers 503.
  pool.on("connect", (client) => client.on("error", () => undefined));
  return {
    connect: async () => discardingClient(await pool.connect()),
    end: () => pool.end(),
  };
}
