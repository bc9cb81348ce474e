#!/usr/bin/env node
// The `weft` CLI: register models, make API keys, synthesize test models,
// print the configuration table. `npm run weft -- help`.
import { existsSync, mkdirSync, openSync, readSync, closeSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newKey, type KeyRecord, type Role } from '../../gateway/auth.ts';
import { parseTenants } from '../../gateway/tenant-policy.ts';
import {
  EMBEDDING_SHAPES, GGUF_RERANK_SHAPES, SHAPES, SYNTH_TOKENIZERS, synthesizeEmbeddingModel, synthesizeModel, synthesizeRerankModel,
  type EmbeddingShapeName, type RerankShapeName, type ShapeName, type SynthTokenizer,
} from '../../synth/index.ts';
import { ModelsFileError, readModelsFile, removeModel, upsertModel, type ModelEntry } from '../../catalog/models-file.ts';
import { configTable, ConfigError, loadConfig } from '../config.ts';
import { BatchCliError, runBatchCommand } from './batch.ts';
import { runTraceCommand } from './trace.ts';

const HELP = `weft — operate a Weft fabric

  weft models list                         models in the models file (WEFT_MODELS)
  weft models add NAME PATH [--context N] [--slots N] [--template FILE]
                  [--min-replicas N] [--max-replicas N] [--idle-ttl-ms N]
                  [--devices nvidia,ascend,cpu] [--memory-mib N]
                                           serve a GGUF file as NAME (schedulers put it in the
                                           catalog; it loads on first request, or at once with
                                           --min-replicas 1)
  weft models remove NAME
  weft keys add --tenant T [--role user|admin] [--file F]
                                           make an API key (printed once; stored hashed in F,
                                           default $WEFT_HOME/keys.json — point WEFT_API_KEYS at it)
  weft keys limit --tenant T [--rpm N] [--tpm N] [--concurrent N] [--models A,B*] [--clear] [--file F]
                                           set tenant T's rate limits (requests and tokens per
                                           minute, concurrent requests) and the models it may use
                                           (names or globs); T "*": every tenant without its own;
                                           gateways apply them within a second
  weft synth [--kind gguf] --out PATH [--shape ${Object.keys(SHAPES).join('|')}] [--register NAME]
                                           synthesize a random-weight GGUF model (gibberish output)
  weft synth --kind embedding --out DIR [--shape ${Object.keys(EMBEDDING_SHAPES).join('|')}] [--tokenizer wordpiece|bpe] [--register NAME]
                                           synthesize a random-weight ONNX BERT sentence encoder
                                           (model.onnx, vocab.txt, config.json; meaningless vectors);
                                           --tokenizer bpe: a byte-level BPE tokenizer.json (RoBERTa's
                                           <s> </s> templates) and tokenizer_config.json, no vocab.txt
  weft synth --kind rerank [--format onnx] --out DIR [--shape ${Object.keys(EMBEDDING_SHAPES).join('|')}] [--tokenizer wordpiece|bpe] [--register NAME]
                                           synthesize a random-weight ONNX BERT cross-encoder reranker
                                           (same files; logits [batch, 1] per query/document pair,
                                           meaningless scores)
  weft synth --kind rerank --format gguf --out PATH [--shape ${Object.keys(GGUF_RERANK_SHAPES).join('|')}] [--register NAME]
                                           synthesize a random-weight GGUF reranker laid out as
                                           Qwen3-Reranker (rank pooling, cls.output head, rerank
                                           prompt) for llama.cpp; meaningless scores
  weft batch submit FILE.jsonl [--wait]    upload a JSONL file and start a batch over it (the
                                           endpoint its first line's url names); --wait shows
                                           progress and writes FILE.output.jsonl /
                                           FILE.errors.jsonl when it ends
  weft batch list | show ID | cancel ID    the batches of your tenant (docs/batch.md)
                  [--url URL] [--key KEY]  the gateway (default http://WEFT_HOST:PORT/v1, https with WEFT_TLS_CERT) and API key
  weft trace REQUEST_ID|TRACE_ID [--url URL] [--key KEY]
                                           one request's trace (its x-request-id or traceparent's
                                           trace id) as a span tree with timings
  weft config                              the configuration table (environment variables)
`;

