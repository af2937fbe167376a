// What changed between two saves of a charter, field by field and member by member, so that a
// revision can say what it changed and be compared with the one before it.

export const CHARTER_FIELDS = [
  "need",
  "vision",
  "mission",
  "values",
  "formality",
  "governance",
  "decisionMaking",
  "conflictResolution",
] as const;
export type CharterField = (typeof CHARTER_FIELDS)[number];

export const MEMBER_FIELDS = ["gains", "intendedRole", "expectations"] as const;
export type MemberField = (typeof MEMBER_FIELDS)[number];

export type CharterMemberContent = { organizationId: string; organizationName: string } & Record<MemberField, string | null>;
export type CharterContent = Record<CharterField, string | null> & { members: CharterMemberContent[] };

export type FieldChange<F extends string> = { field: F; before: string | null; after: string | null };
export type MemberChange = {
  organizationId: string;
  organizationName: string;
  change: "added" | "removed" | "changed";
  fields: FieldChange<MemberField>[];
};
export type CharterDiff = { fields: FieldChange<CharterField>[]; members: MemberChange[] };

function changesOf<F extends string>(
  fields: readonly F[],
  before: Partial<Record<F, string | null>>,
  after: Partial<Record<F, string | null>>,
): FieldChange<F>[] {
  return fields
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((change) => change.before !== change.after);
}

const NO_MEMBER: Record<MemberField, null> = { gains: null, intendedRole: null, expectations: null };

/**
 * The changes from one charter to the next; the first save (before null) shows every field it set.
 * A member added or removed lists the fields it had; members keep the order of the newer charter,
 * the removed ones after them.
 * @example diffCharters(a, { ...a, need: "More" }).fields[0] // { field: "need", before: a.need, after: "More" }
 */
export function diffCharters(before: CharterContent | null, after: CharterContent): CharterDiff {
  const previous = new Map((before?.members ?? []).map((member) => [member.organizationId, member]));
  const members: MemberChange[] = [];
  for (const member of after.members) {
    const old = previous.get(member.organizationId);
    previous.delete(member.organizationId);
    const fields = changesOf(MEMBER_FIELDS, old ?? NO_MEMBER, member);
    if (!old) members.push({ organizationId: member.organizationId, organizationName: member.organizationName, change: "added", fields });
    else if (fields.length > 0) {
      members.push({ organizationId: member.organizationId, organizationName: member.organizationName, change: "changed", fields });
    }
  }
  for (const old of previous.values()) {
    members.push({
      organizationId: old.organizationId,
      organizationName: old.organizationName,
      change: "removed",
      fields: changesOf(MEMBER_FIELDS, old, NO_MEMBER),
    });
  }
  return { fields: changesOf(CHARTER_FIELDS, before ?? {}, after), members };
}

/** Whether a diff changes anything at all. */
export function isEmptyDiff(diff: CharterDiff): boolean {
  return diff.fields.length === 0 && diff.members.length === 0;
}
