// What the abilities test reads and tries for each resource.
import type { Context } from "../role-matrix/matrix.js";

export type Attempt = { method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; url: string; payload?: unknown; ok: number };

/** A resource as one role reads it, and for each of its abilities the request that exercises it. */
export type Probe = {
  resource: string;
  /** The URL of the row, and optionally a list it appears in with the same abilities. */
  read: (context: Context) => Promise<{ url: string; list?: string; pick?: (data: { id: string }[]) => unknown }>;
  attempts: (context: Context, row: { id: string }) => Promise<Record<string, Attempt>>;
  /** Whether the attempts cover only some of the abilities (the others are probed on another row). */
  partial?: true;
  /** Whether a role without the ability is refused the row's route before any row is read (403, which the role matrix checks). */
  guarded?: true;
};
