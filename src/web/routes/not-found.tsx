import { Anchor, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../components/page-header.js";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("errors.notFoundTitle")} description={t("errors.notFoundText")} />
      <Text>
        <Anchor component={Link} to="/">
          {t("errors.goHome")}
        </Anchor>
      </Text>
    </>
  );
}
