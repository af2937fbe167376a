// The server's messages in English: refusals in error bodies, import problems, and what the command
// line prints about imports. Placeholders are written {name}; a message with a {count} may give a form
// per plural category (see render.ts).
import { mailEn } from "./mail-en.js";
import type { Message } from "./types.js";
import { validationEn } from "./validation.js";
import { vocabularyEn } from "./vocabulary.js";
import { accountsCliEn } from "./accounts-cli.js";

export const en = {
  ...accountsCliEn,
  // Things a message names, e.g. "Program not found".
  "thing.program": "Program",
  "thing.membership": "Membership",
  "thing.involvementRecord": "Involvement record",
  "thing.user": "User",
  "thing.token": "Token",
  "thing.rubric": "Rubric",
  "thing.partnership": "Partnership",
  "thing.organization": "Organization",
  "thing.contact": "Contact",

  // Any request.
  "error.notFound": "{what} not found",
  "error.userNotFound": "User {email} not found",
  "error.noRoute": "No route for {method} {path}",
  "error.forbidden": "You are not allowed to do this",
  "error.fieldProblem": "{field} {problem}",
  "error.invalidInput": "Invalid input: {summary}",
  "error.conflictRace": "This record already exists; it may have just been created by someone else. Reload and try again.",
  "error.inUseRace": "This change conflicts with records that refer to it or that it refers to; reload and try again.",
  "error.rateLimited": "Too many attempts. Wait a few minutes and try again.",
  "error.bodyTooLarge": "The request body is too large",
  "error.notJsonBody": "Send the request body as application/json",
  "error.invalidJson": "The request body is not valid JSON",
  "error.malformed": "The request is malformed",
  "error.internal": "Something went wrong on the server. The error has been logged.",

  // Signing in and roles.
  "auth.tokenInvalid": "The API token is missing, malformed or revoked",
  "auth.csrfMissing": "The request is missing its CSRF token; reload the page and try again",
  "auth.signIn": "Sign in to continue",
  "auth.roleForbidden": "Your role does not allow this",
  "auth.invalidCredentials": "The email or password is incorrect",
  "auth.tooManySignIns": {
    one: "Too many sign-in attempts. Try again in {count} minute.",
    other: "Too many sign-in attempts. Try again in {count} minutes.",
  },

  // Field problems shared by several resources.
  "field.noSuchOrganization": "does not match any organization",
  "field.noSuchProgram": "does not match any program",
  "field.noSuchRubric": "does not match any rubric",
  "field.unknownProgram": "contains an unknown program",
  "field.unknownPartnership": "contains an unknown partnership",
  "field.endBeforeStart": "must not be before the start date",
  "field.leftBeforeJoined": "must not be before the date joined",
  "field.programNotAssigned": "is not one of the programs assigned to you",

  // Users.
  "user.partnerNeedsOrganization": "is required for a partner: it is the organization they represent",
  "user.emailTaken": "A user with the email {email} already exists",
  "user.emailRegistered": "is already registered",
  "account.wrongPassword": "is not your current password",
  "user.lastAdmin": "cannot be changed: this is the last active administrator; make another account an administrator first",

  // One-time links (password reset, invitation) and the outbox.
  "auth.linkInvalid": "This link has expired or has already been used. Ask for a new one.",
  "auth.tooManyResets": {
    one: "Too many password reset requests. Try again in {count} minute.",
    other: "Too many password reset requests. Try again in {count} minutes.",
  },
  "thing.mailMessage": "Message",
  "user.notInvitable": "This person has already chosen a password or is disabled: there is nothing to invite them to",
  "mail.notRetryable": "This message cannot be sent again: only failed or kept messages can, and only once an SMTP server is configured",

  // What Convene mails (mail-en.ts).
  ...mailEn,

  // Programs and rubrics.
  "program.codeTaken": 'The program code "{code}" is already used',
  "program.codeUsed": "is already used by another program",
  "rubric.authorForbidden": "Only administrators and evaluators can add rubrics",
  "rubric.builtIn": '"{id}" is a built-in rubric, which cannot be changed; save yours under another id',
  "rubric.builtInId": "belongs to a built-in rubric",
  "rubric.nextVersion": 'The next version of "{id}" is {next}; reload it before saving',
  "rubric.nextVersionField": "must be {next}, the next version of this rubric",
  "rubric.chooseForbidden": "Only administrators and the program's evaluators can choose its rubric",
  "rubric.foreignIndicators": "reads indicators that involvement records do not hold ({indicators})",
  "rubric.unreadIndicator": 'is not an indicator of the rubric "{id}"',
  "composition.changeForbidden": "Only administrators and the program's officers can change its composition",

  // Organizations and contacts.
  "organization.nameTaken": 'An organization named "{name}" already exists in this sector',
  "organization.nameUsed": "is already used by another organization in this sector",
  "organization.registerForbidden": "Your role cannot register organizations",
  "organization.changeForbidden": "You cannot change this organization",
  "organization.deleteForbidden": "You cannot delete this organization",
  "organization.stillMember": {
    one: '"{name}" is still a member of {count} partnership and leads {led}; remove it from them first',
    other: '"{name}" is still a member of {count} partnerships and leads {led}; remove it from them first',
  },
  "organization.hasUsers": {
    one: '"{name}" still has {count} user account attached; reassign it first',
    other: '"{name}" still has {count} user accounts attached; reassign them first',
  },
  "contact.changeForbidden": "You cannot change the contacts of this organization",
  "contact.hidden": "The contact details of this organization are visible only to those who work with it",

  // Partnerships, members and involvement.
  "partnership.programNotAssigned": "You can only place partnerships in the programs assigned to you",
  "partnership.createForbidden": "Your role cannot create partnerships",
  "partnership.changeForbidden": "You cannot change this partnership",
  "partnership.deleteForbidden": "You cannot delete this partnership",
  "partnership.hasMembers": {
    one: '"{name}" still has {count} member organization besides its lead; remove it first',
    other: '"{name}" still has {count} member organizations besides its lead; remove them first',
  },
  "membership.changeForbidden": "You cannot change the members of this partnership",
  "membership.representativeNotContact": "must be a contact of the member organization",
  "membership.alreadyMember": '"{name}" is already a member of this partnership',
  "membership.alreadyMemberField": "is already a member of this partnership",
  "membership.leadRemoval": '"{name}" leads this partnership; make another organization the lead before removing it',
  "involvement.leadViewForbidden": "Only those who manage this partnership can record the lead's view of a member",
  "involvement.partnerViewForbidden":
    "Only those who manage this partnership and the member organization itself can record the partner's view",
  "involvement.ownOrganizationOnly": "You can read the involvement records of your own organization only",
  "involvement.reclassifyForbidden": "Only those who manage this partnership can classify its involvement records again",

  // Exports and uploads.
  "export.forbidden": "Only administrators and program officers can export the registry",
  "export.entityRequired": "is required for CSV, one file per entity: {entities}",

  // The audit trail and its CSV export.
  "audit.forbidden": "Only administrators, program officers and coordinators can read the audit trail",
  "audit.column.at": "When (UTC)",
  "audit.column.user": "Who",
  "audit.column.action": "Action",
  "audit.column.entity": "Record",
  "audit.column.entityId": "Record id",
  "audit.column.partnership": "Partnership",
  "audit.column.organization": "Organization",
  "audit.column.field": "Field",
  "audit.column.before": "Before",
  "audit.column.after": "After",
  "audit.commandLine": "Command line",
  "audit.withheld": "(withheld)",
  "audit.notRecorded": "(not recorded)",
  "audit.action.create": "Created",
  "audit.action.update": "Changed",
  "audit.action.delete": "Deleted",
  "audit.entity.partnership": "Partnership",
  "audit.entity.membership": "Membership",
  "audit.entity.involvement_record": "Involvement record",
  "audit.entity.organization": "Organization",
  "audit.entity.contact": "Contact",
  "audit.entity.program": "Program",
  "audit.entity.program_composition": "Program composition",
  "audit.entity.rubric": "Rubric",
  "audit.entity.user": "User",
  "audit.entity.import": "Import",
  "upload.notMultipart": "Send the file as multipart/form-data, in a field named file",
  "upload.fileTooLarge": "The file is larger than {size} MB; split it into smaller files",
  "upload.tooManyFiles": { one: "Send at most {count} file in one request", other: "Send at most {count} files in one request" },
  "upload.fileRequired": "is required: attach a CSV or XLSX file",
  "upload.atMostFiles": { one: "must be at most {count} file", other: "must be at most {count} files" },

  // Files that cannot be read as tables.
  "file.notUtf8": 'The file is not UTF-8 text. Save it as "CSV UTF-8" and try again.',
  "file.notCsv": "The file cannot be read as CSV",
  "file.unclosedQuote": "The file cannot be read: the quoted field that starts on line {line} is never closed",
  "file.unreadable": "The file cannot be read: {reason}",
  "file.unreadableOnLine": "The file cannot be read on line {line}: {reason}",
  "file.strayQuote": "a quote appears inside a field that is not quoted as a whole (write it as two quotes inside a quoted field)",
  "file.invalidCsv": "the text is not valid CSV",
  "file.empty": "The file is empty: it needs a header row naming its columns",
  "file.noSheet": "The workbook has no sheet with a header row",
  "file.notXlsx": "The file cannot be read as an XLSX workbook",
  "file.workbookTooLarge": "The workbook is larger than {size} MB; save it as CSV, or split it into smaller workbooks",
  "file.headerNotFirst": 'Sheet "{sheet}" must have its header row on line 1 (it starts on line {line})',
  "file.inFile": "{file}: {problem}",

  // Import problems: each is about a cell, a row, the header or the file.
  "import.problemsFound": { one: "{count} problem found; nothing was written", other: "{count} problems found; nothing was written" },
  "import.unnamedValue": "has a value in column {index}, which has no name in the header",
  "import.unknownColumn": "is not a column of this file; the columns are {columns}",
  "import.columns": "{required}",
  "import.columnsWithOptional": "{required}, and optionally {optional}",
  "import.repeatedColumn": "appears more than once in the header",
  "import.missingColumn": "is a required column and is missing from the header",
  "import.required": "is required",
  "import.notValid": "is not valid",
  "import.refused": "{reason} (got {got})",
  "import.refused.blank": "{reason}",
  "import.yesNo": "must be yes or no (got {got})",
  "import.oneOf": "must be one of {values} (got {got})",
  "import.listAmong": "must list values among {values} (got {got})",
  "import.perspectiveRequired": "is required (lead or partner)",
  "import.repeatInvolvement": "repeats line {line}: the same organization, partnership, perspective ({perspective}) and round ({round})",
  "import.programAmbiguous": "matches several programs by name ({codes}); give the program's code",
  "import.programUnknown": "does not match any program's code or name, and only administrators can add programs (got {got})",
  "import.organizationAmbiguous": "names organizations in several sectors ({sectors}); {advice} (got {got})",
  "import.fillSectorColumn": "fill in the {column} column to say which",
  "import.addSectorColumn": "add a {column} column to say which",
  "import.organizationUnknown": "does not match any organization, and your role cannot register organizations (got {got})",
  "import.partnershipAmbiguous": "matches {count} partnerships of program {program}; rename one of them first (got {got})",
  "import.partnershipNotCoordinated": "is not one of the partnerships you coordinate in this program",
  "import.partnershipNotChangeable": "is not a partnership you can change",
  "import.repeatContact": "repeats line {line}: the same person at the same organization",
  "import.contactAmbiguous": "matches {count} contacts of {organization}; give their email addresses to tell them apart",
  "import.representativeUnknown": "is not a contact of {organization}: give the email or name of one of its contacts (got {got})",
  "import.representativeAmbiguous": "matches {count} contacts of {organization}; give the email address instead (got {got})",
  "import.repeatMembership": "repeats line {line}: the same organization in the same partnership",
  "import.sectorRequired": "is required: one of {sectors}",
  "import.repeatOrganization": "repeats line {line}: the same organization (name and sector)",
  "import.repeatPartnership": "repeats line {line}: the same partnership in the same program",
  "import.registryPartnershipAmbiguous": "matches {count} partnerships of program {program}; rename one of them first",
  "import.noSuchSheet": "No sheet or file is named {name}",
  "import.unknownSheet": 'Cannot tell what "{name}" holds: name it {entities} or say which with the entity option',
  "import.sheetTwice": 'Both "{first}" and "{second}" hold {entity}; import one of them',

  // The import report as the command line prints it.
  "cli.place.line": "line {line}",
  "cli.place.column": "column {column}",
  "cli.problem": "{place}: {problem}",
  "cli.refused": {
    one: "{source}: nothing was written; {count} problem to fix first.",
    other: "{source}: nothing was written; {count} problems to fix first.",
  },
  "cli.dryRunClean": "Dry run of {source}: everything checks out; nothing was written.",
  "cli.imported": "Imported {source}.",
  "cli.unchanged": "{source} matches the database; nothing needed changing.",
  "cli.rowsRead": { one: "{count} row read.", other: "{count} rows read." },
  "cli.created": "created",
  "cli.updated": "updated",
  "cli.unchangedColumn": "unchanged",
  "cli.count.involvementRecords": "involvement records",
  "cli.count.organizations": "organizations",
  "cli.count.contacts": "contacts",
  "cli.count.partnerships": "partnerships",
  "cli.count.memberships": "memberships",
  "cli.count.programs": "programs",
  "cli.more": "  … and {count} more (--json lists them all)",
  "cli.createdProgram": 'Created program {code} "{name}"',
  "cli.wouldCreateProgram": 'Would create program {code} "{name}"',
  "cli.createdPartnership": 'Created partnership "{name}" in {program}, led by {lead}',
  "cli.wouldCreatePartnership": 'Would create partnership "{name}" in {program}, led by {lead}',
  "cli.createdOrganization": 'Created organization "{name}" ({sector})',
  "cli.wouldCreateOrganization": 'Would create organization "{name}" ({sector})',
  "cli.invalidArguments": "invalid arguments: {problems}",
  "cli.notJson": "is not valid JSON",
  "cli.unclassified": { one: "{count} line could not be classified", other: "{count} lines could not be classified" },

  // What a contract's rule says of a value that breaks it.
  ...validationEn,

  // The names of the vocabulary.
  ...vocabularyEn,

  // The registry: the lead as a member, names close to one another, imports that only match.
  "involvement.aboutLead": "The lead organization has no checklist about itself: the checklist records what each partner did with the lead",
  "import.similarName": 'would create "{name}", which is close to "{similar}"; check that it is not the same {thing} spelt differently',
  "import.similarNames": {
    one: 'would create "{name}", which is close to "{similar}" and {count} other name; check that it is not the same {thing} spelt differently',
    other:
      'would create "{name}", which is close to "{similar}" and {count} other names; check that it is not the same {thing} spelt differently',
  },
  "import.noCreate": "matches no {thing}, and this import only matches existing names (got {got})",
  "import.thing.organization": "organization",
  "import.thing.partnership": "partnership",
  "import.thing.program": "program",
  "cli.warning": "Warning — {problem}",
} satisfies Record<string, Message>;
