import { Avatar, Button, Group, Stack, Text, UnstyledButton, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { CurrentUser } from "../../../contracts/auth.js";
import { useSignOut } from "../../api/session.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { notifySuccess } from "../notify.js";

function initials(name: string): string {
  const letters = name
    .split(/[\s@._-]+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part.charAt(0).toUpperCase());
  return letters.join("") || "?";
}

export function UserPanel({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const navigate = useNavigate();
  const signOut = useSignOut();
  const role = vocabulary.label("role", user.role);

  return (
    <Group gap="sm" wrap="nowrap">
      <UnstyledButton component={Link} to="/account">
        <VisuallyHidden>{t("peopleNav.accountPrefix")} </VisuallyHidden>
        <Group gap="xs" wrap="nowrap">
          <Avatar color="harbour" radius="xl" size={34} aria-hidden="true">
            {initials(user.name)}
          </Avatar>
          <Stack gap={0}>
            <Text fz="sm" fw={600} lh={1.2} maw={200} truncate="end">
              {user.name}
            </Text>
            <Text fz="xs" c="dimmed" lh={1.2}>
              {role}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
      <Button
        variant="default"
        size="xs"
        loading={signOut.isPending}
        onClick={() =>
          signOut.mutate(undefined, {
            onSettled: () => {
              notifySuccess(t("auth.signedOut"));
              void navigate("/sign-in", { replace: true });
            },
          })
        }
      >
        {t("nav.signOut")}
      </Button>
    </Group>
  );
}
