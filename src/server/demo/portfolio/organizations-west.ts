// Organizations in Ontario, the Prairies and the Northwest Territories, British Columbia and Yukon.
// Every organization and person here is invented.
import { person, type DemoOrganization } from "./types.js";

export const ONTARIO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: "on-hamilton-nao", name: "City of Hamilton — Neighbourhood Action Office", sector: "municipal_government", level: "municipal",
    hasMandate: true, domain: "hamilton-nao.example.ca", area: "905",
    contacts: [person("Devon Whitfield", "Manager, Neighbourhood Action", "en", 1), person("Ana Sofia Medeiros", "Community Developer", "en", 3)],
  },
  {
    key: "on-hamilton-police", name: "Hamilton Police Service — Community Mobilization Division", sector: "police", level: "municipal",
    hasMandate: true, domain: "hps-mobilization.example.ca", area: "905",
    contacts: [person("Daniel Okonkwo", "Staff Sergeant, Division Lead", "en", 2)],
  },
  {
    key: "on-escarpment-dsb", name: "Escarpment District School Board", sector: "schools", level: "regional",
    hasMandate: false, domain: "escarpment-dsb.example.ca", area: "905",
    contacts: [person("Priya Raman", "Safe and Accepting Schools Lead", "en", 1), person("Mark Van Dyk", "Principal, Eastmount Secondary", "en", 8)],
  },
  {
    key: "on-eastside-frc", name: "Eastside Family Resource Centre", sector: "social_services", level: "local_neighbourhood",
    hasMandate: false, domain: "eastside-frc.example.org", area: "905",
    contacts: [person("Rochelle Grant", "Executive Director", "en", 5)],
  },
  {
    key: "on-crestview-tenants", name: "Crestview Tenants' Association", sector: "community_residents", level: "local_neighbourhood",
    hasMandate: false, domain: "crestview-tenants.example.org", area: "905",
    contacts: [person("Abdi Warsame", "President", "en", null)],
  },
  {
    key: "on-westdale-interfaith", name: "Westdale Interfaith Outreach", sector: "faith", level: "local_neighbourhood",
    hasMandate: false, domain: "westdale-interfaith.example.org", area: "905",
    contacts: [person("Miriam Klein", "Co-chair", "en", 14), person("Yusuf Rahimi", "Co-chair", "en", 14)],
  },
  {
    key: "on-st-brendans", name: "St. Brendan's Community Hospital — Violence Intervention Program", sector: "health_care", level: "regional",
    hasMandate: false, domain: "stbrendans.example.ca", area: "905",
    contacts: [person("Laura Chen", "Program Director", "en", 7)],
  },
  {
    key: "on-probation", name: "Ontario Probation and Parole — Hamilton Area Office", sector: "corrections_probation",
    level: "provincial_territorial_state", hasMandate: true, domain: "probation-hamilton.example.ca", area: "905",
    contacts: [person("Gordon Pike", "Area Manager", "en", 10)],
  },
  {
    key: "on-youth-court", name: "Ontario Court of Justice — Youth Court Liaison, Hamilton", sector: "courts",
    level: "provincial_territorial_state", hasMandate: true, domain: "youthcourt-liaison.example.ca", area: "905",
    contacts: [person("Angela Ruiz", "Court Liaison Officer", "en", 11)],
  },
  {
    key: "on-weston-youth", name: "Weston–Mount Dennis Youth Hub", sector: "youth_organizations", level: "local_neighbourhood",
    hasMandate: false, domain: "wmd-youthhub.example.org", area: "416",
    contacts: [person("Jamal Henry", "Program Coordinator", "en", 4)],
  },
  {
    key: "on-cswb", name: "Ontario Community Safety and Well-Being Secretariat", sector: "provincial_state_government",
    level: "provincial_territorial_state", hasMandate: true, domain: "ontario-cswb.example.ca", area: "416",
    contacts: [person("Maureen O'Neill", "Senior Policy Advisor", "en", 9)],
  },
  {
    key: "on-nwo-public-health", name: "Northwestern Ontario Public Health Unit", sector: "public_health", level: "regional",
    hasMandate: false, domain: "nwo-health.example.ca", area: "807",
    contacts: [person("Sylvie Lacroix", "Médecin hygiéniste", "fr", 6)],
  },
  {
    key: "on-superior-north-dsb", name: "Superior North District School Board", sector: "schools", level: "regional",
    hasMandate: false, domain: "superiornorth-dsb.example.ca", area: "807",
    contacts: [person("Kevin Bruyère", "Indigenous Education Lead", "en", 3)],
  },
  {
    key: "on-healing-lodge", name: "Anishinaabe Family Healing Lodge", sector: "indigenous_organizations", level: "local_neighbourhood",
    hasMandate: true, domain: "healinglodge.example.org", area: "807",
    contacts: [person("Cheryl Kakegamic", "Executive Director", "en", 2), person("Brandon Meekis", "Youth Program Lead", "en", 5)],
  },
  {
    key: "on-long-portage", name: "Council of Long Portage First Nation", sector: "indigenous_organizations", level: "band_council",
    hasMandate: false, domain: "longportage.example.ca", area: "807",
    contacts: [person("Rebecca Quequish", "Band Manager", "en", 8)],
  },
];

