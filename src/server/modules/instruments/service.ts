// Instruments as a use case: finding one (the built-in ones first, then those stored), listing them,
// adding an instrument or a version of one, copying one under a new id. A version once stored never
// changes: every response names the version it answered.
import type { Kysely, Selectable } from "kysely";
import type { InstrumentCopy, InstrumentListQuery } from "../../../contracts/instruments.js";
import { BUILT_IN_INSTRUMENTS } from "../../../domain/surveys/built-in/index.js";
import type { Instrument } from "../../../domain/surveys/instrument.js";
import { validateInstrument } from "../../../domain/surveys/validate.js";
import type { Caller } from "../../actor.js";
import { userIdOf } from "../../actor.js";
import { AppError } from "../../app-error.js";
import type { DB, InstrumentsTable } from "../../db/schema.js";
import { now } from "../../ids.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { text } from "../../messages/render.js";
import * as scope from "../access/scope.js";
import { recordAudit } from "../audit/repository.js";
import { presentSummary } from "./presenter.js";
import * as repo from "./repository.js";

export type InstrumentRow = Selectable<InstrumentsTable>;

function builtInVersions(id: string): Instrument[] {
  return BUILT_IN_INSTRUMENTS.filter((instrument) => instrument.id === id);
}

function latestOf(instruments: readonly Instrument[]): Instrument | undefined {
  return instruments.reduce<Instrument | undefined>((latest, one) => (latest && latest.version >= one.version ? latest : one), undefined);
}

export function isBuiltInInstrumentId(id: string): boolean {
  return BUILT_IN_INSTRUMENTS.some((instrument) => instrument.id === id);
}

/** A stored document is checked again on the way out: a row changed by hand must not reach a form or a score. */
export function storedInstrument(row: InstrumentRow): Instrument {
  const checked = validateInstrument(JSON.parse(row.document));
  if (!checked.ok || checked.instrument.id !== row.id || checked.instrument.version !== row.version) {
    throw new Error(`The stored instrument ${row.id} version ${row.version} is not a valid instrument document`);
  }
  return checked.instrument;
}

/**
 * An instrument by id: the given version, or the latest of the built-in and stored ones.
 * @example await findInstrument(db, "health-check") → the health check's latest version, or null
 */
export async function findInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument | null> {
  const builtIn = builtInVersions(id);
  if (version !== undefined) {
    const shipped = builtIn.find((instrument) => instrument.version === version);
    if (shipped) return shipped;
    const row = await repo.findInstrumentRow(db, id, version);
    return row ? storedInstrument(row) : null;
  }
  const row = await repo.findInstrumentRow(db, id);
  const stored = row ? storedInstrument(row) : undefined;
  return latestOf([...builtIn, ...(stored ? [stored] : [])]) ?? null;
}

/** The instrument, or a validation error on `field` when there is none. */
export async function requireInstrument(db: Kysely<DB>, id: string, version?: number, field = "instrument"): Promise<Instrument> {
  const instrument = await findInstrument(db, id, version);
  if (!instrument) throw AppError.invalid(field, text("instrument.noSuchField"));
  return instrument;
}

/** One version's document exactly, as it was published. */
export async function getInstrument(db: Kysely<DB>, id: string, version?: number): Promise<Instrument> {
  const instrument = await findInstrument(db, id, version);
  if (!instrument) throw AppError.notFound("instrument");
  return instrument;
}

/** The ids the list shows first: the built-in ones, in the order they ship. */
function builtInIds(): string[] {
  return [...new Set(BUILT_IN_INSTRUMENTS.map((instrument) => instrument.id))];
}

function matches(instrument: Instrument, q: string | undefined): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  return [instrument.id, instrument.title.en, instrument.title.fr].some((value) => value.toLowerCase().includes(needle));
}

/**
 * Built-in instruments first, then stored ones by id; the latest version of each, its versions, and how
 * many rounds in the caller's reach use it. A fixed number of statements whatever the page holds.
 */
