import { describe, expect, it } from "vitest";
import { contactCreateSchema } from "../../contracts/contacts.js";
import { membershipCreateSchema } from "../../contracts/memberships.js";
import { organizationCreateSchema } from "../../contracts/organizations.js";
import { partnershipCreateSchema } from "../../contracts/partnerships.js";
import { fieldMessagesFromSchema, fieldMessagesFromServer } from "./form-errors.js";

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
    const values = { name: "Harbourview Youth Centre", sector: "youth_organizations", governmentLevel: null, hasCrimePreventionMandate: false, website: "", notes: "" };
    expect(fieldMessagesFromSchema(organizationCreateSchema, values)).toEqual({});
  });

  it("names the length limit of a text that is too long", () => {
    const values = { name: "x".repeat(201), sector: "police", governmentLevel: null, hasCrimePreventionMandate: false, website: "", notes: "" };
    expect(fieldMessagesFromSchema(organizationCreateSchema, values)).toEqual({ name: { key: "tooLong", values: { max: 200 } } });
  });

  it("translates format and refinement problems of a contact", () => {
    const values = { name: "Ada", title: "", email: "not-an-email", phone: "call me", preferredLanguage: "en", verifiedOn: "" };
    expect(fieldMessagesFromSchema(contactCreateSchema, values)).toEqual({ email: { key: "email" }, phone: { key: "phone" } });
  });

  it("places a date-order problem on the later date", () => {
    const values = { ...emptyPartnership, name: "Safe Streets", programId: crypto.randomUUID(), leadOrganizationId: crypto.randomUUID(), startDate: "2026-05-01", endDate: "2026-01-01" };
    expect(fieldMessagesFromSchema(partnershipCreateSchema, values)).toEqual({ endDate: { key: "endBeforeStart" } });
    const membership = { organizationId: crypto.randomUUID(), joinedOn: "2026-05-01", leftOn: "2026-04-01", representativeContactId: null, origin: null, isNewPartner: false, notes: "" };
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
    expect(fieldMessagesFromServer([{ field: "name", message: "is reserved" }], ["name"]).messages).toEqual({ name: { text: "is reserved" } });
  });
});
