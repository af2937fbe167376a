import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { detectSeparator, guardFormula, readCsv, unguardFormula, writeCsv } from "./csv.js";
import { readSheets, readTable } from "./read.js";
import { FileFormatError, formatOf, TooManyRowsError } from "./table.js";
import { readXlsx, writeWorkbook, writeXlsx, XLSX_LIMIT_BYTES } from "./xlsx.js";
import { workbookDataRows } from "./xlsx-rows.js";

const utf8 = (text: string) => Buffer.from(text, "utf8");

describe("reading CSV", () => {
  it("reads comma- and semicolon-separated files, with or without a byte-order mark", async () => {
    const expected = { header: ["name", "sector"], rows: [{ line: 2, values: ["Ville de Lévis", "municipal_government"] }] };
    expect(await readCsv(utf8("name,sector\nVille de Lévis,municipal_government\n"))).toEqual(expected);
    expect(await readCsv(utf8("\uFEFFname;sector\r\nVille de Lévis;municipal_government\r\n"))).toEqual(expected);
  });

  it("numbers each row by the line it starts on, across quoted line breaks and blank lines", async () => {
    const text = 'name,notes\nA,"first\r\nsecond"\n\n"B, Inc.","say ""hi"""\n,\nC,"x\n\ny"\nD,plain';
    expect((await readCsv(utf8(text))).rows).toEqual([
      { line: 2, values: ["A", "first\nsecond"] },
      { line: 5, values: ["B, Inc.", 'say "hi"'] },
      { line: 7, values: ["C", "x\n\ny"] },
      { line: 10, values: ["D", "plain"] },
    ]);
  });

  it("keeps rows with more or fewer cells than the header for the caller to judge", async () => {
    expect((await readCsv(utf8("a,b\n1\n1,2,3\n"))).rows).toEqual([
      { line: 2, values: ["1"] },
      { line: 3, values: ["1", "2", "3"] },
    ]);
  });

  it("refuses text that is not UTF-8, an unclosed quote (with its line) and an empty file", async () => {
    await expect(readCsv(Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x4c, 0xe9, 0x76, 0x69, 0x73]))).rejects.toThrow(/not UTF-8/);
    const unclosed = await readCsv(utf8('a,b\n1,2\n3,"open\n4,5\n')).catch((error: unknown) => error);
    expect(unclosed).toBeInstanceOf(FileFormatError);
    expect(unclosed).toMatchObject({ line: 3, message: "The file cannot be read: the quoted field that starts on line 3 is never closed" });
    await expect(readCsv(utf8('a,b\n1,x"y"\n'))).rejects.toThrow(
      "The file cannot be read on line 2: a quote appears inside a field that is not quoted as a whole",
    );
    await expect(readCsv(utf8("\uFEFF\n\n"))).rejects.toThrow(/empty/);
  });

  it("reads a file of over a megabyte alike wherever a CRLF or an accented letter falls between two megabytes", async () => {
    const cell = (index: number) => `${"é".repeat(500)}${String(index).padStart(6, "0")}`;
    const rowBytes = 1000 + 6 + 4;
    const rows = 1100;
    const body = Array.from({ length: rows }, (_, index) => `${cell(index)},x\r\n`).join("");
    // The header's length puts the first megabyte's end at byte `at` of a row: inside "é", before
    // "\r", between "\r" and "\n", and after a row.
    for (const at of [1, rowBytes - 2, rowBytes - 1, 0]) {
      const headerBytes = (1024 * 1024 - at - 3 - 4 + rowBytes * 1024) % rowBytes;
      const table = await readCsv(utf8(`\uFEFF${"h".repeat(headerBytes)},s\r\n${body}`));
      expect(table.header[0]).toHaveLength(headerBytes);
      expect(table.rows).toEqual(Array.from({ length: rows }, (_, index) => ({ line: index + 2, values: [cell(index), "x"] })));
    }
    // An invalid byte past the first megabyte is still refused.
    const late = Buffer.concat([utf8(`a,b\n${"x,y\n".repeat(300_000)}`), Buffer.from([0xff]), utf8("\n")]);
    await expect(readCsv(late)).rejects.toThrow(FileFormatError);
  });

  it("picks the separator that appears more in the first line outside quotes", () => {
    expect(detectSeparator('"a;b",c,d\n1;2;3;4;5')).toBe(",");
    expect(detectSeparator("a;b;c,d\n")).toBe(";");
    expect(detectSeparator("single\n")).toBe(",");
  });
});

describe("writing CSV", () => {
  it("writes a byte-order mark, CRLF lines and quotes where needed, and reads back to the same table", async () => {
    const rows = [["Lévis; Québec", 'say "hi"', "line\nbreak", 3, true, null]];
    const written = writeCsv(["a", "b", "c", "d", "e", "f"], rows);
    expect(written.toString("utf8").startsWith("\uFEFFa,b,c,d,e,f\r\n")).toBe(true);
    expect((await readCsv(written)).rows).toEqual([{ line: 2, values: ["Lévis; Québec", 'say "hi"', "line\nbreak", "3", "true", ""] }]);
  });

  it("keeps a spreadsheet from running a cell as a formula, and reads the value back unchanged", async () => {
    expect(guardFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardFormula("+1 613 555 0100")).toBe("'+1 613 555 0100");
    expect(guardFormula("Plain")).toBe("Plain");
    expect(unguardFormula("'don't")).toBe("'don't");
    const written = writeCsv(["name", "phone"], [["=1+1", "+1 613 555 0100"]]);
    expect(written.toString("utf8")).toContain("'=1+1,'+1 613 555 0100");
    expect((await readCsv(written)).rows[0]?.values).toEqual(["=1+1", "+1 613 555 0100"]);
  });
});

