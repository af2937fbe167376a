import type { DemoAccount, DemoProgram } from "./types.js";

/** The four funding streams of the national strategy the demo portfolio is modelled on. */
export const DEMO_PROGRAMS: DemoProgram[] = [
  {
    code: "CPPP",
    name: "Crime Prevention Partnership Program",
    nameFr: "Programme de partenariats en prévention du crime",
    description:
      "Funds national, provincial and territorial organizations to build the knowledge, tools and networks " +
      "that help communities prevent crime: guides, training, public education and the exchange of practice " +
      "between regions.",
  },
  {
    code: "CMP",
    name: "Community Mobilization Program",
    nameFr: "Programme de mobilisation des collectivités",
    description:
      "Helps local coalitions come together around a safety problem in their own neighbourhood or town, " +
      "assess it, plan a response and carry it out, with the police, schools, social services and residents " +
      "at the same table.",
  },
  {
    code: "BAP",
    name: "Business Action Program",
    nameFr: "Programme d’action des entreprises",
    description:
      "Brings merchants, business associations and private security into crime prevention, alongside " +
      "public agencies, to address problems such as retail theft and disorder in commercial districts.",
  },
  {
    code: "CPIF",
    name: "Crime Prevention Investment Fund",
    nameFr: "Fonds d’investissement en prévention du crime",
    description:
      "Invests in a small number of demonstration projects that test promising approaches in depth, with an " +
      "evaluation partner, so that what works can be documented and adopted elsewhere.",
  },
];

/** One account per role, all sharing the password generated when the demo is loaded. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: "admin@convene.example", name: "Morgan Ellis", role: "admin" },
  { email: "officer@convene.example", name: "Nadia Benali", role: "program_officer", programs: ["CMP", "BAP"] },
  { email: "evaluator@convene.example", name: "Graham Whitcombe", role: "evaluator", programs: "all" },
  {
    email: "coordinator@convene.example",
    name: "Sophie Lavallée",
    role: "coordinator",
    partnerships: ["hamilton-east", "exploitation-jeunes"],
  },
  { email: "partner@convene.example", name: "Priya Raman", role: "partner", organization: "on-escarpment-dsb" },
];