export const PRAIRIES_NWT_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: "pr-northern-lights", name: "Northern Lights Women's Shelter Society", sector: "social_services", level: "local_neighbourhood",
    hasMandate: false, domain: "northernlights-shelter.example.org", area: "867",
    contacts: [person("Tanya Beaulieu", "Executive Director", "en", 3), person("Elise Lafferty", "Outreach Worker", "en", 6)],
  },
  {
    key: "pr-yk-city", name: "City of Yellowknife — Community Services", sector: "municipal_government", level: "municipal",
    hasMandate: false, domain: "yk-community.example.ca", area: "867",
    contacts: [person("Graham Stewart", "Director", "en", 12)],
  },
  {
    key: "pr-nwt-police", name: "Territorial Police Service — Yellowknife Detachment", sector: "police", level: "provincial_territorial_state",
    hasMandate: true, domain: "nwt-police.example.ca", area: "867",
    contacts: [person("Simone Arsenault", "Corporal, Family Violence Coordinator", "en", 4)],
  },
  {
    key: "pr-snowbird-lake", name: "Council of Snowbird Lake Dene Band", sector: "indigenous_organizations", level: "band_council",
    hasMandate: false, domain: "snowbirdlake.example.ca", area: "867",
    contacts: [person("Alice Zoe", "Wellness Coordinator", "en", 10)],
  },
  {
    key: "pr-great-slave-health", name: "Great Slave Community Health Centre", sector: "health_care", level: "regional",
    hasMandate: false, domain: "greatslave-health.example.ca", area: "867",
    contacts: [person("Aaron Tsang", "Family Physician", "en", 15)],
  },
  {
    key: "pr-mb-justice", name: "Manitoba Justice — Community Safety Branch", sector: "provincial_state_government",
    level: "provincial_territorial_state", hasMandate: true, domain: "mb-communitysafety.example.ca", area: "204",
    contacts: [person("Carol Nykyforuk", "Program Manager", "en", 20)],
  },
  {
    key: "pr-seniors", name: "Seniors' Resource Network of Winnipeg", sector: "social_services", level: "municipal",
    hasMandate: false, domain: "seniors-wpg.example.org", area: "204",
    contacts: [person("Doreen Friesen", "Coordinator", "en", 22), person("Gilles Fontaine", "Bénévole responsable", "fr", 24)],
  },
  {
    key: "pr-northpoint-faith", name: "North Point Faith Collaborative", sector: "faith", level: "local_neighbourhood",
    hasMandate: false, domain: "northpoint-faith.example.org", area: "204",
    contacts: [person("Esther Wiebe", "Pastor", "en", 19)],
  },
  {
    key: "pr-credit-union", name: "Assiniboine Valley Credit Union", sector: "business", level: "regional",
    hasMandate: false, domain: "avcu.example.ca", area: "204",
    contacts: [person("Janine Kowalski", "Branch Manager", "en", 21)],
  },
  {
    key: "pr-eagle-spirit", name: "Eagle Spirit Youth Lodge", sector: "indigenous_organizations", level: "local_neighbourhood",
    hasMandate: true, domain: "eaglespirit.example.org", area: "204",
    contacts: [person("Darren Spence", "Executive Director", "en", 1), person("Kayla Harper", "Mentorship Coordinator", "en", 2)],
  },
  {
    key: "pr-wpg-police", name: "Winnipeg Police Service — Community Support Unit", sector: "police", level: "municipal",
    hasMandate: true, domain: "wps-community.example.ca", area: "204",
    contacts: [person("Harpreet Sandhu", "Sergeant, Unit Supervisor", "en", 4)],
  },
  {
    key: "pr-riverbend-sd", name: "Riverbend School Division", sector: "schools", level: "regional",
    hasMandate: false, domain: "riverbend-sd.example.ca", area: "204",
    contacts: [person("Marcel Gosselin", "Directeur des services aux élèves", "fr", 7)],
  },
  {
    key: "pr-youth-corrections", name: "Manitoba Youth Community Corrections — Winnipeg North", sector: "corrections_probation",
    level: "provincial_territorial_state", hasMandate: true, domain: "mb-youthcorrections.example.ca", area: "204",
    contacts: [person("Lorne Chartrand", "Youth Probation Officer", "en", 3)],
  },
];

