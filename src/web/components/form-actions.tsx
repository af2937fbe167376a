import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

export function FormActions({ submitLabel, onCancel, isPending }: { submitLabel: string; onCancel: () => void; isPending: boolean }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      <Button variant="default" onClick={onCancel}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={isPending}>
        {submitLabel}
      </Button>
    </Group>
  );
}
