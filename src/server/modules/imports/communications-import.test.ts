import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization } from "../../../../test/support/factories.js";
import { OPERATOR, type Actor } from "../../actor.js";
import { renderReport } from "./report.js";
import { importCommunications } from "./communications/service.js";

const HEADER = "program,partnership,date,organizations,channel,subject";
const csv = (...lines: string[]) => ({ name: "log.csv", data: Buffer.from([HEADER, ...lines].join("\n")) });

for (const dialect of DIALECTS) {
  describe(`communication log import on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const entries = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("communications")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      const youth = await buildOrganization(t.database.db, { name: "Maison des jeunes L’Escale" });
      await buildMembership(t.database.db, t.world.partnerships.own.id, youth.id);
    });
    afterAll(() => t.close());

    const file = csv(
      'CMP,Own Partnership,2026-02-03,"Own Lead Agency; own member school board",phone,Appel de suivi — été',
      'cmp,own partnership,2026-02-05,"Own Lead Agency;Maison des jeunes l’escale;Own Member School Board",site_visit,Visite des locaux',
    );

    it("checks a dry run without writing, then imports every row as relations, and a second time adds nothing", async () => {
      const before = await entries();
      const dry = await importCommunications(t.database.db, OPERATOR, file, { dryRun: true });
      expect(dry).toMatchObject({ kind: "communications", dryRun: true, written: false, errorCount: 0 });
      expect(dry.counts.communications).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect(await entries()).toBe(before);

      const done = await importCommunications(t.database.db, OPERATOR, file, { dryRun: false });
      expect(done).toMatchObject({ written: true, errorCount: 0 });
      expect(await entries()).toBe(before + 2);
      const log = (await t.as("coordinator").get(`/api/v1/partnerships/${t.world.partnerships.own.id}/communications`)).json();
      expect(log.data[0]).toMatchObject({ occurredOn: "2026-02-05", channel: "site_visit", subject: "Visite des locaux" });
      expect(log.data[0].organizations).toHaveLength(3);
      expect(log.data[1]).toMatchObject({ occurredOn: "2026-02-03", subject: "Appel de suivi — été" });

      const again = await importCommunications(t.database.db, OPERATOR, file, { dryRun: false });
      expect(again).toMatchObject({ written: false, errorCount: 0 });
      expect(again.counts.communications).toEqual({ created: 0, updated: 0, unchanged: 2 });
      expect(await entries()).toBe(before + 2);
    });

    it("names the line and column of every problem and writes nothing", async () => {
      const before = await entries();
      const bad = csv(
        'CMP,Own Partnership,2026-02-03,"Own Lead Agency;Foreign Member Police",phone,x',
        "CMP,Own Partnership,03/02/2026,Own Lead Agency,fax,",
        "CMP,Nowhere Partnership,2026-02-03,Own Lead Agency;Own Member School Board,phone,x",
      );
      const report = renderReport(await importCommunications(t.database.db, OPERATOR, bad, { dryRun: false }), "en");
      expect(report.written).toBe(false);
      const byLine = [...report.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      expect(byLine.map((e) => [e.line, e.column])).toEqual([
        [2, "organizations"],
        [3, "date"],
        [3, "channel"],
        [3, "subject"],
        [4, "partnership"],
      ]);
      expect(byLine[0]?.message).toBe("names 'Foreign Member Police', which is not a member of this partnership");

      const twice = csv(
        "CMP,Own Partnership,2026-02-04,Own Lead Agency;Own Member School Board,phone,Deux fois",
        "CMP,Own Partnership,2026-02-04,Own Member School Board;Own Lead Agency,phone,Deux fois",
        "CMP,Own Partnership,2026-02-04,Own Lead Agency,phone,Seul",
        "CMP,Own Partnership,2999-01-01,Own Lead Agency;Own Member School Board,phone,Plus tard",
      );
      const repeated = renderReport(await importCommunications(t.database.db, OPERATOR, twice, { dryRun: false }), "en");
      expect(repeated.errors.map((e) => [e.line, e.column, e.message])).toEqual([
        [4, "organizations", "must name at least two organizations"],
        [5, "date", "cannot be later than tomorrow"],
      ]);
      const clean = csv(
        "CMP,Own Partnership,2026-02-04,Own Lead Agency;Own Member School Board,phone,Deux fois",
        "CMP,Own Partnership,2026-02-04,Own Member School Board;Own Lead Agency,phone,Deux fois",
      );
      const repeat = renderReport(await importCommunications(t.database.db, OPERATOR, clean, { dryRun: false }), "en");
      expect(repeat.errors.map((e) => [e.line, e.column, e.message])).toEqual([
        [3, "subject", "repeats line 2: the same partnership, date, channel, subject and organizations"],
      ]);
      expect(await entries()).toBe(before);
    });

    it("binds a partner to the contacts its own organization took part in", async () => {
      const partner: Actor = {
        userId: t.world.users.partner.id,
        email: t.world.users.partner.email,
        name: "Partner",
        role: "partner",
        organizationId: t.world.organizations.ownMember.id,
        locale: "en",
      };
      const rows = csv(
        'CMP,Own Partnership,2026-03-01,"Own Lead Agency;Maison des jeunes L’Escale",email,Sans nous',
        "CMP,Foreign Partnership,2026-03-01,Foreign Lead Agency;Foreign Member Police,email,Ailleurs",
      );
      const report = renderReport(await importCommunications(t.database.db, partner, rows, { dryRun: true }), "en");
      const sorted = [...report.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      expect(sorted.map((e) => [e.line, e.column, e.message])).toEqual([
        [2, "organizations", "must include your own organization"],
        [3, "partnership", "matches no partnership in which you may log contacts (got 'Foreign Partnership')"],
      ]);
    });

    it("reads the same columns from an XLSX workbook", async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("log");
      sheet.addRow(HEADER.split(","));
      sheet.addRow(["CMP", "Own Partnership", "2026-04-02", "Own Lead Agency; Own Member School Board", "video_call", "Point d’étape"]);
      const data = Buffer.from(await workbook.xlsx.writeBuffer());
      const report = await importCommunications(t.database.db, OPERATOR, { name: "log.xlsx", data }, { dryRun: false });
      expect(report).toMatchObject({ written: true, errorCount: 0 });
      expect(report.counts.communications.created).toBe(1);
    });
  });
}