export async function listInstruments(db: Kysely<DB>, caller: Caller, query: InstrumentListQuery) {
  const shippedIds = builtInIds();
  const laterBuiltIn = new Map((await repo.latestRowsOf(db, shippedIds)).map((row) => [row.id, row]));
  const builtIn = shippedIds
    .map((id) => {
      const row = laterBuiltIn.get(id);
      return { row, instrument: latestOf([...builtInVersions(id), ...(row ? [storedInstrument(row)] : [])]) };
    })
    .filter((entry): entry is { row: InstrumentRow | undefined; instrument: Instrument } => entry.instrument !== undefined)
    .filter((entry) => matches(entry.instrument, query.q));
  const offset = offsetOf(query);
  const shown = builtIn.slice(offset, offset + query.pageSize);
  const { rows, total } = await repo.listLatestInstruments(
    db,
    query.q,
    shippedIds,
    query.pageSize - shown.length,
    Math.max(0, offset - builtIn.length),
  );
  const entries = [
    ...shown.map((entry) => ({ ...entry, builtIn: true })),
    ...rows.map((row) => ({ row, instrument: storedInstrument(row), builtIn: false })),
  ];
  const ids = entries.map((entry) => entry.instrument.id);
  const [versionRows, rounds] = await Promise.all([
    repo.versionsOf(db, ids),
    repo.roundCounts(db, ids, scope.scopeOf(db, caller, "partnership", "read")),
  ]);
  const data = entries.map(({ row, instrument, builtIn: isBuiltIn }) => {
    const stored = versionRows.filter((version) => version.id === instrument.id).map((version) => version.version);
    const versions = [...new Set([...builtInVersions(instrument.id).map((one) => one.version), ...stored])].sort((a, b) => a - b);
    return presentSummary(instrument, {
      versions,
      builtIn: isBuiltIn,
      roundCount: rounds.get(instrument.id) ?? 0,
      createdAt: row && row.version === instrument.version ? row.created_at : null,
    });
  });
  return pageFrom(data, builtIn.length + total, query);
}

async function latestVersion(db: Kysely<DB>, id: string): Promise<number | null> {
  const shipped = latestOf(builtInVersions(id))?.version ?? null;
  const stored = await repo.latestStoredVersion(db, id);
  if (shipped === null) return stored;
  return stored === null ? shipped : Math.max(shipped, stored);
}

async function store(db: Kysely<DB>, caller: Caller, instrument: Instrument, details?: Record<string, unknown>): Promise<void> {
  await repo.insertInstrument(db, {
    id: instrument.id,
    version: instrument.version,
    title_en: instrument.title.en,
    title_fr: instrument.title.fr,
    document: JSON.stringify(instrument),
    created_at: now(),
    created_by: userIdOf(caller),
  });
  await recordAudit(db, {
    userId: userIdOf(caller),
    action: "create",
    entity: "instrument",
    entityId: instrument.id,
    changes: { version: [null, instrument.version] },
    ...(details ? { details } : {}),
  });
}

function assertMayManage(caller: Caller): void {
  if (!scope.may(caller, "manageInstruments")) throw AppError.forbidden(text("instrument.manageForbidden"));
}

/** Adds a new instrument, or a version of one greater than its latest; the document is checked whole first. */
export async function createInstrument(db: Kysely<DB>, caller: Caller, instrument: Instrument): Promise<{ id: string; version: number }> {
  assertMayManage(caller);
  await db.transaction().execute(async (trx) => {
    const latest = await latestVersion(trx, instrument.id);
    if (latest !== null && instrument.version <= latest) {
      throw new AppError("conflict", text("instrument.versionNotAfter", { id: instrument.id, latest }), [
        { field: "version", message: text("instrument.versionField", { latest }) },
      ]);
    }
    await store(trx, caller, instrument);
  });
  return { id: instrument.id, version: instrument.version };
}

/** A version of an instrument (its latest unless `version` is given) copied under a new id, as that id's version 1. */
export async function copyInstrument(
  db: Kysely<DB>,
  caller: Caller,
  sourceId: string,
  copy: InstrumentCopy,
): Promise<{ id: string; version: number }> {
  assertMayManage(caller);
  const source = await getInstrument(db, sourceId, copy.version);
  await db.transaction().execute(async (trx) => {
    if ((await latestVersion(trx, copy.id)) !== null) {
      throw new AppError("conflict", text("instrument.idTaken", { id: copy.id }), [
        { field: "id", message: text("instrument.idTakenField") },
      ]);
    }
    await store(trx, caller, { ...source, id: copy.id, version: 1 }, { copiedFrom: { id: source.id, version: source.version } });
  });
  return { id: copy.id, version: 1 };
}
