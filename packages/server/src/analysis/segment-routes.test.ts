import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const api = useTestServer();
const T0 = Date.UTC(2026, 10, 1);
const FROM = new Date(T0).toISOString();
const TO = new Date(T0 + 3_600_000).toISOString();

/** Channel a: 30 rows, 24 right; b: 12 rows, 3 right, 4 unlabelled; c: 5 rows; one row without a channel. */
function records() {
  const out = [];
  const add = (channel: string | null, n: number, right: number, labelled = n) => {
    for (let i = 0; i < n; i++) {
      out.push({
        id: `${channel ?? "none"}-${i}`,
        version: "v1",
        timestamp: new Date(T0 + i * 60_000).toISOString(),
        features: { x: i },
        prediction: "1",
        ...(i < labelled ? { label: i < right ? "1" : "0" } : {}),
        ...(channel !== null ? { segment: { channel } } : {}),
      });
    }
  };
  add("a", 30, 24);
  add("b", 12, 3, 8);
  add("c", 5, 5);
  add(null, 1, 1);
  return out;
}

describe("GET /models/:model/segments", () => {
  it("lists each segment's values by frequency with their metrics over the window", async () => {
    await api.call("POST", "/api/v1/models", {
      body: { name: "seg", task: "binary", positiveLabel: "1", segments: ["channel"] },
    });
    await api.call("POST", "/api/v1/models/seg/versions", { body: { version: "v1" } });
    const ingest = await api.call("POST", "/api/v1/models/seg/predictions", { body: { records: records() } });
    expect(ingest.status).toBe(200);

    const answer = await api.call("GET", `/api/v1/models/seg/segments?from=${FROM}&to=${TO}&limit=2`);
    expect(answer.status).toBe(200);
    expect(answer.body.metrics).toEqual(["count", "labelCoverage", "accuracy"]);
    expect(answer.body.segments).toEqual([
      {
        column: "channel",
        distinct: 3,
        values: [
          { value: "a", count: 30, metrics: { count: 30, labelCoverage: 1, accuracy: 24 / 30 } },
          { value: "b", count: 12, metrics: { count: 12, labelCoverage: 8 / 12, accuracy: 3 / 8 } },
        ],
      },
    ]);

    // The same numbers as the time series filtered to the value.
    const series = await api.call(
      "GET",
      `/api/v1/models/seg/timeseries?metrics=accuracy&interval=1h&segment=channel:b&from=${FROM}&to=${TO}`,
    );
    expect(series.body.series[0].points[0].value).toBe(3 / 8);
  });

  it("names a metric the model does not have", async () => {
    const answer = await api.call("GET", `/api/v1/models/seg/segments?from=${FROM}&to=${TO}&metrics=rmse`);
    expect(answer.status).toBe(422);
    expect(answer.body.error.message).toContain("rmse");
  });
});
