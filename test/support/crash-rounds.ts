// Rounds of `convene serve` killed with SIGKILL in the middle of write bursts, on one database: after
// each kill, every write the server acknowledged must be in the database, and the database intact.
// CONVENE_CRASH_ROUNDS runs more rounds than the 5 of the ordinary run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminToken, registerOrganization, serve } from "./served.js";

/** The database under test, as the crashed server left it. */
export type CrashedStore = {
  /** The server's settings for this database (DATABASE_URL or CONVENE_DATA_DIR). */
  env: Record<string, string>;
  /** The ids among these that the database does not hold. */
  missing: (ids: string[]) => Promise<string[]>;
  /** The database's own consistency check; empty when it passes. */
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
};

const WORKERS = 4;
/** Acknowledged writes in a round before the kill; the kill lands while the workers' next writes are in flight. */
const WRITES_BEFORE_KILL = 25;
const ROUND_TIMEOUT = 120_000;
const SETUP_TIMEOUT = 600_000;

function crashRoundCount(): number {
  const rounds = Number(process.env.CONVENE_CRASH_ROUNDS ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error(`CONVENE_CRASH_ROUNDS=${process.env.CONVENE_CRASH_ROUNDS}: expected a whole number`);
  return rounds;
}

export function describeCrashRounds(title: string, open: () => Promise<CrashedStore>): void {
  const rounds = crashRoundCount();
  describe(title, () => {
    let store: CrashedStore;
    let token: string;
    const acknowledged: string[] = [];

    beforeAll(async () => {
      store = await open();
      token = await adminToken(store.env);
    }, SETUP_TIMEOUT);

    afterAll(async () => {
      await store?.close();
    }, SETUP_TIMEOUT);

    for (let round = 1; round <= rounds; round++) {
      it(
        `keeps every acknowledged write and an intact database after kill -9, round ${round} of ${rounds}`,
        async () => {
          const server = await serve(store.env);
          let inRound = 0;
          let killing: Promise<number | null> | null = null;
          const worker = async (which: number) => {
            for (let index = 0; !killing; index++) {
              const { answer, id } = await registerOrganization(server.base, token, `Crash ${round}-${which}-${index}`);
              // An answer that arrives after the kill was sent still counts when it acknowledges the write.
              if (!id && killing) return;
              if (!id) throw new Error(`a write before the kill was refused: ${JSON.stringify(answer)}\n${server.output()}`);
              acknowledged.push(id);
              if (++inRound >= WRITES_BEFORE_KILL && !killing) killing = server.kill("SIGKILL");
            }
          };
          await Promise.all(Array.from({ length: WORKERS }, (_, which) => worker(which)));
          await killing;
          expect(server.isRunning()).toBe(false);
          expect(await store.problems()).toEqual([]);
          expect(await store.missing(acknowledged)).toEqual([]);
          console.info(`${title}, round ${round}: ${inRound} writes acknowledged, ${acknowledged.length} checked in all, 0 missing`);
        },
        ROUND_TIMEOUT,
      );
    }
  });
}
