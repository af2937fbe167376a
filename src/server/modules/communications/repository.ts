import type { Kysely } from "kysely";
import { COMMUNICATION_CHANNELS, type CommunicationChannel } from "../../../domain/communications/channels.js";
import { storedKey } from "../partnerships/stored-keys.js";
import type { DB } from "../../db/schema.js";

export type CommunicationFilters = {
  channel?: string | undefined;
  organizationId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

export type CommunicationRow = {
  id: string;
  partnership_id: string;
  occurred_on: string;
  channel: string;
  subject: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export type PartyRow = { communication_id: string; organization_id: string; name: string };

function filtered(db: Kysely<DB>, partnershipId: string, filters: CommunicationFilters) {
  return db
    .selectFrom("communications as c")
    .where("c.partnership_id", "=", partnershipId)
    .$call((qb) => (filters.channel ? qb.where("c.channel", "=", filters.channel) : qb))
    .$call((qb) => (filters.from ? qb.where("c.occurred_on", ">=", filters.from) : qb))
    .$call((qb) => (filters.to ? qb.where("c.occurred_on", "<=", filters.to) : qb))
    .$call((qb) =>
      filters.organizationId
        ? qb.where("c.id", "in", (eb) =>
            eb
              .selectFrom("communication_parties as f")
              .select("f.communication_id")
              .where("f.partnership_id", "=", partnershipId)
              .where("f.organization_id", "=", filters.organizationId ?? ""),
          )
        : qb,
    );
}

const COLUMNS = [
  "c.id",
  "c.partnership_id",
  "c.occurred_on",
  "c.channel",
  "c.subject",
  "c.version",
  "c.created_at",
  "c.updated_at",
] as const;

/** A page of a partnership's log, newest first. */
export async function listCommunications(
  db: Kysely<DB>,
  partnershipId: string,
  filters: CommunicationFilters,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    filtered(db, partnershipId, filters)
      .select(COLUMNS)
      .orderBy("c.occurred_on", "desc")
      .orderBy("c.created_at", "desc")
      .orderBy("c.id", "desc")
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered(db, partnershipId, filters)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function findCommunication(db: Kysely<DB>, id: string): Promise<CommunicationRow | undefined> {
  return db.selectFrom("communications as c").select(COLUMNS).where("c.id", "=", id).executeTakeFirst();
}

/** The parties of these communications, by name, in one query. */
export async function partiesOf(db: Kysely<DB>, ids: readonly string[]): Promise<PartyRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom("communication_parties as p")
    .innerJoin("organizations as o", "o.id", "p.organization_id")
    .select(["p.communication_id", "p.organization_id", "o.name"])
    .where("p.communication_id", "in", ids)
    .orderBy("o.name")
    .orderBy("o.id")
    .execute();
}

/** The organizations taking part in a partnership, its lead among them. */
export async function memberIdsOf(db: Kysely<DB>, partnershipId: string): Promise<Set<string>> {
  const rows = await db.selectFrom("memberships").select("organization_id").where("partnership_id", "=", partnershipId).execute();
  return new Set(rows.map((row) => row.organization_id));
}

export async function insertCommunication(
  db: Kysely<DB>,
  row: CommunicationRow & { created_by: string | null; updated_by: string | null },
  organizationIds: readonly string[],
): Promise<void> {
  await db.insertInto("communications").values(row).execute();
  await insertParties(db, row.id, row.partnership_id, organizationIds);
}

async function insertParties(db: Kysely<DB>, id: string, partnershipId: string, organizationIds: readonly string[]): Promise<void> {
  await db
    .insertInto("communication_parties")
    .values(
      organizationIds.map((organizationId) => ({ communication_id: id, organization_id: organizationId, partnership_id: partnershipId })),
    )
    .execute();
}

export type CommunicationPatch = Partial<Pick<CommunicationRow, "occurred_on" | "channel" | "subject">> & {
  updated_at: string;
  updated_by: string | null;
};

/** Saves a change made to the version read; false when someone else saved first. */
export async function updateCommunication(db: Kysely<DB>, id: string, version: number, patch: CommunicationPatch): Promise<boolean> {
  const result = await db
    .updateTable("communications")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function replaceParties(db: Kysely<DB>, id: string, partnershipId: string, organizationIds: readonly string[]): Promise<void> {
  await db.deleteFrom("communication_parties").where("communication_id", "=", id).execute();
  await insertParties(db, id, partnershipId, organizationIds);
}

export async function deleteCommunication(db: Kysely<DB>, id: string, version: number): Promise<boolean> {
  const result = await db.deleteFrom("communications").where("id", "=", id).where("version", "=", version).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The entry that matches one already logged: same partnership, day, channel, subject and parties (for an idempotent import). */
export async function findSameEntry(
  db: Kysely<DB>,
  entry: { partnershipId: string; occurredOn: string; channel: string; subject: string; organizationIds: readonly string[] },
): Promise<string | undefined> {
  const candidates = await db
    .selectFrom("communications")
    .select("id")
    .where("partnership_id", "=", entry.partnershipId)
    .where("occurred_on", "=", entry.occurredOn)
    .where("channel", "=", entry.channel)
    .where("subject", "=", entry.subject)
    .execute();
  if (candidates.length === 0) return undefined;
  const wanted = [...entry.organizationIds].sort().join(" ");
  const parties = await db
    .selectFrom("communication_parties")
    .select(["communication_id", "organization_id"])
    .where(
      "communication_id",
      "in",
      candidates.map((c) => c.id),
    )
    .execute();
  return candidates.find(
    (c) =>
      parties
        .filter((p) => p.communication_id === c.id)
        .map((p) => p.organization_id)
        .sort()
        .join(" ") === wanted,
  )?.id;
}

export type RelationRow = { a: string; b: string; count: number; channels: CommunicationChannel[] };

/**
 * The log of a partnership read as relations: each pair of organizations (a's id sorts before b's) that
 * took part in a contact together, how many contacts, over which channels. One query over the parties.
 */
export async function listRelations(db: Kysely<DB>, partnershipId: string): Promise<RelationRow[]> {
  const rows = await db
    .selectFrom("communication_parties as p1")
    .innerJoin("communication_parties as p2", (join) =>
      join.onRef("p2.communication_id", "=", "p1.communication_id").onRef("p2.organization_id", ">", "p1.organization_id"),
    )
    .innerJoin("communications as c", "c.id", "p1.communication_id")
    .where("p1.partnership_id", "=", partnershipId)
    .select(["p1.organization_id as a", "p2.organization_id as b", "c.channel", (eb) => eb.fn.countAll<number>().as("n")])
    .groupBy(["p1.organization_id", "p2.organization_id", "c.channel"])
    .orderBy("p1.organization_id")
    .orderBy("p2.organization_id")
    .orderBy("c.channel")
    .execute();
  const relations: RelationRow[] = [];
  for (const row of rows) {
    const last = relations.at(-1);
    const channel = storedKey(COMMUNICATION_CHANNELS, row.channel) ?? "other";
    if (last && last.a === row.a && last.b === row.b) {
      last.count += Number(row.n);
      last.channels.push(channel);
    } else {
      relations.push({ a: row.a, b: row.b, count: Number(row.n), channels: [channel] });
    }
  }
  return relations;
}
