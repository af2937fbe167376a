import { Box, Container, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { Brand } from "./brand.js";
import classes from "./layout.module.css";
import { LanguageSwitch } from "./language-switch.js";
import { MAIN_ID, SkipLink } from "./skip-link.js";

/**
 * For pages seen before signing in: the brand, the language switch and the page. A page that needs more
 * room (the survey form) gives its width; one whose language works differently gives its own switch.
 */
export function PublicLayout({ children, size = 460, languageSwitch }: { children: ReactNode; size?: number; languageSwitch?: ReactNode }) {
  return (
    <>
      <SkipLink />
      <Box component="header" className={classes.header} style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Group h={64} px="lg" justify="space-between">
          <Brand />
          {languageSwitch ?? <LanguageSwitch />}
        </Group>
      </Box>
      <Box component="main" id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <Container size={size} py={size > 460 ? 32 : 64}>
          {children}
        </Container>
      </Box>
    </>
  );
}
