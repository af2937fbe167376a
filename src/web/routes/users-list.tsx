import { Paper, Select, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../domain/vocabulary.js";
import { useUsers } from "../api/users.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { SearchInput } from "../components/search-input.js";
import { InviteButton } from "../components/users/invite-button.js";
import { UsersTable } from "../components/users/users-table.js";
import { useSearchState } from "../components/use-search-state.js";
import { useVocabulary } from "../i18n/vocabulary.js";

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Administrators' list of accounts: search, role and status filters, a page at a time. */
export function UsersListPage() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { get, page, update } = useSearchState<"q" | "role" | "status">();
  const role = get("role");
  const status = get("status");
  const users = useUsers({
    q: get("q") || undefined,
    role: isRole(role) ? role : undefined,
    disabled: status === "disabled" ? true : status === "active" ? false : undefined,
    page,
    pageSize: 25,
  });
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.intro")} actions={<InviteButton />} />
      <Paper p="md" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <SearchInput
            label={t("common.search")}
            placeholder={t("users.searchPlaceholder")}
            value={get("q")}
            onSearch={(q) => update({ q })}
          />
          <Select
            label={t("users.role")}
            placeholder={t("users.allRoles")}
            data={vocabulary.options("role")}
            value={isRole(role) ? role : null}
            onChange={(value) => update({ role: value })}
            clearable
          />
          <Select
            label={t("users.status")}
            placeholder={t("users.allStatuses")}
            data={[
              { value: "active", label: t("users.active") },
              { value: "disabled", label: t("users.disabled") },
            ]}
            value={status === "active" || status === "disabled" ? status : null}
            onChange={(value) => update({ status: value })}
            clearable
          />
        </SimpleGrid>
      </Paper>
      <QueryState query={users}>
        {(result) => (
          <>
            <Paper>
              <UsersTable users={result.data} />
            </Paper>
            <PaginationBar pagination={result.pagination} onChange={(next) => update({ page: next })} />
          </>
        )}
      </QueryState>
    </>
  );
}
