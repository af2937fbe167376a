import { Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AuditChange } from "../../../contracts/audit.js";
import { PROJECT_INDICATOR_KEYS, type ProjectIndicatorKey } from "../../../domain/typology/indicators.js";
import { useFormat } from "../../i18n/format.js";
import { useVocabulary, VOCABULARIES, type VocabularyName } from "../../i18n/vocabulary.js";
import { indicatorLabel } from "../involvement/labels.js";

/** The vocabulary a field's values come from, so that "schools" reads as the sector's label. */
const FIELD_VOCABULARIES: Partial<Record<string, VocabularyName>> = {
  sector: "sector",
  governmentLevel: "governmentLevel",
  priorityGroups: "priorityGroup",
  focusIssues: "focusIssue",
  status: "partnershipStatus",
  origin: "membershipOrigin",
  role: "role",
  preferredLanguage: "language",
  locale: "language",
};

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function indicatorOf(field: string): ProjectIndicatorKey | undefined {
  const key = snakeCase(field);
  return PROJECT_INDICATOR_KEYS.find((indicator) => indicator === key);
}

/** A field's name and its values as a person reads them: labels for keys, yes/no for flags, lists joined. */
function useChangeText() {
  const { t } = useTranslation();
  const format = useFormat();
  const vocabulary = useVocabulary();
  const fieldName = (field: string): string => {
    const indicator = indicatorOf(field);
    return indicator ? indicatorLabel(indicator, format.language) : t(`audit.field.${field}`, { defaultValue: field });
  };
  const valueText = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("audit.emptyValue");
    if (
      typeof value === "boolean" ||
      ((field.startsWith("is") || field.startsWith("has") || indicatorOf(field)) && typeof value === "number")
    ) {
      return value ? t("common.yes") : t("common.no");
    }
    if (typeof value === "number") return format.number(value);
    if (Array.isArray(value)) return value.length === 0 ? t("audit.emptyValue") : value.map((item) => valueText(field, item)).join(", ");
    if (typeof value === "string") {
      const name = FIELD_VOCABULARIES[field];
      const known = name && (VOCABULARIES[name] as readonly string[]).includes(value);
      return known ? vocabulary.label(name, value as never) : value;
    }
    return JSON.stringify(value);
  };
  return { fieldName, valueText };
}

/** One changed field: its name, then "before → after", or why the values are not shown. */
export function ChangeLine({ change }: { change: AuditChange }) {
  const { t } = useTranslation();
  const { fieldName, valueText } = useChangeText();
  const field = fieldName(change.field);
  if (change.masked || !change.recorded) {
    return (
      <Text fz="sm">
        <Text span fw={600}>
          {field}
        </Text>
        {" · "}
        <Text span c="dimmed" fs="italic">
          {change.masked ? t("audit.withheld") : t("audit.notRecorded")}
        </Text>
      </Text>
    );
  }
  return (
    <Text fz="sm" style={{ overflowWrap: "anywhere" }}>
      <Text span fw={600}>
        {field}
      </Text>
      {" · "}
      <Text span c="dimmed" component="del" td="line-through">
        <VisuallyHidden>{t("audit.before")} </VisuallyHidden>
        {valueText(change.field, change.before)}
      </Text>
      <span aria-hidden="true"> → </span>
      <Text span component="ins" td="none">
        <VisuallyHidden> {t("audit.after")} </VisuallyHidden>
        {valueText(change.field, change.after)}
      </Text>
    </Text>
  );
}
