// Messages are chosen where something is refused or reported, as a key and its values, and written
// in the reader's language only at the edge: the error handler, the import routes, the command line.
import type { Language } from "../../domain/vocabulary.js";
import { en } from "./en.js";
import { fr } from "./fr.js";
import type { Message } from "./types.js";

export type { Language };
export type MessageKey = keyof typeof en;

/** A message to be written later, in whichever language the reader wants. */
export type Text = { readonly key: MessageKey; readonly params?: MessageParams };
/** A value is written as it is (a name, a code, a contract's English rule), or rendered when it is a Text itself. */
export type MessageParam = string | number | Text | readonly Text[];
export type MessageParams = Readonly<Record<string, MessageParam>>;

export const CATALOGUES: Record<Language, Record<MessageKey, Message>> = { en, fr };

/** @example text("error.notFound", { what: text("thing.program") }) */
export function text(key: MessageKey, params?: MessageParams): Text {
  return params === undefined ? { key } : { key, params };
}

const pluralRules = new Map<Language, Intl.PluralRules>();
function pluralOf(language: Language, count: number): "one" | "many" | "other" {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  const category = rules.select(count);
  return category === "one" || category === "many" ? category : "other";
}

function form(message: Message, language: Language, count: MessageParam | undefined): string {
  if (typeof message === "string") return message;
  const category = typeof count === "number" ? pluralOf(language, count) : "other";
  return (category === "many" ? message.many : message[category]) ?? message.other;
}

// French sets a narrow no-break space before a semicolon.
const LIST_SEPARATOR: Record<Language, string> = { en: "; ", fr: "\u202f; " };

function isTextList(value: MessageParam): value is readonly Text[] {
  return Array.isArray(value);
}

function written(language: Language, value: MessageParam): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (isTextList(value)) return value.map((item) => render(language, item)).join(LIST_SEPARATOR[language]);
  return render(language, value);
}

/**
 * A message in a language, its placeholders filled in.
 * @example render("fr", text("error.notFound", { what: text("thing.program") })) === "Programme introuvable"
 */
export function render(language: Language, message: Text): string {
  const params = message.params ?? {};
  return form(CATALOGUES[language][message.key], language, params.count).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : written(language, value);
  });
}

/** The placeholders of a message, every plural form together, e.g. ["count", "name"]. */
export function placeholdersOf(message: Message): string[] {
  const forms = typeof message === "string" ? [message] : Object.values(message);
  return [...new Set(forms.flatMap((one) => [...one.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "")))].sort();
}
