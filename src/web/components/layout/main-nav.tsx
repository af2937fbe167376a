import { Button, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Role } from "../../../domain/vocabulary.js";
import { useAccount } from "../../api/account.js";
import { mayReadAudit } from "../../api/audit.js";
import { useSession } from "../../api/session.js";
import { canTransferData } from "../../permissions.js";

const LINKS = [
  { to: "/", key: "nav.home" },
  { to: "/partnerships", key: "nav.partnerships" },
  { to: "/organizations", key: "nav.organizations" },
  { to: "/programs", key: "nav.programs" },
  { to: "/reports", key: "nav.reports" },
  { to: "/data", key: "nav.data", shownTo: canTransferData },
  { to: "/admin/outbox", key: "outbox.nav", shownTo: (role) => role === "admin" },
  { to: "/audit", key: "audit.nav", shownTo: mayReadAudit },
] as const satisfies readonly { to: string; key: string; shownTo?: (role: Role | undefined) => boolean }[];

/** Links offered by what the account may do, as the server says (its abilities). */
const ABILITY_LINKS = [{ to: "/users", key: "peopleNav.users", ability: "manageUsers" }] as const;

function isActive(to: string, pathname: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

type Props = { vertical?: boolean; onNavigate?: () => void };

/** The main navigation: a row in the header, or a column in the menu of smaller screens. */
export function MainNav({ vertical = false, onNavigate }: Props) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const role = useSession().data?.user.role;
  const abilities = useAccount().data?.abilities;
  const shown = [
    ...LINKS.filter((link) => !("shownTo" in link) || link.shownTo(role)),
    ...ABILITY_LINKS.filter((link) => abilities?.[link.ability] === true),
  ];
  const links = shown.map((link) => {
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
