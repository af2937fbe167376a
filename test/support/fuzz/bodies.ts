// Request bodies of every class a client can get wrong, from a route's JSON schema: valid ones, with
// hostile text, odd but well-formed JSON, and the classes every route must refuse (wrong types,
// unknown fields, too long, control characters in a name, malformed JSON, JSON that is not UTF-8,
// another content type, malformed multipart).
import fc from "fast-check";
import { hostileText, nameBreaker, typeOf, concrete, valueOf, wrongTypeOf, type JsonSchema } from "./schema-values.js";
import { malformedMultipart, multipartUpload, type MultipartBody } from "./multipart.js";

/** The ways a body can be made, each named so that a failure says which. */
export type BodyClass =
  | "none"
  | "valid"
  | "hostile-text"
  | "odd-json"
  | "multipart-file"
  | "wrong-type"
  | "extra-field"
  | "too-long"
  | "name-breaker"
  | "malformed-json"
  | "invalid-utf8"
  | "wrong-content-type"
  | "malformed-multipart";

/** Bodies no route may accept, whoever sends them: their request must be refused (4xx). */
export const MUST_BE_REFUSED: ReadonlySet<BodyClass> = new Set([
  "wrong-type",
  "extra-field",
  "too-long",
  "name-breaker",
  "malformed-json",
  "invalid-utf8",
  "wrong-content-type",
  "malformed-multipart",
]);

/** Text put where an invalid UTF-8 sequence goes once the body is serialized. */
export const INVALID_UTF8_MARK = "INVALIDUTF8MARK";
const INVALID_UTF8 = [[0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82]];

export type Body =
  | { kind: "none" }
  | { kind: "json"; value: unknown }
  | { kind: "malformed"; value: unknown; how: "truncated" | "trailing-comma" | "garbage" | "single-quotes" }
  | { kind: "raw"; text: string; contentType: string | null }
  | { kind: "invalid-utf8"; value: unknown; bytes: number[] }
  | { kind: "other-type"; value: unknown; contentType: string | null }
  | { kind: "multipart"; body: MultipartBody };

type Mutable = { name: string; schema: JsonSchema };

/** Top-level fields of a definite type (not a choice between shapes), which a wrong value must fail. */
function typedProperties(schema: JsonSchema): Mutable[] {
  return Object.entries(concrete(schema).properties ?? {})
    .filter(
      ([, property]) =>
        typeOf(concrete(property)) !== undefined &&
        (property.anyOf ?? property.oneOf ?? []).filter((one) => one.type !== "null").length <= 1,
    )
    .map(([name, property]) => ({ name, schema: property }));
}

function withField(value: unknown, name: string, field: unknown): Record<string, unknown> {
  const object = typeof value === "object" && value !== null && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
  Object.defineProperty(object, name, { value: field, enumerable: true, writable: true, configurable: true });
  return object;
}

