import { Badge, Button, Group, Paper, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ReviewItem, ReviewPage } from "../../../../contracts/meetings.js";
import { REVIEW_REPORTS, type ReviewReport } from "../../../../domain/meetings/review.js";
import { useReview, useSaveReview } from "../../../api/meetings.js";
import { useFormat } from "../../../i18n/format.js";
import { notifyError, notifySuccess } from "../../notify.js";
import { QueryState } from "../../query-state.js";
import { Section } from "../../section.js";

// Light badges with dark text, legible whatever the colour.
const REPORT_COLORS: Record<ReviewReport, string> = { delivered: "teal", on_track: "blue", slipping: "orange" };

function ReportOut({ meetingId, item, canReport }: { meetingId: string; item: ReviewItem; canReport: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveReview(meetingId);
  const [report, setReport] = useState<ReviewReport | null>(item.report?.report ?? null);
  const [note, setNote] = useState(item.report?.note ?? "");
  const { commitment } = item;
  const due =
    commitment.currentDueOn !== commitment.dueOn
      ? t("meetings.review.dueSlipped", { date: format.date(commitment.currentDueOn), original: format.date(commitment.dueOn) })
      : t("meetings.review.due", { date: format.date(commitment.currentDueOn) });
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={600}>{commitment.organization.name}</Text>
          <Badge variant="light" color="gray" radius="sm" tt="none">
            {item.reason === "delivered" ? t("meetings.review.reasonDelivered") : t("meetings.review.reasonOpen")}
          </Badge>
          {item.report && (
            <Badge color={REPORT_COLORS[item.report.report]} variant="light" c="dark.8" radius="sm" tt="none">
              {t("meetings.review.recorded", { report: t(`meetings.review.reports.${item.report.report}`) })}
            </Badge>
          )}
        </Group>
        <Text style={{ overflowWrap: "anywhere" }}>{commitment.description}</Text>
        <Text size="sm" c="dimmed">
          {commitment.deliveredOn ? t("meetings.review.deliveredOn", { date: format.date(commitment.deliveredOn) }) : due}
        </Text>
        {!canReport && item.report?.note && <Text size="sm">{item.report.note}</Text>}
        {!canReport && !item.report && (
          <Text size="sm" c="dimmed">
            {t("meetings.review.noReport")}
          </Text>
        )}
        {canReport && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!report) return;
              save.mutate(
                { commitmentId: commitment.id, body: { report, note } },
                {
                  onSuccess: () => notifySuccess(t("meetings.review.saved")),
                  onError: (error) => notifyError(error, t("errors.saveFailed"), t),
                },
              );
            }}
          >
            <Stack gap="xs">
              <Select
                label={t("meetings.review.report", { description: commitment.description })}
                placeholder={t("select.choose")}
                data={REVIEW_REPORTS.map((value) => ({ value, label: t(`meetings.review.reports.${value}`) }))}
                value={report}
                onChange={(value) => setReport(REVIEW_REPORTS.find((candidate) => candidate === value) ?? null)}
              />
              <Textarea
                label={t("meetings.review.note")}
                autosize
                minRows={1}
                maxRows={6}
                value={note}
                onChange={(event) => setNote(event.currentTarget.value)}
              />
              <div>
                <Button type="submit" size="sm" variant="light" disabled={!report} loading={save.isPending}>
                  {t("meetings.review.save")}
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}

function ReviewBody({ review }: { review: ReviewPage }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      <Text c="dimmed">
        {review.previousDay
          ? t("meetings.review.intro", { day: format.date(review.day), previous: format.date(review.previousDay) })
          : t("meetings.review.introFirst", { day: format.date(review.day) })}
      </Text>
      {review.data.length === 0 ? (
        <Text c="dimmed">{t("meetings.review.empty")}</Text>
      ) : (
        <>
          <Text fw={500} role="status">
            {t("meetings.review.summary", review.summary)}
          </Text>
          <Stack component="ul" gap="sm" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {review.data.map((item) => (
              <ReportOut
                key={`${item.commitment.id}-${item.report?.recordedAt ?? "none"}`}
                meetingId={review.meetingId}
                item={item}
                canReport={review.abilities.report}
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

/** The meeting's accountability review: each commitment up for review, with its report-out. */
export function ReviewSection({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const review = useReview(meetingId);
  return (
    <Section title={t("meetings.review.title")}>
      <QueryState query={review}>{(page) => <ReviewBody review={page} />}</QueryState>
    </Section>
  );
}
