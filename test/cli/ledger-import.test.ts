import { describe, expect, it } from "vitest";
import { involvementCsv, type InvolvementFileRow } from "../support/involvement-files.js";
import { daysFromToday as d } from "../support/ledger-factories.js";
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

const { file, targets } = commandEnvironments("ledger-import");

for (const target of targets) {
  describe(`convene import commitments on ${target.name}`, () => {
    const run = (args: string[], env: Record<string, string>) => runCli(args, { env, timeoutMs: 60_000 });

    it(
      "checks a ledger on a dry run, imports it, finds nothing to change the second time, and refuses bad rows by line and column",
      async () => {
        const env = await target.fresh();
        const members = file(`members-${target.name}.csv`, involvementCsv(rows));
        expect((await run(["import", "involvement", members], env)).code).toBe(0);
        const header =
          "program,partnership,organization,description,axis,pledged_on,due_on,status,delivered_on,current_due_on,status_on,reason,evidence";
        const ledger = file(
          `ledger-${target.name}.csv`,
          [
            header,
            `Youth Fund,Harbour Youth Safety,Centre jeunesse,Open the gym on Friday nights,prevention,${d(-30)},${d(10)},,,,,,`,
            `YF,harbour youth safety,ville de levis,Publish a safety audit,prevention,${d(-30)},${d(-2)},delivered,${d(-2)},,,,Posted online`,
          ].join("\n"),
        );
        const dry = await run(["import", "commitments", ledger, "--dry-run"], env);
        expect(dry.code, dry.stderr).toBe(0);
        expect(dry.stdout).toContain("everything checks out; nothing was written");
        const imported = await run(["import", "commitments", ledger], env);
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stdout).toMatch(/commitments\s+2\s+0\s+0/);
        const again = await run(["import", "commitments", ledger, "--json"], env);
        expect(again.code, again.stderr).toBe(0);
        expect(JSON.parse(again.stdout)).toMatchObject({
          written: false,
          counts: { commitments: { created: 0, updated: 0, unchanged: 2 } },
        });

        const bad = file(
          `bad-${target.name}.csv`,
          [header, `YF,Harbour Youth Safety,Nobody Agency,Anything,prevention,${d(-3)},${d(3)},withdrawn,,,,,`].join("\n"),
        );
        const refused = await run(["import", "commitments", bad], env);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain("line 2, column status_on: is required when the status is withdrawn");
        expect(refused.stderr).toContain("line 2, column reason: is required when the status is withdrawn");
      },
      SLOW,
    );
  });
}
