import { useMemo } from "react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import {
  FOCUS_ISSUES,
  GOVERNMENT_LEVELS,
  LANGUAGES,
  MEMBERSHIP_ORIGINS,
  PARTNERSHIP_STATUSES,
  PRIORITY_GROUPS,
  ROLES,
  SECTORS,
} from "../../domain/vocabulary.js";

/** Each controlled vocabulary by the i18n group holding its labels (vocabulary.<group>.<value>). */
export const VOCABULARIES = {
  sector: SECTORS,
  governmentLevel: GOVERNMENT_LEVELS,
  priorityGroup: PRIORITY_GROUPS,
  focusIssue: FOCUS_ISSUES,
  partnershipStatus: PARTNERSHIP_STATUSES,
  membershipOrigin: MEMBERSHIP_ORIGINS,
  role: ROLES,
  language: LANGUAGES,
} as const;

export type VocabularyName = keyof typeof VOCABULARIES;
export type VocabularyValue<Name extends VocabularyName> = (typeof VOCABULARIES)[Name][number];
export type Option<Value extends string = string> = { value: Value; label: string };

type Labelers = { [Name in VocabularyName]: (value: VocabularyValue<Name>) => string };

// Spelled out per vocabulary so that a value without a label fails to compile.
function labelers(t: TFunction): Labelers {
  return {
    sector: (value) => t(`vocabulary.sector.${value}`),
    governmentLevel: (value) => t(`vocabulary.governmentLevel.${value}`),
    priorityGroup: (value) => t(`vocabulary.priorityGroup.${value}`),
    focusIssue: (value) => t(`vocabulary.focusIssue.${value}`),
    partnershipStatus: (value) => t(`vocabulary.partnershipStatus.${value}`),
    membershipOrigin: (value) => t(`vocabulary.membershipOrigin.${value}`),
    role: (value) => t(`vocabulary.role.${value}`),
    language: (value) => t(`vocabulary.language.${value}`),
  };
}

export type Vocabulary = {
  label: <Name extends VocabularyName>(name: Name, value: VocabularyValue<Name>) => string;
  options: <Name extends VocabularyName>(name: Name) => Option<VocabularyValue<Name>>[];
};

/** Translated labels and select options for the shared vocabularies. */
export function useVocabulary(): Vocabulary {
  const { t } = useTranslation();
  return useMemo(() => {
    const byName = labelers(t);
    const label = <Name extends VocabularyName>(name: Name, value: VocabularyValue<Name>): string => byName[name](value);
    const options = <Name extends VocabularyName>(name: Name): Option<VocabularyValue<Name>>[] =>
      VOCABULARIES[name].map((value: VocabularyValue<Name>) => ({ value, label: label(name, value) }));
    return { label, options };
  }, [t]);
}
