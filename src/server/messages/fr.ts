// Les messages du serveur en français (usage canadien) : mêmes clés et mêmes paramètres qu'en anglais,
// ce que vérifie messages.test.ts.
import type { MessageKey } from "./render.js";
import { mailFr } from "./mail-fr.js";
import type { Message } from "./types.js";
import { validationFr } from "./validation.js";
import { vocabularyFr } from "./vocabulary.js";
import { accountabilityFr } from "./accountability.js";
import { accountsCliFr } from "./accounts-cli.js";
import { ledgerFr } from "./ledger.js";
import { charterFr } from "./charter.js";
import { meetingsFr } from "./meetings.js";
import { calendarsLogFr } from "./calendars-log.js";
import { planFr } from "./plan.js";
import { remindersFr } from "./reminders.js";
import { instrumentsFr } from "./instruments.js";
import { surveyRoundsFr } from "./survey-rounds.js";
import { responsesFr } from "./responses.js";
import { surveyResultsFr } from "./survey-results.js";
import { actionStepsFr } from "./action-steps.js";

export const fr: Record<MessageKey, Message> = {
  ...accountabilityFr,
  ...accountsCliFr,
  ...ledgerFr,
  ...charterFr,
  ...meetingsFr,
  ...calendarsLogFr,
  ...planFr,
  "thing.program": "Programme",
  "thing.membership": "Adhésion",
  "thing.involvementRecord": "Fiche de participation",
  "thing.user": "Utilisateur",
  "thing.token": "Jeton",
  "thing.rubric": "Grille",
  "thing.partnership": "Partenariat",
  "thing.organization": "Organisme",
  "thing.contact": "Personne-ressource",
  "thing.charter": "Charte",
  "thing.charterRevision": "Version de la charte",
  "thing.goal": "But",
  "thing.objective": "Objectif",
  "thing.activity": "Activité",
  "thing.commitment": "Engagement",
  "thing.meeting": "Réunion",
  "thing.calendarFeed": "Calendrier",
  "thing.communication": "Échange",
  "thing.instrument": "Questionnaire",
  "thing.surveyRound": "Vague d’enquête",
  "thing.respondent": "Répondant",
  "thing.surveyResponse": "Réponse à l’enquête",
  "thing.suggestion": "Mesure suggérée",
  "thing.actionStep": "Mesure",

  "error.notFound": "{what} introuvable",
  "error.userNotFound": "Utilisateur {email} introuvable",
  "error.noRoute": "Aucune route pour {method} {path}",
  "error.forbidden": "Vous n'êtes pas autorisé à effectuer cette opération",
  "error.fieldProblem": "{field} {problem}",
  "error.invalidInput": "Données non valides\u00a0: {summary}",
  "error.staleVersion":
    "Quelqu’un d’autre a modifié cet élément après que vous l’avez ouvert. Rechargez la page pour voir ses modifications, puis refaites les vôtres.",
  "error.conflictRace":
    "Cet enregistrement existe déjà\u202f; quelqu'un d'autre vient peut-être de le créer. Rechargez la page et réessayez.",
  "error.inUseRace":
    "Cette modification entre en conflit avec des enregistrements qui y renvoient ou auxquels elle renvoie\u202f; rechargez la page et réessayez.",
  "error.rateLimited": "Trop de tentatives. Attendez quelques minutes et réessayez.",
  "error.bodyTooLarge": "Le corps de la requête est trop volumineux",
  "error.notJsonBody": "Envoyez le corps de la requête en application/json",
  "error.invalidJson": "Le corps de la requête n'est pas du JSON valide",
  "error.notUtf8": "Le corps de la requête n'est pas de l'UTF-8 valide\u00a0: envoyez du JSON encodé en UTF-8",
  "error.malformed": "La requête est mal formée",
  "error.addressTooLong": "Une partie de l'adresse de la requête est trop longue",
  "error.databaseUnavailable": "La base de données ne répond pas pour le moment. Réessayez dans quelques secondes.",
  "error.internal": "Une erreur s'est produite sur le serveur. Elle a été consignée.",

  "auth.tokenInvalid": "Le jeton d'API est absent, mal formé ou révoqué",
  "auth.tokenExpired": "Le jeton d'API a expiré le {date}\u202f; créez-en un nouveau",
  "auth.csrfMissing": "Il manque le jeton CSRF à la requête\u202f; rechargez la page et réessayez",
  "auth.signIn": "Connectez-vous pour continuer",
  "auth.roleForbidden": "Votre rôle ne permet pas cette opération",
  "auth.invalidCredentials": "L'adresse courriel ou le mot de passe est incorrect",
  "auth.tooManySignIns": {
    one: "Trop de tentatives de connexion. Réessayez dans {count} minute.",
    other: "Trop de tentatives de connexion. Réessayez dans {count} minutes.",
  },

  "field.noSuchOrganization": "ne correspond à aucun organisme",
  "field.noSuchProgram": "ne correspond à aucun programme",
  "field.noSuchRubric": "ne correspond à aucune grille",
  "field.unknownProgram": "contient un programme inconnu",
  "field.unknownPartnership": "contient un partenariat inconnu",
  "field.endBeforeStart": "ne doit pas précéder la date de début",
  "field.leftBeforeJoined": "ne doit pas précéder la date d'adhésion",
  "field.programNotAssigned": "ne fait pas partie des programmes qui vous sont attribués",

  "user.partnerNeedsOrganization": "est obligatoire pour un partenaire\u00a0: c'est l'organisme qu'il représente",
  "user.emailTaken": "Un utilisateur ayant l'adresse courriel {email} existe déjà",
  "user.emailRegistered": "appartient déjà à un autre compte",
  "account.wrongPassword": "n'est pas votre mot de passe actuel",
  "user.responseExportEvaluators": "ne peut être accordé qu'à un évaluateur",
  "user.lastAdmin":
    "ne peut pas être changé\u00a0: c'est le dernier administrateur actif\u202f; faites d'abord d'un autre compte un administrateur",

  // Liens à usage unique (réinitialisation du mot de passe, invitation) et boîte d'envoi.
  "auth.linkInvalid": "Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.",
  "auth.tooManyResets": {
    one: "Trop de demandes de réinitialisation du mot de passe. Réessayez dans {count} minute.",
    other: "Trop de demandes de réinitialisation du mot de passe. Réessayez dans {count} minutes.",
  },
  "thing.mailMessage": "Message",
  "user.notInvitable": "Cette personne a déjà choisi un mot de passe ou son compte est désactivé\u00a0: il n'y a rien à quoi l'inviter",
  "mail.notRetryable":
    "Ce message ne peut pas être renvoyé\u00a0: seuls les messages en échec ou gardés peuvent l'être, et seulement une fois qu'un serveur SMTP est configuré",

  // Ce que Convene envoie par courriel (mail-fr.ts).
  ...mailFr,
  ...remindersFr,
  ...instrumentsFr,
  ...surveyRoundsFr,
  ...responsesFr,
  ...surveyResultsFr,
  ...actionStepsFr,

  "program.codeTaken": "Le code de programme «\u00a0{code}\u00a0» est déjà utilisé",
  "program.codeUsed": "est déjà utilisé par un autre programme",
  "rubric.authorForbidden": "Seuls les administrateurs et les évaluateurs peuvent ajouter des grilles",
  "rubric.builtIn":
    "«\u00a0{id}\u00a0» est une grille intégrée, qui ne peut pas être modifiée\u202f; enregistrez la vôtre sous un autre identifiant",
  "rubric.builtInId": "appartient à une grille intégrée",
  "rubric.nextVersion": "La prochaine version de «\u00a0{id}\u00a0» porte le numéro {next}\u202f; rechargez la grille avant d'enregistrer",
  "rubric.nextVersionField": "doit être {next}, le numéro de la prochaine version de cette grille",
  "rubric.versionForbidden":
    "Des programmes sur lesquels vous n'avez pas de droit utilisent cette grille\u202f; seul un administrateur, ou quelqu'un qui peut choisir la grille de chacun des programmes qui l'utilisent, peut en ajouter une version",
  "rubric.chooseForbidden": "Seuls les administrateurs et les évaluateurs du programme peuvent choisir sa grille",
  "rubric.foreignIndicators": "lit des indicateurs que les fiches de participation ne contiennent pas ({indicators})",
  "rubric.unreadIndicator": "n'est pas un indicateur de la grille «\u00a0{id}\u00a0»",
  "composition.changeForbidden": "Seuls les administrateurs et les agents du programme peuvent modifier sa composition",

  "organization.nameTaken": "Un organisme nommé «\u00a0{name}\u00a0» existe déjà dans ce secteur",
  "organization.nameUsed": "est déjà utilisé par un autre organisme de ce secteur",
  "organization.registerForbidden": "Votre rôle ne permet pas d'inscrire des organismes",
  "organization.changeForbidden": "Vous ne pouvez pas modifier cet organisme",
  "organization.deleteForbidden": "Vous ne pouvez pas supprimer cet organisme",
  "organization.stillMember": {
    one: "«\u00a0{name}\u00a0» est encore membre de {count} partenariat et en dirige {led}\u202f; retirez-le d'abord de ceux-ci",
    other: "«\u00a0{name}\u00a0» est encore membre de {count} partenariats et en dirige {led}\u202f; retirez-le d'abord de ceux-ci",
  },
  "organization.hasUsers": {
    one: "«\u00a0{name}\u00a0» est encore associé à {count} compte d'utilisateur\u202f; réassignez-le d'abord",
    other: "«\u00a0{name}\u00a0» est encore associé à {count} comptes d'utilisateur\u202f; réassignez-les d'abord",
  },
  "contact.changeForbidden": "Vous ne pouvez pas modifier les personnes-ressources de cet organisme",
  "contact.hidden": "Les coordonnées de cet organisme ne sont visibles que par les personnes qui travaillent avec lui",

  "partnership.programNotAssigned": "Vous ne pouvez placer des partenariats que dans les programmes qui vous sont attribués",
  "partnership.createForbidden": "Votre rôle ne permet pas de créer des partenariats",
  "partnership.changeForbidden": "Vous ne pouvez pas modifier ce partenariat",
  "partnership.deleteForbidden": "Vous ne pouvez pas supprimer ce partenariat",
  "partnership.hasMembers": {
    one: "«\u00a0{name}\u00a0» compte encore {count} organisme membre en plus de son organisme responsable\u202f; retirez-le d'abord",
    other: "«\u00a0{name}\u00a0» compte encore {count} organismes membres en plus de son organisme responsable\u202f; retirez-les d'abord",
  },
  "membership.changeForbidden": "Vous ne pouvez pas modifier les membres de ce partenariat",
  "membership.representativeNotContact": "doit être une personne-ressource de l'organisme membre",
  "membership.alreadyMember": "«\u00a0{name}\u00a0» est déjà membre de ce partenariat",
  "membership.alreadyMemberField": "est déjà membre de ce partenariat",
  "membership.representativeHidden":
    "doit être l'une des personnes-ressources que vous voyez déjà\u202f; celles de l'organisme s'ouvrent au partenariat une fois qu'il a confirmé sa participation",
  "membership.confirmForbidden": "Seul un utilisateur de l'organisme membre ou un administrateur peut confirmer sa participation",
  "membership.leadRemoval": "«\u00a0{name}\u00a0» dirige ce partenariat\u202f; désignez un autre organisme responsable avant de le retirer",
  "involvement.leadViewForbidden":
    "Seuls les gestionnaires de ce partenariat peuvent consigner le point de vue de l'organisme responsable sur un membre",
  "involvement.partnerViewForbidden":
    "Seuls les gestionnaires de ce partenariat et l'organisme membre lui-même peuvent consigner le point de vue du partenaire",
  "involvement.ownOrganizationOnly": "Vous ne pouvez consulter que les fiches de participation de votre propre organisme",
  "involvement.reclassifyForbidden": "Seuls les gestionnaires de ce partenariat peuvent classer de nouveau ses fiches de participation",

  "export.forbidden": "Seuls les administrateurs et les agents de programme peuvent exporter le registre",
  "export.entityRequired": "est obligatoire pour le CSV, un fichier par entité\u00a0: {entities}",

  // The audit trail and its CSV export.
  "audit.forbidden":
    "Seuls les administrateurs, les agents de programme et les coordonnateurs peuvent consulter l'historique des modifications",
  "audit.column.at": "Date (UTC)",
  "audit.column.user": "Auteur",
  "audit.column.action": "Action",
  "audit.column.entity": "Fiche",
  "audit.column.entityId": "Identifiant de la fiche",
  "audit.column.partnership": "Partenariat",
  "audit.column.organization": "Organisme",
  "audit.column.field": "Champ",
  "audit.column.before": "Avant",
  "audit.column.after": "Après",
  "audit.commandLine": "Ligne de commande",
  "audit.withheld": "(masqué)",
  "audit.notRecorded": "(non enregistré)",
  "audit.action.create": "Création",
  "audit.action.update": "Modification",
  "audit.action.delete": "Suppression",
  "audit.entity.partnership": "Partenariat",
  "audit.entity.membership": "Adhésion",
  "audit.entity.involvement_record": "Fiche de participation",
  "audit.entity.organization": "Organisme",
  "audit.entity.contact": "Personne-ressource",
  "audit.entity.program": "Programme",
  "audit.entity.program_composition": "Composition du programme",
  "audit.entity.rubric": "Grille",
  "audit.entity.user": "Utilisateur",
  "audit.entity.import": "Importation",
  "audit.entity.api_token": "Jeton d'API",
  "audit.entity.request": "Requête",
  "audit.entity.export": "Exportation",
  "audit.entity.charter": "Charte",
  "audit.action.sign_in": "Connexion",
  "audit.action.sign_in_failed": "Échec de connexion",
  "audit.action.sign_out": "Déconnexion",
  "audit.action.refused": "Refus",
  "audit.action.export": "Exportation",
  "audit.unknownAccount": "Compte inconnu",
  "upload.notMultipart": "Envoyez le fichier en multipart/form-data, dans un champ nommé file",
  "upload.fileTooLarge": "Le fichier dépasse {size} Mo\u202f; divisez-le en fichiers plus petits",
  "upload.tooManyFiles": {
    one: "Envoyez au plus {count} fichier par requête",
    other: "Envoyez au plus {count} fichiers par requête",
  },
  "upload.fileRequired": "est obligatoire\u00a0: joignez un fichier CSV ou XLSX",
  "upload.tooManyRows": "Le fichier compte plus de {count} lignes\u202f; divisez-le en fichiers d'au plus {count} lignes",
  "upload.malformed":
    "L'envoi ne peut pas être lu\u00a0: le corps multipart/form-data est tronqué ou mal formé. Envoyez le fichier dans un champ nommé file, comme le fait un formulaire de navigateur",
  "upload.atMostFiles": { one: "doit compter au plus {count} fichier", other: "doit compter au plus {count} fichiers" },

  "file.notUtf8": "Le fichier n'est pas du texte UTF-8. Enregistrez-le en «\u00a0CSV UTF-8\u00a0» et réessayez.",
  "file.notCsv": "Le fichier ne peut pas être lu comme un fichier CSV",
  "file.unclosedQuote": "Le fichier ne peut pas être lu\u00a0: le champ entre guillemets qui commence à la ligne {line} n'est jamais fermé",
  "file.unreadable": "Le fichier ne peut pas être lu\u00a0: {reason}",
  "file.unreadableOnLine": "Le fichier ne peut pas être lu à la ligne {line}\u00a0: {reason}",
  "file.strayQuote":
    "un guillemet figure dans un champ qui n'est pas entièrement entre guillemets (écrivez-le en doublant le guillemet dans un champ entre guillemets)",
  "file.invalidCsv": "le texte n'est pas du CSV valide",
  "file.empty": "Le fichier est vide\u00a0: il lui faut une ligne d'en-tête qui nomme ses colonnes",
  "file.noSheet": "Le classeur n'a aucune feuille avec une ligne d'en-tête",
  "file.notXlsx": "Le fichier ne peut pas être lu comme un classeur XLSX",
  "file.workbookTooLarge": "Le classeur dépasse {size} Mo\u202f; enregistrez-le en CSV ou divisez-le en classeurs plus petits",
  "file.headerNotFirst": "La feuille «\u00a0{sheet}\u00a0» doit avoir sa ligne d'en-tête à la ligne 1 (elle commence à la ligne {line})",
  "file.inFile": "{file}\u00a0: {problem}",

  "import.problemsFound": {
    one: "{count} problème trouvé\u202f; rien n'a été enregistré",
    other: "{count} problèmes trouvés\u202f; rien n'a été enregistré",
  },
  "import.unnamedValue": "contient une valeur dans la colonne {index}, qui n'a pas de nom dans l'en-tête",
  "import.unknownColumn": "n'est pas une colonne de ce fichier\u202f; les colonnes possibles sont {columns}",
  "import.columns": "{required}",
  "import.columnsWithOptional": "{required} et, facultatives, {optional}",
  "import.repeatedColumn": "figure plus d'une fois dans l'en-tête",
  "import.missingColumn": "est une colonne obligatoire absente de l'en-tête",
  "import.required": "est obligatoire",
  "import.notValid": "n'est pas valide",
  "import.refused": "{reason} (valeur\u00a0: {got})",
  "import.refused.blank": "{reason}",
  "import.yesNo": "doit être oui ou non (valeur\u00a0: {got})",
  "import.oneOf": "doit être l'une des valeurs suivantes\u00a0: {values} (valeur\u00a0: {got})",
  "import.listAmong": "doit énumérer des valeurs parmi les suivantes\u00a0: {values} (valeur\u00a0: {got})",
  "import.perspectiveRequired": "est obligatoire (lead ou partner)",
  "import.repeatInvolvement":
    "répète la ligne {line}\u00a0: même organisme, même partenariat, même point de vue ({perspective}) et même cycle ({round})",
  "import.programAmbiguous": "correspond par son nom à plusieurs programmes ({codes})\u202f; indiquez le code du programme",
  "import.programUnknown":
    "ne correspond au code ni au nom d'aucun programme, et seuls les administrateurs peuvent ajouter des programmes (valeur\u00a0: {got})",
  "import.organizationAmbiguous": "désigne des organismes de plusieurs secteurs ({sectors})\u202f; {advice} (valeur\u00a0: {got})",
  "import.fillSectorColumn": "remplissez la colonne {column} pour préciser lequel",
  "import.addSectorColumn": "ajoutez une colonne {column} pour préciser lequel",
  "import.organizationUnknown":
    "ne correspond à aucun organisme, et votre rôle ne permet pas d'inscrire des organismes (valeur\u00a0: {got})",
  "import.partnershipAmbiguous":
    "correspond à {count} partenariats du programme {program}\u202f; renommez d'abord l'un d'eux (valeur\u00a0: {got})",
  "import.partnershipNotCoordinated": "ne fait pas partie des partenariats que vous coordonnez dans ce programme",
  "import.partnershipNotChangeable": "n'est pas un partenariat que vous pouvez modifier",
  "import.repeatContact": "répète la ligne {line}\u00a0: même personne dans le même organisme",
  "import.contactAmbiguous":
    "correspond à {count} personnes-ressources de l'organisme «\u00a0{organization}\u00a0»\u202f; indiquez leurs adresses courriel pour les distinguer",
  "import.representativeUnknown":
    "n'est pas une personne-ressource de l'organisme «\u00a0{organization}\u00a0»\u00a0: indiquez l'adresse courriel ou le nom de l'une de ses personnes-ressources (valeur\u00a0: {got})",
  "import.representativeAmbiguous":
    "correspond à {count} personnes-ressources de l'organisme «\u00a0{organization}\u00a0»\u202f; indiquez plutôt l'adresse courriel (valeur\u00a0: {got})",
  "import.repeatMembership": "répète la ligne {line}\u00a0: même organisme dans le même partenariat",
  "import.sectorRequired": "est obligatoire\u202f; valeurs possibles\u00a0: {sectors}",
  "import.repeatOrganization": "répète la ligne {line}\u00a0: même organisme (nom et secteur)",
  "import.repeatPartnership": "répète la ligne {line}\u00a0: même partenariat dans le même programme",
  "import.registryPartnershipAmbiguous": "correspond à {count} partenariats du programme {program}\u202f; renommez d'abord l'un d'eux",
  "import.noSuchSheet": "Aucune feuille ni aucun fichier ne s'appelle {name}",
  "import.unknownSheet":
    "Impossible de savoir ce que contient «\u00a0{name}\u00a0»\u00a0: nommez-le {entities} ou précisez-le avec l'option entity",
  "import.sheetTwice": "«\u00a0{first}\u00a0» et «\u00a0{second}\u00a0» contiennent tous deux {entity}\u202f; importez l'un des deux",

  "cli.place.line": "ligne {line}",
  "cli.place.column": "colonne {column}",
  "cli.problem": "{place}\u00a0: {problem}",
  "cli.refused": {
    one: "{source}\u00a0: rien n'a été enregistré\u202f; {count} problème à corriger d'abord.",
    other: "{source}\u00a0: rien n'a été enregistré\u202f; {count} problèmes à corriger d'abord.",
  },
  "cli.dryRunClean": "Vérification de {source}\u00a0: tout est conforme\u202f; rien n'a été enregistré.",
  "cli.imported": "Importation de {source} terminée.",
  "cli.unchanged": "{source} correspond à la base de données\u202f; aucune modification n'était nécessaire.",
  "cli.rowsRead": { one: "{count} ligne lue.", other: "{count} lignes lues." },
  "cli.created": "créés",
  "cli.updated": "modifiés",
  "cli.unchangedColumn": "inchangés",
  "cli.count.involvementRecords": "fiches de participation",
  "cli.count.organizations": "organismes",
  "cli.count.contacts": "personnes-ressources",
  "cli.count.partnerships": "partenariats",
  "cli.count.memberships": "adhésions",
  "cli.count.programs": "programmes",
  "cli.more": "  … et {count} de plus (--json les énumère tous)",
  "cli.createdProgram": "Programme {code} «\u00a0{name}\u00a0» créé",
  "cli.wouldCreateProgram": "Programme {code} «\u00a0{name}\u00a0» à créer",
  "cli.createdPartnership": "Partenariat «\u00a0{name}\u00a0» créé dans le programme {program}, organisme responsable\u00a0: {lead}",
  "cli.wouldCreatePartnership": "Partenariat «\u00a0{name}\u00a0» à créer dans le programme {program}, organisme responsable\u00a0: {lead}",
  "cli.createdOrganization": "Organisme «\u00a0{name}\u00a0» créé ({sector})",
  "cli.wouldCreateOrganization": "Organisme «\u00a0{name}\u00a0» à créer ({sector})",
  "cli.invalidArguments": "arguments non valides\u00a0: {problems}",
  "cli.notJson": "n'est pas du JSON valide",
  "cli.unclassified": { one: "{count} ligne n'a pas pu être classée", other: "{count} lignes n'ont pas pu être classées" },

  ...validationFr,
  ...vocabularyFr,

  // Le registre : l’organisme responsable parmi les membres, les noms proches, les importations sans création.
  "involvement.aboutLead":
    "L’organisme responsable n’a pas de liste de contrôle sur lui-même\u00a0: la liste consigne ce que chaque partenaire a fait avec lui",
  "import.similarName":
    "créerait «\u00a0{name}\u00a0», proche de «\u00a0{similar}\u00a0»\u202f; vérifiez qu’il ne s’agit pas du même {thing} écrit autrement",
  "import.similarNames": {
    one: "créerait «\u00a0{name}\u00a0», proche de «\u00a0{similar}\u00a0» et d’un autre nom\u202f; vérifiez qu’il ne s’agit pas du même {thing} écrit autrement",
    other:
      "créerait «\u00a0{name}\u00a0», proche de «\u00a0{similar}\u00a0» et de {count} autres noms\u202f; vérifiez qu’il ne s’agit pas du même {thing} écrit autrement",
  },
  "import.noCreate": "ne correspond à aucun {thing} existant, et cette importation ne fait que rapprocher des noms existants (reçu {got})",
  "import.thing.organization": "organisme",
  "import.thing.partnership": "partenariat",
  "import.thing.program": "programme",
  "cli.unlisted": {
    one: "… et {count} autre, non listé\u00a0: corrigez ceux-ci et réessayez pour voir la suite",
    other: "… et {count} autres, non listés\u00a0: corrigez ceux-ci et réessayez pour voir la suite",
  },
  "cli.warning": "Avertissement — {problem}",
  // En-têtes des fichiers de rapport (CSV et XLSX), dans la langue du lecteur.
  "report.column.program": "programme",
  "report.column.region": "région",
  "report.column.sector": "secteur",
  "report.column.partnership": "partenariat",
  "report.column.total": "total",
  "report.column.percent": "{type} %",
  "report.type.none": "aucun",
  "report.type.consultation": "consultation",
  "report.type.cooperation": "coopération",
  "report.type.coordination": "coordination",
  "report.type.collaboration": "collaboration",
  "report.column.indicator": "indicateur",
  "report.column.leadYes": "responsable oui",
  "report.column.leadAnswered": "responsable répondu",
  "report.column.leadPercent": "responsable %",
  "report.column.partnerYes": "partenaire oui",
  "report.column.partnerAnswered": "partenaire répondu",
  "report.column.partnerPercent": "partenaire %",
  "report.column.gap": "écart (points)",
  "report.note.item": "élément",
  "report.note.value": "valeur",
  "report.note.round": "cycle",
  "report.note.program": "programme",
  "report.note.region": "région",
  "report.note.leadRecords": "fiches de l'organisme responsable",
  "report.note.partnerRecords": "fiches du partenaire",
  "report.note.rule": "règle",
  "report.note.all": "tous",
};
