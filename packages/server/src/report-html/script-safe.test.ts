import { describe, expect, it } from "vitest";
import { escapeHtml } from "./escape-html.js";
import { jsonForScript, sourceForScript } from "./script-safe.js";

describe("jsonForScript", () => {
  it.each([
    "</script><img src=x onerror=alert(1)>",
    "<!-- <script>",
    "a\u2028b\u2029c",
    "&amp; \"quoted\" 'single' \\ back",
    "emoji 😀 and lone \ud800 surrogate",
  ])("round-trips %j with no markup characters left", (text) => {
    const json = jsonForScript({ text, nested: [text] });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text, nested: [text] });
  });
});

describe("sourceForScript", () => {
  it("breaks a closing script tag inside a JS string without changing its value", () => {
    const source = 'var s = "</script>"; var t = "</SCRIPT >";';
    const safe = sourceForScript(source);
    expect(safe).not.toMatch(/<\/script/i);
    expect(new Function(`${safe} return [s, t];`)()).toEqual(["</script>", "</SCRIPT >"]);
  });
});

describe("escapeHtml", () => {
  it("escapes the five characters that matter in content and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});
