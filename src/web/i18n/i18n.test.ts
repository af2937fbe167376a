import { describe, expect, it } from "vitest";
import * as contractVocabularies from "../../domain/vocabulary.js";
import { en, fr, MESSAGE_FILES } from "./messages.js";
import { VOCABULARIES } from "./vocabulary.js";

type Tree = { [key: string]: string | Tree };
const LANGUAGES: Record<string, Tree> = { en, fr };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? "").sort();
}

const flat = { en: flatten(en), fr: flatten(fr) };

describe("translations", () => {
  it("every key in English exists in French and every key in French exists in English", () => {
    const missingInFrench = [...flat.en.keys()].filter((key) => !flat.fr.has(key));
    const missingInEnglish = [...flat.fr.keys()].filter((key) => !flat.en.has(key));
    expect({ missingInFrench, missingInEnglish }).toEqual({ missingInFrench: [], missingInEnglish: [] });
  });

  it("each section of the texts is written in one file only, the same one in both languages", () => {
    for (const files of Object.values(MESSAGE_FILES)) {
      const owners = new Map<string, string[]>();
      for (const [file, sections] of Object.entries(files)) {
        for (const section of Object.keys(sections)) owners.set(section, [...(owners.get(section) ?? []), file]);
      }
      const shared = [...owners].filter(([, names]) => names.length > 1).map(([section, names]) => `${section}: ${names.join(", ")}`);
      expect(shared).toEqual([]);
    }
    const sectionsOf = (language: keyof typeof MESSAGE_FILES) =>
      Object.fromEntries(Object.entries(MESSAGE_FILES[language]).map(([file, sections]) => [file, Object.keys(sections).sort()]));
    expect(sectionsOf("fr")).toEqual(sectionsOf("en"));
  });

  it("no translation is empty", () => {
    for (const [language, tree] of Object.entries(LANGUAGES)) {
      const empty = [...flatten(tree)].filter(([, text]) => text.trim() === "").map(([key]) => key);
      expect(empty, `empty strings in ${language}`).toEqual([]);
    }
  });

  it("both languages use the same placeholders in each message", () => {
    const mismatched = [...flat.en]
      .filter(([key, text]) => flat.fr.has(key) && variables(text).join() !== variables(flat.fr.get(key) ?? "").join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("every value of every shared vocabulary has a label in both languages", () => {
    const missing: string[] = [];
    for (const [name, values] of Object.entries(VOCABULARIES)) {
      for (const value of values) {
        for (const language of ["en", "fr"] as const) {
          const label = flat[language].get(`vocabulary.${name}.${value}`);
          if (!label || label.trim() === "") missing.push(`${language}: vocabulary.${name}.${value}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("the web app labels every vocabulary the contracts define", () => {
    const labelled = new Set<unknown>(Object.values(VOCABULARIES));
    const unlabelled = Object.entries(contractVocabularies)
      .filter(([, value]) => Array.isArray(value) && !labelled.has(value))
      .map(([name]) => name);
    expect(unlabelled).toEqual([]);
  });

  it("no label is left over from a vocabulary value that no longer exists", () => {
    const known = new Set(Object.entries(VOCABULARIES).flatMap(([name, values]) => values.map((value) => `vocabulary.${name}.${value}`)));
    const stale = [...flat.en.keys()].filter((key) => key.startsWith("vocabulary.") && !known.has(key));
    expect(stale).toEqual([]);
  });
});
