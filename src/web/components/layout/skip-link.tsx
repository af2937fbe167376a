import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import classes from "./layout.module.css";

export const MAIN_ID = "main-content";

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <Anchor href={`#${MAIN_ID}`} className={classes.skipLink}>
      {t("app.skipToContent")}
    </Anchor>
  );
}
