import { Progress, Stack, Text } from "@mantine/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { TransferProgress } from "../../api/transfer.js";
import { useFormat } from "../../i18n/format.js";

type Props = {
  progress: TransferProgress;
  /** What the server is doing once the file is sent, e.g. "Checking…". */
  workingLabel: string;
};

function percentOf(progress: TransferProgress): number | null {
  if (progress.phase === "working" || !progress.total) return null;
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}

/**
 * A progress bar named by the text above it: the share of bytes sent or received when it is known,
 * else a full striped bar without a value (the server is working, or the size is not announced).
 */
export function TransferProgressBar({ progress, workingLabel }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labelId = useId();
  const percent = percentOf(progress);
  const percentText = percent === null ? "" : t("transfer.percent", { value: format.number(percent) });
  const label =
    progress.phase === "working"
      ? workingLabel
      : t(progress.phase === "sending" ? "transfer.progress.sending" : "transfer.progress.receiving", { percent: percentText });
  const value = percent === null ? { "aria-valuetext": label } : { "aria-valuenow": percent, "aria-valuetext": percentText };
  return (
    <Stack gap={6} mt="md">
      <Text id={labelId} fz="sm" fw={500}>
        {label}
      </Text>
      <Progress.Root size="lg" role="progressbar" aria-labelledby={labelId} aria-valuemin={0} aria-valuemax={100} {...value}>
        <Progress.Section value={percent ?? 100} withAria={false} striped={percent === null} animated={percent === null} />
      </Progress.Root>
    </Stack>
  );
}
