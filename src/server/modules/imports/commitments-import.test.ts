import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization } from "../../../../test/support/factories.js";
import { daysFromToday } from "../../../../test/support/ledger-factories.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";
import { OPERATOR } from "../../actor.js";
import { importCommitments } from "./commitments/service.js";
import { renderReport } from "./report.js";

const HEADER =
  "program,partnership,organization,description,axis,pledged_on,due_on,status,delivered_on,current_due_on,status_on,reason,evidence";
const csv = (...lines: string[]) => Buffer.from([HEADER, ...lines].join("\n"));
const d = daysFromToday;

/** A file with a commitment in every state the columns can describe. */
function everyState(): Buffer {
  return csv(
    `CMP,Own Partnership,Own Member School Board,Open the gym on Friday nights,prevention,${d(-60)},${d(30)},,,,,,`,
    `cmp,own partnership,own member school board,Train staff in de-escalation,intervention,${d(-60)},${d(10)},in_progress,,,${d(-20)},,`,
    `CMP,Own Partnership,Own Lead Agency,Publish a safety audit,prevention,${d(-60)},${d(-5)},delivered,${d(-5)},,,,Report on the site`,
    `CMP,Own Partnership,Own Lead Agency,Fund a street worker,reentry,${d(-60)},${d(-10)},slipped,,${d(20)},${d(-12)},Budget vote delayed,`,
    `CMP,Own Partnership,Own Member School Board,Share attendance data,enforcement,${d(-60)},${d(-1)},withdrawn,,,${d(-1)},Privacy rules,`,
  );
}

