import type { TFunction } from "i18next";
import type { CharterMember } from "../../../../contracts/charter.js";

const KNOWN_TYPES = ["none", "consultation", "cooperation", "coordination", "collaboration"] as const;

/** A measured typology type in words; a type of another typology reads as its key. */
export function typeLabel(type: string, t: TFunction): string {
  const known = KNOWN_TYPES.find((candidate) => candidate === type);
  return known ? t(`charter.type.${known}`) : type;
}

/** The type measured from one perspective, with its round, or "Not measured". */
export function measuredLabel(measured: CharterMember["measured"]["lead"], t: TFunction): string {
  return measured ? t("charter.measured", { type: typeLabel(measured.type, t), round: measured.round }) : t("charter.notMeasured");
}
