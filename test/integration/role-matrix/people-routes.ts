import { createApiToken } from "../../../src/server/modules/auth/service.js";
import { TEST_PASSWORD } from "../../support/factories.js";
import { ABILITIES } from "../../../src/domain/access/abilities.js";
import { DOMAIN_ROLE, roleRights } from "./from-table.js";
import { ROLES, signedIn, uniqueName, userIdOf, type Expected, type Role, type RouteCase, type Who } from "./matrix.js";
import { throwawayUser } from "./throwaway.js";

/** Those whose role manages users get `status`; everyone else signed in 403. */
function managersOnly(status: Expected): Record<Who, Expected> {
  const entries = ROLES.map((who) => [who, ABILITIES[DOMAIN_ROLE[who]].global.manageUsers ? status : 403] as const);
  return { ...(Object.fromEntries(entries) as Record<Role, Expected>), anonymous: 401 };
}

/** Everyone's own account, and administrators' view of other accounts' API tokens. */
export const peopleRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/account",
    attempt: "read its own account",
    prepare: async () => ({ url: "/api/v1/account" }),
    expected: signedIn(200),
  },
  {
    method: "PATCH",
    path: "/api/v1/account",
    attempt: "change its own name and language",
    prepare: async () => ({ url: "/api/v1/account", payload: { locale: "en" } }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/account/password",
    attempt: "change its own password",
    // The same password again, so that the other cases still sign in with it.
    prepare: async () => ({ url: "/api/v1/account/password", payload: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } }),
    expected: signedIn(204),
  },
  {
    method: "GET",
    path: "/api/v1/users/:id/tokens",
    attempt: { own: "list its own API tokens as an account", foreign: "list another user's API tokens" },
    prepare: async (context) => ({
      url: `/api/v1/users/${context.side === "own" ? userIdOf(context) : context.world.users[context.who === "admin" ? "partner" : "admin"].id}/tokens`,
    }),
    expected: roleRights("manageUsers", 200),
  },
  {
    method: "DELETE",
    path: "/api/v1/users/:id/tokens/:tokenId",
    attempt: { own: "revoke a user's API token", foreign: "revoke, under one user, another user's API token" },
    prepare: async (context) => {
      const userId = await throwawayUser(context);
      const owner = context.side === "own" ? userId : await throwawayUser(context);
      const token = await createApiToken(context.db, owner, uniqueName("Throwaway token"));
      return { url: `/api/v1/users/${userId}/tokens/${token.id}` };
    },
    expected: managersOnly([204, 404]),
  },
];
