import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  attendanceSchema,
  meetingDetailSchema,
  meetingPageSchema,
  meetingSettingsSchema,
  reviewItemSchema,
  reviewPageSchema,
  type AttendanceUpdate,
  type MeetingCreate,
  type MeetingSettingsUpdate,
  type MeetingUpdate,
  type ReviewUpdate,
} from "../../contracts/meetings.js";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { apiRequest } from "./client.js";

export const meetingKeys = {
  all: ["meetings"] as const,
  ofPartnership: (partnershipId: string) => ["meetings", "partnership", partnershipId] as const,
  list: (partnershipId: string, when: string, page: number, pageSize: number) =>
    ["meetings", "partnership", partnershipId, when, page, pageSize] as const,
  one: (meetingId: string) => ["meetings", "one", meetingId] as const,
  review: (meetingId: string) => ["meetings", "review", meetingId] as const,
};

/** A page of a partnership's meetings, with its settings, next meeting and whether its cadence is kept. */
export function useMeetings(partnershipId: string, when: "upcoming" | "past" | "all", page = 1, pageSize = 25) {
  return useQuery({
    queryKey: meetingKeys.list(partnershipId, when, page, pageSize),
    queryFn: () => apiRequest(meetingPageSchema, "GET", `/partnerships/${partnershipId}/meetings`, { query: { when, page, pageSize } }),
  });
}

export function useMeeting(meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.one(meetingId),
    queryFn: () => apiRequest(meetingDetailSchema, "GET", `/meetings/${meetingId}`),
  });
}

export function useReview(meetingId: string) {
  return useQuery({
    queryKey: meetingKeys.review(meetingId),
    queryFn: () => apiRequest(reviewPageSchema, "GET", `/meetings/${meetingId}/review`, { query: { pageSize: PAGE_SIZE_MAX } }),
  });
}

export function useCreateMeeting(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingCreate) => apiRequest(meetingDetailSchema, "POST", `/partnerships/${partnershipId}/meetings`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.ofPartnership(partnershipId) }),
  });
}

export function useSaveMeetingSettings(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MeetingSettingsUpdate) =>
      apiRequest(meetingSettingsSchema, "PUT", `/partnerships/${partnershipId}/meeting-settings`, { body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.ofPartnership(partnershipId) }),
  });
}

// A change to one meeting shows in its page, its review and the partnership's lists.
function useMeetingMutation<Input, Output>(meetingId: string, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: meetingKeys.one(meetingId) }),
        queryClient.invalidateQueries({ queryKey: meetingKeys.review(meetingId) }),
        queryClient.invalidateQueries({ queryKey: ["meetings", "partnership"] }),
      ]),
  });
}

export function useUpdateMeeting(meetingId: string) {
  return useMeetingMutation(meetingId, (body: MeetingUpdate) =>
    apiRequest(meetingDetailSchema, "PATCH", `/meetings/${meetingId}`, { body }),
  );
}

export function useCancelMeeting(meetingId: string) {
  return useMeetingMutation(meetingId, (version: number) =>
    apiRequest(meetingDetailSchema, "POST", `/meetings/${meetingId}/cancel`, { body: { version } }),
  );
}

export function useSaveAttendance(meetingId: string) {
  return useMeetingMutation(meetingId, (body: AttendanceUpdate) =>
    apiRequest(attendanceSchema, "PUT", `/meetings/${meetingId}/attendance`, { body }),
  );
}

export function useSaveReview(meetingId: string) {
  return useMeetingMutation(meetingId, ({ commitmentId, body }: { commitmentId: string; body: ReviewUpdate }) =>
    apiRequest(reviewItemSchema, "PUT", `/meetings/${meetingId}/review/${commitmentId}`, { body }),
  );
}
