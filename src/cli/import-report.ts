// An import report as people read it in a terminal, in its language: what happened, counts per kind,
// what was created, and one line per problem with its line and column.
import type { Counts, ImportProblem, ImportReport } from "../contracts/imports.js";
import { render, text, type Language, type MessageKey } from "../server/messages/render.js";

/** Created entries listed before the rest is summed up; --json gives them all. */
const LISTED = 50;

type CountKey = keyof ImportReport["counts"];

const LABELS: Record<CountKey, MessageKey> = {
  involvementRecords: "cli.count.involvementRecords",
  organizations: "cli.count.organizations",
  contacts: "cli.count.contacts",
  partnerships: "cli.count.partnerships",
  memberships: "cli.count.memberships",
  programs: "cli.count.programs",
};

const SHOWN: Record<ImportReport["kind"], CountKey[]> = {
  involvement: ["involvementRecords", "memberships", "organizations", "partnerships", "programs"],
  registry: ["organizations", "contacts", "partnerships", "memberships", "programs"],
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
  if (report.errors.length > 0) return render(language, text("cli.refused", { source, count: report.errors.length }));
  if (report.dryRun) return render(language, text("cli.dryRunClean", { source }));
  return render(language, text(report.written ? "cli.imported" : "cli.unchanged", { source }));
}

function countLines(report: ImportReport, language: Language): string[] {
  const say = (key: MessageKey) => render(language, text(key));
  const row = (label: string, counts: Counts | { created: string; updated: string; unchanged: string }) =>
    `  ${label.padEnd(20)} ${String(counts.created).padStart(8)} ${String(counts.updated).padStart(8)} ${String(counts.unchanged).padStart(10)}`;
  const heading = row("", { created: say("cli.created"), updated: say("cli.updated"), unchanged: say("cli.unchangedColumn") });
  return [heading, ...SHOWN[report.kind].map((key) => row(say(LABELS[key]), report.counts[key]))];
}

function listed<T>(items: T[], describe: (item: T) => string, language: Language): string[] {
  const lines = items.slice(0, LISTED).map(describe);
  if (items.length > LISTED) lines.push(render(language, text("cli.more", { count: items.length - LISTED })));
  return lines;
}

/** The report's lines for standard output; problems go to standard error (see describeProblem). */
export function reportLines(report: ImportReport, source: string, language: Language = "en"): string[] {
  const lines = [headline(report, source, language)];
  if (report.errors.length > 0) return lines;
  lines.push(render(language, text("cli.rowsRead", { count: report.rows })), ...countLines(report, language));
  const { programs, partnerships, organizations } = report.created;
  const would = report.dryRun;
  const say = (key: MessageKey, params: Record<string, string>) => render(language, text(key, params));
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
        say(would ? "cli.wouldCreateOrganization" : "cli.createdOrganization", { name: organization.name, sector: organization.sector }),
      language,
    ),
  );
  return lines;
}
