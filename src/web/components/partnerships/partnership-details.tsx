import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Partnership } from "../../../contracts/partnerships.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { DetailList } from "../detail-list.js";
import { Section } from "../section.js";
import { Tags } from "../tags.js";
import { useSavedLine } from "../audit/saved-by.js";
import { useLocalizedNames } from "../../i18n/localized-names.js";

export function PartnershipDetails({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const format = useFormat();
  const savedLine = useSavedLine();
  const vocabulary = useVocabulary();
  const none = t("common.none");
  return (
    <Section title={t("common.details")}>
      <DetailList
        items={[
          { label: t("partnerships.program"), value: `${names.program(partnership.program)} (${partnership.program.code})` },
          {
            label: t("partnerships.lead"),
            value: (
              <Anchor component={Link} to={`/organizations/${partnership.leadOrganization.id}`} inherit>
                {partnership.leadOrganization.name}
              </Anchor>
            ),
          },
          { label: t("partnerships.region"), value: partnership.region ? names.region(partnership.region) : none },
          {
            label: t("partnerships.priorityGroups"),
            value: <Tags labels={partnership.priorityGroups.map((value) => vocabulary.label("priorityGroup", value))} />,
          },
          {
            label: t("partnerships.focusIssues"),
            value: <Tags labels={partnership.focusIssues.map((value) => vocabulary.label("focusIssue", value))} />,
          },
          { label: t("partnerships.startDate"), value: format.date(partnership.startDate) },
          { label: t("partnerships.endDate"), value: format.date(partnership.endDate) },
          { label: t("partnerships.fundingEndDate"), value: format.date(partnership.fundingEndDate) },
          {
            label: t("partnerships.description"),
            value: partnership.description ? (
              <Text inherit style={{ whiteSpace: "pre-wrap" }}>
                {partnership.description}
              </Text>
            ) : (
              none
            ),
          },
        ]}
      />
      <Text fz="xs" c="dimmed" mt="md">
        {t("common.created", { date: format.timestamp(partnership.createdAt) })} ·{" "}
        {savedLine("updated", partnership.updatedAt, partnership.updatedBy)}
      </Text>
    </Section>
  );
}
