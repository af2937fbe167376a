// The command prints import problems and refusals in the terminal's language (LC_ALL, LC_MESSAGES,
// LANG); exit codes and the shape of --json stay the same.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { involvementCsv, type InvolvementFileRow } from "../support/involvement-files.js";
import { ensureBuilt, runCli } from "./run-cli.js";

const folder = mkdtempSync(join(tmpdir(), "convene-language-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const rows: InvolvementFileRow[] = [
  { program: "Youth Fund", partnership: "Harbour Youth Safety", organization: "Ville de Lévis", perspective: "lead" },
  {
    program: "Youth Fund",
    partnership: "Harbour Youth Safety",
    organization: "Centre jeunesse",
    perspective: "partner",
    answers: { support_letter: "peut-être" },
  },
  { program: "Youth Fund", partnership: "Harbour Youth Safety", organization: "", perspective: "partner" },
];

describe("convene in the terminal's language", () => {
  const answers = join(folder, "answers.csv");
  const env = (locale: Record<string, string>) => ({
    CONVENE_DATA_DIR: join(folder, "data"),
    LC_ALL: "",
    LC_MESSAGES: "",
    LANG: "",
    ...locale,
  });
  const run = (args: string[], locale: Record<string, string>) => runCli(args, { env: env(locale), timeoutMs: 60_000 });

  beforeAll(() => {
    ensureBuilt();
    writeFileSync(answers, involvementCsv(rows));
  }, 120_000);

  it("prints an import's problems in French with LANG=fr_CA.UTF-8, on the same lines and columns", async () => {
    const french = await run(["import", "involvement", "--dry-run", answers], { LANG: "fr_CA.UTF-8" });
    expect(french.code).toBe(2);
    expect(french.stdout).toContain(`${answers}\u00a0: rien n'a été enregistré\u202f; 2 problèmes à corriger d'abord.`);
    expect(french.stderr.trim().split("\n")).toEqual([
      `Base de données SQLite utilisée\u00a0: ${join(folder, "data", "convene.sqlite")}`,
      "ligne 3, colonne support_letter\u00a0: doit être oui ou non (valeur\u00a0: 'peut-être')",
      "ligne 4, colonne organization\u00a0: est obligatoire",
    ]);
    const english = await run(["import", "involvement", "--dry-run", answers], { LANG: "C.UTF-8" });
    expect(english.code).toBe(2);
    expect(english.stderr.trim().split("\n")).toEqual([
      `Using SQLite at ${join(folder, "data", "convene.sqlite")}`,
      "line 3, column support_letter: must be yes or no (got 'peut-être')",
      "line 4, column organization: is required",
    ]);
  }, 120_000);

  it("keeps the JSON report's shape, its messages in the terminal's language", async () => {
    const french = await run(["import", "involvement", "--dry-run", "--json", answers], { LC_MESSAGES: "fr_FR.UTF-8" });
    const english = await run(["import", "involvement", "--dry-run", "--json", answers], {});
    expect(french.code).toBe(2);
    const place = (problem: { entity: string | null; line: number | null; column: string | null }) => [
      problem.entity,
      problem.line,
      problem.column,
    ];
    const frenchReport = JSON.parse(french.stdout);
    const englishReport = JSON.parse(english.stdout);
    expect(frenchReport.errors.map(place)).toEqual(englishReport.errors.map(place));
    expect(frenchReport.errors[1].message).toBe("est obligatoire");
    expect(Object.keys(frenchReport)).toEqual(Object.keys(englishReport));
  }, 120_000);

  it("prints a refusal in French and exits as in English; LC_ALL overrides LANG", async () => {
    const french = await run(["token", "create", "--email", "nobody@example.org"], { LANG: "fr_CA.UTF-8" });
    expect(french.code).toBe(1);
    expect(french.stderr).toContain("Utilisateur nobody@example.org introuvable");
    const overridden = await run(["token", "create", "--email", "nobody@example.org"], { LANG: "fr_CA.UTF-8", LC_ALL: "en_CA.UTF-8" });
    expect(overridden.code).toBe(1);
    expect(overridden.stderr).toContain("User nobody@example.org not found");
  }, 120_000);
  it("says which files --output wrote in the terminal's language, with their rows counted", async () => {
    const exports = join(folder, "exports");
    const french = await run(["export", "registry", "--format", "csv", "--output", `${exports}/`], { LANG: "fr_CA.UTF-8" });
    expect(french.code, french.stderr).toBe(0);
    expect(french.stdout).toContain(`Fichier écrit\u00a0: ${join(exports, "organizations.csv")} (`);
    expect(french.stdout).toMatch(/ \(\d+ lignes?\)\n/);
    expect(french.stdout).not.toContain("Wrote");
    const english = await run(["export", "registry", "--format", "csv", "--output", `${exports}/`], { LANG: "C.UTF-8" });
    expect(english.stdout).toContain(`Wrote ${join(exports, "organizations.csv")} (`);
    expect(english.stdout).toMatch(/ \(\d+ rows?\)\n/);
  }, 120_000);
});
