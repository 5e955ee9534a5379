/** Test support: how drift-tests.json stores samples. Not exported from the package. */
export type Stored = readonly (number | string)[];

export interface Formula {
  readonly size: number;
  readonly step: number;
  readonly modulus: number;
  readonly scale: number;
}

/** JSON cannot hold ±Infinity, so the generator writes them as strings. */
export const decode = (values: Stored) =>
  Float64Array.from(values, (v) => (typeof v === "number" ? v : v === "Infinity" ? Infinity : -Infinity));

/** The generator's formula samples: ((i·step) mod modulus)/modulus·scale, exact in numpy and here. */
export function formula({ size, step, modulus, scale }: Formula): Float64Array {
  const out = new Float64Array(size);
  for (let i = 0; i < size; i++) out[i] = (((i * step) % modulus) / modulus) * scale;
  return out;
}
