/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. Reference data is always the
 * blue, current data the orange, so "which side is which" never needs a legend lookup.
 */
export const PALETTE = {
  reference: "#0072B2",
  current: "#E69F00",
  good: "#009E73",
  bad: "#D55E00",
  neutral: "#999999",
  accent: "#CC79A7",
  sky: "#56B4E9",
  yellow: "#F0E442",
  ink: "#1f2328",
} as const;

/** Series colours in order, for charts with several lines (versions, groups). */
export const SERIES_COLOURS = [
  PALETTE.reference,
  PALETTE.current,
  PALETTE.good,
  PALETTE.accent,
  PALETTE.sky,
  PALETTE.bad,
  PALETTE.yellow,
  PALETTE.neutral,
] as const;

export const STATE_COLOURS = {
  firing: PALETTE.bad,
  pending: PALETTE.current,
  resolved: PALETTE.good,
  ok: PALETTE.neutral,
} as const;
