import { Button, Paper, Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SECTORS, type Sector } from "../../domain/vocabulary.js";
import { useOrganizations, type OrganizationFilters } from "../api/organizations.js";
import { useAbilities } from "../api/session.js";
import { OrganizationsTable } from "../components/organizations/organizations-table.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { SearchInput } from "../components/search-input.js";
import { useSearchState } from "../components/use-search-state.js";
import { useVocabulary } from "../i18n/vocabulary.js";

const SORTS = {
  "name-asc": { sort: "name", order: "asc" },
  "name-desc": { sort: "name", order: "desc" },
  "sector-asc": { sort: "sector", order: "asc" },
  "created-desc": { sort: "createdAt", order: "desc" },
  "updated-desc": { sort: "updatedAt", order: "desc" },
} as const satisfies Record<string, Pick<OrganizationFilters, "sort" | "order">>;
type SortKey = keyof typeof SORTS;

function isSortKey(value: string): value is SortKey {
  return value in SORTS;
}

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

export function OrganizationsListPage() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const abilities = useAbilities();
  const { get, page, update } = useSearchState<"q" | "sector" | "sort">();
  const sector = get("sector");
  const sortParam = get("sort");
  const sortKey: SortKey = isSortKey(sortParam) ? sortParam : "name-asc";
  const organizations = useOrganizations({
    q: get("q") || undefined,
    sector: isSector(sector) ? sector : undefined,
    ...SORTS[sortKey],
    page,
    pageSize: 25,
  });

  const sortOptions = [
    { value: "name-asc", label: t("organizations.sortNameAsc") },
    { value: "name-desc", label: t("organizations.sortNameDesc") },
    { value: "sector-asc", label: t("organizations.sector") },
    { value: "created-desc", label: t("organizations.sortCreated") },
    { value: "updated-desc", label: t("organizations.sortUpdated") },
  ];

  return (
    <>
      <PageHeader
        title={t("organizations.title")}
        description={t("organizations.intro")}
        actions={
          abilities.createOrganizations && (
            <Button component={Link} to="/organizations/new">
              {t("organizations.new")}
            </Button>
          )
        }
      />
      <Paper p="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchInput
            label={t("common.search")}
            placeholder={t("organizations.searchPlaceholder")}
            value={get("q")}
            onSearch={(q) => update({ q })}
          />
          <Select
            label={t("organizations.sector")}
            placeholder={t("common.allValues")}
            data={vocabulary.options("sector")}
            value={isSector(sector) ? sector : null}
            onChange={(value) => update({ sector: value })}
            clearable
            searchable
          />
          <Select
            label={t("common.sortBy")}
            data={sortOptions}
            value={sortKey}
            onChange={(value) => update({ sort: value === "name-asc" ? null : value })}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Paper>
      <QueryState query={organizations}>
        {(result) => (
          <>
            <Paper>
              <OrganizationsTable organizations={result.data} />
            </Paper>
            <PaginationBar pagination={result.pagination} onChange={(next) => update({ page: next })} />
          </>
        )}
      </QueryState>
    </>
  );
}
