import type { Partnership } from "../../../contracts/partnerships.js";

/** When the partnership meets next, and whether it has kept its cadence. */
export function NextMeeting(_props: { partnership: Partnership }) {
  return null;
}
