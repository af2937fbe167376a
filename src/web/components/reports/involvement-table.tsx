import { Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { indicatorLabel } from "../involvement/labels.js";
import type { InvolvementRow } from "./chart-options.js";
import { ScrollableTable } from "../scrollable-table.js";
import { useReportLabels } from "./report-labels.js";

// Dark text on a pale tint, marked by a bar as well as by colour.
const WIDEST_STYLE = {
  background: "var(--mantine-color-orange-0)",
  borderLeft: "4px solid var(--mantine-color-orange-7)",
  borderRadius: "var(--mantine-radius-sm)",
  color: "var(--mantine-color-text)",
};

/** How many of the widest gaps are highlighted. */
const WIDEST_GAPS = 3;

/** The indicators whose gap is among the widest (in absolute points), leaving out gaps of zero. */
export function widestGaps(rows: readonly InvolvementRow[], count = WIDEST_GAPS): Set<InvolvementRow["indicator"]> {
  const ranked = rows.filter((row) => row.gap !== null && row.gap !== 0).sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0));
  return new Set(ranked.slice(0, count).map((row) => row.indicator));
}

/** Table 1: per indicator, the share of yes from each view (with its counts) and the gap in points. */
export function InvolvementTable({ rows, caption }: { rows: readonly InvolvementRow[]; caption: string }) {
  const { t } = useTranslation();
  const { format, language } = useReportLabels();
  const widest = widestGaps(rows);
  const share = (value: InvolvementRow["lead"]) =>
    value.percent === null
      ? t("reports.involvement.noAnswers")
      : t("reports.involvement.share", {
          percent: format.percent(value.percent),
          yes: format.number(value.yes),
          answered: format.number(value.answered),
        });

  return (
    <ScrollableTable label={caption} minWidth={720}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("reports.involvement.indicator")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.involvement.lead")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.involvement.partner")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.involvement.gap")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const gap = row.gap === null ? t("common.none") : t("reports.involvement.points", { value: format.signedDecimal(row.gap) });
            return (
              <Table.Tr key={row.indicator}>
                <Table.Th scope="row" fw={500}>
                  {indicatorLabel(row.indicator, language)}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {share(row.lead)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {share(row.partner)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {widest.has(row.indicator) ? (
                    <Text component="span" fw={700} px={8} py={2} style={WIDEST_STYLE}>
                      {gap}
                      <VisuallyHidden>, {t("reports.involvement.widest")}</VisuallyHidden>
                    </Text>
                  ) : (
                    gap
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
