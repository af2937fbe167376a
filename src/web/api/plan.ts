import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  activitySchema,
  goalSchema,
  measureValueSchema,
  objectiveSchema,
  planSchema,
  type ActivityCreate,
  type ActivityUpdate,
  type GoalCreate,
  type GoalUpdate,
  type MeasureValueInput,
  type ObjectiveCreate,
  type ObjectiveUpdate,
} from "../../contracts/plan.js";
import { apiRequest, apiSend } from "./client.js";

export const planKeys = {
  of: (partnershipId: string) => ["partnerships", "plan", partnershipId] as const,
};

/** A partnership's whole plan, with each goal's progress and what the reader may change. */
export function usePlan(partnershipId: string) {
  return useQuery({
    queryKey: planKeys.of(partnershipId),
    queryFn: () => apiRequest(planSchema, "GET", `/partnerships/${partnershipId}/plan`),
  });
}

/** A change to any part of the plan: the plan is read again whole (its progress depends on every part). */
function usePlanMutation<Input, Output>(partnershipId: string, mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: planKeys.of(partnershipId) }) });
}

export function useCreateGoal(partnershipId: string) {
  return usePlanMutation(partnershipId, (body: GoalCreate) =>
    apiRequest(goalSchema, "POST", `/partnerships/${partnershipId}/goals`, { body }),
  );
}

export function useUpdateGoal(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ id, body }: { id: string; body: GoalUpdate }) =>
    apiRequest(goalSchema, "PATCH", `/goals/${id}`, { body }),
  );
}

export function useDeleteGoal(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ id, version }: { id: string; version: number }) =>
    apiSend("DELETE", `/goals/${id}`, { query: { version } }),
  );
}

export function useCreateObjective(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ goalId, body }: { goalId: string; body: ObjectiveCreate }) =>
    apiRequest(objectiveSchema, "POST", `/goals/${goalId}/objectives`, { body }),
  );
}

export function useUpdateObjective(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ id, body }: { id: string; body: ObjectiveUpdate }) =>
    apiRequest(objectiveSchema, "PATCH", `/objectives/${id}`, { body }),
  );
}

export function useDeleteObjective(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ id, version }: { id: string; version: number }) =>
    apiSend("DELETE", `/objectives/${id}`, { query: { version } }),
  );
}

export function useCreateActivity(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ objectiveId, body }: { objectiveId: string; body: ActivityCreate }) =>
    apiRequest(activitySchema, "POST", `/objectives/${objectiveId}/activities`, { body }),
  );
}

export function useUpdateActivity(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ id, body }: { id: string; body: ActivityUpdate }) =>
    apiRequest(activitySchema, "PATCH", `/activities/${id}`, { body }),
  );
}

export function useDeleteActivity(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ id, version }: { id: string; version: number }) =>
    apiSend("DELETE", `/activities/${id}`, { query: { version } }),
  );
}

export function useRecordValue(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ objectiveId, body }: { objectiveId: string; body: MeasureValueInput }) =>
    apiRequest(measureValueSchema, "POST", `/objectives/${objectiveId}/values`, { body }),
  );
}

export function useDeleteValue(partnershipId: string) {
  return usePlanMutation(partnershipId, ({ objectiveId, valueId }: { objectiveId: string; valueId: string }) =>
    apiSend("DELETE", `/objectives/${objectiveId}/values/${valueId}`),
  );
}
