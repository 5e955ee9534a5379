import type { Report } from "@telltale/core";
import { useMemo } from "react";
import { seriesOf, useTimeseries } from "../../api/queries";
import { EChart } from "../../charts/echart";
import { PALETTE } from "../../charts/palette";
import { timeSeriesOption } from "../../charts/time-series-option";
import { Badge } from "../../components/badge";
import { Panel } from "../../components/panel";
import { formatPercent } from "../../format/format";
import type { ResolvedWindow } from "../../state/view-state";
import { ReportLoadable } from "./report-loadable";

const METRICS = ["drift.share"] as const;

function Summary({ drift }: { readonly drift: Report["drift"] }) {
  return (
    <p className="drift-summary" data-testid="drift-summary">
      <strong>
        {drift.driftedColumns} of {drift.totalColumns}
      </strong>{" "}
      features drifted over the whole window ({formatPercent(drift.share)}).{" "}
      {drift.datasetDrift ? (
        <Badge tone="bad">Dataset drift</Badge>
      ) : (
        <Badge tone="good">No dataset drift</Badge>
      )}{" "}
      <span className="muted">at {formatPercent(drift.shareThreshold)} or more of the features</span>
    </p>
  );
}

/** The share of drifted features per bucket, with the report's dataset-drift share threshold as a line. */
export function DriftSharePanel({
  model,
  window,
  report,
}: {
  readonly model: string;
  readonly window: ResolvedWindow;
  readonly report: Report | undefined;
}) {
  const series = useTimeseries(model, window, METRICS);
  const threshold = report?.drift.shareThreshold;
  const option = useMemo(
    () =>
      timeSeriesOption({
        lines: [
          { name: "Drifted features", points: seriesOf(series.data, "drift.share"), colour: PALETTE.current },
        ],
        metric: "drift.share",
        from: window.from,
        to: window.to,
        yMin: 0,
        yMax: 1,
        ...(threshold !== undefined
          ? { referenceLines: [{ value: threshold, label: "dataset drift", colour: PALETTE.bad }] }
          : {}),
      }),
    [series.data, window.from, window.to, threshold],
  );
  return (
    <Panel title="Share of drifted features over time" wide testId="drift-share">
      {report !== undefined && <Summary drift={report.drift} />}
      <ReportLoadable
        model={model}
        query={series}
        isEmpty={(d) => seriesOf(d, "drift.share").every((p) => p.value === null)}
        empty="No predictions in this window."
      >
        {() => (
          <>
            <EChart
              option={option}
              height={200}
              label={`Share of features drifted per ${window.interval} bucket, against the dataset drift threshold`}
            />
            <p className="muted drift-note">
              Each point tests one {window.interval} bucket against the reference: buckets of few predictions
              read higher than the whole window, so a longer interval gives a steadier line.
            </p>
          </>
        )}
      </ReportLoadable>
    </Panel>
  );
}
