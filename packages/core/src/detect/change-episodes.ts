import type { ChangePoint } from "./detector-result.js";
import { formatNumber } from "./format-number.js";
import { meanOf } from "./mean-and-std.js";
import type { PresentPoints } from "./present-points.js";

type Direction = ChangePoint["direction"];

/**
 * Follows a two-sided cumulative statistic point by point and keeps its latest episode: a change starts after the
 * last point where the direction's statistic was at its floor (CUSUM's S = 0, Page–Hinkley's new extreme) and is
 * detected at the first point above the threshold since then.
 */
export class ChangeEpisodes {
  private readonly floor = { up: -1, down: -1 };
  private readonly crossed = { up: false, down: false };
  private latest: { direction: Direction; start: number; detectedAt: number; end: number | null } | null =
    null;

  constructor(start: number) {
    this.floor.up = start - 1;
    this.floor.down = start - 1;
  }

  /** Position `i` (into the present points): whether each direction is at its floor or above the threshold. */
  step(i: number, direction: Direction, atFloor: boolean, inAlarm: boolean): void {
    if (atFloor) {
      if (this.crossed[direction] && this.latest?.direction === direction && this.latest.end === null) {
        this.latest.end = i;
      }
      this.floor[direction] = i;
      this.crossed[direction] = false;
    } else if (inAlarm && !this.crossed[direction]) {
      this.crossed[direction] = true;
      this.latest = { direction, start: this.floor[direction] + 1, detectedAt: i, end: null };
    }
  }

  /** The latest episode with indices into the input series and the means before it and during it. */
  changePoint(points: PresentPoints): ChangePoint | null {
    if (!this.latest) return null;
    const { direction, start, detectedAt, end } = this.latest;
    return {
      index: points.indices[start]!,
      detectedAt: points.indices[detectedAt]!,
      endedAt: end === null ? null : points.indices[end]!,
      direction,
      before: meanOf(points.values.subarray(0, start)),
      after: meanOf(points.values.subarray(start, end ?? points.values.length)),
    };
  }
}

/** The tail of a change-point detector's reason that names its latest shift; empty without one. */
export function shiftWords(change: ChangePoint | null): string {
  return change
    ? `; latest shift ${change.direction} from ${formatNumber(change.before)} to ${formatNumber(change.after)} starting at point ${change.index}`
    : "";
}
