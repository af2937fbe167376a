// National bodies and organizations in Quebec and the Atlantic provinces. Every organization and
// person here is invented; addresses use example.ca / example.org and 555-01xx telephone numbers.
import { person, type DemoOrganization } from "./types.js";

export const NATIONAL_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: "nat-secretariat", name: "Federal Crime Prevention Secretariat", sector: "federal_government", level: "national",
    hasMandate: true, domain: "secretariat.example.ca", area: "613",
    contacts: [person("Helen Kowalczyk", "Regional Liaison Coordinator, Ontario", "en", 2), person("Jean-François Beaudry", "Agent de liaison régional, Québec", "fr", 4)],
  },
  {
    key: "nat-youth-council", name: "Canadian Council for Youth Opportunity", sector: "youth_organizations", level: "national",
    hasMandate: false, domain: "ccyo.example.org", area: "613",
    contacts: [person("Tariq Haddad", "Director of Programs", "en", 6)],
  },
  {
    key: "nat-shelter-network", name: "Pan-Canadian Shelter Network", sector: "social_services", level: "national",
    hasMandate: false, domain: "shelternetwork.example.org", area: "613",
    contacts: [person("Lise Gagnon-Whitehead", "Policy Lead", "en", 11), person("Amélie Fortin", "Coordonnatrice des réseaux francophones", "fr", 3)],
  },
  {
    key: "nat-safety-institute", name: "Institute for Safer Communities Research", sector: "research", level: "national",
    hasMandate: true, domain: "iscr.example.org", area: "613",
    contacts: [person("Kwame Mensah", "Senior Research Associate", "en", 1)],
  },
  {
    key: "nat-retail-council", name: "Retail Loss Prevention Council of Canada", sector: "business", level: "national",
    hasMandate: true, domain: "retailloss.example.ca", area: "416",
    contacts: [person("Brent Sawchuk", "Vice-President, Member Services", "en", 8)],
  },
  {
    key: "nat-security-assoc", name: "Canadian Association of Security Professionals", sector: "private_security", level: "national",
    hasMandate: true, domain: "casp-acps.example.ca", area: "613",
    contacts: [person("Isabelle Marchand", "Directrice générale", "fr", 14)],
  },
  {
    key: "intl-urban-safety", name: "International Centre for Urban Safety Exchange", sector: "research", level: "international",
    hasMandate: true, domain: "icuse.example.org", area: "514",
    notes: "Shares practice between Canadian cities and partners abroad; often joins as an advisor rather than a funder.",
    contacts: [person("Camille Roy-Dufresne", "Chargée de projets internationaux", "fr", 5), person("Samuel Osei", "Knowledge Exchange Officer", "en", null)],
  },
  {
    key: "nat-interfaith", name: "Interfaith Council on Community Wellbeing", sector: "faith", level: "national",
    hasMandate: false, domain: "interfaith.example.org", area: "613",
    contacts: [person("Margaret Donnelly", "Chair", "en", 19)],
  },
];

