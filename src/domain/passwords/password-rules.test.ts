import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords.js";
import { hasControlCharacter, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from "./password-rules.js";

const EMAIL = "ada.lovelace@example.org";
/** Any sequence of UTF-16 units, lone surrogates included. */
const utf16Units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 }).map((codes) => String.fromCharCode(...codes));

describe("the rules a new password must meet", () => {
  it.each([
    ["", null, "required"],
    ["aaaaaaaaaaaa", null, "passwordRepeated"],
    ["            ", null, "passwordRepeated"],
    ["AaAaAaAaAaAa", null, "passwordRepeated"],
    ["abcabcabcabc", null, "passwordRepeated"],
    ["password1234", null, "passwordCommon"],
    ["PassWord1234", null, "passwordCommon"],
    [" password1234 ", null, "passwordCommon"],
    ["ｐａｓｓｗｏｒｄ1234", null, "passwordCommon"],
    ["123456789012", null, "passwordSequence"],
    ["abcdefghijklmn", null, "passwordSequence"],
    ["987654321098", null, "passwordSequence"],
    ["qazwsxedcrfv", null, "passwordCommon"],
    ["\u0000".repeat(12), null, "controlCharacters"],
    ["correct horse\tbattery", null, "controlCharacters"],
    ["correct horse\u0085battery", null, "controlCharacters"],
    ["correct horse \ud800 battery", null, "invalidCharacters"],
    ["correct horse battery \udc00", null, "invalidCharacters"],
    ["short pass", null, "tooShort"],
    ["🐴🐴🐴🐴🐴🐴", null, "tooShort"],
    ["x".repeat(PASSWORD_MAX_LENGTH) + "y", null, "tooLong"],
    ["y".repeat(10_000), null, "tooLong"],
    [EMAIL, EMAIL, "passwordContainsEmail"],
    ["my ADA.LOVELACE@example.org!", EMAIL, "passwordContainsEmail"],
    ["ada.lovelace-1815!", EMAIL, "passwordContainsEmail"],
  ])("refuses %j (email %s) as %s", (password, email, key) => {
    expect(passwordProblem(password, { email })?.key).toBe(key);
  });

  it.each([
    ["correct horse battery staple", null],
    ["a long enough password", EMAIL],
    ["12 lettres élégantes", null],
    ["🐴🐴🐴🐴🐴🐴🦓🦓🦓🦓🦓🦓", null],
    ["    spaced  out    words ", null],
    ["jo is my friend for years", "jo@example.org"],
    ["z".repeat(PASSWORD_MAX_LENGTH - 1) + "!", null],
  ])("accepts %j (email %s)", (password, email) => {
    expect(passwordProblem(password, { email })).toBeNull();
  });

  it("counts length in characters, not UTF-16 units", () => {
    const eleven = "🐴🦓🐴🦓🐴🦓🐴🦓🐴🦓🐴";
    expect(eleven.length).toBe(22);
    expect(passwordProblem(eleven)).toEqual({ key: "tooShort", values: { count: PASSWORD_MIN_LENGTH } });
    expect(passwordProblem(`${eleven}🦄`)).toBeNull();
  });

  it("refuses every listed common password, in any case", () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThan(300);
    for (const password of COMMON_PASSWORDS) {
      expect(["passwordCommon", "passwordRepeated", "passwordSequence"]).toContain(passwordProblem(password)?.key);
      expect(passwordProblem(password.toUpperCase())).not.toBeNull();
    }
  });

  it("refuses any one character repeated, whatever the character and the length", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }), fc.integer({ min: 12, max: 256 }), (char, count) => {
        expect(passwordProblem(char.repeat(count))).not.toBeNull();
      }),
    );
  });

  it("refuses any password holding a control character", () => {
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((code) => code < 0x20 || code >= 0x7f)
      .map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 20 }),
        control,
        fc.string({ minLength: 12, maxLength: 20 }),
        (before, char, after) => {
          expect(passwordProblem(before + char + after)?.key).toMatch(/controlCharacters|invalidCharacters/);
        },
      ),
    );
  });

  it("refuses any password holding the account's email address or its local part", () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9.]{3,20}$/);
    fc.assert(
      fc.property(
        local,
        fc.string({ unit: "grapheme-ascii", maxLength: 10 }),
        fc.string({ unit: "grapheme-ascii", maxLength: 10 }),
        (name, before, after) => {
          const email = `${name}@example.org`;
          const problem = passwordProblem(`${before}${name.toUpperCase()}${after}`.padEnd(12, "#"), { email });
          expect(problem).not.toBeNull();
        },
      ),
    );
  });

  it("answers a problem or nothing for any text, and never throws", () => {
    fc.assert(
      fc.property(utf16Units, fc.option(fc.emailAddress()), (password, email) => {
        const problem = passwordProblem(password, { email });
        if (problem === null) expect([...password].length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      }),
    );
  });

  it("accepts long random passwords of printable characters", () => {
    const printable = fc.string({ unit: "grapheme", minLength: 16, maxLength: 64 }).filter((value) => !hasControlCharacter(value));
    fc.assert(
      fc.property(printable, (password) => {
        const distinct = new Set(password.toLowerCase()).size;
        fc.pre(distinct >= 4);
        expect(passwordProblem(password)).toBeNull();
      }),
    );
  });
});
