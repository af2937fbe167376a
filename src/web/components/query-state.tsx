import { Alert, Button } from "@mantine/core";
import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client.js";
import { Loading } from "./loading.js";
import { errorMessage } from "./notify.js";

type Props<T> = {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** Shown instead of the server's message when the answer is "not found". */
  notFound?: ReactNode;
};

/** Renders a query's data, or its loading and error states in a consistent way. */
export function QueryState<T>({ query, children, notFound }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return <Loading py="xl" />;
  }
  if (query.isError) {
    const isNotFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Alert color="red" title={t("errors.loadFailed")} role="alert">
        {isNotFound && notFound ? notFound : errorMessage(query.error, t)}
        {!isNotFound && (
          <Button variant="default" size="xs" mt="sm" display="block" onClick={() => void query.refetch()}>
            {t("errors.retry")}
          </Button>
        )}
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
