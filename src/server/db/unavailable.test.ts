import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable.js";

/** An error as pg or better-sqlite3 raises it: a message and, often, a code. */
function failure(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe("telling an unreachable database from a wrong request", () => {
  it.each([
    ["a PostgreSQL shutdown", failure("terminating connection due to administrator command", "57P01")],
    ["a crash shutdown", failure("terminating connection due to crash of another server process", "57P02")],
    ["a server still starting", failure("the database system is starting up", "57P03")],
    ["a statement timeout", failure("canceling statement due to statement timeout", "57014")],
    ["a connection exception", failure("connection failure", "08006")],
    ["a refused socket", failure("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    ["a reset socket", failure("read ECONNRESET", "ECONNRESET")],
    ["a connection ended under a query", failure("Connection terminated unexpectedly")],
    ["a pool that could not connect in time", failure("timeout exceeded when trying to connect")],
    ["a silent server", failure("Query read timeout")],
    ["SQLite still locked after the busy timeout", failure("database is locked", "SQLITE_BUSY")],
    ["every address of a name refused", new AggregateError([failure("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], "")],
  ])("recognises %s", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", failure("duplicate key value violates unique constraint", "23505")],
    ["a syntax error", failure('syntax error at or near "selec"', "42601")],
    ["a SQLite constraint", failure("UNIQUE constraint failed: programs.code", "SQLITE_CONSTRAINT_UNIQUE")],
    ["an error of the application", failure("Connection terminated by the user's choice", "E_APP")],
    ["something that is not an error", "ECONNREFUSED"],
  ])("leaves %s to the other mappings", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
