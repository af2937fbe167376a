import { Alert, Button, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import type { Language } from "../../domain/vocabulary.js";
import { isApiError } from "../api/client.js";
import { useResponseForm } from "../api/responses.js";
import { LanguageSwitch } from "../components/layout/language-switch.js";
import { PublicLayout } from "../components/layout/public-layout.js";
import { Loading } from "../components/loading.js";
import { errorMessage } from "../components/notify.js";
import type { Saved } from "../components/surveys/respond/autosave.js";
import { InvalidResponseLink } from "../components/surveys/respond/invalid-response-link.js";
import { ResponseFormView } from "../components/surveys/respond/response-form.js";
import { ThankYou } from "../components/surveys/respond/thank-you.js";
import { useDocumentTitle } from "../components/use-document-title.js";
import { isLanguage } from "../i18n/i18n.js";

/**
 * The form a respondent opens from their personal link: no sign-in, in their language (the one the
 * link's owner prefers, until they switch; the switch stays in the address, so a reload keeps it), saved
 * as they go.
 */
export function SurveyResponsePage() {
  const { t, i18n } = useTranslation();
  const { token = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const asked = params.get("language");
  const requested: Language | null = isLanguage(asked) ? asked : null;
  const query = useResponseForm(token, requested);
  const form = query.data;
  const [thanked, setThanked] = useState<Saved | null>(null);
  useDocumentTitle(form?.instrument.title ?? t("respond.title"));

  // The page speaks the form's language (and <html lang> follows the interface language); the previous
  // language's form, kept on screen while the other loads, does not count.
  const settled = form && !query.isPlaceholderData ? form.language : null;
  useEffect(() => {
    if (settled && i18n.language !== settled) void i18n.changeLanguage(settled);
  }, [settled, i18n]);

  if (query.isError && isApiError(query.error) && query.error.status === 404) return <InvalidResponseLink />;

  const choose = (language: Language) => {
    void i18n.changeLanguage(language);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set("language", language);
        return next;
      },
      { replace: true },
    );
  };
  const language = form?.language ?? (isLanguage(i18n.language) ? i18n.language : "en");

  return (
    <PublicLayout
      size={720}
      languageSwitch={<LanguageSwitch value={requested ?? language} onChange={choose} label={t("respond.languageSwitch")} />}
    >
      {query.isPending && <Loading py="xl" />}
      {query.isError && !form && (
        <Alert color="red" role="alert" title={t("errors.loadFailed")}>
          <Text fz="sm">{errorMessage(query.error, t)}</Text>
          <Button variant="default" size="xs" mt="sm" onClick={() => void query.refetch()}>
            {t("errors.retry")}
          </Button>
        </Alert>
      )}
      {form && thanked && (
        <ThankYou submittedAt={thanked.submittedAt ?? thanked.updatedAt} closesOn={form.round.closesOn} onChange={() => setThanked(null)} />
      )}
      {form && (
        <div hidden={thanked !== null}>
          <ResponseFormView token={token} form={form} onSubmitted={setThanked} />
        </div>
      )}
    </PublicLayout>
  );
}
