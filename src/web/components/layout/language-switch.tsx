import { SegmentedControl, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "../../../domain/vocabulary.js";
import { isLanguage } from "../../i18n/i18n.js";
import { useLanguage } from "../../i18n/use-language.js";

type Props = {
  /** A page that decides what a language change does (the survey form refetches its questions): the language shown and the change. */
  value?: Language;
  onChange?: (language: Language) => void;
  label?: string;
};

/** EN | FR: each option is announced by its language's own name ("English", "Français"). */
export function LanguageSwitch({ value, onChange, label }: Props = {}) {
  const { t } = useTranslation();
  const { language, choose } = useLanguage();
  const data = LANGUAGES.map((value) => ({
    value,
    label: (
      <span lang={value}>
        <span aria-hidden="true">{value.toUpperCase()}</span>
        <VisuallyHidden>{t(`language.${value}`)}</VisuallyHidden>
      </span>
    ),
  }));
  return (
    <SegmentedControl
      aria-label={label ?? t("nav.language")}
      size="xs"
      radius="xl"
      value={value ?? language}
      onChange={(next) => {
        if (isLanguage(next)) (onChange ?? choose)(next);
      }}
      data={data}
    />
  );
}
