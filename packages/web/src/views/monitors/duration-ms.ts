const UNITS: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1_000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Milliseconds of a monitor duration as the server reads it (`30s`, `5m`, `1h30m`, `7d`, `1w`); null otherwise. */
export function durationMs(text: string): number | null {
  if (!/^(\d+(ms|s|m|h|d|w))+$/.test(text)) return null;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h|d|w)/g))
    total += Number(amount) * UNITS[unit!]!;
  return Number.isSafeInteger(total) ? total : null;
}
