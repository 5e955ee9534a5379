import { seededRandom } from "../stats/seeded-random.js";

/** A seeded standard-normal stream (Box–Muller on mulberry32), for the synthetic data of the CBPE tests. */
export function seededNormal(seed: number): () => number {
  const random = seededRandom(seed);
  return () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}
