import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { csvText } from "../../../../test/support/involvement-files.js";
import { upload } from "../../../../test/support/uploads.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";

const IMPORT = "/api/v1/imports/registry";

async function workbook(sheets: Record<string, (string | number | boolean | null)[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

for (const dialect of DIALECTS) {
  describe(`registry import rules on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const importFiles = (files: { name: string; content: string | Uint8Array }[], query = "") =>
      upload(t.app, t.world.tokens.admin, `${IMPORT}${query}`, files);

    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("reports every bad row of every sheet with its sheet, line and column, and writes nothing", async () => {
      const content = await workbook({
        organizations: [
          ["name", "sector", "has_crime_prevention_mandate"],
          ["Harbour Watch", "Polce", "yes"],
          ["Harbour Watch", "police", "maybe"],
          ["harbour watch", "Police", ""],
          ["", "schools", ""],
        ],
        contacts: [
          ["organization", "organization_sector", "name", "email"],
          ["Harbour Watch", "police", "Ana Ruiz", "ana@"],
        ],
        partnerships: [
          ["program", "name", "lead_organization", "status", "start_date", "end_date", "priority_groups"],
          ["CMP", "Harbour Youth", "Own Lead Agency", "ongoing", "2026-05-01", "2026-01-01", "youth; teens"],
        ],
        memberships: [
          ["program", "partnership", "organization", "joined_on", "left_on", "representative"],
          ["CMP", "Own Partnership", "Own Member School Board", "2026-05-01", "2026-01-01", "nobody@example.org"],
        ],
      });
      const before = await fingerprint(t.database.db);
      const res = await importFiles([{ name: "registry.xlsx", content }]);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([
        {
          entity: "organizations",
          line: 2,
          column: "sector",
          message: expect.stringMatching(/^must be one of police, courts, .*\(got 'Polce'\)$/),
        },
        { entity: "organizations", line: 3, column: "has_crime_prevention_mandate", message: "must be yes or no (got 'maybe')" },
        { entity: "organizations", line: 4, column: "name", message: "repeats line 3: the same organization (name and sector)" },
        { entity: "organizations", line: 5, column: "name", message: "is required" },
        { entity: "contacts", line: 2, column: "email", message: "must be a valid email address (got 'ana@')" },
        {
          entity: "partnerships",
          line: 2,
          column: "priority_groups",
          message: expect.stringMatching(/^must list values among children, youth, .*\(got 'teens'\)$/),
        },
        {
          entity: "partnerships",
          line: 2,
          column: "status",
          message: "must be one of planning, active, completed, suspended (got 'ongoing')",
        },
        { entity: "partnerships", line: 2, column: "end_date", message: "must not be before the start date" },
        {
          entity: "memberships",
          line: 2,
          column: "representative",
          message: "is not a contact of Own Member School Board: give the email or name of one of its contacts (got 'nobody@example.org')",
        },
        { entity: "memberships", line: 2, column: "left_on", message: "must not be before the date joined" },
      ]);
      expect(await fingerprint(t.database.db)).toBe(before);
    });

    it("makes a new partnership's lead a member, also when the memberships sheet says nothing of it", async () => {
      const content = await workbook({
        partnerships: [
          ["program", "name", "lead_organization", "lead_organization_sector"],
          ["CMP", "Lead Only Partnership", "Lead Only Agency", "police"],
          ["CMP", "Critic Partnership", "Critic Lead", "schools"],
        ],
        memberships: [
          ["program", "partnership", "organization", "is_critic", "axis_stages"],
          ["CMP", "Critic Partnership", "Critic Lead", "yes", "Prevention; reentry"],
        ],
      });
      const res = await importFiles([{ name: "registry.xlsx", content }]);
      expect(res.json(), res.body).toMatchObject({ written: true, counts: { memberships: { created: 2 }, organizations: { created: 2 } } });
      const rows = await t.database.db
        .selectFrom("memberships")
        .innerJoin("organizations", "organizations.id", "memberships.organization_id")
        .select(["organizations.name", "organizations.sector", "memberships.is_critic", "memberships.axis_stages"])
        .where("organizations.name", "in", ["Lead Only Agency", "Critic Lead"])
        .orderBy("organizations.name")
        .execute();
      expect(rows).toEqual([
        { name: "Critic Lead", sector: "schools", is_critic: 1, axis_stages: '["prevention","reentry"]' },
        { name: "Lead Only Agency", sector: "police", is_critic: 0, axis_stages: null },
      ]);
    });

    it("tells what a CSV file holds by its name, its header or the entity parameter", async () => {
      const organizations = csvText([
        ["name", "sector"],
        ["Dock Street Clinic", "health_care"],
      ]);
      const byHeader = await importFiles([{ name: "export.csv", content: organizations }], "?dryRun=true");
      expect(byHeader.json()).toMatchObject({ counts: { organizations: { created: 1 } } });
      const contacts = csvText([
        ["name", "email"],
        ["Kim Lee", "kim@example.org"],
      ]);
      const unknown = await importFiles([{ name: "people.csv", content: contacts }]);
      expect(unknown.json().errors).toEqual([
        {
          entity: null,
          line: null,
          column: null,
          message:
            'Cannot tell what "people" holds: name it organizations, contacts, partnerships, memberships or say which with the entity option',
        },
      ]);
      const told = await importFiles([{ name: "people.csv", content: contacts }], "?entity=contacts");
      expect(told.json().errors).toEqual([
        { entity: "contacts", line: 1, column: "organization", message: "is a required column and is missing from the header" },
      ]);
      const byName = await importFiles([{ name: "registry-contacts.csv", content: contacts }]);
      expect(byName.json().errors[0]).toMatchObject({ entity: "contacts", column: "organization" });
    });

    it("refuses a sheet it cannot place and two files holding the same entity", async () => {
      const organizations = csvText([
        ["name", "sector"],
        ["Dock Street Clinic", "health_care"],
      ]);
      const twice = await importFiles([
        { name: "a.csv", content: organizations },
        { name: "organizations.csv", content: organizations },
      ]);
      expect(twice.json().errors).toEqual([
        { entity: null, line: null, column: null, message: 'Both "a" and "organizations" hold organizations; import one of them' },
      ]);
      const content = await workbook({ notes: [["anything"], ["at all"]] });
      expect((await importFiles([{ name: "book.xlsx", content }])).json().errors[0].message).toMatch(/^Cannot tell what "notes" holds/);
    });

    it("exports to a program officer only the partnerships of their programs and the organizations and contacts in them", async () => {
      const as = t.as("programOfficer");
      const text = async (entity: string) => (await as.get(`/api/v1/exports/registry?format=csv&entity=${entity}`)).body;
      expect(await text("partnerships")).toContain("Own Partnership");
      expect(await text("partnerships")).not.toContain("Foreign Partnership");
      const organizations = await text("organizations");
      expect(organizations).toContain("Own Member School Board");
      expect(organizations).not.toContain("Foreign");
      expect(await text("contacts")).not.toContain("foreign@example.org");
      expect(await text("memberships")).not.toContain("Foreign");
      const all = await t.as("admin").get("/api/v1/exports/registry?format=csv&entity=contacts");
      expect(all.body).toContain("foreign@example.org");
    });

    it("asks for the entity of a CSV export", async () => {
      const res = await t.as("admin").get("/api/v1/exports/registry?format=csv");
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject([
        { field: "entity", message: "is required for CSV, one file per entity: organizations, contacts, partnerships, memberships" },
      ]);
      expect((await t.as("admin").get("/api/v1/exports/registry?format=ods")).statusCode).toBe(400);
    });
  });
}