export const BC_YUKON_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: "bc-whitehorse-coalition", name: "Whitehorse Community Safety Coalition", sector: "community_residents", level: "municipal",
    hasMandate: true, domain: "whitehorse-safety.example.org", area: "867",
    contacts: [person("Erin Johns", "Coordinator", "en", 1)],
  },
  {
    key: "bc-yukon-justice", name: "Yukon Justice — Community Safety Office", sector: "provincial_state_government",
    level: "provincial_territorial_state", hasMandate: true, domain: "yukon-safety.example.ca", area: "867",
    contacts: [person("Paul Chabot", "Policy Analyst", "en", 2)],
  },
  {
    key: "bc-two-rivers", name: "Council of Two Rivers First Nation", sector: "indigenous_organizations", level: "band_council",
    hasMandate: false, domain: "tworivers-fn.example.ca", area: "867",
    contacts: [person("Roberta Smarch", "Justice Coordinator", "en", 5)],
  },
  {
    key: "bc-yukon-youth", name: "Yukon Youth Collective", sector: "youth_organizations", level: "provincial_territorial_state",
    hasMandate: false, domain: "yukonyouth.example.org", area: "867",
    contacts: [person("Maya Lindqvist", "Program Lead", "en", null)],
  },
  {
    key: "bc-nanaimo-merchants", name: "Harbourfront Merchants' Association of Nanaimo", sector: "business", level: "local_neighbourhood",
    hasMandate: false, domain: "harbourfront-nanaimo.example.org", area: "250",
    contacts: [person("Colin Dewar", "Executive Director", "en", 9)],
  },
  {
    key: "bc-cascadia-security", name: "Cascadia Security Services", sector: "private_security", level: null,
    hasMandate: true, domain: "cascadia-security.example.ca", area: "250",
    contacts: [person("Ravi Gill", "Regional Manager", "en", 11)],
  },
  {
    key: "bc-nanaimo-police", name: "Nanaimo Community Policing Office", sector: "police", level: "municipal",
    hasMandate: true, domain: "nanaimo-cpo.example.ca", area: "250",
    contacts: [person("Jessica Tom", "Constable, Community Policing Coordinator", "en", 6)],
  },
  {
    key: "bc-island-outreach", name: "Island Coast Street Outreach Society", sector: "social_services", level: "local_neighbourhood",
    hasMandate: false, domain: "icso.example.org", area: "250",
    contacts: [person("Lena Thorsen", "Outreach Manager", "en", 13)],
  },
  {
    key: "bc-newton-youth", name: "Newton Youth and Family Society", sector: "youth_organizations", level: "local_neighbourhood",
    hasMandate: true, domain: "newton-yfs.example.org", area: "604",
    contacts: [person("Manpreet Dhaliwal", "Executive Director", "en", 1), person("Jasleen Kaur Brar", "Reintegration Worker", "en", 2)],
  },
  {
    key: "bc-fraser-police", name: "Fraser Valley Regional Police — Youth Unit", sector: "police", level: "regional",
    hasMandate: true, domain: "fvrp-youth.example.ca", area: "604",
    contacts: [person("Michael Harrison", "Inspector, Officer in Charge", "en", 5)],
  },
  {
    key: "bc-fraser-sd", name: "Fraser Bend School District", sector: "schools", level: "regional",
    hasMandate: false, domain: "fraserbend-sd.example.ca", area: "604",
    contacts: [person("Lisa Wong", "District Principal, Safe Schools", "en", 4)],
  },
  {
    key: "bc-pacific-institute", name: "Pacific Institute for Violence Prevention Research", sector: "research",
    level: "provincial_territorial_state", hasMandate: true, domain: "pivpr.example.org", area: "604",
    contacts: [person("Anjali Mehta", "Principal Investigator", "en", 3)],
  },
  {
    key: "bc-corrections", name: "Community Corrections — Surrey Office", sector: "corrections_probation",
    level: "provincial_territorial_state", hasMandate: true, domain: "corrections-surrey.example.ca", area: "604",
    contacts: [person("Steve Parmar", "Probation Officer", "en", 8)],
  },
  {
    key: "bc-cedar-path", name: "Cedar Path Friendship Centre", sector: "indigenous_organizations", level: "local_neighbourhood",
    hasMandate: false, domain: "cedarpath.example.org", area: "604",
    contacts: [person("Theresa George", "Family Support Worker", "en", 6)],
  },
];
