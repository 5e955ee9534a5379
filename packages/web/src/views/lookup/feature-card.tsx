import { EChart } from "../../charts/echart";
import { Badge } from "../../components/badge";
import { categoryBars, categoryShareOption } from "./category-share-option";
import type { FeatureInContext, QualityFlag } from "./lookup-types";
import { categoricalPlacement, numericalPlacement } from "./percentile-text";
import { valueText } from "./prediction-values";
import { FlagBadge } from "./quality-flags";
import { referenceHistogramOption } from "./reference-histogram-option";

export interface FeatureCardProps {
  readonly feature: FeatureInContext;
  readonly flags: readonly QualityFlag[];
  /** Said when there is no reference position: why not. */
  readonly noReference: string;
}

function Position({ feature }: { readonly feature: FeatureInContext }) {
  const reference = feature.reference;
  if (reference === null) return null;
  if ("numerical" in reference) {
    const placement = numericalPlacement(feature.value, reference.numerical);
    const value = typeof feature.value === "number" ? feature.value : null;
    return (
      <>
        <p className={placement.unusual ? "placement unusual" : "placement"}>
          {placement.text}
          {placement.unusual && <Badge tone="warn">unusual</Badge>}
        </p>
        {reference.numerical.histogram.edges.length > 1 && (
          <EChart
            option={referenceHistogramOption(reference.numerical, value)}
            height={110}
            label={`Reference distribution of ${feature.name} with this prediction's value ${valueText(feature.value)} marked: ${placement.text}`}
          />
        )}
      </>
    );
  }
  const value = feature.value === null ? null : String(feature.value);
  const placement = categoricalPlacement(value, reference.categorical);
  const bars = categoryBars(reference.categorical, value).length;
  return (
    <>
      <p className={placement.unusual ? "placement unusual" : "placement"}>
        {placement.text}
        {placement.unusual && <Badge tone="warn">unusual</Badge>}
      </p>
      {bars > 0 && (
        <EChart
          option={categoryShareOption(reference.categorical, value)}
          height={Math.max(60, bars * 20 + 12)}
          label={`Most common ${feature.name} values in the reference, this prediction's ${valueText(feature.value)} highlighted: ${placement.text}`}
        />
      )}
    </>
  );
}

/** One input: its value, its flags, and where it falls in the reference (percentile and histogram, or share). */
export function FeatureCard({ feature, flags, noReference }: FeatureCardProps) {
  return (
    <article className="feature-card" data-feature={feature.name} aria-label={`Feature ${feature.name}`}>
      <header>
        <h3>{feature.name}</h3>
        <span className="muted kind">{feature.kind}</span>
        {flags.map((f) => (
          <FlagBadge key={f.kind} flag={f} />
        ))}
      </header>
      <p className="feature-value">
        <span className="muted">value </span>
        <strong className={feature.value === null ? "missing" : undefined}>{valueText(feature.value)}</strong>
      </p>
      {feature.reference === null ? <p className="muted">{noReference}</p> : <Position feature={feature} />}
    </article>
  );
}
