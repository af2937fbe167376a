// The reminders Convene mails (the weekly digest and the notice before a meeting), the answers of the
// unsubscribe link, and what `convene reminders send` prints, in both languages; spread into en.ts and
// fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const remindersEn = {
  "mail.reminderDigest.subject": {
    one: "{partnership}: {count} commitment of {organization} to follow up this week",
    other: "{partnership}: {count} commitments of {organization} to follow up this week",
  },
  "mail.reminderDigest.body":
    "Hello {name},\n\nHere are the commitments of {organization} in {partnership} that are overdue or due within 7 days (week {week}).\n\n{items}\nSee and update them in Convene:\n{link}\n\nYou receive this weekly digest as the representative of {organization}. To stop receiving reminders, open this link:\n{unsubscribe}\n",
  "mail.meetingNotice.subject": "{partnership}: {title}, {when}",
  "mail.meetingNotice.body":
    "Hello {name},\n\n{partnership} meets on {when} ({timeZone}): {title}.\nPlace: {location}\n\n{items}\nThe meeting and its agenda:\n{link}\n\nYou receive this notice as the representative of {organization}. To stop receiving reminders, open this link:\n{unsubscribe}\n",
  "reminders.overdueHeading": "Overdue:",
  "reminders.dueSoonHeading": "Due within 7 days:",
  "reminders.overdueItem": {
    one: "- {description} (was due {date}, {count} day ago)",
    other: "- {description} (was due {date}, {count} days ago)",
  },
  "reminders.dueSoonItem": "- {description} (due {date})",
  "reminders.reviewOpenHeading": "Commitments up for review:",
  "reminders.reviewDeliveredHeading": "Delivered since the last meeting:",
  "reminders.reviewOpenItem": "- {organization}: {description} (due {date})",
  "reminders.reviewDeliveredItem": "- {organization}: {description} (delivered {date})",
  "reminders.nothingToReview": "No commitment is up for review.",
  "reminders.unsubscribeInvalid": "This unsubscribe link does not work: it may have been mistyped.",
  "reminders.tooManyUnsubscribes": {
    one: "Too many attempts. Try again in {count} minute.",
    other: "Too many attempts. Try again in {count} minutes.",
  },
  "cli.reminders.queued": {
    one: "{count} reminder went out as of {at} (weekly digests: {digests}; meeting notices: {notices}).",
    other: "{count} reminders went out as of {at} (weekly digests: {digests}; meeting notices: {notices}).",
  },
  "cli.reminders.sent": {
    one: "{count} message was handed to the mail server.",
    other: "{count} messages were handed to the mail server.",
  },
  "cli.reminders.retrying": {
    one: "{count} message could not be sent yet; the server will try it again later.",
    other: "{count} messages could not be sent yet; the server will try them again later.",
  },
  "cli.reminders.noPublicUrl": "No CONVENE_PUBLIC_URL: the links in these messages point to {base}.",
  "cli.reminders.held": "No SMTP_URL: they are kept in the outbox (Outbox in the web app).",
} satisfies Record<string, Message>;

export const remindersFr: Record<keyof typeof remindersEn, Message> = {
  "mail.reminderDigest.subject": {
    one: "{partnership}\u00a0: {count} engagement de {organization} à suivre cette semaine",
    other: "{partnership}\u00a0: {count} engagements de {organization} à suivre cette semaine",
  },
  "mail.reminderDigest.body":
    "Bonjour {name},\n\nVoici les engagements de {organization} dans {partnership} qui sont en retard ou arrivent à échéance d’ici 7\u00a0jours (semaine {week}).\n\n{items}\nPour les consulter et les mettre à jour dans Convene\u00a0:\n{link}\n\nVous recevez ce récapitulatif hebdomadaire en tant que représentant de {organization}. Pour ne plus recevoir de rappels, ouvrez ce lien\u00a0:\n{unsubscribe}\n",
  "mail.meetingNotice.subject": "{partnership}\u00a0: {title}, {when}",
  "mail.meetingNotice.body":
    "Bonjour {name},\n\n{partnership} se réunit le {when} ({timeZone})\u00a0: {title}.\nLieu\u00a0: {location}\n\n{items}\nLa réunion et son ordre du jour\u00a0:\n{link}\n\nVous recevez cet avis en tant que représentant de {organization}. Pour ne plus recevoir de rappels, ouvrez ce lien\u00a0:\n{unsubscribe}\n",
  "reminders.overdueHeading": "En retard\u00a0:",
  "reminders.dueSoonHeading": "À échéance d’ici 7\u00a0jours\u00a0:",
  "reminders.overdueItem": {
    one: "- {description} (échéance\u00a0: {date}, il y a {count}\u00a0jour)",
    other: "- {description} (échéance\u00a0: {date}, il y a {count}\u00a0jours)",
  },
  "reminders.dueSoonItem": "- {description} (échéance\u00a0: {date})",
  "reminders.reviewOpenHeading": "Engagements à faire le point\u00a0:",
  "reminders.reviewDeliveredHeading": "Réalisés depuis la dernière réunion\u00a0:",
  "reminders.reviewOpenItem": "- {organization}\u00a0: {description} (échéance\u00a0: {date})",
  "reminders.reviewDeliveredItem": "- {organization}\u00a0: {description} (réalisé le {date})",
  "reminders.nothingToReview": "Aucun engagement n’est à l’ordre du jour.",
  "reminders.unsubscribeInvalid": "Ce lien de désabonnement ne fonctionne pas\u00a0: il a peut-être été mal recopié.",
  "reminders.tooManyUnsubscribes": {
    one: "Trop de tentatives. Réessayez dans {count}\u00a0minute.",
    other: "Trop de tentatives. Réessayez dans {count}\u00a0minutes.",
  },
  "cli.reminders.queued": {
    one: "{count} rappel est parti à la date du {at} (récapitulatifs hebdomadaires\u00a0: {digests}\u202f; avis de réunion\u00a0: {notices}).",
    other:
      "{count} rappels sont partis à la date du {at} (récapitulatifs hebdomadaires\u00a0: {digests}\u202f; avis de réunion\u00a0: {notices}).",
  },
  "cli.reminders.sent": {
    one: "{count} message a été remis au serveur de courriel.",
    other: "{count} messages ont été remis au serveur de courriel.",
  },
  "cli.reminders.retrying": {
    one: "{count} message n’a pas encore pu être envoyé\u202f; le serveur réessaiera plus tard.",
    other: "{count} messages n’ont pas encore pu être envoyés\u202f; le serveur réessaiera plus tard.",
  },
  "cli.reminders.noPublicUrl": "Pas de CONVENE_PUBLIC_URL\u00a0: les liens de ces messages pointent vers {base}.",
  "cli.reminders.held": "Pas de SMTP_URL\u00a0: ils sont conservés dans la boîte d’envoi (Boîte d’envoi dans l’application web).",
};
