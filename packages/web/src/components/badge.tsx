import type { ReactNode } from "react";

export type Tone = "bad" | "warn" | "good" | "neutral" | "info";

/** A status word with a colour and, for colour-blind readers, the word itself carries the meaning. */
export function Badge({
  tone,
  children,
  title,
}: {
  readonly tone: Tone;
  readonly children: ReactNode;
  readonly title?: string;
}) {
  return (
    <span className={`badge ${tone}`} title={title}>
      {children}
    </span>
  );
}