for (const dialect of DIALECTS) {
  describe(`commitments import on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const run = (data: Buffer, dryRun = false, name = "ledger.csv") =>
      importCommitments(t.database.db, OPERATOR, { name, data }, { dryRun });
    const problemsOf = async (data: Buffer) =>
      renderReport(await run(data), "en").errors.map((problem) => `${problem.line}:${problem.column}: ${problem.message}`);

    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("checks on a dry run, imports every state with the events that make it, and changes nothing the second time", async () => {
      const before = await fingerprint(t.database.db);
      const dry = await run(everyState(), true);
      expect(dry.errors).toEqual([]);
      expect(dry.counts.commitments).toEqual({ created: 5, updated: 0, unchanged: 0 });
      expect(await fingerprint(t.database.db)).toBe(before);

      const imported = await run(everyState());
      expect(imported).toMatchObject({ written: true, counts: { commitments: { created: 5, updated: 0, unchanged: 0 } } });
      const ledger = (await t.as("admin").get(`/api/v1/partnerships/${t.world.partnerships.own.id}/commitments?pageSize=100`)).json().data;
      const byDescription = new Map(ledger.map((c: { description: string; id: string }) => [c.description, c]));
      expect(byDescription.get("Fund a street worker")).toMatchObject({
        status: "slipped",
        dueOn: d(-10),
        currentDueOn: d(20),
        statusOn: d(-12),
      });
      expect(byDescription.get("Publish a safety audit")).toMatchObject({
        status: "delivered",
        deliveredOn: d(-5),
        evidence: "Report on the site",
      });
      expect(byDescription.get("Share attendance data")).toMatchObject({ status: "withdrawn", withdrawnOn: d(-1) });
      const slipped = byDescription.get("Fund a street worker") as { id: string };
      const detail = (await t.as("admin").get(`/api/v1/commitments/${slipped.id}`)).json();
      expect(detail.events).toMatchObject([
        { from: null, to: "pledged", effectiveOn: d(-60) },
        { from: "pledged", to: "slipped", effectiveOn: d(-12), dueBefore: d(-10), dueAfter: d(20), reason: "Budget vote delayed" },
      ]);

      const again = await run(everyState());
      expect(again).toMatchObject({ written: false, counts: { commitments: { created: 0, updated: 0, unchanged: 5 } } });
    });

    it("a later file that moves a commitment on writes that move; one that goes back is refused", async () => {
      const line = (status: string, deliveredOn: string) =>
        csv(
          `CMP,Own Partnership,Own Member School Board,Train staff in de-escalation,intervention,${d(-60)},${d(10)},${status},${deliveredOn},,,,`,
        );
      const delivered = await run(line("delivered", d(0)));
      expect(delivered).toMatchObject({ written: true, counts: { commitments: { created: 0, updated: 1, unchanged: 0 } } });
      expect(await problemsOf(line("pledged", ""))).toEqual(["2:status: cannot move a commitment from delivered to pledged"]);
    });

    it("reads an XLSX workbook the same way", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Commitments");
      sheet.addRow(HEADER.split(","));
      sheet.addRow(["CMP", "Own Partnership", "Own Lead Agency", "Light the underpass", "prevention", d(-3), d(40)]);
      const data = Buffer.from(await workbook.xlsx.writeBuffer());
      expect(await run(data, false, "ledger.xlsx")).toMatchObject({ written: true, counts: { commitments: { created: 1 } } });
    });

    it("names the line and column of every problem, and writes nothing", async () => {
      await buildOrganization(t.database.db, { name: "Outsider Agency" });
      const before = await fingerprint(t.database.db);
      const problems = await problemsOf(
        csv(
          `CMP,Own Partnership,Outsider Agency,Walk the school route,prevention,${d(-5)},${d(5)},,,,,,`,
          `CMP,Own Partnership,Own Lead Agency,Late pledge,prevention,${d(-5)},${d(-6)},,,,,,`,
          `CMP,Own Partnership,Own Lead Agency,Slip without reason,prevention,${d(-9)},${d(5)},slipped,,${d(5)},${d(-1)},,`,
          `CMP,Own Partnership,Own Lead Agency,Withdrawn without date,prevention,${d(-9)},${d(5)},withdrawn,,,,,`,
          `CMP,Own Partnership,Own Lead Agency,Delivered tomorrow,prevention,${d(-9)},${d(5)},delivered,${d(1)},,,,`,
          `CMP,Own Partnership,Own Lead Agency,Delivered without date,prevention,${d(-9)},${d(5)},delivered,,,,,`,
          `CMP,Nowhere Partnership,Own Lead Agency,Anything,prevention,${d(-9)},${d(5)},,,,,,`,
          `CMP,Own Partnership,Own Lead Agency,Bad axis,rehabilitation,yesterday,${d(5)},lost,,,,,`,
          `CMP,Own Partnership,Own Lead Agency,Twice,prevention,${d(-9)},${d(5)},,,,,,`,
          `CMP,Own Partnership,Own Lead Agency, twice ,prevention,${d(-9)},${d(5)},,,,,,`,
          `CMP,Own Partnership,Own Lead Agency,Evidence without delivery,prevention,${d(-9)},${d(5)},,,,,,Photos`,
        ),
      );
      expect(problems).toEqual([
        `3:due_on: must not be before the date pledged (${d(-5)})`,
        "4:reason: is required when the status is slipped",
        "5:status_on: is required when the status is withdrawn",
        "5:reason: is required when the status is withdrawn",
        `6:delivered_on: must not be after today (${d(0)})`,
        "7:delivered_on: is required when the status is delivered",
        expect.stringMatching(/^9:axis: /),
        expect.stringMatching(/^9:pledged_on: /),
        expect.stringMatching(/^9:status: /),
        "12:evidence: is only given when the status is delivered",
        "2:organization: Outsider Agency is not a member of this partnership (got 'Outsider Agency')",
        "8:partnership: does not match any partnership of this program that you may change (got 'Nowhere Partnership')",
        "11:description: repeats the commitment of line 10",
      ]);
      expect(problems).toHaveLength(13);
      expect(await fingerprint(t.database.db)).toBe(before);
    });

    it("refuses a slip whose new due date is not later than due_on", async () => {
      expect(
        await problemsOf(csv(`CMP,Own Partnership,Own Lead Agency,Slip back,prevention,${d(-9)},${d(5)},slipped,,${d(4)},${d(-1)},Rain,`)),
      ).toEqual([`2:current_due_on: must be a date later than the current due date (${d(5)})`]);
    });

    it("refuses a file without a required column, on line 1", async () => {
      expect(await problemsOf(Buffer.from("program,partnership,organization,description,axis,pledged_on\n"))).toEqual([
        "1:due_on: is a required column and is missing from the header",
      ]);
    });
  });
}