function jsonBodies(schema: JsonSchema): fc.Arbitrary<{ bodyClass: BodyClass; body: Body }>[] {
  const valid = valueOf(schema);
  const body = (bodyClass: BodyClass, arbitrary: fc.Arbitrary<Body>) => arbitrary.map((value) => ({ bodyClass, body: value }));
  const json = (value: unknown): Body => ({ kind: "json", value });
  const typed = typedProperties(schema);
  const known = new Set(Object.keys(concrete(schema).properties ?? {}));
  const strings = typed.filter(
    (one) => typeOf(concrete(one.schema)) === "string" && !concrete(one.schema).enum && !concrete(one.schema).format,
  );
  const limited = strings.filter((one) => typeof concrete(one.schema).maxLength === "number");
  const hasName = strings.some((one) => one.name === "name");
  const arbitraries = [
    body("valid", valid.map(json)),
    body("hostile-text", valueOf(schema, "", hostileText()).map(json)),
    body(
      "odd-json",
      fc.oneof(
        valid.map((value): Body => ({ kind: "raw", text: `\ufeff${JSON.stringify(value)}`, contentType: "application/json" })),
        fc.constantFrom<Body>(
          { kind: "raw", text: '{"__proto__":{"isAdmin":true}}', contentType: "application/json" },
          { kind: "raw", text: '{"constructor":{"prototype":{"isAdmin":true}}}', contentType: "application/json" },
          { kind: "raw", text: `${"[".repeat(100_000)}${"]".repeat(100_000)}`, contentType: "application/json" },
          { kind: "raw", text: `{"a":${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}}`, contentType: "application/json" },
          { kind: "raw", text: '{"name":"a","name":"b"}', contentType: "application/json" },
          { kind: "raw", text: '{"n":1e400,"m":-0,"k":"\\ud800"}', contentType: "application/json" },
          { kind: "raw", text: '{"x":1}', contentType: "application/json; charset=utf-16" },
          { kind: "raw", text: '{"x":1}', contentType: "Application/JSON" },
        ),
      ),
    ),
    body(
      "wrong-type",
      typed.length > 0
        ? fc.oneof(
            fc
              .tuple(valid, fc.constantFrom(...typed))
              .chain(([value, field]) => wrongTypeOf(field.schema).map((wrong) => json(withField(value, field.name, wrong)))),
            fc.constantFrom<unknown>([], [{}], "text", 42, true, null).map(json),
          )
        : fc.constantFrom<unknown>([], "text", 42, true, null).map(json),
    ),
    body(
      "malformed-json",
      fc.oneof(
        fc
          .tuple(
            valid,
            fc.constantFrom<"truncated" | "trailing-comma" | "garbage" | "single-quotes">(
              "truncated",
              "trailing-comma",
              "garbage",
              "single-quotes",
            ),
          )
          .map(([value, how]): Body => ({ kind: "malformed", value, how })),
        fc
          .constantFrom(
            "",
            "{",
            "[",
            "nul",
            '{"a":}',
            "{'a':1}",
            '{"a":1}}',
            "\u0000",
            '{"a":"\\x41"}',
            '{"a":"',
            "{a:1}",
            "NaN",
            '"unterminated',
          )
          .map((text): Body => ({ kind: "raw", text, contentType: "application/json" })),
      ),
    ),
    body(
      "invalid-utf8",
      fc
        .tuple(valueOf(schema, "", fc.constant(INVALID_UTF8_MARK)), fc.constantFrom(...INVALID_UTF8))
        .map(([value, bytes]): Body => ({ kind: "invalid-utf8", value, bytes })),
    ),
    body(
      "wrong-content-type",
      fc
        .tuple(
          valid,
          fc.constantFrom("text/plain", "application/xml", "application/x-www-form-urlencoded", "application/octet-stream", null),
        )
        .map(([value, contentType]): Body => ({ kind: "other-type", value, contentType })),
    ),
  ];
  if (typeOf(concrete(schema)) === "object" && typeof concrete(schema).additionalProperties !== "object") {
    const extraName = fc
      .constantFrom("unknownField", "isAdmin", "role", "id", "createdAt", "organization_id", "password_hash", "constructor")
      .filter((name) => !known.has(name));
    arbitraries.push(
      body(
        "extra-field",
        fc.tuple(valid, extraName, fc.jsonValue({ maxDepth: 1 })).map(([value, name, extra]) => json(withField(value, name, extra))),
      ),
    );
  }
  if (limited.length > 0) {
    const tooLong = fc
      .tuple(
        valid,
        fc.constantFrom(...limited),
        fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constant(1_100_000) }),
      )
      .map(([value, field, over]) => json(withField(value, field.name, "é".repeat((concrete(field.schema).maxLength ?? 0) + over))));
    arbitraries.push(body("too-long", tooLong));
  }
  if (hasName)
    arbitraries.push(
      body(
        "name-breaker",
        fc.tuple(valid, nameBreaker).map(([value, name]) => json(withField(value, "name", name))),
      ),
    );
  return arbitraries;
}

export function bodiesOf(route: {
  method: string;
  body: JsonSchema | null;
  upload: boolean;
}): fc.Arbitrary<{ bodyClass: BodyClass; body: Body }> {
  if (route.upload) {
    return fc.oneof(
      {
        weight: 3,
        arbitrary: multipartUpload.map((body) => ({ bodyClass: "multipart-file" as const, body: { kind: "multipart" as const, body } })),
      },
      {
        weight: 3,
        arbitrary: malformedMultipart.map((body) => ({
          bodyClass: "malformed-multipart" as const,
          body: { kind: "multipart" as const, body },
        })),
      },
      {
        weight: 1,
        arbitrary: fc
          .jsonValue({ maxDepth: 2 })
          .map((value) => ({ bodyClass: "wrong-content-type" as const, body: { kind: "json" as const, value } })),
      },
    );
  }
  if (route.body) return fc.oneof(...jsonBodies(route.body));
  if (route.method === "GET") return fc.constant({ bodyClass: "none" as const, body: { kind: "none" as const } });
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({ bodyClass: "none" as const, body: { kind: "none" as const } }) },
    {
      weight: 1,
      arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => ({ bodyClass: "odd-json" as const, body: { kind: "json" as const, value } })),
    },
  );
}
