import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveModel } from "../endpoint/serve-model.js";
import { useTestServer } from "../http/test-server.test-support.js";
import { webhookSignature } from "../notify/channels/send-webhook.js";

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 9);
let clock = T0 + 2 * HOUR;
const api = useTestServer({ monitorTickMs: 0, now: () => clock });
const SECRET = "pipeline-secret-0123";

/** The training pipeline: records each trigger it receives. */
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const pipeline = createServer((request, response) => {
  let body = "";
  request.setEncoding("utf8");
  request.on("data", (chunk: string) => {
    body += chunk;
  });
  request.on("end", () => {
    received.push({ headers: request.headers, body });
    response.writeHead(202).end();
  });
});
let pipelineUrl = "";
/** The retrained model: it learned that the boundary moved from 0.5 to 1. */
let retrained: { url: string; close(): Promise<void> };

/** x is uniform on [0, 1) in hour 0 and on [0.5, 1.5) in hour 1, where the truth's boundary moves to 1. */
function hour(h: number) {
  return Array.from({ length: 200 }, (_, i) => {
    const x = (i + 0.5) / 200 + 0.5 * h;
    return {
      id: `h${h}-${i}`,
      version: "v1",
      timestamp: T0 + h * HOUR + i * 1000,
      features: { x },
      prediction: x > 0.5 ? "yes" : "no",
      score: Math.min(1, x),
      label: x > (h === 0 ? 0.5 : 1) ? "yes" : "no",
    };
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => pipeline.listen(0, "127.0.0.1", resolve));
  pipelineUrl = `http://127.0.0.1:${(pipeline.address() as AddressInfo).port}/retrain`;
  retrained = await serveModel((instances) => instances.map((r) => ({ score: Number(r.x) > 1 ? 0.9 : 0.1 })));
});
afterAll(async () => {
  pipeline.close();
  await retrained.close();
});

async function download(url: string) {
  const response = await fetch(url);
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text: bytes.toString("utf8"), bytes };
}

