import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

describe("models", () => {
  it("registers, lists, reads, patches and deletes a model", async () => {
    const created = await api.call("POST", "/api/v1/models", {
      body: {
        name: "credit-risk",
        task: "binary",
        features: [
          { name: "age", kind: "numerical" },
          { name: "plan", kind: "categorical" },
        ],
        segments: ["region"],
        sensitive: ["sex"],
        positiveLabel: 1,
        description: "default risk",
        tags: ["finance"],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "credit-risk",
      task: "binary",
      positiveLabel: "1",
      segments: ["region"],
    });
    expect(
      (await api.call("GET", "/api/v1/models")).body.models.map((m: { name: string }) => m.name),
    ).toContain("credit-risk");
    expect((await api.call("GET", "/api/v1/models/credit-risk")).body.features).toHaveLength(2);
    const patched = await api.call("PATCH", "/api/v1/models/credit-risk", {
      body: { description: "v2 description", tags: ["a", "b"], segments: ["region", "channel"] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      description: "v2 description",
      tags: ["a", "b"],
      segments: ["region", "channel"],
    });
    expect((await api.call("DELETE", "/api/v1/models/credit-risk")).status).toBe(204);
    expect((await api.call("GET", "/api/v1/models/credit-risk")).status).toBe(404);
  });

  it.each([
    [{ name: "Bad Name", task: "binary" }, "body.name"],
    [{ name: "-leading", task: "binary" }, "body.name"],
    [{ name: "x".repeat(65), task: "binary" }, "body.name"],
    [{ name: "ok", task: "ranking" }, "body.task"],
    [{ name: "ok", task: "binary", features: [{ name: "a", kind: "vector" }] }, "body.features.0.kind"],
    [{ name: "ok", task: "binary", unknown: 1 }, "body"],
  ])("rejects %j with 400 naming %s", async (body, field) => {
    const answer = await api.call("POST", "/api/v1/models", { body });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain(field);
  });

  it("rejects a duplicate feature and a duplicate model", async () => {
    const twice = await api.call("POST", "/api/v1/models", {
      body: {
        name: "dup-features",
        task: "binary",
        features: [
          { name: "a", kind: "numerical" },
          { name: "a", kind: "categorical" },
        ],
      },
    });
    expect(twice.status).toBe(400);
    await api.call("POST", "/api/v1/models", { body: { name: "twice", task: "regression" } });
    const again = await api.call("POST", "/api/v1/models", { body: { name: "twice", task: "regression" } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("TELLTALE_CONFLICT");
  });

  it("answers 404 for unknown models on every model route", async () => {
    for (const [method, path] of [
      ["GET", "/api/v1/models/nope"],
      ["PATCH", "/api/v1/models/nope"],
      ["DELETE", "/api/v1/models/nope"],
      ["GET", "/api/v1/models/nope/versions"],
      ["POST", "/api/v1/models/nope/predictions"],
      ["POST", "/api/v1/models/nope/labels"],
      ["GET", "/api/v1/models/nope/aliases"],
    ] as const) {
      const hasBody = method === "POST" || method === "PATCH";
      const answer = await api.call(
        method,
        path,
        hasBody ? { body: method === "PATCH" ? {} : { records: [] } } : {},
      );
      expect(answer.status, `${method} ${path}`).toBe(404);
      expect(answer.body.error.code).toBe("TELLTALE_UNKNOWN_MODEL");
    }
  });

  it("answers unknown routes with the JSON error shape", async () => {
    const answer = await api.call("GET", "/api/v1/nothing-here");
    expect(answer.status).toBe(404);
    expect(answer.body.error.code).toBe("TELLTALE_NOT_FOUND");
  });
});
