// Canada's thirteen provinces and territories, weighted roughly by population (with a floor, so that
// the territories hold more than a handful of partnerships), each with towns to name things after.

export type Region = {
  name: string;
  weight: number;
  /** Names of organizations and partnerships here are written in French. */
  french: boolean;
  towns: readonly string[];
};

export const NATIONAL_REGIONS: readonly Region[] = [
  {
    name: "Ontario",
    weight: 38.5,
    french: false,
    towns: ["Toronto", "Ottawa", "Hamilton", "London", "Sudbury", "Thunder Bay", "Kingston", "Windsor", "Barrie", "Kitchener"],
  },
  {
    name: "Quebec",
    weight: 22.5,
    french: true,
    towns: ["Montréal", "Québec", "Laval", "Gatineau", "Sherbrooke", "Trois-Rivières", "Saguenay", "Rimouski"],
  },
  {
    name: "British Columbia",
    weight: 13.5,
    french: false,
    towns: ["Vancouver", "Surrey", "Victoria", "Kelowna", "Prince George", "Nanaimo", "Kamloops"],
  },
  {
    name: "Alberta",
    weight: 11.6,
    french: false,
    towns: ["Calgary", "Edmonton", "Red Deer", "Lethbridge", "Medicine Hat", "Grande Prairie"],
  },
  { name: "Manitoba", weight: 3.6, french: false, towns: ["Winnipeg", "Brandon", "Thompson", "Steinbach"] },
  { name: "Saskatchewan", weight: 3.1, french: false, towns: ["Saskatoon", "Regina", "Prince Albert", "Moose Jaw"] },
  { name: "Nova Scotia", weight: 2.6, french: false, towns: ["Halifax", "Sydney", "Truro", "Yarmouth"] },
  { name: "New Brunswick", weight: 2.1, french: false, towns: ["Moncton", "Saint John", "Fredericton", "Bathurst", "Edmundston"] },
  {
    name: "Newfoundland and Labrador",
    weight: 1.4,
    french: false,
    towns: ["St. John's", "Corner Brook", "Gander", "Happy Valley-Goose Bay"],
  },
  { name: "Prince Edward Island", weight: 0.8, french: false, towns: ["Charlottetown", "Summerside"] },
  { name: "Northwest Territories", weight: 0.5, french: false, towns: ["Yellowknife", "Hay River", "Inuvik"] },
  { name: "Yukon", weight: 0.5, french: false, towns: ["Whitehorse", "Dawson City", "Watson Lake"] },
  { name: "Nunavut", weight: 0.5, french: false, towns: ["Iqaluit", "Rankin Inlet", "Cambridge Bay"] },
];
