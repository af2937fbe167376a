import { Box, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { Brand } from "./brand.js";
import classes from "./layout.module.css";
import { LanguageSwitch } from "./language-switch.js";
import { MAIN_ID, SkipLink } from "./skip-link.js";

/** For pages seen before signing in: the brand, the language switch and the page. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Box component="header" className={classes.header} style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Group h={64} px="lg" justify="space-between">
          <Brand />
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <Container size={460} py={64}>
          {children}
        </Container>
      </Box>
    </>
  );
}
