import { useCallback } from "react";
import { useSearchParams } from "react-router";

/**
 * List filters kept in the address, so that a filtered page can be shared, reloaded and reached with
 * the back button. Changing any filter returns to the first page.
 */
export function useSearchState<Key extends string>() {
  const [params, setParams] = useSearchParams();
  const get = useCallback((key: Key): string => params.get(key) ?? "", [params]);
  const page = Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1);

  const update = useCallback(
    (changes: Partial<Record<Key | "page", string | number | null>>) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (!("page" in changes)) next.delete("page");
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === undefined || value === "" || (key === "page" && value === 1)) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return { get, page, update };
}
