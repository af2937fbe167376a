// The library of suggested action steps: everyone signed in reads it; administrators (`manageInstruments`)
// reword, hide and restore the built-in suggestions (a built-in one's first change stores its row,
// version 0 → 1) and add their own. Every change is audited in its transaction.
import type { Kysely } from "kysely";
import type { SuggestionCreate, SuggestionListQuery, SuggestionUpdate } from "../../../contracts/action-steps.js";
import { BUILT_IN_SUGGESTIONS } from "../../../domain/surveys/built-in/suggestions.js";
import {
  librarySuggestions,
  nextSuggestionPosition,
  type BuiltInSuggestionInput,
  type LibrarySuggestion,
} from "../../../domain/surveys/suggestion-library.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import { may } from "../access/scope.js";
import { insertChanges, patchChanges } from "../audit/changes.js";
import { recordAudit } from "../audit/repository.js";
import { findInstrument } from "../instruments/service.js";
import { presentSuggestion, suggestionInput } from "./presenter.js";
import * as repo from "./repository.js";

type Db = Kysely<DB>;
type BuiltIns = readonly BuiltInSuggestionInput[];

/** The merged library for an instrument or score (every one without a filter). */
export async function loadLibrary(
  db: Db,
  filter: { instrument?: string | undefined; score?: string | undefined; hidden?: boolean },
  builtIns: BuiltIns = BUILT_IN_SUGGESTIONS,
): Promise<LibrarySuggestion[]> {
  const rows = await repo.listSuggestionRows(db, filter);
  return librarySuggestions(builtIns, rows.map(suggestionInput), filter);
}

export async function listSuggestions(db: Db, actor: Actor, query: SuggestionListQuery, builtIns: BuiltIns = BUILT_IN_SUGGESTIONS) {
  const manages = may(actor, "manageInstruments");
  const library = await loadLibrary(
    db,
    { instrument: query.instrument, score: query.score, hidden: manages && query.hidden === true },
    builtIns,
  );
  const offset = (query.page - 1) * query.pageSize;
  return {
    data: library.slice(offset, offset + query.pageSize).map((suggestion) => presentSuggestion(suggestion, manages)),
    pagination: {
      page: query.page,
      pageSize: query.pageSize,
      total: library.length,
      totalPages: Math.ceil(library.length / query.pageSize),
    },
  };
}

function assertManages(actor: Actor) {
  if (!may(actor, "manageInstruments")) throw AppError.forbidden(text("actionSteps.libraryForbidden"));
}

async function findInLibrary(db: Db, key: string, builtIns: BuiltIns) {
  const builtIn = builtIns.find((suggestion) => suggestion.key === key);
  const filter = builtIn ? { instrument: builtIn.instrument, score: builtIn.score, hidden: true } : { hidden: true };
  const row = await repo.findSuggestionRow(db, key, builtIn !== undefined);
  if (!builtIn && !row) throw AppError.notFound("suggestion");
  const library = librarySuggestions(builtIns, row ? [suggestionInput(row)] : [], filter);
  const suggestion = library.find((entry) => entry.key === key);
  if (!suggestion) throw AppError.notFound("suggestion");
  return { builtIn, row, suggestion };
}

async function presentByKey(db: Db, actor: Actor, key: string, builtIns: BuiltIns) {
  return presentSuggestion((await findInLibrary(db, key, builtIns)).suggestion, may(actor, "manageInstruments"));
}

export async function createSuggestion(db: Db, actor: Actor, input: SuggestionCreate, builtIns: BuiltIns = BUILT_IN_SUGGESTIONS) {
  assertManages(actor);
  const instrument = await findInstrument(db, input.instrument);
  if (!instrument) throw AppError.invalid("instrument", text("actionSteps.noSuchInstrument"));
  if (!instrument.scores.some((score) => score.key === input.score)) throw AppError.invalid("score", text("actionSteps.noSuchScore"));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const library = await loadLibrary(trx, { instrument: input.instrument, score: input.score, hidden: true }, builtIns);
    const at = now();
    const row = {
      id,
      built_in_key: null,
      instrument_id: input.instrument,
      score_key: input.score,
      text_en: input.text.en,
      text_fr: input.text.fr,
      hidden: 0,
      position: input.position ?? nextSuggestionPosition(library, input.instrument, input.score),
      version: 1,
      created_at: at,
      created_by: actor.userId,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertSuggestion(trx, row);
    const { instrument_id, score_key, text_en, text_fr, position } = row;
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "action_suggestion",
      entityId: id,
      changes: insertChanges({ instrument_id, score_key, text_en, text_fr, position }),
    });
  });
  return presentByKey(db, actor, id, builtIns);
}

