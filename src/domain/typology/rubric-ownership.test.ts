import { describe, expect, it } from "vitest";
import { mayAddRubricVersion } from "./rubric-ownership.js";

describe("who may add a version to a rubric", () => {
  it("anyone who may author rubrics, while no program uses it", () => {
    expect(mayAddRubricVersion([])).toBe(true);
  });

  it("someone who may choose the rubric of every program that uses it", () => {
    expect(
      mayAddRubricVersion([
        { programId: "a", mayChooseRubric: true },
        { programId: "b", mayChooseRubric: true },
      ]),
    ).toBe(true);
  });

  it("no one without a say over one of the programs that use it", () => {
    expect(
      mayAddRubricVersion([
        { programId: "a", mayChooseRubric: true },
        { programId: "b", mayChooseRubric: false },
      ]),
    ).toBe(false);
    expect(mayAddRubricVersion([{ programId: "b", mayChooseRubric: false }])).toBe(false);
  });
});
