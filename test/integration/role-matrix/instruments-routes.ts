// Survey instruments are open data: everyone signed in reads them; only administrators add an
// instrument, a version or a copy (the global `manageInstruments`).
import { OPERATOR } from "../../../src/server/actor.js";
import { createInstrument } from "../../../src/server/modules/instruments/service.js";
import { buildInstrumentDocument } from "../../support/survey-instruments-factories.js";
import { roleRights } from "./from-table.js";
import { signedIn, uniqueName, type Context, type RouteCase } from "./matrix.js";

const uniqueId = () => uniqueName("matrix-instrument").replace(" ", "-");

/** A stored instrument of its own, added by the operator. */
async function storedInstrument(context: Context): Promise<string> {
  const id = uniqueId();
  await createInstrument(context.db, OPERATOR, buildInstrumentDocument({ id }));
  return id;
}

export const instrumentsRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/instruments",
    attempt: "list survey instruments",
    prepare: async () => ({ url: "/api/v1/instruments" }),
    expected: signedIn(200),
  },
  {
    method: "GET",
    path: "/api/v1/instruments/:id",
    attempt: "read a survey instrument",
    prepare: async (context) => ({ url: `/api/v1/instruments/${await storedInstrument(context)}` }),
    expected: signedIn(200),
  },
  {
    method: "POST",
    path: "/api/v1/instruments",
    attempt: "add a survey instrument",
    prepare: async () => ({ url: "/api/v1/instruments", payload: buildInstrumentDocument({ id: uniqueId() }) }),
    expected: roleRights("manageInstruments", 201),
  },
  {
    method: "POST",
    path: "/api/v1/instruments/:id/copy",
    attempt: "copy a survey instrument under a new id",
    prepare: async (context) => ({ url: `/api/v1/instruments/${await storedInstrument(context)}/copy`, payload: { id: uniqueId() } }),
    expected: roleRights("manageInstruments", 201),
  },
];
