// Hostile text is refused alike however it arrives: through each import (involvement, and each sheet
// of the registry) and through the API for the same field, with the same rule's message, and nothing
// is written. The values are those an attacker tried: control characters, terminal escapes, text far
// too long, formulas, direction overrides and isolates, lone surrogates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ValidationKey } from "../../src/domain/validation.js";
import { render, text } from "../../src/server/messages/render.js";
import { createWorldApp } from "../support/app.js";
import { DIALECTS } from "../support/databases.js";
import { csvText, INVOLVEMENT_HEADER, cellsOf } from "../support/involvement-files.js";
import { upload } from "../support/uploads.js";
import { fingerprint } from "./role-matrix/matrix.js";

type Hostile = { what: string; value: string; key: ValidationKey; values?: Record<string, number> };

const FIVE_MB = 5_242_880;

/** Values no name may hold. */
const NAMES: Hostile[] = [
  { what: "a NUL character", value: "Harbour\u0000Watch", key: "controlCharacters" },
  { what: "an ANSI escape", value: "\u001b[31mHarbour Watch\u001b[0m", key: "controlCharacters" },
  { what: "a C1 control", value: "Harbour\u009bWatch", key: "controlCharacters" },
  { what: "a line break", value: "Harbour\nWatch", key: "controlCharacters" },
  { what: "a tab", value: "Harbour\tWatch", key: "controlCharacters" },
  { what: "304 characters", value: "H".repeat(304), key: "tooLong", values: { count: 200 } },
  { what: "5 MB", value: "H".repeat(FIVE_MB), key: "tooLong", values: { count: 200 } },
  { what: "a formula", value: "=cmd|' /C calc'!A0", key: "formula" },
  { what: "a formula after a space", value: " @SUM(1+1)*cmd|' /C calc'!A0", key: "formula" },
  { what: "a right-to-left override", value: "\u202eCMP", key: "bidiCharacters" },
  { what: "directional isolates", value: "Harbour \u2066Watch\u2069", key: "bidiCharacters" },
  { what: "a right-to-left mark", value: "Harbour Watch\u200f", key: "bidiCharacters" },
  { what: "an Arabic letter mark", value: "Harbour\u061c Watch", key: "bidiCharacters" },
];

/** Values no free text (notes, descriptions) may hold; line breaks, tabs and a leading "-" are fine there. */
const FREE_TEXT: Hostile[] = [
  { what: "a NUL character", value: "Met on\u0000Tuesday", key: "controlCharacters" },
  { what: "an ANSI escape", value: "\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007", key: "controlCharacters" },
  { what: "4,001 characters", value: "n".repeat(4001), key: "tooLong", values: { count: 4000 } },
  { what: "5 MB", value: "n".repeat(FIVE_MB), key: "tooLong", values: { count: 4000 } },
  { what: "a right-to-left override", value: "total \u202e0001", key: "bidiCharacters" },
  { what: "an isolate", value: "see \u2067note\u2069", key: "bidiCharacters" },
];

/** The rule's message as the API writes it beside a field. */
function reasonOf(hostile: Hostile): string {
  return render("en", text(`validation.${hostile.key}`, hostile.values));
}

type ImportCase = { kind: string; column: string; entity: string | null; texts: Hostile[]; file: (value: string) => string };

const involvementRow = { program: "CMP", partnership: "Own Partnership", organization: "Own Member School Board", perspective: "lead" };
const involvement = (column: "program" | "partnership" | "organization") => (value: string) =>
  csvText([INVOLVEMENT_HEADER, cellsOf({ ...involvementRow, [column]: value })]);
const sheet = (header: string[], row: Record<string, string>) => csvText([header, header.map((column) => row[column] ?? "")]);

const ORGANIZATIONS = ["name", "sector", "website", "notes"];
const CONTACTS = ["organization", "name", "title"];
const PARTNERSHIPS = ["program", "program_name", "name", "lead_organization", "region", "description"];
const MEMBERSHIPS = ["program", "partnership", "organization", "notes"];
const organization = { name: "Harbour Watch", sector: "police" };
const contact = { organization: "Own Member School Board", name: "Ana Ruiz" };
const partnership = { program: "CMP", name: "Harbour Youth", lead_organization: "Own Lead Agency" };
const membership = { program: "CMP", partnership: "Own Partnership", organization: "Own Lead Agency" };

