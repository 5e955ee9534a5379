/** The one place a user-supplied name (a column) enters SQL: as a double-quoted identifier. */
export function quoteIdentifier(name: string): string {
  if (name.includes("\u0000")) throw new Error("identifier contains a NUL character");
  return `"${name.replaceAll('"', '""')}"`;
}
