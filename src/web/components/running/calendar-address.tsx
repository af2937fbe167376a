import { Button, CopyButton, Group, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A feed's secret address, shown once, to copy into a calendar program. */
export function CalendarAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t("calendars.address")}
        description={t("calendars.addressHint")}
        value={url}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
        style={{ flex: "1 1 16rem", minWidth: 0 }}
      />
      <CopyButton value={url}>
        {({ copied, copy }) => (
          <Button variant="light" onClick={copy} aria-live="polite">
            {copied ? t("calendars.copied") : t("calendars.copy")}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}
