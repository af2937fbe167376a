import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/db/database.js";
import { migrateToLatest } from "../../src/server/db/migrate.js";
import { createTestApp } from "../support/app.js";
import { buildUser, tokenFor } from "../support/factories.js";
import { sharedDecisionRubric, storeRubric } from "../support/involvement-factories.js";
import { ensureBuilt, runCli } from "./run-cli.js";

const COLLABORATION = '{"shared_decision_making": true, "responsible_implementation": true, "reporting_results": true}';
const CONSULTATION = '{"proposal_copy": true, "support_letter": false}';
const classifyArgs = ["typology", "classify"];

function resultsOf(stdout: string) {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}

beforeAll(() => ensureBuilt(), 120_000);

describe("convene typology classify", () => {
  // Built-in rubrics must work with no database at all: the data directory is never created.
  const noDatabase = { CONVENE_DATA_DIR: join(tmpdir(), "convene-typology-never-created") };

  it("writes one classification per line, in order, skipping blank lines, as the API would", async () => {
    const input = `\uFEFF${COLLABORATION}\n\n${CONSULTATION}\r\n{}\n`;
    const run = await runCli(classifyArgs, { env: noDatabase, input });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe("");
    const results = resultsOf(run.stdout);
    expect(results.map((result) => result.type)).toEqual(["collaboration", "consultation", "none"]);
    expect(existsSync(noDatabase.CONVENE_DATA_DIR)).toBe(false);

    const api = await createTestApp("sqlite");
    try {
      const token = await tokenFor(api.database.db, (await buildUser(api.database.db)).id);
      const res = await api.app.inject({
        method: "POST",
        url: "/api/v1/typology/classify",
        headers: { authorization: `Bearer ${token}` },
        payload: { indicators: JSON.parse(CONSULTATION) },
      });
      expect(results[1]).toEqual(res.json());
    } finally {
      await api.close();
    }
  });

  it("reports each bad line with its number on standard error and exits with 2 after writing the good ones", async () => {
    const input = [COLLABORATION, "", '{"support_leter": true}', "not json", '{"proposal_copy": "yes"}', CONSULTATION, "[1, 2]"].join("\n");
    const run = await runCli(classifyArgs, { env: noDatabase, input });
    expect(run.code).toBe(2);
    expect(resultsOf(run.stdout).map((result) => result.type)).toEqual(["collaboration", "consultation"]);
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      "convene: line 3: support_leter is not a known indicator",
      "convene: line 4: is not valid JSON",
      "convene: line 5: proposal_copy must be true, false or null",
      "convene: line 7: must be an object",
      "convene: 4 lines could not be classified",
    ]);
  });

  it("classifies with the national rubric, and refuses answers that rubric does not read", async () => {
    const input =
      '{"exchanges_resources": true, "consulted": false, "joint_planning": false}\n{"consulted": true, "proposal_copy": true}\n';
    const run = await runCli([...classifyArgs, "--rubric", "national-study-2002"], { env: noDatabase, input });
    expect(run.code).toBe(2);
    expect(resultsOf(run.stdout)).toMatchObject([
      { type: "instrumental_contributory", complete: true, rubric: { id: "national-study-2002", version: 1 } },
    ]);
    expect(run.stderr).toContain('convene: line 2: proposal_copy is not an indicator of the rubric "national-study-2002"');
  });

  describe("with a stored rubric", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "convene-typology-"));
    const env = { CONVENE_DATA_DIR: dataDir };
    beforeAll(async () => {
      const database = openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
      await migrateToLatest(database.db);
      await storeRubric(database.db, sharedDecisionRubric("cli-stored"));
      await database.close();
    });
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it("reads the rubric from the configured database", async () => {
      const run = await runCli([...classifyArgs, "--rubric", "cli-stored"], {
        env,
        input: '{"shared_decision_making": true, "coordinated_activities": false}\n',
      });
      expect(run.code, run.stderr).toBe(0);
      expect(resultsOf(run.stdout)).toMatchObject([{ type: "engaged", complete: true, rubric: { id: "cli-stored", version: 1 } }]);
    });

    it("exits with 2 naming --rubric when no rubric has that id", async () => {
      const run = await runCli([...classifyArgs, "--rubric", "not-stored"], { env, input: "{}\n" });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        '--rubric "not-stored" does not match any rubric (built in: partnership-study-2002, national-study-2002)',
      );
      expect(run.stdout).toBe("");
    });
  });
});
