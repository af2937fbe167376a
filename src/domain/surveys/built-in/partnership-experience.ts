// The partnership experience survey: what the 2002 partnership study asked the partners of funded
// projects, so that a round here yields the same tables — how partners became involved and why, how
// well the partnership went, whether expectations were met, the benefits seen (Table 5), the factors
// behind success (Tables 7 and 8) and whether they would partner again once the funding ends. Nothing
// is scored: results are counts and shares of each option. Whether a partner would partner again is
// asked as yes, no or unsure, because a partner still inside a project often cannot yet say.
import type { Instrument } from "../instrument.js";
import { choices } from "./authoring.js";

export const PARTNERSHIP_EXPERIENCE: Instrument = {
  id: "partnership-experience",
  version: 1,
  title: { en: "Partnership experience", fr: "Expérience du partenariat" },
  description: {
    en: "How your organization came to this partnership, how it went and what it brought.",
    fr: "Comment votre organisme s’est joint au partenariat, comment cela s’est passé et ce que cela lui a apporté.",
  },
  sections: [
    {
      key: "joining",
      title: { en: "Joining the partnership", fr: "L’arrivée dans le partenariat" },
      items: [
        {
          id: "how_involved",
          type: "single",
          text: { en: "How did your organization become involved?", fr: "Comment votre organisme s’est-il joint au partenariat\u202f?" },
          required: true,
          options: choices([
            ["approached_by_lead", "The lead organization approached us", "L’organisme responsable nous a approchés"],
            ["interagency_discussion", "It grew out of ongoing talks between agencies", "C’est né de discussions suivies entre organismes"],
            ["approached_lead", "We approached the lead organization", "Nous avons approché l’organisme responsable"],
          ]),
        },
        {
          id: "motivations",
          type: "multiple",
          text: { en: "What led your organization to take part?", fr: "Qu’est-ce qui a amené votre organisme à participer\u202f?" },
          help: { en: "Choose all that apply.", fr: "Cochez tout ce qui s’applique." },
          required: true,
          options: choices([
            [
              "concern_for_issue",
              "Concern for the issue or the group the project serves",
              "Le souci de l’enjeu ou du groupe visé par le projet",
            ],
            ["good_will_to_sponsor", "Good will toward the sponsoring organization", "La bonne volonté envers l’organisme parrain"],
            ["interagency_commitment", "A commitment to working across agencies", "L’engagement envers le travail entre organismes"],
            ["other", "Something else", "Autre chose"],
          ]),
        },
      ],
    },
    {
      key: "experience",
      title: { en: "How it went", fr: "Le déroulement" },
      items: [
        {
          id: "satisfaction",
          type: "single",
          text: { en: "Overall, how well did the partnership go?", fr: "Dans l’ensemble, comment le partenariat s’est-il déroulé\u202f?" },
          required: true,
          options: choices([
            ["very_well", "Very well", "Très bien"],
            ["well", "Well", "Bien"],
            ["neither", "Neither well nor badly", "Ni bien ni mal"],
            ["badly", "Badly", "Mal"],
            ["very_badly", "Very badly", "Très mal"],
          ]),
        },
        {
          id: "expectations_met",
          type: "single",
          text: { en: "Were your organization’s expectations met?", fr: "Les attentes de votre organisme ont-elles été comblées\u202f?" },
          required: true,
          options: choices([
            ["fully", "Fully", "Entièrement"],
            ["partially", "Partly", "En partie"],
            ["not_at_all", "Not at all", "Pas du tout"],
          ]),
        },
      ],
    },
    {
      key: "results",
      title: { en: "What it brought", fr: "Ce que cela a apporté" },
      items: [
        {
          id: "benefits",
          type: "multiple",
          text: { en: "What benefits did your organization see?", fr: "Quels avantages votre organisme en a-t-il tirés\u202f?" },
          help: { en: "Choose all that apply, or none.", fr: "Cochez tout ce qui s’applique, ou rien." },
          required: false,
          options: choices([
            ["more_successful", "Programs run in partnership work better", "Les programmes menés en partenariat réussissent mieux"],
            [
              "agency_benefits",
              "Our organization gained information, tools or funds",
              "Notre organisme a obtenu de l’information, des outils ou des fonds",
            ],
            ["more_resources", "More resources for us or our clients", "Plus de ressources pour nous ou notre clientèle"],
            ["new_activities", "Activities we could not have done alone", "Des activités impossibles à mener sans partenaires"],
            ["wider_picture", "A sense of the wider picture", "Une vue d’ensemble plus large"],
            ["common_goals", "Goals shared with other organizations", "Des objectifs communs avec d’autres organismes"],
          ]),
        },
        {
          id: "success_factors",
          type: "multiple",
          text: { en: "What helped the partnership work?", fr: "Qu’est-ce qui a aidé le partenariat à fonctionner\u202f?" },
          help: { en: "Choose all that apply, or none.", fr: "Cochez tout ce qui s’applique, ou rien." },
          required: false,
          options: choices([
            ["strong_leadership", "Strong leadership", "Un leadership fort"],
            ["adequate_funding", "Enough funding", "Un financement suffisant"],
            ["common_goals", "Common goals", "Des objectifs communs"],
            ["shared_values", "Shared values", "Des valeurs partagées"],
            ["adequate_preparation", "Good preparation", "Une bonne préparation"],
            ["shared_decision_making", "Decisions made together", "Des décisions prises ensemble"],
            ["full_participation", "A chance to take full part", "La possibilité de participer pleinement"],
            ["clear_mandate", "A clear mandate", "Un mandat clair"],
            ["other", "Something else", "Autre chose"],
          ]),
        },
      ],
    },
    {
      key: "future",
      title: { en: "Looking ahead", fr: "Pour la suite" },
      items: [
        {
          id: "future_partnering",
          type: "single",
          text: {
            en: "Would your organization pursue partnerships once the project funding ends?",
            fr: "Votre organisme poursuivrait-il des partenariats une fois le financement du projet terminé\u202f?",
          },
          required: true,
          options: choices([
            ["yes", "Yes", "Oui"],
            ["no", "No", "Non"],
            ["unsure", "Not sure yet", "Je ne sais pas encore"],
          ]),
        },
        {
          id: "comments",
          type: "longtext",
          text: { en: "Anything else you would like to tell us?", fr: "Souhaitez-vous ajouter quelque chose\u202f?" },
          required: false,
        },
      ],
    },
  ],
  scores: [],
  bands: [],
};
