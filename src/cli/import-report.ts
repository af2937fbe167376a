// An import report as people read it in a terminal, in its language: what happened, counts per kind,
// what was created, and one line per problem with its line and column.
import type { Counts, ImportProblem, ImportReport } from "../contracts/imports.js";
import { SECTORS, type Sector } from "../domain/vocabulary.js";
import { render, text, type Language, type MessageKey, type MessageParams } from "../server/messages/render.js";

/** Created entries listed before the rest is summed up; --json gives them all. */
const LISTED = 50;

type CountKey = keyof ImportReport["counts"];

const LABELS: Record<CountKey, MessageKey> = {
  involvementRecords: "cli.count.involvementRecords",
  communications: "cli.count.communications",
  organizations: "cli.count.organizations",
  contacts: "cli.count.contacts",
  partnerships: "cli.count.partnerships",
  memberships: "cli.count.memberships",
  programs: "cli.count.programs",
  commitments: "cli.count.commitments",
};

const SHOWN: Record<ImportReport["kind"], CountKey[]> = {
  involvement: ["involvementRecords", "memberships", "organizations", "partnerships", "programs"],
  registry: ["organizations", "contacts", "partnerships", "memberships", "programs"],
  commitments: ["commitments"],
  communications: ["communications"],
};

/** "line 7, column support_letter: must be yes or no (got 'peut-être')", with the sheet first for a registry. */
export function describeProblem(problem: ImportProblem, language: Language = "en"): string {
  const place = [
    problem.entity,
    problem.line === null ? null : render(language, text("cli.place.line", { line: problem.line })),
    problem.column === null ? null : render(language, text("cli.place.column", { column: problem.column })),
  ].filter((part) => part !== null);
  return place.length > 0 ? render(language, text("cli.problem", { place: place.join(", "), problem: problem.message })) : problem.message;
}

function headline(report: ImportReport, source: string, language: Language): string {
  if (report.errorCount > 0) return render(language, text("cli.refused", { source, count: report.errorCount }));
  if (report.dryRun) return render(language, text("cli.dryRunClean", { source }));
  return render(language, text(report.written ? "cli.imported" : "cli.unchanged", { source }));
}

function isSector(value: string): value is Sector {
  return SECTORS.some((sector) => sector === value);
}

type Cells = [label: string, created: string, updated: string, unchanged: string];

/** A table of counts whose columns fit the longest label and heading of the language, numbers aligned right. */
function countLines(report: ImportReport, language: Language): string[] {
  const say = (key: MessageKey) => render(language, text(key));
  const cells = (label: string, counts: Counts): Cells => [label, String(counts.created), String(counts.updated), String(counts.unchanged)];
  const rows: Cells[] = [
    ["", say("cli.created"), say("cli.updated"), say("cli.unchangedColumn")],
    ...SHOWN[report.kind].map((key) => cells(say(LABELS[key]), report.counts[key])),
  ];
  const widths = ([0, 1, 2, 3] as const).map((column) => Math.max(...rows.map((row) => [...row[column]].length)));
  const pad = (value: string, column: number) => {
    const fill = " ".repeat((widths[column] ?? 0) - [...value].length);
    return column === 0 ? value + fill : fill + value;
  };
  return rows.map((row) => `  ${row.map(pad).join("   ")}`.trimEnd());
}

function listed<T>(items: T[], describe: (item: T) => string, language: Language): string[] {
  const lines = items.slice(0, LISTED).map(describe);
  if (items.length > LISTED) lines.push(render(language, text("cli.more", { count: items.length - LISTED })));
  return lines;
}

/**
 * What a report leaves unlisted, said after its listed problems or warnings: "… and 4,000 more, not
 * listed", or nothing when it lists them all.
 */
export function unlistedLine(listed: number, count: number, language: Language): string | null {
  return count > listed ? render(language, text("cli.unlisted", { count: count - listed })) : null;
}

/** The report's lines for standard output; problems go to standard error (see describeProblem). */
export function reportLines(report: ImportReport, source: string, language: Language = "en"): string[] {
  const lines = [headline(report, source, language)];
  if (report.errorCount > 0) return lines;
  lines.push(render(language, text("cli.rowsRead", { count: report.rows })), ...countLines(report, language));
  const { programs, partnerships, organizations } = report.created;
  const would = report.dryRun;
  const say = (key: MessageKey, params: MessageParams) => render(language, text(key, params));
  lines.push(
    ...listed(
      programs,
      (program) => say(would ? "cli.wouldCreateProgram" : "cli.createdProgram", { code: program.code, name: program.name }),
      language,
    ),
  );
  lines.push(
    ...listed(
      partnerships,
      (partnership) =>
        say(would ? "cli.wouldCreatePartnership" : "cli.createdPartnership", {
          name: partnership.name,
          program: partnership.program,
          lead: partnership.leadOrganization,
        }),
      language,
    ),
  );
  lines.push(
    ...listed(
      organizations,
      (organization) =>
        say(would ? "cli.wouldCreateOrganization" : "cli.createdOrganization", {
          name: organization.name,
          sector: isSector(organization.sector) ? text(`sector.${organization.sector}`) : organization.sector,
        }),
      language,
    ),
  );
  return lines;
}
