import { useCallback } from "react";
import { useSearchParams } from "react-router";

/**
 * List filters kept in the address, so that a filtered page can be shared, reloaded and reached with
 * the back button. Changing any filter returns to the first page.
 *
 * Each change starts from the address as it is now, not from the parameters of the last render: the
 * router re-renders in a transition, so two changes made before it does (a quick second field, a busy
 * machine) would otherwise each start from the same old address and the second would undo the first.
 */
export function useSearchState<Key extends string>() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: Key): string => params.get(key) ?? "", [params]);
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);

  const update = useCallback(
    (changes: Partial<Record<Key | "page", string | number | null>>) => {
      const next = new URLSearchParams(window.location.search);
      if (!("page" in changes)) next.delete("page");
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === undefined || value === "" || (key === "page" && value === 1)) next.delete(key);
        else next.set(key, String(value));
      }
      setParams(next, { replace: true });
    },
    [setParams],
  );

  return { get, page, update };
}
