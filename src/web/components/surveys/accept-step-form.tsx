import { Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useChangeStep, useDecideStep } from "../../api/action-steps.js";
import { useMemberships } from "../../api/memberships.js";
import { usePlan } from "../../api/plan.js";
import { FormActions } from "../form-actions.js";
import { notifyError, notifySuccess } from "../notify.js";

type Props = {
  roundId: string;
  partnershipId: string;
  scoreKey: string;
  /** The library's suggestion being decided, for a step not decided yet. */
  suggestionKey?: string | undefined;
  /** The dismissed step accepted after all, with the version read. */
  step?: { id: string; version: number } | undefined;
  text: string;
  onDone: () => void;
};

/**
 * Accepting a step, a suggestion or one dismissed before: its wording, the objective it goes under (or
 * the score's own), its owner and due date.
 */
export function AcceptStepForm({ roundId, partnershipId, scoreKey, suggestionKey, step, text, onDone }: Props) {
  const { t } = useTranslation();
  const decide = useDecideStep(roundId, partnershipId);
  const change = useChangeStep(roundId, partnershipId);
  const plan = usePlan(partnershipId);
  const members = useMemberships(partnershipId);
  const [wording, setWording] = useState(text);
  const [objectiveId, setObjectiveId] = useState<string | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState("");
  const objectives = (plan.data?.goals ?? []).flatMap((goal) =>
    goal.objectives.map((objective) => ({ value: objective.id, label: `${goal.title} · ${objective.title}` })),
  );
  const owners = (members.data?.data ?? []).map((member) => ({ value: member.organization.id, label: member.organization.name }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const placing = {
      decision: "accept" as const,
      ...(wording.trim() !== text ? { text: wording.trim() } : {}),
      ...(objectiveId ? { objectiveId } : {}),
      ...(ownerId ? { ownerOrganizationId: ownerId } : {}),
      ...(dueOn ? { dueOn } : {}),
    };
    try {
      if (step) await change.mutateAsync({ stepId: step.id, body: { version: step.version, ...placing } });
      else await decide.mutateAsync({ scoreKey, ...(suggestionKey ? { suggestionKey } : {}), ...placing });
      notifySuccess(t("actions.accepted"));
      onDone();
    } catch (error) {
      notifyError(error, t("errors.saveFailed"), t);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Textarea
          label={t("actions.stepText")}
          required
          autosize
          minRows={2}
          data-autofocus
          value={wording}
          onChange={(e) => setWording(e.currentTarget.value)}
        />
        <Select
          label={t("actions.objective")}
          placeholder={t("actions.objectiveDefault")}
          data={objectives}
          clearable
          searchable
          value={objectiveId}
          onChange={setObjectiveId}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("actions.owner")}
            placeholder={t("select.choose")}
            data={owners}
            clearable
            searchable
            value={ownerId}
            onChange={setOwnerId}
          />
          <TextInput label={t("actions.dueOn")} type="date" value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
        </SimpleGrid>
        <FormActions submitLabel={t("actions.acceptSubmit")} onCancel={onDone} isPending={decide.isPending || change.isPending} />
      </Stack>
    </form>
  );
}
