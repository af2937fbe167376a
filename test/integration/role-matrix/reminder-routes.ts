import { randomToken } from "../../../src/server/crypto.js";
import { buildContact, buildOrganization } from "../../support/factories.js";
import { signedIn, type RouteCase } from "./matrix.js";

export const reminderRoutes: RouteCase[] = [
  {
    method: "POST",
    path: "/api/v1/unsubscribe",
    attempt: "follow a reminder's unsubscribe link, signed in or not",
    prepare: async ({ db }) => {
      const organization = await buildOrganization(db);
      const contact = await buildContact(db, organization.id, { email: `${randomToken(6)}@example.org` });
      const token = randomToken(24);
      await db.updateTable("contacts").set({ unsubscribe_token: token }).where("id", "=", contact.id).execute();
      return { url: "/api/v1/unsubscribe", payload: { token } };
    },
    expected: { ...signedIn(200), anonymous: 200 },
  },
];
