// NVIDIA GPU discovery through nvidia-smi's CSV query interface.
//
// One constant, NVIDIA_QUERY_COLUMNS, is both the column list passed to
// `nvidia-smi --query-gpu=…` and the column order the parser expects, so
// they cannot drift. The header form (`--format=csv`, with " MiB" units) is
// parsed by parseNvidiaSmiCsvWithHeader, which maps columns by header name.
//
// This module also holds the small process-probe helper (Run, execFileRun,
// runTool) that ascend.ts uses too: a probe never throws and never logs; it
// returns devices plus a one-line note that says why there are none.
import { execFile } from 'node:child_process';
import { DeviceKind, DeviceSource, type IDevice } from '../../proto/index.ts';

/** Columns queried from nvidia-smi, in order. The parser reads rows in exactly this order. */
export const NVIDIA_QUERY_COLUMNS = [
  'index', 'name', 'memory.total', 'memory.free', 'compute_cap', 'uuid', 'driver_version',
] as const;

export const NVIDIA_SMI_ARGS: readonly string[] = [
  `--query-gpu=${NVIDIA_QUERY_COLUMNS.join(',')}`,
  '--format=csv,noheader,nounits',
];

export const DEFAULT_PROBE_TIMEOUT_MS = 3000;

const MIB = 1024 * 1024;

// ---------------------------------------------------------------------------
// Probe plumbing (shared with ascend.ts)

/** Runs a program without a shell. Rejects like execFile does: err.code 'ENOENT' when absent, a number for a non-zero exit. */
export type Run = (file: string, args: readonly string[], opts: { timeoutMs: number }) => Promise<{ stdout: string }>;

/** The real Run: execFile with a timeout (the child is killed when it expires). */
export const execFileRun: Run = (file, args, { timeoutMs }) =>
  new Promise((resolve, reject) => {
    execFile(
      file, [...args],
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024, windowsHide: true, encoding: 'utf8' },
      (err, stdout, stderr) => {
        if (err) reject(Object.assign(err, { stdout, stderr }));
        else resolve({ stdout });
      },
    );
  });

/** What a detect function returns: devices found, and why there are none (or what was skipped). */
export interface ProbeResult {
  devices: IDevice[];
  /** One line for the executor's startup log; empty when there is nothing to say. */
  note: string;
}

export type ToolOutput = { ok: true; stdout: string } | { ok: false; reason: string };

class ProbeTimeout extends Error {}

/**
 * Runs `file args` through `run`, bounded by timeoutMs even when `run` itself
 * never settles. Never throws: failures come back as a reason string.
 */
