import { writeFileSync } from "node:fs";
import type {
  ClassificationMetrics,
  DriftColumn,
  QualityColumn,
  RegressionMetrics,
  Report,
} from "@telltale/core";
import { describe, expect, it } from "vitest";
import { CLIENT_SCRIPT } from "./client-script.js";
import { loadEchartsSource } from "./load-echarts-source.js";
import { REPORT_DATA_ID, renderHtmlReport } from "./render-html-report.js";

const NASTY = "</script><img src=x onerror=alert(1)>";
const NASTY_CATEGORY = "\"><svg onload=alert(2)>\u2028'&";

function numericDrift(
  column: string,
  drifted: boolean,
  statistic: number,
  pValue: number | null,
): DriftColumn {
  const edges = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
  const reference = [50, 80, 120, 160, 180, 160, 120, 80, 40, 10];
  const current = drifted
    ? [10, 30, 60, 100, 140, 180, 200, 150, 90, 40]
    : [48, 82, 118, 158, 182, 162, 118, 78, 42, 12];
  return {
    column,
    role: "feature",
    kind: "numerical",
    method: pValue === null ? "wasserstein" : "ks",
    statistic,
    pValue,
    threshold: pValue === null ? 0.1 : 0.05,
    drifted,
    distribution: { edges, reference, current },
  };
}

function categoricalDrift(
  column: string,
  categories: string[],
  reference: number[],
  current: number[],
  drifted: boolean,
): DriftColumn {
  return {
    column,
    role: "feature",
    kind: "categorical",
    method: "chisquare",
    statistic: drifted ? null : 1.25,
    pValue: drifted ? 0 : 0.53,
    threshold: 0.05,
    drifted,
    distribution: { categories, reference, current },
  };
}

function quality(column: string, overrides: Partial<QualityColumn> = {}): QualityColumn {
  return {
    column,
    missing: { reference: 0, current: 0 },
    missingShare: { reference: 0, current: 0 },
    newCategories: [],
    outOfRange: 0,
    constant: { reference: false, current: false },
    typeErrors: { reference: 0, current: 0 },
    ...overrides,
  };
}

function binary(accuracy: number, logLoss: number, matrix: number[][]): ClassificationMetrics {
  return {
    rows: matrix.flat().reduce((s, v) => s + v, 0),
    accuracy,
    precision: 0.71,
    recall: 0.64,
    f1: 0.673,
    specificity: 0.9,
    fpr: 0.1,
    fnr: 0.36,
    rocAuc: 0.88,
    prAuc: 0.74,
    logLoss,
    brier: 0.12,
    ece: 0.031,
    confusionMatrix: { labels: ["<=50K", ">50K"], matrix },
  };
}

