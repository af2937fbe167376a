type Props = { roundId: string };

/** The action steps a round's weak scores propose, and the coordinator's decisions about them. */
export function ActionStepsPanel(_props: Props) {
  return null;
}
