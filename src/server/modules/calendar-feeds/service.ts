import type { Kysely } from "kysely";
import type { PaginationQuery } from "../../../contracts/common.js";
import type { CreatedCalendarFeed } from "../../../contracts/calendar-feeds.js";
import { ROLES, type Role } from "../../../domain/vocabulary.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";
import { AppError } from "../../app-error.js";
import { hashToken, randomToken } from "../../crypto.js";
import { newId, now } from "../../ids.js";
import { render, text, type Language } from "../../messages/render.js";
import { offsetOf, pageFrom } from "../../pagination.js";
import * as scope from "../access/scope.js";
import { recordAudit } from "../audit/repository.js";
import { loadPartnershipAccess } from "../partnerships/service.js";
import { renderCalendar } from "./calendar.js";
import { presentFeed } from "./presenter.js";
import * as repo from "./repository.js";

/** A feed shows meetings from this many days back onward. */
export const FEED_DAYS_BACK = 365;
/** last_used_at is written at most this often per feed, so that polling calendars cost one read. */
const TOUCH_MS = 60 * 60 * 1000;

/** The path a feed answers at; its token is the only secret. */
export function feedPath(token: string): string {
  return `/api/v1/calendars/${token}.ics`;
}

/**
 * Makes a feed of one partnership's meetings (or, with null, of every partnership the caller reads).
 * A user has one live feed per partnership and one across them all: making another revokes the one
 * before, so that a leaked address is replaced by asking for a new one.
 */
export async function createFeed(
  db: Kysely<DB>,
  actor: Actor,
  partnershipId: string | null,
  link: (path: string) => string,
): Promise<CreatedCalendarFeed> {
  const token = randomToken();
  const id = newId();
  const at = now();
  const name = await db.transaction().execute(async (trx) => {
    const partnership = partnershipId === null ? null : await loadPartnershipAccess(trx, actor, partnershipId);
    const revoked = await repo.revokeFeedsLike(trx, actor.userId, partnershipId, at);
    for (const old of revoked) {
      await recordAudit(trx, {
        userId: actor.userId,
        action: "update",
        entity: "calendar_feed",
        entityId: old,
        partnershipId,
        changes: { revokedAt: [null, at] },
      });
    }
    await repo.insertFeed(trx, { id, user_id: actor.userId, partnership_id: partnershipId, token_hash: hashToken(token), created_at: at });
    await recordAudit(trx, {
      userId: actor.userId,
      action: "create",
      entity: "calendar_feed",
      entityId: id,
      partnershipId,
      changes: { partnershipId: [null, partnershipId] },
    });
    return partnership?.name ?? null;
  });
  return {
    id,
    url: link(feedPath(token)),
    partnership: partnershipId === null || name === null ? null : { id: partnershipId, name },
    createdAt: at,
    lastUsedAt: null,
    abilities: { delete: true },
  };
}

export async function listFeeds(db: Kysely<DB>, actor: Actor, query: PaginationQuery) {
  const { rows, total } = await repo.listFeeds(db, actor.userId, query.pageSize, offsetOf(query));
  return pageFrom(rows.map(presentFeed), total, query);
}

/** Revokes one of the caller's own feeds; anyone else's reads as not found. */
export async function revokeFeed(db: Kysely<DB>, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const feed = await repo.findLiveFeedOf(trx, actor.userId, id);
    if (!feed) throw AppError.notFound("calendarFeed");
    const at = now();
    await repo.revokeFeed(trx, id, at);
    await recordAudit(trx, {
      userId: actor.userId,
      action: "delete",
      entity: "calendar_feed",
      entityId: id,
      partnershipId: feed.partnership_id,
      changes: { revokedAt: [null, at] },
    });
  });
}

function roleOf(value: string): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}

/**
 * The feed behind a token, as iCalendar text, or null when no live feed has it. What it shows is what
 * its owner may read at this moment: nothing once they are disabled, nothing of a partnership they no
 * longer read.
 */
export async function feedDocument(db: Kysely<DB>, token: string, host: string): Promise<string | null> {
  const feed = await repo.findFeedByHash(db, hashToken(token));
  if (!feed) return null;
  const at = now();
  if (!feed.last_used_at || Date.parse(at) - Date.parse(feed.last_used_at) >= TOUCH_MS) await repo.markFeedUsed(db, feed.feed_id, at);
  const role = roleOf(feed.role);
  const language: Language = feed.locale === "fr" ? "fr" : "en";
  const name = feed.partnership_name ?? render(language, text("calendar.allPartnerships"));
  if (feed.disabled !== 0 || role === null) return renderCalendar({ name, host, meetings: [] });
  const owner: Actor = {
    userId: feed.id,
    email: feed.email,
    name: feed.name,
    role,
    organizationId: feed.organization_id,
    locale: language,
  };
  const readable =
    feed.partnership_id === null
      ? scope.scopeOf(db, owner, "partnership", "read")
      : scope.rowScope(db, owner, "partnership", "read", feed.partnership_id);
  const since = new Date(Date.parse(at) - FEED_DAYS_BACK * 24 * 60 * 60 * 1000).toISOString();
  const meetings = await repo.feedMeetings(db, feed.partnership_id, readable, since);
  return renderCalendar({ name, host, meetings });
}
