/**
 * JSON that can sit inside a `<script>` element: `<`, `>` and `&` occur only inside JSON strings, so writing them
 * as \u escapes keeps `</script>` and `<!--` out of the markup; U+2028/2029 are escaped for old JS parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Source code to inline in a `<script>` element; a `</script` inside a JS string or regex becomes `<\/script`. */
export function sourceForScript(source: string): string {
  return source.replace(/<\/(script)/gi, "<\\/$1");
}
