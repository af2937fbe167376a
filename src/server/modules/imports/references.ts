// The part of the registry a file refers to, held in memory while its rows are read: what exists,
// found by the same keys people use (program code or name, organization name and sector, partnership
// name within its program), and what the import adds, so that a second row naming something the
// first row created finds it instead of creating it again.
import type { Kysely } from "kysely";
import type { z } from "zod";
import { organizationCreateSchema } from "../../../contracts/organizations.js";
import { partnershipCreateSchema } from "../../../contracts/partnerships.js";
import { programCodeFrom } from "../../../domain/registry/program-code.js";
import { nameKey } from "../../../domain/registry/name-key.js";
import type {
  DB,
  MembershipRow,
  NewMembership,
  NewOrganization,
  NewPartnership,
  NewProgram,
  OrganizationRow,
  PartnershipRow,
} from "../../db/schema.js";
import { newId } from "../../ids.js";
import { Pacer } from "../../pacing.js";
import * as repo from "./repository.js";

export type ProgramEntry = { id: string; code: string; name: string; isNew: boolean };
export type OrganizationEntry = { id: string; name: string; sector: string; isNew: boolean };
export type PartnershipEntry = { id: string; programId: string; name: string; leadOrganizationId: string; isNew: boolean };
export type MembershipEntry = { id: string; partnershipId: string; organizationId: string; isNew: boolean };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The distinct keys worth looking up: those of the names the field's schema accepts. A refused name is
 * reported on its cell as the rows are read; looking it up would only send a NUL or megabytes to the
 * database. A file names up to a hundred thousand of them, so the event loop gets its turns meanwhile.
 */
async function lookupKeys(names: Iterable<string>, schema: z.ZodType, key: (name: string) => string, pacer: Pacer): Promise<string[]> {
  const seen = new Set<string>();
  const keys = new Set<string>();
  for (const name of names) {
    await pacer.pause();
    if (seen.has(name)) continue;
    seen.add(name);
    if (schema.safeParse(name).success) keys.add(key(name));
  }
  return [...keys];
}

export class References {
  private readonly programsByCode = new Map<string, ProgramEntry>();
  private readonly programsByName = new Map<string, ProgramEntry[]>();
  private readonly organizations = new Map<string, OrganizationEntry[]>();
  private readonly organizationsById = new Map<string, OrganizationEntry>();
  private readonly partnerships = new Map<string, PartnershipEntry[]>();
  private readonly memberships = new Map<string, MembershipEntry>();
  private readonly addedMemberships = new Map<string, NewMembership>();
  /** Rows to insert, in the order they were first named. */
  readonly added = {
    programs: [] as NewProgram[],
    organizations: [] as NewOrganization[],
    partnerships: [] as NewPartnership[],
    memberships: [] as NewMembership[],
  };
  /** Existing rows as stored, for imports that compare a row's fields with them. */
  readonly stored = {
    organizations: new Map<string, OrganizationRow>(),
    partnerships: new Map<string, PartnershipRow>(),
    memberships: new Map<string, MembershipRow>(),
  };
  /** Existing rows the file named, for the "unchanged" counts. */
  readonly used = {
    programs: new Set<string>(),
    organizations: new Set<string>(),
    partnerships: new Set<string>(),
    memberships: new Set<string>(),
  };

  /** Name keys already worked out: a file repeats the same few names on thousands of rows. */
  private readonly keys = new Map<string, string>();

  private constructor(
    /** When the import runs: the timestamp of every row it adds. */
    readonly at: string,
    readonly userId: string | null,
  ) {}

  /**
   * Loads every program, and the organizations and partnerships whose names the file mentions with
   * the memberships of those partnerships: one query per kind and few thousand keys.
   */
  static async load(
    db: Kysely<DB>,
    names: { organizations: Iterable<string>; partnerships: Iterable<string> },
    at: string,
    userId: string | null,
  ) {
    const references = new References(at, userId);
    const pacer = new Pacer();
    const key = (name: string) => references.key(name);
    for (const program of await repo.allPrograms(db)) references.indexProgram({ ...program, isNew: false });
    const organizationKeys = await lookupKeys(names.organizations, organizationCreateSchema.shape.name, key, pacer);
    for (const row of await repo.organizationsByKey(db, organizationKeys)) {
      await pacer.pause();
      references.indexOrganization(row.name_key, { id: row.id, name: row.name, sector: row.sector, isNew: false });
      references.stored.organizations.set(row.id, row);
    }
    const partnershipKeys = await lookupKeys(names.partnerships, partnershipCreateSchema.shape.name, key, pacer);
    const partnerships = await repo.partnershipsByKey(db, partnershipKeys);
    for (const row of partnerships) {
      await pacer.pause();
      references.stored.partnerships.set(row.id, row);
      push(references.partnerships, `${row.program_id}|${row.name_key}`, {
        id: row.id,
        programId: row.program_id,
        name: row.name,
        leadOrganizationId: row.lead_organization_id,
        isNew: false,
      });
    }
    for (const row of await repo.membershipsOfPartnerships(
      db,
      partnerships.map((partnership) => partnership.id),
    )) {
      await pacer.pause();
      references.stored.memberships.set(row.id, row);
      references.memberships.set(`${row.partnership_id}|${row.organization_id}`, {
        id: row.id,
        partnershipId: row.partnership_id,
        organizationId: row.organization_id,
        isNew: false,
      });
    }
    return references;
  }

