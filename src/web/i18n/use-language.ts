import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Language } from "../../domain/vocabulary.js";
import { useSession, useUpdateLocale } from "../api/session.js";
import { isLanguage, rememberLanguage } from "./i18n.js";

/**
 * The interface language. `choose` is the user's explicit switch: remembered in this browser and, when
 * signed in, on the account. `adopt` follows the account's saved preference (after sign-in).
 */
export function useLanguage() {
  const { i18n } = useTranslation();
  const session = useSession().data;
  const { mutate: saveLocale } = useUpdateLocale();
  const language: Language = isLanguage(i18n.language) ? i18n.language : "en";

  const adopt = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      if (i18n.language !== next) void i18n.changeLanguage(next);
    },
    [i18n],
  );

  const choose = useCallback(
    (next: Language) => {
      adopt(next);
      if (session && session.user.locale !== next) saveLocale(next);
    },
    [adopt, session, saveLocale],
  );

  return { language, adopt, choose };
}
