import type { Role } from "../domain/vocabulary.js";

// What the interface offers; the server decides. These mirror its policy so that users are not shown
// buttons that can only fail. Row-level rights come from each row's `canEdit`.
const CREATORS: readonly Role[] = ["admin", "program_officer", "coordinator"];

export function canCreateOrganizations(role: Role | undefined): boolean {
  return role !== undefined && CREATORS.includes(role);
}

export function canCreatePartnerships(role: Role | undefined): boolean {
  return role !== undefined && CREATORS.includes(role);
}

/** Imports: administrators (registry and involvement), program officers and coordinators (involvement, within their rights); exports: administrators and program officers. */
export function canTransferData(role: Role | undefined): boolean {
  return role !== undefined && CREATORS.includes(role);
}

export function canImportRegistry(role: Role | undefined): boolean {
  return role === "admin";
}

export function canExportRegistry(role: Role | undefined): boolean {
  return role === "admin" || role === "program_officer";
}

/** Choosing a program's rubric: administrators, and evaluators in the programs assigned to them (the server checks which). */
export function canChooseRubric(role: Role | undefined): boolean {
  return role === "admin" || role === "evaluator";
}

/** Rubrics are shared by every program: administrators and evaluators add them. */
export function canAuthorRubrics(role: Role | undefined): boolean {
  return role === "admin" || role === "evaluator";
}
