import { useState } from "react";
import { modelPath } from "../api/queries";
import { useApi } from "../auth/auth-context";
import { useViewState } from "../state/use-view-state";
import { windowQuery } from "../state/view-state";

/** Downloads the window's report (the same as `telltale report`); fetched with the key, then saved from a blob. */
export function ReportExport({ model }: { readonly model: string }) {
  const api = useApi();
  const { window } = useViewState();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: "html" | "json") => {
    setBusy(format);
    setError(null);
    try {
      const blob = await api.blob(`${modelPath(model)}/report`, {
        ...windowQuery(window),
        format,
        download: true,
      });
      const url = URL.createObjectURL(blob);
      const a = document.createElement("a");
      const stamp = new Date(window.to).toISOString().slice(0, 16).replace(/[:T]/g, "-");
      a.href = url;
      a.download = `${model}-report-${stamp}.${format}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (caught) {
      setError((caught as Error).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <span className="report-export">
      <span className="label">Report</span>
      <button type="button" onClick={() => void download("html")} disabled={busy !== null}>
        {busy === "html" ? "Exporting…" : "HTML"}
      </button>
      <button type="button" onClick={() => void download("json")} disabled={busy !== null}>
        {busy === "json" ? "Exporting…" : "JSON"}
      </button>
      {error !== null && (
        <span role="alert" className="error-text">
          {error}
        </span>
      )}
    </span>
  );
}
