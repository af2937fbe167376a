import { MultiSelect, type MultiSelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { partnershipSchema } from "../../../contracts/partnerships.js";
import { apiRequest } from "../../api/client.js";
import { partnershipKeys, usePartnerships } from "../../api/partnerships.js";

type Props = Omit<MultiSelectProps, "data" | "value" | "onChange" | "searchable" | "filter"> & {
  value: string[];
  onChange: (ids: string[]) => void;
};

/** Chooses partnerships by name, asking the server as the user types; chosen ones keep their names. */
export function PartnershipsSelect({ value, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = usePartnerships({ q: debounced || undefined, sort: "name", pageSize: 50 });
  const [known, setKnown] = useState<Map<string, string>>(new Map());
  const found = results.data?.data;
  // Chosen partnerships the search did not bring back are read one by one: an account coordinates a few.
  const missing = value.filter((id) => !known.has(id) && !found?.some((partnership) => partnership.id === id));
  const details = useQueries({
    queries: missing.map((id) => ({
      queryKey: partnershipKeys.detail(id),
      queryFn: () => apiRequest(partnershipSchema, "GET", `/partnerships/${id}`),
    })),
  });

  const data = useMemo(() => {
    const names = new Map(known);
    for (const partnership of found ?? []) names.set(partnership.id, partnership.name);
    for (const detail of details) if (detail.data) names.set(detail.data.id, detail.data.name);
    for (const id of value) if (!names.has(id)) names.set(id, t("common.loading"));
    return [...names].map(([id, name]) => ({ value: id, label: name }));
  }, [known, found, details, value, t]);

  return (
    <MultiSelect
      {...props}
      searchable
      value={value}
      data={data}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        setKnown(new Map(data.filter((option) => ids.includes(option.value)).map((option) => [option.value, option.label])));
        onChange(ids);
      }}
      nothingFoundMessage={results.isFetching ? t("common.loading") : t("select.nothingFound")}
      placeholder={props.placeholder ?? t("select.typeToSearch")}
    />
  );
}
