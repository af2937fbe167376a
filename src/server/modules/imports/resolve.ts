// Turning the names in a row into registry entries, within the caller's rights: found when they
// exist, added when they do not and the caller may add them, and otherwise a problem on the cell.
// Every name is first checked by the schema the API checks that name with, found or not, so that a
// cell the API would refuse (a control character, a direction override, a formula, 5 MB of text) is
// refused here too, on its line and column.
import { organizationCreateSchema } from "../../../contracts/organizations.js";
import { partnershipCreateSchema } from "../../../contracts/partnerships.js";
import { programCreateSchema, programNameSchema } from "../../../contracts/programs.js";
import { text } from "../../messages/render.js";
import { NewNames, type NameKind } from "./new-names.js";
import type { OrganizationEntry, PartnershipEntry, ProgramEntry, References } from "./references.js";
import type { ImportRights } from "./rights.js";
import { quoted } from "./problems.js";
import { refusal, type RowReader } from "./row-reader.js";

/** The sector an organization is created in when the file does not give one. */
export const FALLBACK_SECTOR = "other";

export class Resolver {
  /** The names this import adds, where it first met them. */
  readonly newNames: NewNames;

  constructor(
    readonly references: References,
    readonly rights: ImportRights,
    options: { noCreate?: boolean } = {},
  ) {
    this.newNames = new NewNames(options.noCreate === true);
  }

  /**
   * Whether a name that matches nothing may be added: not with the no-create option, where it is a
   * problem on its cell instead. Every name added is noted, to be compared with those registered.
   */
  mayCreate<K extends string>(reader: RowReader<K>, column: K, kind: NameKind, name: string, programId: string | null = null): boolean {
    if (this.newNames.noCreate) {
      reader.report(column, text("import.noCreate", { thing: text(`import.thing.${kind}`), got: quoted(name) }));
      return false;
    }
    this.newNames.add(reader.place(column), kind, name, programId);
    return true;
  }

  /** A program by code or name, added (named `nameForNew`, else `name`) when missing and the caller may. */
  program<K extends string>(reader: RowReader<K>, column: K, cell: string, nameForNew: string | null = null): ProgramEntry | undefined {
    const name = reader.checked(column, programNameSchema, cell);
    if (name === undefined) return undefined;
    const found = this.references.programsNamed(name);
    if (found.length > 1) {
      reader.report(column, text("import.programAmbiguous", { codes: found.map((program) => program.code).join(", ") }));
      return undefined;
    }
    const [existing] = found;
    if (!existing) {
      if (this.rights.canCreatePrograms) return this.newProgram(reader, column, name, nameForNew ?? name);
      reader.report(column, text("import.programUnknown", { got: quoted(name) }));
      return undefined;
    }
    if (existing.isNew) return existing;
    if (!this.rights.mayUseProgram(existing.id)) {
      reader.report(column, text("import.refused", { reason: this.rights.programRefusal ?? text("import.notValid"), got: quoted(name) }));
      return undefined;
    }
    this.references.used.programs.add(existing.id);
    return existing;
  }

  /**
   * A program the file names and the registry does not have, with the code drawn from how the file
   * names it (see programCodeFrom), both checked as creating the program through the API checks them.
   */
  private newProgram<K extends string>(reader: RowReader<K>, column: K, named: string, name: string): ProgramEntry | undefined {
    const fields = programCreateSchema.safeParse({ code: this.references.newProgramCode(named), name });
    if (!fields.success) {
      reader.report(column, refusal(fields.error, name));
      return undefined;
    }
    return this.mayCreate(reader, column, "program", name) ? this.references.addProgram(fields.data) : undefined;
  }

  /**
   * An organization by name, within a sector when one is given. Without a sector a name shared by
   * organizations of several sectors is ambiguous; a name nobody has is added (in the given sector,
   * else "other").
   */
  organization<K extends string>(
    reader: RowReader<K>,
    column: K,
    cell: string,
    sector: string | null,
    sectorColumn: K,
  ): OrganizationEntry | undefined {
    const name = reader.checked(column, organizationCreateSchema.shape.name, cell);
    if (name === undefined) return undefined;
    const candidates = this.references.organizationsNamed(name);
    const match = sector === null ? candidates : candidates.filter((candidate) => candidate.sector === sector);
    if (match.length > 1) {
      const sectors = match.map((candidate) => candidate.sector).join(", ");
      const advice = text(reader.has(sectorColumn) ? "import.fillSectorColumn" : "import.addSectorColumn", { column: sectorColumn });
      reader.report(column, text("import.organizationAmbiguous", { sectors, advice, got: quoted(name) }));
      return undefined;
    }
    const [existing] = match;
    if (existing) {
      if (!existing.isNew) this.references.used.organizations.add(existing.id);
      return existing;
    }
    if (!this.rights.canCreateOrganizations) {
      reader.report(column, text("import.organizationUnknown", { got: quoted(name) }));
      return undefined;
    }
    if (!this.mayCreate(reader, column, "organization", name)) return undefined;
    return this.references.addOrganization({ name, sector: sector ?? FALLBACK_SECTOR });
  }

  /**
   * A partnership by name within its program. One that does not exist is opened, led by `lead()`,
   * when the caller may open partnerships in that program.
   */
  partnership<K extends string>(
    reader: RowReader<K>,
    column: K,
    program: ProgramEntry,
    cell: string,
    lead: () => OrganizationEntry | undefined,
  ): PartnershipEntry | undefined {
    const name = reader.checked(column, partnershipCreateSchema.shape.name, cell);
    if (name === undefined) return undefined;
    // Only partnerships within reach are considered, so that no answer tells whether others exist.
    const found = this.references.partnershipsNamed(program.id, name);
    const reachable = found.filter((partnership) => partnership.isNew || this.rights.mayManage(partnership));
    if (reachable.length > 1) {
      reader.report(column, text("import.partnershipAmbiguous", { count: reachable.length, program: program.code, got: quoted(name) }));
      return undefined;
    }
    const [existing] = reachable;
    if (existing) {
      if (!existing.isNew) this.references.used.partnerships.add(existing.id);
      return existing;
    }
    if (found.length > 0 || (!program.isNew && !this.rights.mayOpenPartnershipIn(program.id))) {
      reader.report(
        column,
        text("import.refused", { reason: this.rights.partnershipRefusal ?? text("import.partnershipNotChangeable"), got: quoted(name) }),
      );
      return undefined;
    }
    const leadOrganization = lead();
    if (!leadOrganization || !this.mayCreate(reader, column, "partnership", name, program.isNew ? null : program.id)) return undefined;
    return this.references.addPartnership({ program_id: program.id, name, lead_organization_id: leadOrganization.id });
  }
}
