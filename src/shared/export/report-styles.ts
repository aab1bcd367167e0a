/**
 * The report's style sheet, written into the file: readable on screen in light and dark, and on
 * paper (A4 or Letter) without the screen's colours, with each claim kept on one page where it can.
 */
export const reportStyles = `
:root {
  color-scheme: light dark;
  --ink: #1d1d1f; --ink-soft: #5b5b60; --paper: #fdfcf9; --rule: #dcd8cf; --accent: #1f5fbf;
  --verified: #1f7a45; --verified-bg: #e3f3e8;
  --disputed: #b42318; --disputed-bg: #fbe6e3;
  --needs-source: #8a5a00; --needs-source-bg: #fdf0d2;
  --other: #5b5b60; --other-bg: #ecebe7;
  --unreviewed: #d9d6ce;
}
@media (prefers-color-scheme: dark) {
  :root {
    --ink: #ecebe7; --ink-soft: #a9a8a3; --paper: #1b1b1d; --rule: #3a3a3e; --accent: #8ab4f8;
    --verified: #6fcf97; --verified-bg: #1c3326;
    --disputed: #f28b82; --disputed-bg: #3d2220;
    --needs-source: #f2c46d; --needs-source-bg: #3a2f17;
    --other: #a9a8a3; --other-bg: #2c2c30;
    --unreviewed: #4a4a4f;
  }
}
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body {
  margin: 0; padding: 2.5rem 1.25rem 4rem;
  font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
main { max-width: 46rem; margin: 0 auto; }
a { color: var(--accent); overflow-wrap: anywhere; }
h1 { font: 700 2rem/1.2 Georgia, "Times New Roman", serif; margin: 0.2rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--ink-soft); margin: 0.9rem 0 0.2rem; }
.kicker { margin: 0; font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--ink-soft); }
.muted { color: var(--ink-soft); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0; }
.facts dt { color: var(--ink-soft); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.mix-bar { display: flex; height: 0.9rem; border-radius: 999px; overflow: hidden; background: var(--unreviewed); }
.mix-legend { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; list-style: none; padding: 0; margin: 0.6rem 0 0; }
.swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 3px; margin-right: 0.35rem; vertical-align: -0.05rem; }
.mix-part { background: var(--other); }
.mix-verified { background: var(--verified); }
.mix-disputed { background: var(--disputed); }
.mix-needs-source { background: var(--needs-source); }
.mix-unreviewed { background: var(--unreviewed); }
.claims { list-style: none; padding: 0; margin: 0; }
.claim { padding: 1rem 1.1rem; margin: 0 0 1rem; border: 1px solid var(--rule); border-left: 4px solid var(--other); border-radius: 6px; }
.claim--verified { border-left-color: var(--verified); }
.claim--disputed { border-left-color: var(--disputed); }
.claim--needs-source { border-left-color: var(--needs-source); }
.claim--none { border-left-color: var(--unreviewed); }
.claim-head { margin: 0; display: flex; gap: 0.75rem; align-items: baseline; }
.badge { display: inline-block; padding: 0.05rem 0.55rem; border-radius: 999px; font-weight: 600; font-size: 0.9rem; color: var(--other); background: var(--other-bg); }
.badge--verified { color: var(--verified); background: var(--verified-bg); }
.badge--disputed { color: var(--disputed); background: var(--disputed-bg); }
.badge--needs-source { color: var(--needs-source); background: var(--needs-source-bg); }
.claim-text { margin: 0.6rem 0 0; font: 1.1rem/1.55 Georgia, "Times New Roman", serif; }
.note p { margin: 0 0 0.5rem; }
.tags ul { display: flex; flex-wrap: wrap; gap: 0.3rem; list-style: none; padding: 0; margin: 0; }
.tags li { padding: 0 0.55rem; border: 1px solid var(--rule); border-radius: 999px; font-size: 0.9rem; }
.sources ol { margin: 0; padding-left: 1.3rem; }
.sources li { margin-bottom: 0.4rem; overflow-wrap: anywhere; }
.source-quote { display: block; margin-top: 0.2rem; padding-left: 0.6rem; border-left: 2px solid var(--rule); font-family: Georgia, serif; color: var(--ink-soft); }
.provenance { display: block; font-size: 0.85rem; color: var(--ink-soft); }
footer { margin-top: 3rem; font-size: 0.85rem; }
@media print {
  :root {
    color-scheme: light;
    --ink: #000; --ink-soft: #444; --paper: #fff; --rule: #bbb; --accent: #000;
    --verified: #1f7a45; --disputed: #b42318; --needs-source: #8a5a00; --unreviewed: #ddd;
  }
  @page { margin: 18mm 16mm; }
  body { padding: 0; font-size: 10.5pt; }
  main { max-width: none; }
  h2 { break-after: avoid; }
  .claim { break-inside: avoid; }
  .mix-bar, .swatch, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .sources a[href]::after { content: " <" attr(href) ">"; font-size: 0.85em; color: var(--ink-soft); }
}
`.trim()
