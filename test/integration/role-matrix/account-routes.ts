import { createApiToken } from "../../../src/server/modules/auth/service.js";
import { buildUser, TEST_PASSWORD } from "../../support/factories.js";
import { roleRights } from "./from-table.js";
import { signedIn, uniqueName, userIdOf, type RouteCase } from "./matrix.js";
import { throwawayUser } from "./throwaway.js";

export const accountRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/health",
    attempt: "check the service's health",
    prepare: async () => ({ url: "/api/health" }),
    expected: { ...signedIn(200), anonymous: 200 },
  },
  {
    method: "POST",
    path: "/api/v1/auth/login",
    attempt: "sign in",
    prepare: async ({ world, who }) => ({
      url: "/api/v1/auth/login",
      payload:
        who === "anonymous"
          ? { email: "nobody@example.org", password: "not the password" }
          : { email: world.users[who].email, password: TEST_PASSWORD },
    }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/auth/logout",
    attempt: "sign out",
    prepare: async () => ({ url: "/api/v1/auth/logout" }),
    expected: { ...signedIn(204), anonymous: 204 },
  },
  {
    method: "GET",
    path: "/api/v1/auth/session",
    attempt: "read its own session",
    prepare: async () => ({ url: "/api/v1/auth/session" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/attention",
    attempt: "list what the partnerships it manages need",
    prepare: async () => ({ url: "/api/v1/attention" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/auth/status",
    attempt: "ask whether it is signed in",
    prepare: async () => ({ url: "/api/v1/auth/status" }),
    expected: { ...signedIn(200), anonymous: 200 },
  },
  {
    method: "PATCH",
    path: "/api/v1/auth/me",
    attempt: "change its own language",
    prepare: async () => ({ url: "/api/v1/auth/me", payload: { locale: "en" } }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/tokens",
    attempt: "list its own API tokens",
    prepare: async () => ({ url: "/api/v1/tokens" }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/tokens",
    attempt: "create an API token for itself",
    prepare: async () => ({ url: "/api/v1/tokens", payload: { name: uniqueName("Matrix token") } }),
    expected: signedIn(201),
  },
  {
    method: "DELETE",
    path: "/api/v1/tokens/:id",
    attempt: { own: "revoke its own API token", foreign: "revoke another user's API token" },
    prepare: async (context) => {
      const owner = context.side === "own" ? userIdOf(context) : context.world.users[context.who === "admin" ? "partner" : "admin"].id;
      const token = await createApiToken(context.db, owner, uniqueName("Throwaway token"));
      return { url: `/api/v1/tokens/${token.id}` };
    },
    expected: signedIn([204, 404]),
  },
  {
    method: "GET",
    path: "/api/v1/users",
    attempt: "list user accounts",
    prepare: async () => ({ url: "/api/v1/users" }),
    expected: roleRights("manageUsers", 200),
  },
  {
    method: "POST",
    path: "/api/v1/users",
    attempt: "create a user account",
    prepare: async () => ({
      url: "/api/v1/users",
      payload: {
        email: `${uniqueName("matrix").replace(" ", "-")}@example.org`,
        name: "Matrix User",
        role: "coordinator",
        password: TEST_PASSWORD,
      },
    }),
    expected: roleRights("manageUsers", 201),
  },
  {
    method: "GET",
    path: "/api/v1/users/:id",
    attempt: { own: "read its own user account", foreign: "read another user's account" },
    prepare: async (context) => ({
      url: `/api/v1/users/${context.side === "own" ? userIdOf(context) : context.world.users[context.who === "admin" ? "partner" : "admin"].id}`,
    }),
    expected: roleRights("manageUsers", 200),
  },
  {
    method: "PATCH",
    path: "/api/v1/users/:id",
    attempt: "change another user's account",
    prepare: async (context) => ({ url: `/api/v1/users/${await throwawayUser(context)}`, payload: { name: "Renamed In Matrix" } }),
    expected: roleRights("manageUsers", 200),
  },
  {
    method: "PATCH",
    path: "/api/v1/users/:id",
    attempt: "let an evaluator export individual survey responses",
    prepare: async (context) => ({
      url: `/api/v1/users/${(await buildUser(context.db, { role: "evaluator" })).id}`,
      payload: { responseExport: "anonymous" },
    }),
    expected: roleRights("manageUsers", 200),
  },
];
