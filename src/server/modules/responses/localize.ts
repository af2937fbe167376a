// The instrument in one language, worded for the respondent's perspective where the item has a wording
// of its own for it.
import type { LocalizedInstrument } from "../../../contracts/surveys.js";
import type { Language } from "../../../domain/vocabulary.js";
import type { Instrument, SurveyPerspective } from "../../../domain/surveys/instrument.js";

/** @example localizeInstrument(checklist, "fr", "partner").sections[0].items[0].text — the partner's French wording */
export function localizeInstrument(instrument: Instrument, language: Language, perspective: SurveyPerspective | null): LocalizedInstrument {
  return {
    id: instrument.id,
    version: instrument.version,
    title: instrument.title[language],
    description: instrument.description?.[language] ?? null,
    sections: instrument.sections.map((section) => ({
      key: section.key,
      title: section.title[language],
      description: section.description?.[language] ?? null,
      items: section.items.map((item) => ({
        id: item.id,
        type: item.type,
        text: ((perspective === null ? undefined : item.perspectiveText?.[perspective]) ?? item.text)[language],
        help: item.help?.[language] ?? null,
        required: item.required,
        options: item.options ? item.options.map((option) => ({ key: option.key, label: option.label[language] })) : null,
        min: item.min ?? null,
        max: item.max ?? null,
      })),
    })),
  };
}
