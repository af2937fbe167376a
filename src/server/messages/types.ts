/** A message: one text, or one per plural category of its {count} (Intl.PluralRules: one, other, and many in French). */
export type Message = string | { one: string; other: string; many?: string };
