/** The page's only style sheet: inline, system fonts, no external resource. */
export const STYLES = `
:root {
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa;
  --ok: #1a7f37; --warn: #9a6700; --bad: #cf222e; --human: #0969da; --agent: #8250df; --neutral: #818b98;
  --ok-bg: #dafbe1; --warn-bg: #fff8c5; --bad-bg: #ffebe9;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 0 0 4px; }
h3 { font-size: 15px; margin: 16px 0 6px; }
p { margin: 4px 0 8px; }
.meta, .note { color: var(--muted); }
.note { font-size: 13px; }
.note.warn { color: var(--fg); background: var(--warn-bg); padding: 6px 8px; }
section { border-top: 1px solid var(--line); padding: 20px 0 8px; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; border-top: 0; }
a.tile { display: block; color: inherit; text-decoration: none; }
a.tile:hover { background: var(--panel); }
.tile { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 10px 12px; background: var(--bg); }
.tile-label { display: flex; justify-content: space-between; align-items: baseline; gap: 6px; font-size: 13px; font-weight: 600; color: var(--muted); }
.tile-value { font-size: 28px; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.2; margin: 2px 0; }
.tile-note { font-size: 12.5px; color: var(--muted); }
.badge { display: inline-block; font-size: 11.5px; font-weight: 600; border-radius: 10px; padding: 0 8px; margin-left: 6px; vertical-align: 2px; }
.status-ok { border-left-color: var(--ok); } .status-ok .badge, .badge.status-ok { background: var(--ok-bg); color: var(--ok); }
.status-warn { border-left-color: var(--warn); } .status-warn .badge, .badge.status-warn { background: var(--warn-bg); color: var(--warn); }
.status-bad { border-left-color: var(--bad); } .status-bad .badge, .badge.status-bad { background: var(--bad-bg); color: var(--bad); }
.status-none { border-left-color: var(--line); } .status-none .badge, .badge.status-none { background: var(--panel); color: var(--muted); }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
@media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } }
.grid2 > section { border-top: 1px solid var(--line); }
.incidents { list-style: none; padding: 0; margin: 8px 0; }
.incident { border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: 8px 12px; margin: 6px 0; }
.incident.sev-bad { border-left-color: var(--bad); background: var(--bad-bg); }
.incident.sev-warn { border-left-color: var(--warn); background: var(--warn-bg); }
.incident-title { font-weight: 600; }
.incident-when { color: var(--muted); font-size: 12.5px; float: right; margin-left: 12px; }
.incident-detail { overflow-wrap: anywhere; }
.incident-where { color: var(--muted); font-size: 12.5px; }
.chart { width: 100%; max-width: 900px; height: auto; display: block; margin: 8px 0; }
.chart .grid { stroke: #eaeef2; stroke-width: 1; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart text { font-size: 12px; fill: var(--muted); }
.chart .xlabel { font-size: 11.5px; }
.bar.tone-ok { fill: var(--ok); } .bar.tone-warn { fill: #d4a72c; } .bar.tone-bad { fill: var(--bad); }
.bar.tone-human { fill: var(--human); } .bar.tone-agent { fill: var(--agent); } .bar.tone-neutral { fill: var(--neutral); }
.line { fill: none; stroke-width: 2.5; }
.line.tone-human { stroke: var(--human); } .line.tone-agent { stroke: var(--agent); } .line.tone-ok { stroke: var(--ok); } .line.tone-neutral { stroke: var(--neutral); }
.dot.tone-human { fill: var(--human); } .dot.tone-agent { fill: var(--agent); } .dot.tone-ok { fill: var(--ok); } .dot.tone-neutral { fill: var(--neutral); }
.ref line { stroke-width: 1.5; stroke-dasharray: 6 4; }
.ref-limit line { stroke: var(--bad); } .ref-limit text { fill: var(--bad); }
.ref-target line { stroke: #57606a; } .ref-target text { fill: #57606a; }
.meter { width: 320px; max-width: 100%; height: 30px; vertical-align: middle; }
.meter-track { fill: #eaeef2; }
.meter-mark { stroke: var(--fg); stroke-width: 2; }
.legend { display: flex; gap: 16px; font-size: 12.5px; color: var(--muted); flex-wrap: wrap; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.swatch.tone-human { background: var(--human); } .swatch.tone-agent { background: var(--agent); } .swatch.tone-ok { background: var(--ok); }
.swatch.tone-bad { background: var(--bad); } .swatch.tone-warn { background: #d4a72c; } .swatch.tone-neutral { background: var(--neutral); }
.swatch.ref-limit { background: none; border-top: 2px dashed var(--bad); height: 0; width: 16px; vertical-align: 3px; }
.swatch.ref-target { background: none; border-top: 2px dashed #57606a; height: 0; width: 16px; vertical-align: 3px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 13px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.msg { overflow-wrap: anywhere; }
tr.row-bad td { background: var(--bad-bg); }
tr.row-warn td { background: var(--warn-bg); }
code { font: 12.5px ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", "Liberation Mono", monospace; overflow-wrap: anywhere; }
details { margin: 6px 0; }
summary { cursor: pointer; color: var(--muted); }
.gaps li { color: var(--warn); }
.lede { max-width: 900px; }
.how { color: var(--muted); font-size: 13px; max-width: 980px; }
.why { border-left: 4px solid var(--line); padding: 6px 10px; background: var(--panel); max-width: 980px; }
.why.status-warn { border-left-color: var(--warn); background: var(--warn-bg); }
.why.status-bad { border-left-color: var(--bad); background: var(--bad-bg); }
.tile-why { font-size: 12.5px; margin-top: 4px; color: var(--fg); }
.incident.sev-info { border-left-color: var(--neutral); background: var(--panel); }
.stopped { margin: 6px 0; padding-left: 18px; }
.stopped li { margin: 2px 0; }
dl.definitions dt { font-weight: 600; margin-top: 8px; }
dl.definitions dd { margin: 0 0 0 16px; color: var(--muted); }
.eval-row { display: grid; grid-template-columns: 200px 340px 1fr; align-items: center; gap: 8px; margin: 4px 0; }
@media print { .tiles { grid-template-columns: repeat(3, 1fr); } section { break-inside: avoid; } }
`;
