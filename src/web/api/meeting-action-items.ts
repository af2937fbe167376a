// Turning a meeting's action item into a commitment (the ledger) or an activity (the action plan), through
// those parts' own endpoints. Only the fields used here are read from their answers, so that the form
// keeps working as they grow.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { AxisStage } from "../../domain/coverage/axis.js";
import { isApiError, apiRequest } from "./client.js";
import { meetingKeys } from "./meetings.js";

const createdSchema = z.looseObject({ id: z.string() });

const planSchema = z.looseObject({
  goals: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      objectives: z.array(z.looseObject({ id: z.string(), title: z.string() })),
    }),
  ),
  abilities: z.looseObject({}).optional(),
});

export type ObjectiveOption = { id: string; title: string; goal: string };

/**
 * The partnership's objectives, from its action plan; null when the plan cannot be read (a server
 * without it), so that the form offers commitments only.
 */
export function usePlanObjectives(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["meetings", "plan-objectives", partnershipId],
    enabled,
    retry: false,
    queryFn: async (): Promise<ObjectiveOption[] | null> => {
      try {
        const plan = await apiRequest(planSchema, "GET", `/partnerships/${partnershipId}/plan`);
        return plan.goals.flatMap((goal) =>
          goal.objectives.map((objective) => ({ id: objective.id, title: objective.title, goal: goal.title })),
        );
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.code === "invalid_response")) return null;
        throw error;
      }
    },
  });
}

/** Whether the partnership's commitment ledger answers; false on a server without it. */
export function useLedgerAvailable(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["meetings", "ledger-available", partnershipId],
    enabled,
    retry: false,
    queryFn: async (): Promise<boolean> => {
      try {
        await apiRequest(z.looseObject({ data: z.array(z.unknown()) }), "GET", `/partnerships/${partnershipId}/commitments`, {
          query: { pageSize: 1 },
        });
        return true;
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.code === "invalid_response")) return false;
        throw error;
      }
    },
  });
}

export type CommitmentFromMeeting = {
  organizationId: string;
  description: string;
  axis: AxisStage;
  pledgedOn: string;
  dueOn: string;
  meetingId: string;
};

export type ActivityFromMeeting = {
  objectiveId: string;
  body: { title: string; ownerOrganizationId?: string; dueOn?: string; meetingId: string };
};

export function useCommitmentFromMeeting(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CommitmentFromMeeting) => apiRequest(createdSchema, "POST", `/partnerships/${partnershipId}/commitments`, { body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.one(meetingId) }),
        queryClient.invalidateQueries({ queryKey: ["commitments"] }),
      ]),
  });
}

export function useActivityFromMeeting(meetingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ objectiveId, body }: ActivityFromMeeting) =>
      apiRequest(createdSchema, "POST", `/objectives/${objectiveId}/activities`, { body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.one(meetingId) }),
        queryClient.invalidateQueries({ queryKey: ["plan"] }),
      ]),
  });
}