/** A mistake of the caller (arguments, files): one line on stderr, exit 2. */
class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Models file fields as the command line spells them. */
const FLAG_OF: Record<string, string> = {
  name: 'NAME', path: 'PATH', contextSize: '--context', slots: '--slots', chatTemplate: '--template', minReplicas: '--min-replicas',
  maxReplicas: '--max-replicas', idleTtlMs: '--idle-ttl-ms', devices: '--devices', memoryMiB: '--memory-mib',
};

/** "entry.devices: expected …" as "--devices: expected …". */
function inFlags(message: string): string {
  return message
    .replace(/^entry\.(\w+)/, (_, f: string) => FLAG_OF[f] ?? f)
    .replace(/^entry: /, '')
    // Field names inside the text; plain words (name, path, slots) are left alone.
    .replace(/\b(contextSize|chatTemplate|minReplicas|maxReplicas|idleTtlMs|memoryMiB)\b/g, (f: string) => FLAG_OF[f]!);
}

const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory', EISDIR: 'is a directory', ENOTDIR: 'not a directory', EACCES: 'permission denied', EPERM: 'permission denied',
};

/** Any failure as one line, and whether the caller caused it (exit 2) or not (exit 1). */
function describeFailure(err: unknown): { line: string; usage: boolean } {
  if (err instanceof UsageError || err instanceof ConfigError) return { line: err.message, usage: true };
  if (err instanceof BatchCliError) return { line: err.message, usage: false };
  if (err instanceof ModelsFileError) return { line: inFlags(err.message), usage: true };
  const e = err as NodeJS.ErrnoException;
  if (typeof e?.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS_')) {
    // parseArgs explains at length over several lines; its first sentence says it.
    return { line: `${e.message.split(/\.\s|\n/)[0]!.replace(/\.$/, '')} (weft help lists the options)`, usage: true };
  }
  if (typeof e?.code === 'string' && typeof e.path === 'string') return { line: `${e.path}: ${FS_REASONS[e.code] ?? e.message}`, usage: true };
  if (typeof e?.code === 'string' && FS_REASONS[e.code]) return { line: e.message, usage: true };
  return { line: err instanceof Error ? err.message : String(err), usage: false };
}

/** String options whose value may start with '-' (a negative number is a mistake to report, not an unknown option). */
const VALUE_OPTIONS = new Set(['--context', '--slots', '--min-replicas', '--max-replicas', '--idle-ttl-ms', '--memory-mib']);

function joinNegativeValues(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (VALUE_OPTIONS.has(a) && next !== undefined && /^-\d/.test(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Writes a file atomically: a gateway watching it never reads half of it. */
function writeAtomically(file: string, text: string, mode: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { mode });
  renameSync(tmp, file);
}

function isGguf(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    readSync(fd, b, 0, 4, 0);
    return b.toString('latin1') === 'GGUF';
  } finally {
    closeSync(fd);
  }
}

function nonNegativeInt(v: string, name: string): number {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n)) fail(`--${name} must be a non-negative integer (got ${JSON.stringify(v)})`);
  return n;
}

