import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { CONTINUUM_TYPES } from "../../../domain/reports/typology-report.js";
import type { TypologyGroup } from "./chart-options.js";
import { ScrollableTable } from "../scrollable-table.js";
import { useReportLabels } from "./report-labels.js";
import { TypeSwatch } from "./swatch.js";

type Props = {
  caption: string;
  /** The column the groups are named in: Program, Region, Sector or Partnership. */
  groupHeader: string;
  groups: readonly TypologyGroup[];
  total: TypologyGroup;
  groupLabel: (group: TypologyGroup) => string;
};

function GroupRow({ label, group, isTotal = false }: { label: string; group: TypologyGroup; isTotal?: boolean }) {
  const { t } = useTranslation();
  const { format } = useReportLabels();
  const weight = isTotal ? 700 : undefined;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={isTotal ? 700 : 500}>
        {label}
      </Table.Th>
      <Table.Td ta="right" fw={weight}>
        {format.number(group.total)}
      </Table.Td>
      {CONTINUUM_TYPES.map((type) => (
        <Table.Td key={type} ta="right" fw={weight} style={{ whiteSpace: "nowrap" }}>
          {t("reports.typology.cell", { count: format.number(group.counts[type]), percent: format.percent(group.percent[type]) })}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}

/** Records per group and type, with each type's share; the total row stays under every page. */
export function TypologyTable({ caption, groupHeader, groups, total, groupLabel }: Props) {
  const { t } = useTranslation();
  const { typeLabels } = useReportLabels();
  return (
    <ScrollableTable label={caption} minWidth={860}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{groupHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("reports.typology.records")}
            </Table.Th>
            {CONTINUUM_TYPES.map((type) => (
              <Table.Th key={type} scope="col" ta="right" style={{ whiteSpace: "nowrap" }}>
                <TypeSwatch type={type} />
                {typeLabels[type]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group, index) => (
            <GroupRow key={`${group.key}-${index}`} label={groupLabel(group)} group={group} />
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <GroupRow label={t("reports.total")} group={total} isTotal />
        </Table.Tfoot>
      </Table>
    </ScrollableTable>
  );
}
