import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Organization } from "../../../contracts/organizations.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { DetailList } from "../detail-list.js";
import { Section } from "../section.js";
import { useSavedLine } from "../audit/saved-by.js";

function isWebAddress(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

export function OrganizationDetails({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const format = useFormat();
  const savedLine = useSavedLine();
  const none = t("common.none");
  const website = organization.website;
  return (
    <Section title={t("common.details")}>
      <DetailList
        items={[
          { label: t("organizations.sector"), value: vocabulary.label("sector", organization.sector) },
          {
            label: t("organizations.governmentLevel"),
            value: organization.governmentLevel ? vocabulary.label("governmentLevel", organization.governmentLevel) : none,
          },
          { label: t("organizations.mandate"), value: organization.hasCrimePreventionMandate ? t("common.yes") : t("common.no") },
          {
            label: t("organizations.website"),
            value: website ? (
              isWebAddress(website) ? (
                <Anchor href={website} target="_blank" rel="noopener noreferrer" inherit>
                  {website}
                </Anchor>
              ) : (
                website
              )
            ) : (
              none
            ),
          },
          { label: t("organizations.partnershipCount"), value: format.number(organization.membershipCount) },
          {
            label: t("common.notes"),
            value: organization.notes ? (
              <Text inherit style={{ whiteSpace: "pre-wrap" }}>
                {organization.notes}
              </Text>
            ) : (
              none
            ),
          },
        ]}
      />
      <Text fz="xs" c="dimmed" mt="md">
        {t("common.created", { date: format.timestamp(organization.createdAt) })} ·{" "}
        {savedLine("updated", organization.updatedAt, organization.updatedBy)}
      </Text>
    </Section>
  );
}
