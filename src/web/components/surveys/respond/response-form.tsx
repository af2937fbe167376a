import { Alert, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ResponseForm as Form } from "../../../../contracts/surveys.js";
import type { AnswerValue, Answers } from "../../../../domain/surveys/instrument.js";
import { isApiError } from "../../../api/client.js";
import { saveAnswers, useSubmitResponse } from "../../../api/responses.js";
import { useFormat } from "../../../i18n/format.js";
import { itemsInOrder, problemsByItem, progressOf, withAnswer } from "./answers.js";
import { createAutosave, type Autosave, type Saved, type SaveState } from "./autosave.js";
import { ItemField } from "./item-field.js";
import { focusItem, ProblemSummary } from "./problem-summary.js";
import { RespondIntro } from "./respond-intro.js";
import { StatusBar } from "./save-status.js";

type Problems = { items: Record<string, string>; others: string[] };
const NO_PROBLEMS: Problems = { items: {}, others: [] };

/**
 * Every section on one page, with the progress and saving status kept in sight. The answers are the
 * respondent's from the first load on: a form refetched in the other language changes the words, never
 * the answers.
 */
export function ResponseFormView({ token, form, onSubmitted }: { token: string; form: Form; onSubmitted: (saved: Saved) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [answers, setAnswers] = useState<Answers>(() => form.answers);
  const [saveState, setSaveState] = useState<SaveState>({ status: "idle" });
  const [problems, setProblems] = useState<Problems>(NO_PROBLEMS);
  const [submittedAt, setSubmittedAt] = useState(form.submittedAt);
  const submit = useSubmitResponse(token);
  const autosave = useAutosave(token, form.answers, setSaveState, (refused) =>
    setProblems((current) => ({ items: { ...current.items, ...refused.items }, others: refused.others })),
  );
  const progress = useMemo(() => progressOf(form.instrument, answers), [form.instrument, answers]);
  const problemItems = itemsInOrder(form.instrument, Object.keys(problems.items));

  useEffect(() => {
    if (saveState.status === "saved" && saveState.submittedAt) setSubmittedAt(saveState.submittedAt);
  }, [saveState]);

  const change = (itemId: string, value: AnswerValue | null) => {
    const next = withAnswer(answers, itemId, value);
    setAnswers(next);
    autosave.change(next);
    if (itemId in problems.items) {
      const { [itemId]: _answered, ...rest } = problems.items;
      setProblems({ ...problems, items: rest });
    }
  };

  const send = async () => {
    await autosave.settle();
    submit.mutate(autosave.snapshot(answers), {
      onSuccess: (saved) => {
        autosave.acknowledge(answers, saved);
        setProblems(NO_PROBLEMS);
        onSubmitted(saved);
      },
      onError: (error) => {
        if (!isApiError(error) || error.status !== 400) return;
        const found = problemsByItem(error.details);
        setProblems(found);
        const first = itemsInOrder(form.instrument, Object.keys(found.items))[0];
        if (first) requestAnimationFrame(() => focusItem(first.id));
      },
    });
  };

  const refused = submit.isError && isApiError(submit.error) && submit.error.status === 400;
  return (
    <Stack gap="lg" lang={form.language}>
      <Paper p={{ base: "md", sm: "xl" }} shadow="sm">
        <Stack gap="lg">
          <Title order={1}>{form.instrument.title}</Title>
          {form.instrument.description && <Text>{form.instrument.description}</Text>}
          {submittedAt && (
            <Alert color="teal">
              {t("respond.submitted.note", { date: format.timestamp(submittedAt), closesOn: format.date(form.round.closesOn) })}
            </Alert>
          )}
          <RespondIntro form={form} />
        </Stack>
      </Paper>
      <StatusBar progress={progress} state={saveState} onRetry={autosave.flush} />
      <ProblemSummary items={problemItems} problems={problems.items} others={problems.others} />
      {form.instrument.sections.map((section) => (
        <Paper key={section.key} component="section" aria-labelledby={`section-${section.key}`} p={{ base: "md", sm: "xl" }} shadow="sm">
          <Stack gap="xl">
            <div>
              <Title order={2} id={`section-${section.key}`}>
                {section.title}
              </Title>
              {section.description && (
                <Text fz="sm" c="dimmed" mt={4}>
                  {section.description}
                </Text>
              )}
            </div>
            {section.items.map((item) => (
              <ItemField
                key={item.id}
                item={item}
                value={answers[item.id]}
                problem={problems.items[item.id]}
                onChange={(value) => change(item.id, value)}
              />
            ))}
          </Stack>
        </Paper>
      ))}
      <Paper p={{ base: "md", sm: "xl" }} shadow="sm">
        <Stack gap="sm">
          {submit.isError && !refused && (
            <Alert color="red" role="alert">
              {t("respond.submit.failed")}
            </Alert>
          )}
          <Text fz="sm" c="dimmed">
            {t("respond.submit.hint", { closesOn: format.date(form.round.closesOn) })}
          </Text>
          <Button size="md" fullWidth loading={submit.isPending} onClick={() => void send()}>
            {t(submittedAt ? "respond.submit.again" : "respond.submit.button")}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}

/** One autosave for the life of the form; what is waiting is sent when the page is hidden or left. */
function useAutosave(
  token: string,
  initial: Answers,
  onState: (state: SaveState) => void,
  onRefused: (problems: Problems) => void,
): Autosave {
  const [autosave] = useState(() =>
    createAutosave({
      initial,
      save: (sent) =>
        saveAnswers(token, sent).catch((error: unknown) => {
          if (isApiError(error) && error.status === 400) onRefused(problemsByItem(error.details));
          throw error;
        }),
      onState,
    }),
  );
  useEffect(() => {
    const leave = () => autosave.flush();
    const hidden = () => {
      if (document.visibilityState === "hidden") leave();
    };
    window.addEventListener("pagehide", leave);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("pagehide", leave);
      document.removeEventListener("visibilitychange", hidden);
      leave();
    };
  }, [autosave]);
  return autosave;
}
