import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../i18n/format.js";

/** After submitting: thanks, when, until when the answers may still change, and the way back to them. */
export function ThankYou({ submittedAt, closesOn, onChange }: { submittedAt: string; closesOn: string; onChange: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    window.scrollTo({ top: 0 });
    heading.current?.focus();
  }, []);
  return (
    <Paper p={{ base: "md", sm: "xl" }} shadow="sm">
      <Stack gap="md" align="flex-start">
        <Title order={1} ref={heading} tabIndex={-1}>
          {t("respond.submitted.thanksTitle")}
        </Title>
        <Text>{t("respond.submitted.thanks")}</Text>
        <Text fw={500}>{t("respond.submitted.note", { date: format.timestamp(submittedAt), closesOn: format.date(closesOn) })}</Text>
        <Button variant="default" onClick={onChange}>
          {t("respond.submitted.change")}
        </Button>
      </Stack>
    </Paper>
  );
}
