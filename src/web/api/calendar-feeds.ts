import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { PAGE_SIZE_MAX } from "../../contracts/common.js";
import { calendarFeedPageSchema, createdCalendarFeedSchema } from "../../contracts/calendar-feeds.js";
import { apiRequest, apiSend } from "./client.js";

export const calendarFeedKeys = { mine: ["calendar-feeds"] as const };

/** The signed-in user's live feeds. */
export function useCalendarFeeds() {
  return useQuery({
    queryKey: calendarFeedKeys.mine,
    queryFn: () => apiRequest(calendarFeedPageSchema, "GET", "/calendar-feeds", { query: { pageSize: PAGE_SIZE_MAX } }),
  });
}

/** Makes a feed of one partnership (or, with null, of all the user's), replacing the previous one of it; the answer holds its address. */
export function useMakeCalendarFeed(partnershipId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiRequest(createdCalendarFeedSchema, "POST", partnershipId ? `/partnerships/${partnershipId}/calendar-feeds` : "/calendar-feeds"),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.mine }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiSend("DELETE", `/calendar-feeds/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarFeedKeys.mine }),
  });
}
