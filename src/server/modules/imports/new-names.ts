// The names an import would add to the registry, and where each was first written: with the
// no-create option each is a problem on its cell instead; otherwise each one close to a name already
// registered ("Hamilton East Youth Safty Coalition" beside "… Safety Coalition") becomes a warning, so
// that a dry run shows the spelling slips before they become second entries.
import type { Kysely } from "kysely";
import type { RegistryEntity } from "../../../contracts/imports.js";
import { SimilarityIndex } from "../../../domain/registry/similarity.js";
import type { DB } from "../../db/schema.js";
import { text } from "../../messages/render.js";
import { Pacer } from "../../pacing.js";
import { Problems, type ProblemRecord } from "./problems.js";
import * as repo from "./repository.js";

export type NameKind = "organization" | "partnership" | "program";
type Place = { entity: RegistryEntity | null; line: number; column: string };
export type NewName = Place & { kind: NameKind; name: string; programId: string | null };

/** Close names named in a warning, beside the closest one. */
const NAMED = 3;

export class NewNames {
  readonly list: NewName[] = [];

  constructor(
    /** The no-create option: a name that matches nothing is an error, not an addition. */
    readonly noCreate: boolean,
  ) {}

  add(place: Place, kind: NameKind, name: string, programId: string | null = null): void {
    this.list.push({ ...place, kind, name, programId });
  }
}

function warning(entry: NewName, similar: string[]): ProblemRecord {
  const [closest = "", ...others] = similar;
  return {
    entity: entry.entity,
    line: entry.line,
    column: entry.column,
    text: text("import.similarName", {
      name: entry.name,
      similar: closest,
      count: others.length,
      thing: text(`import.thing.${entry.kind}`),
    }),
  };
}

/**
 * A warning for each name the import adds that is close to one already registered: organizations
 * against the registry, partnerships against the partnerships of the same program, programs against
 * every program. Two or three queries whatever the size of the file.
 */
export async function similarNameWarnings(db: Kysely<DB>, names: NewNames): Promise<Problems> {
  const warnings = new Problems();
  if (names.list.length === 0) return warnings;
  // One pass over the names (up to one per row) for what to compare them with, giving the event loop its turns.
  const pacer = new Pacer();
  const kinds = new Set<NameKind>();
  const programIds = new Set<string>();
  for (const entry of names.list) {
    await pacer.pause();
    kinds.add(entry.kind);
    if (entry.kind === "partnership" && entry.programId !== null) programIds.add(entry.programId);
  }
  const indexes = new Map<string, SimilarityIndex<string>>();
  const indexOf = (scope: string) => {
    const found = indexes.get(scope) ?? new SimilarityIndex<string>();
    indexes.set(scope, found);
    return found;
  };
  if (kinds.has("organization")) {
    for (const row of await repo.allOrganizationNames(db)) {
      await pacer.pause();
      indexOf("organization").add(row.name, row.id);
    }
  }
  if (programIds.size > 0) {
    for (const row of await repo.partnershipNamesOfPrograms(db, programIds)) {
      await pacer.pause();
      indexOf(`partnership|${row.program_id}`).add(row.name, row.id);
    }
  }
  if (kinds.has("program")) for (const row of await repo.allPrograms(db)) indexOf("program").add(row.name, row.id);

  for (const entry of names.list) {
    await pacer.pause();
    const scope = entry.kind === "partnership" ? `partnership|${entry.programId ?? ""}` : entry.kind;
    const close = indexes.get(scope)?.closest(entry.name, NAMED + 1) ?? [];
    if (close.length > 0)
      warnings.push(
        warning(
          entry,
          close.map((found) => found.name),
        ),
      );
  }
  return warnings;
}