function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) fail(`--${name} must be a positive integer (got ${JSON.stringify(v)})`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  const config = loadConfig();
  const { values, positionals } = parseArgs({
    args: joinNegativeValues(argv), allowPositionals: true,
    options: {
      context: { type: 'string' }, slots: { type: 'string' }, template: { type: 'string' },
      tenant: { type: 'string' }, role: { type: 'string' }, file: { type: 'string' },
      out: { type: 'string' }, shape: { type: 'string' }, kind: { type: 'string' }, format: { type: 'string' }, register: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      tokenizer: { type: 'string' },
      'min-replicas': { type: 'string' }, 'max-replicas': { type: 'string' }, 'idle-ttl-ms': { type: 'string' },
      devices: { type: 'string' }, 'memory-mib': { type: 'string' },
      wait: { type: 'boolean' }, url: { type: 'string' }, key: { type: 'string' },
      rpm: { type: 'string' }, tpm: { type: 'string' }, concurrent: { type: 'string' }, models: { type: 'string' }, clear: { type: 'boolean' },
    },
  });
  const [cmd, sub, ...rest] = positionals;
  if (values.help || !cmd || cmd === 'help') return void process.stdout.write(HELP);

  if (cmd === 'config') return void process.stdout.write(configTable() + '\n');

  if (cmd === 'models') {
    if (sub === 'list' || sub === undefined) {
      const models = readModelsFile(config.modelsFile);
      if (models.length === 0) return void process.stdout.write(`no models in ${config.modelsFile}\n`);
      for (const m of models) {
        process.stdout.write(`${m.name}\t${m.path}\tcontext=${m.contextSize ?? config.contextSize}\tslots=${m.slots ?? config.slots}\treplicas=${m.minReplicas ?? 0}..${m.maxReplicas ?? 4}\tdevices=${(m.devices ?? ['nvidia', 'ascend', 'cpu']).join(',')}\n`);
      }
      return;
    }
    // A models file that does not parse is reported as such before anything changes it.
    if (sub === 'add' || sub === 'remove') readModelsFile(config.modelsFile);
    if (sub === 'add') {
      const [name, path] = rest;
      if (!name || !path) fail('usage: weft models add NAME PATH');
      const abs = resolve(path);
      if (!existsSync(abs)) fail(`${abs}: no such file`);
      if (!statSync(abs).isFile()) fail(`${abs}: not a file (give the path of a GGUF file)`);
      if (!isGguf(abs)) fail(`${abs}: not a GGUF file`);
      const template = values.template ? readFileSync(values.template, 'utf8') : undefined;
      upsertModel(config.modelsFile, {
        name, path: abs,
        ...(values.context ? { contextSize: positiveInt(values.context, 'context')! } : {}),
        ...(values.slots ? { slots: positiveInt(values.slots, 'slots')! } : {}),
        ...(template ? { chatTemplate: template } : {}),
        ...(values['min-replicas'] !== undefined ? { minReplicas: nonNegativeInt(values['min-replicas'], 'min-replicas') } : {}),
        ...(values['max-replicas'] ? { maxReplicas: positiveInt(values['max-replicas'], 'max-replicas')! } : {}),
        ...(values['idle-ttl-ms'] !== undefined ? { idleTtlMs: nonNegativeInt(values['idle-ttl-ms'], 'idle-ttl-ms') } : {}),
        ...(values['memory-mib'] ? { memoryMiB: positiveInt(values['memory-mib'], 'memory-mib')! } : {}),
        ...(values.devices ? { devices: values.devices.split(',').map((d) => d.trim()) as ModelEntry['devices'] } : {}),
      });
      return void process.stdout.write(`added ${name} → ${abs} (${config.modelsFile}); running schedulers put it in the catalog within a few seconds\n`);
    }
    if (sub === 'remove') {
      const [name] = rest;
      if (!name) fail('usage: weft models remove NAME');
      if (!removeModel(config.modelsFile, name)) fail(`no model named ${name} in ${config.modelsFile}`);
      return void process.stdout.write(`removed ${name}\n`);
    }
  }

  if (cmd === 'keys' && sub === 'add') {
    if (!values.tenant) fail('--tenant is required');
    const role = (values.role ?? 'user') as Role;
    if (role !== 'user' && role !== 'admin') fail('--role must be user or admin');
    const file = resolve(values.file ?? join(config.home, 'keys.json'));
    const doc = existsSync(file) ? readKeysDoc(file) : { keys: [] };
    const { key, record } = newKey(values.tenant, role);
    doc.keys.push(record);
    writeAtomically(file, JSON.stringify(doc, null, 2) + '\n', 0o600);
    process.stdout.write(`${key}\n`);
    process.stderr.write(`key ${record.keyId} for tenant ${record.tenant} (${role}) stored hashed in ${file}; this is the only time it is shown\n`);
    return;
  }

  if (cmd === 'keys' && sub === 'limit') {
    if (!values.tenant) fail('--tenant is required (a tenant name, or "*" for every tenant without its own limits)');
    const file = resolve(values.file ?? join(config.home, 'keys.json'));
    const doc = existsSync(file) ? readKeysDoc(file) : { keys: [] };
    const tenants = { ...doc.tenants };
    const limits = {
      requests_per_minute: positiveInt(values.rpm, 'rpm'),
      tokens_per_minute: positiveInt(values.tpm, 'tpm'),
      max_concurrent_requests: positiveInt(values.concurrent, 'concurrent'),
    };
    const models = values.models?.split(',').map((m) => m.trim()).filter(Boolean);
    if (models?.length === 0) fail('--models: expected model names or globs, comma-separated');
    const given = { ...Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)), ...(models ? { models } : {}) } as Record<string, number | string[]>;
    if (values.clear) {
      if (Object.keys(given).length > 0) fail('--clear removes every limit of the tenant; give it alone');
      delete tenants[values.tenant];
    } else {
      if (Object.keys(given).length === 0) fail('give at least one of --rpm, --tpm, --concurrent, --models (or --clear)');
      tenants[values.tenant] = { ...tenants[values.tenant], ...given };
    }
    parseTenants(tenants, file);
    writeAtomically(file, JSON.stringify({ ...doc, tenants }, null, 2) + '\n', 0o600);
    const now = tenants[values.tenant];
    process.stdout.write(now ? `${values.tenant}: ${Object.entries(now).map(([k, v]) => `${k} ${v}`).join(', ')}\n` : `${values.tenant}: no limits\n`);
    return;
  }

  if (cmd === 'batch' || cmd === 'trace') {
    const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
    const scheme = config.tlsCert ? 'https' : 'http';
    const url = (values.url ?? `${scheme}://${host.includes(':') ? `[${host}]` : host}:${config.port}/v1`).replace(/\/$/, '');
    if (cmd === 'trace') return runTraceCommand({ url, key: values.key, out: (l) => process.stdout.write(`${l}\n`), err: (t) => process.stderr.write(t) }, sub);
    return runBatchCommand({
      url, key: values.key, out: (l) => process.stdout.write(`${l}\n`), err: (t) => process.stderr.write(t),
    }, sub, rest, values.wait === true);
  }

  if (cmd === 'synth' && values.format !== undefined) {
    // Each kind has its formats: rerankers come as ONNX cross-encoders (the default) or GGUF.
    const formats = values.kind === 'rerank' ? ['onnx', 'gguf'] : values.kind === 'embedding' ? ['onnx'] : ['gguf'];
    if (!formats.includes(values.format)) fail(`--format must be ${formats.join(' or ')} for --kind ${values.kind ?? 'gguf'}`);
  }
  if (cmd === 'synth' && values.tokenizer !== undefined) {
    // Only the ONNX encoders have a tokenizer to choose: GGUF models carry their BPE vocabulary inside.
    if ((values.kind !== 'embedding' && values.kind !== 'rerank') || values.format === 'gguf') fail('--tokenizer is for --kind embedding and --kind rerank (ONNX)');
    if (!(SYNTH_TOKENIZERS as readonly string[]).includes(values.tokenizer)) fail(`--tokenizer must be one of ${SYNTH_TOKENIZERS.join(', ')}`);
  }

  if (cmd === 'synth' && values.kind === 'rerank' && values.format === 'gguf') {
    if (!values.out) fail('--out PATH is required');
    const shapeName = (values.shape ?? 'tiny-reranker') as RerankShapeName;
    if (!Object.hasOwn(GGUF_RERANK_SHAPES, shapeName)) fail(`--shape must be one of ${Object.keys(GGUF_RERANK_SHAPES).join(', ')} for --kind rerank --format gguf`);
    const out = resolve(values.out);
    const r = await synthesizeModel(out, GGUF_RERANK_SHAPES[shapeName]);
    process.stdout.write(`wrote ${r.path} (${(r.bytes / 1e6).toFixed(1)} MB, Qwen3-Reranker layout, shape ${shapeName}: random weights, meaningless scores)\n`);
    // llama.cpp (the default engine) serves it; the replica reports rerank as its task from the file's rank head.
    if (values.register) upsertModel(config.modelsFile, { name: values.register, path: out });
    return;
  }

  if (cmd === 'synth' && (values.kind === 'embedding' || values.kind === 'rerank')) {
    if (!values.out) fail('--out DIR is required');
    const shapeName = (values.shape ?? 'bert-tiny') as EmbeddingShapeName;
    if (!Object.hasOwn(EMBEDDING_SHAPES, shapeName)) fail(`--shape must be one of ${Object.keys(EMBEDDING_SHAPES).join(', ')} for --kind ${values.kind}`);
    const rerank = values.kind === 'rerank';
    const tokenizer = (values.tokenizer ?? 'wordpiece') as SynthTokenizer;
    const r = await (rerank ? synthesizeRerankModel : synthesizeEmbeddingModel)(resolve(values.out), EMBEDDING_SHAPES[shapeName], { tokenizer });
    const mb = statSync(r.modelPath).size / 1e6;
    const what = rerank ? `cross-encoder, hidden ${r.dimensions}` : `${r.dimensions} dimensions`;
    const vocab = tokenizer === 'bpe' ? 'byte-level BPE tokenizer.json' : 'WordPiece vocab.txt';
    process.stdout.write(`wrote ${r.dir} (model.onnx ${mb.toFixed(1)} MB, ${what}, ${r.vocabSize} tokens of ${vocab}, shape ${shapeName}: random weights, meaningless ${rerank ? 'scores' : 'embeddings'})\n`);
    // The onnxruntime engine is given the directory: the model and its tokenizer travel together.
    if (values.register) upsertModel(config.modelsFile, { name: values.register, path: r.dir, engine: 'onnxruntime' });
    return;
  }

  if (cmd === 'synth') {
    if (values.kind !== undefined && values.kind !== 'gguf') fail('--kind must be gguf (the default), embedding or rerank');
    if (!values.out) fail('--out PATH is required');
    const shapeName = (values.shape ?? 'tiny') as ShapeName;
    const shape = SHAPES[shapeName];
    if (!shape) fail(`--shape must be one of ${Object.keys(SHAPES).join(', ')}`);
    const out = resolve(values.out);
    let last = 0;
    const r = await synthesizeModel(out, shape, {
      onProgress: (done, total) => {
        const pct = Math.floor((done / total) * 100);
        if (pct >= last + 10) {
          last = pct;
          process.stderr.write(`  ${pct}%\n`);
        }
      },
    });
    process.stdout.write(`wrote ${r.path} (${(r.bytes / 1e6).toFixed(1)} MB, shape ${shapeName}: random weights, gibberish output)\n`);
    if (values.register) upsertModel(config.modelsFile, { name: values.register, path: out });
    return;
  }

  fail(`unknown command '${[cmd, sub].filter(Boolean).join(' ')}' (weft help lists the commands)`);
}

/** A keys file as written: its keys, and tenants' limits in the file's spelling (gateway/tenant-limits.ts). */
interface KeysDocText {
  keys: KeyRecord[];
  tenants?: Record<string, Record<string, number | string[]>>;
}

function readKeysDoc(file: string): KeysDocText {
  let doc: { keys?: unknown };
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    if (err instanceof SyntaxError) fail(`${file}: not valid JSON (${err.message})`);
    const code = (err as NodeJS.ErrnoException).code ?? '';
    fail(`${file}: ${FS_REASONS[code] ?? (err as Error).message}`);
  }
  if (!Array.isArray(doc?.keys)) fail(`${file}: expected {"keys": [...]}`);
  return doc as KeysDocText;
}

try {
  await main(process.argv.slice(2));
} catch (err) {
  // One line, never a stack trace: exit 2 when the caller can fix it.
  const { line, usage } = describeFailure(err);
  process.stderr.write(`weft: ${line}\n`);
  process.exit(usage ? 2 : 1);
}
