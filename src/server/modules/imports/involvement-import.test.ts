import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization } from "../../../../test/support/factories.js";
import {
  cellsOf,
  COLLABORATION_ANSWERS,
  csvText,
  INVOLVEMENT_HEADER,
  involvementCsv,
  type InvolvementFileRow,
} from "../../../../test/support/involvement-files.js";
import { sharedDecisionRubric, storeRubric } from "../../../../test/support/involvement-factories.js";
import { upload } from "../../../../test/support/uploads.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";

const IMPORT = "/api/v1/imports/involvement";

type StoredRecord = {
  perspective: string;
  round: string;
  respondent: string | null;
  indicators: Record<string, boolean | null>;
  classification: Record<string, unknown>;
};

for (const dialect of DIALECTS) {
  describe(`involvement import on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const importAs = (who: "admin" | "programOfficer" | "coordinator", content: string | Uint8Array, query = "", name = "answers.csv") =>
      upload(t.app, t.world.tokens[who], `${IMPORT}${query}`, [{ name, content }]);
    const recordsOf = async (partnershipId: string, membershipId: string): Promise<StoredRecord[]> =>
      (await t.as("admin").get(`/api/v1/partnerships/${partnershipId}/members/${membershipId}/involvement`)).json().data;
    const withoutTime = (classification: Record<string, unknown>) => ({ ...classification, classifiedAt: undefined });

    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("imports answers, matching names without case or accents, and lists the program, partnership and organizations it creates", async () => {
      const rows: InvolvementFileRow[] = [
        {
          program: "community mobilization program",
          partnership: " OWN partnership ",
          organization: "own member school board",
          perspective: "lead",
          respondent: "Dana",
          answers: COLLABORATION_ANSWERS,
        },
        {
          program: "CMP",
          partnership: "Own Partnership",
          organization: "Écoles Nouvelles",
          perspective: "partner",
          round: "Midterm",
          answers: { proposal_copy: "yes" },
        },
        {
          program: "Youth Fund",
          partnership: "Harbour Youth Safety",
          organization: "Centre Jeunesse Lévis",
          perspective: "lead",
          round: "final",
        },
        {
          program: "youth fund",
          partnership: "harbour youth safety",
          organization: "CENTRE JEUNESSE LEVIS",
          perspective: "partner",
          round: "final",
          answers: { human_resources: "yes" },
        },
      ];
      const res = await importAs("admin", involvementCsv(rows));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        kind: "involvement",
        dryRun: false,
        written: true,
        rows: 4,
        counts: {
          involvementRecords: { created: 4, updated: 0, unchanged: 0 },
          memberships: { created: 2, unchanged: 1 },
          organizations: { created: 2, unchanged: 1 },
          partnerships: { created: 1, unchanged: 1 },
          programs: { created: 1, unchanged: 1 },
        },
        created: {
          programs: [{ code: "YF", name: "Youth Fund" }],
          partnerships: [{ program: "YF", name: "Harbour Youth Safety", leadOrganization: "Centre Jeunesse Lévis" }],
          organizations: [
            { name: "Écoles Nouvelles", sector: "other" },
            { name: "Centre Jeunesse Lévis", sector: "other" },
          ],
        },
        errors: [],
      });
      const [record] = await recordsOf(t.world.partnerships.own.id, t.world.memberships.own.id);
      expect(record).toMatchObject({
        perspective: "lead",
        round: "baseline",
        respondent: "Dana",
        indicators: { shared_decision_making: true, proposal_copy: null },
      });

      // The same answers saved through the API classify identically.
      const organization = await buildOrganization(t.database.db);
      const membership = await buildMembership(t.database.db, t.world.partnerships.own.id, organization.id);
      const url = `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${membership.id}/involvement/lead/baseline`;
      const saved = await t
        .as("admin")
        .put(url, { indicators: { shared_decision_making: true, responsible_implementation: true, reporting_results: true } });
      expect(record && withoutTime(record.classification)).toEqual(withoutTime(saved.json().classification));
      expect(record?.classification).toMatchObject({ type: "collaboration", complete: false });
    });

    it("imports the sample file of the tests' fixtures: semicolons, a byte-order mark, CRLF and a quoted line break", async () => {
      const res = await importAs("admin", readFileSync(new URL("../../../../test/fixtures/involvement.csv", import.meta.url)));
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        rows: 3,
        counts: { involvementRecords: { created: 3 } },
        created: { partnerships: [{ program: "CMP", name: "Harbour Youth Safety", leadOrganization: "Ville de Lévis" }] },
      });
      const stored = await t.database.db
        .selectFrom("involvement_records")
        .innerJoin("memberships", "memberships.id", "involvement_records.membership_id")
        .innerJoin("partnerships", "partnerships.id", "memberships.partnership_id")
        .innerJoin("organizations", "organizations.id", "memberships.organization_id")
        .select(["organizations.name", "involvement_records.perspective", "involvement_records.respondent", "involvement_records.type"])
        .where("partnerships.name", "=", "Harbour Youth Safety")
        .where("partnerships.program_id", "=", t.world.programs.own.id)
        .orderBy("organizations.name_key")
        .orderBy("involvement_records.perspective")
        .execute();
      expect(stored).toEqual([
        { name: "Centre jeunesse de Lévis", perspective: "lead", respondent: "Dana Lee", type: "cooperation" },
        { name: "Centre jeunesse de Lévis", perspective: "partner", respondent: "Sam Côté\n(director)", type: "coordination" },
        { name: "Ville de Lévis", perspective: "lead", respondent: "Dana Lee", type: "collaboration" },
      ]);
    });

    it("changes nothing, not even the audit trail, when the same file is imported again", async () => {
      const rows: InvolvementFileRow[] = [
        {
          program: "CMP",
          partnership: "Own Partnership",
          organization: "Again Members Club",
          perspective: "lead",
          answers: { support_letter: "no", proposal_copy: "yes" },
        },
        {
          program: "CMP",
          partnership: "Own Partnership",
          organization: "Again Members Club",
          perspective: "partner",
          answers: { support_letter: "yes" },
        },
      ];
      expect((await importAs("admin", involvementCsv(rows))).statusCode).toBe(200);
      const before = await fingerprint(t.database.db);
      const again = await importAs("admin", involvementCsv(rows));
      expect(again.json()).toMatchObject({
        written: false,
        counts: { involvementRecords: { created: 0, updated: 0, unchanged: 2 }, organizations: { created: 0 } },
        created: { organizations: [] },
      });
      expect(await fingerprint(t.database.db)).toBe(before);
    });

    it("replaces changed answers in place, keeping the record and its respondent when the file has no respondent column", async () => {
      const row: InvolvementFileRow = {
        program: "CMP",
        partnership: "Own Partnership",
        organization: "Replace Street Mission",
        perspective: "lead",
        respondent: "Kim",
        answers: { proposal_copy: "yes" },
      };
      await importAs("admin", involvementCsv([row]));
      const [membership] = await t.database.db
        .selectFrom("memberships")
        .innerJoin("organizations", "organizations.id", "memberships.organization_id")
        .select("memberships.id")
        .where("organizations.name", "=", "Replace Street Mission")
        .execute();
      const membershipId = membership?.id ?? "";
      const [first] = await recordsOf(t.world.partnerships.own.id, membershipId);
      const header = INVOLVEMENT_HEADER.filter((column) => column !== "respondent");
      const changed = await importAs(
        "admin",
        involvementCsv([{ ...row, answers: { proposal_copy: "yes", coordinated_activities: "yes" } }], { header }),
      );
      expect(changed.json().counts.involvementRecords).toEqual({ created: 0, updated: 1, unchanged: 0 });
      const [second] = await recordsOf(t.world.partnerships.own.id, membershipId);
      expect(second).toMatchObject({
        respondent: "Kim",
        indicators: { coordinated_activities: true },
        classification: { type: "coordination" },
      });
      expect(second && { ...second, indicators: undefined, classification: undefined, updatedAt: undefined }).toEqual(
        first && { ...first, indicators: undefined, classification: undefined, updatedAt: undefined },
      );
    });

    it("reports on a dry run exactly what the import would do, and writes nothing", async () => {
      const csv = involvementCsv([
        {
          program: "Dry Fund",
          partnership: "Dry Harbour",
          organization: "Dry Dock Youth",
          perspective: "lead",
          answers: { proposal_copy: "oui" },
        },
      ]);
      const before = await fingerprint(t.database.db);
      const dry = await importAs("admin", csv, "?dryRun=true");
      expect(dry.statusCode).toBe(200);
      expect(await fingerprint(t.database.db)).toBe(before);
      expect(dry.json()).toMatchObject({ dryRun: true, written: false, created: { programs: [{ code: "DF", name: "Dry Fund" }] } });
      const real = await importAs("admin", csv, "?dryRun=false");
      expect({ ...real.json(), dryRun: true, written: false }).toEqual(dry.json());
    });

    it("reads semicolons, a byte-order mark, quoted line breaks and CRLF, numbering rows by the line they start on", async () => {
      const rows: InvolvementFileRow[] = [
        {
          program: "CMP",
          partnership: "Own Partnership",
          organization: "Semicolon; Partners",
          perspective: "lead",
          respondent: "Ana\nRuiz\n(coordinator)",
        },
        {
          program: "CMP",
          partnership: "Own Partnership",
          organization: "Semicolon; Partners",
          perspective: "partner",
          answers: { reporting_results: "maybe" },
        },
      ];
      const lines = [INVOLVEMENT_HEADER, ...rows.map((row) => cellsOf(row))];
      const res = await importAs("admin", csvText(lines, { separator: ";", bom: true, lineEnd: "\r\n" }));
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        { entity: null, line: 5, column: "reporting_results", message: "must be yes or no (got 'maybe')" },
      ]);
      const fixed = csvText(lines.slice(0, 2), { separator: ";", bom: true, lineEnd: "\r\n" });
      const ok = await importAs("admin", fixed);
      expect(ok.json()).toMatchObject({ written: true, created: { organizations: [{ name: "Semicolon; Partners" }] } });
    });

    it("reads every spelling of yes and no in any case, and a blank cell as not answered", async () => {
      const spellings = ["Yes", "y", "TRUE", "1", "Oui", "No", "N", "false", "0", "NON", "", " yes ", "non"];
      const answers = Object.fromEntries(INVOLVEMENT_HEADER.slice(6).map((key, index) => [key, spellings[index] ?? ""]));
      const organization = "Spelling Bee League";
      expect(
        (
          await importAs(
            "admin",
            involvementCsv([{ program: "CMP", partnership: "Own Partnership", organization, perspective: "lead", answers }]),
          )
        ).statusCode,
      ).toBe(200);
      const stored = await t.database.db
        .selectFrom("involvement_records")
        .innerJoin("memberships", "memberships.id", "involvement_records.membership_id")
        .innerJoin("organizations", "organizations.id", "memberships.organization_id")
        .selectAll("involvement_records")
        .where("organizations.name", "=", organization)
        .executeTakeFirstOrThrow();
      expect(INVOLVEMENT_HEADER.slice(6).map((key) => stored[key as keyof typeof stored])).toEqual([
        1,
        1,
        1,
        1,
        1,
        0,
        0,
        0,
        0,
        0,
        null,
        1,
        0,
      ]);
    });

    it("imports the first sheet of an XLSX workbook, whatever type its cells have", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("answers");
      sheet.addRow(INVOLVEMENT_HEADER);
      sheet.addRow(["CMP", "Own Partnership", "Workbook Friends", "lead", "final", "Lee", true, false, 1, 0, null, "yes", "NO"]);
      workbook.addWorksheet("notes").addRow(["not read"]);
      const res = await importAs("admin", Buffer.from(await workbook.xlsx.writeBuffer()), "", "answers.xlsx");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().counts.involvementRecords.created).toBe(1);
      const record = await t.database.db
        .selectFrom("involvement_records")
        .selectAll()
        .where("respondent", "=", "Lee")
        .executeTakeFirstOrThrow();
      expect([
        record.round,
        record.proposal_copy,
        record.support_letter,
        record.proposal_committee,
        record.planned_implementation,
        record.responsible_implementation,
        record.financial_resources,
        record.human_resources,
      ]).toEqual(["final", 1, 0, 1, 0, null, 1, 0]);
    });

    it("classifies with the rubric the program chose, as saving through the API does", async () => {
      await storeRubric(t.database.db, sharedDecisionRubric(`import-${dialect}`));
      expect(
        (await t.as("admin").put(`/api/v1/programs/${t.world.programs.foreign.id}/default-rubric`, { rubricId: `import-${dialect}` }))
          .statusCode,
      ).toBe(200);
      const res = await importAs(
        "admin",
        involvementCsv([
          {
            program: "BAP",
            partnership: "Foreign Partnership",
            organization: "Foreign Member Police",
            perspective: "lead",
            answers: { shared_decision_making: "yes" },
          },
        ]),
      );
      expect(res.statusCode, res.body).toBe(200);
      const [record] = await recordsOf(t.world.partnerships.foreign.id, t.world.memberships.foreign.id);
      expect(record?.classification).toMatchObject({ type: "engaged", rubric: { id: `import-${dialect}`, version: 1 } });
    });
  });
}
