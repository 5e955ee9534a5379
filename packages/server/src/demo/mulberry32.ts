/** The demo's seeded stream is core's Mulberry32, so the same seed draws the same numbers everywhere. */
export { seededRandom as mulberry32 } from "@telltale/core";
