// Validating a batch's input file, as OpenAI does before running anything:
// every structural problem of a line (not JSON, custom_id missing or
// repeated, method not POST, url not the batch's endpoint, no body, a model
// other than the other lines') and of the whole file (empty, too many
// lines) fails the batch, naming each bad line. Whether a body's values are
// right is not checked here: such a line runs and fails alone (error file).
import type { BatchError } from './records.ts';
import type { Line } from './lines.ts';

/** Errors listed in the batch object; beyond it one more entry says how many were left out. */
export const MAX_LISTED_ERRORS = 100;

export interface ValidLine {
  n: number;
  custom_id: string;
  body: Record<string, unknown>;
}

export type Checked = { ok: true; line: ValidLine; model: string } | { ok: false; error: BatchError };

const err = (line: number | null, code: string, message: string, param: string | null = null): BatchError => ({ code, message, param, line });
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The structural checks of one line (duplicates and the model across lines are the Validator's). */
export function checkLine(line: Line, endpoint: string): Checked {
  if ('error' in line) {
    return { ok: false, error: line.error === 'too_long'
      ? err(line.n, 'line_too_large', `Line ${line.n} is longer than the largest line this server takes.`)
      : err(line.n, 'invalid_json_line', `Line ${line.n} is not valid UTF-8 text.`) };
  }
  let v: unknown;
  try {
    v = JSON.parse(line.text);
  } catch {
    return { ok: false, error: err(line.n, 'invalid_json_line', `Line ${line.n} is not valid JSON.`) };
  }
  if (!isObject(v)) return { ok: false, error: err(line.n, 'invalid_json_line', `Line ${line.n} is not a JSON object.`) };
  if (v.custom_id === undefined || v.custom_id === null) return { ok: false, error: err(line.n, 'missing_required_parameter', `Line ${line.n} has no custom_id.`, 'custom_id') };
  if (typeof v.custom_id !== 'string' || v.custom_id.length === 0 || v.custom_id.length > 512) {
    return { ok: false, error: err(line.n, 'invalid_custom_id', `Line ${line.n}: custom_id must be a string of 1 to 512 characters.`, 'custom_id') };
  }
  if (v.method !== 'POST') return { ok: false, error: err(line.n, 'invalid_method', `Line ${line.n}: method must be POST.`, 'method') };
  if (v.url !== endpoint) return { ok: false, error: err(line.n, 'invalid_url', `Line ${line.n}: url must be the batch's endpoint, ${endpoint}.`, 'url') };
  if (!isObject(v.body)) return { ok: false, error: err(line.n, 'missing_required_parameter', `Line ${line.n} has no body object.`, 'body') };
  if (typeof v.body.model !== 'string' || v.body.model === '') {
    return { ok: false, error: err(line.n, 'missing_required_parameter', `Line ${line.n}: body.model must name a model.`, 'body.model') };
  }
  return { ok: true, line: { n: line.n, custom_id: v.custom_id.toWellFormed(), body: v.body }, model: v.body.model };
}

export type Verdict = { ok: true; total: number; model: string } | { ok: false; errors: BatchError[] };

/** Checks lines one at a time (streaming); `verdict()` once all were seen. */
export class Validator {
  private readonly endpoint: string;
  private readonly maxLines: number;
  private readonly ids = new Set<string>();
  private readonly errors: BatchError[] = [];
  private errorCount = 0;
  private model: string | undefined;
  private total = 0;

  constructor(endpoint: string, maxLines: number) {
    this.endpoint = endpoint;
    this.maxLines = maxLines;
  }

  /** The line when it is valid so far (a later line may still fail the file). */
  add(line: Line): ValidLine | undefined {
    this.total++;
    if (this.total === this.maxLines + 1) this.fail(err(line.n, 'too_many_requests', `The file has more than ${this.maxLines} requests, the most one batch takes.`));
    const c = checkLine(line, this.endpoint);
    if (!c.ok) return void this.fail(c.error);
    if (this.ids.has(c.line.custom_id)) return void this.fail(err(line.n, 'duplicate_custom_id', `Line ${line.n}: the custom_id '${c.line.custom_id}' is used by an earlier line; each must be unique.`, 'custom_id'));
    this.ids.add(c.line.custom_id);
    this.model ??= c.model;
    if (c.model !== this.model) return void this.fail(err(line.n, 'mismatched_model', `Line ${line.n}: model '${c.model}' differs from '${this.model}' of the earlier lines; a batch runs one model.`, 'body.model'));
    return c.line;
  }

  /** A problem of the whole file (read failure, size). */
  fail(e: BatchError): void {
    this.errorCount++;
    if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(e);
  }

  verdict(): Verdict {
    if (this.total === 0 && this.errorCount === 0) this.fail(err(null, 'empty_file', 'The input file has no requests.'));
    if (this.errorCount === 0) return { ok: true, total: this.total, model: this.model! };
    const left = this.errorCount - this.errors.length;
    return { ok: false, errors: left > 0 ? [...this.errors, err(null, 'too_many_errors', `${left} more error(s) not listed (${this.errorCount} in all).`)] : [...this.errors] };
  }
}
