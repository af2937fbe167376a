// The terminal's language, as POSIX locales name it. Like env.ts for the server's settings, the one
// place the command line reads it: LC_ALL overrides LC_MESSAGES, which overrides LANG.
import type { Language } from "../domain/vocabulary.js";

/** @example terminalLanguage({ LANG: "fr_CA.UTF-8" }) === "fr"; terminalLanguage({}) === "en" */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "") ?? "";
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}
