import { Button, Modal, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { Partnership } from "../../contracts/partnerships.js";
import { usePartnership } from "../api/partnerships.js";
import { useRounds } from "../api/surveys.js";
import { PlusIcon } from "../components/icons.js";
import { PageHeader } from "../components/page-header.js";
import { QueryState } from "../components/query-state.js";
import { Section } from "../components/section.js";
import { OpenRoundForm } from "../components/surveys/open-round-form.js";
import { RoundsTable } from "../components/surveys/rounds-table.js";

function Surveys({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation();
  const rounds = useRounds(partnership.id);
  const [opening, setOpening] = useState(false);
  return (
    <>
      <PageHeader
        title={t("surveys.title")}
        description={t("surveys.intro", { partnership: partnership.name })}
        back={{ to: `/partnerships/${partnership.id}`, label: partnership.name }}
        actions={
          partnership.abilities.runSurveys && (
            <Button leftSection={<PlusIcon size={16} />} onClick={() => setOpening(true)}>
              {t("surveys.open.action")}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <Section title={t("surveys.rounds.title")}>
          <QueryState query={rounds}>
            {(current) =>
              current.data.length === 0 ? <Text c="dimmed">{t("surveys.rounds.empty")}</Text> : <RoundsTable rounds={current.data} />
            }
          </QueryState>
        </Section>
      </Stack>
      <Modal opened={opening} onClose={() => setOpening(false)} title={t("surveys.open.title")} size="xl">
        <OpenRoundForm partnership={partnership} onDone={() => setOpening(false)} />
      </Modal>
    </>
  );
}

export function PartnershipSurveysPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const partnership = usePartnership(id);
  return (
    <QueryState query={partnership} notFound={t("partnerships.notFound")}>
      {(current) => <Surveys partnership={current} />}
    </QueryState>
  );
}