const IMPORTS: ImportCase[] = [
  ...(["program", "partnership", "organization"] as const).map((column) => ({
    kind: "involvement",
    column,
    entity: null,
    texts: NAMES,
    file: involvement(column),
  })),
  {
    kind: "registry",
    entity: "organizations",
    column: "name",
    texts: NAMES,
    file: (v) => sheet(ORGANIZATIONS, { ...organization, name: v }),
  },
  {
    kind: "registry",
    entity: "organizations",
    column: "notes",
    texts: FREE_TEXT,
    file: (v) => sheet(ORGANIZATIONS, { ...organization, notes: v }),
  },
  { kind: "registry", entity: "contacts", column: "name", texts: NAMES, file: (v) => sheet(CONTACTS, { ...contact, name: v }) },
  {
    kind: "registry",
    entity: "contacts",
    column: "organization",
    texts: NAMES,
    file: (v) => sheet(CONTACTS, { ...contact, organization: v }),
  },
  { kind: "registry", entity: "partnerships", column: "name", texts: NAMES, file: (v) => sheet(PARTNERSHIPS, { ...partnership, name: v }) },
  {
    kind: "registry",
    entity: "partnerships",
    column: "program",
    texts: NAMES,
    file: (v) => sheet(PARTNERSHIPS, { ...partnership, program: v }),
  },
  {
    kind: "registry",
    entity: "partnerships",
    column: "program_name",
    texts: NAMES,
    file: (v) => sheet(PARTNERSHIPS, { ...partnership, program: "NEWP", program_name: v }),
  },
  {
    kind: "registry",
    entity: "partnerships",
    column: "lead_organization",
    texts: NAMES,
    file: (v) => sheet(PARTNERSHIPS, { ...partnership, lead_organization: v }),
  },
  {
    kind: "registry",
    entity: "partnerships",
    column: "description",
    texts: FREE_TEXT,
    file: (v) => sheet(PARTNERSHIPS, { ...partnership, description: v }),
  },
  {
    kind: "registry",
    entity: "memberships",
    column: "partnership",
    texts: NAMES,
    file: (v) => sheet(MEMBERSHIPS, { ...membership, partnership: v }),
  },
  {
    kind: "registry",
    entity: "memberships",
    column: "organization",
    texts: NAMES,
    file: (v) => sheet(MEMBERSHIPS, { ...membership, organization: v }),
  },
  {
    kind: "registry",
    entity: "memberships",
    column: "notes",
    texts: FREE_TEXT,
    file: (v) => sheet(MEMBERSHIPS, { ...membership, notes: v }),
  },
];

type ApiCase = {
  route: string;
  field: string;
  texts: Hostile[];
  send: (value: string) => { method: "POST" | "PATCH"; url: string; payload: object };
};

