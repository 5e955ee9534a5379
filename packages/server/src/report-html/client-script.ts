/**
 * The page's own script, plain ES2017 with no dependencies but the inlined `echarts` global: table sorting, the
 * drift filter, expandable rows, and charts drawn only once their row is open and on screen.
 */
export const CLIENT_SCRIPT = `
(function () {
  "use strict";
  var report = JSON.parse(document.getElementById("telltale-report-data").textContent);
  var COLORS = { reference: "#4e79a7", current: "#f28e2b" };
  var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  function esc(text) {
    return String(text).replace(/[&<>"']/g, function (c) { return ENTITIES[c]; });
  }
  function num(v, precision) {
    if (v === 0) return "0";
    var a = Math.abs(v);
    if (a < 1e-3 || a >= 1e7) return v.toExponential(Math.max(precision - 1, 1));
    return String(Number(v.toPrecision(precision)));
  }
  function pct(v) {
    var p = v * 100;
    if (p === 0) return "0%";
    if (Math.abs(p) < 0.1) return Number(p.toPrecision(2)) + "%";
    return p.toFixed(1) + "%";
  }
  function shares(counts) {
    var total = counts.reduce(function (s, v) { return s + v; }, 0);
    return counts.map(function (v) { return total > 0 ? v / total : 0; });
  }
  function edge(v, precision, first) {
    if (v === null || !isFinite(v)) return first ? "−∞" : "∞";
    return num(v, precision);
  }
  function binLabels(edges, precision) {
    var labels = [];
    for (var i = 0; i + 1 < edges.length; i++) {
      var close = i + 2 === edges.length ? "]" : ")";
      labels.push("[" + edge(edges[i], precision, true) + ", " + edge(edges[i + 1], precision, false) + close);
    }
    return labels;
  }
  function categoryLabel(c, max) {
    if (c === "") return "(empty)";
    return c.length > max ? c.slice(0, max - 1) + "…" : c;
  }

  function chartOption(col) {
    var d = col.distribution;
    var binned = Array.isArray(d.edges);
    var categories = d.categories || [];
    var axis = binned ? binLabels(d.edges, 3) : categories.map(function (c) { return categoryLabel(c, 18); });
    var full = binned ? binLabels(d.edges, 6) : categories.map(function (c) { return categoryLabel(c, 200); });
    var crowded = axis.length > 8;
    var opacity = binned ? 0.6 : 1;
    return {
      animation: false,
      color: [COLORS.reference, COLORS.current],
      legend: { top: 0, right: 8, data: ["reference", "current"] },
      grid: { left: 56, right: 16, top: 32, bottom: crowded ? 72 : 36 },
      tooltip: {
        trigger: "axis",
        confine: true,
        axisPointer: { type: "shadow" },
        formatter: function (params) {
          var i = params[0].dataIndex;
          var lines = ["<b>" + esc(full[i]) + "</b>"];
          params.forEach(function (p) {
            var counts = p.seriesName === "reference" ? d.reference : d.current;
            lines.push(p.marker + esc(p.seriesName) + ": " + pct(p.value) + " (" + Number(counts[i]).toLocaleString("en-US") + ")");
          });
          return lines.join("<br>");
        }
      },
      xAxis: {
        type: "category",
        data: axis,
        axisTick: { alignWithLabel: true },
        axisLabel: { rotate: crowded ? 40 : 0, hideOverlap: true, fontSize: 11 }
      },
      yAxis: {
        type: "value",
        name: "share",
        nameTextStyle: { align: "right" },
        axisLabel: { formatter: function (v) { return Math.round(v * 1000) / 10 + "%"; } }
      },
      series: [
        { name: "reference", type: "bar", data: shares(d.reference), barGap: binned ? "-100%" : "8%",
          barCategoryGap: binned ? "3%" : "30%", itemStyle: { opacity: opacity } },
        { name: "current", type: "bar", data: shares(d.current), itemStyle: { opacity: opacity } }
      ]
    };
  }

  var charts = [];
  function draw(el) {
    if (el.getAttribute("data-drawn")) return;
    el.setAttribute("data-drawn", "1");
    var col = report.drift.columns[Number(el.getAttribute("data-i"))];
    if (typeof echarts === "undefined" || !col) {
      el.innerHTML = '<p class="chart-error">Chart unavailable.</p>';
      return;
    }
    var chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption(chartOption(col));
    charts.push(chart);
  }
  var observer = typeof IntersectionObserver === "function"
    ? new IntersectionObserver(function (entries) {
        entries.forEach(function (e) {
          if (e.isIntersecting) { observer.unobserve(e.target); draw(e.target); }
        });
      }, { rootMargin: "300px 0px" })
    : null;
  function watch(el) {
    if (observer) observer.observe(el); else draw(el);
  }
  window.addEventListener("resize", function () {
    charts.forEach(function (c) { c.resize(); });
  });

  var driftTable = document.querySelector("table.drift-table");
  if (driftTable) {
    var setOpen = function (body, open) {
      body.classList.toggle("open", open);
      body.querySelector("tr.detail").hidden = !open;
      body.querySelector("button.toggle").setAttribute("aria-expanded", String(open));
      if (open) watch(body.querySelector(".chart"));
    };
    each(driftTable.tBodies, function (body) {
      body.querySelector("tr.summary-row").addEventListener("click", function () {
        setOpen(body, !body.classList.contains("open"));
      });
      if (body.classList.contains("open")) watch(body.querySelector(".chart"));
    });
    var section = driftTable.closest("section");
    var filter = section.querySelector("input.filter");
    var driftedOnly = section.querySelector("input.drifted-only");
    var applyFilter = function () {
      var query = filter.value.trim().toLowerCase();
      each(driftTable.tBodies, function (body) {
        var name = (body.getAttribute("data-name") || "").toLowerCase();
        var drifted = body.getAttribute("data-drifted") === "1";
        body.hidden = (query !== "" && name.indexOf(query) < 0) || (driftedOnly.checked && !drifted);
      });
    };
    filter.addEventListener("input", applyFilter);
    driftedOnly.addEventListener("change", applyFilter);
    section.querySelector("button.expand-all").addEventListener("click", function () {
      each(driftTable.tBodies, function (body) { if (!body.hidden) setOpen(body, true); });
    });
    section.querySelector("button.collapse-all").addEventListener("click", function () {
      each(driftTable.tBodies, function (body) { setOpen(body, false); });
    });
  }

  function sortKey(unit, index, numeric) {
    var row = unit.tagName === "TBODY" ? unit.rows[0] : unit;
    var cell = row && row.cells[index];
    if (!cell) return null;
    if (!numeric) return cell.textContent.trim().toLowerCase();
    var v = cell.getAttribute("data-v");
    if (v === null || v === "") return null;
    var n = Number(v);
    return isNaN(n) ? null : n;
  }
  each(document.querySelectorAll("table.sortable"), function (table) {
    var headers = table.tHead.rows[0].cells;
    each(headers, function (th, index) {
      th.tabIndex = 0;
      var sort = function () {
        var numeric = th.getAttribute("data-type") === "num";
        var previous = th.getAttribute("aria-sort");
        var dir = previous ? (previous === "ascending" ? -1 : 1) : (numeric ? -1 : 1);
        each(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var grouped = table.classList.contains("grouped");
        var parent = grouped ? table : table.tBodies[0];
        var units = Array.prototype.slice.call(grouped ? table.tBodies : table.tBodies[0].rows);
        var keyed = units.map(function (u, i) { return { unit: u, key: sortKey(u, index, numeric), i: i }; });
        keyed.sort(function (a, b) {
          if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
          var c = numeric ? a.key - b.key : a.key.localeCompare(b.key);
          return (c || 0) * dir || a.i - b.i;
        });
        keyed.forEach(function (k) { parent.appendChild(k.unit); });
      };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
  });
})();
`;
