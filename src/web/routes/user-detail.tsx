import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useRevokeUserToken, useUser, useUserTokens } from "../api/users.js";
import { TokensList } from "../components/account/tokens-list.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { Section } from "../components/section.js";
import { AccessForm } from "../components/users/access-form.js";
import { SignInSection } from "../components/users/sign-in-section.js";
import { UserStatusBadge } from "../components/users/users-table.js";

function UserTokens({ id }: { id: string }) {
  const [page, setPage] = useState(1);
  const tokens = useUserTokens(id, page);
  const revoke = useRevokeUserToken(id);
  return (
    <QueryState query={tokens}>
      {(result) => (
        <TokensList
          tokens={result.data}
          pagination={result.pagination}
          onPage={setPage}
          onRevoke={(tokenId) => revoke.mutateAsync(tokenId)}
          isRevoking={revoke.isPending}
        />
      )}
    </QueryState>
  );
}

/** One account, for administrators: role and access, sign-in and status, API tokens. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useUser(id);
  return (
    <QueryState query={user} notFound={t("users.notFound")}>
      {(data) => (
        <>
          <PageHeader
            title={data.name}
            description={
              <Text component="span" style={{ overflowWrap: "anywhere" }}>
                {data.email}
              </Text>
            }
            back={{ to: "/users", label: t("users.back") }}
            badges={<UserStatusBadge disabled={data.disabled} />}
          />
          <Stack gap="lg">
            <Section title={t("users.accessTitle")}>
              <AccessForm key={`${data.id}-${data.role}`} user={data} />
            </Section>
            <Section title={t("users.statusTitle")}>
              <SignInSection user={data} />
            </Section>
            {data.abilities.listTokens && (
              <Section title={t("users.tokensTitle")}>
                <UserTokens id={data.id} />
              </Section>
            )}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
