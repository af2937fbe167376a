// Every validation message the API writes reads in French when the request asks for French. The bad
// inputs are made from each route's own schemas (as the OpenAPI document gives them): wrong types,
// text too long or too short, numbers out of range, malformed identifiers and dates, unknown choices;
// the rules no JSON schema shows (refinements: duplicate slots, dates out of order, patterns) are added
// by hand. Validation happens before any query, so one dialect is enough.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InjectOptions } from "fastify";
import { DEFAULT_COMPOSITION } from "../../src/domain/coverage/default-composition.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { englishWordsIn } from "../support/english-words.js";
import { buildUser, tokenFor } from "../support/factories.js";
import type { JsonSchema } from "../support/fuzz/schema-values.js";

type Parameter = { in: "path" | "query"; name: string; schema: JsonSchema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema: JsonSchema }> } };
type Case = { route: string; what: string; request: InjectOptions };

const SOME_ID = "01900000-0000-7000-8000-000000000001";

/** The schema without its null alternative. */
function concrete(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  return options?.find((option) => option.type !== "null") ?? schema;
}

function typeOf(schema: JsonSchema): string | undefined {
  return Array.isArray(schema.type) ? schema.type.find((type) => type !== "null") : schema.type;
}

/** Values a field of this schema refuses, as JSON (a query string or a path sends every value as text). */
function badValues(raw: JsonSchema, asText: boolean): { what: string; value: unknown }[] {
  const schema = concrete(raw);
  const bad: { what: string; value: unknown }[] = [];
  const type = typeOf(schema);
  if (schema.enum) bad.push({ what: "an unknown choice", value: "zzz-unknown" });
  if (type === "string") {
    if (!asText) bad.push({ what: "a number for text", value: 12345 });
    if (schema.maxLength !== undefined) bad.push({ what: "text too long", value: "x".repeat(schema.maxLength + 1) });
    if (schema.minLength !== undefined && schema.minLength > 1)
      bad.push({ what: "text too short", value: "xy".slice(0, schema.minLength - 1) });
    if (schema.format === "uuid") bad.push({ what: "a malformed identifier", value: "not-an-id" });
    if (schema.format === "date") bad.push({ what: "a malformed date", value: "31/12/2026" });
    if (schema.format === "email") bad.push({ what: "a malformed email", value: "not-an-email" });
  }
  if (type === "integer" || type === "number") {
    bad.push({ what: "text for a number", value: "abc" });
    if (type === "integer") bad.push({ what: "a fraction", value: asText ? "1.5" : 1.5 });
    if (schema.minimum !== undefined && schema.minimum > -1e15) bad.push({ what: "a number too small", value: schema.minimum - 1 });
    if (schema.maximum !== undefined && schema.maximum < 1e15) bad.push({ what: "a number too large", value: schema.maximum + 1 });
  }
  if (type === "boolean" && !asText) bad.push({ what: "text for a boolean", value: "maybe" });
  if (type === "array" && !asText) {
    bad.push({ what: "text for a list", value: "not-a-list" });
    if (schema.items)
      for (const item of badValues(schema.items, false)) bad.push({ what: `a list holding ${item.what}`, value: [item.value] });
    if (schema.minItems !== undefined && schema.minItems > 0) bad.push({ what: "an empty list", value: [] });
  }
  if (type === "object" && !asText) {
    bad.push({ what: "a number for an object", value: 42 });
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      for (const inner of badValues(property, false)) bad.push({ what: `${name}: ${inner.what}`, value: { [name]: inner.value } });
    }
  }
  return bad;
}

/** A value each path parameter accepts, so that only the part under test is wrong. */
function goodPathValue(parameter: Parameter): string {
  const schema = concrete(parameter.schema);
  if (schema.enum) return String(schema.enum[0]);
  if (schema.format === "uuid") return SOME_ID;
  return parameter.name === "round" ? "baseline" : "city-pilot";
}

function urlOf(path: string, parameters: Parameter[], override: Record<string, string> = {}, query: Record<string, unknown> = {}) {
  let url = path;
  for (const parameter of parameters.filter((one) => one.in === "path")) {
    url = url.replace(`{${parameter.name}}`, encodeURIComponent(override[parameter.name] ?? goodPathValue(parameter)));
  }
  const search = new URLSearchParams(Object.entries(query).map(([name, value]) => [name, String(value)])).toString();
  return search ? `${url}?${search}` : url;
}