for (const dialect of DIALECTS) {
  describe(`hostile text on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    for (const one of IMPORTS) {
      it(`the ${one.kind} import refuses each hostile ${one.entity ?? ""} ${one.column} on its line and column, writing nothing`, async () => {
        const before = await fingerprint(t.database.db);
        const wrong: string[] = [];
        for (const hostile of one.texts) {
          const query = one.entity ? `?entity=${one.entity}` : "";
          const res = await upload(t.app, t.world.tokens.admin, `/api/v1/imports/${one.kind}${query}`, [
            { name: "file.csv", content: one.file(hostile.value) },
          ]);
          const errors = res.statusCode === 400 ? res.json<{ errors: { column: string; line: number; message: string }[] }>().errors : [];
          const refused = errors.length === 1 && errors[0]?.column === one.column && errors[0].line === 2;
          if (!refused || !errors[0]?.message.startsWith(`${reasonOf(hostile)} (got '`)) {
            wrong.push(`${hostile.what}: ${res.statusCode} ${JSON.stringify(errors).slice(0, 300)}`);
          }
        }
        expect(wrong).toEqual([]);
        expect(await fingerprint(t.database.db)).toBe(before);
      });
    }

    it("an import refuses a file holding a lone surrogate (bytes that are not UTF-8), writing nothing", async () => {
      const before = await fingerprint(t.database.db);
      const surrogate = Buffer.from([0xed, 0xa0, 0x80]);
      const file = Buffer.concat([Buffer.from("name,sector\nHarbour "), surrogate, Buffer.from("Watch,police\n")]);
      const res = await upload(t.app, t.world.tokens.admin, "/api/v1/imports/registry?entity=organizations", [
        { name: "o.csv", content: file },
      ]);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ message: expect.stringContaining("UTF-8") })]);
      expect(await fingerprint(t.database.db)).toBe(before);
    });

    const API: ApiCase[] = [
      {
        route: "POST /organizations",
        field: "name",
        texts: NAMES,
        send: (v) => ({ method: "POST", url: "/api/v1/organizations", payload: { name: v, sector: "police" } }),
      },
      {
        route: "PATCH /organizations/{id}",
        field: "name",
        texts: NAMES,
        send: (v) => ({ method: "PATCH", url: `/api/v1/organizations/${t.world.organizations.ownLead.id}`, payload: { name: v } }),
      },
      {
        route: "PATCH /organizations/{id}",
        field: "notes",
        texts: FREE_TEXT,
        send: (v) => ({ method: "PATCH", url: `/api/v1/organizations/${t.world.organizations.ownLead.id}`, payload: { notes: v } }),
      },
      {
        route: "POST /organizations/{id}/contacts",
        field: "name",
        texts: NAMES,
        send: (v) => ({
          method: "POST",
          url: `/api/v1/organizations/${t.world.organizations.ownMember.id}/contacts`,
          payload: { name: v },
        }),
      },
      {
        route: "POST /partnerships",
        field: "name",
        texts: NAMES,
        send: (v) => ({
          method: "POST",
          url: "/api/v1/partnerships",
          payload: { name: v, programId: t.world.programs.own.id, leadOrganizationId: t.world.organizations.ownLead.id },
        }),
      },
      {
        route: "PATCH /partnerships/{id}",
        field: "description",
        texts: FREE_TEXT,
        send: (v) => ({ method: "PATCH", url: `/api/v1/partnerships/${t.world.partnerships.own.id}`, payload: { description: v } }),
      },
      {
        route: "POST /programs",
        field: "name",
        texts: NAMES,
        send: (v) => ({ method: "POST", url: "/api/v1/programs", payload: { code: "NEWP", name: v } }),
      },
      {
        route: "PATCH /partnerships/{id}/members/{membershipId}",
        field: "notes",
        texts: FREE_TEXT,
        send: (v) => ({
          method: "PATCH",
          url: `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${t.world.memberships.own.id}`,
          payload: { notes: v },
        }),
      },
      {
        route: "POST /users",
        field: "name",
        texts: NAMES,
        send: (v) => ({
          method: "POST",
          url: "/api/v1/users",
          payload: { email: "new@example.org", name: v, role: "evaluator", password: "a long enough passphrase" },
        }),
      },
    ];
    const LONE_SURROGATE: Hostile = { what: "a lone surrogate", value: "Harbour \ud800Watch", key: "notUnicode" };

    for (const one of API) {
      it(`${one.route} refuses each hostile ${one.field} with the import's reason, writing nothing`, async () => {
        const before = await fingerprint(t.database.db);
        const wrong: string[] = [];
        for (const hostile of [...one.texts, LONE_SURROGATE]) {
          const res = await t.as("admin").request(one.send(hostile.value));
          // 5 MB is over the JSON body limit, refused before any field is read.
          if (hostile.value.length >= FIVE_MB) {
            if (res.statusCode !== 413) wrong.push(`${hostile.what}: ${res.statusCode}`);
            continue;
          }
          const error = res.json<{ error: { code: string; details?: { field: string; key: string; message: string }[] } }>().error;
          const problem = error.details?.find((detail) => detail.field === one.field);
          if (res.statusCode !== 400 || problem?.key !== `validation.${hostile.key}` || problem.message !== reasonOf(hostile)) {
            wrong.push(`${hostile.what}: ${res.statusCode} ${JSON.stringify(error).slice(0, 300)}`);
          }
        }
        expect(wrong).toEqual([]);
        expect(await fingerprint(t.database.db)).toBe(before);
      });
    }

    it("still takes free text on several lines, tabs, direction marks and a leading dash, and names in any script", async () => {
      const notes = "- first\n- second\twith a tab\nمرحبا\u200f Convene";
      const res = await t.as("admin").patch(`/api/v1/organizations/${t.world.organizations.ownLead.id}`, { notes });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ notes });
      for (const name of [
        "مركز الشباب",
        "'Namgis Youth Centre",
        "Ville de Lévis — Sécurité 2.0",
        "(Re)Start Collective",
        "Harbour Watch 😀",
      ]) {
        const created = await t.as("admin").post("/api/v1/organizations", { name, sector: "other" });
        expect(created.statusCode, `${name}: ${created.body}`).toBe(201);
      }
    });
  });
}
