import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

describe("system routes", () => {
  it("answers /healthz without a key", async () => {
    const answer = await api.call("GET", "/healthz", { key: null });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe("ok");
  });

  it("documents every route in the OpenAPI document", async () => {
    const answer = await api.call("GET", "/api/v1/openapi.json", { key: null });
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toBe("3.1.0");
    const documented = new Set<string>();
    for (const [path, methods] of Object.entries(
      answer.body.paths as Record<string, Record<string, unknown>>,
    )) {
      for (const method of Object.keys(methods)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const declared = api
      .server()
      .app.printRoutes({ commonPrefix: false })
      .split("\n")
      .filter((line) => line.includes("("));
    expect(declared.length).toBeGreaterThan(0);
    for (const expected of [
      "POST /api/v1/keys",
      "DELETE /api/v1/keys/{id}",
      "POST /api/v1/models",
      "PATCH /api/v1/models/{model}",
      "PUT /api/v1/models/{model}/versions/{version}/reference",
      "GET /api/v1/models/{model}/aliases/{alias}/history",
      "POST /api/v1/models/{model}/predictions",
      "POST /api/v1/models/{model}/labels",
      "GET /api/v1/models/{model}/predictions/{id}",
      "GET /api/v1/models/{model}/events",
      "GET /metrics",
      "GET /healthz",
    ]) {
      expect(documented, expected).toContain(expected);
    }
    const create = answer.body.paths["/api/v1/models"].post;
    expect(create.requestBody.content["application/json"].schema.properties.task.enum).toEqual([
      "binary",
      "multiclass",
      "regression",
    ]);
    expect(Object.keys(create.responses)).toEqual(
      expect.arrayContaining(["201", "400", "401", "403", "409"]),
    );
  });

  it("serves Prometheus metrics with request and ingest counters", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "prom", task: "binary" } });
    await api.call("POST", "/api/v1/models/prom/versions", { body: { version: "v1" } });
    await api.call("POST", "/api/v1/models/prom/predictions", {
      body: { records: [{ id: "a", version: "v1", features: { x: 1 }, prediction: 1 }, { id: "b" }] },
    });
    const answer = await api.call("GET", "/metrics", { key: null });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toContain("text/plain");
    const text = answer.body as string;
    expect(text).toContain('telltale_ingest_records_total{model="prom",outcome="accepted"} 1');
    expect(text).toContain('telltale_ingest_records_total{model="prom",outcome="rejected"} 1');
    expect(text).toMatch(
      /telltale_http_requests_total\{method="POST",route="\/api\/v1\/models\/:model\/predictions",status="200"\} 1/,
    );
    expect(text).toContain("telltale_http_request_duration_seconds_bucket");
    expect(text).toContain('telltale_store_predictions{model="prom"} 1');
    expect(text).toMatch(/telltale_store_bytes \d+/);
  });
});