export const QUEBEC_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: "qc-tr-police", name: "Service de police de Trois-Rivières — Section prévention", sector: "police", level: "municipal",
    hasMandate: true, domain: "police-tr.example.ca", area: "819",
    contacts: [person("Nathalie Bergeron", "Sergente, police communautaire", "fr", 3), person("Marc-Antoine Pelletier", "Agent de prévention jeunesse", "fr", 9)],
  },
  {
    key: "qc-table-cap", name: "Table de concertation jeunesse du Cap-de-la-Madeleine", sector: "other", level: "local_neighbourhood",
    hasMandate: false, domain: "tcj-cap.example.org", area: "819",
    notes: "A round table of some twenty community groups; it hosts the coalition's meetings.",
    contacts: [person("Geneviève Lord", "Coordonnatrice", "fr", 1)],
  },
  {
    key: "qc-mdj-escale", name: "Maison des jeunes L'Escale", sector: "youth_organizations", level: "local_neighbourhood",
    hasMandate: false, domain: "mdj-escale.example.org", area: "819",
    contacts: [person("Kevin Thibodeau", "Intervenant jeunesse", "fr", 2), person("Rosalie Dion-Caron", "Directrice", "fr", 7)],
  },
  {
    key: "qc-css", name: "Centre de services scolaire des Trois-Rives", sector: "schools", level: "regional",
    hasMandate: false, domain: "css-troisrives.example.ca", area: "819",
    contacts: [person("Josée Lemieux", "Conseillère pédagogique, vie scolaire", "fr", 5)],
  },
  {
    key: "qc-commercants", name: "Regroupement des commerçants du centre-ville de Trois-Rivières", sector: "business", level: "local_neighbourhood",
    hasMandate: false, domain: "commercants-tr.example.org", area: "819",
    contacts: [person("Patrick Désilets", "Président", "fr", 15)],
  },
  {
    key: "qc-paroisse", name: "Paroisse Sainte-Marguerite — Comptoir d'entraide", sector: "faith", level: "local_neighbourhood",
    hasMandate: false, domain: "ste-marguerite.example.org", area: "819",
    contacts: [person("Louise Champagne", "Responsable du comptoir", "fr", null)],
  },
  {
    key: "qc-sante-publique", name: "Direction de santé publique de la Mauricie", sector: "public_health", level: "regional",
    hasMandate: false, domain: "dsp-mauricie.example.ca", area: "819",
    contacts: [person("Hélène Turcotte", "Médecin-conseil", "fr", 6)],
  },
  {
    key: "qc-msp", name: "Ministère de la Sécurité publique — Direction de la prévention", sector: "provincial_state_government",
    level: "provincial_territorial_state", hasMandate: true, domain: "msp-prevention.example.ca", area: "418",
    contacts: [person("François Bélanger", "Conseiller en prévention de la criminalité", "fr", 4)],
  },
  {
    key: "qc-phare", name: "Maison d'hébergement Le Phare des Femmes", sector: "social_services", level: "local_neighbourhood",
    hasMandate: false, domain: "pharedesfemmes.example.org", area: "514",
    contacts: [person("Fatima Zahra Bennani", "Directrice générale", "fr", 8), person("Mélanie Ouellet", "Intervenante", "fr", 2)],
  },
  {
    key: "qc-observatoire", name: "Observatoire québécois de la sécurité urbaine", sector: "research", level: "provincial_territorial_state",
    hasMandate: true, domain: "oqsu.example.org", area: "514",
    contacts: [person("Antoine Lachance", "Chercheur", "fr", 3), person("Yasmina Cherif", "Agente de recherche", "fr", 16)],
  },
  {
    key: "qc-securite-boreal", name: "Groupe Sécurité Boréal inc.", sector: "private_security", level: null,
    hasMandate: true, domain: "securiteboreal.example.ca", area: "418",
    contacts: [person("Stéphane Côté", "Directeur des opérations", "fr", 20)],
  },
  {
    key: "qc-probation", name: "Services correctionnels — Bureau de probation de Montréal", sector: "corrections_probation",
    level: "provincial_territorial_state", hasMandate: true, domain: "probation-mtl.example.ca", area: "514",
    contacts: [person("Karine Bouchard", "Agente de probation", "fr", 7)],
  },
  {
    key: "qc-lac-epinettes", name: "Conseil de bande de Lac-des-Épinettes", sector: "indigenous_organizations", level: "band_council",
    hasMandate: false, domain: "lacdesepinettes.example.ca", area: "819",
    contacts: [person("Marie-Claude Petiquay", "Directrice des services sociaux", "fr", 9), person("Daniel Awashish", "Agent de liaison jeunesse", "fr", 12)],
  },
  {
    key: "qc-clinique-relais", name: "Clinique de santé jeunesse Le Relais", sector: "health_care", level: "local_neighbourhood",
    hasMandate: false, domain: "clinique-relais.example.org", area: "514",
    contacts: [person("Éric Savard", "Médecin responsable", "fr", 13)],
  },
];

