import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type { ContactCreate, ContactUpdate } from "../../../contracts/contacts.js";
import type { ContactPatch, DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import { newId, now } from "../../ids.js";
import { text } from "../../messages/render.js";
import type { OrganizationAction } from "../../../domain/access/abilities.js";
import * as scope from "../access/scope.js";
import { insertChanges } from "../audit/changes.js";
import { recordAudit, recordUpdate } from "../audit/repository.js";
import { presentContact } from "./presenter.js";
import * as repo from "./repository.js";

/** The organization, if the caller may see it (404 otherwise), with what they may do to its contacts. */
async function loadOrganization(db: Kysely<DB>, actor: Actor, organizationId: string) {
  const one = (action: OrganizationAction) => scope.rowScope(db, actor, "organization", action, organizationId);
  const organization = await repo.findOrganizationAccess(db, organizationId, {
    visible: one("read"),
    readContacts: one("readContacts"),
    manageContacts: one("manageContacts"),
  });
  if (!organization) throw AppError.notFound("organization");
  return organization;
}

async function loadEditableOrganization(db: Kysely<DB>, actor: Actor, organizationId: string) {
  const organization = await loadOrganization(db, actor, organizationId);
  // Checked before the contact is looked up, so the answer never depends on whether a contact exists.
  if (organization.can_manage_contacts !== 1) throw AppError.forbidden(text("contact.changeForbidden"));
  return organization;
}

export async function listContacts(db: Kysely<DB>, actor: Actor, organizationId: string, query: PaginationQuery) {
  const organization = await loadOrganization(db, actor, organizationId);
  if (organization.can_read_contacts !== 1) {
    throw AppError.forbidden(text("contact.hidden"));
  }
  const { rows, total } = await repo.listContacts(db, organizationId, query.pageSize, offsetOf(query));
  return pageFrom(
    rows.map((row) => presentContact(row, organization.can_manage_contacts === 1)),
    total,
    query,
  );
}

/** A contact just written by a caller who may manage the organization's contacts. */
async function getContact(db: Kysely<DB>, organizationId: string, contactId: string) {
  const row = await repo.findContact(db, organizationId, contactId);
  if (!row) throw AppError.notFound("contact");
  return presentContact(row, true);
}

export async function createContact(db: Kysely<DB>, actor: Actor, organizationId: string, input: ContactCreate) {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await loadEditableOrganization(trx, actor, organizationId);
    const at = now();
    const row = {
      id,
      organization_id: organizationId,
      name: input.name,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      preferred_language: input.preferredLanguage,
      verified_on: input.verifiedOn ?? null,
      created_at: at,
      updated_at: at,
    };
    await repo.insertContact(trx, row);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "contact",
      entityId: id,
      organizationId,
      changes: insertChanges({ ...row, organization_id: undefined }),
    });
  });
  return getContact(db, organizationId, id);
}

export async function updateContact(db: Kysely<DB>, actor: Actor, organizationId: string, contactId: string, input: ContactUpdate) {
  await db.transaction().execute(async (trx) => {
    await loadEditableOrganization(trx, actor, organizationId);
    const current = await repo.findContact(trx, organizationId, contactId);
    if (!current) throw AppError.notFound("contact");
    const patch: ContactPatch = { updated_at: now() };
    if (input.name !== undefined) patch.name = input.name;
    if (input.title !== undefined) patch.title = input.title;
    if (input.email !== undefined) patch.email = input.email;
    if (input.phone !== undefined) patch.phone = input.phone;
    if (input.preferredLanguage !== undefined) patch.preferred_language = input.preferredLanguage;
    if (input.verifiedOn !== undefined) patch.verified_on = input.verifiedOn;
    await recordUpdate(trx, { userId: actor.userId, entity: "contact", entityId: contactId, organizationId, current, patch }, () =>
      repo.updateContact(trx, contactId, patch),
    );
  });
  return getContact(db, organizationId, contactId);
}

/** Deletes a contact. Memberships it represented keep going without a representative (the key is set to null). */
export async function deleteContact(db: Kysely<DB>, actor: Actor, organizationId: string, contactId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await loadEditableOrganization(trx, actor, organizationId);
    const contact = await repo.findContact(trx, organizationId, contactId);
    if (!contact) throw AppError.notFound("contact");
    const representedMemberships = await repo.countRepresentedMemberships(trx, contactId);
    await repo.deleteContact(trx, contactId);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "contact",
      entityId: contactId,
      organizationId,
      changes: { name: [contact.name, null] },
      details: { representedMemberships },
    });
  });
}
