import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { bandSchema } from "../../../contracts/surveys.js";
import { useSurveyText } from "./labels.js";

export type Band = z.infer<typeof bandSchema>;

type BandStyle = { background: string; text: string };

const WHITE = "#ffffff";
const DARK = "#141414";
// Each band's colours, with the text colour that keeps 4.5:1 on them (Mantine's green.9 and yellow.9
// fall short with white); the label always says the band in words.
const STRENGTH: BandStyle = { background: "#237032", text: WHITE }; // 6.1:1
const BORDERLINE: BandStyle = { background: "#e67700", text: DARK }; // 6.1:1
const CONCERN: BandStyle = { background: "#c92a2a", text: WHITE }; // 5.5:1
const STYLES: Record<string, BandStyle> = { strength: STRENGTH, borderline: BORDERLINE, concern: CONCERN };

/** Where names run out (a band of one's own), by rank: the first band is the best. */
const RANKED: BandStyle[] = [STRENGTH, { background: "#087f5b", text: WHITE }, BORDERLINE, { background: "#b8400b", text: WHITE }, CONCERN];

function bandStyle(bands: readonly Band[], key: string): BandStyle {
  const known = STYLES[key];
  if (known) return known;
  const rank = bands.findIndex((band) => band.key === key);
  return RANKED[Math.min(Math.max(rank, 0), RANKED.length - 1)] ?? CONCERN;
}

/** A band's colour, for charts as for badges. */
export function bandColor(bands: readonly Band[], key: string): string {
  return bandStyle(bands, key).background;
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
  const style = bandStyle(bands, band);
  return (
    <Badge color={style.background} c={style.text} radius="sm" tt="none" fw={600} style={{ minWidth: "max-content" }}>
      {t("surveys.results.meanBand", { mean: text.mean(mean), band: found ? text.localized(found.label) : band })}
    </Badge>
  );
}
