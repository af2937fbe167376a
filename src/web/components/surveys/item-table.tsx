import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ItemResult } from "../../../contracts/surveys.js";
import type { InstrumentOptions } from "../../api/survey-results.js";
import { useFormat } from "../../i18n/format.js";
import { ScrollableTable } from "../scrollable-table.js";
import { useSurveyText } from "./labels.js";

/** One choice or yes/no item as the study's tables give it: each answer, how many gave it and their share. */
export function ItemTable({ item, options }: { item: ItemResult; options: InstrumentOptions | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useSurveyText();
  const title = text.localized(item.text);
  if (item.withheld || !item.counts)
    return (
      <Text size="sm">
        <Text span fw={600} inherit>
          {title}
        </Text>{" "}
        — {t("surveys.results.withheldShort")}
      </Text>
    );
  const words = options?.get(item.id);
  const optionLabel = (key: string) => {
    const label = words?.get(key);
    if (label) return text.localized(label);
    if (key === "yes" || key === "no") return t(`surveys.results.${key}`);
    return key;
  };
  return (
    <div>
      <ScrollableTable label={title} minWidth={360}>
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("surveys.results.option")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("surveys.results.count")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("surveys.results.percent")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {Object.entries(item.counts).map(([key, count]) => (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw={400}>
                  {optionLabel(key)}
                </Table.Th>
                <Table.Td ta="right">{format.number(count)}</Table.Td>
                <Table.Td ta="right">{format.percent(item.percent?.[key] ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      {item.answered !== null && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("surveys.results.answered", { count: item.answered })}
        </Text>
      )}
    </div>
  );
}
