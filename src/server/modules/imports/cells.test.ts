import { describe, expect, it } from "vitest";
import { SECTORS } from "../../../domain/vocabulary.js";
import { columnKey, matchHeader } from "./header.js";
import { Problems, quoted } from "./problems.js";
import { parseKey, parseYesNo, RowReader } from "./row-reader.js";

describe("reading cells", () => {
  it("reads yes and no in every accepted spelling and any case, blank as not answered", () => {
    for (const yes of ["yes", "Y", "TRUE", "1", "oui", " Oui "]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ["no", "n", "False", "0", "NON"]) expect(parseYesNo(no)).toBe(false);
    for (const blank of ["", "   "]) expect(parseYesNo(blank)).toBeNull();
    for (const other of ["peut-être", "2", "yes!", "o", "si"]) expect(parseYesNo(other)).toBeUndefined();
  });

  it("matches vocabulary keys and headers written as words, in any case", () => {
    expect(parseKey(SECTORS, "Public health")).toBe("public_health");
    expect(parseKey(SECTORS, "corrections-probation")).toBe("corrections_probation");
    expect(parseKey(SECTORS, "Polce")).toBeUndefined();
    expect(columnKey(" Support letter ")).toBe("support_letter");
    expect(columnKey("Responsable de l'Implémentation")).toBe("responsable_de_l'implementation");
  });

  it("quotes a value on one line, shortened", () => {
    expect(quoted("a\nb")).toBe("'a b'");
    expect(quoted("x".repeat(80))).toBe(`'${"x".repeat(57)}…'`);
  });

  it("reads a row through its header and reports each bad cell with the column as the file spells it", () => {
    const problems = new Problems();
    const columns = matchHeader(
      ["Name", "Mandate", "Sector", ""],
      { required: ["name", "sector"], optional: ["mandate", "notes"] },
      problems,
    );
    expect(problems.list).toEqual([]);
    if (!columns) throw new Error("the header should match");
    const row = { line: 9, values: ["  Ville de Lévis ", "peut-être", "Police", "stray"] };
    const reader = new RowReader(row, columns, problems);
    columns.checkUnnamed(row, problems);
    expect(reader.required("name")).toBe("Ville de Lévis");
    expect(reader.yesNo("mandate")).toBeUndefined();
    expect(reader.key("sector", SECTORS)).toBe("police");
    expect(reader.has("notes")).toBe(false);
    expect(reader.optional("notes")).toBeNull();
    expect(problems.list).toEqual([
      { entity: null, line: 9, column: null, message: "has a value in column 4, which has no name in the header" },
      { entity: null, line: 9, column: "Mandate", message: "must be yes or no (got 'peut-être')" },
    ]);
  });
});
