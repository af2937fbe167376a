// The mail outbox and the flows that start with a mailed link: a forgotten password, an invitation.
import { newId, now } from "../../../src/server/ids.js";
import { issueLink } from "../../../src/server/modules/links/service.js";
import { TEST_PASSWORD } from "../../support/factories.js";
import { roleRights } from "./from-table.js";
import { signedIn, uniqueName, type Context, type RouteCase } from "./matrix.js";
import { throwawayUser } from "./throwaway.js";

async function linkFor(context: Context, purpose: "password_reset" | "invitation"): Promise<string> {
  const userId = await throwawayUser(context);
  return context.db.transaction().execute((trx) => issueLink(trx, userId, purpose, 3_600_000));
}

async function failedMessage(context: Context): Promise<string> {
  const id = newId();
  const at = now();
  await context.db
    .insertInto("mail_messages")
    .values({
      id,
      recipient: "someone@example.org",
      user_id: null,
      language: "en",
      template: "passwordReset",
      subject: "Subject",
      body: "Body",
      status: "failed",
      attempts: 6,
      next_attempt_at: at,
      claimed_by: null,
      claimed_until: null,
      sent_at: null,
      last_error: "550 refused",
      created_at: at,
    })
    .execute();
  return id;
}

const everyone = (status: number) => ({ ...signedIn(status), anonymous: status });

export const mailRoutes: RouteCase[] = [
  {
    method: "POST",
    path: "/api/v1/auth/password-reset",
    attempt: "ask for a password reset link",
    prepare: async ({ world, who }) => ({
      url: "/api/v1/auth/password-reset",
      payload: { email: who === "anonymous" ? "nobody@example.org" : world.users[who].email },
    }),
    expected: everyone(202),
  },
  {
    method: "POST",
    path: "/api/v1/auth/password-reset/confirm",
    attempt: "choose a new password with a reset link",
    prepare: async (context) => ({
      url: "/api/v1/auth/password-reset/confirm",
      payload: { token: await linkFor(context, "password_reset"), password: TEST_PASSWORD },
    }),
    expected: everyone(204),
  },
  {
    method: "POST",
    path: "/api/v1/users/invitations",
    attempt: "invite a user by email",
    prepare: async () => ({
      url: "/api/v1/users/invitations",
      payload: { email: `${uniqueName("invited").replace(" ", "-")}@example.org`, name: "Invited In Matrix", role: "coordinator" },
    }),
    expected: roleRights("manageUsers", 201),
  },
  {
    method: "POST",
    path: "/api/v1/users/:id/invitations",
    attempt: "invite again someone who has not chosen a password",
    prepare: async (context) => {
      const userId = await throwawayUser(context);
      await context.db.updateTable("users").set({ password_hash: null }).where("id", "=", userId).execute();
      return { url: `/api/v1/users/${userId}/invitations` };
    },
    expected: roleRights("manageUsers", 200),
  },
  {
    method: "POST",
    path: "/api/v1/auth/invitations/accept",
    attempt: "accept an invitation",
    prepare: async (context) => ({
      url: "/api/v1/auth/invitations/accept",
      payload: { token: await linkFor(context, "invitation"), password: TEST_PASSWORD },
    }),
    expected: everyone(200),
  },
  {
    method: "GET",
    path: "/api/v1/mail/messages",
    attempt: "read the outbox",
    prepare: async () => ({ url: "/api/v1/mail/messages" }),
    expected: roleRights("manageMail", 200),
  },
  {
    method: "POST",
    path: "/api/v1/mail/messages/:id/retry",
    // Without an SMTP server nothing can be sent again, not even by an administrator.
    attempt: "send a failed message again without an SMTP server",
    prepare: async (context) => ({ url: `/api/v1/mail/messages/${await failedMessage(context)}/retry` }),
    expected: roleRights("manageMail", 409),
  },
];
