import { Center, Loader, type CenterProps } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** A spinner that is announced as "Loading…". */
export function Loading(props: CenterProps) {
  const { t } = useTranslation();
  return (
    <Center role="status" aria-label={t("common.loading")} {...props}>
      <Loader />
    </Center>
  );
}
