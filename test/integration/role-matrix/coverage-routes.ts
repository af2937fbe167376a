import { now } from "../../../src/server/ids.js";
import { DEFAULT_COMPOSITION } from "../../../src/domain/coverage/default-composition.js";
import { signedIn, type Context, type Expected, type RouteCase, type Who } from "./matrix.js";
import { worldPartnership } from "./throwaway.js";

/** Reading coverage: everyone who sees the partnership; nobody but administrators outside it. */
const readRights: Record<Who, Expected> = { ...signedIn([200, 404]), admin: [200, 200] };

/**
 * Changing a program's composition: administrators any program, program officers their own (another
 * program is visible to staff, hence 403); every other role is refused by role, whatever the program.
 */
const composeRights = (ok: number): Record<Who, Expected> => ({
  admin: [ok, ok],
  programOfficer: [ok, 403],
  evaluator: 403,
  coordinator: 403,
  partner: 403,
  anonymous: 401,
});

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
    expected: { ...signedIn(200), partner: [200, 404] },
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
