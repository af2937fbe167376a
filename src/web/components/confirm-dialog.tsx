import { Alert, Button, Group, Modal, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  isPending?: boolean;
  /** The server's reason for refusing, shown in the dialog where the user is looking. */
  error?: string | null;
  errorTitle?: string;
  /** "danger" (the default) for what cannot be undone, such as a deletion; "neutral" otherwise. */
  tone?: "danger" | "neutral";
};

export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  onConfirm,
  onClose,
  isPending,
  error,
  errorTitle,
  tone = "danger",
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text>{message}</Text>
      {error && (
        <Alert color="red" mt="md" title={errorTitle} role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t("common.cancel")}
        </Button>
        {/* The darkest red: Mantine's default red under white text falls short of WCAG AA contrast. */}
        <Button color={tone === "danger" ? "red.9" : undefined} onClick={onConfirm} loading={isPending} disabled={Boolean(error)}>
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  );
}
