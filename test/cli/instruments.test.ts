import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildInstrumentDocument } from "../support/survey-instruments-factories.js";
import { commandEnvironments, SLOW } from "./environments.js";
import { runCli } from "./run-cli.js";

const { folder, file, targets } = commandEnvironments("instruments");
const FRENCH = { LANG: "fr_CA.UTF-8" };

/** A document with an empty French title, a score naming an unknown item and bands out of order. */
function brokenDocument(): string {
  const document = buildInstrumentDocument({ id: "cli-pulse" });
  const [strength, borderline] = document.bands;
  return JSON.stringify({
    ...document,
    title: { en: "Pulse", fr: " " },
    scores: [{ ...document.scores[0], items: ["trust_1", "trust_7"] }],
    bands: [borderline, strength],
  });
}

for (const target of targets) {
  describe(`convene instruments on ${target.name}`, () => {
    const run = (args: string[], env: Record<string, string>) => runCli(args, { env, timeoutMs: 60_000 });

    it(
      "imports a document, lists it, and exports it again exactly, another version by --version",
      async () => {
        const env = await target.fresh();
        const first = buildInstrumentDocument({ id: "cli-pulse" });
        const imported = await run(["instruments", "import", file("first.json", JSON.stringify(first))], env);
        expect(imported.code, imported.stderr).toBe(0);
        expect(imported.stdout).toContain('imported "cli-pulse" version 1');
        const second = buildInstrumentDocument({ id: "cli-pulse", version: 2, title: { en: "Pulse two", fr: "Pouls deux" } });
        expect((await run(["instruments", "import", file("second.json", JSON.stringify(second))], env)).code).toBe(0);

        const listed = await run(["instruments", "list"], withFrench(env));
        expect(listed.code, listed.stderr).toBe(0);
        expect(listed.stdout.split("\n")).toContain("cli-pulse\tv2\t1,2\tPouls deux");

        const exported = await run(["instruments", "export", "cli-pulse"], env);
        expect(exported.code, exported.stderr).toBe(0);
        expect(JSON.parse(exported.stdout)).toEqual(second);
        expect(exported.stdout).toBe(`${JSON.stringify(second, null, 2)}\n`);
        const output = join(folder, `${target.name}-v1.json`);
        const written = await run(["instruments", "export", "cli-pulse", "--version", "1", "--output", output], env);
        expect(written.code, written.stderr).toBe(0);
        expect(JSON.parse(readFileSync(output, "utf8"))).toEqual(first);

        const missing = await run(["instruments", "export", "cli-pulse", "--version", "3"], withFrench(env));
        expect(missing.code).toBe(1);
        expect(missing.stderr).toContain("convene: L'instrument « cli-pulse » n'a pas de version 3");
        const stale = await run(["instruments", "import", file("again.json", JSON.stringify(first))], env);
        expect(stale.code).toBe(1);
        expect(stale.stderr).toContain('The latest version of "cli-pulse" is 2; a new version must be greater');
      },
      SLOW,
    );

    it(
      "prints every problem of a document by its path in the terminal's language and imports nothing",
      async () => {
        const env = await target.fresh();
        const broken = file("broken.json", brokenDocument());
        const french = await run(["instruments", "import", broken], withFrench(env));
        expect(french.code).toBe(1);
        expect(french.stderr.split("\n").filter(Boolean)).toEqual([
          "title.fr est obligatoire",
          "scores.0.items.1 « trust_7 » n'est pas une question de cet instrument",
          "bands.1.min doit suivre une tranche de min plus élevé\u00a0: les tranches vont du min le plus élevé au plus bas",
          `convene: ${broken}\u00a0: 3 problèmes\u202f; rien n'a été importé`,
        ]);
        const english = await run(["instruments", "import", broken], env);
        expect(english.stderr.split("\n")[0]).toBe("title.fr is required");
        const notJson = await run(["instruments", "import", file("not.json", "{ nope")], env);
        expect(notJson.code).toBe(1);
        expect(notJson.stderr).toContain("is not valid JSON");
        const listed = await run(["instruments", "list"], env);
        expect(listed.stdout).not.toContain("cli-pulse");
      },
      SLOW,
    );
  });
}

function withFrench(env: Record<string, string>): Record<string, string> {
  return { ...env, ...FRENCH };
}
