import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount, useOwnTokens, useRevokeOwnToken } from "../api/account.js";
import { useSession } from "../api/session.js";
import { CalendarFeedsSection } from "../components/account/calendar-feeds-section.js";
import { PasswordForm } from "../components/account/password-form.js";
import { ProfileForm } from "../components/account/profile-form.js";
import { RemindersSection } from "../components/account/reminders-section.js";
import { TokenCreate } from "../components/account/token-create.js";
import { TokensList } from "../components/account/tokens-list.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { Section } from "../components/section.js";

/** Everyone's own account: profile, password and API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const [tokensPage, setTokensPage] = useState(1);
  const tokens = useOwnTokens(tokensPage);
  const revoke = useRevokeOwnToken();
  const locale = useSession().data?.user.locale;
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.intro")} />
      <Stack gap="lg">
        <Section title={t("account.profileTitle")}>
          <QueryState query={account}>{(data) => <ProfileForm key={`${data.id}-${locale ?? data.locale}`} account={data} />}</QueryState>
        </Section>
        <Section title={t("account.passwordTitle")}>
          <Text c="dimmed" mb="md">
            {t("account.passwordIntro")}
          </Text>
          <PasswordForm />
        </Section>
        <RemindersSection />
        <CalendarFeedsSection />
        <Section title={t("users.tokensTitle")}>
          <Stack gap="md">
            <Text c="dimmed">{t("tokens.intro")}</Text>
            <TokenCreate />
            <QueryState query={tokens}>
              {(page) => (
                <TokensList
                  tokens={page.data}
                  pagination={page.pagination}
                  onPage={setTokensPage}
                  onRevoke={(id) => revoke.mutateAsync(id)}
                  isRevoking={revoke.isPending}
                />
              )}
            </QueryState>
          </Stack>
        </Section>
      </Stack>
    </>
  );
}