export async function runTool(run: Run, file: string, args: readonly string[], timeoutMs: number): Promise<ToolOutput> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeout()), timeoutMs);
    timer.unref();
  });
  try {
    const out = await Promise.race([Promise.resolve().then(() => run(file, args, { timeoutMs })), expired]);
    return { ok: true, stdout: String(out?.stdout ?? '') };
  } catch (err) {
    return { ok: false, reason: describeFailure(file, err, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}

function describeFailure(file: string, err: unknown, timeoutMs: number): string {
  const e = (err ?? {}) as { code?: unknown; killed?: boolean; signal?: unknown; stdout?: unknown; stderr?: unknown; message?: unknown };
  if (err instanceof ProbeTimeout || e.code === 'ETIMEDOUT' || (e.killed && e.signal)) return `${file} timed out after ${timeoutMs} ms`;
  if (e.code === 'ENOENT') return `${file} not found on PATH`;
  const detail = firstLine(String(e.stderr ?? '')) || firstLine(String(e.stdout ?? '')) || firstLine(String(e.message ?? err));
  if (typeof e.code === 'number') return `${file} exited with code ${e.code}${detail ? `: ${detail}` : ''}`;
  return `${file} failed${typeof e.code === 'string' ? ` (${e.code})` : ''}${detail ? `: ${detail}` : ''}`;
}

function firstLine(s: string): string {
  return (s.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '').slice(0, 200);
}

// ---------------------------------------------------------------------------
// Parsing

type Row = Map<string, string>;

/** nvidia-smi writes "[N/A]", "[Not Supported]", "[Unknown Error]"… for values it cannot read. */
function value(row: Row, column: string): string {
  const v = (row.get(column) ?? '').trim();
  return /^\[.*\]$/.test(v) || v === 'N/A' ? '' : v;
}

/** A MiB count ("143771", or "143771 MiB" in the header form) as bytes; undefined when missing or malformed. */
function mibToBytes(v: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(?:\s*MiB)?$/i.exec(v);
  return m ? Math.round(Number(m[1]) * MIB) : undefined;
}

function rowToDevice(row: Row): IDevice | undefined {
  const index = value(row, 'index');
  if (!/^\d+$/.test(index)) return undefined;
  const total = mibToBytes(value(row, 'memory.total'));
  const used = mibToBytes(value(row, 'memory.used'));
  let free = mibToBytes(value(row, 'memory.free'));
  if (free === undefined && total !== undefined && used !== undefined) free = Math.max(0, total - used);
  const cc = value(row, 'compute_cap');
  return {
    kind: DeviceKind.DEVICE_KIND_NVIDIA,
    source: DeviceSource.DEVICE_SOURCE_DETECTED,
    index: Number(index),
    name: value(row, 'name') || 'NVIDIA GPU',
    memoryTotalBytes: total ?? 0,
    memoryFreeBytes: free ?? 0,
    computeCapability: /^\d+\.\d+$/.test(cc) ? cc : '',
    uuid: value(row, 'uuid'),
    driver: value(row, 'driver_version'),
  };
}

function splitCsvLine(line: string): string[] {
  // nvidia-smi does not quote fields; GPU names contain no commas.
  return line.split(',').map((f) => f.trim());
}

/**
 * Parses `nvidia-smi --query-gpu=<columns> --format=csv,noheader,nounits`.
 * `columns` must be the list the query used (default: NVIDIA_QUERY_COLUMNS).
 * Blank lines and rows with the wrong field count or no numeric index are
 * skipped; "[N/A]"-style values read as unknown (0 bytes, empty string).
 */
export function parseNvidiaSmiCsv(text: string, columns: readonly string[] = NVIDIA_QUERY_COLUMNS): IDevice[] {
  const devices: IDevice[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields = splitCsvLine(line);
    if (fields.length !== columns.length) continue;
    const d = rowToDevice(new Map(columns.map((c, i) => [c, fields[i]!])));
    if (d) devices.push(d);
  }
  return devices;
}

/**
 * Parses the header form, `nvidia-smi --query-gpu=… --format=csv` (with or
 * without `nounits`): the first non-blank line names the columns
 * ("memory.total [MiB]"), so any column order and extra columns work.
 */
export function parseNvidiaSmiCsvWithHeader(text: string): IDevice[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = lines.shift();
  if (header === undefined) return [];
  const columns = splitCsvLine(header).map((h) => h.replace(/\s*\[[^\]]*\]\s*$/, '').trim());
  if (!columns.includes('index')) return [];
  return parseNvidiaSmiCsv(lines.join('\n'), columns);
}

// ---------------------------------------------------------------------------
// Detection

/**
 * Runs nvidia-smi (if it is on the PATH) with a timeout and parses its CSV.
 * Never throws and logs nothing: on any failure the result has no devices and
 * a note saying why (absent, timed out, exited non-zero, unparseable output).
 */
export async function detectNvidia(run: Run = execFileRun, opts: { timeoutMs?: number } = {}): Promise<ProbeResult> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const out = await runTool(run, 'nvidia-smi', NVIDIA_SMI_ARGS, timeoutMs);
  if (!out.ok) return { devices: [], note: out.reason };
  const devices = parseNvidiaSmiCsv(out.stdout);
  if (devices.length === 0) {
    const sample = firstLine(out.stdout);
    return { devices, note: `nvidia-smi printed no GPU rows${sample ? ` (first line: ${JSON.stringify(sample.slice(0, 80))})` : ''}` };
  }
  return { devices, note: `nvidia-smi: ${devices.length} GPU${devices.length === 1 ? '' : 's'} (${[...new Set(devices.map((d) => d.name))].join(', ')})` };
}
