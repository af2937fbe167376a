import { describe, expect, it } from "vitest";
import { buildChecklistDocument, buildInstrumentDocument } from "../../../test/support/survey-instruments-factories.js";
import { localizeInstrument } from "./localize.js";

describe("localizeInstrument", () => {
  it("writes every text in the language asked, with options and bounds", () => {
    const localized = localizeInstrument(buildInstrumentDocument(), "fr", null);
    expect(localized).toMatchObject({
      id: "city-pulse",
      version: 1,
      title: "Pouls de la ville",
      description: "Comment va le partenariat.",
    });
    expect(localized.sections.map((section) => section.title)).toEqual(["Confiance", "À votre sujet"]);
    expect(localized.sections[1]?.items[0]).toEqual({
      id: "role",
      type: "single",
      text: "Votre rôle",
      help: null,
      required: true,
      options: [
        { key: "lead", label: "Responsable" },
        { key: "member", label: "Membre" },
      ],
      min: null,
      max: null,
    });
    expect(localized.sections[1]?.items[3]).toMatchObject({ id: "staff", options: null, min: 0, max: 500 });
  });

  it("words an item for the perspective when it has a wording for it, and falls back to its text", () => {
    const checklist = buildChecklistDocument();
    const texts = (language: "en" | "fr", perspective: "lead" | "partner" | null) =>
      localizeInstrument(checklist, language, perspective).sections[0]?.items.map((item) => item.text);
    expect(texts("en", "lead")).toEqual(["Did this partner share decisions?", "Coordinated activities"]);
    expect(texts("fr", "partner")).toEqual(["Votre organisme a-t-il partagé les décisions\u202f?", "Activités coordonnées"]);
    expect(texts("en", null)).toEqual(["Shared decisions", "Coordinated activities"]);
    const partnerOnly = buildChecklistDocument();
    const item = partnerOnly.sections[0]?.items[0];
    if (item?.perspectiveText) delete item.perspectiveText.lead;
    expect(localizeInstrument(partnerOnly, "en", "lead").sections[0]?.items[0]?.text).toBe("Shared decisions");
  });
});
