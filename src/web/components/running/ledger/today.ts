/** Today in UTC, as the server checks dates against it. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
