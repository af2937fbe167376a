import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../../contracts/auth.js";
import type { Pagination } from "../../../contracts/common.js";
import { PaginationBar } from "../pagination-bar.js";
import { ConfirmDialog } from "../confirm-dialog.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { useDateTime } from "./use-date-time.js";

type Props = {
  tokens: ApiToken[];
  pagination: Pagination;
  onPage: (page: number) => void;
  onRevoke: (id: string) => Promise<unknown>;
  isRevoking: boolean;
};

/** Live API tokens as a list (it fits a phone), each with what it is, when it expires and, when allowed, a revoke button. */
export function TokensList({ tokens, pagination, onPage, onRevoke, isRevoking }: Props) {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const [now] = useState(() => new Date().toISOString());
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Revoking the last token of a later page leaves it empty: show the last page that has some.
  const { page, totalPages } = pagination;
  useEffect(() => {
    if (tokens.length === 0 && page > 1) onPage(Math.max(1, totalPages));
  }, [tokens.length, page, totalPages, onPage]);

  if (tokens.length === 0) return <Text c="dimmed">{t("tokens.empty")}</Text>;

  const close = () => {
    setRevoking(null);
    setError(null);
  };
  return (
    <>
      <Stack component="ul" gap="xs" p={0} m={0} aria-label={t("tokens.caption")} style={{ listStyle: "none" }}>
        {tokens.map((token) => (
          <Paper component="li" key={token.id} withBorder p="sm">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                  {token.name}
                </Text>
                <Text fz="sm" c="dimmed">
                  {t("tokens.prefix")} <code>{token.prefix}…</code>
                </Text>
                <Text fz="sm" c="dimmed">
                  {t("tokens.createdAt")} {dateTime(token.createdAt, "")} · {t("tokens.lastUsed")}{" "}
                  {dateTime(token.lastUsedAt, t("tokens.neverUsed"))}
                </Text>
                <Text fz="sm" c={token.expiresAt !== null && token.expiresAt <= now ? "red.9" : "dimmed"}>
                  {token.expiresAt === null
                    ? t("tokens.noExpiry")
                    : `${token.expiresAt <= now ? t("tokens.expiredAt") : t("tokens.expiresAt")} ${dateTime(token.expiresAt, "")}`}
                </Text>
              </Stack>
              {token.abilities.revoke && (
                <Button
                  variant="default"
                  color="red"
                  size="xs"
                  aria-label={t("tokens.revokeLabel", { name: token.name })}
                  onClick={() => setRevoking(token)}
                >
                  {t("tokens.revoke")}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
      <PaginationBar pagination={pagination} onChange={onPage} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t("tokens.revokeTitle", { name: revoking?.name ?? "" })}
        message={t("tokens.revokeMessage")}
        confirmLabel={t("tokens.revoke")}
        isPending={isRevoking}
        error={error}
        onClose={close}
        onConfirm={() => {
          if (!revoking) return;
          onRevoke(revoking.id).then(
            () => {
              notifySuccess(t("tokens.revoked"));
              close();
            },
            (cause: unknown) => setError(errorMessage(cause, t)),
          );
        }}
      />
    </>
  );
}
