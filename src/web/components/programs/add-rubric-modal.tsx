import { Alert, Anchor, Button, FileInput, Group, List, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { rubricCreateSchema, type RubricBody } from "../../../contracts/typology.js";
import { isApiError } from "../../api/client.js";
import { useCreateRubric } from "../../api/rubrics.js";
import { ValidationMessage } from "../../forms/validation-message.js";
import { useFormat } from "../../i18n/format.js";
import { messageFromDetail, messageFromIssue, type Message } from "../../forms/validation-messages.js";
import { errorMessage, notifySuccess } from "../notify.js";

type Problem = { field: string; message: Message };

function problemsOf(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join("."), message: messageFromIssue(issue, { value: input }) }));
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

type Props = { opened: boolean; onClose: () => void; onCreated: (rubric: RubricBody) => void };

/** Adds a rubric from a JSON document, pasted or read from a file, checked with the server's own schema first. */
export function AddRubricModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const create = useCreateRubric();
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setProblems([]);
    setFailure(null);
    onClose();
  };

  const readFile = async (file: File | null) => {
    if (!file) return;
    setText(await file.text());
    setProblems([]);
    setFailure(null);
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const json = parseJson(text);
    if (!json.ok) {
      setProblems([]);
      setFailure(t("program.addRubric.notJson"));
      return;
    }
    const parsed = rubricCreateSchema.safeParse(json.value);
    if (!parsed.success) {
      setProblems(problemsOf(parsed.error.issues, json.value));
      return;
    }
    setProblems([]);
    try {
      const rubric = await create.mutateAsync(parsed.data);
      notifySuccess(t("program.addRubric.added", { title: rubric.title[language] }));
      setText("");
      onCreated(rubric);
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) {
        setProblems(error.details.map((detail) => ({ field: detail.field, message: messageFromDetail(detail) })));
      }
      setFailure(errorMessage(error, t));
    }
  };

  const hasProblems = problems.length > 0;
  return (
    <Modal opened={opened} onClose={close} title={t("program.addRubric.title")} size="xl" centered>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text fz="sm">{t("program.addRubric.intro")}</Text>
          <FileInput
            label={t("program.addRubric.file")}
            accept="application/json,.json"
            clearable
            onChange={(file) => void readFile(file)}
          />
          <Textarea
            label={t("program.addRubric.document")}
            description={t("program.addRubric.documentHint")}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={8}
            maxRows={18}
            styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: "var(--mantine-font-size-sm)" } }}
            error={hasProblems ? t("program.addRubric.problems", { count: problems.length }) : undefined}
            required
            data-autofocus
          />
          {(hasProblems || failure) && (
            <Alert color="red" role="alert" title={failure ?? t("program.addRubric.invalid")}>
              {hasProblems && (
                <List size="sm" spacing={4}>
                  {problems.map((problem, index) => (
                    <List.Item key={`${problem.field}-${index}`}>
                      <Text span inherit ff="monospace" fw={600}>
                        {problem.field || t("program.addRubric.wholeDocument")}
                      </Text>
                      {" — "}
                      <ValidationMessage message={problem.message} />
                    </List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <Text fz="xs" c="dimmed">
            {t("program.addRubric.apiHint")}{" "}
            <Anchor href="/api/docs" target="_blank" rel="noreferrer" inherit underline="always">
              {t("program.addRubric.apiLink")}
            </Anchor>
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={text.trim() === ""}>
              {t("program.addRubric.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
