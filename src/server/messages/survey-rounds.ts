// Survey rounds: refusals, the invitation, reminder and new-link mails, the command line's lines.
// Spread into en.ts and fr.ts, whose test checks the keys and placeholders match.
import type { Message } from "./types.js";

export const surveyRoundsEn = {
  "audit.entity.survey_round": "Survey round",
  "audit.entity.survey_respondent": "Survey respondent",
  "mail.surveyInvitation.subject": "{partnership}: {instrument} ({label}), open until {closesOn}",
  "mail.surveyInvitation.body":
    "Hello {name},\n\n{partnership} asks you, for {organization}, to answer “{instrument}” ({label}). It takes a few minutes and needs no account: your answers are saved as you go, and you can leave and come back through the same link until {closesOn}.\n\n{links}\n\n{privacy}\n",
  "mail.surveyReminder.subject": "Reminder: {instrument} ({label}) for {partnership}, open until {closesOn}",
  "mail.surveyReminder.body":
    "Hello {name},\n\nYour answers to “{instrument}” ({label}) for {partnership} are not submitted yet. The survey stays open until {closesOn}; what you saved so far is kept. The link below works as well as the one sent before.\n\n{links}\n\n{privacy}\n",
  "mail.surveyLink.subject": "{partnership}: your new link to {instrument} ({label})",
  "mail.surveyLink.body":
    "Hello {name},\n\nHere is a new personal link to “{instrument}” ({label}) for {partnership}, open until {closesOn}. The links sent before no longer work; what you saved so far is kept.\n\n{links}\n\n{privacy}\n",
  "surveyRound.privacy":
    "Who sees what: the partnership's coordinators see whether you have answered, never what you answered. Results are shown only as totals of at least {threshold} submitted responses; nobody sees your own answers. The link is personal: please do not forward it.",
  "surveyRound.linkAbout": "About {organization}:\n{link}",
  "surveyRound.label.baseline": "baseline",
  "surveyRound.label.midterm": "midterm",
  "surveyRound.label.final": "final",
  "surveyRound.runForbidden": "You may not run surveys in this partnership.",
  "surveyRound.unknownInstrument": "There is no such instrument, or no such version of it.",
  "surveyRound.closesBeforeOpens": "The round cannot close before it opens.",
  "surveyRound.closesInPast": "This closing date is already past.",
  "surveyRound.notAMembersContact": "This is not a contact of one of the partnership's members that you may read.",
  "surveyRound.contactWithoutEmail": "This contact has no email address to send the link to.",
  "surveyRound.perspectiveRequired": "The involvement checklist needs the perspective this person answers from: lead or partner.",
  "surveyRound.leadPerspectiveNotLead": "Only a contact of the lead organization answers from the lead's perspective.",
  "surveyRound.partnerPerspectiveLead": "A contact of the lead organization answers from the lead's perspective.",
  "surveyRound.membershipNotOwn": "A partner's answers are about its own organization's membership.",
  "surveyRound.membershipUnknown": "This is not a membership of the partnership other than the lead's.",
  "surveyRound.membershipNotAsked": "Only the involvement checklist asks about a member.",
  "surveyRound.noMembersToAskAbout": "The partnership has no member besides the lead to ask about.",
  "surveyRound.alreadyAsked": "This person is already asked in this round.",
  "surveyRound.alreadyClosed": "This round is already closed.",
  "surveyRound.closedNoChange": "This round is closed: it can no longer be changed.",
  "surveyRound.notOpen": "This round is not open: links are sent once it opens.",
  "surveyRound.alreadyRevoked": "This link is already revoked.",
  "surveyRound.notInProgram": "This is not one of the program's partnerships that you may read.",
  "surveyRound.namedTwice": "This partnership is named twice.",
  "surveyRound.noRepresentatives": "None of this partnership's members has a representative with an email address to ask.",
  "cli.surveys.queued": {
    one: "{count} survey message went out as of {at} (invitations: {invitations}; reminders: {reminders}).",
    other: "{count} survey messages went out as of {at} (invitations: {invitations}; reminders: {reminders}).",
  },
} satisfies Record<string, Message>;

