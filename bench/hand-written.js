// The reference for the report benchmark: each report computed by one SQL statement written by hand
// for this one case, counts and rounded shares included, with nothing around it but renaming
// columns. What the application adds on top (a query builder, scopes, assembling in TypeScript)
// shows as the ratio between the two.
import { sql } from "kysely";
import { PROJECT_INDICATOR_KEYS } from "../dist/domain/typology/indicators.js";

const TYPES = ["none", "consultation", "cooperation", "coordination", "collaboration"];

// PostgreSQL sums bigints into numeric, whose division is not integer division: window sums are
// cast back. Half-up rounding of a share to tenths of a percent, in integers: floor((2000·part + whole) / (2·whole)).
const tenths = (part, whole) => `case when ${whole} = 0 then 0 else (2000 * ${part} + ${whole}) / (2 * ${whole}) end`;

const TYPOLOGY_BY_PROGRAM = `
  with grouped as (
    select g.code as key,
      ${TYPES.map((type) => `sum(case when r.type = '${type}' then 1 else 0 end) as n_${type}`).join(",\n      ")}
    from involvement_records r
    join memberships m on m.id = r.membership_id
    join partnerships p on p.id = m.partnership_id
    join programs g on g.id = p.program_id
    where r.perspective = 'lead' and r.round = 'baseline' and m.organization_id <> p.lead_organization_id
    group by g.code
  ), totalled as (
    select grouped.*, ${TYPES.map((type) => `n_${type}`).join(" + ")} as total,
      ${TYPES.map((type) => `cast(sum(n_${type}) over () as bigint) as all_${type}`).join(",\n      ")},
      cast(sum(${TYPES.map((type) => `n_${type}`).join(" + ")}) over () as bigint) as all_total
    from grouped
  )
  select key, total, all_total,
    ${TYPES.map((type) => `n_${type}, all_${type}, ${tenths(`n_${type}`, "total")} as p_${type}, ${tenths(`all_${type}`, "all_total")} as pall_${type}`).join(",\n    ")}
  from totalled
  where total > 0
  order by key`;

function group(key, total, count, share) {
  return {
    key,
    total: Number(total),
    counts: Object.fromEntries(TYPES.map((type) => [type, Number(count(type))])),
    percent: Object.fromEntries(TYPES.map((type) => [type, Number(share(type)) / 10])),
  };
}

/** The typology report by program, lead perspective, baseline round. */
export async function typologyByHand(db) {
  const { rows } = await sql.raw(TYPOLOGY_BY_PROGRAM).execute(db);
  const first = rows[0];
  const zero = () => 0;
  return {
    perspective: "lead",
    round: "baseline",
    filters: { program: null, region: null },
    groups: rows.map((row) =>
      group(
        row.key,
        row.total,
        (type) => row[`n_${type}`],
        (type) => row[`p_${type}`],
      ),
    ),
    total: first
      ? group(
          "total",
          first.all_total,
          (type) => first[`all_${type}`],
          (type) => first[`pall_${type}`],
        )
      : group("total", 0, zero, zero),
  };
}

const share = (side, key) =>
  `case when ${side}.${key}_answered = 0 then null else ${tenths(`${side}.${key}_yes`, `${side}.${key}_answered`)} end`;

// One pass over the round's records grouped by perspective, then the lead's row beside the partner's;
// for one program, only the records of its partnerships' members; never what a lead recorded about itself.
const involvementQuery = (programId) => `
  with tallied as (
    select perspective, count(*) as records,
      ${PROJECT_INDICATOR_KEYS.map((key) => `sum(case when ${key} = 1 then 1 else 0 end) as ${key}_yes, count(${key}) as ${key}_answered`).join(",\n      ")}
    from involvement_records
    where round = 'baseline'
      and membership_id not in (select lm.id from memberships lm join partnerships lp on lp.id = lm.partnership_id and lp.lead_organization_id = lm.organization_id)${
        programId === null
          ? ""
          : ` and membership_id in (select m.id from memberships m join partnerships p on p.id = m.partnership_id where p.program_id = '${programId}')`
      }
    group by perspective
  )
  select lead.records as lead_records, partner.records as partner_records,
    ${PROJECT_INDICATOR_KEYS.map(keyColumns).join(",\n    ")}
  from tallied lead cross join tallied partner
  where lead.perspective = 'lead' and partner.perspective = 'partner'`;

function keyColumns(key) {
  return [
    `lead.${key}_yes as lead_${key}_yes`,
    `lead.${key}_answered as lead_${key}_answered`,
    `partner.${key}_yes as partner_${key}_yes`,
    `partner.${key}_answered as partner_${key}_answered`,
    `${share("lead", key)} as lead_${key}_tenths`,
    `${share("partner", key)} as partner_${key}_tenths`,
    `(${share("lead", key)}) - (${share("partner", key)}) as ${key}_gap`,
  ].join(", ");
}

const tenthsOrNull = (value) => (value === null ? null : Number(value) / 10);

/** Table 1 for the baseline round, lead and partner side by side; over one program's partnerships when one is given ({id, code, name}). */
export async function involvementByHand(db, rule, program = null) {
  const { rows } = await sql.raw(involvementQuery(program?.id ?? null)).execute(db);
  const row = rows[0];
  return {
    round: "baseline",
    filters: { program, region: null },
    rule,
    records: { lead: Number(row.lead_records ?? 0), partner: Number(row.partner_records ?? 0) },
    indicators: PROJECT_INDICATOR_KEYS.map((key) => ({
      indicator: key,
      lead: {
        yes: Number(row[`lead_${key}_yes`] ?? 0),
        answered: Number(row[`lead_${key}_answered`] ?? 0),
        percent: tenthsOrNull(row[`lead_${key}_tenths`]),
      },
      partner: {
        yes: Number(row[`partner_${key}_yes`] ?? 0),
        answered: Number(row[`partner_${key}_answered`] ?? 0),
        percent: tenthsOrNull(row[`partner_${key}_tenths`]),
      },
      gap: tenthsOrNull(row[`${key}_gap`]),
    })),
  };
}
