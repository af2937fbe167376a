import { describe, expect, it } from "vitest";
import { contactCreateSchema } from "../../contracts/contacts.js";
import { compositionDocumentSchema } from "../../contracts/coverage.js";
import { membershipCreateSchema } from "../../contracts/memberships.js";
import { organizationCreateSchema } from "../../contracts/organizations.js";
import { partnershipCreateSchema } from "../../contracts/partnerships.js";
import { VALIDATION_KEYS } from "../../domain/validation.js";
import { en, fr } from "../i18n/messages.js";
import { fieldMessagesFromSchema, fieldMessagesFromServer, fieldOfPath } from "./form-errors.js";

const emptyPartnership = {
  name: "",
  programId: null,
  leadOrganizationId: null,
  region: "",
  priorityGroups: [],
  focusIssues: [],
  startDate: "",
  endDate: "",
  fundingEndDate: "",
  status: "planning",
  description: "",
};

describe("form messages from the contract schemas", () => {
  it("reports empty required fields as required, whatever the schema's own check", () => {
    expect(fieldMessagesFromSchema(partnershipCreateSchema, emptyPartnership)).toEqual({
      name: { key: "required" },
      programId: { key: "required" },
      leadOrganizationId: { key: "required" },
    });
  });

  it("accepts a complete organization with empty optional fields", () => {
    const values = {
      name: "Harbourview Youth Centre",
      sector: "youth_organizations",
      governmentLevel: null,
      hasCrimePreventionMandate: false,
      website: "",
      notes: "",
    };
    expect(fieldMessagesFromSchema(organizationCreateSchema, values)).toEqual({});
  });

  it("names the length limit of a text that is too long", () => {
    const values = {
      name: "x".repeat(201),
      sector: "police",
      governmentLevel: null,
      hasCrimePreventionMandate: false,
      website: "",
      notes: "",
    };
    expect(fieldMessagesFromSchema(organizationCreateSchema, values)).toEqual({ name: { key: "tooLong", values: { count: 200 } } });
  });

  it("translates format and refinement problems of a contact", () => {
    const values = { name: "Ada", title: "", email: "not-an-email", phone: "call me", preferredLanguage: "en", verifiedOn: "" };
    expect(fieldMessagesFromSchema(contactCreateSchema, values)).toEqual({ email: { key: "email" }, phone: { key: "phone" } });
  });

  it("places a date-order problem on the later date", () => {
    const values = {
      ...emptyPartnership,
      name: "Safe Streets",
      programId: crypto.randomUUID(),
      leadOrganizationId: crypto.randomUUID(),
      startDate: "2026-05-01",
      endDate: "2026-01-01",
    };
    expect(fieldMessagesFromSchema(partnershipCreateSchema, values)).toEqual({ endDate: { key: "endBeforeStart" } });
    const membership = {
      organizationId: crypto.randomUUID(),
      joinedOn: "2026-05-01",
      leftOn: "2026-04-01",
      representativeContactId: null,
      origin: null,
      isNewPartner: false,
      notes: "",
    };
    expect(fieldMessagesFromSchema(membershipCreateSchema, membership)).toEqual({ leftOn: { key: "leftBeforeJoined" } });
  });
});

describe("form messages from the server", () => {
  it("puts known field problems next to their field, by key, and keeps the rest for a notification", () => {
    const details = [
      { field: "name", message: "est déjà utilisé par un autre organisme de ce secteur", key: "organization.nameUsed" },
      { field: "website", message: "doit compter au plus 300 caractères", key: "validation.tooLong", values: { count: 300 } },
      { field: "(body)", message: "doit être un objet", key: "validation.object" },
    ];
    expect(fieldMessagesFromServer(details, ["name", "website"])).toEqual({
      messages: { name: { key: "nameTaken" }, website: { key: "tooLong", values: { count: 300 } } },
      others: ["(body) doit être un objet"],
    });
  });

  it("shows a message whose key it has no words for as the server wrote it", () => {
    const detail = { field: "name", message: "ne correspond à aucun organisme", key: "field.noSuchOrganization" };
    expect(fieldMessagesFromServer([detail], ["name"]).messages).toEqual({ name: { text: "ne correspond à aucun organisme" } });
  });
});

describe("form messages by full path, for forms with lists of objects", () => {
  const slot = {
    kind: "sectors",
    key: "police",
    label: { en: "Police", fr: "Police" },
    why: { en: "Why", fr: "Pourquoi" },
    required: true,
    sectors: ["police"],
  };

  it("keeps the path down to the field, and gives an item of a list of values to the list", () => {
    expect(fieldOfPath(["slots", 2, "label", "en"], true)).toBe("slots.2.label.en");
    expect(fieldOfPath(["slots", 2, "sectors", 1], true)).toBe("slots.2.sectors");
    expect(fieldOfPath(["slots", 2, "label", "en"], false)).toBe("slots");
  });

  it("places each slot's problem beside its own field", () => {
    const values = { slots: [slot, { ...slot, key: "schools", label: { en: "", fr: "Écoles" }, sectors: ["schools", "schools"] }] };
    expect(fieldMessagesFromSchema(compositionDocumentSchema, values, true)).toEqual({
      "slots.1.label.en": { key: "required" },
      "slots.1.sectors": { key: "listedTwice" },
    });
  });

  it("names a slot key used twice and a second critic seat, the rules of the whole document", () => {
    const critic = { kind: "critic", key: "critic", label: slot.label, why: slot.why, required: false };
    const values = { slots: [slot, { ...slot }, critic, { ...critic, key: "critic_two" }] };
    expect(fieldMessagesFromSchema(compositionDocumentSchema, values, true)).toEqual({
      "slots.1.key": { key: "slotKeyTaken" },
      "slots.3.kind": { key: "oneSlotOfKind", values: { kind: "critic" } },
    });
  });

  it("names a pattern's own rule", () => {
    expect(fieldMessagesFromSchema(compositionDocumentSchema, { slots: [{ ...slot, key: "Police Seat" }] }, true)).toEqual({
      "slots.0.key": { key: "key" },
    });
  });

  it("places the server's nested problems the same way", () => {
    const details = [{ field: "slots.0.why.fr", message: "est obligatoire", key: "validation.required" }];
    expect(fieldMessagesFromServer(details, ["slots"], true).messages).toEqual({ "slots.0.why.fr": { key: "required" } });
  });
});

describe("the web app's words for validation messages", () => {
  it("has a text for every key a contract's rule can carry, in both languages", () => {
    const missing = (["en", "fr"] as const).flatMap((language) => {
      const texts: Record<string, string> = { en: en.validation, fr: fr.validation }[language];
      return VALIDATION_KEYS.filter((key) => !(key in texts) && !(`${key}_other` in texts)).map((key) => `${language}: ${key}`);
    });
    expect(missing).toEqual([]);
  });
});
