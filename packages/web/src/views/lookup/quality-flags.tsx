import { Badge, type Tone } from "../../components/badge";
import type { QualityFlag, QualityFlagKind } from "./lookup-types";

export const FLAG_WORDS: Record<QualityFlagKind, { readonly word: string; readonly tone: Tone }> = {
  missing: { word: "missing", tone: "warn" },
  outOfRange: { word: "out of range", tone: "bad" },
  unseenCategory: { word: "unseen category", tone: "warn" },
};

export function FlagBadge({ flag }: { readonly flag: QualityFlag }) {
  const { word, tone } = FLAG_WORDS[flag.kind];
  return (
    <Badge tone={tone} title={flag.message}>
      {word}
    </Badge>
  );
}

/** The prediction's data-quality flags; `null` means the server could not tell, which is said, not hidden. */
export function QualityFlags({ flags }: { readonly flags: readonly QualityFlag[] | null }) {
  if (flags === null)
    return (
      <p className="muted">
        This server does not report quality flags for single predictions yet (no prediction context endpoint).
      </p>
    );
  if (flags.length === 0)
    return (
      <p>
        <Badge tone="good">no quality flags</Badge>{" "}
        <span className="muted">every input is present and in range</span>
      </p>
    );
  return (
    <ul className="flag-list" data-testid="lookup-flag-list">
      {flags.map((flag) => (
        <li key={`${flag.feature}:${flag.kind}`}>
          <FlagBadge flag={flag} /> <strong>{flag.feature}</strong>: {flag.message}
        </li>
      ))}
    </ul>
  );
}
