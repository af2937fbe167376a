import { Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Suggestion } from "../../contracts/action-steps.js";
import { useDeleteSuggestion, useSuggestions, useUpdateSuggestion } from "../api/action-steps.js";
import { isLanguage } from "../i18n/i18n.js";
import { notifyError, notifySuccess } from "../components/notify.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { SuggestionForm } from "../components/surveys/suggestion-form.js";

type Editing = { suggestion: Suggestion | null } | null;

/** The library of suggested action steps per instrument score, for administrators to edit. */
export function ActionSuggestionsPage() {
  const { t } = useTranslation();
  const [instrument, setInstrument] = useState<string | null>(null);
  const [score, setScore] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<Editing>(null);
  const everything = useSuggestions({ page: 1 });
  const library = useSuggestions({ page, ...(instrument ? { instrument } : {}), ...(score ? { score } : {}) });
  const all = everything.data?.data ?? [];
  const instruments = [...new Set(all.map((s) => s.instrument))].sort();
  const scores = [...new Set(all.filter((s) => !instrument || s.instrument === instrument).map((s) => s.score))].sort();

  return (
    <>
      <PageHeader
        title={t("actions.libraryTitle")}
        description={t("actions.libraryIntro")}
        actions={<Button onClick={() => setEditing({ suggestion: null })}>{t("actions.add")}</Button>}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <Select
          label={t("actions.filterInstrument")}
          placeholder={t("actions.anyInstrument")}
          data={instruments}
          clearable
          value={instrument}
          onChange={(value) => {
            setInstrument(value);
            setScore(null);
            setPage(1);
          }}
        />
        <Select
          label={t("actions.filterScore")}
          placeholder={t("actions.anyScore")}
          data={scores}
          clearable
          value={score}
          onChange={(value) => {
            setScore(value);
            setPage(1);
          }}
        />
      </SimpleGrid>
      <QueryState query={library}>
        {(data) =>
          data.data.length === 0 ? (
            <Text>{t("actions.empty")}</Text>
          ) : (
            <>
              <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {data.data.map((suggestion) => (
                  <SuggestionRow key={suggestion.key} suggestion={suggestion} onEdit={() => setEditing({ suggestion })} />
                ))}
              </Stack>
              <PaginationBar pagination={data.pagination} onChange={setPage} />
            </>
          )
        }
      </QueryState>
      {editing && (
        <Modal
          opened
          onClose={() => setEditing(null)}
          title={editing.suggestion ? t("actions.editTitle") : t("actions.addTitle")}
          size="lg"
        >
          <SuggestionForm
            suggestion={editing.suggestion}
            instrument={instrument ?? ""}
            score={score ?? ""}
            onDone={() => setEditing(null)}
          />
        </Modal>
      )}
    </>
  );
}

function SuggestionRow({ suggestion, onEdit }: { suggestion: Suggestion; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  const update = useUpdateSuggestion();
  const remove = useDeleteSuggestion();
  const text = suggestion.text[language];
  const onError = (error: unknown) => notifyError(error, t("errors.saveFailed"), t);
  const restore = () =>
    update.mutate(
      { key: suggestion.key, body: { version: suggestion.version, hidden: false } },
      { onSuccess: () => notifySuccess(t("actions.saved")), onError },
    );
  const hideOrRemove = () => remove.mutate(suggestion.key, { onSuccess: () => notifySuccess(t("actions.removed")), onError });
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} style={{ flex: "1 1 14rem" }}>
          <Text size="xs" c="dimmed">
            {t("actions.scoreOf", { instrument: suggestion.instrument, score: suggestion.score })}
          </Text>
          <Text c={suggestion.hidden ? "dimmed" : undefined}>{text}</Text>
          <Group gap={4}>
            {suggestion.builtIn && (
              <Badge variant="dot" tt="none" fw={500}>
                {t("actions.builtIn")}
              </Badge>
            )}
            {suggestion.edited && (
              <Badge variant="dot" color="grape" tt="none" fw={500}>
                {t("actions.edited")}
              </Badge>
            )}
            {suggestion.hidden && (
              <Badge variant="dot" color="gray" tt="none" fw={500}>
                {t("actions.hidden")}
              </Badge>
            )}
          </Group>
        </Stack>
        {suggestion.abilities.update && (
          <Group gap="xs">
            <Button size="xs" variant="subtle" aria-label={t("actions.editNamed", { text })} onClick={onEdit}>
              {t("actions.edit")}
            </Button>
            {suggestion.hidden ? (
              <Button size="xs" variant="light" aria-label={t("actions.restoreNamed", { text })} onClick={restore}>
                {t("actions.restore")}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="light"
                color="red"
                aria-label={t(suggestion.builtIn ? "actions.hideNamed" : "actions.removeNamed", { text })}
                onClick={hideOrRemove}
              >
                {suggestion.builtIn ? t("actions.hide") : t("actions.remove")}
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Paper>
  );
}
