import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { CHARTER_TEXT } from "../../../../test/support/charter-factories.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import type { Charter } from "../../../contracts/charter.js";
import { charterPdf, longDate } from "./pdf.js";

/** The text of every page, each page's items joined by spaces. */
async function textOf(data: Uint8Array): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages.join("\n").replace(/\s+/g, " ");
}

describe("the printable charter", () => {
  it("writes dates the way each language does", () => {
    expect(longDate("fr", "2026-12-01T10:00:00.000Z")).toBe("1 décembre 2026");
    expect(longDate("en", "2026-12-01")).toBe("December 1, 2026");
  });

  const member = (n: number) => ({
    membershipId: "0190b6a0-0000-7000-8000-" + String(n).padStart(12, "0"),
    organization: { id: "0190b6a0-0000-7000-9000-" + String(n).padStart(12, "0"), name: `Member Agency ${n}` },
    isLead: n === 0,
    inCharter: true,
    gains: `Gains of member ${n}: shared data on incidents near schools.`,
    intendedRole: "cooperation" as const,
    expectations: `Expectations of member ${n}: attend monthly meetings and report on its pledges.`,
    measured: { lead: null, partner: null },
    comparison: { lead: "unmeasured" as const, partner: "unmeasured" as const },
    differs: false,
  });
  const big: Charter = {
    partnershipId: "0190b6a0-0000-7000-8000-000000000000",
    partnership: { id: "0190b6a0-0000-7000-8000-000000000000", name: "Big Partnership" },
    program: { id: "0190b6a0-0000-7000-8000-000000000001", code: "CMP", name: "Community Mobilization Program", nameFr: null },
    ...CHARTER_TEXT,
    formality: "formal",
    governance: "governing_members",
    decisionMaking: "By consensus, else a two-thirds vote.",
    conflictResolution: "A mediator named by the steering committee.",
    version: 12,
    updatedAt: "2026-12-01T10:00:00.000Z",
    updatedBy: null,
    members: Array.from({ length: 40 }, (_, n) => member(n)),
    abilities: { edit: false },
  };

  it("lays out a 40-member charter off the event loop", async () => {
    await charterPdf(big, "en", "2026-12-01");
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const runs = 5;
    for (let i = 0; i < runs; i++) await charterPdf(big, "en", "2026-12-01");
    const perCharter = (performance.now() - started) / runs;
    delay.disable();
    const longestStall = delay.max / 1e6;
    console.info(
      `charter PDF, 40 members: ${perCharter.toFixed(1)} ms each; longest event-loop stall meanwhile ${longestStall.toFixed(1)} ms`,
    );
    // Laid out on the request's thread, each charter would stall the loop for at least the whole layout
    // (about 700 ms here); on the worker the loop only waits for the bytes. Relative, so a busy machine slows both.
    expect(longestStall).toBeLessThan(perCharter / 2);
    const text = await textOf(await charterPdf(big, "en", "2026-12-01"));
    expect(text).toContain("Member Agency 39");
    expect(text.match(/For Member Agency \d+/g)).toHaveLength(40);
    expect(text).toMatch(/Page 1 of [2-9]/);
  });
});

for (const dialect of DIALECTS) {
  describe(`the charter PDF on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let url: string;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      url = `/api/v1/partnerships/${t.world.partnerships.own.id}/charter`;
      const saved = await t.as("coordinator").put(url, {
        need: "Réduire les introductions par effraction près des écoles, ce qu’aucun organisme ne peut faire seul.",
        vision: "Un quartier où l’on marche « en sécurité » jusqu’à l’école.",
        mission: "Prévenir, intervenir, suivre : ensemble.",
        values: "Confiance, ouverture, reddition de comptes.",
        formality: "informal",
        governance: "all_equal",
        decisionMaking: "Par consensus.",
        members: [
          { organizationId: t.world.organizations.ownLead.id, intendedRole: "coordination", expectations: "Présider les réunions." },
          {
            organizationId: t.world.organizations.ownMember.id,
            gains: "Des élèves plus en sécurité",
            intendedRole: "collaboration",
            expectations: "Accueillir les rencontres.",
          },
        ],
      });
      expect(saved.statusCode).toBe(201);
      await t.database.db
        .updateTable("charters")
        .set({ updated_at: "2026-12-01T09:30:00.000Z" })
        .where("partnership_id", "=", t.world.partnerships.own.id)
        .execute();
    });
    afterAll(() => t.close());

    it("downloads in French under Accept-Language: fr, accents, quotation marks and dates intact", async () => {
      const res = await t.as("partner").request({ method: "GET", url: `${url}.pdf`, headers: { "accept-language": "fr-CA,fr;q=0.9" } });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe("application/pdf");
      expect(res.headers["content-disposition"]).toBe('attachment; filename="charter-own-partnership-v1.pdf"');
      const text = await textOf(res.rawPayload);
      for (const expected of [
        "Charte du partenariat",
        "Own Partnership",
        "Programme : Community Mobilization Program",
        "Version 1, 1 décembre 2026",
        "Le besoin",
        "ce qu’aucun organisme",
        "« en sécurité »",
        "Prévenir, intervenir, suivre : ensemble.",
        "Gouvernance",
        "Tous les membres égaux",
        "Règlement des différends",
        "Rôle prévu",
        "Collaboration",
        "Coordination",
        "Accueillir les rencontres.",
        "Pour Own Member School Board",
        "Pour Own Lead Agency",
        "Signature",
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain("Intended role");
    });

    it("downloads in English by default, and in the language asked for", async () => {
      const english = await textOf((await t.as("partner").get(`${url}.pdf`)).rawPayload);
      for (const expected of [
        "Partnership charter",
        "Program: Community Mobilization Program",
        "Version 1, December 1, 2026",
        "The need",
        "Intended role",
        "All members equal",
        "For Own Member School Board",
      ]) {
        expect(english).toContain(expected);
      }
      const asked = await t.as("partner").request({ method: "GET", url: `${url}.pdf?language=fr`, headers: { "accept-language": "en" } });
      expect(await textOf(asked.rawPayload)).toContain("Charte du partenariat");
    });

    it("marks the document as tagged, in its language, with a title", async () => {
      const res = await t.as("partner").request({ method: "GET", url: `${url}.pdf`, headers: { "accept-language": "fr" } });
      const document = await getDocument({ data: new Uint8Array(res.rawPayload), isEvalSupported: false }).promise;
      const { info } = await document.getMetadata();
      expect(info).toMatchObject({ Title: "Charte du partenariat — Own Partnership", Language: "fr-CA", IsAcroFormPresent: false });
      expect(await document.getMarkInfo()).toMatchObject({ Marked: true });
      await document.destroy();
    });

    it("is not served for a partnership the caller cannot see", async () => {
      expect((await t.as("partner").get(`/api/v1/partnerships/${t.world.partnerships.foreign.id}/charter.pdf`)).statusCode).toBe(404);
    });
  });
}
