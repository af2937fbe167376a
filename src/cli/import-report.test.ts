import { describe, expect, it } from "vitest";
import type { ImportReport } from "../contracts/imports.js";
import { reportLines } from "./import-report.js";

const counts = (created: number, updated: number, unchanged: number) => ({ created, updated, unchanged });

const report: ImportReport = {
  kind: "involvement",
  dryRun: true,
  written: false,
  rows: 1204,
  counts: {
    programs: counts(1, 0, 3),
    organizations: counts(12, 0, 140),
    contacts: counts(0, 0, 0),
    partnerships: counts(2, 0, 31),
    memberships: counts(0, 0, 1190),
    involvementRecords: counts(1204, 0, 0),
    commitments: counts(0, 0, 0),
    communications: counts(0, 0, 0),
  },
  created: { programs: [], partnerships: [], organizations: [{ name: "Centre jeunesse", sector: "youth_organizations" }] },
  errors: [],
  errorCount: 0,
  warnings: [],
  warningCount: 0,
};

/** Where each column of the counts table ends, line by line. */
function columnEnds(lines: string[]): number[][] {
  const table = lines.slice(2, 8);
  return table.map((line) => [...line.matchAll(/\S+(?= {2,}|$)/g)].map((match) => match.index + match[0].length));
}

describe("the import report in a terminal", () => {
  it.each(["en", "fr"] as const)("aligns the counts under their headings in %s", (language) => {
    const ends = columnEnds(reportLines(report, "answers.csv", language));
    const numbers = ends.slice(1).map((line) => line.slice(-3));
    for (const line of numbers) expect(line).toEqual(ends[0]);
  });

  it("names the sector of a created organization in the reader's language", () => {
    expect(reportLines(report, "answers.csv", "fr").at(-1)).toBe("Organisme «\u00a0Centre jeunesse\u00a0» à créer (Organismes jeunesse)");
    expect(reportLines(report, "answers.csv", "en").at(-1)).toBe('Would create organization "Centre jeunesse" (Youth organizations)');
  });
});
