// The column headers of the accountability report's files, in both languages; spread into en.ts and
// fr.ts, whose test checks the keys match.
import type { Message } from "./types.js";

export const accountabilityEn = {
  "accountability.column.key": "key",
  "accountability.column.program": "program",
  "accountability.column.partnership": "partnership",
  "accountability.column.organization": "organization",
  "accountability.column.pledged": "pledged",
  "accountability.column.delivered": "delivered",
  "accountability.column.withdrawn": "withdrawn",
  "accountability.column.open": "open",
  "accountability.column.overdue": "overdue",
  "accountability.column.dueSoon": "due within 7 days",
  "accountability.column.onTime": "on time",
  "accountability.column.late": "late",
  "accountability.column.slipped": "slipped",
  "accountability.column.keptRate": "kept on time %",
  "accountability.column.stagePledged": "{stage} pledged",
  "accountability.column.stageDelivered": "{stage} delivered",
  "accountability.stage.prevention": "prevention",
  "accountability.stage.intervention": "intervention",
  "accountability.stage.enforcement": "enforcement",
  "accountability.stage.reentry": "re-entry",
  "accountability.total": "total",
  "accountability.partnershipAmbiguous": "names {count} partnerships; give the program as well, or the partnership's id",
} satisfies Record<string, Message>;

export const accountabilityFr: Record<keyof typeof accountabilityEn, Message> = {
  "accountability.column.key": "clé",
  "accountability.column.program": "programme",
  "accountability.column.partnership": "partenariat",
  "accountability.column.organization": "organisme",
  "accountability.column.pledged": "engagés",
  "accountability.column.delivered": "réalisés",
  "accountability.column.withdrawn": "retirés",
  "accountability.column.open": "en cours",
  "accountability.column.overdue": "en retard",
  "accountability.column.dueSoon": "à échéance sous 7 jours",
  "accountability.column.onTime": "à temps",
  "accountability.column.late": "après l’échéance",
  "accountability.column.slipped": "reportés",
  "accountability.column.keptRate": "tenus à temps %",
  "accountability.column.stagePledged": "{stage} engagés",
  "accountability.column.stageDelivered": "{stage} réalisés",
  "accountability.stage.prevention": "prévention",
  "accountability.stage.intervention": "intervention",
  "accountability.stage.enforcement": "application de la loi",
  "accountability.stage.reentry": "réinsertion sociale",
  "accountability.total": "total",
  "accountability.partnershipAmbiguous":
    "désigne {count} partenariats ; précisez aussi le programme, ou donnez l’identifiant du partenariat",
};
