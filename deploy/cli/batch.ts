// `weft batch …`: the Batch API from the command line, over a gateway's
// HTTP API (what any OpenAI client does). submit streams the file up (never
// read whole), and with --wait shows progress and downloads the results.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { MAX_LINE_BYTES, readLines } from '../../batch/lines.ts';

export interface BatchCli {
  /** The gateway's /v1 base URL. */
  url: string;
  key: string | undefined;
  out: (line: string) => void;
  err: (text: string) => void;
}

/** An error the gateway answered, as one line. */
export class BatchCliError extends Error {}

async function call(cli: BatchCli, method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; duplex?: 'half' } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...init.headers };
  if (cli.key) headers.authorization = `Bearer ${cli.key}`;
  let r: Response;
  try {
    r = await fetch(`${cli.url}${path}`, { method, ...init, headers } as RequestInit);
  } catch (err) {
    throw new BatchCliError(`cannot reach the gateway at ${cli.url}: ${(err as Error).cause ?? (err as Error).message}`);
  }
  if (!r.ok) {
    const body = await r.json().catch(() => undefined) as { error?: { message?: string } } | undefined;
    throw new BatchCliError(`${method} ${path}: ${r.status} ${body?.error?.message ?? r.statusText}`);
  }
  return r;
}

const json = async <T>(r: Response) => (await r.json()) as T;

interface Batch {
  id: string; status: string; created_at: number; output_file_id: string | null; error_file_id: string | null;
  request_counts: { total: number; completed: number; failed: number }; errors: { data: { line: number | null; code: string; message: string }[] } | null;
}

/** A multipart body streamed from the file: fields, then the file's bytes as they are read. */
function uploadBody(path: string, boundary: string): ReadableStream<Uint8Array> {
  async function* parts() {
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n`);
    yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${basename(path).replace(/"/g, '')}"\r\nContent-Type: application/jsonl\r\n\r\n`);
    for await (const chunk of createReadStream(path)) yield chunk as Buffer;
    yield Buffer.from(`\r\n--${boundary}--\r\n`);
  }
  return Readable.toWeb(Readable.from(parts())) as ReadableStream<Uint8Array>;
}

/**
 * The progress line `submit --wait` redraws: a bar, done/total, the status,
 * the rate since following began (`doneAtStart` lines were done then,
 * `elapsedS` ago) and the time left at that rate.
 */
export function progressLine(b: Pick<Batch, 'status' | 'request_counts'>, elapsedS: number, doneAtStart: number, width = 30): string {
  const { total, completed, failed } = b.request_counts;
  const done = completed + failed;
  const filled = total > 0 ? Math.min(width, Math.round((done / total) * width)) : 0;
  const rate = elapsedS > 0 ? Math.max(0, done - doneAtStart) / elapsedS : 0;
  const eta = rate > 0 && total > done ? duration((total - done) / rate) : '-';
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total || '?'} ${b.status}  ${rate.toFixed(1)} lines/s  ETA ${eta}${failed ? `  (${failed} failed)` : ''}`;
}

/** Seconds as 42s, 3m05s or 2h07m. */
export function duration(s: number): string {
  const t = Math.ceil(s);
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m${String(t % 60).padStart(2, '0')}s`;
  return `${Math.floor(t / 3600)}h${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * The batch's endpoint: the `url` of the file's first line (every line must
 * name the same one; the server checks them all). Chat completions when the
 * first line does not say.
 */
async function firstLineUrl(path: string): Promise<string> {
  // The lines as the server reads them (batch/lines.ts): blank ones left out.
  for await (const line of readLines(createReadStream(path), MAX_LINE_BYTES)) {
    try {
      const url = 'text' in line ? (JSON.parse(line.text) as { url?: unknown }).url : undefined;
      return typeof url === 'string' && url !== '' ? url : '/v1/chat/completions';
    } catch {
      return '/v1/chat/completions';
    }
  }
  return '/v1/chat/completions';
}

async function download(cli: BatchCli, fileId: string, to: string): Promise<void> {
  const r = await call(cli, 'GET', `/files/${encodeURIComponent(fileId)}/content`);
  await pipeline(Readable.fromWeb(r.body as import('node:stream/web').ReadableStream), createWriteStream(to));
  cli.out(`wrote ${to}`);
}

export async function runBatchCommand(cli: BatchCli, sub: string | undefined, args: string[], wait: boolean): Promise<void> {
  if (sub === 'submit') {
    const [path] = args;
    if (!path) throw new BatchCliError('usage: weft batch submit FILE.jsonl [--wait]');
    statSync(path);
    const endpoint = await firstLineUrl(path);
    const boundary = `weft-${randomBytes(12).toString('hex')}`;
    const file = await json<{ id: string; bytes: number }>(await call(cli, 'POST', '/files', {
      body: uploadBody(path, boundary), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, duplex: 'half',
    }));
    const created = await json<Batch>(await call(cli, 'POST', '/batches', {
      body: JSON.stringify({ input_file_id: file.id, endpoint, completion_window: '24h' }), headers: { 'content-type': 'application/json' },
    }));
    cli.out(`${created.id}\t${created.status}\t(input ${file.id}, ${file.bytes} bytes)`);
    if (!wait) return;
    const startedAt = Date.now();
    let b = created;
    let startDone = -1;
    for (;;) {
      b = await json<Batch>(await call(cli, 'GET', `/batches/${b.id}`));
      if (startDone < 0) startDone = b.request_counts.completed + b.request_counts.failed;
      cli.err(`\r${progressLine(b, (Date.now() - startedAt) / 1000, startDone)}`);
      if (['completed', 'failed', 'expired', 'cancelled'].includes(b.status)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    cli.err('\n');
    if (b.status === 'failed') {
      for (const e of b.errors?.data ?? []) cli.out(`${e.line === null ? 'file' : `line ${e.line}`}: ${e.code}: ${e.message}`);
      throw new BatchCliError(`batch ${b.id} failed validation`);
    }
    const stem = path.replace(/\.jsonl$/i, '');
    if (b.output_file_id) await download(cli, b.output_file_id, `${stem}.output.jsonl`);
    if (b.error_file_id) await download(cli, b.error_file_id, `${stem}.errors.jsonl`);
    return;
  }
  if (sub === 'list' || sub === undefined) {
    const page = await json<{ data: Batch[] }>(await call(cli, 'GET', '/batches?limit=100'));
    for (const b of page.data) {
      const c = b.request_counts;
      cli.out(`${b.id}\t${b.status}\t${c.completed + c.failed}/${c.total}\t${new Date(b.created_at * 1000).toISOString()}`);
    }
    return;
  }
  if (sub === 'show' || sub === 'cancel') {
    const [id] = args;
    if (!id) throw new BatchCliError(`usage: weft batch ${sub} BATCH_ID`);
    const r = sub === 'show' ? await call(cli, 'GET', `/batches/${encodeURIComponent(id)}`) : await call(cli, 'POST', `/batches/${encodeURIComponent(id)}/cancel`);
    cli.out(JSON.stringify(await r.json(), null, 2));
    return;
  }
  throw new BatchCliError(`unknown command 'batch ${sub}' (weft help lists the commands)`);
}
