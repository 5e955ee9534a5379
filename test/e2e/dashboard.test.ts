import { afterAll, beforeAll, describe } from "vitest";
import { alertsTests } from "./dashboard/alerts.js";
import { comparisonsTests } from "./dashboard/comparisons.js";
import { driftTests } from "./dashboard/drift.js";
import { explainTests } from "./dashboard/explain.js";
import { fairnessTests } from "./dashboard/fairness.js";
import { feedbackTests } from "./dashboard/feedback.js";
import { type Dashboard, startDashboard } from "./dashboard/harness.js";
import { lookupTests } from "./dashboard/lookup.js";
import { monitorsTests } from "./dashboard/monitors.js";
import { overviewTests } from "./dashboard/overview.js";
import { performanceTests } from "./dashboard/performance.js";
import { qualityTests } from "./dashboard/quality.js";
import { shellTests } from "./dashboard/shell.js";
import { versionsTests } from "./dashboard/versions.js";

/**
 * The dashboard in headless Chromium against `telltale demo`: one demo and one browser for the whole file, each
 * view's tests in their own module under dashboard/.
 */
let dashboard: Dashboard;
beforeAll(async () => {
  dashboard = await startDashboard();
}, 180_000);
afterAll(async () => {
  await dashboard?.close();
});

describe("dashboard", () => {
  const get = () => dashboard;
  shellTests(get);
  overviewTests(get);
  driftTests(get);
  explainTests(get);
  qualityTests(get);
  performanceTests(get);
  fairnessTests(get);
  versionsTests(get);
  lookupTests(get);
  alertsTests(get);
  monitorsTests(get);
  feedbackTests(get);
  comparisonsTests(get);
});