function casesOf(paths: Record<string, Record<string, Operation>>): Case[] {
  const cases: Case[] = [];
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const route = `${method.toUpperCase()} ${path}`;
      const parameters = operation.parameters ?? [];
      const verb = method.toUpperCase() as InjectOptions["method"];
      for (const parameter of parameters) {
        for (const bad of badValues(parameter.schema, true)) {
          const url =
            parameter.in === "path"
              ? urlOf(path, parameters, { [parameter.name]: String(bad.value) })
              : urlOf(path, parameters, {}, { [parameter.name]: bad.value });
          cases.push({
            route,
            what: `${parameter.name}: ${bad.what}`,
            request: { method: verb, url, payload: verb === "GET" || !operation.requestBody ? undefined : {} },
          });
        }
      }
      const body = operation.requestBody?.content?.["application/json"]?.schema;
      if (body) {
        const url = urlOf(path, parameters);
        cases.push({ route, what: "an empty body", request: { method: verb, url, payload: {} } });
        for (const bad of badValues(body, false))
          cases.push({ route, what: bad.what, request: { method: verb, url, payload: bad.value as InjectOptions["payload"] } });
      }
    }
  }
  return cases;
}

const slot = DEFAULT_COMPOSITION.slots[0];
const level = (key: string, condition: unknown) => ({ key, label: { en: "L", fr: "N" }, condition, rationale: { en: "R", fr: "R" } });

/** The rules that no JSON schema shows: refinements, patterns, and checks of a whole document. */
const REFINEMENTS: Case[] = [
  {
    route: "PUT /api/v1/programs/{id}/composition",
    what: "a slot key used twice",
    request: { method: "PUT", url: `/api/v1/programs/${SOME_ID}/composition`, payload: { slots: [slot, slot] } },
  },
  {
    route: "PUT /api/v1/programs/{id}/composition",
    what: "a malformed slot key and a second critic seat",
    request: {
      method: "PUT",
      url: `/api/v1/programs/${SOME_ID}/composition`,
      payload: {
        slots: [
          { ...slot, key: "Police Seat" },
          ...DEFAULT_COMPOSITION.slots.filter((one) => one.kind === "critic"),
          { ...DEFAULT_COMPOSITION.slots.find((one) => one.kind === "critic"), key: "critic_two" },
        ],
      },
    },
  },
  {
    route: "POST /api/v1/organizations",
    what: "control characters",
    request: { method: "POST", url: "/api/v1/organizations", payload: { name: "Centre\u0007", sector: "police" } },
  },
  {
    route: "POST /api/v1/organizations",
    what: "a formula for a name, a direction override and a lone surrogate",
    request: {
      method: "POST",
      url: "/api/v1/organizations",
      payload: { name: "=cmd|' /C calc'!A0", sector: "police", website: "\u202eexample.org", notes: "Note \ud800" },
    },
  },
  {
    route: "POST /api/v1/organizations/{id}/contacts",
    what: "a phone number in words",
    request: { method: "POST", url: `/api/v1/organizations/${SOME_ID}/contacts`, payload: { name: "Ada", phone: "call me" } },
  },
  {
    route: "POST /api/v1/programs",
    what: "a program code with spaces",
    request: { method: "POST", url: "/api/v1/programs", payload: { code: "A B", name: "Programme" } },
  },
  {
    route: "POST /api/v1/partnerships",
    what: "an end before the start",
    request: {
      method: "POST",
      url: "/api/v1/partnerships",
      payload: { name: "P", programId: SOME_ID, leadOrganizationId: SOME_ID, startDate: "2026-05-01", endDate: "2026-01-01" },
    },
  },
  {
    route: "PATCH /api/v1/partnerships/{id}/members/{membershipId}",
    what: "a departure before joining and a stage listed twice",
    request: {
      method: "PATCH",
      url: `/api/v1/partnerships/${SOME_ID}/members/${SOME_ID}`,
      payload: { joinedOn: "2026-05-01", leftOn: "2026-01-01", axisStages: ["prevention", "prevention"] },
    },
  },
  {
    route: "PUT /api/v1/partnerships/{id}/members/{membershipId}/involvement/{perspective}/{round}",
    what: "a malformed round and unknown indicators",
    request: {
      method: "PUT",
      url: `/api/v1/partnerships/${SOME_ID}/members/${SOME_ID}/involvement/lead/Bad%20Round!`,
      payload: { indicators: { support_leter: true, consulted: "yes" } },
    },
  },
  {
    route: "GET /api/v1/audit-events",
    what: "a period that ends before it starts",
    request: { method: "GET", url: "/api/v1/audit-events?from=2026-05-01&to=2026-01-01" },
  },
  {
    route: "GET /api/v1/audit-events.csv",
    what: "a period that ends before it starts",
    request: { method: "GET", url: "/api/v1/audit-events.csv?from=2026-05-01&to=2026-01-01" },
  },
  {
    route: "POST /api/v1/auth/password-reset/confirm",
    what: "a password too short and a blank token",
    request: { method: "POST", url: "/api/v1/auth/password-reset/confirm", payload: { token: "  ", password: "court" } },
  },
  {
    route: "POST /api/v1/typology/classify",
    what: "an unknown indicator and an answer that is not a boolean",
    request: {
      method: "POST",
      url: "/api/v1/typology/classify",
      payload: { indicators: { sharred: true, consulted: "maybe" }, rubric: "Not A Rubric" },
    },
  },
  {
    route: "POST /api/v1/rubrics",
    what: "a rubric with every kind of problem",
    request: {
      method: "POST",
      url: "/api/v1/rubrics",
      payload: {
        id: "city-pilot",
        title: { en: "City", fr: "Ville" },
        indicators: ["consulted", "consulted", "sharred"],
        levels: [
          level("a", { any: [] }),
          level("a", { atLeast: 3, of: ["consulted"] }),
          level("b", { all: ["consulted"], any: ["consulted"] }),
          level("c", "always"),
          level("d", {
            any: [{ any: [{ any: [{ any: [{ any: [{ any: [{ any: [{ any: [{ any: [{ any: ["consulted"] }] }] }] }] }] }] }] }] }],
          }),
          level("e", { atLeast: 0, of: ["joint_planning"] }),
        ],
      },
    },
  },
];

