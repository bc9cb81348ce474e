// GET /traces: one self-contained HTML page (no build step, no assets):
// recent traces with filters, and one trace as a waterfall — a bar per
// span on a time axis, nested under its parent, queue wait and cold start
// drawn apart, a span's attributes and events shown on click. The page
// carries no data; its script reads the /v1 trace API with the API key the
// user enters (kept in sessionStorage), so it needs no auth of its own.
// Every value is written with textContent, never as HTML.

const CSS = `
body{font:13px/1.4 system-ui,sans-serif;margin:0;color:#1d2330;background:#f7f8fa}
header{display:flex;gap:12px;align-items:center;padding:10px 16px;background:#1d2330;color:#fff}
header a{color:#fff;text-decoration:none;font-weight:600}
header input{width:260px}
main{padding:12px 16px}
form.filters{display:flex;gap:8px;flex-wrap:wrap;margin-bottom:10px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:4px 8px;border-bottom:1px solid #e3e6ea;text-align:left;white-space:nowrap}
tr.trace-row{cursor:pointer} tr.trace-row:hover{background:#eef3ff}
.status-error{color:#b42318;font-weight:600} .status-cancelled{color:#8a5a00;font-weight:600}
#summary{margin-bottom:8px}
.wf{background:#fff;border:1px solid #e3e6ea}
.wf-row{display:flex;align-items:center;height:22px;border-bottom:1px solid #f0f1f3;cursor:pointer}
.wf-row:hover,.wf-row.selected{background:#eef3ff}
.wf-name{width:340px;flex:none;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding-left:6px}
.wf-svc{color:#667085;font-size:11px;margin-left:6px}
.wf-track{position:relative;flex:1;height:14px;margin-right:8px}
.bar{position:absolute;top:0;height:14px;min-width:2px;border-radius:2px;background:#3b82f6}
.bar.svc-weft-scheduler{background:#10b981} .bar.svc-weft-executor{background:#8b5cf6}
.bar.queue-wait{background:repeating-linear-gradient(45deg,#f59e0b,#f59e0b 4px,#fcd34d 4px,#fcd34d 8px)}
.bar.cold-start{background:repeating-linear-gradient(45deg,#ef4444,#ef4444 4px,#fca5a5 4px,#fca5a5 8px)}
.bar.error{outline:2px solid #b42318}
.bar-label{position:absolute;top:-1px;font-size:11px;color:#344054;white-space:nowrap}
.axis{display:flex;margin-left:340px;margin-right:8px;position:relative;height:18px;color:#667085;font-size:11px}
.axis span{position:absolute;transform:translateX(-50%)}
.legend{display:flex;gap:14px;margin:6px 0;font-size:12px}
.legend i{display:inline-block;width:14px;height:10px;margin-right:4px;vertical-align:middle}
#detail{margin-top:10px;background:#fff;border:1px solid #e3e6ea;padding:8px;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px;min-height:2em}
.error-box{color:#b42318;margin:8px 0}
`;

