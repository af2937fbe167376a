import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTRY_ENTITIES } from "../../../contracts/imports.js";
import { clientFor, createTestApp, type Client, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildProgram, buildUser, tokenFor } from "../../../../test/support/factories.js";
import { registryView } from "../../../../test/support/registry-view.js";
import { upload, type UploadFile } from "../../../../test/support/uploads.js";
import { fingerprint } from "../../../../test/integration/role-matrix/matrix.js";

/** A fresh database with one administrator, and that administrator's client. */
async function emptyApp(dialect: (typeof DIALECTS)[number]) {
  const app = await createTestApp(dialect);
  const admin = await buildUser(app.database.db, { role: "admin" });
  const token = await tokenFor(app.database.db, admin.id);
  return { app, token, client: clientFor(app.app, token) };
}

/** A registry with what tends to break round trips: accents, line breaks, separators, formula-like text, one name in two sectors. */
async function buildRegistry(client: Client, programId: string) {
  const created = async (url: string, body: Record<string, unknown>): Promise<string> => {
    const res = await client.post(url, body);
    if (res.statusCode !== 201) throw new Error(`POST ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json().id;
  };
  const levis = await created("/api/v1/organizations", {
    name: "Ville de Lévis",
    sector: "municipal_government",
    governmentLevel: "municipal",
    hasCrimePreventionMandate: true,
    website: "https://www.ville.levis.qc.ca",
    notes: 'Line one\nLine two; with a semicolon, a comma and "quotes"',
  });
  const watchPolice = await created("/api/v1/organizations", { name: "Harbour Watch", sector: "police" });
  const watchResidents = await created("/api/v1/organizations", {
    name: "Harbour Watch",
    sector: "community_residents",
    notes: '=HYPERLINK("http://example.org")',
  });
  const ana = await created(`/api/v1/organizations/${watchPolice}/contacts`, {
    name: "Ana Ruiz",
    email: "Ana.Ruiz@example.org",
    phone: "+1 613 555 0100",
    preferredLanguage: "fr",
    verifiedOn: "2026-02-01",
  });
  const noEmail = await created(`/api/v1/organizations/${watchResidents}/contacts`, {
    name: "Sam Côté",
    title: "Chair, residents' association",
  });
  await created(`/api/v1/organizations/${levis}/contacts`, { name: "Lee Park", email: "lee@example.org" });
  const partnership = await created("/api/v1/partnerships", {
    name: "Harbour Youth Safety",
    programId,
    leadOrganizationId: levis,
    region: "Chaudière-Appalaches",
    priorityGroups: ["youth", "women_and_girls"],
    focusIssues: ["gangs", "school_safety"],
    startDate: "2026-01-01",
    endDate: "2027-12-31",
    fundingEndDate: "2027-06-30",
    status: "active",
    description: "Evenings, weekends;\nand summers",
  });
  await created(`/api/v1/partnerships/${partnership}/members`, {
    organizationId: watchPolice,
    joinedOn: "2026-01-15",
    representativeContactId: ana,
    origin: "inter_agency",
    isNewPartner: true,
    isCritic: true,
    axisStages: ["reentry", "prevention"],
    notes: "Joined after the first forum",
  });
  await created(`/api/v1/partnerships/${partnership}/members`, {
    organizationId: watchResidents,
    representativeContactId: noEmail,
    axisStages: [],
    leftOn: "2026-09-30",
  });
  await created("/api/v1/partnerships", { name: "Quiet Streets", programId, leadOrganizationId: watchResidents });
}

for (const dialect of DIALECTS) {
  describe(`registry round trip on ${dialect}`, () => {
    let source: { app: TestApp; token: string; client: Client };
    const targets: TestApp[] = [];

    beforeAll(async () => {
      source = await emptyApp(dialect);
      const program = await buildProgram(source.app.database.db, { code: "PNPC", name: "Programme national de prévention du crime" });
      await buildRegistry(source.client, program.id);
    });
    afterAll(async () => {
      await source.app.close();
      for (const target of targets) await target.close();
    });

    async function importInto(files: UploadFile[]) {
      const target = await emptyApp(dialect);
      targets.push(target.app);
      const res = await upload(target.app.app, target.token, "/api/v1/imports/registry", files);
      return { res, target };
    }

    it("reproduces the registry from an XLSX export imported into an empty database", async () => {
      const exported = await source.client.get("/api/v1/exports/registry?format=xlsx");
      expect(exported.statusCode).toBe(200);
      expect(exported.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(exported.headers["content-disposition"]).toMatch(/^attachment; filename="convene-registry-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const { res, target } = await importInto([{ name: "registry.xlsx", content: exported.rawPayload }]);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        written: true,
        counts: {
          programs: { created: 1 },
          organizations: { created: 3, updated: 0, unchanged: 0 },
          contacts: { created: 3 },
          partnerships: { created: 2 },
          memberships: { created: 4, updated: 0, unchanged: 0 },
        },
        created: { programs: [{ code: "PNPC", name: "Programme national de prévention du crime" }] },
      });
      const view = await registryView(source.client);
      expect(view.organizations.map((organization) => [organization.name, organization.contacts.length])).toEqual([
        ["Harbour Watch", 1],
        ["Harbour Watch", 1],
        ["Ville de Lévis", 1],
      ]);
      expect(view.partnerships.map((partnership) => partnership.members.length)).toEqual([3, 1]);
      expect(await registryView(target.client)).toEqual(view);
    });

    it("reproduces the registry from the four CSV exports sent together", async () => {
      const files: UploadFile[] = [];
      for (const entity of [...REGISTRY_ENTITIES].reverse()) {
        const exported = await source.client.get(`/api/v1/exports/registry?format=csv&entity=${entity}`);
        expect(exported.headers["content-type"]).toBe("text/csv; charset=utf-8");
        files.push({ name: `convene-${entity}.csv`, content: exported.rawPayload });
      }
      const { res, target } = await importInto(files);
      expect(res.statusCode, res.body).toBe(200);
      expect(await registryView(target.client)).toEqual(await registryView(source.client));
    });

    it("changes nothing when its own export is imported back, and updates only what a file changes", async () => {
      const exported = await source.client.get("/api/v1/exports/registry?format=csv&entity=organizations");
      const before = await fingerprint(source.app.database.db);
      const again = await upload(source.app.app, source.token, "/api/v1/imports/registry", [
        { name: "organizations.csv", content: exported.rawPayload },
      ]);
      expect(again.json()).toMatchObject({ written: false, counts: { organizations: { created: 0, updated: 0, unchanged: 3 } } });
      expect(await fingerprint(source.app.database.db)).toBe(before);

      const edited = exported.rawPayload
        .toString("utf8")
        .replace("municipal_government,municipal,yes", "municipal_government,regional,yes");
      const changed = await upload(source.app.app, source.token, "/api/v1/imports/registry", [
        { name: "organizations.csv", content: edited },
      ]);
      expect(changed.json()).toMatchObject({ written: true, counts: { organizations: { created: 0, updated: 1, unchanged: 2 } } });
      const levis = (await source.client.get("/api/v1/organizations?q=levis")).json().data[0];
      expect(levis).toMatchObject({ name: "Ville de Lévis", governmentLevel: "regional", hasCrimePreventionMandate: true });
    });
  });
}
