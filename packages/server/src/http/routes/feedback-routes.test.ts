import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();
const T0 = Date.UTC(2026, 10, 1);
const HOUR = 3_600_000;
const WINDOW = `from=${new Date(T0).toISOString()}&to=${new Date(T0 + 2 * HOUR).toISOString()}`;

async function model(name: string, extra: Record<string, unknown> = {}) {
  await api.call("POST", "/api/v1/models", {
    body: { name, task: "binary", positiveLabel: "yes", ...extra },
  });
  await api.call("POST", `/api/v1/models/${name}/versions`, { body: { version: "v1" } });
}

const prediction = (id: string, at: number, label?: string) => ({
  id,
  version: "v1",
  timestamp: at,
  features: { x: 1 },
  prediction: "yes",
  score: 0.9,
  ...(label !== undefined ? { label } : {}),
});

type Point = { value: number | null; count: number };
const valuesOf = (body: { series: { metric: string; points: Point[] }[] }) =>
  Object.fromEntries(body.series.map((s) => [s.metric, s.points.map((p) => p.value)]));

describe("user feedback", () => {
  it("joins feedback in either order and serves feedback rates per bucket of the predictions' time", async () => {
    await model("fb");
    // Hour 0: p1, p2 stored before their feedback; hour 1: p3's feedback arrives before p3 itself.
    await api.call("POST", "/api/v1/models/fb/predictions", {
      body: { records: [prediction("p1", T0 + 60_000), prediction("p2", T0 + 120_000)] },
    });
    const early = await api.call("POST", "/api/v1/models/fb/feedback", {
      body: {
        records: [
          { id: "p1", kind: "thumbs", value: "up", user: "ana" },
          { id: "p1", kind: "rating", value: 4 },
          { id: "p2", kind: "thumbs", value: false },
          { id: "p2", kind: "rating", value: 2 },
          { id: "p2", kind: "comment", value: "the reason made no sense" },
          { id: "p3", kind: "thumbs", value: 1 },
          { id: "p3", kind: "thumbs", value: true, user: "bo" },
          { id: "p4", kind: "stars", value: 5 },
          { id: "p4", kind: "rating", value: "five" },
          { id: "p4", kind: "thumbs", value: "maybe" },
        ],
      },
    });
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ matched: 5, pending: 2, promoted: 0 });
    expect(early.body.rejected.map((r: { index: number; code: string }) => [r.index, r.code])).toEqual([
      [7, "TELLTALE_BAD_FEEDBACK_KIND"],
      [8, "TELLTALE_WRONG_TYPE"],
      [9, "TELLTALE_WRONG_TYPE"],
    ]);
    const metrics = "feedback.count,feedback.positiveShare,feedback.rating.mean";
    const before = await api.call(
      "GET",
      `/api/v1/models/fb/timeseries?metrics=${metrics}&interval=1h&${WINDOW}`,
    );
    expect(before.status).toBe(200);
    expect(valuesOf(before.body)).toEqual({
      "feedback.count": [5, null],
      "feedback.positiveShare": [0.5, null],
      "feedback.rating.mean": [3, null],
    });
    // p3 arrives: its two thumbs up, posted earlier, join it.
    await api.call("POST", "/api/v1/models/fb/predictions", {
      body: { records: [prediction("p3", T0 + HOUR + 5)] },
    });
    const after = await api.call(
      "GET",
      `/api/v1/models/fb/timeseries?metrics=${metrics}&interval=1h&${WINDOW}`,
    );
    expect(valuesOf(after.body)).toEqual({
      "feedback.count": [5, 2],
      "feedback.positiveShare": [0.5, 1],
      "feedback.rating.mean": [3, null],
    });
    // More feedback on a stored prediction changes its (cached) bucket.
    await api.call("POST", "/api/v1/models/fb/feedback", {
      body: { records: [{ id: "p1", kind: "thumbs", value: "down" }] },
    });
    const again = await api.call(
      "GET",
      `/api/v1/models/fb/timeseries?metrics=${metrics}&interval=1h&${WINDOW}`,
    );
    expect(valuesOf(again.body)["feedback.positiveShare"]).toEqual([1 / 3, 1]);

    const lookup = await api.call("GET", "/api/v1/models/fb/predictions/p2");
    expect(lookup.body.feedback).toEqual([
      { kind: "thumbs", value: false, user: null, timestamp: expect.any(String) },
      { kind: "rating", value: 2, user: null, timestamp: expect.any(String) },
      { kind: "comment", value: "the reason made no sense", user: null, timestamp: expect.any(String) },
    ]);
    expect(lookup.body.label).toBeNull();
  });

  it("promotes corrections to labels per record, or for every record when the model says so", async () => {
    await model("corr");
    await api.call("POST", "/api/v1/models/corr/predictions", {
      body: { records: [prediction("a", T0), prediction("b", T0 + 1)] },
    });
    const posted = await api.call("POST", "/api/v1/models/corr/feedback", {
      body: {
        records: [
          { id: "a", kind: "correction", value: "no", promote: true },
          { id: "b", kind: "correction", value: "no" },
          { id: "late", kind: "correction", value: "no", promote: true },
          { id: "b", kind: "thumbs", value: "up", promote: true },
        ],
      },
    });
    expect(posted.body).toMatchObject({ matched: 2, pending: 1, promoted: 2 });
    expect(posted.body.rejected).toEqual([
      {
        index: 3,
        id: "b",
        code: "TELLTALE_BAD_RECORD",
        message: "only a correction can be promoted to a label",
      },
    ]);
    expect((await api.call("GET", "/api/v1/models/corr/predictions/a")).body.label).toBe("no");
    expect((await api.call("GET", "/api/v1/models/corr/predictions/b")).body.label).toBeNull();
    // The promoted label for a prediction not stored yet waits, as labels do.
    await api.call("POST", "/api/v1/models/corr/predictions", {
      body: { records: [prediction("late", T0 + 2)] },
    });
    expect((await api.call("GET", "/api/v1/models/corr/predictions/late")).body.label).toBe("no");

    const patched = await api.call("PATCH", "/api/v1/models/corr", { body: { correctionsAsLabels: true } });
    expect(patched.body.correctionsAsLabels).toBe(true);
    await api.call("POST", "/api/v1/models/corr/feedback", {
      body: {
        records: [
          { id: "b", kind: "correction", value: "no" },
          { id: "a", kind: "correction", value: "yes", promote: false },
        ],
      },
    });
    expect((await api.call("GET", "/api/v1/models/corr/predictions/b")).body.label).toBe("no");
    expect((await api.call("GET", "/api/v1/models/corr/predictions/a")).body.label).toBe("no");
  });

  it("refuses an unknown feedback metric with the forms the model accepts, and unknown models", async () => {
    await model("forms");
    const bad = await api.call(
      "GET",
      `/api/v1/models/forms/timeseries?metrics=feedback.stars&interval=1h&${WINDOW}`,
    );
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toContain("feedback.<count|positiveShare|rating.mean>");
    const missing = await api.call("POST", "/api/v1/models/nope/feedback", { body: { records: [] } });
    expect(missing.status).toBe(404);
  });

  it("stores a keyed record once however often it is retried", async () => {
    await model("keyed");
    await api.call("POST", "/api/v1/models/keyed/predictions", { body: { records: [prediction("k", T0)] } });
    const batch = {
      records: [
        { id: "k", kind: "thumbs", value: "up", key: "a" },
        { id: "k", kind: "thumbs", value: "up", key: "a" },
        { id: "k", kind: "rating", value: 5 },
      ],
    };
    const first = await api.call("POST", "/api/v1/models/keyed/feedback", { body: batch });
    expect(first.body).toMatchObject({ matched: 2, pending: 0, duplicates: 1 });
    const retry = await api.call("POST", "/api/v1/models/keyed/feedback", { body: batch });
    expect(retry.body).toMatchObject({ matched: 1, pending: 0, duplicates: 2 });
    const stored = (await api.call("GET", "/api/v1/models/keyed/predictions/k")).body.feedback;
    expect(stored.map((f: { kind: string }) => f.kind)).toEqual(["thumbs", "rating", "rating"]);
  });
});
