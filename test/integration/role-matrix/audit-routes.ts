import type { RouteCase, Side } from "./matrix.js";

// The audit trail is read by administrators (all of it), program officers and coordinators (their
// partnerships' and the registry's); a partnership's history outside that trail reads as not found.
// Which events each reader sees is tested with the audit module.
const history = (side: Side) => (side === "own" ? "read its own partnership's history" : "read another partnership's history");

const expected = { admin: 200, programOfficer: [200, 404], evaluator: 403, coordinator: [200, 404], partner: 403, anonymous: 401 } as const;

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
