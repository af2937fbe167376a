// The server killed with SIGKILL in the middle of write bursts, round after round on one SQLite file:
// every write it acknowledged is there after the crash, and the file passes PRAGMA integrity_check.
// CONVENE_CRASH_ROUNDS runs more rounds than the 5 of the ordinary run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminToken, registerOrganization, serve, type Served } from "../support/served.js";

const ROUNDS = Number(process.env.CONVENE_CRASH_ROUNDS ?? 5);
const WORKERS = 4;
/** Acknowledged writes in a round before the kill; the kill lands while the workers' next writes are in flight. */
const WRITES_BEFORE_KILL = 25;
const ROUND_TIMEOUT = 120_000;

describe("the server killed during write bursts on SQLite", () => {
  let dataDir: string;
  let env: Record<string, string>;
  let token: string;
  const acknowledged: string[] = [];

  beforeAll(async () => {
    if (!Number.isInteger(ROUNDS) || ROUNDS < 1)
      throw new Error(`CONVENE_CRASH_ROUNDS=${process.env.CONVENE_CRASH_ROUNDS}: expected a whole number of rounds`);
    dataDir = mkdtempSync(join(tmpdir(), "convene-crash-"));
    env = { CONVENE_DATA_DIR: dataDir };
    token = await adminToken(env);
  }, ROUND_TIMEOUT);

  afterAll(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  for (let round = 1; round <= ROUNDS; round++) {
    it(
      `keeps every acknowledged write and an intact file after kill -9, round ${round} of ${ROUNDS}`,
      async () => {
        const server: Served = await serve(env);
        let inRound = 0;
        let killed = false;
        let killing: Promise<number | null> | null = null;
        const worker = async (which: number) => {
          for (let index = 0; !killed; index++) {
            const { id } = await registerOrganization(server.base, token, `Crash ${round}-${which}-${index}`);
            if (!id) continue;
            acknowledged.push(id);
            inRound++;
            if (inRound >= WRITES_BEFORE_KILL && !killing) {
              killed = true;
              killing = server.kill("SIGKILL");
            }
          }
        };
        await Promise.all(Array.from({ length: WORKERS }, (_, which) => worker(which)));
        await killing;
        expect(server.isRunning()).toBe(false);

        const database = new SQLite(join(dataDir, "convene.sqlite"));
        try {
          expect(database.pragma("integrity_check")).toEqual([{ integrity_check: "ok" }]);
          const kept = new Set(
            database
              .prepare("select id from organizations where name like 'Crash %'")
              .all()
              .map((row) => (typeof row === "object" && row !== null && "id" in row ? String(row.id) : "")),
          );
          const missing = acknowledged.filter((id) => !kept.has(id));
          expect(missing).toEqual([]);
          console.info(
            `crash round ${round}: ${inRound} writes acknowledged in the round, ${acknowledged.length} checked in all, 0 missing`,
          );
        } finally {
          database.close();
        }
      },
      ROUND_TIMEOUT,
    );
  }
});
