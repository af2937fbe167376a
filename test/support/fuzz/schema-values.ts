// Values for a field from its JSON schema, as the OpenAPI document gives it: values the schema
// accepts, and hostile text (huge, control and bidirectional characters, lone surrogates, emoji,
// combining marks, formula and markup injections).
import fc from "fast-check";

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** A reference to a row, resolved when the request is sent: the `index`-th id of `table` (any table when null), else a fresh id. */
export class IdPick {
  constructor(
    readonly table: string | null,
    readonly index: number,
  ) {}
}

/** Which table a field naming an id points into, by its name. */
export function tableOfField(name: string): string | null {
  const byName: Record<string, string> = {
    programId: "programs",
    programIds: "programs",
    program: "programs",
    organizationId: "organizations",
    leadOrganizationId: "organizations",
    exceptId: "organizations",
    representativeContactId: "contacts",
    contactId: "contacts",
    partnershipId: "partnerships",
    partnershipIds: "partnerships",
    membershipId: "memberships",
    userId: "users",
    tokenId: "api_tokens",
    rubricId: "rubrics",
  };
  return byName[name] ?? null;
}

export const idPick = (table: string | null): fc.Arbitrary<IdPick> => fc.nat({ max: 10_000 }).map((index) => new IdPick(table, index));

/** Single characters and short runs that break naive text handling. */
export const EDGE_TEXTS = [
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[31mred\u001b[0m",
  "\r\n",
  "\u0085\u2028\u2029",
  "\ud800",
  "\udfff",
  "x\udbff",
  "\u202eCMP",
  "\u2066isolate\u2069",
  "\u200b\u200d\ufeff",
  "\ufffe\uffff",
  "👩‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301",
  "Z̷̢̛̠͓̞a̶̡̧̛l̸̨̛g̵̢̡o̴̧̢",
  "=cmd|' /C calc'!A0",
  "+1+1",
  "@SUM(A1)",
  "<script>alert(1)</script>",
  "'; drop table users; --",
  "../../etc/passwd",
  "%00%ff",
  "${jndi:ldap://x}",
  "{{7*7}}",
  "Ⅻ ﬁ Å Å",
  "İı",
  "   ",
  "",
];

const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const control = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const bidi = fc.constantFrom("\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f");

/** Text of any length up to a little over `limit`, mixing ordinary letters with the edges above. */
export function hostileText(limit = 300): fc.Arbitrary<string> {
  const unit = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
    { weight: 2, arbitrary: fc.constantFrom(...EDGE_TEXTS) },
    { weight: 1, arbitrary: lone },
    { weight: 1, arbitrary: control },
    { weight: 1, arbitrary: bidi },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  );
  const short = fc.array(unit, { maxLength: 12 }).map((parts) => parts.join(""));
  const huge = fc
    .tuple(fc.constantFrom("x", "é", "😀", "\u0301", "\u0000", "a\u202e"), fc.integer({ min: limit, max: limit + 5 }))
    .map(([piece, count]) => piece.repeat(count));
  const giant = fc.constantFrom("y".repeat(100_000), "ü".repeat(300_000));
  // Few huge values: one in a body is enough to test the limits, and each costs time to send and parse.
  return fc.oneof({ weight: 60, arbitrary: short }, { weight: 2, arbitrary: huge }, { weight: 1, arbitrary: giant });
}

/** The characters a name must not hold: control characters and bidirectional overrides and isolates. */
export const nameBreaker: fc.Arbitrary<string> = fc
  .tuple(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }), fc.oneof(control, bidi))
  .map(([text, bad]) => `${text}${bad}${text}`);

export function concrete(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.find((option) => typeOf(option) !== "null") ?? schema;
  return schema;
}

export function typeOf(schema: JsonSchema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((type) => type !== "null");
  if (schema.type === undefined && schema.properties) return "object";
  return schema.type;
}

function isNullable(schema: JsonSchema): boolean {
  return (
    schema.nullable === true ||
    (Array.isArray(schema.type) && schema.type.includes("null")) ||
    (schema.anyOf ?? []).some((one) => one.type === "null")
  );
}

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function stringValue(schema: JsonSchema, name: string, text: fc.Arbitrary<string> | null): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.format === "uuid") return idPick(tableOfField(name));
  if (schema.format === "date") return isoDate;
  if (schema.format === "date-time") return isoDate.map((date) => `${date}T12:00:00.000Z`);
  if (schema.format === "email") return fc.emailAddress();
  if (text) return text;
  if (schema.pattern) {
    const pattern = schema.pattern;
    return fc
      .stringMatching(new RegExp(pattern))
      .filter((value) => value.length <= (schema.maxLength ?? 60) && value.length >= (schema.minLength ?? 0));
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  return fc.string({ unit: "grapheme-ascii", minLength, maxLength });
}

/**
 * Values the schema accepts (as far as a JSON schema says: refinements are not known), with `text`
 * for every free text field when given, so that the rest of the body does not hide the text's fate.
 */
export function valueOf(raw: JsonSchema, name = "", text: fc.Arbitrary<string> | null = null, depth = 0): fc.Arbitrary<unknown> {
  const options = raw.anyOf ?? raw.oneOf;
  const value =
    options && options.filter((one) => typeOf(one) !== "null").length > 1 && depth < 6
      ? fc.oneof(...options.filter((one) => typeOf(one) !== "null").map((one) => valueOf(one, name, text, depth + 1)))
      : plainValueOf(concrete(raw), name, text, depth);
  return isNullable(raw) ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }) : value;
}

function plainValueOf(schema: JsonSchema, name: string, text: fc.Arbitrary<string> | null, depth: number): fc.Arbitrary<unknown> {
  switch (typeOf(schema)) {
    case "string":
      return stringValue(schema, name, text);
    case "integer":
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1_000_000), max: Math.min(schema.maximum ?? 1000, 1_000_000) });
    case "number":
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "array": {
      const items = schema.items && depth < 6 ? valueOf(schema.items, name, text, depth + 1) : fc.constant("x");
      const minLength = schema.minItems ?? 0;
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)) });
    }
    case "object": {
      if (depth >= 6) return fc.constant({});
      const properties = schema.properties ?? {};
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([key, property]) => [key, valueOf(property, key, text, depth + 1)])),
        { requiredKeys: (schema.required ?? []).filter((key) => key in properties) },
      );
      const extra = schema.additionalProperties;
      if (typeof extra !== "object") return record;
      const dictionary = fc.dictionary(
        fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 12 }),
        valueOf(extra, name, text, depth + 1),
        {
          maxKeys: 4,
        },
      );
      return fc.tuple(record, dictionary).map(([known, more]) => ({ ...more, ...known }));
    }
    case undefined:
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value of another JSON type than the schema's: what a field of this schema must refuse. */
export function wrongTypeOf(raw: JsonSchema): fc.Arbitrary<unknown> {
  const schema = concrete(raw);
  const type = typeOf(schema);
  const candidates: fc.Arbitrary<unknown>[] = [];
  if (type !== "string") candidates.push(fc.constantFrom("12", "true", "", "null", "[]"));
  if (type !== "integer" && type !== "number") candidates.push(fc.constantFrom(0, -1, 1.5, 1e308, -0));
  if (type === "integer") candidates.push(fc.constantFrom(1.5, 1e308));
  if (type !== "boolean") candidates.push(fc.boolean());
  if (type !== "array") candidates.push(fc.constantFrom([], [1, 2], [null]));
  if (type !== "object") candidates.push(fc.constantFrom({}, { a: 1 }));
  if (!isNullable(raw)) candidates.push(fc.constant(null));
  return fc.oneof(...candidates);
}
