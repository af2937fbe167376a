// Each kind of question as the respondent's browser first receives it, rendered without a browser: the
// fieldset and legend, "required" in words, the names a screen reader gives each control.
import { MantineProvider } from "@mantine/core";
import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../i18n/i18n.js";
import type { LocalizedItem } from "./answers.js";
import { ItemField } from "./item-field.js";

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: "fr", fallbackLng: "en", interpolation: { escapeValue: false } });
});

const base = { help: null, options: null, min: null, max: null };

/** The markup of one question, without the style elements Mantine writes for a server render. */
function render(item: LocalizedItem, options: { value?: number | string | string[]; problem?: string } = {}): string {
  const html = renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(
        MantineProvider,
        null,
        createElement(ItemField, { item, value: options.value, problem: options.problem, onChange: () => undefined }),
      ),
    ),
  );
  return html.replace(/<style[^>]*>[\s\S]*?<\/style>/g, "");
}

const visible = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("a question of the respondent's form", () => {
  it("is a fieldset whose legend says the statement and, in words, that it is required", () => {
    const html = render({ ...base, id: "vision", type: "agreement5", text: "Les partenaires partagent une vision.", required: true });
    expect(html).toMatch(/^<fieldset id="item-vision"/);
    expect(visible(/<legend[^>]*>(.*?)<\/legend>/.exec(html)?.[1] ?? "")).toBe("Les partenaires partagent une vision. (obligatoire)");
  });

  it("offers five points named by their meaning, and don't know apart, all in one group of radios", () => {
    const html = render({ ...base, id: "vision", type: "agreement5", text: "Vision", required: false }, { value: 4 });
    const labels = [...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((match) => visible(match[1] ?? ""));
    expect(labels).toEqual([
      "1 Tout à fait en désaccord",
      "2 En désaccord",
      "3 Ni en accord ni en désaccord",
      "4 D’accord",
      "5 Tout à fait d’accord",
      "Je ne sais pas",
    ]);
    expect([...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)].every((match) => match[0].includes('name="vision"'))).toBe(true);
    expect(/<input[^>]*value="4"[^>]*>/.exec(html)?.[0]).toContain("checked");
    expect(visible(html)).toContain("Effacer cette réponse");
  });

  it("reads the server's problem with the group and marks it", () => {
    const html = render({ ...base, id: "future", type: "yesno", text: "Poursuivre ?", required: true }, { problem: "Réponse obligatoire" });
    expect(html).toContain('aria-describedby="item-future-problem"');
    expect(html).toMatch(/id="item-future-problem"[^>]*>Réponse obligatoire</);
    expect([...html.matchAll(/<label[^>]*>(.*?)<\/label>/g)].map((match) => visible(match[1] ?? ""))).toEqual(["Oui", "Non"]);
  });

  it("labels a single control by what it takes, under the question as legend", () => {
    const number = render({ ...base, id: "meetings", type: "number", text: "Combien ?", required: false, min: 0, max: 100 });
    expect(number).toMatch(/<legend/);
    expect(visible(number)).toContain("Votre réponse (un nombre de 0 à 100)");
    const long = render({ ...base, id: "comments", type: "longtext", text: "Autre chose ?", required: false }, { value: "Merci" });
    expect(long).toMatch(/<textarea[^>]*maxLength="5000"|<textarea[^>]*maxlength="5000"/);
  });

  it("offers checkboxes for several choices and keeps the ones ticked", () => {
    const html = render(
      {
        ...base,
        id: "benefits",
        type: "multiple",
        text: "Avantages",
        required: false,
        options: [
          { key: "contacts", label: "Contacts" },
          { key: "services", label: "Services" },
        ],
      },
      { value: ["services"] },
    );
    const boxes = [...html.matchAll(/<input[^>]*type="checkbox"[^>]*>/g)].map((match) => match[0]);
    expect(boxes).toHaveLength(2);
    expect(boxes.map((box) => box.includes("checked"))).toEqual([false, true]);
    expect(visible(html)).toContain("Cochez toutes les réponses qui s’appliquent.");
  });
});
