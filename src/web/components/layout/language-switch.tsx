import { SegmentedControl, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../../../domain/vocabulary.js";
import { isLanguage } from "../../i18n/i18n.js";
import { useLanguage } from "../../i18n/use-language.js";

/** EN | FR: each option is announced by its language's own name ("English", "Français"). */
export function LanguageSwitch() {
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
      aria-label={t("nav.language")}
      size="xs"
      radius="xl"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) choose(value);
      }}
      data={data}
    />
  );
}
