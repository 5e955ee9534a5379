/** Planted test data for the slice search: seeded rows with a known failing or growing segment. */
import type { SourceColumn } from "../table.js";

/** A seeded uniform stream (an LCG), so every run plants the same data. */
export function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export const numbers = (name: string, values: number[]): SourceColumn => ({
  name,
  sourceType: "float",
  column: { kind: "numerical", values: Float64Array.from(values) },
});
export const strings = (name: string, values: (string | null)[], categories: string[]): SourceColumn => ({
  name,
  sourceType: "string",
  column: {
    kind: "categorical",
    codes: Int32Array.from(values, (v) => (v === null ? -1 : categories.indexOf(v))),
    categories,
  },
});

export interface Planted {
  columns: SourceColumn[];
  right: Uint8Array;
  error: Float64Array;
}

/** 5,000 rows: channel (web/mobile/partner), age, region; accuracy 0.9 except where `bad` says. */
export function plant(
  bad: (row: { channel: string; age: number; region: string | null }) => number,
  seed = 1,
): Planted {
  const next = seeded(seed);
  const channels = ["web", "mobile", "partner"];
  const regions = ["north", "south", "east", "west"];
  const rows = Array.from({ length: 5000 }, () => ({
    channel: channels[Math.floor(next() * 3)]!,
    age: Math.round(18 + next() * 60),
    region: next() < 0.05 ? null : regions[Math.floor(next() * 4)]!,
  }));
  const accuracy = rows.map(bad);
  const right = Uint8Array.from(accuracy, (a) => (next() < a ? 1 : 0));
  const error = Float64Array.from(accuracy, (a) => (1 - a) * 10 + next());
  return {
    columns: [
      strings(
        "channel",
        rows.map((r) => r.channel),
        channels,
      ),
      numbers(
        "age",
        rows.map((r) => r.age),
      ),
      strings(
        "region",
        rows.map((r) => r.region),
        regions,
      ),
    ],
    right,
    error,
  };
}

export const label = (s: { conditions: readonly { feature: string; kind: string; value?: string }[] }) =>
  s.conditions
    .map((c) => (c.kind === "category" ? `${c.feature}=${c.value}` : `${c.feature}:${c.kind}`))
    .join(" & ");
