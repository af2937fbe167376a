import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { bandSchema } from "../../../contracts/surveys.js";
import { useSurveyText } from "./labels.js";

export type Band = z.infer<typeof bandSchema>;

// The built-in bands' colours, darkest shades so that white text keeps its contrast; the label always says it in words.
const COLORS: Record<string, string> = { strength: "green.9", borderline: "yellow.9", concern: "red.9" };

/** Where colours run out (a band of one's own), by rank: the first band is the best. */
const RANKED = ["green.9", "teal.9", "yellow.9", "orange.9", "red.9"];

export function bandColor(bands: readonly Band[], key: string): string {
  const known = COLORS[key];
  if (known) return known;
  const rank = bands.findIndex((band) => band.key === key);
  return RANKED[Math.min(Math.max(rank, 0), RANKED.length - 1)] ?? "gray.9";
}

/** A score's mean and its band, in words and in colour (never colour alone); "withheld" or "no answers" when there is none. */
export function BandBadge({
  bands,
  mean,
  band,
  withheld,
}: {
  bands: readonly Band[];
  mean: number | null;
  band: string | null;
  withheld: boolean;
}) {
  const { t } = useTranslation();
  const text = useSurveyText();
  if (withheld)
    return (
      <Badge variant="outline" color="gray.8" radius="sm" tt="none" fw={500}>
        {t("surveys.results.withheldShort")}
      </Badge>
    );
  if (mean === null || band === null)
    return (
      <Badge variant="outline" color="gray.8" radius="sm" tt="none" fw={500}>
        {t("surveys.results.noAnswers")}
      </Badge>
    );
  const found = bands.find((entry) => entry.key === band);
  return (
    <Badge color={bandColor(bands, band)} radius="sm" tt="none" fw={600} style={{ minWidth: "max-content" }}>
      {t("surveys.results.meanBand", { mean: text.mean(mean), band: found ? text.localized(found.label) : band })}
    </Badge>
  );
}
