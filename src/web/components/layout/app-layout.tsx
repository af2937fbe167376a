import { AppShell, Box, Container, Group, UnstyledButton } from "@mantine/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, ScrollRestoration, useLocation } from "react-router";
import { useSession } from "../../api/session.js";
import { useLanguage } from "../../i18n/use-language.js";
import { Loading } from "../loading.js";
import { Brand } from "./brand.js";
import classes from "./layout.module.css";
import { LanguageSwitch } from "./language-switch.js";
import { MainNav } from "./main-nav.js";
import { MobileMenu } from "./mobile-menu.js";
import { MAIN_ID, SkipLink } from "./skip-link.js";
import { UserPanel } from "./user-panel.js";

/** The signed-in shell: header with navigation, language and account; pages render in <main>. */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { adopt } = useLanguage();
  const adoptedFor = useRef<string | null>(null);
  const previousPath = useRef(location.pathname);
  const user = session.data?.user;

  // After moving to another page, start reading and tabbing from its content, as a full load would.
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [location.pathname]);

  // Follow the account's language once per signed-in user (e.g. after reloading on another computer).
  useEffect(() => {
    if (user && adoptedFor.current !== user.id) {
      adoptedFor.current = user.id;
      adopt(user.locale);
    }
  }, [user, adopt]);

  if (session.isPending) {
    return <Loading h="100vh" />;
  }
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={next === "/" ? "/sign-in" : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <ScrollRestoration />
      <SkipLink />
      <AppShell.Header className={classes.header}>
        <Group h="100%" px="lg" justify="space-between" wrap="nowrap">
          <Group gap="xl" wrap="nowrap">
            <UnstyledButton component={Link} to="/" aria-label={t("app.homeLink")}>
              <Brand />
            </UnstyledButton>
            <Box visibleFrom="lg">
              <MainNav />
            </Box>
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <Box visibleFrom="lg">
              <UserPanel user={user} />
            </Box>
            <MobileMenu user={user} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <Container size="lg" py="xl">
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
