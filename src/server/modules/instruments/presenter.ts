import type { InstrumentSummary } from "../../../contracts/instruments.js";
import { itemsOf, type Instrument } from "../../../domain/surveys/instrument.js";

/** An instrument in the list: its latest version, every version there is, and how much it is used. */
export function presentSummary(
  latest: Instrument,
  context: { versions: number[]; builtIn: boolean; roundCount: number; createdAt: string | null },
): InstrumentSummary {
  return {
    id: latest.id,
    version: latest.version,
    versions: context.versions,
    title: latest.title,
    purpose: latest.purpose ?? null,
    builtIn: context.builtIn,
    sectionCount: latest.sections.length,
    itemCount: itemsOf(latest).length,
    scoreCount: latest.scores.length,
    roundCount: context.roundCount,
    createdAt: context.createdAt,
  };
}