export const ATLANTIC_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: "at-north-end-council", name: "North End Halifax Residents' Council", sector: "community_residents", level: "local_neighbourhood",
    hasMandate: false, domain: "northendcouncil.example.org", area: "902",
    contacts: [person("Shauna MacDonald", "Chair", "en", 22), person("Desmond Clayton", "Outreach Organizer", "en", 26)],
  },
  {
    key: "at-halifax-police", name: "Halifax Regional Police — Community Response Unit", sector: "police", level: "municipal",
    hasMandate: true, domain: "hrp-community.example.ca", area: "902",
    contacts: [person("Ryan Fougère", "Constable, Community Response Officer", "en", 18)],
  },
  {
    key: "at-mikmaw-family", name: "Mi'kmaw Family Support Centre", sector: "indigenous_organizations", level: "regional",
    hasMandate: false, domain: "mikmawfamily.example.org", area: "902",
    contacts: [person("Lorraine Paul", "Executive Director", "en", 12), person("Jordan Sack", "Youth Worker", "en", 4)],
  },
  {
    key: "at-harbourview-rsd", name: "Harbourview Regional School District", sector: "schools", level: "regional",
    hasMandate: false, domain: "harbourview-rsd.example.ca", area: "902",
    contacts: [person("Colleen Fraser", "Safe Schools Coordinator", "en", 20)],
  },
  {
    key: "at-halifax-municipal", name: "Halifax Regional Municipality — Community Safety Office", sector: "municipal_government",
    level: "municipal", hasMandate: true, domain: "hrm-safety.example.ca", area: "902",
    contacts: [person("Amir Farouk", "Community Safety Advisor", "en", 25)],
  },
  {
    key: "at-outreach-ministry", name: "Gottingen Street Outreach Ministry", sector: "faith", level: "local_neighbourhood",
    hasMandate: false, domain: "gottingen-outreach.example.org", area: "902",
    contacts: [person("Lionel Downey", "Pastor", "en", 30)],
  },
  {
    key: "at-harbour-city-chc", name: "Harbour City Community Health Centre", sector: "health_care", level: "local_neighbourhood",
    hasMandate: false, domain: "harbourcity-chc.example.ca", area: "902",
    contacts: [person("Gwen Hiltz", "Nurse Practitioner", "en", 27)],
  },
  {
    key: "at-restorative", name: "Restorative Justice Society of Halifax", sector: "corrections_probation", level: "regional",
    hasMandate: true, domain: "rjs-halifax.example.org", area: "902",
    contacts: [person("Brenda Oickle", "Caseworker", "en", 23)],
  },
  {
    key: "at-sj-uptown", name: "Saint John Uptown Merchants' Association", sector: "business", level: "local_neighbourhood",
    hasMandate: false, domain: "uptownsj-merchants.example.org", area: "506",
    contacts: [person("Trevor Doucet", "Executive Director", "en", 3)],
  },
  {
    key: "at-sj-police", name: "Saint John Police Force — Crime Prevention Section", sector: "police", level: "municipal",
    hasMandate: true, domain: "sjpf-prevention.example.ca", area: "506",
    contacts: [person("Michelle LeBlanc", "Sergeant, Crime Prevention Coordinator", "en", 2), person("Yves Cormier", "Agent de police communautaire", "fr", 9)],
  },
  {
    key: "at-fundy-security", name: "Fundy Guard Security Ltd.", sector: "private_security", level: null,
    hasMandate: true, domain: "fundyguard.example.ca", area: "506",
    contacts: [person("Dale Kierstead", "Operations Manager", "en", 5)],
  },
  {
    key: "at-acadian-network", name: "Réseau acadien de prévention jeunesse", sector: "youth_organizations", level: "provincial_territorial_state",
    hasMandate: false, domain: "rapj.example.org", area: "506",
    contacts: [person("Chantal Robichaud", "Directrice", "fr", 4)],
  },
  {
    key: "at-nb-justice", name: "New Brunswick Justice and Public Safety — Crime Prevention Unit", sector: "provincial_state_government",
    level: "provincial_territorial_state", hasMandate: true, domain: "nb-prevention.example.ca", area: "506",
    contacts: [person("Heather McLaughlin", "Program Consultant", "en", 6)],
  },
  {
    key: "at-sj-social", name: "Saint John Community Food and Shelter Society", sector: "social_services", level: "local_neighbourhood",
    hasMandate: false, domain: "sj-foodshelter.example.org", area: "506",
    contacts: [person("Natasha Comeau", "Program Manager", "en", 1)],
  },
];
