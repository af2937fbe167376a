import type { Kysely } from "kysely";
import { nameKey } from "../../../domain/registry/name-key.js";

// Name keys now fold what word processors substitute (curly apostrophes, ligatures, "ß", dashes,
// non-breaking spaces), so every stored key is computed again. Two organizations of one sector whose
// names were distinct keys before may now share one, which the unique (sector, name_key) constraint
// forbids: the first of them (the one whose key does not change, else the oldest) takes the new key,
// the others keep a key of their own, and each such collision is reported rather than failing the
// upgrade, so that someone can merge or rename them.

export type NameKeyCollision = {
  table: string;
  id: string;
  name: string;
  key: string;
  keptKey: string;
  collidesWith: { id: string; name: string };
};

type KeyedRow = { id: string; name: string; name_key: string; group: string; created_at: string };

/** What each row's key becomes, and the rows that could not take theirs. */
export function planNameKeys(table: string, rows: readonly KeyedRow[], unique: boolean) {
  const updates = new Map<string, string>();
  const collisions: NameKeyCollision[] = [];
  const groups = new Map<string, KeyedRow[]>();
  for (const row of rows) {
    const key = nameKey(row.name);
    if (!unique) {
      if (key !== row.name_key) updates.set(row.id, key);
      continue;
    }
    const groupKey = `${row.group}\u0000${key}`;
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), row]);
  }
  const taken = new Set([...groups.keys()]);
  for (const [groupKey, members] of groups) {
    const key = groupKey.slice(groupKey.indexOf("\u0000") + 1);
    const ordered = [...members].sort((a, b) =>
      a.created_at === b.created_at ? a.id.localeCompare(b.id) : a.created_at.localeCompare(b.created_at),
    );
    const first = ordered.find((row) => row.name_key === key) ?? ordered[0];
    if (!first) continue;
    if (first.name_key !== key) updates.set(first.id, key);
    for (const row of ordered) {
      if (row === first) continue;
      // The old key is unique in the sector and, not being folded the new way, is nobody's new key.
      const own = `${row.group}\u0000${row.name_key}`;
      const keptKey = taken.has(own) ? `${key} (${row.id})` : row.name_key;
      taken.add(`${row.group}\u0000${keptKey}`);
      if (keptKey !== row.name_key) updates.set(row.id, keptKey);
      collisions.push({ table, id: row.id, name: row.name, key, keptKey, collidesWith: { id: first.id, name: first.name } });
    }
  }
  return { updates, collisions };
}

async function applyUpdates(db: Kysely<any>, table: string, updates: Map<string, string>): Promise<void> {
  // Through a placeholder first, so that no row ever holds a key another row is about to give up.
  for (const id of updates.keys()) {
    await db
      .updateTable(table)
      .set({ name_key: `\u0001${id}` })
      .where("id", "=", id)
      .execute();
  }
  for (const [id, key] of updates) {
    await db.updateTable(table).set({ name_key: key }).where("id", "=", id).execute();
  }
}

/** Recomputes every stored name key; returns the collisions it left disambiguated. */
export async function recomputeNameKeys(db: Kysely<any>): Promise<NameKeyCollision[]> {
  const organizations = await db.selectFrom("organizations").select(["id", "name", "name_key", "sector as group", "created_at"]).execute();
  const partnerships = await db
    .selectFrom("partnerships")
    .select(["id", "name", "name_key", "program_id as group", "created_at"])
    .execute();
  const plans = [planNameKeys("organizations", organizations, true), planNameKeys("partnerships", partnerships, false)];
  await applyUpdates(db, "organizations", plans[0]?.updates ?? new Map());
  await applyUpdates(db, "partnerships", plans[1]?.updates ?? new Map());
  return plans.flatMap((plan) => plan.collisions);
}

export async function up(db: Kysely<any>): Promise<void> {
  const collisions = await recomputeNameKeys(db);
  for (const collision of collisions) {
    // A log line for the operator, in the server's JSON log format; the upgrade goes on.
    process.stderr.write(`${JSON.stringify({ level: 40, time: Date.now(), msg: "name key collision", ...collision })}\n`);
  }
}

export async function down(): Promise<void> {
  // Keys folded the new way still find every name they found before; nothing to undo.
}
