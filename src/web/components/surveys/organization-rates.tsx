import { Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { RoundDetail } from "../../../contracts/surveys.js";
import { useSurveyText } from "./labels.js";

/** The response rate of each organization asked, as a bar and in words. */
export function OrganizationRates({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const text = useSurveyText();
  return (
    <Stack gap="sm" component="ul" aria-label={t("surveys.respondents.ratesLabel")} style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {round.organizations.map((entry) => {
        const rate = text.rate(entry.submitted, entry.invited);
        return (
          <Stack key={entry.organization.id} gap={4} component="li">
            <Text size="sm">
              <Text span fw={600} inherit>
                {entry.organization.name}
              </Text>{" "}
              · {rate}
            </Text>
            <Progress
              value={entry.invited === 0 ? 0 : (100 * entry.submitted) / entry.invited}
              aria-label={`${entry.organization.name}: ${rate}`}
              color="green.8"
            />
          </Stack>
        );
      })}
    </Stack>
  );
}
