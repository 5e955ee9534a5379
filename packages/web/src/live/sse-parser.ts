export interface SseMessage {
  readonly event: string;
  readonly data: string;
  readonly id?: string;
}

/**
 * An incremental Server-Sent Events parser (the WHATWG event-stream rules that matter here): feed it text as it
 * arrives, in any chunking, and it returns the complete messages; comments and retry fields are ignored.
 */
export function createSseParser(): (chunk: string) => SseMessage[] {
  let buffer = "";
  let event = "";
  let data: string[] = [];
  let id: string | undefined;
  return (chunk) => {
    buffer += chunk;
    const out: SseMessage[] = [];
    let newline = buffer.search(/\r\n|\r|\n/);
    while (newline >= 0) {
      const line = buffer.slice(0, newline);
      const width = buffer.startsWith("\r\n", newline) ? 2 : 1;
      // A lone \r at the end of a chunk may be half of \r\n: wait for the next chunk.
      if (buffer[newline] === "\r" && newline + 1 === buffer.length) break;
      buffer = buffer.slice(newline + width);
      if (line === "") {
        if (data.length > 0)
          out.push({ event: event || "message", data: data.join("\n"), ...(id !== undefined ? { id } : {}) });
        event = "";
        data = [];
      } else if (!line.startsWith(":")) {
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? "" : line.slice(colon + 1);
        if (value.startsWith(" ")) value = value.slice(1);
        if (field === "event") event = value;
        else if (field === "data") data.push(value);
        else if (field === "id") id = value;
      }
      newline = buffer.search(/\r\n|\r|\n/);
    }
    return out;
  };
}
