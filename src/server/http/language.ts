// The language a request is answered in: what the client asks for, else the account's own choice.
import type { FastifyRequest } from "fastify";
import { LANGUAGES, type Language } from "../../domain/vocabulary.js";

function isLanguage(value: string): value is Language {
  return LANGUAGES.some((language) => language === value);
}

/**
 * The best of our languages in an Accept-Language header, by quality then order; null when it names none.
 * @example preferredLanguage("de-CH, fr-CA;q=0.8, en;q=0.5") === "fr"
 */
export function preferredLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  let best: { language: Language; quality: number } | null = null;
  for (const part of header.split(",")) {
    const [tag = "", ...parameters] = part.trim().split(";");
    const primary = tag.trim().toLowerCase().split("-")[0] ?? "";
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
    const quality = q === undefined ? 1 : Number(q);
    if (!isLanguage(primary) || !(quality > 0)) continue;
    if (best === null || quality > best.quality) best = { language: primary, quality };
  }
  return best?.language ?? null;
}

/** Accept-Language when it names English or French, else the signed-in account's locale, else English. */
export function languageOf(request: FastifyRequest): Language {
  return preferredLanguage(request.headers["accept-language"]) ?? request.auth?.actor.locale ?? "en";
}
