// The messages Convene mails, in French: same keys and placeholders as mail-en.ts.
import type { Message } from "./types.js";
import type { mailEn } from "./mail-en.js";

export const mailFr: Record<keyof typeof mailEn, Message> = {
  "mail.passwordReset.subject": "Choisissez un nouveau mot de passe Convene",
  "mail.passwordReset.body": {
    one: "Bonjour {name},\n\nQuelqu'un a demandé à réinitialiser le mot de passe de votre compte Convene ({email}). Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai de {count} heure\u00a0:\n\n{link}\n\nLe lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message\u00a0: votre mot de passe reste le même.\n",
    other:
      "Bonjour {name},\n\nQuelqu'un a demandé à réinitialiser le mot de passe de votre compte Convene ({email}). Pour choisir un nouveau mot de passe, ouvrez ce lien dans un délai de {count} heures\u00a0:\n\n{link}\n\nLe lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message\u00a0: votre mot de passe reste le même.\n",
  },
  "mail.invitation.subject": "{inviter} vous invite à rejoindre Convene",
  "mail.invitation.body": {
    one: "Bonjour {name},\n\n{inviter} vous a ouvert un compte Convene ({email}). Pour choisir votre mot de passe et vous connecter, ouvrez ce lien dans un délai de {count} jour\u00a0:\n\n{link}\n\nLe lien ne sert qu'une fois. Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message.\n",
    other:
      "Bonjour {name},\n\n{inviter} vous a ouvert un compte Convene ({email}). Pour choisir votre mot de passe et vous connecter, ouvrez ce lien dans un délai de {count} jours\u00a0:\n\n{link}\n\nLe lien ne sert qu'une fois. Si vous n'attendiez pas cette invitation, vous pouvez ignorer ce message.\n",
  },
};
