// The server answers in the caller's language: Accept-Language first, else the account's locale,
// else English. Codes, statuses and shapes stay the same in every language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createWorldApp, type Client } from "../support/app.js";
import { DIALECTS } from "../support/databases.js";
import { buildUser, tokenFor } from "../support/factories.js";
import { involvementCsv, type InvolvementFileRow } from "../support/involvement-files.js";
import { formWith } from "../support/uploads.js";

const FRENCH = { "accept-language": "fr-CA,fr;q=0.9" };
const own = { program: "CMP", partnership: "Own Partnership" };

for (const dialect of DIALECTS) {
  describe(`messages in the caller's language on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let francophone: Client;
    const foreignRubric = () => `/api/v1/programs/${t.world.programs.foreign.id}/default-rubric`;
    const inUse = () => `/api/v1/organizations/${t.world.organizations.ownMember.id}`;

    beforeAll(async () => {
      t = await createWorldApp(dialect);
      const user = await buildUser(t.database.db, { role: "admin" });
      francophone = clientFor(t.app, await tokenFor(t.database.db, user.id));
      expect((await francophone.patch("/api/v1/auth/me", { locale: "fr" })).statusCode).toBe(200);
    });
    afterAll(() => t.close());

    it("refuses to delete an organization still in use in French when the request asks for French", async () => {
      const english = await t.as("admin").delete(inUse());
      const french = await t.as("admin").request({ method: "DELETE", url: inUse(), headers: FRENCH });
      expect(english.json().error).toEqual({
        code: "in_use",
        message: '"Own Member School Board" is still a member of 1 partnership and leads 0; remove it from them first',
      });
      expect(french.statusCode).toBe(409);
      expect(french.json().error).toEqual({
        code: "in_use",
        message:
          "«\u00a0Own Member School Board\u00a0» est encore membre de 1 partenariat et en dirige 0\u202f; retirez-le d'abord de ceux-ci",
      });
    });

    it("refuses a rubric choice outside the evaluator's programs in French, with the same code", async () => {
      const payload = { rubricId: "partnership-study-2002" };
      const english = await t.as("evaluator").put(foreignRubric(), payload);
      const french = await t.as("evaluator").request({ method: "PUT", url: foreignRubric(), headers: FRENCH, payload });
      expect(english.json().error).toEqual({
        code: "forbidden",
        message: "Only administrators and the program's evaluators can choose its rubric",
      });
      expect(french.statusCode).toBe(403);
      expect(french.json().error).toEqual({
        code: "forbidden",
        message: "Seuls les administrateurs et les évaluateurs du programme peuvent choisir sa grille",
      });
    });

    it("answers an account whose locale is French in French when the request names no language", async () => {
      const refused = await francophone.delete(inUse());
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toMatch(/^«\u00a0Own Member School Board\u00a0» est encore membre de 1 partenariat/);
      const missing = await francophone.get("/api/v1/organizations/01900000-0000-7000-8000-000000000000");
      expect(missing.json().error).toEqual({ code: "not_found", message: "Organisme introuvable" });
    });

    it("lets Accept-Language win over the account's locale, and falls back to it when the header names neither language", async () => {
      const english = await francophone.request({ method: "DELETE", url: inUse(), headers: { "accept-language": "en-CA" } });
      expect(english.json().error.message).toMatch(/^"Own Member School Board" is still a member/);
      const german = await francophone.request({ method: "DELETE", url: inUse(), headers: { "accept-language": "de-DE, *;q=0.5" } });
      expect(german.json().error.message).toMatch(/^«\u00a0Own Member School Board\u00a0»/);
      const weighted = await t
        .as("admin")
        .request({ method: "DELETE", url: inUse(), headers: { "accept-language": "en;q=0.4, fr;q=0.8" } });
      expect(weighted.json().error.message).toMatch(/^«\u00a0Own Member School Board\u00a0»/);
    });

    it("writes the server's own field problems and the contracts' rules in French", async () => {
      const unknown = await t.as("admin").request({
        method: "PUT",
        url: `/api/v1/programs/${t.world.programs.own.id}/default-rubric`,
        headers: FRENCH,
        payload: { rubricId: "missing-rubric" },
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toEqual({
        code: "validation_failed",
        message: "rubricId ne correspond à aucune grille",
        details: [{ field: "rubricId", message: "ne correspond à aucune grille", key: "field.noSuchRubric" }],
      });
      const invalid = await t
        .as("admin")
        .request({ method: "POST", url: "/api/v1/organizations", headers: FRENCH, payload: { name: "Centre", sector: "astrology" } });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json().error.code).toBe("validation_failed");
      expect(invalid.json().error.message).toMatch(/^Données non valides\u00a0: sector /);
      expect(invalid.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(["sector"]);
    });

    it("asks an anonymous caller to sign in in French", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/v1/organizations", headers: FRENCH });
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toEqual({ code: "unauthenticated", message: "Connectez-vous pour continuer" });
    });

    it("reports an import's problems in French on the same lines and columns", async () => {
      const rows: InvolvementFileRow[] = [
        { ...own, organization: "Good One", perspective: "lead" },
        { ...own, organization: "Bad Answer", perspective: "lead", answers: { support_letter: "peut-être" } },
        { ...own, organization: "", perspective: "partner" },
        { ...own, organization: "Bad Round", perspective: "lead", round: "mi parcours" },
      ];
      const send = (headers: Record<string, string>) =>
        t.app.inject({
          method: "POST",
          url: "/api/v1/imports/involvement?dryRun=true",
          headers: { authorization: `Bearer ${t.world.tokens.admin}`, ...headers },
          payload: formWith([{ name: "answers.csv", content: involvementCsv(rows) }]),
        });
      const english = (await send({})).json();
      const refused = await send(FRENCH);
      expect(refused.statusCode).toBe(400);
      const french = refused.json();
      expect(french.error).toEqual({ code: "validation_failed", message: "3 problèmes trouvés\u202f; rien n'a été enregistré" });
      expect(english.error.message).toBe("3 problems found; nothing was written");
      expect(french.errors).toEqual([
        { entity: null, line: 3, column: "support_letter", message: "doit être oui ou non (valeur\u00a0: 'peut-être')" },
        { entity: null, line: 4, column: "organization", message: "est obligatoire" },
        {
          entity: null,
          line: 5,
          column: "round",
          message:
            "doit compter de 1 à 40 lettres, chiffres, - ou _, et commencer par une lettre ou un chiffre (valeur\u00a0: 'mi parcours')",
        },
      ]);
      const place = (problem: { entity: string | null; line: number | null; column: string | null }) => [
        problem.entity,
        problem.line,
        problem.column,
      ];
      expect(french.errors.map(place)).toEqual(english.errors.map(place));
      expect({ ...french, errors: [], error: null }).toEqual({ ...english, errors: [], error: null });
    });

    it("reports a file that cannot be read in French", async () => {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/imports/involvement?dryRun=true",
        headers: { authorization: `Bearer ${t.world.tokens.admin}`, ...FRENCH },
        payload: formWith([{ name: "answers.csv", content: 'program,partnership\n"CMP,Own' }]),
      });
      expect(res.json().errors).toEqual([
        {
          entity: null,
          line: 2,
          column: null,
          message: "Le fichier ne peut pas être lu\u00a0: le champ entre guillemets qui commence à la ligne 2 n'est jamais fermé",
        },
      ]);
    });
  });
}
