// What the server says about meetings, their attendance and their accountability review, in both
// languages; spread into en.ts and fr.ts, whose test checks the keys and placeholders match.

export const meetingsEn = {
  "meeting.manageForbidden": "You cannot hold this partnership's meetings",
  "meeting.cancelledNoChange": "This meeting was cancelled: it can no longer be changed",
  "meeting.notMember": "is not a member of this partnership",
  "meeting.contactNotOfOrganization": "is not a contact of this organization",
  "meeting.notUpForReview": "is not up for review at this meeting",
  "audit.entity.meeting": "Meeting",
  "audit.entity.meeting_attendance": "Meeting attendance",
  "audit.entity.meeting_review": "Meeting review",
};

export const meetingsFr: Record<keyof typeof meetingsEn, string> = {
  "meeting.manageForbidden": "Vous ne pouvez pas tenir les réunions de ce partenariat",
  "meeting.cancelledNoChange": "Cette réunion a été annulée : elle ne peut plus être modifiée",
  "meeting.notMember": "n’est pas membre de ce partenariat",
  "meeting.contactNotOfOrganization": "n’est pas une personne-ressource de cet organisme",
  "meeting.notUpForReview": "n’est pas à l’ordre du bilan de cette réunion",
  "audit.entity.meeting": "Réunion",
  "audit.entity.meeting_attendance": "Présences à une réunion",
  "audit.entity.meeting_review": "Bilan d’une réunion",
};
