import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from "@mantine/core";
import type { TFunction } from "i18next";
import tables from "./components/tables.module.css";

// A deep harbour blue: shade 7 (the primary) keeps white text above 5.5:1, shade 9 (used for light
// variants' text) above 7:1.
const harbour: MantineColorsTuple = [
  "#e8f3f8",
  "#d0e5ee",
  "#a2cadc",
  "#6fadc8",
  "#4795b8",
  "#2b83ab",
  "#1b6d93",
  "#135f82",
  "#0b5172",
  "#044261",
];

/** The theme, with spoken names for Mantine's icon-only buttons in the current language. */
export function createAppTheme(t: TFunction) {
  const close = { "aria-label": t("common.close") };
  const clear = { "aria-label": t("select.clear") };
  return createTheme({
    primaryColor: "harbour",
    primaryShade: { light: 7, dark: 5 },
    colors: { harbour },
    defaultRadius: "md",
    respectReducedMotion: true,
    fontFamily: "Inter, -apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, sans-serif",
    headings: {
      fontWeight: "650",
      sizes: {
        h1: { fontSize: "1.875rem", lineHeight: "1.25" },
        h2: { fontSize: "1.25rem", lineHeight: "1.35" },
        h3: { fontSize: "1.05rem", lineHeight: "1.4" },
      },
    },
    components: {
      Table: { defaultProps: { verticalSpacing: "sm", highlightOnHover: true } },
      // Wide tables keep their scrollbar visible and show a shadow where more columns hide.
      TableScrollContainer: {
        defaultProps: { scrollAreaProps: { type: "auto" } },
        classNames: { scrollContainer: tables.scrollContainer },
      },
      Paper: { defaultProps: { withBorder: true, radius: "md" } },
      Card: { defaultProps: { withBorder: true, radius: "md" } },
      Modal: { defaultProps: { closeButtonProps: close } },
      // A dialog's title bar is not the page's banner: a second <header> landmark would confuse navigation.
      ModalHeader: { defaultProps: { component: "div" } },
      Drawer: { defaultProps: { closeButtonProps: close } },
      DrawerHeader: { defaultProps: { component: "div" } },
      Notification: { defaultProps: { closeButtonProps: close } },
      Select: { defaultProps: { clearButtonProps: clear } },
      MultiSelect: { defaultProps: { clearButtonProps: clear } },
      FileInput: { defaultProps: { clearButtonProps: clear } },
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { "aria-label": t("auth.togglePassword") } } },
    },
  });
}

/** Secondary and error text darker than Mantine's defaults, so that both meet WCAG AA contrast on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { "--mantine-color-dimmed": "var(--mantine-color-gray-7)", "--mantine-color-error": "var(--mantine-color-red-9)" },
  dark: {},
});
