/** Hour-over-hour traffic change as a share (−0.5 = halved); null when there was nothing to compare with. */
export function trafficChange(lastHour: number, previousHour: number): number | null {
  if (previousHour === 0) return lastHour === 0 ? 0 : null;
  return (lastHour - previousHour) / previousHour;
}

/** `+12%`, `−48%`, `new` when the previous hour had none. */
export function trafficChangeText(lastHour: number, previousHour: number): string {
  const change = trafficChange(lastHour, previousHour);
  if (change === null) return "new";
  const pct = Math.round(change * 100);
  return pct === 0 ? "±0%" : `${pct > 0 ? "+" : "−"}${Math.abs(pct)}%`;
}
