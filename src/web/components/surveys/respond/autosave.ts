// Saving as the respondent goes: each change waits a moment for the next one, then the latest answers
// are sent; one save at a time, and a change made during a save is sent right after it.
import type { Answers } from "../../../../domain/surveys/instrument.js";
import { answersToSend, type SentAnswers } from "./answers.js";

export type SaveState =
  { status: "idle" } | { status: "saving" } | { status: "saved"; submittedAt: string | null } | { status: "failed"; error: unknown };

export type Saved = { submittedAt: string | null; updatedAt: string };

export type Autosave = {
  /** The answers changed: save them after `delay` unless another change comes first. */
  change: (answers: Answers) => void;
  /** Save now what is waiting (the retry button, leaving the page). */
  flush: () => void;
  /** Stops waiting and lets a save under way finish: before submitting, which sends the answers itself. */
  settle: () => Promise<void>;
  /** The body that sends these answers, with null for each item answered before and cleared since. */
  snapshot: (answers: Answers) => SentAnswers;
  /** The answers the server has, from a submission: nothing of them is left to save. */
  acknowledge: (answers: Answers, saved: Saved) => void;
  dispose: () => void;
};

export function createAutosave(options: {
  save: (answers: SentAnswers) => Promise<Saved>;
  onState: (state: SaveState) => void;
  /** The answers loaded with the form: an item among them that is cleared later is sent as null. */
  initial: Answers;
  delay?: number;
}): Autosave {
  const delay = options.delay ?? 800;
  const touched = new Set(Object.keys(options.initial));
  let latest: Answers = options.initial;
  let waiting = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> | null = null;
  let disposed = false;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const run = (): void => {
    stopTimer();
    if (running || !waiting || disposed) return;
    waiting = false;
    const sent = answersToSend(latest, touched);
    options.onState({ status: "saving" });
    running = options
      .save(sent)
      .then(
        (saved) => {
          if (!waiting && !disposed) options.onState({ status: "saved", submittedAt: saved.submittedAt });
        },
        (error: unknown) => {
          // What failed is still to be saved: the retry button, or the next change, sends it again.
          waiting = true;
          if (!disposed) options.onState({ status: "failed", error });
        },
      )
      .finally(() => {
        running = null;
        if (waiting && timer === null && !disposed && pendingChange) {
          pendingChange = false;
          run();
        }
      });
  };

  // A change made while a save was under way, to be sent once it ends (a failed save alone waits for the retry).
  let pendingChange = false;

  return {
    change(answers) {
      latest = answers;
      for (const itemId of Object.keys(answers)) touched.add(itemId);
      waiting = true;
      if (running) pendingChange = true;
      stopTimer();
      timer = setTimeout(run, delay);
      options.onState({ status: "saving" });
    },
    flush() {
      if (running) pendingChange = waiting;
      run();
    },
    async settle() {
      stopTimer();
      pendingChange = false;
      while (running) await running;
    },
    snapshot(answers) {
      for (const itemId of Object.keys(answers)) touched.add(itemId);
      return answersToSend(answers, touched);
    },
    acknowledge(answers, saved) {
      latest = answers;
      for (const itemId of Object.keys(answers)) touched.add(itemId);
      waiting = false;
      pendingChange = false;
      stopTimer();
      options.onState({ status: "saved", submittedAt: saved.submittedAt });
    },
    dispose() {
      disposed = true;
      stopTimer();
    },
  };
}