describe("XLSX", () => {
  it("writes sheets and reads them back, dates as YYYY-MM-DD and numbers and booleans as text", async () => {
    const data = await writeWorkbook([
      {
        name: "organizations",
        header: ["name", "since", "count", "flag"],
        rows: [
          ["=not a formula", "2026-03-01", 4, false],
          ["Second", null, null, true],
        ],
      },
      { name: "empty", header: [], rows: [] },
      { name: "contacts", header: ["name"], rows: [["Ana"]] },
    ]);
    expect(formatOf("upload.bin", data)).toBe("xlsx");
    const sheets = await readXlsx(data);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["organizations", "contacts"]);
    expect(sheets[0]?.table).toEqual({
      header: ["name", "since", "count", "flag"],
      rows: [
        { line: 2, values: ["=not a formula", "2026-03-01", "4", "false"] },
        { line: 3, values: ["Second", "", "", "true"] },
      ],
    });
  });

  it("reads back accented text across a long sheet intact", async () => {
    const names = Array.from({ length: 20000 }, (_, index) => [`Organisme ${index} de Québec — Lévis`]);
    const [sheet] = await readXlsx(await writeXlsx("organizations", ["name"], names));
    expect(sheet?.table.rows.filter((row, index) => row.values[0] !== names[index]?.[0])).toEqual([]);
  });

  it("reads date cells, formula results, rich text and gaps the way a person sees them", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("first");
    sheet.addRow(["when", "total", "label", "gap", "last"]);
    sheet.addRow([
      new Date(Date.UTC(2026, 0, 5)),
      { formula: "1+1", result: 2 },
      { richText: [{ text: "Ville " }, { text: "de Lévis" }] },
      null,
      "x",
    ]);
    sheet.addRow([]);
    sheet.addRow(["2026-02-01", 1, "y"]);
    workbook.addWorksheet("second").addRow(["ignored"]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readTable(data, "answers.xlsx")).toEqual({
      header: ["when", "total", "label", "gap", "last"],
      rows: [
        { line: 2, values: ["2026-01-05", "2", "Ville de Lévis", "", "x"] },
        { line: 4, values: ["2026-02-01", "1", "y"] },
      ],
    });
  });

  it("writes a single sheet, and refuses a file that is not a workbook", async () => {
    const sheets = await readSheets(await writeXlsx("one", ["a"], [["b"]]), "one.xlsx");
    expect(sheets).toEqual([{ name: "one", table: { header: ["a"], rows: [{ line: 2, values: ["b"] }] } }]);
    await expect(readSheets(utf8("a,b\n"), "fake.xlsx")).rejects.toThrow(/XLSX/);
    const long = await writeXlsx(
      "long",
      ["x"],
      Array.from({ length: 2000 }, (_, index) => [`row ${index}`]),
    );
    await expect(readXlsx(long.subarray(0, Math.floor(long.length / 2)))).rejects.toThrow(FileFormatError);
    const huge = new Uint8Array(XLSX_LIMIT_BYTES + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(readXlsx(huge)).rejects.toThrow("The workbook is larger than 10 MB; save it as CSV, or split it into smaller workbooks");
  });

  it("names a CSV file's table after the file", async () => {
    expect((await readSheets(utf8("a\n1\n"), "exports/contacts.csv"))[0]?.name).toBe("contacts");
  });
});

describe("row limits", () => {
  it("reads a CSV file up to the limit and stops at the first row past it, blank lines not counted", async () => {
    const text = (rows: number) => `name\n\n${Array.from({ length: rows }, (_, index) => `row ${index}`).join("\n\n")}\n`;
    expect((await readCsv(utf8(text(3)), { maxRows: 3 })).rows).toHaveLength(3);
    await expect(readCsv(utf8(text(4)), { maxRows: 3 })).rejects.toEqual(new TooManyRowsError(3));
    // A quoted field spanning many lines is one row.
    expect((await readCsv(utf8(`a\n"${"x\n".repeat(10)}"\n`), { maxRows: 1 })).rows).toHaveLength(1);
  });

  it("counts a workbook's filled rows over every sheet before loading it, headers not counted", async () => {
    const workbook = await writeWorkbook([
      { name: "one", header: ["a"], rows: [["1"], ["2"], [null], ["3"]] },
      { name: "two", header: ["b"], rows: [["Lévis"], ["Québec"]] },
    ]);
    expect(await workbookDataRows(workbook, 100)).toBe(5);
    expect(await readSheets(workbook, "x.xlsx", { maxRows: 5 })).toHaveLength(2);
    await expect(readSheets(workbook, "x.xlsx", { maxRows: 4 })).rejects.toEqual(new TooManyRowsError(4));
    expect(await workbookDataRows(utf8("not a zip"), 10)).toBeNull();
  });
});
