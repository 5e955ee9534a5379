/**
 * A FIFO ring buffer of fixed capacity that drops its oldest item to make room, so memory stays bounded
 * however long the server is unreachable; push and take are O(1) per item.
 */
export class BoundedQueue<T> {
  readonly #items: (T | undefined)[];
  #head = 0;
  #length = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError("capacity must be an integer ≥ 1");
    this.#items = new Array<T | undefined>(capacity);
  }

  get length(): number {
    return this.#length;
  }

  /** Appends `item`; returns true when the oldest item was dropped to make room for it. */
  push(item: T): boolean {
    const full = this.#length === this.capacity;
    if (full) {
      this.#head = (this.#head + 1) % this.capacity;
      this.#length--;
    }
    this.#items[(this.#head + this.#length) % this.capacity] = item;
    this.#length++;
    return full;
  }

  /** Removes and returns up to `count` items, oldest first. */
  take(count: number): T[] {
    const n = Math.min(count, this.#length);
    const out = new Array<T>(n);
    for (let i = 0; i < n; i++) {
      const slot = (this.#head + i) % this.capacity;
      out[i] = this.#items[slot] as T;
      this.#items[slot] = undefined;
    }
    this.#head = (this.#head + n) % this.capacity;
    this.#length -= n;
    return out;
  }
}
