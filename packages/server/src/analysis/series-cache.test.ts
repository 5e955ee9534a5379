import { describe, expect, it } from "vitest";
import { SeriesCache } from "./series-cache.js";
import { bucketRuns, chunkBuckets } from "./series-query.js";

const values = (entries: [string, number][]) =>
  new Map(entries.map(([k, v]) => [k, { value: v, count: 1 }] as const));

describe("SeriesCache", () => {
  it("answers a span only while its fingerprint is unchanged", () => {
    const cache = new SeriesCache();
    cache.set("s", "0:10", "5:1", values([["count", 5]]));
    expect(cache.get("s", "0:10", "5:1")?.get("count")).toEqual({ value: 5, count: 1 });
    expect(cache.get("s", "0:20", "5:1")).toBeUndefined();
    expect(cache.get("other", "0:10", "5:1")).toBeUndefined();
    // Another row or a later label: the old values go.
    expect(cache.get("s", "0:10", "6:2")).toBeUndefined();
    expect(cache.get("s", "0:10", "5:1")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("merges values of the same rows and replaces those of other rows", () => {
    const cache = new SeriesCache();
    cache.set("s", "0:10", "5:1", values([["count", 5]]));
    cache.set("s", "0:10", "5:1", values([["accuracy", 0.5]]));
    expect([...cache.get("s", "0:10", "5:1")!.keys()]).toEqual(["count", "accuracy"]);
    expect(cache.size).toBe(2);
    cache.set("s", "0:10", "7:3", values([["count", 7]]));
    expect([...cache.get("s", "0:10", "7:3")!.keys()]).toEqual(["count"]);
    expect(cache.size).toBe(1);
  });

  it("evicts the least recently used scopes past its capacity, never the one being filled", () => {
    const cache = new SeriesCache(4);
    cache.set(
      "a",
      "0:1",
      "1:1",
      values([
        ["x", 1],
        ["y", 2],
      ]),
    );
    cache.set(
      "b",
      "0:1",
      "1:1",
      values([
        ["x", 1],
        ["y", 2],
      ]),
    );
    cache.get("a", "0:1", "1:1");
    cache.set("c", "0:1", "1:1", values([["x", 1]]));
    expect(cache.get("b", "0:1", "1:1")).toBeUndefined();
    expect(cache.get("a", "0:1", "1:1")).toBeDefined();
    expect(cache.get("c", "0:1", "1:1")).toBeDefined();
    expect(cache.size).toBe(3);
    cache.set(
      "d",
      "0:1",
      "1:1",
      values([
        ["x", 1],
        ["y", 2],
        ["z", 3],
        ["w", 4],
        ["v", 5],
      ]),
    );
    expect(cache.get("d", "0:1", "1:1")?.size).toBe(5);
    expect(cache.size).toBe(5);
  });
});

describe("bucketRuns", () => {
  it("joins consecutive buckets in any order", () => {
    expect(bucketRuns([])).toEqual([]);
    expect(bucketRuns([7, 1, 2, 3, 9, 8, 12])).toEqual([
      [1, 3],
      [7, 9],
      [12, 12],
    ]);
  });
});

describe("chunkBuckets", () => {
  it("cuts after about a million rows, never inside a bucket", () => {
    const rows = (b: number) => (b === 5 ? 3_000_000 : 400_000);
    expect(chunkBuckets([0, 1, 2, 3, 4, 5, 6], rows)).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    expect(chunkBuckets([], rows)).toEqual([]);
  });

  it("cuts before the 65th separate run", () => {
    const scattered = Array.from({ length: 130 }, (_, i) => i * 2);
    const chunks = chunkBuckets(scattered, () => 1);
    expect(chunks.map((c) => c.length)).toEqual([64, 64, 2]);
    expect(chunks.flat()).toEqual(scattered);
  });
});
