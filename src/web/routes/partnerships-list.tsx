import { Button, Paper, Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PARTNERSHIP_STATUSES, type PartnershipStatus } from "../../domain/vocabulary.js";
import { usePartnerships } from "../api/partnerships.js";
import { usePrograms } from "../api/programs.js";
import { useAbilities } from "../api/session.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { PartnershipsTable } from "../components/partnerships/partnerships-table.js";
import { QueryState } from "../components/query-state.js";
import { SearchInput } from "../components/search-input.js";
import { useSearchState } from "../components/use-search-state.js";
import { useVocabulary } from "../i18n/vocabulary.js";
import { useLocalizedNames } from "../i18n/localized-names.js";

function isStatus(value: string): value is PartnershipStatus {
  return (PARTNERSHIP_STATUSES as readonly string[]).includes(value);
}

export function PartnershipsListPage() {
  const { t } = useTranslation();
  const names = useLocalizedNames();
  const vocabulary = useVocabulary();
  const abilities = useAbilities();
  const programs = usePrograms();
  const { get, page, update } = useSearchState<"q" | "programId" | "status">();
  const status = get("status");
  const partnerships = usePartnerships({
    q: get("q") || undefined,
    programId: get("programId") || undefined,
    status: isStatus(status) ? status : undefined,
    sort: "name",
    page,
    pageSize: 25,
  });
  const programOptions = (programs.data?.data ?? []).map((program) => ({ value: program.id, label: names.program(program) }));

  return (
    <>
      <PageHeader
        title={t("partnerships.title")}
        description={t("partnerships.intro")}
        actions={
          abilities.createPartnerships && (
            <Button component={Link} to="/partnerships/new">
              {t("partnerships.new")}
            </Button>
          )
        }
      />
      <Paper p="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchInput
            label={t("common.search")}
            placeholder={t("partnerships.searchPlaceholder")}
            value={get("q")}
            onSearch={(q) => update({ q })}
          />
          <Select
            label={t("partnerships.program")}
            placeholder={t("common.allValues")}
            data={programOptions}
            value={get("programId") || null}
            onChange={(value) => update({ programId: value })}
            clearable
            searchable
          />
          <Select
            label={t("partnerships.status")}
            placeholder={t("common.allValues")}
            data={vocabulary.options("partnershipStatus")}
            value={isStatus(status) ? status : null}
            onChange={(value) => update({ status: value })}
            clearable
          />
        </SimpleGrid>
      </Paper>
      <QueryState query={partnerships}>
        {(result) => (
          <>
            <Paper>
              <PartnershipsTable partnerships={result.data} />
            </Paper>
            <PaginationBar pagination={result.pagination} onChange={(next) => update({ page: next })} />
          </>
        )}
      </QueryState>
    </>
  );
}
