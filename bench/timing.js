// Timing on a shared machine is noisy, so two things are always measured side by side: in turns,
// alternating which goes first, many times over, and compared by their medians.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function timed(run) {
  const started = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** Median milliseconds of `a` and of `b`, run in alternating order after a warm-up. */
export async function interleaved(a, b, { repetitions, warmup = 3 }) {
  for (let i = 0; i < warmup; i += 1) {
    await a();
    await b();
  }
  const timesA = [];
  const timesB = [];
  for (let i = 0; i < repetitions; i += 1) {
    if (i % 2 === 0) {
      timesA.push(await timed(a));
      timesB.push(await timed(b));
    } else {
      timesB.push(await timed(b));
      timesA.push(await timed(a));
    }
  }
  return { a: median(timesA), b: median(timesB) };
}
