import { Button, Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../api/client.js";
import type { Progress as ProgressFigures } from "./answers.js";
import type { SaveState } from "./autosave.js";
import classes from "./respond.module.css";

/**
 * The bar that stays at the top while scrolling: how much is answered, and whether it is saved. The
 * saving status is a live region, so a screen reader hears "Saved" or "Not saved" without moving.
 */
export function StatusBar({ progress, state, onRetry }: { progress: ProgressFigures; state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const failed = state.status === "failed";
  const refused = failed && isApiError(state.error) && state.error.status === 400;
  return (
    <div className={classes.statusBar}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fz="sm" fw={500}>
            {t("respond.progress.value", { answered: progress.answered, total: progress.total })}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text role="status" fz="sm" fw={failed ? 600 : 400} c={failed ? "red.8" : "dimmed"}>
              {state.status === "saving" && t("respond.save.saving")}
              {state.status === "saved" && t("respond.save.saved")}
              {failed && t(refused ? "respond.save.fix" : "respond.save.failed")}
            </Text>
            {failed && !refused && (
              <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
                {t("respond.save.retry")}
              </Button>
            )}
          </Group>
        </Group>
        <Progress.Root size="sm">
          <Progress.Section
            value={progress.total === 0 ? 0 : (progress.answered / progress.total) * 100}
            aria-label={t("respond.progress.label")}
            aria-valuetext={t("respond.progress.value", { answered: progress.answered, total: progress.total })}
          />
        </Progress.Root>
        <Text fz="xs" c="dimmed">
          {progress.requiredLeft > 0
            ? t("respond.progress.requiredLeft", { count: progress.requiredLeft })
            : t("respond.progress.requiredDone")}
        </Text>
      </Stack>
    </div>
  );
}
