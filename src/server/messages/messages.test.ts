import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { fr } from "./fr.js";
import { placeholdersOf, render, text, type MessageKey } from "./render.js";

const keys = Object.keys(en) as MessageKey[];

describe("the server's message catalogue", () => {
  it("has exactly the same keys in French as in English", () => {
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
  });

  it("uses the same placeholders in both languages", () => {
    const differing = keys.filter((key) => placeholdersOf(en[key]).join() !== placeholdersOf(fr[key]).join());
    expect(differing).toEqual([]);
  });

  it("gives a count to every message written in plural forms", () => {
    const withoutCount = keys.filter((key) =>
      [en[key], fr[key]].some((message) => typeof message !== "string" && !placeholdersOf(message).includes("count")),
    );
    expect(withoutCount).toEqual([]);
  });

  it("has no empty message", () => {
    const empty = keys.filter((key) =>
      [en[key], fr[key]].some(
        (message) => placeholdersOf(message).length === 0 && String(typeof message === "string" ? message : message.other).trim() === "",
      ),
    );
    expect(empty).toEqual([]);
  });

  it("fills in placeholders, nested messages and plural forms", () => {
    expect(render("en", text("error.notFound", { what: text("thing.program") }))).toBe("Program not found");
    expect(render("fr", text("error.notFound", { what: text("thing.program") }))).toBe("Programme introuvable");
    expect(render("en", text("partnership.hasMembers", { name: "Harbour", count: 1 }))).toBe(
      '"Harbour" still has 1 member organization besides its lead; remove it first',
    );
    expect(render("en", text("partnership.hasMembers", { name: "Harbour", count: 3 }))).toContain("3 member organizations");
    // French counts zero and one alike.
    expect(render("fr", text("import.problemsFound", { count: 0 }))).toBe("0 problème trouvé\u202f; rien n'a été enregistré");
    expect(render("fr", text("import.problemsFound", { count: 2 }))).toBe("2 problèmes trouvés\u202f; rien n'a été enregistré");
    expect(
      render(
        "fr",
        text("error.invalidInput", {
          summary: [
            text("error.fieldProblem", { field: "a", problem: text("import.required") }),
            text("error.fieldProblem", { field: "b", problem: "is wrong" }),
          ],
        }),
      ),
    ).toBe("Données non valides\u00a0: a est obligatoire\u202f; b is wrong");
  });
});
