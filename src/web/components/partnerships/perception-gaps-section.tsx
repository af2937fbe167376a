import { Anchor, Table, Text, VisuallyHidden } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DEFAULT_ROUND } from "../../../contracts/involvement.js";
import type { Partnership } from "../../../contracts/partnerships.js";
import { usePerceptionGaps } from "../../api/involvement.js";
import { useFormat } from "../../i18n/format.js";
import { GapSize } from "../involvement/gap-size.js";
import { RoundSelect } from "../involvement/round-select.js";
import { useTypeLabel } from "../involvement/use-type-label.js";
import { QueryState } from "../query-state.js";
import { Section } from "../section.js";
import { ReclassifyAction } from "./reclassify-action.js";

/** Members whose lead and partner views differ most in a round, each linking to its answers. */
export function PerceptionGapsSection({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [round, setRound] = useState(DEFAULT_ROUND);
  const gaps = usePerceptionGaps(partnership.id, round);
  const typeLabel = useTypeLabel(gaps.data?.data.flatMap((gap) => [gap.lead.rubric, gap.partner.rubric]) ?? []);
  return (
    <Section
      title={t("gaps.title")}
      actions={
        <>
          <RoundSelect value={round} onChange={setRound} />
          {partnership.abilities.classify && <ReclassifyAction partnership={partnership} />}
        </>
      }
    >
      <QueryState query={gaps}>
        {(page) =>
          page.data.length === 0 ? (
            <Text c="dimmed">{t("gaps.empty")}</Text>
          ) : (
            <>
              <Text fz="sm" c="dimmed" mb="sm">
                {t("perception.tableExplain")}
              </Text>
              <Table.ScrollContainer minWidth={640}>
                <Table>
                  <VisuallyHidden component="caption">{t("gaps.tableCaption", { name: partnership.name })}</VisuallyHidden>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t("members.organization")}</Table.Th>
                      <Table.Th scope="col">{t("gaps.lead")}</Table.Th>
                      <Table.Th scope="col">{t("gaps.partner")}</Table.Th>
                      <Table.Th scope="col">{t("gaps.difference")}</Table.Th>
                      <Table.Th scope="col">{t("gaps.disagreements")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.data.map((gap) => (
                      <Table.Tr key={gap.membershipId}>
                        <Table.Td>
                          <Anchor
                            component={Link}
                            to={`/partnerships/${partnership.id}/members/${gap.membershipId}/involvement`}
                            fw={500}
                            inherit
                          >
                            {gap.organization.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{typeLabel(gap.lead.type, gap.lead.rubric)}</Table.Td>
                        <Table.Td>{typeLabel(gap.partner.type, gap.partner.rubric)}</Table.Td>
                        <Table.Td>
                          <GapSize difference={gap.difference} />
                        </Table.Td>
                        <Table.Td>{format.number(gap.disagreements.length)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
