import { Select, Stack, Text, type ComboboxItem, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useOrganizations } from "../api/organizations.js";
import { useVocabulary } from "../i18n/vocabulary.js";
import type { Option } from "../i18n/vocabulary.js";

type Props = Omit<SelectProps, "data" | "onChange" | "value" | "searchable" | "filter"> & {
  value: string | null;
  onChange: (id: string | null) => void;
  /** How to show the current value before any search (e.g. the saved lead organization). */
  initialOption?: Option | null;
  /** Organizations that cannot be chosen (already members). */
  excludeIds?: readonly string[];
};

const NONE: readonly string[] = [];

/** Finds an organization in the registry by asking the server as the user types. */
export function OrganizationSelect({ value, onChange, initialOption = null, excludeIds = NONE, ...props }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Option | null>(initialOption);
  const term = search.trim() === selected?.label ? "" : search.trim();
  const [debounced] = useDebouncedValue(term, 250);
  const results = useOrganizations({ q: debounced || undefined, sort: "name", pageSize: 20 });

  const { data, sectors } = useMemo(() => {
    const sectorOf = new Map<string, string>();
    const options: Option[] = [];
    for (const organization of results.data?.data ?? []) {
      if (excludeIds.includes(organization.id) && organization.id !== value) continue;
      sectorOf.set(organization.id, vocabulary.label("sector", organization.sector));
      options.push({ value: organization.id, label: organization.name });
    }
    if (selected && !options.some((option) => option.value === selected.value)) options.unshift(selected);
    return { data: options, sectors: sectorOf };
  }, [results.data, excludeIds, value, selected, vocabulary]);

  const renderOption = ({ option }: { option: ComboboxItem }) => (
    <Stack gap={0}>
      <Text fz="sm">{option.label}</Text>
      {sectors.has(option.value) && (
        <Text fz="xs" c="dimmed">
          {sectors.get(option.value)}
        </Text>
      )}
    </Stack>
  );

  return (
    <Select
      {...props}
      searchable
      openOnFocus={false}
      value={value}
      data={data}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) => {
        setSelected(option ? { value: option.value, label: option.label } : null);
        onChange(next);
      }}
      renderOption={renderOption}
      nothingFoundMessage={results.isFetching ? t("common.loading") : t("select.nothingFound")}
      placeholder={props.placeholder ?? t("select.typeToSearch")}
      clearable
    />
  );
}
