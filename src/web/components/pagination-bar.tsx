import { Group, Pagination, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Pagination as PageInfo } from "../../contracts/common.js";
import { useFormat } from "../i18n/format.js";

/** "1–25 of 40" and page controls, each with a spoken name. */
export function PaginationBar({ pagination, onChange }: { pagination: PageInfo; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { page, pageSize, total, totalPages } = pagination;
  if (total === 0) return null;
  const from = (page - 1) * pageSize + 1;
  const to = Math.min(page * pageSize, total);
  const labels = { first: "pagination.first", previous: "pagination.previous", next: "pagination.next", last: "pagination.last" } as const;

  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text fz="sm" c="dimmed" aria-live="polite">
        {t("pagination.summary", { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </Text>
      {totalPages > 1 && (
        <nav aria-label={t("pagination.label")}>
          <Pagination
            total={totalPages}
            value={page}
            onChange={onChange}
            size="sm"
            getControlProps={(control) => ({ "aria-label": t(labels[control]) })}
            getItemProps={(item) => ({
              "aria-label": t("pagination.page", { page: format.number(item) }),
              "aria-current": item === page ? "page" : undefined,
            })}
          />
        </nav>
      )}
    </Group>
  );
}
