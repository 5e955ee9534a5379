import { andersonDrift } from "./anderson-ksamp.js";
import { chiSquareTest } from "./chi-square-test.js";
import { cramerVonMisesDrift } from "./cramer-von-mises.js";
import { energyDrift } from "./energy-distance.js";
import { hellingerDrift } from "./hellinger.js";
import { jensenShannonDrift } from "./jensen-shannon.js";
import { klDrift } from "./kl-divergence.js";
import { ksTest } from "./ks-test.js";
import { mannWhitneyTest } from "./mann-whitney-test.js";
import { psiDrift } from "./psi.js";
import { tTest } from "./t-test.js";
import type { DriftMethodName, DriftResult } from "./types.js";
import { wassersteinDrift } from "./wasserstein.js";
import { zTest } from "./z-test.js";

/**
 * What a method consumes: raw samples (missing removed), counts per category aligned over the union of both
 * sides, or shares per bin.
 */
export type DriftInput = "samples" | "counts" | "shares";

export interface DriftMethod {
  readonly name: DriftMethodName;
  readonly input: DriftInput;
  /** Distances have no p-value and drift when statistic ≥ threshold; tests drift when p < threshold (KS: ≤). */
  readonly type: "test" | "distance";
  readonly defaultThreshold: number;
  readonly run: (reference: Float64Array, current: Float64Array, threshold: number) => DriftResult;
}

function method(
  name: DriftMethodName,
  input: DriftInput,
  type: DriftMethod["type"],
  defaultThreshold: number,
  run: DriftMethod["run"],
): DriftMethod {
  return { name, input, type, defaultThreshold, run };
}

export const driftMethods: Readonly<Record<DriftMethodName, DriftMethod>> = {
  ks: method("ks", "samples", "test", 0.05, ksTest),
  chisquare: method("chisquare", "counts", "test", 0.05, chiSquareTest),
  z: method("z", "counts", "test", 0.05, zTest),
  wasserstein: method("wasserstein", "samples", "distance", 0.1, wassersteinDrift),
  psi: method("psi", "shares", "distance", 0.1, psiDrift),
  jensenshannon: method("jensenshannon", "shares", "distance", 0.1, jensenShannonDrift),
  kl: method("kl", "shares", "distance", 0.1, klDrift),
  hellinger: method("hellinger", "shares", "distance", 0.1, hellingerDrift),
  anderson: method("anderson", "samples", "test", 0.05, andersonDrift),
  cramervonmises: method("cramervonmises", "samples", "test", 0.05, cramerVonMisesDrift),
  energy: method("energy", "samples", "distance", 0.1, energyDrift),
  ttest: method("ttest", "samples", "test", 0.05, tTest),
  mannwhitney: method("mannwhitney", "samples", "test", 0.05, mannWhitneyTest),
};

export const driftMethodNames = Object.keys(driftMethods) as DriftMethodName[];

export function isDriftMethodName(name: string): name is DriftMethodName {
  return Object.hasOwn(driftMethods, name);
}
