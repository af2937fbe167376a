import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { involvementCsv, type InvolvementFileRow } from "../support/involvement-files.js";
import { commandEnvironments, SLOW } from "./environments.js";
import { runCli } from "./run-cli.js";

const leadRow: InvolvementFileRow = {
  program: "Youth Fund",
  partnership: "Harbour Youth Safety",
  organization: "Ville de Lévis",
  perspective: "lead",
  respondent: "Ana\nRuiz",
  answers: { shared_decision_making: "oui" },
};
const partnerRow: InvolvementFileRow = {
  program: "youth fund",
  partnership: "Harbour Youth Safety",
  organization: "Centre jeunesse",
  perspective: "partner",
  answers: { support_letter: "Non" },
};
const rows = [leadRow, partnerRow];

const { folder, file, targets } = commandEnvironments("import");

for (const target of targets) {
  describe(`convene import and export on ${target.name}`, () => {
    const run = (args: string[], env: Record<string, string>) => runCli(args, { env, timeoutMs: 60_000 });

    it(
      "checks a file on a dry run, imports it, and finds nothing to change the second time",
      async () => {
        const env = await target.fresh();
        const answers = file(`answers-${target.name}.csv`, involvementCsv(rows, { separator: ";", bom: true }));
        const dry = await run(["import", "involvement", answers, "--dry-run"], env);
        expect(dry.code, dry.stderr).toBe(0);
        expect(dry.stdout).toContain("everything checks out; nothing was written");
        expect(dry.stdout).toContain('Would create program YF "Youth Fund"');

        const imported = await run(["import", "involvement", answers], env);
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stdout).toContain(`Imported ${answers}.`);
        expect(imported.stdout).toMatch(/involvement records\s+2\s+0\s+0/);
        expect(imported.stdout).toContain('Created partnership "Harbour Youth Safety" in YF, led by Ville de Lévis');
        expect(imported.stdout).toContain('Created organization "Centre jeunesse" (Other)');

        const again = await run(["import", "involvement", answers, "--json"], env);
        expect(again.code, again.stderr).toBe(0);
        expect(JSON.parse(again.stdout)).toMatchObject({
          written: false,
          counts: { involvementRecords: { created: 0, updated: 0, unchanged: 2 } },
        });
      },
      SLOW,
    );

    it(
      "with --no-create exits 2 naming every name that matches nothing, and warns about names close to registered ones",
      async () => {
        const env = await target.fresh();
        const unknown = file(
          `unknown-${target.name}.csv`,
          involvementCsv([{ ...partnerRow, program: "XYZ", organization: "Nobody Here" }]),
        );
        const refused = await run(["import", "involvement", unknown, "--dry-run", "--no-create"], env);
        expect(refused.code, refused.stderr).toBe(2);
        expect(refused.stderr).toContain(
          "line 2, column program: matches no program, and this import only matches existing names (got 'XYZ')",
        );
        const registered = file(`organizations-${target.name}.csv`, "name,sector\nCentre communautaire Harbourview,other\n");
        expect((await run(["import", "registry", registered], env)).code).toBe(0);
        const close = file(
          `close-${target.name}.csv`,
          involvementCsv([{ ...partnerRow, organization: "Centre communautaire Harbourvew" }]),
        );
        const warned = await run(["import", "involvement", close, "--dry-run"], env);
        expect(warned.code, warned.stderr).toBe(0);
        expect(warned.stderr).toContain(
          'Warning — line 2, column organization: would create "Centre communautaire Harbourvew", which is close to "Centre communautaire Harbourview"',
        );
      },
      SLOW,
    );

    it(
      "exits 2 listing every bad row by line and column, and writes nothing",
      async () => {
        const env = await target.fresh();
        const bad = [
          { ...leadRow, organization: "Nouveau Centre", answers: { support_letter: "peut-être" } },
          { ...partnerRow, perspective: "funder" },
        ];
        const path = file(`bad-${target.name}.csv`, involvementCsv(bad));
        const result = await run(["import", "involvement", path], env);
        expect(result.code).toBe(2);
        expect(result.stdout).toContain("nothing was written; 2 problems to fix first");
        expect(result.stderr.split("\n").filter(Boolean)).toEqual([
          expect.stringMatching(/^Using (SQLite|PostgreSQL) at /),
          "line 2, column support_letter: must be yes or no (got 'peut-être')",
          "line 4, column perspective: must be one of lead, partner (got 'funder')",
        ]);
        const json = await run(["import", "involvement", path, "--json"], env);
        expect(json.code).toBe(2);
        expect(JSON.parse(json.stdout).errors).toHaveLength(2);
        const dry = await run(
          [
            "import",
            "involvement",
            file(`fixed-${target.name}.csv`, involvementCsv([{ ...leadRow, organization: "Nouveau Centre" }])),
            "--dry-run",
          ],
          env,
        );
        expect(dry.stdout).toContain('Would create organization "Nouveau Centre"');
      },
      SLOW,
    );

    it(
      "exports the registry as CSV files and as a workbook that an empty database imports whole",
      async () => {
        const env = await target.fresh();
        const answers = file(`registry-answers-${target.name}.csv`, involvementCsv(rows));
        expect((await run(["import", "involvement", answers], env)).code).toBe(0);
        const csvFolder = join(folder, `export-${target.name}`);
        const csv = await run(["export", "registry", "--format", "csv", "--output", `${csvFolder}/`], env);
        expect(csv.code, csv.stderr).toBe(0);
        expect(readdirSync(csvFolder).sort()).toEqual(["contacts.csv", "memberships.csv", "organizations.csv", "partnerships.csv"]);
        expect(csv.stdout).toContain(`Wrote ${join(csvFolder, "organizations.csv")} (2 rows)`);
        const workbook = join(folder, `registry-${target.name}.xlsx`);
        const xlsx = await run(["export", "registry", "--format", "xlsx", "--output", workbook], env);
        expect(xlsx.code, xlsx.stderr).toBe(0);
        expect(existsSync(workbook)).toBe(true);

        const empty = await target.fresh();
        const files = readdirSync(csvFolder).map((name) => join(csvFolder, name));
        const imported = await run(["import", "registry", ...files], empty);
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stdout).toMatch(/organizations\s+2\s+0\s+0/);
        expect(imported.stdout).toMatch(/memberships\s+2\s+0\s+0/);
        const fromWorkbook = await run(["import", "registry", workbook], empty);
        expect(fromWorkbook.code, fromWorkbook.stderr).toBe(0);
        expect(fromWorkbook.stdout).toContain("matches the database; nothing needed changing");
      },
      SLOW,
    );

    it(
      "exits 2 for a file it cannot read or place, and for an unknown entity",
      async () => {
        const env = await target.fresh();
        const missing = await run(["import", "involvement", join(folder, "nowhere.csv")], env);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain("cannot read the file");
        const people = join(mkdtempSync(join(folder, "unplaced-")), "people.csv");
        writeFileSync(people, "name,email\nKim,kim@example.org\n");
        const unplaced = await run(["import", "registry", people], env);
        expect(unplaced.code).toBe(2);
        expect(unplaced.stderr).toContain('Cannot tell what "people" holds');
        const entity = await run(["import", "registry", people, "--entity", "people"], env);
        expect(entity.code).toBe(2);
        expect(entity.stderr).toContain("--entity must be one of organizations, contacts, partnerships, memberships");
        const format = await run(["export", "registry", "--format", "ods", "--output", join(folder, "x.ods")], env);
        expect(format.code).toBe(2);
        expect(format.stderr).toContain("--format must be one of csv, xlsx");
      },
      SLOW,
    );
  });
}
