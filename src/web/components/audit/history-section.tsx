import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuditEvents } from "../../api/audit.js";
import { useAbilities } from "../../api/session.js";
import { useFormat } from "../../i18n/format.js";
import { Section } from "../section.js";
import { AuditEntries } from "./audit-entries.js";

const RECENT = 5;

/**
 * A partnership's latest changes, with a link to its whole history on the Audit page. Shown to those
 * whose trail includes the partnership; for anyone else the server answers 403 or 404 and nothing shows.
 */
export function HistorySection({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const allowed = useAbilities().readAudit;
  const events = useAuditEvents({ partnershipId, page: 1, pageSize: RECENT }, allowed);
  if (!allowed || !events.data) return null;
  const { data, pagination } = events.data;
  return (
    <Section
      title={t("audit.history.title")}
      actions={
        pagination.total > 0 && (
          <Button component={Link} to={`/audit?partnership=${partnershipId}`} variant="default" size="sm">
            {t("audit.history.all", { count: pagination.total, formatted: format.number(pagination.total) })}
          </Button>
        )
      }
    >
      <AuditEntries events={data} withinPartnership />
    </Section>
  );
}
