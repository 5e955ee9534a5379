import { describe, expect, it } from "vitest";
import { ADMIN_KEY, useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

describe("API keys and scopes", () => {
  it("answers 401 without a key, with a malformed header and with an unknown key", async () => {
    for (const key of [null, "not-a-key"]) {
      const answer = await api.call("GET", "/api/v1/models", { key });
      expect(answer.status).toBe(401);
      expect(answer.body.error.code).toBe("TELLTALE_UNAUTHORIZED");
    }
    const raw = await fetch(`${api.url()}/api/v1/models`, { headers: { authorization: "Basic abc" } });
    expect(raw.status).toBe(401);
  });

  it("accepts the bootstrap admin key from the environment", async () => {
    expect((await api.call("GET", "/api/v1/models", { key: ADMIN_KEY })).status).toBe(200);
  });

  it("creates keys shown once, lists them without secrets, and revokes them", async () => {
    const created = await api.call("POST", "/api/v1/keys", { body: { name: "scorer", scope: "ingest" } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "scorer",
      scope: "ingest",
      createdBy: "env-admin",
      revokedAt: null,
    });
    expect(created.body.key).toMatch(/^tt_/);
    const listed = await api.call("GET", "/api/v1/keys");
    const entry = listed.body.keys.find((k: { id: string }) => k.id === created.body.id);
    expect(entry).toBeDefined();
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);

    await api.call("POST", "/api/v1/models", { body: { name: "scoped", task: "binary" } });
    await api.call("POST", "/api/v1/models/scoped/versions", { body: { version: "v1" } });
    const ingestKey = created.body.key as string;
    const write = await api.call("POST", "/api/v1/models/scoped/predictions", {
      key: ingestKey,
      body: { records: [{ id: "a", version: "v1", features: { x: 1 }, prediction: 1 }] },
    });
    expect(write.status).toBe(200);
    const labels = await api.call("POST", "/api/v1/models/scoped/labels", {
      key: ingestKey,
      body: { records: [{ id: "a", label: 1 }] },
    });
    expect(labels.status).toBe(200);
    for (const [method, path] of [
      ["GET", "/api/v1/models"],
      ["GET", "/api/v1/models/scoped"],
      ["GET", "/api/v1/models/scoped/predictions/a"],
      ["POST", "/api/v1/keys"],
      ["DELETE", "/api/v1/models/scoped"],
    ] as const) {
      const answer = await api.call(method, path, {
        key: ingestKey,
        ...(method === "POST" ? { body: { name: "x", scope: "admin" } } : {}),
      });
      expect(answer.status, `${method} ${path}`).toBe(403);
      expect(answer.body.error.code).toBe("TELLTALE_FORBIDDEN");
    }

    expect((await api.call("DELETE", `/api/v1/keys/${created.body.id}`)).status).toBe(204);
    const after = await api.call("POST", "/api/v1/models/scoped/labels", {
      key: ingestKey,
      body: { records: [] },
    });
    expect(after.status).toBe(401);
    expect((await api.call("DELETE", `/api/v1/keys/${created.body.id}`)).status).toBe(404);
  });

  it("lets a created admin key manage keys", async () => {
    const admin = await api.call("POST", "/api/v1/keys", { body: { name: "ops", scope: "admin" } });
    const answer = await api.call("GET", "/api/v1/keys", { key: admin.body.key });
    expect(answer.status).toBe(200);
  });

  it("rejects a bad scope with 400 naming the field", async () => {
    const answer = await api.call("POST", "/api/v1/keys", { body: { name: "x", scope: "root" } });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("TELLTALE_VALIDATION");
    expect(answer.body.error.message).toContain("body.scope");
  });
});