describe("the retraining loop", () => {
  it("fires on drift, hands the pipeline a signed export, and compares the version it registers", async () => {
    await api.call("POST", "/api/v1/models", {
      body: {
        name: "loop",
        task: "binary",
        positiveLabel: "yes",
        features: [{ name: "x", kind: "numerical" }],
      },
    });
    await api.call("POST", "/api/v1/models/loop/versions", {
      body: { version: "v1", metrics: { accuracy: 0.97 } },
    });
    const reference = hour(0).map((r) => ({ x: r.features.x, prediction: r.prediction, label: r.label }));
    await api.call("PUT", "/api/v1/models/loop/versions/v1/reference", { body: reference });
    await api.call("PUT", "/api/v1/models/loop/aliases/champion", { body: { version: "v1" } });
    const ingested = await api.call("POST", "/api/v1/models/loop/predictions", {
      body: { records: [...hour(0), ...hour(1)] },
    });
    expect(ingested.body.accepted).toBe(400);
    await api.call("POST", "/api/v1/models/loop/feedback", {
      body: { records: [{ id: "h1-10", kind: "thumbs", value: "down" }] },
    });

    const action = await api.call("POST", "/api/v1/models/loop/actions", {
      body: {
        type: "retrain",
        name: "retrain loop",
        url: pipelineUrl,
        secret: SECRET,
        export: { format: "csv", expiresIn: "2h" },
      },
    });
    expect(action.status).toBe(201);
    expect(action.body).toMatchObject({
      type: "retrain",
      secret: "***",
      cooldown: "1d",
      export: { labelled: true },
    });
    const monitor = await api.call("POST", "/api/v1/models/loop/monitors", {
      body: {
        name: "x drifted",
        metric: "drift.x",
        version: "champion",
        window: "1h",
        every: "10m",
        condition: { type: "threshold", op: ">", value: 0.3 },
        actions: [action.body.id],
      },
    });
    expect(monitor.status).toBe(201);

    await api.server().scheduler.tick();
    await api.server().actionRunner.drain();
    const alerts = (await api.call("GET", "/api/v1/alerts?model=loop")).body.alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0].state).toBe("firing");

    // The pipeline got the trigger, signed with its secret.
    expect(received).toHaveLength(1);
    const trigger = received[0]!;
    expect(trigger.headers["x-telltale-signature"]).toBe(webhookSignature(trigger.body, SECRET));
    const payload = JSON.parse(trigger.body);
    expect(payload).toMatchObject({
      action: { id: action.body.id, type: "retrain", name: "retrain loop" },
      model: "loop",
      version: "champion",
      trigger: "alert",
      monitor: { id: monitor.body.id, metric: "drift.x" },
      alert: { id: alerts[0].id, state: "firing" },
      export: {
        format: "csv",
        from: new Date(T0 + HOUR).toISOString(),
        to: new Date(T0 + 2 * HOUR).toISOString(),
        labelled: true,
        expiresAt: new Date(clock + 2 * HOUR).toISOString(),
      },
    });
    expect(payload.alert.value).toBeGreaterThan(0.3);

    // The export downloads without a key: the drifted hour's 200 labelled rows, as the manifest says.
    const data = await download(payload.export.url);
    expect(data.status).toBe(200);
    const manifest = JSON.parse(data.headers.get("x-telltale-manifest")!);
    expect(manifest).toMatchObject({ rows: 200, format: "csv", version: "v1", labelled: true });
    expect(manifest.sha256).toBe(createHash("sha256").update(data.bytes).digest("hex"));
    const lines = data.text.trim().split("\n");
    expect(lines).toHaveLength(201);
    expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(hour(1).map((r) => r.id));
    expect(lines.find((l) => l.startsWith("h1-10,"))).toContain(",1,0,1,");

    // Altered, the URL is refused; so it is once it expires.
    const url = new URL(payload.export.url);
    url.searchParams.set("from", new Date(T0).toISOString());
    const tampered = await download(url.toString());
    expect(tampered.status).toBe(403);
    expect(JSON.parse(tampered.text).error.code).toBe("TELLTALE_BAD_SIGNATURE");
    clock += 2 * HOUR;
    const expired = await download(payload.export.url);
    expect(expired.status).toBe(403);
    expect(JSON.parse(expired.text).error.code).toBe("TELLTALE_URL_EXPIRED");

    // The pipeline registers what it trained: Telltale compares it with the champion on the same window.
    const registered = await api.call("POST", "/api/v1/models/loop/versions", {
      body: { version: "v2", endpoint: retrained.url, metrics: { accuracy: 0.99 } },
    });
    expect(registered.status).toBe(201);
    expect(registered.body.comparison.id).toMatch(/^cmp_/);
    await api.server().services.comparator.drain();
    const comparison = (await api.call("GET", registered.body.comparison.url)).body;
    expect(comparison).toMatchObject({
      status: "done",
      candidate: "v2",
      baseline: "v1",
      window: { from: new Date(T0 + HOUR).toISOString(), to: new Date(T0 + 2 * HOUR).toISOString() },
      trigger: { alertId: alerts[0].id, actionId: action.body.id },
      benchmark: [{ metric: "accuracy", baseline: 0.97, candidate: 0.99 }],
      replayNote: null,
    });
    // Served: v1 says yes on all of hour 1, where half is truly no. Replayed, v2 is right on every row.
    expect(comparison.production).toMatchObject({ rows: 200, labelled: 200 });
    expect(comparison.production.metrics.accuracy).toBeCloseTo(0.5, 12);
    expect(comparison.replay.rows).toBe(200);
    expect(comparison.replay.served.metrics.accuracy).toBeCloseTo(0.5, 12);
    expect(comparison.replay.candidate.metrics.accuracy).toBe(1);

    // The alert links to it, and the run is not claimed twice.
    const linked = (await api.call("GET", "/api/v1/alerts?model=loop")).body.alerts[0].comparisons;
    expect(linked).toEqual([{ id: comparison.id, candidate: "v2", baseline: "v1", status: "done" }]);
    expect(
      (await api.call("GET", `/api/v1/models/loop/comparisons?alert=${alerts[0].id}`)).body.comparisons,
    ).toHaveLength(1);
    const again = await api.call("POST", "/api/v1/models/loop/versions", { body: { version: "v3" } });
    expect(again.body.comparison).toBeUndefined();
  });

  it("runs a scheduled retrain without an alert, once per period", async () => {
    const before = received.length;
    const action = await api.call("POST", "/api/v1/models/loop/actions", {
      body: { type: "retrain", url: pipelineUrl, schedule: "1d", export: { window: "2h", format: "jsonl" } },
    });
    clock += 86_400_000 + 1;
    await api.server().actionRunner.runScheduled(clock);
    await api.server().actionRunner.runScheduled(clock + 60_000);
    expect(received.length).toBe(before + 1);
    const payload = JSON.parse(received.at(-1)!.body);
    expect(payload).toMatchObject({
      trigger: "schedule",
      alert: null,
      monitor: null,
      export: { format: "jsonl" },
    });
    expect(Date.parse(payload.export.to) - Date.parse(payload.export.from)).toBe(2 * HOUR);
    const runs = (await api.call("GET", `/api/v1/models/loop/actions/${action.body.id}/runs`)).body.runs;
    expect(runs).toEqual([expect.objectContaining({ status: "done", detail: "HTTP 202" })]);
  });
});
