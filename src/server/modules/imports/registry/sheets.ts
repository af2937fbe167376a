// Which part of the registry each table holds: a workbook's sheets are named after it, a CSV file
// says so by its name or its header, or the caller says so.
import { REGISTRY_ENTITIES, type RegistryEntity } from "../../../../contracts/imports.js";
import type { Sheet } from "../../../files/table.js";
import { text } from "../../../messages/render.js";
import { columnKey } from "../header.js";
import type { Problems } from "../problems.js";

export type EntitySheet = { entity: RegistryEntity; sheet: Sheet };

function entityNamed(name: string): RegistryEntity | undefined {
  const key = columnKey(name);
  return REGISTRY_ENTITIES.find((entity) => key === entity || key.endsWith(`_${entity}`));
}

/** The entity a header describes, by the columns only that entity has. */
function entityOfHeader(header: readonly string[]): RegistryEntity | undefined {
  const columns = new Set(header.map(columnKey));
  if (columns.has("lead_organization")) return "partnerships";
  if (columns.has("partnership")) return "memberships";
  if (columns.has("organization")) return "contacts";
  if (columns.has("sector") && columns.has("name")) return "organizations";
  return undefined;
}

/**
 * The tables of an import with the entity each holds, in the order they must be read (organizations
 * before the contacts, partnerships and memberships that name them). `requested` picks the entity of
 * a single table, or the sheet of that name in a workbook.
 */
export function entitySheets(sheets: readonly Sheet[], requested: RegistryEntity | undefined, problems: Problems): EntitySheet[] {
  const chosen = requested && sheets.length > 1 ? sheets.filter((sheet) => entityNamed(sheet.name) === requested) : sheets;
  if (requested && chosen.length === 0) problems.add(null, null, text("import.noSuchSheet", { name: requested }));
  const found = new Map<RegistryEntity, Sheet>();
  for (const sheet of chosen) {
    const entity = (chosen.length === 1 ? requested : undefined) ?? entityNamed(sheet.name) ?? entityOfHeader(sheet.table.header);
    if (!entity) {
      problems.add(null, null, text("import.unknownSheet", { name: sheet.name, entities: REGISTRY_ENTITIES.join(", ") }));
    } else if (found.has(entity)) {
      problems.add(null, null, text("import.sheetTwice", { first: found.get(entity)?.name ?? "", second: sheet.name, entity }));
    } else {
      found.set(entity, sheet);
    }
  }
  return REGISTRY_ENTITIES.flatMap((entity) => {
    const sheet = found.get(entity);
    return sheet ? [{ entity, sheet }] : [];
  });
}
