import type { Verdict } from "./comparison-rows";

const metrics = (n: number) => `${n} metric${n === 1 ? "" : "s"}`;

/** `The candidate is better on 5 of 8 metrics, what was served on 2; 1 tie.` */
export function verdictText(v: Verdict, candidate: string, base: string): string {
  const compared = v.candidate + v.base + v.tie;
  if (compared === 0) return "No metric has a better direction and both values.";
  const ties = v.tie === 0 ? "" : `; ${v.tie} tie${v.tie === 1 ? "" : "s"}`;
  const lead = candidate.charAt(0).toUpperCase() + candidate.slice(1);
  return `${lead} is better on ${v.candidate} of ${metrics(compared)}, ${base} on ${v.base}${ties}.`;
}
