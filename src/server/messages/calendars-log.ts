// What the communication log and the calendar feeds say, in both languages; spread into en.ts and fr.ts.
import type { Message } from "./types.js";

export const calendarsLogEn = {
  "communication.logForbidden": "You may not record contacts in this partnership",
  "communication.changeForbidden": "You may not change this entry of the log",
  "communication.notMember": "is not a member of this partnership",
  "communication.listedTwice": "is listed twice",
  "communication.tooFew": "must name at least two organizations",
  "communication.ownOrganizationMissing": "must include your own organization",
  "communication.tooLate": "cannot be later than tomorrow",
  "calendar.allPartnerships": "Convene — my partnerships",
  "calendar.feedForbidden": "You may not revoke this calendar feed",
  "audit.entity.communication": "Communication",
  "audit.entity.calendar_feed": "Calendar feed",
  "cli.count.communications": "communications",
  "import.communicationNotMember": "names {got}, which is not a member of this partnership",
  "import.communicationAmbiguous": "names {got}, which matches several members of this partnership",
  "import.communicationPartnership": "matches no partnership in which you may log contacts (got {got})",
  "import.repeatCommunication": "repeats line {line}: the same partnership, date, channel, subject and organizations",
} satisfies Record<string, Message>;

export const calendarsLogFr: Record<keyof typeof calendarsLogEn, Message> = {
  "communication.logForbidden": "Vous ne pouvez pas consigner d’échanges dans ce partenariat",
  "communication.changeForbidden": "Vous ne pouvez pas modifier cette entrée du journal",
  "communication.notMember": "n’est pas membre de ce partenariat",
  "communication.listedTwice": "figure deux fois",
  "communication.tooFew": "doit nommer au moins deux organisations",
  "communication.ownOrganizationMissing": "doit inclure votre propre organisation",
  "communication.tooLate": "ne peut pas être postérieure à demain",
  "calendar.allPartnerships": "Convene — mes partenariats",
  "calendar.feedForbidden": "Vous ne pouvez pas révoquer ce calendrier",
  "audit.entity.communication": "Échange",
  "audit.entity.calendar_feed": "Calendrier",
  "cli.count.communications": "échanges",
  "import.communicationNotMember": "nomme {got}, qui n’est pas membre de ce partenariat",
  "import.communicationAmbiguous": "nomme {got}, qui correspond à plusieurs membres de ce partenariat",
  "import.communicationPartnership": "ne correspond à aucun partenariat où vous pouvez consigner des échanges ({got})",
  "import.repeatCommunication": "répète la ligne {line} : même partenariat, date, moyen, objet et organisations",
};
