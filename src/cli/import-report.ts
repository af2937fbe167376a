// An import report as people read it in a terminal: what happened, counts per kind, what was
// created, and one line per problem with its line and column.
import type { Counts, ImportProblem, ImportReport } from "../contracts/imports.js";

/** Created entries listed before the rest is summed up; --json gives them all. */
const LISTED = 50;

const LABELS: Record<keyof ImportReport["counts"], string> = {
  involvementRecords: "involvement records",
  organizations: "organizations",
  contacts: "contacts",
  partnerships: "partnerships",
  memberships: "memberships",
  programs: "programs",
};

const SHOWN: Record<ImportReport["kind"], (keyof ImportReport["counts"])[]> = {
  involvement: ["involvementRecords", "memberships", "organizations", "partnerships", "programs"],
  registry: ["organizations", "contacts", "partnerships", "memberships", "programs"],
};

/** "line 7, column support_letter: must be yes or no (got 'peut-être')", with the sheet first for a registry. */
export function describeProblem(problem: ImportProblem): string {
  const place = [
    problem.entity,
    problem.line === null ? null : `line ${problem.line}`,
    problem.column === null ? null : `column ${problem.column}`,
  ].filter((part) => part !== null);
  return place.length > 0 ? `${place.join(", ")}: ${problem.message}` : problem.message;
}

function headline(report: ImportReport, source: string): string {
  if (report.errors.length > 0) return `${source}: nothing was written; ${report.errors.length} problem(s) to fix first.`;
  if (report.dryRun) return `Dry run of ${source}: everything checks out; nothing was written.`;
  return report.written ? `Imported ${source}.` : `${source} matches the database; nothing needed changing.`;
}

function countLines(report: ImportReport): string[] {
  const row = (label: string, counts: Counts | { created: string; updated: string; unchanged: string }) =>
    `  ${label.padEnd(20)} ${String(counts.created).padStart(8)} ${String(counts.updated).padStart(8)} ${String(counts.unchanged).padStart(10)}`;
  return [row("", { created: "created", updated: "updated", unchanged: "unchanged" }), ...SHOWN[report.kind].map((key) => row(LABELS[key], report.counts[key]))];
}

function listed<T>(items: T[], describe: (item: T) => string): string[] {
  const lines = items.slice(0, LISTED).map(describe);
  if (items.length > LISTED) lines.push(`  … and ${items.length - LISTED} more (--json lists them all)`);
  return lines;
}

/** The report's lines for standard output; problems go to standard error (see describeProblem). */
export function reportLines(report: ImportReport, source: string): string[] {
  const lines = [headline(report, source)];
  if (report.errors.length > 0) return lines;
  lines.push(`${report.rows} row(s) read.`, ...countLines(report));
  const { programs, partnerships, organizations } = report.created;
  const verb = report.dryRun ? "Would create" : "Created";
  lines.push(...listed(programs, (program) => `${verb} program ${program.code} "${program.name}"`));
  lines.push(...listed(partnerships, (partnership) => `${verb} partnership "${partnership.name}" in ${partnership.program}, led by ${partnership.leadOrganization}`));
  lines.push(...listed(organizations, (organization) => `${verb} organization "${organization.name}" (sector ${organization.sector})`));
  return lines;
}
