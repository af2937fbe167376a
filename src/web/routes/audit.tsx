import { Alert, Button, CloseButton, Group, Paper, Select, SimpleGrid, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from "../../contracts/audit.js";
import { auditCsvUrl, useAuditEvents, useAuditPeople, type AuditFilters } from "../api/audit.js";
import { useAbilities } from "../api/session.js";
import { AuditEntries } from "../components/audit/audit-entries.js";
import { PageHeader } from "../components/page-header.js";
import { PaginationBar } from "../components/pagination-bar.js";
import { QueryState } from "../components/query-state.js";
import { useSearchState } from "../components/use-search-state.js";
import { useFormat } from "../i18n/format.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isEntity(value: string): value is AuditEntity {
  return (AUDIT_ENTITIES as readonly string[]).includes(value);
}

function isAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** Who changed what and when: the reader's whole trail, filtered, with a CSV of the same. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const abilities = useAbilities();
  const { get, page, update } = useSearchState<"entity" | "action" | "user" | "userName" | "from" | "to" | "partnership">();
  const entity = get("entity");
  const action = get("action");
  const from = get("from");
  const to = get("to");
  const filters: AuditFilters = {
    entity: isEntity(entity) ? entity : undefined,
    action: isAction(action) ? action : undefined,
    userId: get("user") || undefined,
    partnershipId: get("partnership") || undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
  };
  const allowed = abilities.readAudit;
  // An inverted range is pointed out beside the field rather than sent (the server would refuse it).
  const inverted = filters.from !== undefined && filters.to !== undefined && filters.to < filters.from;
  const events = useAuditEvents({ ...filters, page, pageSize: 25 }, allowed && !inverted);
  const people = useAuditPeople(abilities.manageUsers);

  const header = <PageHeader title={t("audit.title")} description={t("audit.intro")} />;
  if (!allowed) {
    return (
      <>
        {header}
        <Alert color="gray">{t("audit.notAllowed")}</Alert>
      </>
    );
  }

  const entityOptions = AUDIT_ENTITIES.map((value) => ({ value, label: t(`audit.entity.${value}`) }));
  const actionOptions = AUDIT_ACTIONS.map((value) => ({ value, label: t(`audit.action.${value}`) }));
  const personOptions = (people.data?.data ?? []).map((person) => ({ value: person.id, label: person.name }));
  const personName = get("userName");

  return (
    <>
      {header}
      <Paper p="md" mb="md" component="form" role="search" aria-label={t("audit.filters")} onSubmit={(event) => event.preventDefault()}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }}>
          <Select
            label={t("audit.filter.entity")}
            placeholder={t("common.allValues")}
            data={entityOptions}
            value={isEntity(entity) ? entity : null}
            onChange={(value) => update({ entity: value })}
            clearable
          />
          <Select
            label={t("audit.filter.action")}
            placeholder={t("common.allValues")}
            data={actionOptions}
            value={isAction(action) ? action : null}
            onChange={(value) => update({ action: value })}
            clearable
          />
          {abilities.manageUsers ? (
            <Select
              label={t("audit.filter.person")}
              placeholder={t("common.allValues")}
              data={personOptions}
              value={filters.userId ?? null}
              onChange={(value) => update({ user: value, userName: null })}
              clearable
              searchable
            />
          ) : (
            <TextInput
              label={t("audit.filter.person")}
              value={personName || (filters.userId ? t("audit.filter.somePerson") : t("common.allValues"))}
              description={t("audit.filter.personHint")}
              readOnly
              rightSection={
                filters.userId ? (
                  <CloseButton aria-label={t("audit.filter.clearPerson")} onClick={() => update({ user: null, userName: null })} />
                ) : null
              }
            />
          )}
          <TextInput
            label={t("audit.filter.from")}
            type="date"
            value={from}
            max={to || undefined}
            onChange={(event) => update({ from: event.currentTarget.value })}
          />
          <TextInput
            label={t("audit.filter.to")}
            type="date"
            value={to}
            error={inverted ? t("audit.filter.inverted") : undefined}
            min={from || undefined}
            onChange={(event) => update({ to: event.currentTarget.value })}
          />
        </SimpleGrid>
        <Group justify="space-between" mt="md" gap="sm">
          {filters.partnershipId ? (
            <Group gap="xs">
              <Text fz="sm">{t("audit.filter.onePartnership")}</Text>
              <Button variant="subtle" size="compact-sm" onClick={() => update({ partnership: null })}>
                {t("audit.filter.allPartnerships")}
              </Button>
            </Group>
          ) : (
            <span />
          )}
          <Button component="a" href={auditCsvUrl(filters, format.language)} variant="default" download>
            {t("audit.download")}
          </Button>
        </Group>
      </Paper>
      {!inverted && (
        <QueryState query={events}>
          {(result) => (
            <>
              <Paper p="md">
                <AuditEntries events={result.data} onPerson={(person) => update({ user: person.id, userName: person.name })} />
              </Paper>
              <PaginationBar pagination={result.pagination} onChange={(next) => update({ page: next })} />
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
