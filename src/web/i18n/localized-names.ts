import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { regionLabel } from "../../domain/regions.js";
import { isLanguage } from "./i18n.js";

/** Programs' and regions' names in the page's language: a program's French name where it has one, a known region's French name. */
export function useLocalizedNames() {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : "en";
  const program = useCallback(
    (named: { name: string; nameFr?: string | null }) => (language === "fr" && named.nameFr ? named.nameFr : named.name),
    [language],
  );
  const region = useCallback((name: string) => regionLabel(name, language), [language]);
  return { program, region };
}
