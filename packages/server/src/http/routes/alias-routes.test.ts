import { describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer();

describe("aliases", () => {
  it("points, moves and removes aliases, keeping an audit history with the key id", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "al", task: "binary" } });
    for (const version of ["v1", "v2"])
      await api.call("POST", "/api/v1/models/al/versions", { body: { version } });
    const ops = await api.call("POST", "/api/v1/keys", { body: { name: "ops", scope: "admin" } });

    const set = await api.call("PUT", "/api/v1/models/al/aliases/champion", { body: { version: "v1" } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ alias: "champion", version: "v1", updatedBy: "env-admin" });
    await api.call("PUT", "/api/v1/models/al/aliases/challenger", { body: { version: "v2" } });
    const moved = await api.call("PUT", "/api/v1/models/al/aliases/champion", {
      body: { version: "v2" },
      key: ops.body.key,
    });
    expect(moved.body.updatedBy).toBe(ops.body.id);
    // A rollback is a move back.
    await api.call("PUT", "/api/v1/models/al/aliases/champion", { body: { version: "v1" } });

    const list = await api.call("GET", "/api/v1/models/al/aliases");
    expect(list.body.aliases.map((a: { alias: string; version: string }) => [a.alias, a.version])).toEqual([
      ["challenger", "v2"],
      ["champion", "v1"],
    ]);
    expect((await api.call("GET", "/api/v1/models/al/aliases/champion")).body.version).toBe("v1");

    expect((await api.call("DELETE", "/api/v1/models/al/aliases/challenger")).status).toBe(204);
    expect((await api.call("GET", "/api/v1/models/al/aliases/challenger")).status).toBe(404);
    expect((await api.call("DELETE", "/api/v1/models/al/aliases/challenger")).status).toBe(404);

    const history = await api.call("GET", "/api/v1/models/al/aliases/champion/history");
    expect(
      history.body.history.map(
        (h: { action: string; version: string; previous: string | null; by: string }) => [
          h.action,
          h.version,
          h.previous,
          h.by,
        ],
      ),
    ).toEqual([
      ["set", "v1", null, "env-admin"],
      ["set", "v2", "v1", ops.body.id],
      ["set", "v1", "v2", "env-admin"],
    ]);
    const removed = await api.call("GET", "/api/v1/models/al/aliases/challenger/history");
    expect(removed.body.history.at(-1)).toMatchObject({ action: "delete", version: null, previous: "v2" });
  });

  it("refuses an alias to an unknown version and a bad alias name", async () => {
    await api.call("POST", "/api/v1/models", { body: { name: "al2", task: "binary" } });
    const unknown = await api.call("PUT", "/api/v1/models/al2/aliases/champion", { body: { version: "v7" } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("TELLTALE_UNKNOWN_VERSION");
    expect(
      (await api.call("PUT", "/api/v1/models/al2/aliases/Bad%20Name", { body: { version: "v1" } })).status,
    ).toBe(400);
    expect((await api.call("PUT", "/api/v1/models/al2/aliases/champion", { body: {} })).status).toBe(400);
  });
});
