import { describe, expect, it } from "vitest";
import { contactCreateSchema } from "../../contracts/contacts.js";
import { compositionDocumentSchema } from "../../contracts/coverage.js";
import { membershipCreateSchema } from "../../contracts/memberships.js";
import { organizationCreateSchema } from "../../contracts/organizations.js";
import { partnershipCreateSchema } from "../../contracts/partnerships.js";
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
    expect(fieldMessagesFromSchema(organizationCreateSchema, values)).toEqual({ name: { key: "tooLong", values: { max: 200 } } });
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
  it("puts known field problems next to their field and keeps the rest for a notification", () => {
    const details = [
      { field: "name", message: "is already used by another organization in this sector" },
      { field: "website", message: "must be at most 300 characters" },
      { field: "(body)", message: "is invalid" },
    ];
    expect(fieldMessagesFromServer(details, ["name", "website"])).toEqual({
      messages: { name: { key: "nameTaken" }, website: { key: "tooLong", values: { max: 300 } } },
      others: ["(body) is invalid"],
    });
  });

  it("shows a message it has no translation for as the server wrote it", () => {
    expect(fieldMessagesFromServer([{ field: "name", message: "is reserved" }], ["name"]).messages).toEqual({
      name: { text: "is reserved" },
    });
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
      "slots.1.sectors": { key: "invalid" },
    });
  });

  it("places the server's nested problems the same way", () => {
    const details = [{ field: "slots.0.why.fr", message: "is required" }];
    expect(fieldMessagesFromServer(details, ["slots"], true).messages).toEqual({ "slots.0.why.fr": { key: "required" } });
  });
});
