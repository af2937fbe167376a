// What a sign-in attempt tells an attacker by its time: a wrong password for a known account against an
// address nobody has, and an attempt held back past the per-email allowance against a fresh one. Run with
// `node bench/sign-in.js` after `npm run build:server`; SQLite in a temporary directory.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../dist/server/app.js";
import { openDatabase } from "../dist/server/db/database.js";
import { migrateToLatest } from "../dist/server/db/migrate.js";
import { loadConfig } from "../dist/server/env.js";
import { createUser } from "../dist/server/modules/users/service.js";
import { interleaved } from "./timing.js";

const REPETITIONS = 41;
const WARMUP = 3;
const OPERATOR = "operator";

export async function signInBenchmarks() {
  const dir = mkdtempSync(join(tmpdir(), "convene-bench-sign-in-"));
  const database = openDatabase({ dialect: "sqlite", file: join(dir, "convene.sqlite") });
  await migrateToLatest(database.db);
  // Limits far above what is measured, so that only the password check is timed.
  const config = loadConfig({
    LOG_LEVEL: "silent",
    CONVENE_DEMO: "0",
    CONVENE_DATA_DIR: dir,
    CONVENE_LOGIN_MAX_ATTEMPTS: "1000",
    CONVENE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: "100000",
  });
  const app = await buildApp(config, database);
  await app.ready();
  try {
    // A known account and an unknown address are each tried once, as an attacker probing addresses would:
    // the counters of both are then new, and only whether the account exists differs.
    const known = [];
    for (let index = 0; index < REPETITIONS + WARMUP; index += 1) {
      const email = `known-${index}@convene.example`;
      const input = { email, name: "Known", role: "coordinator", password: "correct horse battery staple", locale: "en" };
      await createUser(database.db, { ...input, programIds: [], partnershipIds: [] }, OPERATOR);
      known.push(email);
    }
    let attempt = 0;
    const signIn = (email) => {
      attempt += 1;
      return app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        remoteAddress: `10.1.${Math.floor(attempt / 250)}.${attempt % 250}`,
        payload: { email, password: `wrong guess number ${attempt}` },
      });
    };
    let knownIndex = 0;
    let unknownIndex = 0;
    const wrongPassword = () => signIn(known[knownIndex++ % known.length]);
    const unknownEmail = () => signIn(`nobody-${unknownIndex++}@convene.example`);
    const { a, b } = await interleaved(wrongPassword, unknownEmail, { repetitions: REPETITIONS, warmup: WARMUP });
    return [{ label: "sign-in, wrong password vs unknown email", service: a, reference: b, ratio: a / b }];
  } finally {
    await app.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await signInBenchmarks()) {
    console.log(
      `${row.label}: ${row.service.toFixed(1)} ms vs ${row.reference.toFixed(1)} ms, ratio ${row.ratio.toFixed(2)}x (target ≈ 1x)`,
    );
  }
}
