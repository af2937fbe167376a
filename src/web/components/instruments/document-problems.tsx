import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.js";
import { errorMessage } from "../notify.js";

/** What the server refused in a document, each problem by its path (already in the reader's language). */
export function DocumentProblems({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = isApiError(error) ? error.details : [];
  return (
    <Alert color="red" title={t("instruments.problemsTitle", { count: details.length || 1 })} role="alert">
      {details.length === 0 ? (
        <Text fz="sm">{errorMessage(error, t)}</Text>
      ) : (
        <List size="sm" spacing={4}>
          {details.map((problem, index) => (
            <List.Item key={`${problem.field}-${index}`} style={{ overflowWrap: "anywhere" }}>
              <Text span ff="monospace" fz="sm">
                {problem.field}
              </Text>{" "}
              {problem.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
