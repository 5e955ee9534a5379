import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

// x = 1…10; plan: a ×5, b ×3, c ×2.
const REFERENCE = `x,plan,label,prediction
${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x, i) => `${x},${"aaaabbbcca"[i]},1,1`).join("\n")}
`;

describe("GET /models/:model/predictions/:id/context", () => {
  it("places each feature in the reference and flags what is unusual", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "ctx", task: "binary", positiveLabel: "1" } });
    await api.call("POST", "/api/v1/models/ctx/versions", { body: { version: "v1" } });
    await api.call("POST", "/api/v1/models/ctx/versions", { body: { version: "v2" } });
    const put = await api.call("PUT", "/api/v1/models/ctx/versions/v1/reference", {
      body: REFERENCE,
      type: "text/csv",
    });
    expect(put.status).toBe(200);
    const records = [
      { id: "p1", version: "v1", features: { x: 3.5, plan: "b" }, prediction: "1" },
      { id: "p2", version: "v1", features: { x: 12, plan: "z" }, prediction: "0" },
      { id: "p3", version: "v2", features: { x: null, plan: "a" }, prediction: "1" },
    ];
    expect((await api.call("POST", "/api/v1/models/ctx/predictions", { body: { records } })).status).toBe(
      200,
    );

    const p1 = await api.call("GET", "/api/v1/models/ctx/predictions/p1/context");
    expect(p1.status).toBe(200);
    expect(p1.body.prediction).toEqual((await api.call("GET", "/api/v1/models/ctx/predictions/p1")).body);
    expect(p1.body.referenceVersion).toBe("v1");
    expect(p1.body.flags).toEqual([]);
    const [x, plan] = p1.body.features;
    // By hand: 3 of 10 values ≤ 3.5 → 30; numpy linear quantiles of 1…10: index 9q → 1.45, 5.5, 9.55.
    expect(x).toMatchObject({ name: "x", kind: "numerical", value: 3.5 });
    expect(x.reference.numerical).toMatchObject({ percentile: 30, min: 1, max: 10 });
    expect(x.reference.numerical.p05).toBeCloseTo(1.45, 12);
    expect(x.reference.numerical.p50).toBeCloseTo(5.5, 12);
    expect(x.reference.numerical.p95).toBeCloseTo(9.55, 12);
    // 20 bins of width 0.45 from 1: value v lands in floor((v − 1) / 0.45), 10 in the last.
    const counts = x.reference.numerical.histogram.counts as number[];
    expect(counts.flatMap((c, i) => (c > 0 ? [i] : []))).toEqual([0, 2, 4, 6, 8, 11, 13, 15, 17, 19]);
    expect(x.reference.numerical.histogram.edges).toHaveLength(21);
    expect(plan.reference.categorical).toEqual({
      share: 0.3,
      top: [
        { value: "a", share: 0.5 },
        { value: "b", share: 0.3 },
        { value: "c", share: 0.2 },
      ],
    });

    const p2 = (await api.call("GET", "/api/v1/models/ctx/predictions/p2/context")).body;
    expect(p2.flags.map((f: { feature: string; kind: string }) => [f.feature, f.kind])).toEqual([
      ["x", "outOfRange"],
      ["plan", "unseenCategory"],
    ]);
    expect(p2.features[0].reference.numerical.percentile).toBe(100);
    expect(p2.flags[0].message).toContain("[1, 10]");

    // v2 has no reference: the newest version with one (v1) stands in.
    const p3 = (await api.call("GET", "/api/v1/models/ctx/predictions/p3/context")).body;
    expect(p3.referenceVersion).toBe("v1");
    expect(p3.flags).toEqual([{ feature: "x", kind: "missing", message: "x is missing" }]);
    expect(p3.features[0].reference.numerical.percentile).toBeNull();
  });

  it("answers 404 naming an unknown id", async () => {
    const answer = await api.call("GET", "/api/v1/models/ctx/predictions/nope/context");
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe("TELLTALE_NOT_FOUND");
    expect(answer.body.error.message).toContain("'nope'");
  });

  it("answers referenceVersion null when no version has a reference", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "bare", task: "regression" } });
    await api.call("POST", "/api/v1/models/bare/versions", { body: { version: "v1" } });
    const records = [
      { id: "q0", version: "v1", features: { x: 1, y: 4 }, prediction: 1 },
      { id: "q1", version: "v1", features: { x: 2, y: null }, prediction: 1.5 },
    ];
    expect((await api.call("POST", "/api/v1/models/bare/predictions", { body: { records } })).status).toBe(
      200,
    );
    const answer = await api.call("GET", "/api/v1/models/bare/predictions/q1/context");
    expect(answer.status).toBe(200);
    expect(answer.body.referenceVersion).toBeNull();
    expect(answer.body.flags).toEqual([{ feature: "y", kind: "missing", message: "y is missing" }]);
    expect(answer.body.features.map((f: { reference: unknown }) => f.reference)).toEqual([null, null]);
  });
});
