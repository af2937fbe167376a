import { Anchor, Paper, Stack, Text, ThemeIcon, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AttentionItemBody } from "../../contracts/attention.js";
import { useAttention } from "../api/attention.js";
import { useFormat } from "../i18n/format.js";
import { toneProps, type Tone } from "./coverage/tones.js";
import { Icon } from "./icons.js";
import { PaginationBar } from "./pagination-bar.js";
import { QueryState } from "./query-state.js";

const TONES: Readonly<Record<AttentionItemBody["kind"], Tone>> = {
  empty_required_seats: "bad",
  wide_gaps: "warning",
  missing_partner_views: "neutral",
  funding_ending: "warning",
};

// Where each item is acted on: the coverage and the gaps are on the partnership's page.
function linkOf(item: AttentionItemBody): string {
  return item.kind === "funding_ending" ? `/partnerships/${item.partnership.id}/edit` : `/partnerships/${item.partnership.id}`;
}

function AttentionRow({ item }: { item: AttentionItemBody }) {
  const { t } = useTranslation();
  const format = useFormat();
  const seats = item.seats.map((seat) => seat.label[format.language]).join(", ");
  const detail = t(`attention.kind.${item.kind}`, {
    count: item.count,
    formatted: format.number(item.count),
    seats,
    date: format.date(item.fundingEndDate),
  });
  return (
    <Paper component="li" p="sm">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <ThemeIcon {...toneProps(TONES[item.kind], "filled")} radius="xl" size="sm" mt={3} aria-hidden="true">
          <Icon size={14}>
            <path d="M12 7v6M12 16.5v.5" />
          </Icon>
        </ThemeIcon>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={linkOf(item)} fw={600} style={{ overflowWrap: "anywhere" }}>
            {item.partnership.name}
          </Anchor>
          <Text fz="sm">{detail}</Text>
        </Stack>
      </Group>
    </Paper>
  );
}

/** The home page's "needs your attention" list, paged; says so when nothing does. */
export function AttentionList() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const attention = useAttention(page);
  return (
    <QueryState query={attention}>
      {(result) =>
        result.data.length === 0 ? (
          <Paper p="md">
            <Text c="dimmed">{t("attention.none")}</Text>
          </Paper>
        ) : (
          <>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: "none" }}>
              {result.data.map((item) => (
                <AttentionRow key={`${item.kind}-${item.partnership.id}`} item={item} />
              ))}
            </Stack>
            {result.pagination.totalPages > 1 && <PaginationBar pagination={result.pagination} onChange={setPage} />}
          </>
        )
      }
    </QueryState>
  );
}
