import type { Kysely } from "kysely";
import type { OrganizationCreate, OrganizationListQuery, OrganizationUpdate } from "../../../contracts/organizations.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import { closestNames, nameTokens } from "../../../domain/registry/similarity.js";
import type { SimilarOrganizationsQuery } from "../../../contracts/similar-names.js";
import { SECTORS } from "../../../domain/vocabulary.js";
import { storedKey } from "../partnerships/stored-keys.js";
import { withScheme } from "../../../domain/registry/website.js";
import type { DB, OrganizationPatch } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import type { OrganizationAction } from "../../../domain/access/abilities.js";
import * as scope from "../access/scope.js";
import type { RowScope, Scope } from "../access/scope.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import { deleteContactsOfOrganization } from "../contacts/repository.js";
import { presentOrganization } from "./presenter.js";
import * as repo from "./repository.js";

async function assertNameFree(db: Kysely<DB>, sector: string, name: string, exceptId?: string): Promise<void> {
  const existing = await repo.findBySectorAndKey(db, sector, nameKey(name));
  if (existing && existing.id !== exceptId) {
    throw new AppError("name_taken", text("organization.nameTaken", { name: existing.name }), [
      { field: "name", message: text("organization.nameUsed") },
    ]);
  }
}

function scopesOf<S extends Scope>(of: (action: OrganizationAction) => S, partnerships: Scope): repo.OrganizationScopes<S> {
  return {
    visible: of("read"),
    update: of("update"),
    delete: of("delete"),
    readContacts: of("readContacts"),
    manageContacts: of("manageContacts"),
    partnerships,
  };
}

/** The caller's scopes narrowed to one organization. */
export function organizationRowScopes(db: Kysely<DB>, actor: Actor, id: string): repo.OrganizationScopes<RowScope> {
  return scopesOf((action) => scope.rowScope(db, actor, "organization", action, id), scope.scopeOf(db, actor, "partnership", "read"));
}

export async function listOrganizations(db: Kysely<DB>, actor: Actor, query: OrganizationListQuery) {
  const scopes = scopesOf((action) => scope.scopeOf(db, actor, "organization", action), scope.scopeOf(db, actor, "partnership", "read"));
  const { rows, total } = await repo.listOrganizations(db, query, scopes, query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentOrganization), total, query);
}

function findForActor(db: Kysely<DB>, actor: Actor, id: string) {
  return repo.findOrganization(db, id, organizationRowScopes(db, actor, id));
}

export async function getOrganization(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await findForActor(db, actor, id);
  if (!row) throw AppError.notFound("organization");
  return presentOrganization(row);
}

export async function createOrganization(db: Kysely<DB>, actor: Actor, input: OrganizationCreate) {
  if (!scope.may(actor, "createOrganizations")) throw AppError.forbidden(text("organization.registerForbidden"));
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.sector, input.name);
    const at = now();
    const row = {
      id,
      name: input.name,
      name_key: nameKey(input.name),
      sector: input.sector,
      government_level: input.governmentLevel ?? null,
      has_crime_prevention_mandate: input.hasCrimePreventionMandate ? 1 : 0,
      website: withScheme(input.website ?? null),
      notes: input.notes ?? null,
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
      updated_by: actor.userId,
    };
    await repo.insertOrganization(trx, row);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "organization",
      entityId: id,
      organizationId: id,
      changes: insertChanges(row),
    });
  });
  return getOrganization(db, actor, id);
}

async function loadManageable(db: Kysely<DB>, actor: Actor, id: string) {
  const row = await findForActor(db, actor, id);
  if (!row) throw AppError.notFound("organization");
  if (row.can_update !== 1) throw AppError.forbidden(text("organization.changeForbidden"));
  return row;
}

export async function updateOrganization(db: Kysely<DB>, actor: Actor, id: string, input: OrganizationUpdate) {
  await db.transaction().execute(async (trx) => {
    const current = await loadManageable(trx, actor, id);
    const sector = input.sector ?? current.sector;
    const name = input.name ?? current.name;
    if (sector !== current.sector || nameKey(name) !== current.name_key) await assertNameFree(trx, sector, name, id);
    const patch: OrganizationPatch = { updated_at: now(), updated_by: actor.userId };
    if (input.name !== undefined) Object.assign(patch, { name: input.name, name_key: nameKey(input.name) });
    if (input.sector !== undefined) patch.sector = input.sector;
    if (input.governmentLevel !== undefined) patch.government_level = input.governmentLevel;
    if (input.hasCrimePreventionMandate !== undefined) patch.has_crime_prevention_mandate = input.hasCrimePreventionMandate ? 1 : 0;
    if (input.website !== undefined) patch.website = withScheme(input.website);
    if (input.notes !== undefined) patch.notes = input.notes;
    await recordUpdate(trx, { userId: actor.userId, entity: "organization", entityId: id, organizationId: id, current, patch }, () =>
      repo.updateOrganization(trx, id, patch),
    );
  });
  return getOrganization(db, actor, id);
}

export async function deleteOrganization(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await findForActor(trx, actor, id);
    if (!row) throw AppError.notFound("organization");
    if (row.can_delete !== 1) throw AppError.forbidden(text("organization.deleteForbidden"));
    const refs = await repo.countReferences(trx, id);
    if (refs.memberships > 0 || refs.led > 0) {
      throw new AppError("in_use", text("organization.stillMember", { name: row.name, count: refs.memberships, led: refs.led }));
    }
    if (refs.users > 0) {
      throw new AppError("in_use", text("organization.hasUsers", { name: row.name, count: refs.users }));
    }
    await deleteContactsOfOrganization(trx, id);
    await repo.deleteOrganization(trx, id);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "organization",
      entityId: id,
      organizationId: id,
      changes: { name: [row.name, null] },
    });
  });
}

/** Words of a name a candidate must share: the four longest, which say the most about it. */
const CANDIDATE_WORDS = 4;

/** The registered organizations, among those the caller can see, whose names are close to `name`: "did you mean …?". */
export async function similarOrganizations(db: Kysely<DB>, actor: Actor, query: SimilarOrganizationsQuery) {
  const words = nameTokens(query.name)
    .filter((word) => word.length >= 3)
    .sort((a, b) => b.length - a.length)
    .slice(0, CANDIDATE_WORDS);
  if (words.length === 0) return { data: [] };
  const candidates = await repo.findNameCandidates(db, words, scope.scopeOf(db, actor, "organization", "read"), query.exceptId, 200);
  const closest = closestNames(
    query.name,
    candidates.map((row) => ({ name: row.name, item: row })),
  );
  return {
    data: closest.map(({ item, score }) => ({ id: item.id, name: item.name, sector: storedKey(SECTORS, item.sector) ?? "other", score })),
  };
}
