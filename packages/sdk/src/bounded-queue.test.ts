import { describe, expect, it } from "vitest";
import { BoundedQueue } from "./bounded-queue.js";

describe("BoundedQueue", () => {
  it("hands items back oldest first, across the wrap-around of the ring", () => {
    const queue = new BoundedQueue<number>(3);
    queue.push(1);
    queue.push(2);
    expect(queue.take(1)).toEqual([1]);
    queue.push(3);
    queue.push(4);
    expect(queue.length).toBe(3);
    expect(queue.take(10)).toEqual([2, 3, 4]);
    expect(queue.length).toBe(0);
    expect(queue.take(2)).toEqual([]);
  });

  it("drops the oldest item when full and says so", () => {
    const queue = new BoundedQueue<string>(2);
    expect([queue.push("a"), queue.push("b"), queue.push("c"), queue.push("d")]).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(queue.take(5)).toEqual(["c", "d"]);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses capacity %s", (capacity) => {
    expect(() => new BoundedQueue(capacity)).toThrow(RangeError);
  });
});
