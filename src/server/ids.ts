import { v7 } from "uuid";

/** Time-ordered UUIDs keep primary-key indexes compact on both databases. */
export function newId(): string {
  return v7();
}

export function now(): string {
  return new Date().toISOString();
}
