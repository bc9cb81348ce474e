// `weft trace REQUEST_ID|TRACE_ID`: one request's trace from the gateway's
// trace store, printed as a span tree with each span's start offset,
// duration and a bar on a common time axis, plus the attributes an
// operator asks about first (model, executor, queue wait, TTFT, errors).
import { BatchCliError, type BatchCli } from './batch.ts';

interface SpanView {
  span_id: string;
  parent_span_id: string | null;
  name: string;
  service: string;
  offset_ms: number;
  duration_ms: number;
  status: string;
  status_message: string | null;
  attributes: Record<string, unknown>;
  events: { name: string; offset_ms: number }[];
}

export interface TraceView {
  id: string;
  root_name: string;
  duration_ms: number;
  status: string;
  model: string | null;
  request_id: string | null;
  executor: string | null;
  device: string | null;
  queue_wait_ms: number | null;
  ttft_ms: number | null;
  spans: SpanView[];
}

/** Attributes worth a line in the tree, by span. */
const SHOWN = ['weft.model', 'weft.executor_id', 'weft.device', 'weft.priority', 'weft.queue_wait_ms', 'weft.model_load_ms', 'weft.time_to_first_token_ms',
  'gen_ai.usage.input_tokens', 'gen_ai.usage.output_tokens', 'http.response.status_code', 'weft.error_code', 'weft.cancel_reason', 'weft.batch_id', 'weft.batch_custom_id'];

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

/** The span tree as lines of text (`width`: columns of the time bar). */
export function renderTrace(t: TraceView, width = 40): string[] {
  const ids = new Set(t.spans.map((s) => s.span_id));
  const kids = new Map<string, SpanView[]>();
  const roots: SpanView[] = [];
  for (const s of t.spans) {
    if (s.parent_span_id && ids.has(s.parent_span_id)) kids.set(s.parent_span_id, [...(kids.get(s.parent_span_id) ?? []), s]);
    else roots.push(s);
  }
  const total = Math.max(0.001, ...t.spans.map((s) => s.offset_ms + s.duration_ms));
  const head = [`trace ${t.id}${t.request_id ? `  request ${t.request_id}` : ''}`,
    `${t.root_name}  ${fmt(t.duration_ms)}  ${t.status}${t.model ? `  model ${t.model}` : ''}${t.executor ? `  executor ${t.executor}` : ''}${t.device ? ` (${t.device})` : ''}`
      + `${t.queue_wait_ms !== null ? `  queue wait ${fmt(t.queue_wait_ms)}` : ''}${t.ttft_ms !== null ? `  TTFT ${fmt(t.ttft_ms)}` : ''}`, ''];
  const rows: [string, string, string][] = [];
  const walk = (s: SpanView, prefix: string, last: boolean, depth: number) => {
    const a = Math.min(width - 1, Math.floor((s.offset_ms / total) * width));
    const b = Math.max(a + 1, Math.min(width, Math.round(((s.offset_ms + s.duration_ms) / total) * width)));
    const bar = ' '.repeat(a) + '█'.repeat(b - a) + ' '.repeat(width - b);
    const branch = depth === 0 ? '' : last ? '└─ ' : '├─ ';
    const attrs = SHOWN.filter((k) => s.attributes[k] !== undefined && s.attributes[k] !== '').map((k) => `${k.replace(/^(weft|gen_ai\.usage|http\.response)\./, '')}=${String(s.attributes[k])}`);
    const status = s.status === 'error' ? ` ERROR${s.status_message ? `: ${s.status_message}` : ''}` : '';
    rows.push([`${prefix}${branch}${s.name} [${s.service.replace(/^weft-/, '')}]${status}`, `+${fmt(s.offset_ms).padStart(9)} ${fmt(s.duration_ms).padStart(9)}`, `|${bar}| ${attrs.join(' ')}`]);
    const children = (kids.get(s.span_id) ?? []).sort((x, y) => x.offset_ms - y.offset_ms);
    children.forEach((c, i) => walk(c, depth === 0 ? prefix : prefix + (last ? '   ' : '│  '), i === children.length - 1, depth + 1));
  };
  roots.sort((x, y) => x.offset_ms - y.offset_ms).forEach((r, i) => walk(r, '', i === roots.length - 1, 0));
  const w = Math.max(...rows.map((r) => r[0].length));
  return [...head, ...rows.map(([name, time, rest]) => `${name.padEnd(w)}  ${time}  ${rest}`.trimEnd())];
}

/** Fetches the trace of `id` (a 32-hex trace id, or a request id) and prints it. */
export async function runTraceCommand(cli: BatchCli, id: string | undefined): Promise<void> {
  if (!id) throw new BatchCliError('usage: weft trace REQUEST_ID|TRACE_ID');
  const path = /^[0-9a-f]{32}$/i.test(id) ? `/traces/${id.toLowerCase()}` : `/requests/${encodeURIComponent(id)}/trace`;
  let r: Response;
  try {
    r = await fetch(`${cli.url}${path}`, { headers: cli.key ? { authorization: `Bearer ${cli.key}` } : {} });
  } catch (err) {
    throw new BatchCliError(`cannot reach the gateway at ${cli.url}: ${(err as Error).cause ?? (err as Error).message}`);
  }
  const body = await r.json().catch(() => undefined) as (TraceView & { error?: { message?: string } }) | undefined;
  if (!r.ok || !body) throw new BatchCliError(`${id}: ${r.status} ${body?.error?.message ?? r.statusText}`);
  for (const line of renderTrace(body)) cli.out(line);
}
