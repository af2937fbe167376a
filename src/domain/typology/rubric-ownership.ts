// A rubric belongs to the programs that use it: each program classifies with the latest version of the
// rubric it chose, so a new version changes how all of them classify from then on.

/** A program that uses a rubric, and whether the caller may choose that program's rubric. */
export type RubricUse = { programId: string; mayChooseRubric: boolean };

/**
 * Whether the caller may add a version to a rubric: only with a say over every program that uses it (an
 * administrator has one over all). A rubric no program uses yet is its authors' to revise.
 * @example mayAddRubricVersion([{ programId: "p1", mayChooseRubric: true }, { programId: "p2", mayChooseRubric: false }]) // false
 */
export function mayAddRubricVersion(uses: readonly RubricUse[]): boolean {
  return uses.every((use) => use.mayChooseRubric);
}