function binaryReport(): Report {
  const columns = [
    numericDrift("age", true, 0.2134, 3.2e-14),
    numericDrift("hours-per-week", false, 0.0123, 0.41),
    numericDrift("capital-gain", false, 0.034, null),
    categoricalDrift(
      "workclass",
      ["Private", "Self-emp", NASTY_CATEGORY, ""],
      [700, 200, 50, 50],
      [500, 250, 200, 50],
      true,
    ),
    categoricalDrift(NASTY, ["a", "b"], [500, 500], [510, 490], false),
    {
      ...categoricalDrift("sex", ["Female", "Male"], [330, 670], [340, 660], false),
      role: "sensitive" as const,
      method: "z" as const,
      statistic: 0.52,
      pValue: 0.6,
    },
  ];
  return {
    schemaVersion: 1,
    task: "binary",
    reference: { rows: 32561 },
    current: { rows: 16281 },
    columns: [
      { name: "age", kind: "numerical", role: "feature" },
      { name: "hours-per-week", kind: "numerical", role: "feature" },
      { name: "capital-gain", kind: "numerical", role: "feature" },
      { name: "workclass", kind: "categorical", role: "feature" },
      { name: NASTY, kind: "categorical", role: "feature" },
      { name: "sex", kind: "categorical", role: "sensitive" },
      { name: "notes", kind: "text", role: "feature" },
      { name: "income", kind: "categorical", role: "target" },
      { name: "pred", kind: "categorical", role: "prediction" },
    ],
    drift: {
      columns,
      driftedColumns: 2,
      totalColumns: 5,
      share: 0.4,
      shareThreshold: 0.5,
      datasetDrift: false,
    },
    quality: {
      columns: [
        quality("age", { outOfRange: 17 }),
        quality("workclass", {
          missing: { reference: 10, current: 900 },
          missingShare: { reference: 0.0003, current: 0.0553 },
          newCategories: [{ value: NASTY_CATEGORY, count: 200 }],
        }),
        quality(NASTY, { typeErrors: { reference: 0, current: 3 } }),
        quality("hours-per-week"),
      ],
    },
    classification: {
      reference: binary(0.85, 0.32, [
        [23000, 1720],
        [3100, 4741],
      ]),
      current: binary(0.81, 0.41, [
        [11000, 1435],
        [1650, 2196],
      ]),
    },
    fairness: [
      {
        attribute: "sex",
        privileged: "Male",
        groups: [
          {
            group: "Female",
            count: 5421,
            selectionRate: 0.07,
            tpr: 0.55,
            fpr: 0.02,
            precision: 0.75,
            accuracy: 0.92,
            disparateImpact: 0.28,
          },
          {
            group: "Male",
            count: 10860,
            selectionRate: 0.25,
            tpr: 0.62,
            fpr: 0.09,
            precision: 0.74,
            accuracy: 0.79,
            disparateImpact: 1,
          },
        ],
        demographicParityDifference: 0.18,
        demographicParityRatio: 0.28,
        equalOpportunityDifference: 0.07,
        equalizedOddsDifference: 0.07,
        disparateImpactRatio: 0.28,
        fourFifthsRule: false,
      },
      {
        attribute: NASTY,
        groups: [
          {
            group: NASTY_CATEGORY,
            count: 100,
            selectionRate: 0.2,
            tpr: null,
            fpr: 0.1,
            precision: null,
            accuracy: 0.8,
          },
          { group: "b", count: 120, selectionRate: 0.21, tpr: 0.5, fpr: 0.1, precision: 0.4, accuracy: 0.8 },
        ],
        demographicParityDifference: 0.01,
        demographicParityRatio: 0.95,
        equalOpportunityDifference: null,
        equalizedOddsDifference: null,
        disparateImpactRatio: 0.95,
        fourFifthsRule: true,
      },
    ],
    checks: [
      { path: "classification.current.accuracy", op: "min", limit: 0.83, value: 0.81, passed: false },
      { path: "drift", op: "no-drift", limit: true, value: false, passed: true },
    ],
  };
}

function multiclassReport(): Report {
  const metrics = (shift: number): ClassificationMetrics => ({
    ...binary(0.7 - shift, 0.8 + shift, [
      [50, 5, 3],
      [4, 40, 6],
      [2, 8, 30],
    ]),
    confusionMatrix: {
      labels: ["setosa", "versicolor", NASTY_CATEGORY],
      matrix: [
        [50, 5, 3],
        [4, 40, 6],
        [2, 8, 30],
      ],
    },
    averages: {
      macro: { precision: 0.7, recall: 0.69, f1: 0.69 },
      micro: { precision: 0.8 - shift, recall: 0.8 - shift, f1: 0.8 - shift },
      weighted: { precision: 0.79, recall: 0.8, f1: 0.79 },
    },
    perClass: {
      setosa: {
        precision: 0.9,
        recall: 0.86 - shift,
        f1: 0.88,
        specificity: 0.95,
        fpr: 0.05,
        fnr: 0.14,
        support: 58,
      },
      versicolor: {
        precision: 0.75,
        recall: 0.8,
        f1: 0.77,
        specificity: 0.9,
        fpr: 0.1,
        fnr: 0.2,
        support: 50,
      },
      [NASTY_CATEGORY]: {
        precision: 0.77,
        recall: 0.75,
        f1: 0.76,
        specificity: 0.93,
        fpr: 0.07,
        fnr: 0.25,
        support: 40,
      },
    },
  });
  return {
    ...binaryReport(),
    task: "multiclass",
    classification: { reference: metrics(0), current: metrics(0.05) },
    fairness: [],
    checks: [],
  };
}

function regressionReport(): Report {
  const metrics = (scale: number): RegressionMetrics => ({
    rows: 1000,
    mae: 2.1 * scale,
    rmse: 3.4 * scale,
    mape: 0.12 * scale,
    r2: 0.9 / scale,
    meanError: -0.2 * scale,
    maxError: 15 * scale,
    errorQuantiles: { p05: -5 * scale, p25: -1.5, p50: 0.1, p75: 1.4, p95: 5 * scale },
  });
  const { classification: _c, fairness: _f, checks: _k, ...rest } = binaryReport();
  return { ...rest, task: "regression", regression: { reference: metrics(1), current: metrics(1.3) } };
}

const options = {
  generatedAt: new Date("2024-05-01T12:34:56Z"),
  echartsSource: "window.echarts = undefined;",
};

