import { describe, expect, it } from "vitest";
import { createSseParser } from "./sse-parser";

const STREAM =
  'id: 0\nevent: ready\ndata: {"model":"m"}\n\n: comment\nevent: ingest\ndata: {"a":1}\ndata: {"b":2}\n\r\nevent: heartbeat\r\ndata: {}\r\n\r\n';

describe("createSseParser", () => {
  it.each([1, 2, 3, 7, STREAM.length])("gives the same messages whatever the chunk size (%i)", (size) => {
    const parse = createSseParser();
    const messages = [];
    for (let i = 0; i < STREAM.length; i += size) messages.push(...parse(STREAM.slice(i, i + size)));
    expect(messages).toEqual([
      { event: "ready", data: '{"model":"m"}', id: "0" },
      { event: "ingest", data: '{"a":1}\n{"b":2}', id: "0" },
      { event: "heartbeat", data: "{}", id: "0" },
    ]);
  });
  it("a message without event is a `message`; one without data is dropped", () => {
    const parse = createSseParser();
    expect(parse("data: x\n\nevent: empty\n\n")).toEqual([{ event: "message", data: "x" }]);
  });
});
