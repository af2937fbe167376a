// Region names people write in English, with their French names: Canada's provinces and territories
// and the groupings programs report by. A region is free text on a partnership; one this list knows
// is shown in the page's language, any other as it was written.
import { nameKey } from "./registry/name-key.js";

const FRENCH_REGION_NAMES: Record<string, string> = {
  Ontario: "Ontario",
  Quebec: "Québec",
  "British Columbia": "Colombie-Britannique",
  Alberta: "Alberta",
  Manitoba: "Manitoba",
  Saskatchewan: "Saskatchewan",
  "Nova Scotia": "Nouvelle-Écosse",
  "New Brunswick": "Nouveau-Brunswick",
  "Newfoundland and Labrador": "Terre-Neuve-et-Labrador",
  "Prince Edward Island": "Île-du-Prince-Édouard",
  "Northwest Territories": "Territoires du Nord-Ouest",
  Yukon: "Yukon",
  Nunavut: "Nunavut",
  Atlantic: "Atlantique",
  Prairies: "Prairies",
  "Prairies & NWT": "Prairies et T.N.-O.",
  "B.C. & Yukon": "C.-B. et Yukon",
  National: "National",
};

const BY_KEY = new Map(
  Object.entries(FRENCH_REGION_NAMES).flatMap(([english, french]) => [
    [nameKey(english), { en: english, fr: french }],
    [nameKey(french), { en: english, fr: french }],
  ]),
);

/** A region's name in a language: "Quebec" and "Québec" are one region; an unknown region reads as written. */
export function regionLabel(region: string, language: "en" | "fr"): string {
  return BY_KEY.get(nameKey(region))?.[language] ?? region;
}
