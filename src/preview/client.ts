/**
 * The preview's own page around the report: a bar (views, state, warnings), the report in a
 * sandboxed frame (no scripts: the report has none and its commentary may never run one), the error
 * overlay, and a small script that listens to the server's events (SSE) and swaps in each new
 * version, keeping the scroll position. No framework, no build step: plain strings served as is.
 */
import { tr, type Lang } from '../messages.js';

/** The shell's policy: its own script, style and frames, events from its own origin, nothing else. */
export const SHELL_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface ShellOptions {
  view: 'report' | 'pages';
  month: string;
  lang: Lang;
}

/** The page served at `/` (the report) and `/pages` (the paged view). */
export function shellHtml({ view, month, lang }: ShellOptions): string {
  const T = (s: string) => escapeHtml(tr(s, lang));
  const nav = (href: string, label: string, current: boolean) =>
    `<a href="${href}"${current ? ' aria-current="page"' : ''}>${T(label)}</a>`;
  // Texts the script shows, in the run's language, handed over as data attributes.
  const texts = {
    'data-t-updated': T('updated in {ms} ms'),
    'data-t-waiting': T('waiting for the first report…'),
    'data-t-offline': T('disconnected: is wg-report preview still running?'),
    'data-t-warnings': T('warnings: {n}'),
    'data-t-printing': T('printing the pages…'),
    'data-t-nopages': T('pdftoppm (poppler-utils) is not installed: the paged view shows the PDF itself'),
  };
  const attrs = Object.entries(texts)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('');
  const main =
    view === 'report'
      ? `<iframe class="frame" sandbox="allow-same-origin" title="${T('the report')}" src="/report.html"></iframe>`
      : `<div class="pages" tabindex="0"></div>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${SHELL_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${month} · wg-report preview`)}</title>
