import { signedIn, type RouteCase } from "./matrix.js";

// Reports are not about one row: every signed-in role gets one, over the involvement records its
// scope lets it read (which rows those are is tested with the reports module).
export const reportRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/reports/typology",
    attempt: "read the typology report",
    prepare: async () => ({ url: "/api/v1/reports/typology?by=program&perspective=lead" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/reports/involvement",
    attempt: "read the involvement report",
    prepare: async () => ({ url: "/api/v1/reports/involvement?round=baseline" }),
    expected: signedIn(200),
  },
];
