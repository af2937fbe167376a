import { now } from "../../../src/server/ids.js";
import { DEFAULT_COMPOSITION } from "../../../src/domain/coverage/default-composition.js";
import { rowRights } from "./from-table.js";
import type { Context, RouteCase } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

/** Reading coverage: everyone who sees the partnership; outsiders 404. */
const readRights = rowRights(["partnership", "read"], ["partnership", "read"], 200);

/**
 * Changing a program's composition, as the table says (another program is visible to staff, hence
 * 403); a role that may change no program's is refused by its guard, whatever the program.
 */
const composeRights = (ok: number) => rowRights(["program", "read"], ["program", "editComposition"], ok, "every reach", "guarded");

function compositionUrl({ world, side }: Context): string {
  return `/api/v1/programs/${world.programs[side].id}/composition`;
}

/** A composition stored for the side's program, so that a delete has something to remove. */
async function storedComposition(context: Context): Promise<void> {
  const programId = context.world.programs[context.side].id;
  const document = JSON.stringify({ slots: DEFAULT_COMPOSITION.slots.slice(0, 2) });
  await context.db
    .insertInto("program_compositions")
    .values({ program_id: programId, document, updated_by: null, updated_at: now() })
    .onConflict((oc) => oc.column("program_id").doUpdateSet({ document }))
    .execute();
}

export const coverageRoutes: RouteCase[] = [
  {
    method: "GET",
    path: "/api/v1/partnerships/:id/coverage",
    attempt: { own: "read its partnership's membership coverage", foreign: "read another partnership's membership coverage" },
    prepare: async (context) => ({ url: `/api/v1/partnerships/${worldPartnership(context)}/coverage` }),
    expected: readRights,
  },
  {
    method: "GET",
    path: "/api/v1/programs/:id/composition",
    attempt: { own: "read the recommended composition of its program", foreign: "read the recommended composition of another program" },
    prepare: async (context) => ({ url: compositionUrl(context) }),
    expected: rowRights(["program", "read"], ["program", "read"], 200),
  },
  {
    method: "PUT",
    path: "/api/v1/programs/:id/composition",
    attempt: { own: "change the recommended composition of its program", foreign: "change the recommended composition of another program" },
    prepare: async (context) => ({ url: compositionUrl(context), payload: { slots: DEFAULT_COMPOSITION.slots.slice(0, 3) } }),
    expected: composeRights(200),
  },
  {
    method: "DELETE",
    path: "/api/v1/programs/:id/composition",
    attempt: { own: "reset the recommended composition of its program", foreign: "reset the recommended composition of another program" },
    prepare: async (context) => {
      await storedComposition(context);
      return { url: compositionUrl(context) };
    },
    expected: composeRights(204),
  },
];
