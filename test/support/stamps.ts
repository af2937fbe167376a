// The columns every versioned row starts with, for factories that insert rows directly.

/** Version 1, made and last changed at `at`, by no user in particular. */
export function firstVersion(at: string) {
  return { version: 1, created_at: at, created_by: null, updated_at: at, updated_by: null };
}
