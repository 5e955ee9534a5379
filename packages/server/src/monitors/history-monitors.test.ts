import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const api = useTestServer({ monitorTickMs: 0 });
const HOUR = 3600_000;
const T0 = Date.UTC(2026, 8, 1);
const DAYS = 9;
const iso = (ms: number) => new Date(ms).toISOString();

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Hourly traffic of 40–60 predictions, 400 in the last hour; scores around 0.3, around 0.6 from day 6. */
function records() {
  const next = random(3);
  const out = [];
  for (let hour = 0; hour < DAYS * 24; hour++) {
    const n = hour === DAYS * 24 - 1 ? 400 : 40 + Math.floor(next() * 21);
    for (let i = 0; i < n; i++) {
      out.push({
        id: `p${hour}-${i}`,
        version: "v1",
        timestamp: T0 + hour * HOUR + Math.floor((i / n) * HOUR),
        features: { x: next() },
        prediction: 1,
        score: Math.min(1, Math.max(0, (hour >= 6 * 24 ? 0.6 : 0.3) + (next() - 0.5) * 0.2)),
      });
    }
  }
  return out;
}

async function evaluate(condition: Record<string, unknown>, metric: string, at: number) {
  const created = await api.call("POST", "/api/v1/models/hist/monitors", {
    body: { name: `${metric} ${condition.method}`, metric, minCount: 10, condition },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const answer = await api.call(
    "POST",
    `/api/v1/models/hist/monitors/${created.body.id}/evaluate?at=${iso(at)}`,
  );
  expect(answer.status).toBe(200);
  return answer.body;
}

describe("anomaly and change-point monitors", () => {
  it("set up", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "hist", task: "binary", positiveLabel: "1" } });
    await api.call("POST", "/api/v1/models/hist/versions", { body: { version: "v1" } });
    const all = records();
    for (let i = 0; i < all.length; i += 5000) {
      const answer = await api.call("POST", "/api/v1/models/hist/predictions", {
        body: { records: all.slice(i, i + 5000) },
      });
      expect(answer.body.accepted).toBe(Math.min(5000, all.length - i));
    }
  });

  it("flags a traffic spike against the metric's own history, and not an ordinary hour", async () => {
    const end = T0 + DAYS * 24 * HOUR;
    for (const method of ["mad", "ewma", "seasonal"]) {
      const spike = await evaluate({ type: "anomaly", method, history: "7d" }, "count", end);
      expect(spike, method).toMatchObject({ status: "breach", value: 400 });
      expect(spike.upper, method).toBeLessThan(400);
      const ordinary = await evaluate({ type: "anomaly", method, history: "7d" }, "count", end - 3 * HOUR);
      expect(ordinary.status, `${method}: ${ordinary.reason}`).toBe("ok");
    }
  });

  it("finds the shift in score.mean with CUSUM and Page–Hinkley, and not before it", async () => {
    const end = T0 + DAYS * 24 * HOUR - HOUR;
    for (const method of ["cusum", "pagehinkley"]) {
      const after = await evaluate({ type: "changepoint", method, history: "7d" }, "score.mean", end);
      expect(after.status, `${method}: ${after.reason}`).toBe("breach");
      const before = await evaluate(
        { type: "changepoint", method, history: "3d" },
        "score.mean",
        T0 + 5 * 24 * HOUR,
      );
      expect(before.status, `${method}: ${before.reason}`).toBe("ok");
    }
  });

  it("reports too short a history as no data", async () => {
    const early = await evaluate({ type: "anomaly", method: "mad", history: "7d" }, "count", T0 + 3 * HOUR);
    expect(early).toMatchObject({ status: "nodata", reason: expect.stringMatching(/^history: /) });
  });
});
