// Forms submitted with bad values on French pages: every problem they show, whether the contract
// found it in the browser or the server found it, reads in French, in words of its own rather than
// a generic "not valid".
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { closeBrowserApp, openBrowserApp, signIn } from "../support/browser.js";
import { createTestDatabase, type TestDatabase } from "../support/databases.js";
import { englishWordsIn } from "../support/english-words.js";
import { buildOrganization, buildProgram, buildUser } from "../support/factories.js";

const chromiumPath = inject("chromiumPath");
const STEP_TIMEOUT = 90_000;
const GENERIC = "Cette valeur n'est pas valide";

/** The problems a page shows beside its fields, in alerts and in notifications, as read. */
async function problemsShown(page: Page): Promise<string[]> {
  const shown = page.locator(".mantine-InputWrapper-error, [role=alert], .mantine-Notification-description");
  return (await shown.allInnerTexts()).map((text) => text.trim()).filter((text) => text !== "");
}

function notFrench(problems: string[]): string[] {
  return problems.filter((problem) => englishWordsIn(problem).length > 0 || problem.includes(GENERIC));
}

if (chromiumPath) {
  describe("forms with bad values on French pages", () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let browser: Browser;
    let page: Page;
    let base: string;
    let organizationId: string;
    let programId: string;

    beforeAll(async () => {
      database = await createTestDatabase("sqlite");
      const admin = await buildUser(database.db, { role: "admin", email: "admin@example.org" });
      organizationId = (await buildOrganization(database.db, { name: "Centre jeunesse Harbourview", sector: "youth_organizations" })).id;
      programId = (await buildProgram(database.db, { code: "CMP", name: "Programme de mobilisation" })).id;
      ({ app, base, browser, page } = await openBrowserApp(chromiumPath, database));
      await signIn(page, base, admin.email);
      await page.getByRole("radio", { name: "English" }).focus();
      await page.keyboard.press("ArrowRight");
      await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    }, STEP_TIMEOUT);

    afterAll(async () => {
      await closeBrowserApp({ browser, app, database });
    });

    it(
      "names an organization's problems in French, those of the contract and the name another one already has",
      async () => {
        await page.goto(`${base}/organizations/new`);
        await page.getByRole("heading", { level: 1, name: "Nouvel organisme" }).waitFor();
        await page.getByLabel(/^Nom/).fill(`Centre\u0007${"x".repeat(200)}`);
        await page.getByRole("button", { name: "Créer" }).click();
        await expect.poll(async () => (await problemsShown(page)).length).toBeGreaterThan(0);
        const own = await problemsShown(page);
        expect(own).toContain("200 caractères au maximum");
        expect(notFrench(own)).toEqual([]);

        await page.getByLabel(/^Nom/).fill("Centre jeunesse Harbourview");
        await page.getByRole("combobox", { name: "Secteur", exact: true }).click();
        await page.getByRole("option", { name: "Organismes jeunesse", exact: true }).click();
        await page.getByRole("button", { name: "Créer" }).click();
        await page.getByText("Un autre organisme de ce secteur porte déjà ce nom").waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);
      },
      STEP_TIMEOUT,
    );

    it(
      "names a contact's malformed email and phone in French",
      async () => {
        await page.goto(`${base}/organizations/${organizationId}`);
        await page.getByRole("button", { name: "Ajouter une personne-ressource" }).click();
        const dialog = page.getByRole("dialog", { name: "Ajouter une personne-ressource" });
        await dialog.getByLabel(/^Nom/).fill("Ada Lovelace");
        await dialog.getByLabel("Courriel").fill("pas-une-adresse");
        await dialog.getByLabel("Téléphone").fill("appelez-moi");
        await dialog.getByRole("button", { name: "Enregistrer" }).click();
        await dialog.getByText("Entrez une adresse courriel valide").waitFor();
        await dialog.getByText("Utilisez seulement des chiffres, des espaces et + ( ) . - x").waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);
        await dialog.getByRole("button", { name: "Annuler" }).click();
      },
      STEP_TIMEOUT,
    );

    it(
      "names every problem of a rubric document in French, the rules of the whole document included",
      async () => {
        await page.goto(`${base}/programs/${programId}`);
        await page.getByRole("button", { name: "Ajouter une grille" }).click();
        const dialog = page.getByRole("dialog", { name: "Ajouter une grille" });
        const level = (key: string, condition: unknown) => ({
          key,
          label: { en: "L", fr: "N" },
          condition,
          rationale: { en: "R", fr: "R" },
        });
        const document = {
          id: "projet-pilote",
          title: { en: "Pilot", fr: "Projet pilote" },
          indicators: ["consulted", "consulted", "sharred"],
          levels: [level("a", "always"), level("a", { atLeast: 3, of: ["consulted"] }), level("b", { any: [] })],
        };
        await dialog.getByLabel("Document de la grille (JSON)").fill(JSON.stringify(document));
        await dialog.getByRole("button", { name: "Ajouter la grille" }).click();
        await dialog.getByText(/ne convient qu'au dernier niveau/).waitFor();
        const problems = await dialog.getByRole("alert").getByRole("listitem").allInnerTexts();
        expect(problems.length).toBeGreaterThanOrEqual(5);
        expect(notFrench(problems)).toEqual([]);
        await page.keyboard.press("Escape");
      },
      STEP_TIMEOUT,
    );

    it(
      "names a second critic seat in the composition editor in French, beside its kind",
      async () => {
        await page.goto(`${base}/programs/${programId}`);
        const composition = page.getByRole("region", { name: "Composition recommandée" });
        await composition.getByRole("button", { name: "Modifier la composition" }).click();
        const police = composition.getByRole("group", { name: /^Siège 1\s:\sPolice/ });
        await police.getByRole("combobox", { name: "Façon d'occuper le siège", exact: true }).click();
        await page.getByRole("option", { name: "Critique invité", exact: true }).click();
        await composition.getByRole("button", { name: "Enregistrer la composition" }).click();
        await composition.getByText("Un seul siège peut être de ce type").waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);
      },
      STEP_TIMEOUT,
    );

    it(
      "names a new password too short, a common one, one holding the account's address and a wrong current password in French on the account page",
      async () => {
        await page.goto(`${base}/account`);
        await page.getByLabel(/^Mot de passe actuel/).fill("pas le mien du tout");
        await page.getByLabel(/^Nouveau mot de passe/).fill("court");
        await page.getByRole("button", { name: "Changer le mot de passe" }).click();
        await page.getByText("12 caractères au minimum").waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);

        // Said before anything is sent: the form knows the rules, and the account's own address.
        await page.getByLabel(/^Nouveau mot de passe/).fill("Password1234");
        await page.getByRole("button", { name: "Changer le mot de passe" }).click();
        await page.getByText("Ce mot de passe est l’un des plus courants\u202f; choisissez-en un autre").waitFor();
        await page.getByLabel(/^Nouveau mot de passe/).fill("admin@example.org for ever");
        await page.getByRole("button", { name: "Changer le mot de passe" }).click();
        await page.getByText("Ne doit pas contenir votre adresse courriel ni la partie qui précède le @").waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);

        await page.getByLabel(/^Nouveau mot de passe/).fill("un nouveau mot de passe assez long");
        await page.getByRole("button", { name: "Changer le mot de passe" }).click();
        await page.getByText("n'est pas votre mot de passe actuel").waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);
      },
      STEP_TIMEOUT,
    );

    it(
      "names an invitation's malformed email and missing name in French",
      async () => {
        await page.goto(`${base}/admin/invite`);
        await page.getByLabel(/^Adresse courriel/).fill("pas-une-adresse");
        await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
        await page.getByText("Entrez une adresse courriel valide").waitFor();
        await page.getByText("Obligatoire", { exact: true }).first().waitFor();
        expect(notFrench(await problemsShown(page))).toEqual([]);
      },
      STEP_TIMEOUT,
    );
  });
}