describe("validation messages in French", () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp("sqlite");
    const admin = await buildUser(t.database.db, { role: "admin" });
    token = await tokenFor(t.database.db, admin.id);
  });
  afterAll(() => t.close());

  const send = (request: InjectOptions, language: string) =>
    t.app.inject({ ...request, headers: { authorization: `Bearer ${token}`, "accept-language": language } });

  it("refuses bad input to every route in French, each problem differing from its English", async () => {
    const cases = [...casesOf((t.app.swagger() as { paths: Record<string, Record<string, Operation>> }).paths), ...REFINEMENTS];
    const english: string[] = [];
    const unchanged: string[] = [];
    const routesRefusing = new Set<string>();
    for (const { route, what, request } of cases) {
      const french = await send(request, "fr-CA,fr;q=0.9");
      if (french.statusCode !== 400) continue;
      const error = french.json<{
        error: { code: string; message: string; details?: { field: string; message: string; values?: Record<string, string | number> }[] };
      }>().error;
      if (error.code !== "validation_failed") continue;
      routesRefusing.add(route);
      const inEnglish = (await send(request, "en")).json<{ error: typeof error }>().error;
      // A problem's values are what it names (a field's codes, its bounds), not words of either language.
      const named = (error.details ?? []).flatMap((detail) =>
        Object.values(detail.values ?? {}).flatMap((value) => String(value).split(/,\s*/)),
      );
      const fields = [...(error.details ?? []).map((detail) => detail.field), ...named];
      const texts = [error.message, ...(error.details ?? []).map((detail) => detail.message)];
      const englishTexts = [inEnglish.message, ...(inEnglish.details ?? []).map((detail) => detail.message)];
      texts.forEach((text, index) => {
        if (englishWordsIn(text, fields).length > 0) english.push(`${route} (${what}): ${text}`);
        if (text === englishTexts[index]) unchanged.push(`${route} (${what}): ${text}`);
      });
    }
    expect(english).toEqual([]);
    expect(unchanged).toEqual([]);
    // Every route that takes a body or query parameters was made to refuse something.
    const withInput = cases.map((one) => one.route);
    expect([...new Set(withInput)].filter((route) => !routesRefusing.has(route))).toEqual([]);
    expect(routesRefusing.size).toBeGreaterThan(40);
  });

  it("finds English where there is some", () => {
    expect(englishWordsIn("Données non valides : pageSize must be at most 100")).toEqual(["must", "be", "at", "most"]);
    expect(
      englishWordsIn(
        "slots.1.key est déjà utilisé par un autre siège; sector doit être l'une des valeurs suivantes : police, youth_organizations",
      ),
    ).toEqual([]);
  });
});
