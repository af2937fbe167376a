import { ABILITIES } from "../../../src/domain/access/abilities.js";
import { DOMAIN_ROLE } from "./from-table.js";
import { ROLES, type Expected, type Role, type RouteCase, type Side, type Who } from "./matrix.js";

// The audit trail's readers and reach come from the abilities table: a role without readAudit is
// refused (403); one with it reads the own partnership's history when its partnership reach takes it
// in (in the world, every named partnership reach does), and another partnership's only with "all";
// a history outside the trail reads as not found. Which events each reader sees is tested with the
// audit module.
const history = (side: Side) => (side === "own" ? "read its own partnership's history" : "read another partnership's history");

function auditExpected(): Record<Who, Expected> {
  const entries = ROLES.map((who) => {
    const abilities = ABILITIES[DOMAIN_ROLE[who]];
    const reach = abilities.audit.partnerships;
    if (!abilities.global.readAudit) return [who, 403] as const;
    if (reach === "all") return [who, 200] as const;
    if (reach === "none") return [who, 404] as const;
    return [who, [200, 404]] as const;
  });
  return { ...(Object.fromEntries(entries) as Record<Role, Expected>), anonymous: 401 };
}

const expected = auditExpected();

export const auditRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/audit-events",
    attempt: { own: history("own"), foreign: history("foreign") },
    prepare: async ({ world, side }) => ({ url: `/api/v1/audit-events?partnershipId=${world.partnerships[side].id}` }),
    expected,
  },
  {
    method: "GET",
    path: "/api/v1/audit-events.csv",
    attempt: { own: "export its own partnership's history", foreign: "export another partnership's history" },
    prepare: async ({ world, side }) => ({ url: `/api/v1/audit-events.csv?partnershipId=${world.partnerships[side].id}` }),
    expected,
  },
];
