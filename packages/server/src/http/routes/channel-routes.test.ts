import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestServer } from "../test-server.test-support.js";

const api = useTestServer({ monitorTickMs: 0 });
const bodies: string[] = [];
const receiver = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => {
    body += chunk;
  });
  request.on("end", () => {
    bodies.push(body);
    response.writeHead(bodies.length === 1 ? 200 : 503).end(bodies.length === 1 ? "thanks" : "busy");
  });
});
let url = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/in`;
});
afterAll(() => {
  receiver.close();
});

describe("channels", () => {
  it("creates with write-only secrets, tests against the receiver, and deletes", async () => {
    const created = await api.call("POST", "/api/v1/channels", {
      body: { name: "ops hook", config: { type: "webhook", url, secret: "hush" } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: "ops hook", type: "webhook", config: { url, secret: "***" } });
    const id = created.body.id;
    expect((await api.call("GET", `/api/v1/channels/${id}`)).body.config.secret).toBe("***");

    const test = await api.call("POST", `/api/v1/channels/${id}/test`);
    expect(test.body).toEqual({ ok: true, status: 200, response: "thanks" });
    expect(JSON.parse(bodies[0]!)).toMatchObject({ test: true, status: "firing" });
    const busy = await api.call("POST", `/api/v1/channels/${id}/test`);
    expect(busy.body).toEqual({ ok: false, status: 503, response: "busy" });

    await api.call("POST", "/api/v1/models", { body: { name: "chm", task: "regression" } });
    const monitor = await api.call("POST", "/api/v1/models/chm/monitors", {
      body: {
        name: "m",
        metric: "count",
        condition: { type: "threshold", op: "<", value: 1 },
        channels: [id],
      },
    });
    const inUse = await api.call("DELETE", `/api/v1/channels/${id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.details.monitors).toEqual([monitor.body.id]);
    await api.call("PATCH", `/api/v1/models/chm/monitors/${monitor.body.id}`, { body: { channels: [] } });
    expect((await api.call("DELETE", `/api/v1/channels/${id}`)).status).toBe(204);
    expect((await api.call("GET", `/api/v1/channels/${id}`)).status).toBe(404);
  });

  it("answers an unreachable receiver's test with its error, and refuses bad configs naming the field", async () => {
    const closed = await api.call("POST", "/api/v1/channels", {
      body: { name: "nowhere", config: { type: "webhook", url: "http://127.0.0.1:9/x" } },
    });
    const test = await api.call("POST", `/api/v1/channels/${closed.body.id}/test`);
    expect(test.body).toMatchObject({
      ok: false,
      status: 0,
      response: expect.stringMatching(/127\.0\.0\.1:9/),
    });
    const cases: [unknown, RegExp][] = [
      [{ type: "fax", number: "1" }, /type/],
      [{ type: "webhook", url: "not a url" }, /url/],
      [{ type: "email", to: [], from: "a@b.c", smtp: { host: "h", port: 25 } }, /to/],
      [{ type: "sms", to: "+1", from: "+2", accountSid: "AC1" }, /authToken/],
    ];
    for (const [config, field] of cases) {
      const answer = await api.call("POST", "/api/v1/channels", { body: { name: "bad", config } });
      expect(answer.status, JSON.stringify(config)).toBe(400);
      expect(JSON.stringify(answer.body.error), JSON.stringify(config)).toMatch(field);
    }
  });
});
