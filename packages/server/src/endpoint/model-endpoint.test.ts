import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { mulberry32 } from "../demo/mulberry32.js";
import { AppError } from "../errors/app-error.js";
import { answer, instancesOf, type LocalServer, startLocalServer } from "./local-server.test-support.js";
import { ModelEndpoint } from "./model-endpoint.js";

const servers: LocalServer[] = [];
async function serve(...args: Parameters<typeof startLocalServer>): Promise<LocalServer> {
  const server = await startLocalServer(...args);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const rowsOf = (n: number) => Array.from({ length: n }, (_, i) => [i, `c${i % 3}`] as const);

/** Awaits a rejection and returns it, failing the test if the promise resolves. */
async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a rejection");
}

describe("ModelEndpoint.predict", () => {
  it("returns one output per row in order when batches are answered out of order", async () => {
    const random = mulberry32(7);
    const server = await serve((_req, res, body) => {
      const predictions = instancesOf(body).map((x) => 2 * (x.x as number));
      setTimeout(() => answer(res, predictions), Math.floor(random() * 40));
    });
    const progress: number[] = [];
    const endpoint = new ModelEndpoint(server.url, ["x", "c"], {
      batchSize: 7,
      concurrency: 4,
      onProgress: (done, total) => {
        expect(total).toBe(100);
        progress.push(done);
      },
    });
    const outputs = await endpoint.predict(rowsOf(100));
    expect(outputs).toEqual(Array.from({ length: 100 }, (_, i) => ({ score: 2 * i, prediction: null })));
    const sizes = server.bodies
      .map((b) => (b as { instances: unknown[] }).instances.length)
      .sort((a, b) => a - b);
    expect(sizes).toEqual([2, ...Array<number>(14).fill(7)]);
    expect(server.stats.maxInFlight).toBeLessThanOrEqual(4);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(100);
  });

  it("sends every feature by name with missing and non-finite values as null", async () => {
    let contentType: string | undefined;
    const server = await serve((req, res, body) => {
      contentType = req.headers["content-type"];
      answer(
        res,
        instancesOf(body).map(() => ({ score: { a: 0.25, b: 0.75 }, prediction: "b" })),
      );
    });
    const endpoint = new ModelEndpoint(server.url, ["num", "cat", 'odd "name"', "flag"]);
    const outputs = await endpoint.predict([
      [1.5, "x", null, true],
      [Number.NaN, null, Number.POSITIVE_INFINITY, false],
    ]);
    expect(contentType).toBe("application/json");
    expect(server.bodies).toEqual([
      {
        instances: [
          { num: 1.5, cat: "x", 'odd "name"': null, flag: true },
          { num: null, cat: null, 'odd "name"': null, flag: false },
        ],
      },
    ]);
    expect(outputs).toEqual([
      { score: { a: 0.25, b: 0.75 }, prediction: "b" },
      { score: { a: 0.25, b: 0.75 }, prediction: "b" },
    ]);
  });

  it("never has more than `concurrency` requests in flight", async () => {
    const server = await serve((_req, res, body) => {
      setTimeout(
        () =>
          answer(
            res,
            instancesOf(body).map(() => 0.5),
          ),
        20,
      );
    });
    await new ModelEndpoint(server.url, ["x", "c"], { batchSize: 3, concurrency: 3 }).predict(rowsOf(60));
    expect(server.stats.requests).toBe(20);
    expect(server.stats.maxInFlight).toBeLessThanOrEqual(3);
    expect(server.stats.maxInFlight).toBeGreaterThan(1);
  });

  it("answers an empty call without a request", async () => {
    const server = await serve((_req, res) => answer(res, []));
    expect(await new ModelEndpoint(server.url, ["x"]).predict([])).toEqual([]);
    expect(server.stats.requests).toBe(0);
  });

  it("times out a server that accepts the request and never answers, and closes the connection", async () => {
    const server = await serve(() => undefined);
    const error = await rejection(
      new ModelEndpoint(server.url, ["x", "c"], { timeoutMs: 200 }).predict(rowsOf(3)),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("TELLTALE_ENDPOINT_TIMEOUT");
    expect(error.message).toContain("200 ms");
    expect(error.message).toContain(server.url);
    await expect.poll(() => server.stats.closedEarly).toBe(1);
  });

  it("times out a server that sends its headers and then stalls the body", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"predictions": [');
    });
    const error = await rejection(
      new ModelEndpoint(server.url, ["x", "c"], { timeoutMs: 200 }).predict(rowsOf(3)),
    );
    expect(error.code).toBe("TELLTALE_ENDPOINT_TIMEOUT");
    await expect.poll(() => server.stats.closedEarly).toBe(1);
  });

  it("reports a closed port as unreachable, naming the URL and the cause", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const url = `http://127.0.0.1:${port}/predict`;
    const error = await rejection(new ModelEndpoint(url, ["x", "c"]).predict(rowsOf(3)));
    expect(error.code).toBe("TELLTALE_ENDPOINT_UNREACHABLE");
    expect(error.message).toContain(url);
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("rejects a URL it cannot call before sending anything", () => {
    for (const url of ["not a url", "ftp://127.0.0.1/predict"]) {
      expect(() => new ModelEndpoint(url, ["x"])).toThrow(
        expect.objectContaining({ code: "TELLTALE_ENDPOINT_UNREACHABLE" }),
      );
    }
  });

  it("reports a non-2xx status with the start of its body", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`model crashed: ${"x".repeat(5000)}`);
    });
    const error = await rejection(new ModelEndpoint(server.url, ["x", "c"]).predict(rowsOf(3)));
    expect(error.code).toBe("TELLTALE_ENDPOINT_BAD_RESPONSE");
    expect(error.message).toContain("HTTP 500");
    expect(error.message).toContain("model crashed");
    expect(error.details.status).toBe(500);
    expect((error.details.body as string).length).toBe(200);
  });

  const garbage: readonly (readonly [string, string, RegExp])[] = [
    ["HTML", "<html><body>Bad gateway</body></html>", /not JSON.*<html>/],
    ["NaN (not JSON)", '{"predictions": [NaN, 1, 2]}', /not JSON/],
    ["an overflowing number", '{"predictions": [1e999, 1, 2]}', /Infinity as row 0's prediction/],
    ["no predictions key", '{"outputs": [1, 2, 3]}', /without a "predictions" array/],
    ["a bare array", "[1, 2, 3]", /an array without a "predictions" array/],
    ["too few predictions", '{"predictions": [1, 2]}', /2 predictions for 3 instances/],
    ["too many predictions", '{"predictions": [1, 2, 3, 4]}', /4 predictions for 3 instances/],
    [
      "strings for numbers",
      '{"predictions": ["0.1", "0.2", "0.3"]}',
      /the string "0.1" as row 0's prediction/,
    ],
    ["a string score", '{"predictions": [1, {"score": "high"}, 3]}', /row 1's score/],
    [
      "a class probability that is not a number",
      '{"predictions": [1, 2, {"score": {"a": null}}]}',
      /class "a".*row 2/,
    ],
    ["an empty object", '{"predictions": [1, {}, 3]}', /neither a score nor a prediction for row 1/],
    ["an object label", '{"predictions": [{"prediction": {"a": 1}}, 2, 3]}', /an object as row 0's label/],
  ];

  it.each(garbage)("reports %s as a bad response", async (_name, text, message) => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(text);
    });
    const error = await rejection(new ModelEndpoint(server.url, ["x", "c"]).predict(rowsOf(3)));
    expect(error.code).toBe("TELLTALE_ENDPOINT_BAD_RESPONSE");
    expect(error.message).toMatch(message);
  });

  it("names the batch and the call's row number of a bad prediction", async () => {
    const server = await serve((_req, res, body) => {
      const xs = instancesOf(body).map((x) => x.x as number);
      answer(
        res,
        xs.map((x) => (x === 13 ? "oops" : x)),
      );
    });
    const error = await rejection(
      new ModelEndpoint(server.url, ["x", "c"], { batchSize: 5, concurrency: 1 }).predict(rowsOf(20)),
    );
    expect(error.message).toMatch(/batch 2 .*row 13/);
    expect(error.details).toMatchObject({ batch: 2, row: 13 });
  });

  it.each([
    ["with a content-length", true],
    ["chunked", false],
  ])("refuses a response body over the cap (%s)", async (_name, declared) => {
    const server = await serve((_req, res) => {
      const text = JSON.stringify({ predictions: [1, 2, 3], padding: "x".repeat(5000) });
      res.writeHead(200, declared ? { "content-length": Buffer.byteLength(text) } : {});
      if (declared) res.end(text);
      else {
        res.write(text.slice(0, 2500));
        res.end(text.slice(2500));
      }
    });
    const endpoint = new ModelEndpoint(server.url, ["x", "c"], { maxResponseBytes: 1000 });
    const error = await rejection(endpoint.predict(rowsOf(3)));
    expect(error.code).toBe("TELLTALE_ENDPOINT_BAD_RESPONSE");
    expect(error.message).toContain("more than 1000 bytes");
  });

  it("aborts the other requests in flight on the first failure and rejects once", async () => {
    const held: ServerResponse[] = [];
    const server = await serve((_req, res) => {
      held.push(res);
      // Once all four batches are in flight, one fails and the others hang until the client gives up.
      if (held.length === 4) {
        held[1]?.writeHead(503);
        held[1]?.end("overloaded");
      }
    });
    const endpoint = new ModelEndpoint(server.url, ["x", "c"], {
      batchSize: 2,
      concurrency: 4,
      timeoutMs: 30_000,
    });
    const error = await rejection(endpoint.predict(rowsOf(8)));
    expect(error.code).toBe("TELLTALE_ENDPOINT_BAD_RESPONSE");
    expect(error.details.status).toBe(503);
    // The call settles only after its requests are aborted: none is left open on the server.
    await expect.poll(() => server.stats.inFlight).toBe(0);
    expect(server.stats.closedEarly).toBe(3);
    expect(server.stats.requests).toBe(4);
  });

  it("times out the whole call at the deadline", async () => {
    const server = await serve((_req, res, body) => {
      setTimeout(
        () =>
          answer(
            res,
            instancesOf(body).map(() => 1),
          ),
        120,
      );
    });
    const endpoint = new ModelEndpoint(server.url, ["x", "c"], {
      batchSize: 1,
      concurrency: 1,
      timeoutMs: 10_000,
      deadlineMs: 300,
    });
    const error = await rejection(endpoint.predict(rowsOf(20)));
    expect(error.code).toBe("TELLTALE_ENDPOINT_TIMEOUT");
    expect(error.message).toContain("300 ms deadline");
    expect(server.stats.requests).toBeLessThan(20);
    await expect.poll(() => server.stats.inFlight).toBe(0);
    // The request in flight at the deadline (if the deadline did not fall between two) was cut.
    expect(server.stats.closedEarly).toBeLessThanOrEqual(1);
  });

  it("aborts through the caller's signal with the signal's reason", async () => {
    const server = await serve(() => undefined);
    const controller = new AbortController();
    const endpoint = new ModelEndpoint(server.url, ["x", "c"], { batchSize: 1, signal: controller.signal });
    const pending = rejection(endpoint.predict(rowsOf(4)));
    await expect.poll(() => server.stats.requests).toBe(4);
    const reason = new Error("client went away");
    controller.abort(reason);
    expect(await pending).toBe(reason);
    await expect.poll(() => server.stats.closedEarly).toBe(4);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const server = await serve((_req, res) => answer(res, [1]));
    const endpoint = new ModelEndpoint(server.url, ["x", "c"], {
      signal: AbortSignal.abort(new Error("late")),
    });
    expect((await rejection(endpoint.predict(rowsOf(1)))).message).toBe("late");
    expect(server.stats.requests).toBe(0);
  });

  it("refuses rows that do not match the features", async () => {
    const endpoint = new ModelEndpoint("http://127.0.0.1:9/predict", ["x", "c"]);
    await expect(endpoint.predict([[1, "a"], [2]])).rejects.toThrow(RangeError);
  });
});
