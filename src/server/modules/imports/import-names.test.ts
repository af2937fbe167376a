import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { csvText, involvementCsv } from "../../../../test/support/involvement-files.js";
import { upload } from "../../../../test/support/uploads.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";

for (const dialect of DIALECTS) {
  describe(`names an import would create, on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const importRegistry = (content: string, query: string, language = "en") =>
      upload(t.app, t.world.tokens.admin, `/api/v1/imports/registry${query}`, [{ name: "organizations.csv", content }], {
        "accept-language": language,
      });

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      await buildOrganization(t.database.db, { name: "Hamilton East Youth Safety Coalition", sector: "youth_organizations" });
      await buildOrganization(t.database.db, { name: "Hamilton Police Service — Community Mobilization Division", sector: "police" });
      await buildPartnership(t.database.db, { programId: t.world.programs.own.id, name: "Hamilton Youth Justice Diversion Program" });
    });
    afterAll(() => t.close());

    it("warns on a dry run about every new name close to a registered one, naming the closest, and writes nothing", async () => {
      const before = await fingerprint(t.database.db);
      const file = csvText([
        ["name", "sector"],
        ["Hamilton East Youth Safty Coalition", "youth_organizations"],
        ["Hamilton Police Service", "police"],
        ["Escarpment Food Bank", "other"],
      ]);
      const res = await importRegistry(file, "?dryRun=true");
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().counts.organizations.created).toBe(3);
      expect(res.json().warnings).toEqual([
        {
          entity: "organizations",
          line: 2,
          column: "name",
          message:
            'would create "Hamilton East Youth Safty Coalition", which is close to "Hamilton East Youth Safety Coalition"; check that it is not the same organization spelt differently',
        },
        {
          entity: "organizations",
          line: 3,
          column: "name",
          message: expect.stringContaining('close to "Hamilton Police Service — Community Mobilization Division"'),
        },
      ]);
      expect(await fingerprint(t.database.db)).toBe(before);
      const french = (await importRegistry(file, "?dryRun=true", "fr")).json().warnings[0].message;
      expect(french).toBe(
        "créerait « Hamilton East Youth Safty Coalition », proche de « Hamilton East Youth Safety Coalition » ; vérifiez qu’il ne s’agit pas du même organisme écrit autrement",
      );
    });

    it("warns about a new partnership close to one of the same program, and a new program close to a program", async () => {
      const res = await upload(t.app, t.world.tokens.admin, "/api/v1/imports/involvement?dryRun=true", [
        {
          name: "answers.csv",
          content: involvementCsv([
            {
              program: "CMP",
              partnership: "Hamilton Youth Justice Diversion",
              organization: "Own Member School Board",
              perspective: "partner",
            },
            {
              program: "Community Mobilisation Program",
              partnership: "Anything",
              organization: "Own Member School Board",
              perspective: "partner",
            },
          ]),
        },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      expect(
        res
          .json()
          .warnings.map((warning: { line: number; column: string; message: string }) => [warning.line, warning.column, warning.message]),
      ).toEqual([
        [
          2,
          "partnership",
          expect.stringContaining('close to "Hamilton Youth Justice Diversion Program"; check that it is not the same partnership'),
        ],
        [3, "program", expect.stringContaining('close to "Community Mobilization Program"; check that it is not the same program')],
      ]);
    });

    it("with no-create, refuses every name that matches nothing instead of creating it, and writes nothing", async () => {
      const before = await fingerprint(t.database.db);
      const res = await upload(t.app, t.world.tokens.admin, "/api/v1/imports/involvement?noCreate=true", [
        {
          name: "answers.csv",
          content: involvementCsv([
            { program: "XYZ", partnership: "Anything", organization: "Own Member School Board", perspective: "partner" },
            { program: "CMP", partnership: "Own Partnership", organization: "Nobody Registered", perspective: "partner" },
            { program: "CMP", partnership: "Own Partnership", organization: "Own Member School Board", perspective: "partner" },
          ]),
        },
      ]);
      expect(res.statusCode, res.body).toBe(400);
      expect(
        res.json().errors.map((error: { line: number; column: string; message: string }) => [error.line, error.column, error.message]),
      ).toEqual([
        [2, "program", "matches no program, and this import only matches existing names (got 'XYZ')"],
        [3, "organization", "matches no organization, and this import only matches existing names (got 'Nobody Registered')"],
      ]);
      expect(await fingerprint(t.database.db)).toBe(before);
    });
  });
}
