import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/server/db/database.js";
import { buildOrganization, buildPartnership } from "../support/factories.js";
import { addRespondents, buildRound, insertInstrument, same } from "../support/survey-results-factories.js";
import { SLOW, commandEnvironments } from "./environments.js";
import { runCli } from "./run-cli.js";

const { folder } = commandEnvironments("survey-results");

describe("convene survey results", () => {
  it(
    "prints a round's results as JSON and CSV, withheld below the threshold, and refuses an unknown round",
    async () => {
      const dataDir = join(folder, "survey");
      const env = { CONVENE_DATA_DIR: dataDir };
      expect((await runCli(["db", "migrate"], { env })).code).toBe(0);
      const database = openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
      await insertInstrument(database.db);
      const partnership = await buildPartnership(database.db, { name: "Survey Partnership" });
      const member = await buildOrganization(database.db);
      const round = await buildRound(database.db, { partnershipId: partnership.id });
      await addRespondents(database.db, round, same(2, member.id, { vision_shared: 5, vision_unclear: 1 }));
      const withheld = await runCli(["survey", "results", round.id], { env });
      expect(withheld.code, withheld.stderr).toBe(0);
      expect(JSON.parse(withheld.stdout)).toMatchObject({ submitted: 2, withheld: true, scores: [], items: [] });

      await addRespondents(database.db, round, same(1, member.id, { vision_shared: 5, vision_unclear: 1 }));
      await database.close();
      const shown = JSON.parse((await runCli(["survey", "results", round.id], { env })).stdout);
      expect(shown.scores[0]).toMatchObject({ key: "vision", mean: 5, band: "strength", answers: 6 });
      const csv = await runCli(["survey", "results", round.id, "--format", "csv"], { env: { ...env, LANG: "fr_CA.UTF-8" } });
      expect(csv.stdout).toContain("Vision commune");
      expect(csv.stdout).toContain("Force");
      const unknown = await runCli(["survey", "results", "0190b6a0-0000-7000-8000-000000000000"], { env });
      expect(unknown.code).not.toBe(0);
      const badFormat = await runCli(["survey", "results", round.id, "--format", "pdf"], { env });
      expect(badFormat.code).not.toBe(0);
      expect(badFormat.stderr).toContain("--format");
    },
    SLOW,
  );
});
