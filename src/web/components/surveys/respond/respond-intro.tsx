import { List, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ResponseForm } from "../../../../contracts/surveys.js";
import { DetailList, type DetailItem } from "../../detail-list.js";
import { useFormat } from "../../../i18n/format.js";

/** Before the first question: who asks, about whom, from which point of view, and who will see what. */
export function RespondIntro({ form }: { form: ResponseForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items: DetailItem[] = [
    { label: t("respond.context.partnership"), value: form.partnership.name },
    { label: t("respond.context.organization"), value: form.organization.name },
    ...(form.perspective
      ? [{ label: t("respond.context.perspective"), value: t(`respond.context.perspectives.${form.perspective}`) }]
      : []),
    ...(form.about ? [{ label: t("respond.context.about"), value: form.about.name }] : []),
    { label: t("respond.context.closesOn"), value: format.date(form.round.closesOn) },
  ];
  return (
    <Stack gap="lg">
      <section aria-labelledby="respond-context">
        <Title order={2} id="respond-context" mb="xs">
          {t("respond.context.heading")}
        </Title>
        <DetailList items={items} />
      </section>
      <section aria-labelledby="respond-privacy">
        <Title order={2} id="respond-privacy" mb="xs">
          {t("respond.privacy.heading")}
        </Title>
        <List spacing="xs" fz="sm">
          <List.Item>{t("respond.privacy.totals", { threshold: form.round.threshold })}</List.Item>
          <List.Item>
            <Text span fz="sm" fw={600}>
              {t("respond.privacy.never")}
            </Text>
          </List.Item>
          <List.Item>{t("respond.privacy.saved")}</List.Item>
        </List>
      </section>
    </Stack>
  );
}
