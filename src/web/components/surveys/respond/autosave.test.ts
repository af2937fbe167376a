import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SentAnswers } from "./answers.js";
import { createAutosave, type Saved, type SaveState } from "./autosave.js";

const SAVED: Saved = { submittedAt: null, updatedAt: "2026-12-01T10:00:00.000Z" };

/** A server whose answers the test releases one at a time. */
function controlledServer() {
  const calls: { sent: SentAnswers; resolve: (saved: Saved) => void; reject: (error: unknown) => void }[] = [];
  const save = (sent: SentAnswers) =>
    new Promise<Saved>((resolve, reject) => {
      calls.push({ sent, resolve, reject });
    });
  return { calls, save };
}

describe("saving answers as they are given", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("waits for the respondent to pause, then sends the latest answers once", async () => {
    const server = controlledServer();
    const states: SaveState[] = [];
    const autosave = createAutosave({ save: server.save, onState: (state) => states.push(state), initial: {}, delay: 500 });
    autosave.change({ q1: 4 });
    await vi.advanceTimersByTimeAsync(300);
    autosave.change({ q1: 5 });
    await vi.advanceTimersByTimeAsync(300);
    expect(server.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(server.calls.map((call) => call.sent)).toEqual([{ q1: 5 }]);
    expect(states.at(-1)).toEqual({ status: "saving" });
    server.calls[0]?.resolve(SAVED);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ status: "saved", submittedAt: null });
  });

  it("sends an answer taken back as null, including one loaded with the form", async () => {
    const server = controlledServer();
    const autosave = createAutosave({ save: server.save, onState: () => undefined, initial: { q1: 2, q2: "yes" }, delay: 100 });
    autosave.change({ q2: "yes" });
    await vi.advanceTimersByTimeAsync(100);
    expect(server.calls[0]?.sent).toEqual({ q1: null, q2: "yes" });
  });

  it("sends a change made during a save right after it, never two saves at once", async () => {
    const server = controlledServer();
    const states: SaveState[] = [];
    const autosave = createAutosave({ save: server.save, onState: (state) => states.push(state), initial: {}, delay: 100 });
    autosave.change({ q1: 1 });
    await vi.advanceTimersByTimeAsync(100);
    autosave.change({ q1: 1, q2: "no" });
    await vi.advanceTimersByTimeAsync(100);
    expect(server.calls).toHaveLength(1);
    server.calls[0]?.resolve(SAVED);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ status: "saving" });
    expect(server.calls.map((call) => call.sent)).toEqual([{ q1: 1 }, { q1: 1, q2: "no" }]);
    server.calls[1]?.resolve(SAVED);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ status: "saved", submittedAt: null });
  });

  it("says a failed save failed and sends the same answers again on retry", async () => {
    const server = controlledServer();
    const states: SaveState[] = [];
    const autosave = createAutosave({ save: server.save, onState: (state) => states.push(state), initial: {}, delay: 100 });
    autosave.change({ q1: "dont_know" });
    await vi.advanceTimersByTimeAsync(100);
    const error = new Error("offline");
    server.calls[0]?.reject(error);
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)).toEqual({ status: "failed", error });
    expect(server.calls).toHaveLength(1);
    autosave.flush();
    expect(server.calls.map((call) => call.sent)).toEqual([{ q1: "dont_know" }, { q1: "dont_know" }]);
  });

  it("before a submission, stops waiting and lets the save under way end", async () => {
    const server = controlledServer();
    const autosave = createAutosave({ save: server.save, onState: () => undefined, initial: {}, delay: 100 });
    autosave.change({ q1: 3 });
    await vi.advanceTimersByTimeAsync(100);
    autosave.change({ q1: 4 });
    let settled = false;
    const settling = autosave.settle().then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    server.calls[0]?.resolve(SAVED);
    await settling;
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(1);
  });

  it("leaves nothing to save once a submission has taken the answers", async () => {
    const server = controlledServer();
    const states: SaveState[] = [];
    const autosave = createAutosave({ save: server.save, onState: (state) => states.push(state), initial: {}, delay: 100 });
    autosave.change({ q1: 3 });
    autosave.acknowledge({ q1: 3 }, { ...SAVED, submittedAt: "2026-12-01T10:00:00.000Z" });
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.calls).toHaveLength(0);
    expect(states.at(-1)).toEqual({ status: "saved", submittedAt: "2026-12-01T10:00:00.000Z" });
  });
});
