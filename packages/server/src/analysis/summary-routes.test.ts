import { describe, expect, it } from "vitest";
import { useTestServer } from "../http/test-server.test-support.js";

const NOW = Date.UTC(2026, 10, 20, 12, 0, 30);
const MINUTE = 60_000;
const api = useTestServer({ now: () => NOW });

/** `n` predictions spread over [start, start + 1 h), the first `right` correct, all labelled. */
function hour(prefix: string, start: number, n: number, right: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    version: "v1",
    timestamp: new Date(start + Math.floor((i * 3_600_000) / n)).toISOString(),
    features: { x: i % 7 },
    prediction: "1",
    label: i < right ? "1" : "0",
  }));
}

describe("GET /api/v1/summary", () => {
  it("gives each model's health from the time series, worst first", async () => {
    // The summary's clock runs to the next whole minute: 12:01.
    const end = NOW - (NOW % MINUTE) + MINUTE;
    for (const name of ["steady", "falling", "idle"]) {
      await api.call("POST", "/api/v1/models", { body: { name, task: "binary", positiveLabel: "1" } });
      await api.call("POST", `/api/v1/models/${name}/versions`, {
        body: { version: "v1", metrics: { accuracy: 0.9 } },
      });
    }
    await api.call("PUT", "/api/v1/models/steady/aliases/champion", { body: { version: "v1" } });
    const post = (model: string, records: unknown[]) =>
      api.call("POST", `/api/v1/models/${model}/predictions`, { body: { records } });
    expect(
      (await post("steady", [...hour("a", end - 7_200_000, 40, 36), ...hour("b", end - 3_600_000, 40, 36)]))
        .status,
    ).toBe(200);
    expect(
      (await post("falling", [...hour("a", end - 7_200_000, 50, 40), ...hour("b", end - 3_600_000, 10, 5)]))
        .status,
    ).toBe(200);

    const answer = await api.call("GET", "/api/v1/summary");
    expect(answer.status).toBe(200);
    expect(answer.body.at).toBe(new Date(end).toISOString());
    expect(answer.body.models.map((m: { name: string; status: string }) => [m.name, m.status])).toEqual([
      ["falling", "critical"],
      ["steady", "ok"],
      ["idle", "no-data"],
    ]);
    const [falling, steady] = answer.body.models;
    // 45 right of 60: 0.75 against the 0.9 benchmark; 10 predictions after 50.
    expect(falling).toMatchObject({
      traffic: { lastHour: 10, previousHour: 50 },
      metric: { name: "accuracy", value: 0.75, benchmark: 0.9, version: "v1" },
      labelCoverage: 1,
      driftShare: null,
      alertsFiring: 0,
      aliases: {},
      versions: 1,
      reasons: ["accuracy 0.750 vs 0.900 benchmark", "traffic down 80% hour over hour"],
    });
    expect(steady).toMatchObject({
      traffic: { lastHour: 40, previousHour: 40 },
      metric: { value: 0.9, benchmark: 0.9 },
      aliases: { champion: "v1" },
      reasons: [],
    });

    // The same numbers as the time series over the day.
    const series = await api.call(
      "GET",
      `/api/v1/models/falling/timeseries?metrics=accuracy,count&interval=1d&from=${new Date(end - 86_400_000).toISOString()}&to=${new Date(end).toISOString()}`,
    );
    const values = series.body.series.flatMap((s: { points: { value: number | null }[] }) =>
      s.points.map((p) => p.value).filter((v) => v !== null),
    );
    expect(values).toEqual(expect.arrayContaining([0.75, 60]));
  });
});
