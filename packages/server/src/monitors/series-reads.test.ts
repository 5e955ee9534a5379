import { describe, expect, it } from "vitest";
import { coalesceReads, readKey, type SeriesRead } from "./series-reads.js";

const H = 3_600_000;

/** A read of `buckets` whole windows of `interval` from `origin`, on model m unless told. */
const read = (origin: number, buckets = 1, interval = H, more: Partial<SeriesRead> = {}): SeriesRead => ({
  model: "m",
  filter: { from: origin, to: origin + buckets * interval },
  origin,
  intervalMs: interval,
  buckets,
  ...more,
});

/** Each read as [its served read's origin, buckets, offset]. */
const shape = (reads: SeriesRead[]) => {
  const served = new Map(coalesceReads(reads).map((s) => [readKey(s.read), s] as const));
  return reads.map((r) => {
    const s = served.get(readKey(r))!;
    return [s.by.origin / H, s.by.buckets, s.offset];
  });
};

describe("coalesceReads", () => {
  it.each([
    [
      "adjacent windows: one read",
      [read(0), read(H), read(2 * H)],
      [
        [0, 3, 0],
        [0, 3, 1],
        [0, 3, 2],
      ],
    ],
    [
      "overlapping reads: one read",
      [read(0, 2), read(H, 2)],
      [
        [0, 3, 0],
        [0, 3, 1],
      ],
    ],
    [
      "a read inside another",
      [read(0, 5), read(2 * H)],
      [
        [0, 5, 0],
        [0, 5, 2],
      ],
    ],
    [
      "a gap keeps reads apart",
      [read(0), read(2 * H)],
      [
        [0, 1, 0],
        [2, 1, 0],
      ],
    ],
    [
      "out of order",
      [read(2 * H), read(0), read(H)],
      [
        [0, 3, 2],
        [0, 3, 0],
        [0, 3, 1],
      ],
    ],
    [
      "another phase of the grid",
      [read(0), read(H / 2), read(H)],
      [
        [0, 2, 0],
        [0.5, 1, 0],
        [0, 2, 1],
      ],
    ],
    [
      "identical reads",
      [read(0), read(0)],
      [
        [0, 1, 0],
        [0, 1, 0],
      ],
    ],
  ] as const)("%s", (_, reads, expected) => {
    expect(shape([...reads])).toEqual(expected);
  });

  it.each([
    [
      0,
      [
        [0, 1, 0],
        [2, 1, 0],
        [5, 1, 0],
      ],
    ],
    [
      1,
      [
        [0, 3, 0],
        [0, 3, 2],
        [5, 1, 0],
      ],
    ],
    [
      2,
      [
        [0, 6, 0],
        [0, 6, 2],
        [0, 6, 5],
      ],
    ],
  ])("joins reads at most %d buckets apart", (maxGap, expected) => {
    const reads = [read(0), read(2 * H), read(5 * H)];
    const served = new Map(coalesceReads(reads, maxGap).map((s) => [readKey(s.read), s] as const));
    expect(
      reads.map((r) => served.get(readKey(r))!).map((s) => [s.by.origin / H, s.by.buckets, s.offset]),
    ).toEqual(expected);
  });

  it.each([
    ["another model", { model: "n" }],
    ["another version", { filter: { from: H, to: 2 * H, version: "v2" } }],
    ["another segment", { filter: { from: H, to: 2 * H, segment: { name: "s", value: "a" } } }],
  ])("keeps reads of %s apart", (_, more) => {
    const served = coalesceReads([read(0), read(H, 1, H, more)]);
    expect(served.map((s) => s.by.buckets)).toEqual([1, 1]);
  });

  it("leaves a read of part of a bucket alone", () => {
    const partial = { ...read(0), filter: { from: 0, to: H / 2 } };
    expect(coalesceReads([partial, read(H)]).map((s) => [s.by.origin, s.by.buckets])).toEqual([
      [0, 1],
      [H, 1],
    ]);
  });

  it("serves a read with the filter of the covering range", () => {
    const [first] = coalesceReads([
      read(H, 1, H, { filter: { from: H, to: 2 * H, version: "v1" } }),
      read(2 * H, 1, H, { filter: { from: 2 * H, to: 3 * H, version: "v1" } }),
    ]);
    expect(first!.by).toEqual({
      model: "m",
      filter: { from: H, to: 3 * H, version: "v1" },
      origin: H,
      intervalMs: H,
      buckets: 2,
    });
  });
});
