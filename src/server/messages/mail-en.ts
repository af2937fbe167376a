// The messages Convene mails, in English: a subject and a plain-text body per template. Same keys
// and placeholders in mail-fr.ts; part of the server's catalogue (en.ts), so the same test checks them.
import type { Message } from "./types.js";

export const mailEn = {
  "mail.passwordReset.subject": "Choose a new Convene password",
  "mail.passwordReset.body": {
    one: "Hello {name},\n\nSomeone asked to reset the password of your Convene account ({email}). To choose a new password, open this link within {count} hour:\n\n{link}\n\nThe link works once. If you did not ask for this, ignore this message: your password stays as it is.\n",
    other:
      "Hello {name},\n\nSomeone asked to reset the password of your Convene account ({email}). To choose a new password, open this link within {count} hours:\n\n{link}\n\nThe link works once. If you did not ask for this, ignore this message: your password stays as it is.\n",
  },
  "mail.invitation.subject": "{inviter} invites you to join Convene",
  "mail.invitation.body": {
    one: "Hello {name},\n\n{inviter} has opened a Convene account for you ({email}). To choose your password and sign in, open this link within {count} day:\n\n{link}\n\nThe link works once. If you were not expecting this invitation, you can ignore this message.\n",
    other:
      "Hello {name},\n\n{inviter} has opened a Convene account for you ({email}). To choose your password and sign in, open this link within {count} days:\n\n{link}\n\nThe link works once. If you were not expecting this invitation, you can ignore this message.\n",
  },
} satisfies Record<string, Message>;