const SCRIPT = `
const $ = (s) => document.querySelector(s);
const el = (tag, props = {}, ...kids) => { const e = document.createElement(tag); Object.assign(e, props); for (const k of kids) e.append(k); return e; };
const keyInput = $('#key');
keyInput.value = sessionStorage.getItem('weftKey') || '';
keyInput.addEventListener('change', () => { sessionStorage.setItem('weftKey', keyInput.value.trim()); route(); });
async function api(path) {
  const headers = keyInput.value.trim() ? { authorization: 'Bearer ' + keyInput.value.trim() } : {};
  const r = await fetch(path, { headers });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error((body.error && body.error.message) || ('HTTP ' + r.status));
  return body;
}
const fmt = (ms) => ms == null ? '' : ms >= 1000 ? (ms / 1000).toFixed(2) + ' s' : ms.toFixed(ms < 10 ? 2 : 1) + ' ms';
function showError(err) { $('#view').replaceChildren(el('div', { className: 'error-box', textContent: String(err.message || err) })); }

// Only the latest navigation renders: an earlier one still waiting for the
// API (a list asked for as the key changed) must not replace what a later
// one (the trace clicked since) drew.
let routeGen = 0;

async function showList(gen) {
  const f = new FormData($('#filters'));
  const q = new URLSearchParams();
  for (const [k, v] of f) if (v) q.set(k, v);
  const { data } = await api('/v1/traces?' + q);
  if (gen !== routeGen) return;
  const rows = data.map((t) => {
    const tr = el('tr', { className: 'trace-row' },
      el('td', { textContent: t.start_time.slice(11, 23) }), el('td', { textContent: t.root_name }),
      el('td', { textContent: t.model || '' }), el('td', { textContent: t.status, className: 'status-' + t.status }),
      el('td', { textContent: fmt(t.duration_ms) }), el('td', { textContent: fmt(t.queue_wait_ms) }), el('td', { textContent: fmt(t.ttft_ms) }),
      el('td', { textContent: t.executor || '' }), el('td', { textContent: t.device || '' }), el('td', { textContent: t.request_id || '' }));
    tr.dataset.traceId = t.id;
    tr.addEventListener('click', () => { history.pushState(null, '', '/traces/' + t.id); route(); });
    return tr;
  });
  const head = el('tr', {}, ...['time', 'root', 'model', 'status', 'duration', 'queue wait', 'TTFT', 'executor', 'device', 'request id'].map((h) => el('th', { textContent: h })));
  $('#view').replaceChildren(el('table', { id: 'trace-list' }, el('thead', {}, head), el('tbody', {}, ...rows)),
    el('p', { textContent: data.length + ' trace(s)' }));
}

function order(spans) {
  const ids = new Set(spans.map((s) => s.span_id));
  const kids = new Map();
  const roots = [];
  for (const s of spans) {
    if (s.parent_span_id && ids.has(s.parent_span_id)) { if (!kids.has(s.parent_span_id)) kids.set(s.parent_span_id, []); kids.get(s.parent_span_id).push(s); }
    else roots.push(s);
  }
  const out = [];
  const walk = (s, depth) => { out.push([s, depth]); for (const k of (kids.get(s.span_id) || []).sort((a, b) => a.offset_ms - b.offset_ms)) walk(k, depth + 1); };
  for (const r of roots.sort((a, b) => a.offset_ms - b.offset_ms)) walk(r, 0);
  return out;
}

async function showTrace(path, gen) {
  const t = await api(path);
  if (gen !== routeGen) return;
  const total = Math.max(...t.spans.map((s) => s.offset_ms + s.duration_ms), 0.001);
  $('#summary').replaceChildren(el('b', { textContent: t.root_name }),
    document.createTextNode(' — ' + fmt(t.duration_ms) + ', ' + t.status + (t.model ? ', model ' + t.model : '') + (t.executor ? ', executor ' + t.executor : '')
      + (t.device ? ' (' + t.device + ')' : '') + (t.queue_wait_ms != null ? ', queue wait ' + fmt(t.queue_wait_ms) : '') + (t.ttft_ms != null ? ', TTFT ' + fmt(t.ttft_ms) : '')
      + ' — trace ' + t.id + (t.request_id ? ', request ' + t.request_id : '')));
  const axis = el('div', { className: 'axis' });
  for (let i = 0; i <= 4; i++) axis.append(el('span', { textContent: fmt(total * i / 4), style: 'left:' + (i * 25) + '%' }));
  const rows = order(t.spans).map(([s, depth]) => {
    const cls = ['bar', 'svc-' + s.service];
    if (s.name === 'scheduler.queue_wait') cls.push('queue-wait');
    if (s.name === 'scheduler.cold_start') cls.push('cold-start');
    if (s.status === 'error') cls.push('error');
    const left = (s.offset_ms / total) * 100;
    const bar = el('div', { className: cls.join(' ') });
    bar.style.left = left + '%';
    bar.style.width = Math.max(0.2, (s.duration_ms / total) * 100) + '%';
    const label = el('span', { className: 'bar-label', textContent: fmt(s.duration_ms) });
    label.style.left = 'calc(' + Math.min(left + (s.duration_ms / total) * 100, 92) + '% + 4px)';
    const name = el('div', { className: 'wf-name', title: s.name }, el('span', { textContent: s.name }), el('span', { className: 'wf-svc', textContent: s.service.replace('weft-', '') }));
    name.style.paddingLeft = (6 + depth * 14) + 'px';
    const row = el('div', { className: 'wf-row' }, name, el('div', { className: 'wf-track' }, bar, label));
    row.dataset.spanId = s.span_id;
    row.dataset.name = s.name;
    row.addEventListener('click', () => {
      for (const r of document.querySelectorAll('.wf-row.selected')) r.classList.remove('selected');
      row.classList.add('selected');
      $('#detail').textContent = JSON.stringify({ name: s.name, service: s.service, span_id: s.span_id, parent_span_id: s.parent_span_id,
        start_offset_ms: s.offset_ms, duration_ms: s.duration_ms, status: s.status, status_message: s.status_message, attributes: s.attributes, events: s.events }, null, 2);
    });
    return row;
  });
  const legend = el('div', { className: 'legend' });
  for (const [c, text] of [['#3b82f6', 'gateway'], ['#10b981', 'scheduler'], ['#8b5cf6', 'executor'], ['#f59e0b', 'queue wait'], ['#ef4444', 'cold start']]) {
    const i = el('i'); i.style.background = c; legend.append(el('span', {}, i, document.createTextNode(text)));
  }
  $('#view').replaceChildren(legend, axis, el('div', { className: 'wf', id: 'waterfall' }, ...rows), el('div', { id: 'detail', textContent: 'Click a span to see its attributes and events.' }));
}

async function route() {
  const gen = ++routeGen;
  $('#summary').textContent = '';
  const m = /^\\/traces\\/([0-9a-fA-F]{32})$/.exec(location.pathname);
  const rid = new URLSearchParams(location.search).get('request_id');
  $('#filters').hidden = Boolean(m || rid);
  try {
    if (m) await showTrace('/v1/traces/' + m[1], gen);
    else if (rid) await showTrace('/v1/requests/' + encodeURIComponent(rid) + '/trace', gen);
    else await showList(gen);
  } catch (err) { if (gen === routeGen) showError(err); }
  document.body.dataset.ready = '1';
}
$('#filters').addEventListener('submit', (e) => { e.preventDefault(); route(); });
window.addEventListener('popstate', route);
route();
`;

export function tracePage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Weft traces</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${CSS}</style></head>
<body>
<header><a href="/traces">Weft traces</a><label>API key <input id="key" type="password" placeholder="only when WEFT_API_KEYS is set" autocomplete="off"></label></header>
<main>
<form id="filters" class="filters">
<input name="model" placeholder="model"><select name="status"><option value="">any status</option><option>ok</option><option>error</option><option>cancelled</option></select>
<input name="min_duration_ms" type="number" min="0" placeholder="min duration ms"><input name="request_id" placeholder="request id (x-request-id)">
<input name="limit" type="number" min="1" max="1000" value="50"><button>Search</button>
</form>
<div id="summary"></div>
<div id="view"></div>
</main>
<script type="module">${SCRIPT}</script>
</body></html>`;
}
