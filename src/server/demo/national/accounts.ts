// The demo's five accounts, placed in the national portfolio: the same addresses and roles, with a
// coordinator and a partner organization taken from the generated partnerships.
import type { Insertable } from "kysely";
import type { NewUser, PartnershipCoordinatorsTable, UserProgramsTable } from "../../db/schema.js";
import { DEMO_ACCOUNTS } from "../portfolio/programs.js";
import type { NationalPlan } from "./plan.js";

export type AccountRows = {
  users: NewUser[];
  userPrograms: Insertable<UserProgramsTable>[];
  coordinators: Insertable<PartnershipCoordinatorsTable>[];
};

/** One account per role, sharing one password hash; the coordinator runs the first two partnerships, the partner belongs to the first. */
export function accountRows(plan: NationalPlan, passwordHash: string, newId: () => string, at: string): AccountRows {
  const [first, second] = plan.partnerships;
  const partnerOrganization = plan.memberships.find(
    (membership) => membership.partnership_id === first?.id && membership.organization_id !== first?.lead_organization_id,
  );
  const programIds = new Map(plan.programs.map((program) => [program.code, program.id]));
  const rows: AccountRows = { users: [], userPrograms: [], coordinators: [] };
  for (const account of DEMO_ACCOUNTS) {
    const id = newId();
    rows.users.push({
      id,
      email: account.email,
      name: account.name,
      password_hash: passwordHash,
      role: account.role,
      organization_id: account.role === "partner" ? (partnerOrganization?.organization_id ?? null) : null,
      locale: "en",
      disabled: 0,
      created_at: at,
      updated_at: at,
    });
    const codes = account.programs === "all" ? [...programIds.keys()] : (account.programs ?? []);
    for (const code of codes) {
      const programId = programIds.get(code);
      if (programId) rows.userPrograms.push({ user_id: id, program_id: programId });
    }
    if (account.role === "coordinator") {
      for (const partnership of [first, second]) if (partnership) rows.coordinators.push({ user_id: id, partnership_id: partnership.id });
    }
  }
  return rows;
}
