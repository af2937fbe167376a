// What a registry import knows while it reads its sheets: the references shared with every import,
// the contacts of the organizations it names, and the changes it has decided on so far.
import type { Kysely } from "kysely";
import type { Counts } from "../../../../contracts/imports.js";
import { nameKey } from "../../../../domain/registry/name-key.js";
import type { ContactPatch, ContactRow, DB, MembershipPatch, NewContact, OrganizationPatch, PartnershipPatch } from "../../../db/schema.js";
import { newId } from "../../../ids.js";
import { Pacer } from "../../../pacing.js";
import { patchChanges } from "../../audit/changes.js";
import type { AuditLinks, ImportAudit } from "../audit.js";
import { References } from "../references.js";
import * as repo from "../repository.js";
import { Resolver } from "../resolve.js";
import type { ImportRights } from "../rights.js";

export type ContactEntry = { id: string; organizationId: string; name: string; email: string | null; isNew: boolean };

/** Where a contact is found: by email when it has one, else by name, always within its organization. */
export function contactKey(organizationId: string, contact: { name: string; email: string | null }): string {
  return contact.email ? `${organizationId}|email:${contact.email.toLowerCase()}` : `${organizationId}|name:${nameKey(contact.name)}`;
}

/** The fields of `wanted` that are given and differ from `stored`: what an update has to write. */
export function changes<T extends object>(stored: T, wanted: Partial<T>): Partial<T> {
  const patch: Partial<T> = {};
  for (const key in wanted) {
    const value = wanted[key];
    if (value !== undefined && value !== stored[key]) patch[key] = value;
  }
  return patch;
}

type Tally = Pick<Counts, "updated" | "unchanged">;

export class RegistryState {
  private readonly contacts = new Map<string, ContactEntry[]>();
  readonly storedContacts = new Map<string, ContactRow>();
  readonly addedContacts: NewContact[] = [];
  readonly patches = {
    organizations: new Map<string, OrganizationPatch>(),
    contacts: new Map<string, ContactPatch>(),
    partnerships: new Map<string, PartnershipPatch>(),
    memberships: new Map<string, MembershipPatch>(),
  };
  readonly tallies: Record<"organizations" | "contacts" | "partnerships" | "memberships", Tally> = {
    organizations: { updated: 0, unchanged: 0 },
    contacts: { updated: 0, unchanged: 0 },
    partnerships: { updated: 0, unchanged: 0 },
    memberships: { updated: 0, unchanged: 0 },
  };

  private constructor(
    readonly resolver: Resolver,
    readonly audit: ImportAudit,
  ) {}

  static async load(
    db: Kysely<DB>,
    names: { organizations: string[]; partnerships: string[] },
    rights: ImportRights,
    audit: ImportAudit,
    at: string,
    options: { noCreate?: boolean } = {},
  ): Promise<RegistryState> {
    const references = await References.load(db, names, at, rights.userId);
    const state = new RegistryState(new Resolver(references, rights, options), audit);
    const pacer = new Pacer();
    for (const row of await repo.contactsOfOrganizations(db, references.stored.organizations.keys())) {
      await pacer.pause();
      state.storedContacts.set(row.id, row);
      state.indexContact({ id: row.id, organizationId: row.organization_id, name: row.name, email: row.email, isNew: false });
    }
    return state;
  }

  get references(): References {
    return this.resolver.references;
  }

  get at(): string {
    return this.references.at;
  }

  private indexContact(entry: ContactEntry): void {
    const key = contactKey(entry.organizationId, entry);
    const list = this.contacts.get(key);
    if (list) list.push(entry);
    else this.contacts.set(key, [entry]);
    // A contact with an email is also found by name, e.g. as a membership's representative.
    if (entry.email) this.indexContact({ ...entry, email: null });
  }

  /** Contacts of an organization with this email, or (without one) this name. */
  contactsMatching(organizationId: string, contact: { name: string; email: string | null }): ContactEntry[] {
    return this.contacts.get(contactKey(organizationId, contact)) ?? [];
  }

  addContact(row: Omit<NewContact, "id" | "created_at" | "updated_at">): ContactEntry {
    const added: NewContact = { ...row, id: newId(), created_at: this.at, updated_at: this.at };
    this.addedContacts.push(added);
    const entry = { id: added.id, organizationId: added.organization_id, name: added.name, email: added.email ?? null, isNew: true };
    this.indexContact(entry);
    return entry;
  }

  /**
   * Counts a row that matched a stored one: unchanged, or updated (and audited) when the patch has
   * fields. Whether it changes anything is returned, for the caller to keep the patch.
   */
  tally(entity: keyof RegistryState["tallies"], stored: { id: string }, patch: object, links: AuditLinks): boolean {
    if (Object.keys(patch).length === 0) {
      this.tallies[entity].unchanged += 1;
      return false;
    }
    this.tallies[entity].updated += 1;
    this.audit.add("update", entity.replace(/s$/, ""), stored.id, {
      links,
      changes: patchChanges(stored, patch as Record<string, unknown>),
    });
    return true;
  }
}
