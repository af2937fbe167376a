import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { csvText, INVOLVEMENT_HEADER, involvementCsv, type InvolvementFileRow } from "../../../../test/support/involvement-files.js";
import { upload } from "../../../../test/support/uploads.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";

const IMPORT = "/api/v1/imports/involvement";
const own = { program: "CMP", partnership: "Own Partnership" };

for (const dialect of DIALECTS) {
  describe(`involvement import rules on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const importAs = (who: "admin" | "programOfficer" | "coordinator", content: string | Uint8Array, name = "answers.csv") =>
      upload(t.app, t.world.tokens[who], IMPORT, [{ name, content }]);
    /** Imports as `who` and expects the file refused with these problems, and nothing written. */
    async function expectRefused(
      who: "admin" | "programOfficer" | "coordinator",
      content: string,
      errors: { line: number | null; column: string | null; message: string | RegExp }[],
    ) {
      const before = await fingerprint(t.database.db);
      const res = await importAs(who, content);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ written: false, error: { code: "validation_failed" } });
      expect(
        res.json().errors.map((error: { line: number; column: string; message: string }) => ({
          line: error.line,
          column: error.column,
          message: error.message,
        })),
      ).toEqual(
        errors.map((error) => ({
          ...error,
          message: typeof error.message === "string" ? error.message : expect.stringMatching(error.message),
        })),
      );
      expect(await fingerprint(t.database.db)).toBe(before);
    }

    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("reports every bad row with its line and column, and writes none of the good ones", async () => {
      const rows: InvolvementFileRow[] = [
        { ...own, organization: "Good One", perspective: "lead", answers: { proposal_copy: "yes" } },
        { ...own, organization: "Bad Answer", perspective: "lead", answers: { support_letter: "peut-être" } },
        { ...own, organization: "Good Two", perspective: "partner" },
        { ...own, organization: "Bad Perspective", perspective: "funder" },
        { ...own, organization: "Bad Round", perspective: "lead", round: "mid term" },
        { ...own, organization: "", perspective: "lead" },
        { ...own, organization: "good two", perspective: "Partner", round: "BASELINE" },
      ];
      await expectRefused("admin", involvementCsv(rows), [
        { line: 3, column: "support_letter", message: "must be yes or no (got 'peut-être')" },
        { line: 5, column: "perspective", message: "must be one of lead, partner (got 'funder')" },
        { line: 6, column: "round", message: /^must be 1 to 40 letters.*\(got 'mid term'\)$/ },
        { line: 7, column: "organization", message: "is required" },
        {
          line: 8,
          column: "organization",
          message: "repeats line 4: the same organization, partnership, perspective (partner) and round (baseline)",
        },
      ]);
    });

    it("refuses a header with a missing required column, an unknown indicator column or a column named twice", async () => {
      const header = [
        ...INVOLVEMENT_HEADER.filter((column) => column !== "perspective" && column !== "support_letter"),
        "support_leter",
        "Round",
      ];
      await expectRefused("admin", csvText([header, header.map(() => "")]), [
        { line: 1, column: "support_leter", message: /^is not a column of this file; the columns are program, partnership/ },
        { line: 1, column: "Round", message: "appears more than once in the header" },
        { line: 1, column: "perspective", message: "is a required column and is missing from the header" },
        { line: 1, column: "support_letter", message: "is a required column and is missing from the header" },
      ]);
    });

    it("refuses a value under a column with no name, a file that is not UTF-8 and a quote never closed", async () => {
      const row = [
        ...INVOLVEMENT_HEADER.map(
          (column) => ({ program: "CMP", partnership: "Own Partnership", organization: "X", perspective: "lead" })[column] ?? "",
        ),
        "stray",
      ];
      await expectRefused("admin", csvText([[...INVOLVEMENT_HEADER, ""], row]), [
        { line: 2, column: null, message: "has a value in column 20, which has no name in the header" },
      ]);
      const latin1 = Buffer.from(`${INVOLVEMENT_HEADER.join(",")}\nCMP,Own Partnership,Soci\xe9t\xe9,lead\n`, "latin1");
      const notUtf8 = await importAs("admin", latin1);
      expect(notUtf8.json().errors).toEqual([
        { entity: null, line: null, column: null, message: 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.' },
      ]);
      const unclosed = await importAs("admin", `${INVOLVEMENT_HEADER.join(",")}\nCMP,"Own Partnership,X,lead\n`);
      expect(unclosed.json().errors).toEqual([
        { entity: null, line: 2, column: null, message: "The file cannot be read: the quoted field that starts on line 2 is never closed" },
      ]);
    });

    it("asks for a sector when a name belongs to organizations of several sectors, and finds the one the sector names", async () => {
      await buildOrganization(t.database.db, { name: "Harbour Watch", sector: "police" });
      await buildOrganization(t.database.db, { name: "Harbour Watch", sector: "community_residents" });
      const row: InvolvementFileRow = { ...own, organization: "harbour watch", perspective: "lead" };
      await expectRefused("admin", involvementCsv([row]), [
        {
          line: 2,
          column: "organization",
          message:
            "names organizations in several sectors (police, community_residents); add a sector column to say which (got 'harbour watch')",
        },
      ]);
      const header = [...INVOLVEMENT_HEADER, "Sector"];
      await expectRefused("admin", involvementCsv([row], { header }), [
        {
          line: 2,
          column: "organization",
          message:
            "names organizations in several sectors (police, community_residents); fill in the sector column to say which (got 'harbour watch')",
        },
      ]);
      const res = await importAs("admin", involvementCsv([{ ...row, sector: "Community residents" }], { header }));
      expect(res.json(), res.body).toMatchObject({
        counts: { organizations: { created: 0, unchanged: 1 } },
        created: { organizations: [] },
      });
    });

    it("keeps a program officer inside the programs assigned to them", async () => {
      await expectRefused(
        "programOfficer",
        involvementCsv([
          { program: "BAP", partnership: "Foreign Partnership", organization: "Foreign Member Police", perspective: "lead" },
          { program: "Brand New Fund", partnership: "Anything", organization: "Anyone", perspective: "lead" },
        ]),
        [
          { line: 2, column: "program", message: "is not one of the programs assigned to you (got 'BAP')" },
          {
            line: 3,
            column: "program",
            message: "does not match any program's code or name, and only administrators can add programs (got 'Brand New Fund')",
          },
        ],
      );
      const res = await importAs(
        "programOfficer",
        involvementCsv([
          { program: "CMP", partnership: "Officer's New Partnership", organization: "Officer Friends", perspective: "lead" },
        ]),
      );
      expect(res.json()).toMatchObject({
        written: true,
        created: { partnerships: [{ program: "CMP", name: "Officer's New Partnership", leadOrganization: "Officer Friends" }] },
      });
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select(["user_id", "entity"])
        .where("entity", "=", "import")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(audit.user_id).toBe(t.world.users.programOfficer.id);
    });

    it("keeps a coordinator inside the partnerships they coordinate, saying the same of one that does not exist", async () => {
      const refusal = "is not one of the partnerships you coordinate in this program";
      for (let twin = 0; twin < 2; twin += 1)
        await buildPartnership(t.database.db, { programId: t.world.programs.own.id, name: "Twin Partnership" });
      await expectRefused(
        "coordinator",
        involvementCsv([
          { program: "BAP", partnership: "Foreign Partnership", organization: "Foreign Member Police", perspective: "lead" },
          { program: "CMP", partnership: "No Such Partnership", organization: "Anyone", perspective: "lead" },
          { program: "CMP", partnership: "Twin Partnership", organization: "Anyone", perspective: "lead" },
        ]),
        [
          { line: 2, column: "partnership", message: `${refusal} (got 'Foreign Partnership')` },
          { line: 3, column: "partnership", message: `${refusal} (got 'No Such Partnership')` },
          { line: 4, column: "partnership", message: `${refusal} (got 'Twin Partnership')` },
        ],
      );
      await expectRefused(
        "admin",
        involvementCsv([{ program: "CMP", partnership: "twin partnership", organization: "Anyone", perspective: "lead" }]),
        [
          {
            line: 2,
            column: "partnership",
            message: "matches 2 partnerships of program CMP; rename one of them first (got 'twin partnership')",
          },
        ],
      );
      const res = await importAs(
        "coordinator",
        involvementCsv([{ ...own, organization: "Own Member School Board", perspective: "partner", round: "coordinator-round" }]),
      );
      expect(res.json()).toMatchObject({ written: true, counts: { involvementRecords: { created: 1 } } });
    });

    it("answers 413 for a file over 20 MB, 415 for a body that is not a form, and 400 without a file", async () => {
      const big = await importAs("admin", new Uint8Array(21 * 1024 * 1024).fill(0x41));
      expect(big.statusCode).toBe(413);
      expect(big.json().error).toEqual({
        code: "payload_too_large",
        message: "The file is larger than 20 MB; split it into smaller files",
      });
      const json = await t.as("admin").post(IMPORT, { rows: [] });
      expect(json.statusCode).toBe(415);
      expect(json.json().error.message).toBe("Send the file as multipart/form-data, in a field named file");
      const none = await upload(t.app, t.world.tokens.admin, IMPORT, []);
      expect(none.statusCode).toBe(400);
      expect(none.json().error.details).toMatchObject([{ field: "file", message: "is required: attach a CSV or XLSX file" }]);
      const twoFiles = await upload(t.app, t.world.tokens.admin, IMPORT, [
        { name: "a.csv", content: "a" },
        { name: "b.csv", content: "b" },
      ]);
      expect(twoFiles.statusCode).toBe(400);
    });
  });
}
