// A respondent's personal link: a random secret of 256 bits in the link, only its hash in the database
// (survey_respondent_tokens.token_hash, one row per link mailed), so that reading the database gives
// nobody a working link.
import { hashToken, randomToken } from "../../crypto.js";

export function newRespondentToken(): { token: string; hash: string } {
  const token = randomToken(32);
  return { token, hash: hashToken(token) };
}

/** The web app's address of the form a link opens, e.g. "/respond/Xy…"; the mailer makes it absolute. */
export function respondentLink(token: string): string {
  return `/respond/${token}`;
}
