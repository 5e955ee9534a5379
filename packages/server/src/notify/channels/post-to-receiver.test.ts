import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChannelUnreachableError } from "./channel-unreachable-error.js";
import { MAX_RESPONSE_CHARS, postToReceiver, USER_AGENT } from "./post-to-receiver.js";
import { closedPort, type HttpReceiver, startHttpReceiver } from "./receivers.test-support.js";

let receiver: HttpReceiver;
beforeAll(async () => {
  receiver = await startHttpReceiver((r) => {
    if (r.path === "/slow") return "hang";
    if (r.path === "/big") return { status: 200, body: "é".repeat(100_000) };
    if (r.path === "/moved") return { status: 301, body: "" };
    return { status: 204, body: "" };
  });
});
afterAll(() => receiver.close());

const post = (url: string, timeoutMs = 2000) =>
  postToReceiver({ url, headers: { "content-type": "text/plain" }, body: "hello", timeoutMs });

describe("postToReceiver", () => {
  it("sends the body with its headers and a user agent", async () => {
    expect(await post(`${receiver.url}/any`)).toEqual({ ok: true, status: 204, response: "" });
    const request = receiver.requests.at(-1)!;
    expect(request.body.toString()).toBe("hello");
    expect(request.headers["user-agent"]).toBe(USER_AGENT);
    expect(request.headers.authorization).toBeUndefined();
  });

  it("turns credentials in the URL into Basic auth", async () => {
    const url = receiver.url.replace("http://", "http://bot:p%40ss@");
    expect((await post(`${url}/auth`)).ok).toBe(true);
    const request = receiver.requests.at(-1)!;
    expect(request.path).toBe("/auth");
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from("bot:p@ss").toString("base64")}`);
  });

  it("cuts a long answer to 2,000 characters", async () => {
    const result = await post(`${receiver.url}/big`);
    expect(result.response).toBe("é".repeat(MAX_RESPONSE_CHARS));
  });

  it("does not follow a redirect, which would turn the POST into a GET", async () => {
    const result = await post(`${receiver.url}/moved`);
    expect(result).toMatchObject({ ok: false, status: 301 });
  });

  it("throws ChannelUnreachableError naming only the origin when nothing listens", async () => {
    const port = await closedPort();
    const sending = post(`http://127.0.0.1:${port}/services/T0/B0/SECRETPATH`);
    await expect(sending).rejects.toBeInstanceOf(ChannelUnreachableError);
    await expect(sending).rejects.toThrow(new RegExp(`^POST http://127\\.0\\.0\\.1:${port}: .*ECONNREFUSED`));
    await expect(sending).rejects.not.toThrow(/SECRETPATH/);
  });

  it("throws when the receiver does not answer in time", async () => {
    const started = Date.now();
    await expect(post(`${receiver.url}/slow`, 200)).rejects.toThrow(/no answer within 200 ms/);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
