// An instrument in one language, worded for one perspective: what the respondent's form shows.
// Its shape is the contract's localizedInstrumentSchema (contracts/surveys.ts), which the API states.
import type { Language } from "../vocabulary.js";
import type { Instrument, InstrumentItem, ItemType, Localized, SurveyPerspective } from "./instrument.js";

export type LocalizedItem = {
  id: string;
  type: ItemType;
  text: string;
  help: string | null;
  required: boolean;
  options: { key: string; label: string }[] | null;
  min: number | null;
  max: number | null;
};
export type LocalizedSection = { key: string; title: string; description: string | null; items: LocalizedItem[] };
export type LocalizedInstrument = { id: string; version: number; title: string; description: string | null; sections: LocalizedSection[] };

function inLanguage(text: Localized | undefined, language: Language): string | null {
  return text ? text[language] : null;
}

function localizedItem(item: InstrumentItem, language: Language, perspective: SurveyPerspective | null): LocalizedItem {
  const worded = perspective ? item.perspectiveText?.[perspective] : undefined;
  return {
    id: item.id,
    type: item.type,
    text: (worded ?? item.text)[language],
    help: inLanguage(item.help, language),
    required: item.required,
    options: item.options ? item.options.map((option) => ({ key: option.key, label: option.label[language] })) : null,
    min: item.min ?? null,
    max: item.max ?? null,
  };
}

/**
 * The instrument's texts in `language`; an item's wording for `perspective` wins over its general text.
 * @example localizeInstrument(checklist, "fr", "partner").sections[0].items[0].text → "Votre organisme a-t-il …"
 */
export function localizeInstrument(instrument: Instrument, language: Language, perspective: SurveyPerspective | null): LocalizedInstrument {
  return {
    id: instrument.id,
    version: instrument.version,
    title: instrument.title[language],
    description: inLanguage(instrument.description, language),
    sections: instrument.sections.map((section) => ({
      key: section.key,
      title: section.title[language],
      description: inLanguage(section.description, language),
      items: section.items.map((item) => localizedItem(item, language, perspective)),
    })),
  };
}
