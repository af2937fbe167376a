import { ThemeIcon } from "@mantine/core";
import type { CoverageBody } from "../../../contracts/coverage.js";
import { Icon } from "../icons.js";
import { toneProps, type Tone } from "./tones.js";

type Answer = CoverageBody["checklist"][number]["answer"];

/** Colour and shape of each answer; the answer is always written out beside it as well. */
export const ANSWER_TONES: Readonly<Record<Answer, Tone>> = { yes: "good", partly: "warning", no: "bad" };

const SHAPES: Readonly<Record<Answer, React.ReactNode>> = {
  yes: <path d="M5 12.5l4.5 4.5L19 7.5" />,
  partly: <path d="M6 12h12" />,
  no: <path d="M7 7l10 10M17 7L7 17" />,
};

export function AnswerIcon({ answer }: { answer: Answer }) {
  return (
    <ThemeIcon {...toneProps(ANSWER_TONES[answer], "filled")} radius="xl" size="md">
      <Icon size={16}>{SHAPES[answer]}</Icon>
    </ThemeIcon>
  );
}