  private key(text: string): string {
    let key = this.keys.get(text);
    if (key === undefined) {
      key = nameKey(text);
      this.keys.set(text, key);
    }
    return key;
  }

  private indexProgram(entry: ProgramEntry): void {
    this.programsByCode.set(nameKey(entry.code), entry);
    push(this.programsByName, nameKey(entry.name), entry);
  }

  /** A program's code by id (programs are few). */
  programCode(id: string): string {
    for (const entry of this.programsByCode.values()) if (entry.id === id) return entry.code;
    return "";
  }

  /** The program with this code (codes are unique), else those with this name. */
  programsNamed(text: string): ProgramEntry[] {
    const byCode = this.programsByCode.get(this.key(text));
    return byCode ? [byCode] : (this.programsByName.get(this.key(text)) ?? []);
  }

  /**
   * The code of a program a file names by `text` and the registry does not have: a readable one drawn
   * from it (see programCodeFrom), made unique with a suffix.
   */
  newProgramCode(text: string): string {
    const base = programCodeFrom(text);
    let code = base;
    for (let suffix = 2; this.programsByCode.has(nameKey(code)); suffix += 1) code = `${base.slice(0, 16)}-${suffix}`;
    return code;
  }

  addProgram({ code, name }: { code: string; name: string }): ProgramEntry {
    const entry = { id: newId(), code, name, isNew: true };
    this.indexProgram(entry);
    this.added.programs.push({ id: entry.id, code: entry.code, name, description: null, created_at: this.at, updated_at: this.at });
    return entry;
  }

  private indexOrganization(key: string, entry: OrganizationEntry): void {
    push(this.organizations, key, entry);
    this.organizationsById.set(entry.id, entry);
  }

  /** An organization the file named, by id (e.g. a new partnership's lead, for the report). */
  organizationById(id: string): OrganizationEntry | undefined {
    return this.organizationsById.get(id);
  }

  organizationsNamed(name: string): OrganizationEntry[] {
    return this.organizations.get(this.key(name)) ?? [];
  }

  /** Adds an organization; fields left out take the defaults of one registered with only a name and sector. */
  addOrganization(fields: Pick<NewOrganization, "name" | "sector"> & Partial<NewOrganization>): OrganizationEntry {
    const row: NewOrganization = {
      government_level: null,
      has_crime_prevention_mandate: 0,
      website: null,
      notes: null,
      ...fields,
      id: newId(),
      name_key: this.key(fields.name),
      created_by: this.userId,
      created_at: this.at,
      updated_at: this.at,
      updated_by: this.userId,
    };
    const entry = { id: row.id, name: row.name, sector: row.sector, isNew: true };
    this.indexOrganization(row.name_key, entry);
    this.added.organizations.push(row);
    return entry;
  }

  partnershipsNamed(programId: string, name: string): PartnershipEntry[] {
    return this.partnerships.get(`${programId}|${this.key(name)}`) ?? [];
  }

  /** Adds a partnership and makes its lead a member, as creating one through the API does. */
  addPartnership(fields: Pick<NewPartnership, "program_id" | "name" | "lead_organization_id"> & Partial<NewPartnership>): PartnershipEntry {
    const row: NewPartnership = {
      region: null,
      priority_groups: "[]",
      focus_issues: "[]",
      start_date: null,
      end_date: null,
      funding_end_date: null,
      status: "planning",
      description: null,
      ...fields,
      id: newId(),
      name_key: this.key(fields.name),
      created_at: this.at,
      updated_at: this.at,
      updated_by: this.userId,
    };
    const entry = { id: row.id, programId: row.program_id, name: row.name, leadOrganizationId: row.lead_organization_id, isNew: true };
    push(this.partnerships, `${row.program_id}|${row.name_key}`, entry);
    this.added.partnerships.push(row);
    this.membership(entry.id, entry.leadOrganizationId);
    return entry;
  }

  /** The membership of an organization in a partnership, added when it is not one yet. */
  membership(partnershipId: string, organizationId: string): MembershipEntry {
    const key = `${partnershipId}|${organizationId}`;
    const existing = this.memberships.get(key);
    if (existing) {
      if (!existing.isNew) this.used.memberships.add(existing.id);
      return existing;
    }
    const entry = { id: newId(), partnershipId, organizationId, isNew: true };
    this.memberships.set(key, entry);
    const row: NewMembership = {
      id: entry.id,
      partnership_id: partnershipId,
      organization_id: organizationId,
      joined_on: null,
      left_on: null,
      representative_contact_id: null,
      origin: null,
      is_new_partner: 0,
      // Every row names every column: a multi-row insert must not mix rows with and without one.
      is_critic: 0,
      axis_stages: null,
      notes: null,
      // Confirmed after the insert wherever the caller may confirm it, as one added through the API.
      confirmed_at: null,
      created_at: this.at,
      updated_at: this.at,
    };
    this.added.memberships.push(row);
    this.addedMemberships.set(row.id, row);
    return entry;
  }

  /** The insert row of a membership this import adds, for a file that says more about it than that it exists. */
  addedMembership(id: string): NewMembership | undefined {
    return this.addedMemberships.get(id);
  }
}