/** The page with the two `<script>` elements that carry code and data cut out: what the browser shows as markup. */
function markup(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "<script></script>");
}

function embeddedJson(html: string): unknown {
  const match = new RegExp(
    `<script type="application/json" id="${REPORT_DATA_ID}">([\\s\\S]*?)</script>`,
  ).exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!);
}

describe("renderHtmlReport", () => {
  const cases: { name: string; report: Report; sections: string[]; absent: string[]; texts: string[] }[] = [
    {
      name: "binary classification with fairness and checks",
      report: binaryReport(),
      sections: ["summary", "checks", "drift", "quality", "classification", "fairness"],
      absent: ["regression"],
      texts: ["ROC AUC", "log loss", "four-fifths rule", "privileged", "Confusion matrix", "1 failed"],
    },
    {
      name: "multiclass",
      report: multiclassReport(),
      sections: ["summary", "drift", "quality", "classification", "fairness"],
      absent: ["regression", "checks"],
      texts: ["Per class", "precision (macro)", "F1 (weighted)", "versicolor", "No sensitive attributes."],
    },
    {
      name: "regression",
      report: regressionReport(),
      sections: ["summary", "drift", "quality", "regression"],
      absent: ["classification", "fairness", "checks"],
      texts: ["root mean squared error", "R²", "95th percentile"],
    },
  ];

  it.each(cases)("renders the sections of a $name report", ({ report, sections, absent, texts }) => {
    const html = renderHtmlReport(report, options);
    for (const id of sections) expect(html).toContain(`<section id="${id}">`);
    for (const id of absent) expect(html).not.toContain(`<section id="${id}">`);
    for (const text of texts) expect(markup(html)).toContain(text);
  });

  it.each(cases)("round-trips the embedded report JSON ($name)", ({ report }) => {
    expect(embeddedJson(renderHtmlReport(report, options))).toEqual(report);
  });

  it.each(cases)("escapes every user string ($name)", ({ report }) => {
    const html = renderHtmlReport(report, {
      ...options,
      title: NASTY,
      referenceName: NASTY,
      currentName: "<b>cur</b>",
    });
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<b>cur</b>");
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(markup(html)).toContain("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    const json = html.slice(html.indexOf(`id="${REPORT_DATA_ID}">`), html.indexOf("</script>"));
    expect(json).toContain("\\u003c/script\\u003e\\u003cimg src=x");
    expect(json).not.toMatch(/[\u2028\u2029<]/);
  });

  it("embeds JSON that survives `</script>`, `<!--` and line separators in strings", () => {
    const report = binaryReport();
    const tricky = {
      ...report,
      columns: [
        ...report.columns,
        { name: "<!--\u2028\u2029</SCRIPT>&", kind: "text" as const, role: "feature" as const },
      ],
    };
    const html = renderHtmlReport(tricky, options);
    expect(embeddedJson(html)).toEqual(tricky);
    expect(html).not.toContain("<!--");
  });

  it("marks the verdict, failed checks, worse metrics and the failed four-fifths rule", () => {
    const html = markup(renderHtmlReport(binaryReport(), options));
    expect(html).toContain(
      '<div class="card good"><div class="card-label">Dataset drift</div><div class="card-value">no</div>',
    );
    expect(html).toMatch(
      /<div class="card bad"><div class="card-label">Failed checks<\/div><div class="card-value">1<\/div>/,
    );
    expect(html).toMatch(
      /<tr class="problem"><td><span class="badge bad">FAIL<\/span><\/td><td><code>classification\.current\.accuracy/,
    );
    // Accuracy fell (worse); log loss rose, which is also worse.
    expect(html).toMatch(
      /<th scope="row">accuracy<\/th><td class="num">0\.85<\/td><td class="num">0\.81<\/td><td class="num change worse">-0\.04<\/td>/,
    );
    expect(html).toMatch(
      /<th scope="row">log loss<\/th><td class="num">0\.32<\/td><td class="num">0\.41<\/td><td class="num change worse">\+0\.09<\/td>/,
    );
    expect(html).toContain('<span class="badge bad">FAIL</span></td></tr></tbody></table></div></div>');
    expect(html).toContain("3.20e-14");
    expect(html).toContain("Text columns (not drift-tested): <code>notes</code>");
  });

  it("explains the change from logged attributions: importance beside the reference, NDCG and drift impact", () => {
    const report: Report = {
      ...binaryReport(),
      explain: {
        source: "logged",
        importance: [
          { feature: "age", importance: 0.9, baseline: 0.3, change: 0.6, rank: 1, baselineRank: 2 },
          { feature: NASTY, importance: 0.4, baseline: 0.5, change: -0.1, rank: 2, baselineRank: 1 },
        ],
        ndcg: 0.82,
        ndcgThreshold: 0.9,
        attributionDrift: true,
        driftImpact: [
          {
            feature: "age",
            method: "wasserstein",
            statistic: 0.4,
            score: 0.4,
            drifted: true,
            importance: 0.9,
            importanceShare: 0.69,
            impact: 0.28,
          },
        ],
      },
    };
    const html = markup(renderHtmlReport(report, options));
    expect(html).toContain('<a href="#explain">Explanations</a>');
    expect(html).toContain('<span class="badge bad">attribution drift</span> NDCG 0.82 &lt; 0.9');
    expect(html).toMatch(
      /<th scope="row">age<\/th><td class="num">0\.3<\/td><td class="num">0\.9<\/td><td class="num">0\.6<\/td><td class="num">2 → 1<\/td>/,
    );
    expect(html).toContain(
      '<tr class="drifted"><th scope="row">age <span class="badge bad">drifted</span></th><td>wasserstein</td>',
    );
    expect(html).not.toContain(NASTY);
  });

  it("shows business metrics on both sides, a worse change marked by which way the metric is better", () => {
    const report: Report = {
      ...binaryReport(),
      business: [
        {
          name: "fraud_cost",
          expression: "50 * fn + 2 * fp",
          unit: "USD",
          better: "lower",
          reference: 1200,
          current: 1500,
          change: 300,
        },
      ],
    };
    const html = markup(renderHtmlReport(report, options));
    expect(html).toContain('<a href="#business">Business</a>');
    expect(html).toContain(
      '<th scope="row">fraud_cost <span class="count">USD</span></th><td><code>50 * fn + 2 * fp</code></td><td class="num">1200</td><td class="num">1500</td><td class="num change worse">+300</td>',
    );
  });

  it("lists drifted columns first with their chart open, the rest closed", () => {
    const html = markup(renderHtmlReport(binaryReport(), options));
    const order = [...html.matchAll(/<tbody data-name="([^"]*)" data-drifted="(\d)"( class="open")?>/g)].map(
      (m) => [m[1], m[2], Boolean(m[3])],
    );
    expect(order).toEqual([
      ["workclass", "1", true],
      ["age", "1", true],
      ["&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;", "0", false],
      ["sex", "0", false],
      ["capital-gain", "0", false],
      ["hours-per-week", "0", false],
    ]);
  });

  it("loads no resource over the network", async () => {
    const html = renderHtmlReport(binaryReport(), { ...options, echartsSource: await loadEchartsSource() });
    // Booleans, not toMatch: a failure message would print the whole 1 MB page.
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(/<script[^>]*\ssrc\s*=/i.test(html)).toBe(false);
    expect(/<link\b/i.test(html)).toBe(false);
    expect(/<(img|iframe|object|embed|audio|video|source)\b/i.test(markup(html))).toBe(false);
    expect(/url\(|@import/.test(html.match(/<style>[\s\S]*?<\/style>/)![0])).toBe(false);
    expect(html.match(/<script\b/g)).toHaveLength(3);
  });

  it("ships a client script that parses", () => {
    expect(() => new Function(CLIENT_SCRIPT)).not.toThrow();
    expect(CLIENT_SCRIPT).not.toMatch(/<\/script/i);
  });

  // A manual check: TELLTALE_HTML_PREVIEW=/tmp/report-test.html npx vitest run packages/server/src/report-html
  it.runIf(process.env.TELLTALE_HTML_PREVIEW)("writes a preview page", async () => {
    const report = binaryReport();
    const many = Array.from({ length: 40 }, (_, i) =>
      numericDrift(
        `feature_${String(i).padStart(2, "0")}`,
        i % 7 === 0,
        0.01 + i / 400,
        i % 7 === 0 ? 1e-5 : 0.3 + i / 100,
      ),
    );
    const preview = { ...report, drift: { ...report.drift, columns: [...report.drift.columns, ...many] } };
    const path = process.env.TELLTALE_HTML_PREVIEW!;
    const pages = [
      [path, preview],
      [path.replace(/(\.html)?$/, "-multiclass.html"), multiclassReport()],
      [path.replace(/(\.html)?$/, "-regression.html"), regressionReport()],
    ] as const;
    const echartsSource = await loadEchartsSource();
    for (const [file, report] of pages) {
      const names = { referenceName: "adult-train.csv", currentName: "adult-test.csv" };
      writeFileSync(file, renderHtmlReport(report, { ...options, ...names, echartsSource }));
    }
  });
});
