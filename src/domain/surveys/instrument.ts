// A survey instrument: a versioned document of sections of items, the scores computed from some of
// them and the bands a score's mean falls in. Instruments are open data: the document is what the API
// returns and takes, what `convene instruments export` writes and what every response names (id and
// version). A version once published never changes; a change is a new version.
import type { Localized } from "../typology/indicators.js";

export type { Localized };

export const ITEM_TYPES = ["agreement5", "single", "multiple", "yesno", "number", "text", "longtext"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

/** The agreement scale: 1 strongly disagree … 5 strongly agree, or "don't know". */
export const AGREEMENT_VALUES = [1, 2, 3, 4, 5] as const;
export type AgreementValue = (typeof AGREEMENT_VALUES)[number];
export const DONT_KNOW = "dont_know";
export const YES_NO = ["yes", "no"] as const;
export type YesNo = (typeof YES_NO)[number];

/** What an instrument's answers become besides its results: the involvement checklist's records. */
export const INSTRUMENT_PURPOSES = ["involvement"] as const;
export type InstrumentPurpose = (typeof INSTRUMENT_PURPOSES)[number];

export const PERSPECTIVES = ["lead", "partner"] as const;
export type SurveyPerspective = (typeof PERSPECTIVES)[number];

export type InstrumentOption = { key: string; label: Localized };

export type InstrumentItem = {
  id: string;
  type: ItemType;
  text: Localized;
  /** The wording for one perspective where it differs (the lead's "did this partner …", the partner's "did your organization …"). */
  perspectiveText?: Partial<Record<SurveyPerspective, Localized>>;
  /** A line under the statement. */
  help?: Localized;
  required: boolean;
  /** single and multiple only: the choices, in the order shown. */
  options?: InstrumentOption[];
  /** agreement5 only: a negatively worded statement, counted as 6 − value. */
  reverse?: boolean;
  /** number only: the bounds, both inclusive. */
  min?: number;
  max?: number;
};

export type InstrumentSection = { key: string; title: Localized; description?: Localized; items: InstrumentItem[] };
export type InstrumentScore = { key: string; title: Localized; items: string[] };
/** Highest `min` first; a mean falls in the first band whose `min` it reaches. */
export type InstrumentBand = { key: string; label: Localized; min: number };

export type Instrument = {
  id: string;
  version: number;
  title: Localized;
  description?: Localized;
  /** "involvement": the items are the typology's indicators (yesno, ids = indicator keys), and a submitted response becomes an involvement record. */
  purpose?: InstrumentPurpose;
  sections: InstrumentSection[];
  scores: InstrumentScore[];
  bands: InstrumentBand[];
};

/** One item's answer: a scale value or "dont_know", an option key, option keys, yes or no, a number, text. */
export type AnswerValue = number | string | string[];
/** A response's answers by item id; an item not answered is absent. */
export type Answers = Record<string, AnswerValue>;

export const INSTRUMENT_ID_PATTERN = /^[a-z][a-z0-9-]{2,63}$/;
/** Section, item, option, score and band keys. */
export const INSTRUMENT_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;

/** Every item of an instrument, in the order shown. */
export function itemsOf(instrument: Instrument): InstrumentItem[] {
  return instrument.sections.flatMap((section) => section.items);
}
