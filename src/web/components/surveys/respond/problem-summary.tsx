import { Alert, Anchor, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { itemAnchor, type LocalizedItem } from "./answers.js";

/** Moves to a question: its checked choice or first control gets the focus (and, with it, the screen). */
export function focusItem(itemId: string): void {
  const fieldset = document.getElementById(itemAnchor(itemId));
  const control = fieldset?.querySelector<HTMLElement>("input:checked, input, textarea");
  (control ?? fieldset)?.focus();
}

/** At the top of the form after a refused submission: each question to see to, as a link to it. */
export function ProblemSummary({
  items,
  problems,
  others,
}: {
  items: LocalizedItem[];
  problems: Record<string, string>;
  others: string[];
}) {
  const { t } = useTranslation();
  if (items.length === 0 && others.length === 0) return null;
  return (
    <Alert color="red" role="alert" title={t("respond.submit.problemsTitle", { count: items.length || others.length })}>
      <List spacing={4} fz="sm">
        {items.map((item) => (
          <List.Item key={item.id}>
            <Anchor
              href={`#${itemAnchor(item.id)}`}
              fz="sm"
              c="red.9"
              underline="always"
              onClick={(event) => {
                event.preventDefault();
                focusItem(item.id);
              }}
            >
              {item.text}
            </Anchor>
            <Text span fz="sm">
              {" "}
              — {problems[item.id]}
            </Text>
          </List.Item>
        ))}
        {others.map((text) => (
          <List.Item key={text}>{text}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
