import { afterEach, describe, expect, it } from "vitest";
import { ModelEndpoint } from "./model-endpoint.js";
import { type ServedModel, serveModel } from "./serve-model.js";

const served: ServedModel[] = [];
async function serve(...args: Parameters<typeof serveModel>): Promise<ServedModel> {
  const model = await serveModel(...args);
  served.push(model);
  return model;
}
afterEach(async () => {
  await Promise.all(served.splice(0).map((m) => m.close()));
});

const logistic = (z: number) => 1 / (1 + Math.exp(-z));

describe("serveModel", () => {
  it("serves predictions over the wire protocol that ModelEndpoint speaks", async () => {
    const model = await serve((instances) =>
      instances.map((x) => ({
        score: logistic(2 * (x.a as number) - (x.b === "u" ? 1 : 0)),
        prediction: "?",
      })),
    );
    expect(model.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/predict$/);
    const rows = Array.from({ length: 1_234 }, (_, i) => [i / 1_000, i % 2 === 0 ? "u" : "v"] as const);
    const outputs = await new ModelEndpoint(model.url, ["a", "b"], { batchSize: 100 }).predict(rows);
    expect(outputs.map((o) => o.score)).toEqual(rows.map(([a, b]) => logistic(2 * a - (b === "u" ? 1 : 0))));
  });

  it("awaits an asynchronous predict", async () => {
    const model = await serve(async (instances) => instances.map(() => 7));
    expect(await new ModelEndpoint(model.url, ["a"]).predict([[1], [2]])).toEqual([
      { score: 7, prediction: null },
      { score: 7, prediction: null },
    ]);
  });

  const post = (url: string, body: string, init: RequestInit = {}) =>
    fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body, ...init });

  it.each([
    ["not JSON", "{instances: ", 400],
    ["no instances", '{"rows": []}', 400],
    ["an instance that is not an object", '{"instances": [1]}', 400],
    ["an instance with a nested value", '{"instances": [{"a": [1]}]}', 400],
  ])("answers %s with %i", async (_name, body, status) => {
    const model = await serve((instances) => instances.map(() => 1));
    const response = await post(model.url, body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { error: unknown }).error).toEqual(expect.any(String));
  });

  it("answers 404 for other paths and 405 for other methods", async () => {
    const model = await serve((instances) => instances.map(() => 1));
    expect((await post(model.url.replace("/predict", "/other"), '{"instances": []}')).status).toBe(404);
    const get = await fetch(model.url);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
  });

  it("answers 413 past the body limit", async () => {
    const model = await serve((instances) => instances.map(() => 1), { maxBodyBytes: 1_000 });
    const body = JSON.stringify({ instances: Array.from({ length: 500 }, (_, i) => ({ a: i })) });
    expect((await post(model.url, body)).status).toBe(413);
  });

  it("answers 500 with the message when predict throws", async () => {
    const model = await serve(() => {
      throw new Error("weights missing");
    });
    const response = await post(model.url, '{"instances": [{"a": 1}]}');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: "weights missing" });
  });

  it("closes with keep-alive connections open and frees its port", async () => {
    const model = await serveModel((instances) => instances.map(() => 1));
    expect((await post(model.url, '{"instances": [{"a": 1}]}')).status).toBe(200);
    await model.close();
    await expect(new ModelEndpoint(model.url, ["a"]).predict([[1]])).rejects.toMatchObject({
      code: "TELLTALE_ENDPOINT_UNREACHABLE",
    });
  });
});