export const surveyRoundsFr: Record<keyof typeof surveyRoundsEn, Message> = {
  "audit.entity.survey_round": "Vague d’enquête",
  "audit.entity.survey_respondent": "Répondant à une enquête",
  "mail.surveyInvitation.subject": "{partnership}\u00a0: {instrument} ({label}), ouvert jusqu’au {closesOn}",
  "mail.surveyInvitation.body":
    "Bonjour {name},\n\n{partnership} vous demande, pour {organization}, de répondre à «\u00a0{instrument}\u00a0» ({label}). Cela prend quelques minutes et ne demande aucun compte\u00a0: vos réponses sont enregistrées au fur et à mesure, et vous pouvez vous interrompre et revenir par le même lien jusqu’au {closesOn}.\n\n{links}\n\n{privacy}\n",
  "mail.surveyReminder.subject": "Rappel\u00a0: {instrument} ({label}) pour {partnership}, ouvert jusqu’au {closesOn}",
  "mail.surveyReminder.body":
    "Bonjour {name},\n\nVos réponses à «\u00a0{instrument}\u00a0» ({label}) pour {partnership} ne sont pas encore envoyées. Le questionnaire reste ouvert jusqu’au {closesOn}\u202f; ce que vous avez déjà enregistré est conservé. Le lien ci-dessous fonctionne aussi bien que celui envoyé auparavant.\n\n{links}\n\n{privacy}\n",
  "mail.surveyLink.subject": "{partnership}\u00a0: votre nouveau lien vers {instrument} ({label})",
  "mail.surveyLink.body":
    "Bonjour {name},\n\nVoici un nouveau lien personnel vers «\u00a0{instrument}\u00a0» ({label}) pour {partnership}, ouvert jusqu’au {closesOn}. Les liens envoyés auparavant ne fonctionnent plus\u202f; ce que vous avez déjà enregistré est conservé.\n\n{links}\n\n{privacy}\n",
  "surveyRound.privacy":
    "Qui voit quoi\u00a0: les coordonnateurs du partenariat voient si vous avez répondu, jamais ce que vous avez répondu. Les résultats ne sont montrés que sous forme de totaux d’au moins {threshold}\u00a0réponses envoyées\u202f; personne ne voit vos propres réponses. Ce lien est personnel\u00a0: merci de ne pas le transférer.",
  "surveyRound.linkAbout": "Au sujet de {organization}\u00a0:\n{link}",
  "surveyRound.label.baseline": "point de départ",
  "surveyRound.label.midterm": "mi-parcours",
  "surveyRound.label.final": "bilan final",
  "surveyRound.runForbidden": "Vous ne pouvez pas mener d’enquêtes dans ce partenariat.",
  "surveyRound.unknownInstrument": "Cet instrument n’existe pas, ou pas dans cette version.",
  "surveyRound.closesBeforeOpens": "La vague ne peut pas se fermer avant de s’ouvrir.",
  "surveyRound.closesInPast": "Cette date de fermeture est déjà passée.",
  "surveyRound.notAMembersContact": "Ce n’est pas une personne-ressource d’un membre du partenariat que vous pouvez consulter.",
  "surveyRound.contactWithoutEmail": "Cette personne-ressource n’a pas d’adresse courriel où envoyer le lien.",
  "surveyRound.perspectiveRequired":
    "La liste de participation demande le point de vue depuis lequel cette personne répond\u00a0: organisme responsable ou partenaire.",
  "surveyRound.leadPerspectiveNotLead": "Seule une personne-ressource de l’organisme responsable répond de son point de vue.",
  "surveyRound.partnerPerspectiveLead": "Une personne-ressource de l’organisme responsable répond du point de vue de celui-ci.",
  "surveyRound.membershipNotOwn": "Les réponses d’un partenaire portent sur la participation de son propre organisme.",
  "surveyRound.membershipUnknown": "Ce n’est pas une participation au partenariat autre que celle de l’organisme responsable.",
  "surveyRound.membershipNotAsked": "Seule la liste de participation porte sur un membre.",
  "surveyRound.noMembersToAskAbout": "Le partenariat n’a aucun membre en dehors de l’organisme responsable sur qui interroger.",
  "surveyRound.alreadyAsked": "Cette personne est déjà interrogée dans cette vague.",
  "surveyRound.alreadyClosed": "Cette vague est déjà fermée.",
  "surveyRound.closedNoChange": "Cette vague est fermée\u00a0: elle ne peut plus être modifiée.",
  "surveyRound.notOpen": "Cette vague n’est pas ouverte\u00a0: les liens partent à son ouverture.",
  "surveyRound.alreadyRevoked": "Ce lien est déjà révoqué.",
  "surveyRound.notInProgram": "Ce n’est pas un des partenariats du programme que vous pouvez consulter.",
  "surveyRound.namedTwice": "Ce partenariat est nommé deux fois.",
  "surveyRound.noRepresentatives": "Aucun membre de ce partenariat n’a de représentant avec une adresse courriel à interroger.",
  "cli.surveys.queued": {
    one: "{count} message d’enquête est parti à la date du {at} (invitations\u00a0: {invitations}\u202f; rappels\u00a0: {reminders}).",
    other: "{count} messages d’enquête sont partis à la date du {at} (invitations\u00a0: {invitations}\u202f; rappels\u00a0: {reminders}).",
  },
} satisfies Record<keyof typeof surveyRoundsEn, Message>;