/** Rewords, moves, hides or restores a suggestion; the first change of a built-in one stores its row. */
export async function updateSuggestion(
  db: Db,
  actor: Actor,
  key: string,
  input: SuggestionUpdate,
  builtIns: BuiltIns = BUILT_IN_SUGGESTIONS,
) {
  assertManages(actor);
  await db.transaction().execute(async (trx) => {
    const { builtIn, row, suggestion } = await findInLibrary(trx, key, builtIns);
    if (suggestion.version !== input.version) throw AppError.stale();
    const before = {
      text_en: suggestion.text.en,
      text_fr: suggestion.text.fr,
      position: suggestion.position,
      hidden: suggestion.hidden ? 1 : 0,
    };
    const after = {
      text_en: input.text?.en ?? before.text_en,
      text_fr: input.text?.fr ?? before.text_fr,
      position: input.position ?? before.position,
      hidden: input.hidden === undefined || !builtIn ? before.hidden : input.hidden ? 1 : 0,
    };
    const changes = patchChanges(before, after);
    if (Object.keys(changes).length === 0) return;
    await writeChange(trx, actor, { builtIn, row, suggestion }, after);
    await recordAudit(trx, { userId: actor.userId, action: "update", entity: "action_suggestion", entityId: row?.id ?? key, changes });
  });
  return presentByKey(db, actor, key, builtIns);
}

type Found = Awaited<ReturnType<typeof findInLibrary>>;
type Columns = { text_en: string; text_fr: string; position: number; hidden: number };

async function writeChange(db: Db, actor: Actor, { builtIn, row, suggestion }: Found, after: Columns) {
  const at = now();
  if (row) {
    if (!(await repo.updateSuggestion(db, row.id, row.version, { ...after, updated_at: at, updated_by: actor.userId })))
      throw AppError.stale();
    return;
  }
  if (!builtIn) throw AppError.notFound("suggestion");
  // Two first edits at once: the unique built-in key lets one through; the other reads as stale.
  if (await repo.findSuggestionRow(db, builtIn.key, true)) throw AppError.stale();
  await repo.insertSuggestion(db, {
    id: newId(),
    built_in_key: builtIn.key,
    instrument_id: suggestion.instrument,
    score_key: suggestion.score,
    ...after,
    version: 1,
    created_at: at,
    created_by: actor.userId,
    updated_at: at,
    updated_by: actor.userId,
  });
}

/** An added suggestion is removed; a built-in one is hidden (and may be restored). */
export async function deleteSuggestion(db: Db, actor: Actor, key: string, builtIns: BuiltIns = BUILT_IN_SUGGESTIONS): Promise<void> {
  assertManages(actor);
  await db.transaction().execute(async (trx) => {
    const found = await findInLibrary(trx, key, builtIns);
    const { builtIn, row, suggestion } = found;
    if (!builtIn && row) {
      await repo.deleteSuggestion(trx, row.id);
      await recordAudit(trx, {
        userId: actor.userId,
        action: "delete",
        entity: "action_suggestion",
        entityId: row.id,
        details: { instrument: row.instrument_id, score: row.score_key, text_en: row.text_en },
      });
      return;
    }
    if (suggestion.hidden) return;
    const after = { text_en: suggestion.text.en, text_fr: suggestion.text.fr, position: suggestion.position, hidden: 1 };
    await writeChange(trx, actor, found, after);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "update",
      entity: "action_suggestion",
      entityId: row?.id ?? key,
      changes: patchChanges({ hidden: 0 }, { hidden: 1 }),
    });
  });
}
