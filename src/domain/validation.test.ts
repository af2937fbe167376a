import { describe, expect, it } from "vitest";
import { z } from "zod";
import { messageOfIssue, rule, validationProblems } from "./validation.js";

function messagesOf(schema: z.ZodType, value: unknown, known = true) {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return validationProblems(result.error, known ? { value } : null).map(({ path, key, values }) => ({ path: path.join("."), key, values }));
}

describe("validation messages by key", () => {
  it("reads a key and its values from each issue's code", () => {
    const schema = z.object({
      name: z.string().max(3),
      code: z.string().min(4),
      tags: z.array(z.string()).min(1).max(2),
      page: z.number().int().min(1).max(100),
      share: z.number().gt(0).lt(1),
      email: z.email(),
      id: z.uuid(),
      day: z.iso.date(),
      language: z.enum(["en", "fr"]),
      flag: z.boolean(),
    });
    const value = {
      name: "long",
      code: "ab",
      tags: ["a", "b", "c"],
      page: 1.5,
      share: 1,
      email: "x",
      id: "x",
      day: "x",
      language: "de",
      flag: "yes",
    };
    expect(messagesOf(schema, value)).toEqual([
      { path: "name", key: "tooLong", values: { count: 3 } },
      { path: "code", key: "tooShort", values: { count: 4 } },
      { path: "tags", key: "tooMany", values: { count: 2 } },
      { path: "page", key: "wholeNumber", values: undefined },
      { path: "share", key: "below", values: { max: 1 } },
      { path: "email", key: "email", values: undefined },
      { path: "id", key: "identifier", values: undefined },
      { path: "day", key: "date", values: undefined },
      { path: "language", key: "oneOf", values: { values: "en, fr" } },
      { path: "flag", key: "boolean", values: undefined },
    ]);
  });

  it("reads an empty or missing value as required, unless the input is unknown", () => {
    const schema = z.object({ name: z.string().min(1), sector: z.enum(["police"]), site: z.string() });
    expect(messagesOf(schema, { name: "", sector: "" }).map((problem) => problem.key)).toEqual(["required", "required", "required"]);
    expect(messagesOf(schema, { name: "", sector: "" }, false).map((problem) => problem.key)).toEqual(["required", "oneOf", "text"]);
  });

  it("takes the key a rule names, with its values, even on an empty value", () => {
    const schema = z
      .object({ slots: z.array(z.string()) })
      .superRefine((document, ctx) => ctx.addIssue({ code: "custom", path: ["slots", 0], ...rule("oneSlotOfKind", { kind: "critic" }) }));
    expect(messagesOf(schema, { slots: [""] })).toEqual([{ path: "slots.0", key: "oneSlotOfKind", values: { kind: "critic" } }]);
    expect(
      messagesOf(
        z.string().refine(() => false, rule("phone")),
        "",
      ),
    ).toEqual([{ path: "", key: "phone", values: undefined }]);
  });

  it("names the choices of a discriminated union and the fields a strict object refuses", () => {
    const kinds = z.discriminatedUnion("kind", [z.object({ kind: z.literal("a") }), z.object({ kind: z.literal("b") })]);
    expect(messagesOf(kinds, { kind: "c" })).toEqual([{ path: "kind", key: "oneOf", values: { values: "a, b" } }]);
    expect(messagesOf(z.strictObject({}), { owner: "me" })).toEqual([{ path: "", key: "unknownFields", values: { fields: "owner" } }]);
  });

  it("calls a refinement without a key not valid", () => {
    const issue = z
      .string()
      .refine(() => false)
      .safeParse("x").error?.issues[0];
    expect(issue && messageOfIssue(issue, null)).toEqual({ key: "invalid" });
  });
});
