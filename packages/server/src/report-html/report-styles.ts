/** The page's stylesheet: system fonts only, so the file renders the same offline. */
export const REPORT_STYLES = `
:root {
  --fg: #1d2330; --muted: #5d6778; --line: #e2e6ec; --bg: #ffffff; --panel: #f6f8fa;
  --good: #1e7b34; --good-bg: #e6f4ea; --bad: #b3261e; --bad-bg: #fce8e6; --warn: #8a5300; --warn-bg: #fff4dc;
  --ref: #4e79a7; --cur: #f28e2b;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1280px; margin: 0 auto; padding: 24px 28px 64px; }
header.page { border-bottom: 1px solid var(--line); padding-bottom: 12px; margin-bottom: 16px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 20px 0 8px; }
h2 .count, h3 .count { font-size: 13px; font-weight: normal; color: var(--muted); margin-left: 8px; }
.subtitle, .muted, .note, .chart-note, .empty { color: var(--muted); }
.chart-note { font-size: 12px; margin: 4px 0 0; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--panel);
  padding: 1px 4px; border-radius: 3px; word-break: break-all; }
nav.sections { display: flex; flex-wrap: wrap; gap: 14px; margin-top: 8px; font-size: 13px; }
nav.sections a { color: #2d6caa; text-decoration: none; }
nav.sections a:hover { text-decoration: underline; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: var(--panel); min-width: 0; }
.card-label { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.card-value { font-size: 24px; font-weight: 600; margin: 2px 0; }
.card-detail { font-size: 12.5px; color: var(--muted); overflow-wrap: anywhere; }
.card.good { background: var(--good-bg); border-color: #b7dfc2; } .card.good .card-value { color: var(--good); }
.card.bad { background: var(--bad-bg); border-color: #f4b9b3; } .card.bad .card-value { color: var(--bad); }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
table.data, table.metrics { width: 100%; }
.side-by-side > table.metrics, .side-by-side > table.data { width: auto; min-width: 340px; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 12px; text-transform: uppercase; letter-spacing: .03em; color: var(--muted);
  background: var(--panel); border-bottom: 1px solid #cfd5dd; white-space: nowrap; }
th.group { text-align: center; }
tbody th { font-weight: 500; }
.num { text-align: right; white-space: nowrap; }
.col-name { font-weight: 500; overflow-wrap: anywhere; min-width: 150px; max-width: 420px; }
table.sortable thead th { cursor: pointer; user-select: none; }
table.sortable thead th:hover { color: var(--fg); }
table.sortable thead th[aria-sort="ascending"]::after { content: " ▲"; }
table.sortable thead th[aria-sort="descending"]::after { content: " ▼"; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
.badge.good { color: var(--good); background: var(--good-bg); }
.badge.bad { color: #fff; background: var(--bad); }
.badge.warn { color: var(--warn); background: var(--warn-bg); }
.badge.plain { color: var(--muted); background: var(--panel); border: 1px solid var(--line); font-weight: 500; }
tr.problem > td:first-child, tr.problem > th:first-child { box-shadow: inset 3px 0 0 var(--bad); }
td.flag { background: var(--warn-bg); color: var(--warn); font-weight: 600; }
.change.worse { color: var(--bad); font-weight: 600; }
.change.better { color: var(--good); font-weight: 600; }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin: 0 0 10px; }
.toolbar input[type="search"] { padding: 5px 8px; border: 1px solid #cfd5dd; border-radius: 6px; min-width: 240px; font: inherit; }
button { font: inherit; font-size: 13px; padding: 4px 10px; border: 1px solid #cfd5dd; border-radius: 6px;
  background: #fff; cursor: pointer; }
button:hover { background: var(--panel); }
.drift-table tr.summary-row { cursor: pointer; }
.drift-table tr.summary-row:hover td { background: #f9fafb; }
.drift-table tbody.open tr.summary-row td { background: #f3f6fa; border-bottom-color: transparent; }
button.toggle { border: 0; background: none; padding: 0 6px 0 0; color: var(--muted); transition: transform .1s; }
tbody.open button.toggle { transform: rotate(90deg); }
tr.detail td { background: #fbfcfd; padding: 8px 12px 12px; }
.chart { height: 280px; width: 100%; }
.chart .chart-error { color: var(--muted); padding: 16px; }
.side-by-side { display: flex; flex-wrap: wrap; gap: 24px; align-items: flex-start; }
figure.confusion { margin: 0; }
figure.confusion figcaption { font-weight: 600; margin-bottom: 6px; }
table.heatmap th, table.heatmap td { border: 1px solid var(--line); text-align: center; min-width: 64px; }
table.heatmap thead th { text-transform: none; letter-spacing: 0; color: var(--fg); font-size: 13px; }
table.heatmap th.corner { font-size: 11px; color: var(--muted); }
table.heatmap td.diag { font-weight: 700; }
.fairness-attribute { margin-bottom: 12px; }
.fairness-attribute.failed h3 { color: var(--bad); }
footer { margin-top: 48px; color: var(--muted); font-size: 12px; }
@media print { .toolbar, button.toggle { display: none; } }
`;
