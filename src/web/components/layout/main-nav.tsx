import { Button, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { GlobalAbilitiesBody } from "../../../contracts/abilities.js";
import { canTransferData, useAbilities } from "../../api/session.js";

const LINKS = [
  { to: "/", key: "nav.home" },
  { to: "/partnerships", key: "nav.partnerships" },
  { to: "/organizations", key: "nav.organizations" },
  { to: "/programs", key: "nav.programs" },
  { to: "/reports", key: "nav.reports" },
  { to: "/data", key: "nav.data", shownTo: canTransferData },
  { to: "/admin/outbox", key: "outbox.nav", shownTo: (abilities) => abilities.manageMail },
  { to: "/admin/instruments", key: "instruments.nav", shownTo: (abilities) => abilities.manageInstruments },
  { to: "/admin/suggestions", key: "actions.nav", shownTo: (abilities) => abilities.manageInstruments },
  { to: "/audit", key: "audit.nav", shownTo: (abilities) => abilities.readAudit },
  { to: "/users", key: "peopleNav.users", shownTo: (abilities) => abilities.manageUsers },
] as const satisfies readonly { to: string; key: string; shownTo?: (abilities: GlobalAbilitiesBody) => boolean }[];

function isActive(to: string, pathname: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

type Props = { vertical?: boolean; onNavigate?: () => void };

/** The main navigation: a row in the header, or a column in the menu of smaller screens. */
export function MainNav({ vertical = false, onNavigate }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const abilities = useAbilities();
  const links = LINKS.filter((link) => !("shownTo" in link) || link.shownTo(abilities)).map((link) => {
    const active = isActive(link.to, pathname);
    return (
      <Button
        key={link.to}
        component={Link}
        to={link.to}
        onClick={onNavigate}
        variant={active ? "light" : "subtle"}
        color={active ? undefined : "dark"}
        size={vertical ? "md" : "sm"}
        fw={active ? 650 : 500}
        justify={vertical ? "flex-start" : "center"}
        fullWidth={vertical}
        aria-current={active ? "page" : undefined}
      >
        {t(link.key)}
      </Button>
    );
  });
  return (
    <nav aria-label={t("nav.main")}>
      {vertical ? (
        <Stack gap={4}>{links}</Stack>
      ) : (
        <Group gap={4} wrap="nowrap">
          {links}
        </Group>
      )}
    </nav>
  );
}
