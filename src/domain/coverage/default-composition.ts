// The composition recommended when a program has not written its own, drawn from published partnership
// guidance: every sector pledging along the prevention-to-re-entry axis (violence-prevention networks),
// members from health, social services, government, the courts, faith groups, business, residents and
// schools, with balance and an invited critic (community policing), and the people most affected by the
// issue (crime-prevention project guidance).
import type { Composition } from "./composition.js";

export const DEFAULT_COMPOSITION: Composition = {
  slots: [
    {
      kind: "sectors",
      key: "police",
      label: { en: "Police", fr: "Police" },
      sectors: ["police"],
      required: true,
      why: {
        en: "Enforcement is one end of the axis, and police see early where trouble is building.",
        fr: "L'application de la loi est un bout de l'axe, et la police voit tôt où les problèmes se préparent.",
      },
    },
    {
      kind: "sectors",
      key: "schools",
      label: { en: "Schools", fr: "Écoles" },
      sectors: ["schools"],
      required: true,
      why: {
        en: "Schools reach nearly every young person and can change practices such as suspensions.",
        fr: "L'école rejoint presque tous les jeunes et peut modifier ses pratiques, comme les suspensions.",
      },
    },
    {
      kind: "sectors",
      key: "health",
      label: { en: "Public health or health care", fr: "Santé publique ou soins de santé" },
      sectors: ["public_health", "health_care"],
      required: true,
      why: {
        en: "Health services treat violence as something that spreads and can be interrupted, at the bedside and in the street.",
        fr: "Les services de santé abordent la violence comme un phénomène qui se propage et qu'on peut interrompre, à l'hôpital comme dans la rue.",
      },
    },
    {
      kind: "sectors",
      key: "social_services",
      label: { en: "Social services", fr: "Services sociaux" },
      sectors: ["social_services"],
      required: true,
      why: {
        en: "Social services work with families before, during and after a crisis, including people coming home from custody.",
        fr: "Les services sociaux accompagnent les familles avant, pendant et après une crise, y compris les personnes qui sortent de détention.",
      },
    },
    {
      kind: "sectors",
      key: "justice",
      label: { en: "Courts, corrections or probation", fr: "Tribunaux, services correctionnels ou probation" },
      sectors: ["courts", "corrections_probation"],
      required: true,
      why: {
        en: "The justice system holds the end of the axis where people are sentenced, supervised and brought back into the community.",
        fr: "Le système de justice tient le bout de l'axe où les personnes sont jugées, suivies puis réintégrées dans la collectivité.",
      },
    },
    {
      kind: "sectors",
      key: "municipality",
      label: { en: "Municipal government", fr: "Administration municipale" },
      sectors: ["municipal_government"],
      required: true,
      why: {
        en: "Partnerships that last usually have a mayor or council convening them and holding agencies to their pledges.",
        fr: "Les partenariats qui durent ont souvent un maire ou un conseil qui les réunit et qui veille au respect des engagements.",
      },
    },
    {
      kind: "sectors",
      key: "faith",
      label: { en: "Faith communities", fr: "Communautés de foi" },
      sectors: ["faith"],
      required: true,
      why: {
        en: "Faith groups are trusted voices in many neighbourhoods and often welcome people back after prison.",
        fr: "Les groupes confessionnels sont des voix de confiance dans bien des quartiers et accueillent souvent les personnes au retour de prison.",
      },
    },
    {
      kind: "sectors",
      key: "business_security",
      label: { en: "Business or private security", fr: "Entreprises ou sécurité privée" },
      sectors: ["business", "private_security"],
      required: true,
      why: {
        en: "Businesses keep commercial areas orderly and fund local programs; private security guards much of what a city relies on.",
        fr: "Les entreprises maintiennent l'ordre dans les secteurs commerciaux et financent des projets\u202f; la sécurité privée protège une bonne part des infrastructures.",
      },
    },
    {
      kind: "sectors",
      key: "community",
      label: { en: "Residents and community groups", fr: "Résidents et groupes communautaires" },
      sectors: ["community_residents"],
      required: true,
      why: {
        en: "Residents decide much of a neighbourhood's quality of life; no local problem is solved without them.",
        fr: "Les résidents font une grande partie de la qualité de vie d'un quartier\u202f; aucun problème local ne se règle sans eux.",
      },
    },
    {
      kind: "most_affected",
      key: "most_affected",
      label: { en: "Those most affected", fr: "Les personnes les plus touchées" },
      required: true,
      why: {
        en: "The people the partnership serves, and those its issues hit hardest, should help shape the response rather than only receive it.",
        fr: "Les personnes que le partenariat dessert, et celles que ses enjeux touchent le plus, devraient façonner la réponse plutôt que seulement la recevoir.",
      },
    },
    {
      kind: "critic",
      key: "critic",
      label: { en: "An invited critic", fr: "Une voix critique invitée" },
      required: false,
      why: {
        en: "Bringing in someone expected to object puts their concerns on the table while plans can still change.",
        fr: "Inviter quelqu'un qui risque de s'opposer met ses objections sur la table pendant que les plans peuvent encore changer.",
      },
    },
  ],
};
