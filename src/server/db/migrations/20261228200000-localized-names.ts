import type { Kysely } from "kysely";

// Programs are named in English and French; a French page shows name_fr where there is one. The
// demo's four programs, loaded before this column existed, get their French names; any other
// program keeps its one name until someone adds the other.
const DEMO_FRENCH_NAMES: Record<string, { name: string; nameFr: string }> = {
  CPPP: { name: "Crime Prevention Partnership Program", nameFr: "Programme de partenariats en prévention du crime" },
  CMP: { name: "Community Mobilization Program", nameFr: "Programme de mobilisation des collectivités" },
  BAP: { name: "Business Action Program", nameFr: "Programme d’action des entreprises" },
  CPIF: { name: "Crime Prevention Investment Fund", nameFr: "Fonds d’investissement en prévention du crime" },
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("programs").addColumn("name_fr", "text").execute();
  for (const [code, { name, nameFr }] of Object.entries(DEMO_FRENCH_NAMES)) {
    await db.updateTable("programs").set({ name_fr: nameFr }).where("code", "=", code).where("name", "=", name).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("programs").dropColumn("name_fr").execute();
}
