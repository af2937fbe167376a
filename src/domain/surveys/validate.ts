// Validation of instrument documents from outside (the API, a file, the editor): the shape first
// (instrument-schema.ts), then the rules that span the document, every problem named by its path so
// that an author can fix them all at once ("scores.2.items.0: "trust_1" is not an item …").
import type { z } from "zod";
import type { Problem } from "../typology/condition-parser.js";
import { isProjectIndicatorKey } from "../typology/indicators.js";
import { rule, validationProblems } from "../validation.js";
import { itemsOf, type Instrument, type InstrumentItem } from "./instrument.js";
import { instrumentDocumentSchema } from "./instrument-schema.js";

export type { Problem };
export type InstrumentValidation = { ok: true; instrument: Instrument } | { ok: false; problems: Problem[] };

type Path = (string | number)[];

/** A problem for every key of `things` already used by an earlier one, at `[...path, index, "key"]`. */
function duplicateKeys(things: readonly { key: string }[], path: Path, problems: Problem[], field = "key"): void {
  const seen = new Set<string>();
  things.forEach((thing, index) => {
    if (seen.has(thing.key)) problems.push({ path: [...path, index, field], key: "instrumentKeyTaken", values: { key: thing.key } });
    seen.add(thing.key);
  });
}

function itemProblems(instrument: Instrument, item: InstrumentItem, path: Path, problems: Problem[]): void {
  const values = { type: item.type };
  const hasOptions = item.type === "single" || item.type === "multiple";
  if (hasOptions && item.options === undefined) problems.push({ path: [...path, "options"], key: "optionsMissing", values });
  if (!hasOptions && item.options !== undefined) problems.push({ path: [...path, "options"], key: "optionsNotAllowed", values });
  if (item.options) duplicateKeys(item.options, [...path, "options"], problems);
  if (item.reverse !== undefined && item.type !== "agreement5")
    problems.push({ path: [...path, "reverse"], key: "reverseNotAllowed", values });
  for (const bound of ["min", "max"] as const) {
    if (item[bound] !== undefined && item.type !== "number") problems.push({ path: [...path, bound], key: "boundsNotAllowed", values });
  }
  if (item.type === "number" && item.min !== undefined && item.max !== undefined && item.max < item.min) {
    problems.push({ path: [...path, "max"], key: "boundsOrder" });
  }
  if (instrument.purpose === "involvement") {
    if (item.type !== "yesno") problems.push({ path: [...path, "type"], key: "involvementItemType" });
    if (!isProjectIndicatorKey(item.id)) problems.push({ path: [...path, "id"], key: "involvementItemId", values: { item: item.id } });
  } else if (item.perspectiveText !== undefined) {
    problems.push({ path: [...path, "perspectiveText"], key: "perspectiveTextNotAllowed" });
  }
}

function scoreProblems(instrument: Instrument, problems: Problem[]): void {
  const items = new Map<string, InstrumentItem>();
  // An id used twice is a problem of its own; the score reads the first item of that id.
  for (const item of itemsOf(instrument)) if (!items.has(item.id)) items.set(item.id, item);
  duplicateKeys(instrument.scores, ["scores"], problems);
  instrument.scores.forEach((score, index) => {
    const seen = new Set<string>();
    score.items.forEach((id, position) => {
      const path = ["scores", index, "items", position];
      const item = items.get(id);
      if (!item) problems.push({ path, key: "scoreItemUnknown", values: { item: id } });
      else if (item.type !== "agreement5") problems.push({ path, key: "scoreItemNotAgreement", values: { item: id } });
      else if (seen.has(id)) problems.push({ path, key: "listedTwice" });
      seen.add(id);
    });
  });
}

function bandProblems(instrument: Instrument, problems: Problem[]): void {
  duplicateKeys(instrument.bands, ["bands"], problems);
  instrument.bands.forEach((band, index) => {
    if (band.min < 1 || band.min > 5) problems.push({ path: ["bands", index, "min"], key: "bandMinScale" });
    const previous = instrument.bands[index - 1];
    if (previous && band.min >= previous.min) problems.push({ path: ["bands", index, "min"], key: "bandsOrder" });
  });
}

/** The rules that span a well-shaped document; none when it is sound. */
export function instrumentProblems(instrument: Instrument): Problem[] {
  const problems: Problem[] = [];
  duplicateKeys(instrument.sections, ["sections"], problems);
  const ids = new Set<string>();
  instrument.sections.forEach((section, s) => {
    section.items.forEach((item, i) => {
      const path = ["sections", s, "items", i];
      if (ids.has(item.id)) problems.push({ path: [...path, "id"], key: "instrumentKeyTaken", values: { key: item.id } });
      ids.add(item.id);
      itemProblems(instrument, item, path, problems);
    });
  });
  scoreProblems(instrument, problems);
  bandProblems(instrument, problems);
  return problems;
}

/**
 * The document with every check, as a request body states it. The rules that span the document run
 * whenever the shape holds its types (a text too long or missing does not stop them), so that one
 * refusal names every problem.
 */
export const instrumentInputSchema = instrumentDocumentSchema.superRefine((instrument, ctx: z.RefinementCtx) => {
  for (const { path, key, values } of instrumentProblems(instrument)) ctx.addIssue({ code: "custom", path, ...rule(key, values) });
});

function pathOf(path: readonly PropertyKey[]): Path {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * Checks a document from outside and yields the instrument, or every problem by its path.
 * @example validateInstrument({ ...doc, bands: [{ key: "low", …, min: 1 }, { key: "high", …, min: 4 }] })
 *   → { ok: false, problems: [{ path: ["bands", 1, "min"], key: "bandsOrder" }] }
 */
export function validateInstrument(input: unknown): InstrumentValidation {
  const parsed = instrumentInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, instrument: parsed.data };
  const problems = validationProblems(parsed.error, { value: input });
  return { ok: false, problems: problems.map(({ path, ...message }) => ({ path: pathOf(path), ...message })) };
}
