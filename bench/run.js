// Benchmarks run against the built server (npm run bench builds it first). Absolute times on a
// shared machine are noisy, so every figure is a ratio of two measurements taken side by side.
import { registryScaling } from "./registry-scaling.js";

const results = [await registryScaling("sqlite")];
if (process.env.BENCH_DATABASE_URL) results.push(await registryScaling("postgres", process.env.BENCH_DATABASE_URL));
for (const result of results) console.log(result);