<link rel="stylesheet" href="/_preview/preview.css">
<script src="/_preview/client.js" defer></script>
</head>
<body data-view="${view}" data-shown="0"${attrs}>
<header class="bar">
<strong class="month">${escapeHtml(month)}</strong>
<nav>${nav('/', 'HTML', view === 'report')}${nav('/pages', 'Pages (PDF layout)', view === 'pages')}${nav('/report.pdf', 'PDF', false)}${nav('/report.json', 'JSON', false)}</nav>
<span class="state" role="status">${T('waiting for the first report…')}</span>
</header>
<main class="view">
${main}
<section class="overlay" role="alert" hidden>
<h2>${T('This save broke the report')}</h2>
<pre class="error"></pre>
<p>${T('The last good report is shown underneath; fix the file and save again.')}</p>
</section>
</main>
<details class="warnings" hidden>
<summary></summary>
<ul></ul>
</details>
</body>
</html>
`;
}

export const PREVIEW_CSS = `* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; font: 13px/1.5 system-ui, 'BIZ UDPGothic', sans-serif; color: #1d232b; background: #e4e7eb; }
.bar { flex: none; display: flex; gap: 16px; align-items: center; padding: 6px 12px; background: #1f3a5f; color: #fff; }
.bar nav { display: flex; gap: 4px; }
.bar a { color: #dfe7f1; text-decoration: none; padding: 2px 8px; border-radius: 3px; }
.bar a[aria-current] { background: #fff; color: #1f3a5f; }
.bar .state { margin-left: auto; opacity: .85; font-variant-numeric: tabular-nums; }
body.offline .bar { background: #6b7280; }
.view { position: relative; flex: 1; min-height: 0; }
.frame { position: absolute; inset: 0; width: 100%; height: 100%; border: 0; background: #fff; }
.frame.loading { visibility: hidden; }
.pages { position: absolute; inset: 0; overflow: auto; padding: 16px 0 48px; }
.pages figure { margin: 0 auto 16px; width: min(210mm, calc(100% - 32px)); }
.pages img, .pages iframe { display: block; width: 100%; aspect-ratio: 210 / 297; height: auto; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); border: 0; }
.pages iframe { height: calc(100vh - 96px); aspect-ratio: auto; }
.pages .note { text-align: center; color: #5f6773; }
.overlay { position: absolute; inset: 0; overflow: auto; padding: 24px max(24px, calc(50% - 420px)); background: rgba(40, 10, 10, .62); color: #fff; }
.overlay h2 { margin: 0 0 10px; font-size: 16px; }
.overlay pre { margin: 0 0 12px; padding: 12px 14px; background: #2b0c0c; border-left: 4px solid #f87171; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.55 ui-monospace, monospace; }
.overlay p { margin: 0; opacity: .9; }
.warnings { position: fixed; right: 12px; bottom: 12px; max-width: min(640px, calc(100% - 24px)); max-height: 50vh; overflow: auto; background: #fffbeb; border: 1px solid #f59e0b; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.2); }
.warnings summary { cursor: pointer; padding: 6px 12px; font-weight: 700; color: #92400e; }
.warnings ul { margin: 0; padding: 0 12px 10px 28px; }
.warnings li { margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; }
[hidden] { display: none !important; }
@media print { .bar, .overlay, .warnings { display: none !important; } }
`;

/**
 * The script: one EventSource; every `status` event updates the state line, the overlay and the
 * warnings, and a new report version replaces the frame (or the page images) once it has loaded,
 * at the scroll position of the one it replaces. `data-shown` on <body> is the version on screen.
 */
export const CLIENT_JS = `'use strict';
(() => {
  const body = document.body;
  const view = body.dataset.view;
  const text = (key, values) => (body.getAttribute('data-t-' + key) || key).replace(/\\{(\\w+)\\}/g, (_, k) => String(values && values[k]));
  const state = document.querySelector('.state');
  const overlay = document.querySelector('.overlay');
  const errorBox = overlay.querySelector('.error');
  const warnings = document.querySelector('.warnings');
  let wanted = 0;
  let busy = false;

  function showStatus(s) {
    body.classList.remove('offline');
    state.textContent = s.ready ? text('updated', { ms: s.ms }) : text('waiting');
    overlay.hidden = s.error === null;
    if (s.error !== null) errorBox.textContent = s.error;
    warnings.hidden = s.warnings.length === 0;
    warnings.querySelector('summary').textContent = text('warnings', { n: s.warnings.length });
    const list = warnings.querySelector('ul');
    list.replaceChildren(...s.warnings.map((w) => Object.assign(document.createElement('li'), { textContent: w })));
    body.dataset.status = String(s.version);
    if (s.ready && s.report !== wanted) {
      wanted = s.report;
      refresh();
    }
  }

  function refresh() {
    if (busy) return;
    busy = true;
    const version = wanted;
    const done = () => {
      body.dataset.shown = String(version);
      busy = false;
      if (wanted !== version) refresh();
    };
    if (view === 'report') swapFrame(version, done);
    else loadPages(version, done);
  }

  function swapFrame(version, done) {
    const old = document.querySelector('.frame:not(.loading)') || document.querySelector('.frame');
    let x = 0, y = 0;
    try { x = old.contentWindow.scrollX; y = old.contentWindow.scrollY; } catch (e) {}
    const next = document.createElement('iframe');
    next.className = 'frame loading';
    next.setAttribute('sandbox', 'allow-same-origin');
    next.title = old.title;
    next.addEventListener('load', () => {
      try { next.contentWindow.scrollTo(x, y); } catch (e) {}
      next.classList.remove('loading');
      old.remove();
      done();
    }, { once: true });
    next.src = '/report.html?v=' + version;
    old.after(next);
  }

  function loadPages(version, done) {
    const box = document.querySelector('.pages');
    if (box.childElementCount === 0) box.append(Object.assign(document.createElement('p'), { className: 'note', textContent: text('printing') }));
    fetch('/pages.json?v=' + version, { cache: 'no-store' })
      .then((r) => r.json())
      .then((info) => {
        if (info.fallback === 'pdf') {
          box.replaceChildren(Object.assign(document.createElement('p'), { className: 'note', textContent: text('nopages') }),
            Object.assign(document.createElement('iframe'), { src: '/report.pdf?v=' + version, title: 'report.pdf' }));
          return done();
        }
        if (info.error) {
          box.replaceChildren(Object.assign(document.createElement('p'), { className: 'note', textContent: info.error }));
          return done();
        }
        // Every image loaded before any is shown: the pages change at once, the scroll stays.
        const images = [];
        for (let i = 1; i <= info.pages; i++) {
          const img = new Image();
          img.alt = i + ' / ' + info.pages;
          img.src = '/pages/' + i + '.png?v=' + info.version;
          images.push(img);
        }
        Promise.all(images.map((img) => img.decode().catch(() => undefined))).then(() => {
          const top = box.scrollTop;
          box.replaceChildren(...images.map((img) => {
            // The page carries its own number (@page's bottom-center), as in the PDF.
            const figure = document.createElement('figure');
            figure.append(img);
            return figure;
          }));
          box.scrollTop = top;
          done();
        });
      })
      .catch(() => done());
  }

  const events = new EventSource('/_preview/events');
  events.addEventListener('status', (e) => showStatus(JSON.parse(e.data)));
  events.addEventListener('error', () => {
    body.classList.add('offline');
    state.textContent = text('offline');
  });
})();
`;
