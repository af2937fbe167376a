import { Alert, Button, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { InvolvementRecord, Perspective } from "../../../contracts/involvement.js";
import { byProjectIndicator, PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import { useSaveInvolvement } from "../../api/involvement.js";
import { useFormat } from "../../i18n/format.js";
import { errorMessage, notifySuccess } from "../notify.js";
import { DetailList } from "../detail-list.js";
import { Section } from "../section.js";
import { ClassificationResult } from "./classification-result.js";
import { indicatorLabel } from "./labels.js";
import { ReadOnlyAnswers } from "./read-only-answers.js";

type Answer = "yes" | "no" | "unanswered";
const ANSWERS: readonly Answer[] = ["yes", "no", "unanswered"];

function toAnswer(value: boolean | null | undefined): Answer {
  if (value === true) return "yes";
  if (value === false) return "no";
  return "unanswered";
}

function fromAnswer(answer: Answer): boolean | null {
  if (answer === "yes") return true;
  if (answer === "no") return false;
  return null;
}

function isAnswer(value: string): value is Answer {
  return ANSWERS.some((answer) => answer === value);
}

type Props = {
  partnershipId: string;
  membershipId: string;
  perspective: Perspective;
  round: string;
  record: InvolvementRecord | undefined;
  canEdit: boolean;
};

/** One perspective's checklist of the 13 indicators for a round, with the type it leads to once saved. */
export function PerspectiveForm({ partnershipId, membershipId, perspective, round, record, canEdit }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveInvolvement(partnershipId, membershipId);
  const [answers, setAnswers] = useState(() => byProjectIndicator((key) => toAnswer(record?.indicators[key])));
  const [respondent, setRespondent] = useState(record?.respondent ?? "");
  const title = t(`involvement.perspective.${perspective}`);

  const setAnswer = (key: ProjectIndicatorKey, value: string) => {
    if (isAnswer(value)) setAnswers((current) => ({ ...current, [key]: value }));
  };

  const submit = () =>
    save.mutate(
      {
        perspective,
        round,
        body: {
          respondent: respondent.trim() === "" ? null : respondent.trim(),
          indicators: byProjectIndicator((key) => fromAnswer(answers[key])),
        },
      },
      { onSuccess: () => notifySuccess(t("involvement.savedMessage", { view: title })) },
    );

  return (
    <Section title={title}>
      <Stack gap="md">
        {!canEdit && <Text c="dimmed">{t(`involvement.readOnly.${perspective}`)}</Text>}
        {canEdit ? (
          PROJECT_INDICATOR_KEYS.map((key) => (
            <Radio.Group
              key={key}
              label={indicatorLabel(key, format.language)}
              value={answers[key]}
              onChange={(value) => setAnswer(key, value)}
            >
              <Group gap="md" mt={6}>
                {ANSWERS.map((answer) => (
                  <Radio key={answer} value={answer} label={t(`involvement.answer.${answer}`)} />
                ))}
              </Group>
            </Radio.Group>
          ))
        ) : (
          <ReadOnlyAnswers answers={answers} />
        )}
        {canEdit ? (
          <TextInput
            label={t("involvement.respondent")}
            value={respondent}
            onChange={(event) => setRespondent(event.currentTarget.value)}
            maxLength={200}
          />
        ) : (
          <DetailList items={[{ label: t("involvement.respondent"), value: respondent || t("common.none") }]} />
        )}
        {save.isError && (
          <Alert color="red" title={t("involvement.saveFailed")} role="alert">
            {errorMessage(save.error, t)}
          </Alert>
        )}
        {canEdit && (
          <Group justify="flex-end">
            <Button onClick={submit} loading={save.isPending}>
              {t(`involvement.saveView.${perspective}`)}
            </Button>
          </Group>
        )}
        {record ? <ClassificationResult record={record} /> : <Text c="dimmed">{t("involvement.notYetAnswered")}</Text>}
      </Stack>
    </Section>
  );
}
