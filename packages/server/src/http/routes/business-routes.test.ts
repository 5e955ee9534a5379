import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();
const T0 = Date.UTC(2026, 10, 1);
const WINDOW = `from=${new Date(T0).toISOString()}&to=${new Date(T0 + 3_600_000).toISOString()}`;

/** 40 predictions: the first 30 labelled; truth and prediction cycle so that tp 6, fp 9, fn 6, tn 9. */
function records() {
  return Array.from({ length: 40 }, (_, i) => {
    const prediction = i % 2 === 0 ? "fraud" : "ok";
    const truth = i % 5 < 2 ? "fraud" : "ok";
    return {
      id: `r${i}`,
      version: "v1",
      timestamp: T0 + i * 60_000,
      features: { amount: i },
      prediction,
      score: prediction === "fraud" ? 0.8 : 0.1,
      ...(i < 30 ? { label: truth } : {}),
    };
  });
}

/** The confusion counts of `records()` by hand, over its labelled rows. */
function confusion() {
  const counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const r of records()) {
    if (!("label" in r)) continue;
    const p = r.prediction === "fraud";
    const t = r.label === "fraud";
    if (p && t) counts.tp++;
    else if (p) counts.fp++;
    else if (t) counts.fn++;
    else counts.tn++;
  }
  return counts;
}

describe("business metrics", () => {
  it("defines a cost over the confusion counts, serves it as a time series equal to the hand computation", async () => {
    await api.call("POST", "/api/v1/models", {
      body: { name: "fraud", task: "binary", positiveLabel: "fraud" },
    });
    await api.call("POST", "/api/v1/models/fraud/versions", { body: { version: "v1" } });
    expect(
      (await api.call("POST", "/api/v1/models/fraud/predictions", { body: { records: records() } })).status,
    ).toBe(200);
    const created = await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "fraud_cost", expression: "50 * fn + 2 * fp", unit: "USD", better: "lower" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      name: "fraud_cost",
      expression: "50 * fn + 2 * fp",
      unit: "USD",
      better: "lower",
      description: null,
      metric: "business.fraud_cost",
    });
    await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "review_precision", expression: "if(tp + fp > 0, tp / (tp + fp), 0)" },
    });
    await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "per_prediction", expression: "(50 * fn + 2 * fp) / labelled + score.mean - score.mean" },
    });
    const c = confusion();
    const series = await api.call(
      "GET",
      `/api/v1/models/fraud/timeseries?metrics=business.fraud_cost,business.review_precision,business.per_prediction&interval=1h&${WINDOW}`,
    );
    expect(series.status).toBe(200);
    const [cost, precision, perPrediction] = series.body.series.map(
      (s: { points: { value: number }[] }) => s.points[0]!.value,
    );
    expect(cost).toBe(50 * c.fn + 2 * c.fp);
    expect(precision).toBeCloseTo(c.tp / (c.tp + c.fp), 15);
    expect(perPrediction).toBeCloseTo((50 * c.fn + 2 * c.fp) / 30, 12);
    expect(c).toEqual({ tp: 6, fp: 9, fn: 6, tn: 9 });

    // The window's report carries them too, beside the reference's (one fn and one fp there).
    const reference = [
      { amount: 1, label: "fraud", prediction: "ok" },
      { amount: 2, label: "ok", prediction: "fraud" },
      { amount: 3, label: "ok", prediction: "ok" },
    ];
    expect(
      (await api.call("PUT", "/api/v1/models/fraud/versions/v1/reference", { body: reference })).status,
    ).toBe(200);
    const report = await api.call("GET", `/api/v1/models/fraud/report?${WINDOW}`);
    expect(report.status).toBe(200);
    expect(report.body.business[0]).toMatchObject({
      name: "fraud_cost",
      reference: 52,
      current: cost,
      change: cost - 52,
    });

    const compared = await api.call("GET", `/api/v1/models/fraud/compare?a=v1&b=v1&${WINDOW}`);
    expect(compared.body.a.business).toEqual({
      fraud_cost: cost,
      review_precision: precision,
      per_prediction: perPrediction,
    });

    const listed = await api.call("GET", "/api/v1/models/fraud/business-metrics");
    expect(listed.body.metrics.map((m: { name: string }) => m.name)).toEqual([
      "fraud_cost",
      "review_precision",
      "per_prediction",
    ]);
    expect(listed.body.quantities).toEqual(
      expect.arrayContaining(["tp", "fp", "tn", "fn", "count", "labelled"]),
    );
  });

  it("refuses a bad expression with a 400 that points at the offending token, and a duplicate name with 409", async () => {
    const bad = await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "broken", expression: "50 * fnn + 2 * fp" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "TELLTALE_BAD_EXPRESSION",
      details: { position: 5, token: "fnn" },
    });
    expect(bad.body.error.message).toContain("unknown name");
    const syntax = await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "broken", expression: "50 * (fn + 2" },
    });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.details.position).toBe(12);
    const duplicate = await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "fraud_cost", expression: "fn" },
    });
    expect(duplicate.status).toBe(409);
    const badName = await api.call("POST", "/api/v1/models/fraud/business-metrics", {
      body: { name: "Fraud Cost", expression: "fn" },
    });
    expect(badName.status).toBe(400);
  });

  it("lets a monitor watch a business metric, and forgets a deleted one", async () => {
    const monitor = await api.call("POST", "/api/v1/models/fraud/monitors", {
      body: {
        name: "Daily fraud cost",
        metric: "business.fraud_cost",
        window: "1d",
        every: "1m",
        condition: { type: "change", vs: "previous", op: ">", percent: 30 },
      },
    });
    expect(monitor.status).toBe(201);
    expect((await api.call("DELETE", "/api/v1/models/fraud/business-metrics/per_prediction")).status).toBe(
      204,
    );
    expect((await api.call("DELETE", "/api/v1/models/fraud/business-metrics/per_prediction")).status).toBe(
      404,
    );
    const gone = await api.call(
      "GET",
      `/api/v1/models/fraud/timeseries?metrics=business.per_prediction&interval=1h&${WINDOW}`,
    );
    expect(gone.status).toBe(422);
    expect(gone.body.error.message).toContain("no business metric 'per_prediction'");
  });
});
