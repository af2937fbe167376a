import { Button, Code, Group, Modal, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MailMessage } from "../../../contracts/mail.js";
import { useRetryMessage } from "../../api/mail.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { notifyError, notifySuccess } from "../notify.js";
import { MailStatusBadge, useWhen } from "./mail-status.js";

/** One message of the outbox as it was written: recipient, subject, body, and what became of it. */
export function MessageDialog({ message, onClose }: { message: MailMessage | null; onClose: () => void }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const when = useWhen();
  const retry = useRetryMessage();
  return (
    <Modal
      opened={message !== null}
      onClose={onClose}
      title={message?.subject ?? ""}
      size="lg"
      closeButtonProps={{ "aria-label": t("outbox.close") }}
    >
      {message && (
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <MailStatusBadge status={message.status} />
            <Text fz="sm" c="dimmed">
              {t("outbox.attempts", { count: message.attempts })}
            </Text>
          </Group>
          <Text fz="sm" style={{ overflowWrap: "anywhere" }}>
            <strong>{t("outbox.to")}</strong> {message.to}
          </Text>
          <Text fz="sm">
            <strong>{t("outbox.language")}</strong> {vocabulary.label("language", message.language)}
          </Text>
          <Text fz="sm" c="dimmed">
            {t("outbox.created", { when: when(message.createdAt) })}
            {message.sentAt && ` · ${t("outbox.sentAt", { when: when(message.sentAt) })}`}
            {message.nextAttemptAt && message.attempts > 0 && ` · ${t("outbox.nextAttempt", { when: when(message.nextAttemptAt) })}`}
          </Text>
          {message.lastError && (
            <Text fz="sm" c="red.8" style={{ overflowWrap: "anywhere" }}>
              <strong>{t("outbox.lastError")}</strong> {message.lastError}
            </Text>
          )}
          <Code block style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {message.body}
          </Code>
          {message.abilities.retry && (
            <Group justify="flex-end">
              <Button
                loading={retry.isPending}
                onClick={() =>
                  retry.mutate(message.id, {
                    onSuccess: () => {
                      notifySuccess(t("outbox.retried"));
                      onClose();
                    },
                    onError: (error) => notifyError(error, t("errors.saveFailed"), t),
                  })
                }
              >
                {t("outbox.retry")}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
