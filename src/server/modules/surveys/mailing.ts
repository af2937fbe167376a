// Sending a round's mail: invitations, reminders and new links. Each respondent's mail is claimed by
// inserting its survey_mailings row (ON CONFLICT DO NOTHING) in the same transaction that puts the
// message in the outbox and stores its link's hash, so that whoever runs this at the same time, each
// mail goes out once. A contact asked about several members gets one mail listing every link.
// The secret is made when its mail is written and the database only ever holds its hash, so every mail
// carries a link of its own: an invitation's or a reminder's is added beside the earlier ones, which keep
// working (a respondent resumes from whichever mail they open); a new link ends every earlier one.
import type { Kysely } from "kysely";
import { ROUND_LABELS } from "../../../contracts/surveys.js";
import type { Localized } from "../../../domain/surveys/instrument.js";
import { LANGUAGES, type Language } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import { render, text } from "../../messages/render.js";
import { findInstrumentVersions, instrumentKey } from "../instruments/versions.js";
import { queueMail, type Mailer } from "../mail/outbox.js";
import { longDate } from "../reminders/message.js";
import * as repo from "./mailing-repository.js";
import type { MailKind, MailRow } from "./mailing-repository.js";
import { newRespondentToken, respondentLink } from "./tokens.js";

const TEMPLATES = { invitation: "surveyInvitation", reminder: "surveyReminder", link: "surveyLink" } as const;

export type MailClaim = { respondentId: string; key: string };

/** The titles of the rounds' instruments, by instrumentKey. */
type InstrumentTitles = Map<string, { title: Localized }>;

function languageOf(value: string): Language {
  return LANGUAGES.find((language) => language === value) ?? "en";
}

/** baseline, midterm and final in the reader's language; a label of one's own as it was written. */
export function labelIn(language: Language, label: string): string {
  const known = ROUND_LABELS.find((key) => key === label);
  return known ? render(language, text(`surveyRound.label.${known}`)) : label;
}

/** The same claims grouped by round and contact, so that each contact gets one mail per round. */
function byRecipient(rows: MailRow[]): MailRow[][] {
  const groups = new Map<string, MailRow[]>();
  for (const row of rows) {
    const key = `${row.round_id}|${row.contact_id ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => group.sort((a, b) => (a.about_key ?? "").localeCompare(b.about_key ?? "")));
}

/**
 * Claims and writes one contact's mail in a round inside the caller's transaction: the message's id in
 * the outbox, or null when every claim was someone else's already (or the contact has no address).
 */
async function mailGroup(
  trx: Kysely<DB>,
  mailer: Mailer,
  kind: MailKind,
  group: MailRow[],
  keys: Map<string, string>,
  titles: InstrumentTitles,
  at: string,
): Promise<string | null> {
  const [first] = group;
  if (!first || first.email === null) return null;
  const language = languageOf(first.language);
  const claimed: { key: string; row: MailRow; link: string }[] = [];
  for (const row of group) {
    const key = keys.get(row.id);
    if (key === undefined || !(await repo.claimMailing(trx, key, row.id, kind, at))) continue;
    // Read in this transaction: a revocation that came after the respondents were loaded sends nothing.
    if (!(await repo.recordMailed(trx, row.id, kind, at))) {
      await repo.releaseMailing(trx, key);
      continue;
    }
    if (kind === "link") await repo.endTokens(trx, row.id, at);
    const { token, hash } = newRespondentToken();
    await repo.addToken(trx, row.id, hash, at);
    claimed.push({ key, row, link: mailer.link(respondentLink(token)) });
  }
  if (claimed.length === 0) return null;
  const links = claimed
    .map(({ row, link }) =>
      row.about_name === null ? link : render(language, text("surveyRound.linkAbout", { organization: row.about_name, link })),
    )
    .join("\n\n");
  const title = titles.get(instrumentKey(first.instrument_id, first.instrument_version));
  const messageId = await queueMail(trx, mailer, {
    to: first.email,
    userId: null,
    language,
    template: TEMPLATES[kind],
    params: {
      name: first.contact_name,
      organization: first.organization_name,
      partnership: first.partnership_name,
      instrument: title ? title.title[language] : first.instrument_id,
      label: labelIn(language, first.label),
      closesOn: longDate(language, first.closes_on),
      links,
      privacy: text("surveyRound.privacy", { threshold: first.threshold }),
    },
  });
  await repo.attachMailMessage(
    trx,
    claimed.map((claim) => claim.key),
    messageId,
  );
  return messageId;
}

/** Loads the claims' respondents and writes their mail, one transaction per contact and round; the messages' ids. */
export async function sendMail(
  db: Kysely<DB>,
  mailer: Mailer,
  kind: MailKind,
  claims: MailClaim[],
  at: string,
  inTransaction: boolean,
): Promise<string[]> {
  if (claims.length === 0) return [];
  const keys = new Map(claims.map((claim) => [claim.respondentId, claim.key]));
  const rows = (await repo.respondentsToMail(db, [...keys.keys()])).filter((row) => row.revoked_at === null || kind === "link");
  const titles = await findInstrumentVersions(
    db,
    rows.map((row) => ({ id: row.instrument_id, version: row.instrument_version })),
  );
  const ids: string[] = [];
  for (const group of byRecipient(rows)) {
    const id = inTransaction
      ? await mailGroup(db, mailer, kind, group, keys, titles, at)
      : await db.transaction().execute((trx) => mailGroup(trx, mailer, kind, group, keys, titles, at));
    if (id !== null) ids.push(id);
  }
  return ids;
}

/** An invitation's claim: one per respondent, ever. */
export function invitationClaim(respondentId: string): MailClaim {
  return { respondentId, key: `invitation|${respondentId}` };
}
