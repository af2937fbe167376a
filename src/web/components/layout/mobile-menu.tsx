import { Burger, Divider, Drawer, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { CurrentUser } from "../../../contracts/auth.js";
import { MainNav } from "./main-nav.js";
import { UserPanel } from "./user-panel.js";

/** On small screens the navigation and the account move into a menu opened from the header. */
export function MobileMenu({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <Burger opened={opened} onClick={toggle} size="sm" aria-label={t("nav.menu")} aria-expanded={opened} hiddenFrom="lg" />
      <Drawer opened={opened} onClose={close} title={t("nav.menu")} size="xs" position="right" hiddenFrom="lg">
        <Stack gap="md">
          <MainNav vertical onNavigate={close} />
          <Divider />
          <UserPanel user={user} />
        </Stack>
      </Drawer>
    </>
  );
}
