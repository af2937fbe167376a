// French sets a no-break space before a colon and a narrow no-break space before ; ? and !, in the
// server's messages and in the web app's texts alike. URLs, placeholders and times keep their colons.
import { describe, expect, it } from "vitest";
import { en as serverEnglish } from "../../src/server/messages/en.js";
import { fr as serverFrench } from "../../src/server/messages/fr.js";
import { en as webEnglish, fr as webFrench } from "../../src/web/i18n/messages.js";

type Tree = { [key: string]: string | Tree };

function texts(tree: Tree | Record<string, string | Record<string, string | undefined>>, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value === undefined) return [];
    return typeof value === "string" ? [[path, value]] : texts(value, path);
  });
}

const EXEMPT = /https?:\/\/\S+|\{\{[^}]*\}\}|\{[^}]*\}|\d:\d/g;

/** Each ; : ? ! of a text that lacks the space French sets before it, shown in its context. */
function badlySpaced(text: string): string[] {
  const bare = text.replace(EXEMPT, (match) => "x".repeat(match.length));
  const problems: string[] = [];
  for (const match of bare.matchAll(/[;:?!]/g)) {
    const at = match.index;
    const before = bare[at - 1];
    const wanted = match[0] === ":" ? "\u00a0" : "\u202f";
    if (at > 0 && before !== wanted) problems.push(`…${text.slice(Math.max(0, at - 12), at + 1)}`);
  }
  return problems;
}

describe("French typography", () => {
  it("finds a missing or ordinary space before French punctuation", () => {
    expect(badlySpaced("Données non valides : a")).toHaveLength(1);
    expect(badlySpaced("existe déjà; rechargez")).toHaveLength(1);
    expect(badlySpaced("Supprimer\u202f?")).toEqual([]);
    expect(badlySpaced("Voir https://example.org/a?b=1 à 10:30, {{count}} et {name}")).toEqual([]);
  });

  it("spaces ; : ? ! in every French message of the server and of the web app", () => {
    const catalogues = { server: texts(serverFrench), web: texts(webFrench) };
    const found = Object.entries(catalogues).flatMap(([where, entries]) =>
      entries.flatMap(([key, text]) => badlySpaced(text).map((problem) => `${where} ${key}: ${problem}`)),
    );
    expect(found).toEqual([]);
  });

  it("writes plurals as plural forms, never as level(s) or niveau(x)", () => {
    const catalogues = [serverEnglish, serverFrench, webEnglish, webFrench].flatMap((catalogue) => texts(catalogue));
    expect(catalogues.filter(([, text]) => /\w\((s|x|es)\)/.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });
});
