import type { Partnership } from "../../../contracts/partnerships.js";
import { Section } from "../section.js";
import { useTranslation } from "react-i18next";
import { CommunicationForm } from "./communications/communication-form.js";

/** A compact form to log a contact between members, for the partnership's page; nothing for those who may not log one. */
export function CommunicationQuickEntry({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  if (!partnership.abilities.logContacts) return null;
  return (
    <Section title={t("communications.quickEntry")}>
      <CommunicationForm partnership={partnership} compact />
    </Section>
  );
}
