/** Rows of every bucket, contiguous: bucket b's row indices are `order[start[b]] … order[start[b + 1] − 1]`. */
export interface BucketGroups {
  readonly order: Int32Array;
  readonly start: Int32Array;
}

/** A counting sort of row indices by bucket, stable (rows keep their order); buckets outside 0 … buckets − 1 are left out. */
export function groupByBucket(bucketOf: Int32Array, buckets: number): BucketGroups {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < bucketOf.length; i++) {
    const b = bucketOf[i]!;
    if (b >= 0 && b < buckets) start[b + 1]!++;
  }
  for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
  const next = start.slice(0, buckets);
  const order = new Int32Array(start[buckets]!);
  for (let i = 0; i < bucketOf.length; i++) {
    const b = bucketOf[i]!;
    if (b >= 0 && b < buckets) order[next[b]!++] = i;
  }
  return { order, start };
}
