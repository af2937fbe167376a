import { Anchor, Badge, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { User } from "../../../contracts/auth.js";
import { useVocabulary } from "../../i18n/vocabulary.js";
import { useDateTime } from "../account/use-date-time.js";

export function UserStatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={disabled ? "gray" : "green"} variant="dot" radius="sm" tt="none" fw={500} style={{ minWidth: "max-content" }}>
      {disabled ? t("users.disabled") : t("users.active")}
    </Badge>
  );
}

/** Users with their role, status and last sign-in; the name opens the user's page. */
export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const dateTime = useDateTime();
  if (users.length === 0) {
    return (
      <Text c="dimmed" p="lg">
        {t("users.empty")}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer
      minWidth={560}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: "region", "aria-label": t("users.title") } }}
    >
      <Table>
        <VisuallyHidden component="caption">{t("users.title")}</VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("users.name")}</Table.Th>
            <Table.Th scope="col">{t("users.role")}</Table.Th>
            <Table.Th scope="col">{t("users.status")}</Table.Th>
            <Table.Th scope="col">{t("users.lastSignIn")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/users/${user.id}`} fw={500} style={{ overflowWrap: "anywhere" }}>
                    {user.name}
                  </Anchor>
                  <Text fz="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
                    {user.email}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{vocabulary.label("role", user.role)}</Table.Td>
              <Table.Td>
                <UserStatusBadge disabled={user.disabled} />
              </Table.Td>
              <Table.Td>{dateTime(user.lastSignInAt, t("users.neverSignedIn"))}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
