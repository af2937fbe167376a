import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildMeeting, changeMeeting } from "../../../../test/support/calendar-factories.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildPartnership, buildUser, tokenFor, TEST_PASSWORD } from "../../../../test/support/factories.js";
import { signInCredentials } from "../../../../test/support/sessions.js";

type Event = {
  uid: string;
  summary: string;
  location: string;
  description: string;
  sequence: number;
  status: string;
  start: ICAL.Time;
  end: ICAL.Time;
};

function eventsOf(body: string): { name: string; events: Event[] } {
  const calendar = new ICAL.Component(ICAL.parse(body));
  const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      sequence: event.sequence,
      status: String(vevent.getFirstPropertyValue("status")),
      start: event.startDate,
      end: event.endDate,
    };
  });
  return { name: String(calendar.getFirstPropertyValue("x-wr-calname")), events };
}

for (const dialect of DIALECTS) {
  describe(`calendar feeds on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    /** The feed's address as a path on this app, fetched with no credential at all. */
    const fetchFeed = (url: string) => t.app.inject({ method: "GET", url: new URL(url).pathname });

    it("serves a partnership's meetings as iCalendar to anyone holding the address, without signing in", async () => {
      const own = t.world.partnerships.own.id;
      const meeting = await buildMeeting(t.database.db, own, {
        title: "Réunion de suivi — comité élargi",
        startsAt: "2026-12-15T18:30:00.000Z",
        endsAt: "2026-12-15T20:00:00.000Z",
        location: "Hôtel de ville, salle Émile-Nelligan",
        agenda: "1. Bilan des engagements\n2. Prochaines étapes : « Été sécuritaire »",
      });
      const res = await t.as("coordinator").post(`/api/v1/partnerships/${own}/calendar-feeds`);
      expect(res.statusCode).toBe(201);
      const { id, url } = res.json<{ id: string; url: string }>();
      expect(id).toEqual(expect.any(String));
      expect(url).toMatch(/\/api\/v1\/calendars\/[\w-]{43}\.ics$/);

      const feed = await fetchFeed(url);
      expect(feed.statusCode).toBe(200);
      expect(feed.headers["content-type"]).toBe("text/calendar; charset=utf-8");
      const { name, events } = eventsOf(feed.body);
      expect(name).toBe("Own Partnership");
      const event = events.find((e) => e.uid.startsWith(meeting.id));
      expect(event).toMatchObject({
        summary: "Réunion de suivi — comité élargi",
        location: "Hôtel de ville, salle Émile-Nelligan",
        description: "1. Bilan des engagements\n2. Prochaines étapes : « Été sécuritaire »",
        sequence: 0,
        status: "CONFIRMED",
      });
      expect(event?.uid).toMatch(new RegExp(`^${meeting.id}@`));
      expect(event?.start.zone?.tzid).toBe("UTC");
      expect(event?.start.toJSDate().toISOString()).toBe("2026-12-15T18:30:00.000Z");
      expect(event?.end.toJSDate().toISOString()).toBe("2026-12-15T20:00:00.000Z");
      expect(feed.body).toMatch(/DTSTART:20261215T183000Z/);

      // The same address again: the same UIDs; then a change raises SEQUENCE, a cancellation shows.
      const again = eventsOf((await fetchFeed(url)).body).events;
      expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
      await changeMeeting(t.database.db, meeting.id, {
        title: "Réunion déplacée",
        starts_at: "2026-12-16T18:30:00.000Z",
        ends_at: "2026-12-16T20:00:00.000Z",
      });
      await changeMeeting(t.database.db, meeting.id, { status: "cancelled" });
      const changed = eventsOf((await fetchFeed(url)).body).events.find((e) => e.uid === event?.uid);
      expect(changed).toMatchObject({ summary: "Réunion déplacée", sequence: 2, status: "CANCELLED" });
      expect(changed?.start.toJSDate().toISOString()).toBe("2026-12-16T18:30:00.000Z");

      const stored = await t.database.db.selectFrom("calendar_feeds").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(stored.last_used_at).not.toBeNull();
      expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(url).not.toContain(stored.token_hash);
    });

    it("answers 404, with the body of an unknown address, once revoked; only its owner revokes it", async () => {
      const own = t.world.partnerships.own.id;
      const { id, url } = (await t.as("partner").post(`/api/v1/partnerships/${own}/calendar-feeds`)).json<{ id: string; url: string }>();
      expect((await fetchFeed(url)).statusCode).toBe(200);
      expect((await t.as("coordinator").delete(`/api/v1/calendar-feeds/${id}`)).statusCode).toBe(404);
      expect((await t.as("admin").delete(`/api/v1/calendar-feeds/${id}`)).statusCode).toBe(404);
      expect((await fetchFeed(url)).statusCode).toBe(200);
      expect((await t.as("partner").delete(`/api/v1/calendar-feeds/${id}`)).statusCode).toBe(204);
      const revoked = await fetchFeed(url);
      const unknown = await t.app.inject({ method: "GET", url: `/api/v1/calendars/${"x".repeat(43)}.ics` });
      expect(revoked.statusCode).toBe(404);
      expect(unknown.statusCode).toBe(404);
      expect(revoked.body).toBe(unknown.body);
      expect((await t.as("partner").delete(`/api/v1/calendar-feeds/${id}`)).statusCode).toBe(404);
    });

    it("refuses a feed of a partnership the caller cannot read, and never shows another partnership's meetings", async () => {
      const foreign = t.world.partnerships.foreign.id;
      expect((await t.as("coordinator").post(`/api/v1/partnerships/${foreign}/calendar-feeds`)).statusCode).toBe(404);
      const hidden = await buildMeeting(t.database.db, foreign, { title: "Foreign meeting" });
      const res = await t.as("coordinator").post("/api/v1/calendar-feeds");
      expect(res.statusCode).toBe(201);
      const { name, events } = eventsOf((await fetchFeed(res.json<{ url: string }>().url)).body);
      expect(name).toBe("Convene — my partnerships");
      expect(events.length).toBeGreaterThan(0);
      expect(events.some((e) => e.uid.startsWith(hidden.id))).toBe(false);
    });

    it("shows only what the owner may read now: nothing of a partnership they left, nothing once disabled", async () => {
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id });
      const coordinator = await buildUser(t.database.db, { role: "coordinator", partnershipIds: [partnership.id] });
      const token = await tokenFor(t.database.db, coordinator.id);
      const meeting = await buildMeeting(t.database.db, partnership.id);
      const as = (method: "POST" | "GET", url: string) => t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
      const one = (await as("POST", `/api/v1/partnerships/${partnership.id}/calendar-feeds`)).json<{ url: string }>().url;
      const all = (await as("POST", "/api/v1/calendar-feeds")).json<{ url: string }>().url;
      const uids = async (url: string) => eventsOf((await fetchFeed(url)).body).events.map((e) => e.uid.split("@")[0]);
      expect(await uids(one)).toEqual([meeting.id]);
      expect(await uids(all)).toEqual([meeting.id]);

      await t.database.db.deleteFrom("partnership_coordinators").where("user_id", "=", coordinator.id).execute();
      expect(await uids(one)).toEqual([]);
      expect(await uids(all)).toEqual([]);
      await t.database.db
        .insertInto("partnership_coordinators")
        .values({ user_id: coordinator.id, partnership_id: partnership.id })
        .execute();
      expect(await uids(one)).toEqual([meeting.id]);
      await t.database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", coordinator.id).execute();
      expect((await fetchFeed(one)).statusCode).toBe(200);
      expect(await uids(one)).toEqual([]);
      expect(await uids(all)).toEqual([]);
    });

    it("leaves out meetings more than a year old", async () => {
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id });
      await t.database.db
        .insertInto("partnership_coordinators")
        .values({ user_id: t.world.users.coordinator.id, partnership_id: partnership.id })
        .execute();
      const old = await buildMeeting(t.database.db, partnership.id, {
        startsAt: new Date(Date.now() - 400 * 24 * 3600 * 1000).toISOString(),
      });
      const recent = await buildMeeting(t.database.db, partnership.id, {
        startsAt: new Date(Date.now() - 300 * 24 * 3600 * 1000).toISOString(),
      });
      const { url } = (await t.as("coordinator").post(`/api/v1/partnerships/${partnership.id}/calendar-feeds`)).json<{ url: string }>();
      const uids = eventsOf((await fetchFeed(url)).body).events.map((e) => e.uid.split("@")[0]);
      expect(uids).toEqual([recent.id]);
      expect(uids).not.toContain(old.id);
    });

    it("keeps one live feed per scope: a new one replaces the old; the list shows no secret", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator", programIds: [t.world.programs.own.id] });
      const token = await tokenFor(t.database.db, user.id);
      const as = (method: "POST" | "GET", url: string) => t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` } });
      const first = (await as("POST", "/api/v1/calendar-feeds")).json<{ id: string; url: string }>();
      const second = (await as("POST", "/api/v1/calendar-feeds")).json<{ id: string; url: string }>();
      const own = (await as("POST", `/api/v1/partnerships/${t.world.partnerships.own.id}/calendar-feeds`)).json<{ id: string }>();
      expect((await fetchFeed(first.url)).statusCode).toBe(404);
      expect((await fetchFeed(second.url)).statusCode).toBe(200);
      const list = await as("GET", "/api/v1/calendar-feeds");
      expect(list.statusCode).toBe(200);
      expect(
        list
          .json()
          .data.map((f: { id: string }) => f.id)
          .sort(),
      ).toEqual([second.id, own.id].sort());
      expect(list.json().data.find((f: { id: string }) => f.id === own.id).partnership).toEqual({
        id: t.world.partnerships.own.id,
        name: "Own Partnership",
      });
      expect(list.body).not.toContain(new URL(second.url).pathname.split("/").at(-1)?.replace(".ics", ""));
      expect(list.json().pagination.total).toBe(2);
    });

    it("lets a calendar program in with a stale session cookie, and a signed-in browser too", async () => {
      const { url } = (await t.as("coordinator").post("/api/v1/calendar-feeds")).json<{ url: string }>();
      const path = new URL(url).pathname;
      expect((await t.app.inject({ method: "GET", url: path, cookies: { convene_session: "expired-or-unknown" } })).statusCode).toBe(200);
      const user = await buildUser(t.database.db, { role: "admin" });
      const { cookie } = await signInCredentials(t.app, user.email, TEST_PASSWORD);
      expect((await t.app.inject({ method: "GET", url: path, cookies: { convene_session: cookie } })).statusCode).toBe(200);
    });
  });
}
