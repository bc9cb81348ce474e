#!/usr/bin/env node
// The `weft` CLI: register models, make API keys, synthesize test models,
// print the configuration table. `npm run weft -- help`.
import { existsSync, mkdirSync, openSync, readSync, closeSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { newKey, type KeyRecord, type Role } from '../../gateway/auth.ts';
import { SHAPES, synthesizeModel, type ShapeName } from '../../executors/engines/llamacpp/gguf/index.ts';
import { readModelsFile, removeModel, upsertModel, type ModelEntry } from '../../catalog/models-file.ts';
import { configTable, ConfigError, loadConfig } from '../config.ts';

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
  weft synth --out PATH [--shape ${Object.keys(SHAPES).join('|')}] [--register NAME]
                                           synthesize a random-weight GGUF model (gibberish output)
  weft config                              the configuration table (environment variables)
`;

function fail(message: string): never {
  process.stderr.write(`weft: ${message}\n`);
  process.exit(2);
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
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer`);
  return n;
}

function positiveInt(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) fail(`--${name} must be a positive integer`);
  return n;
}

async function main(argv: string[]): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      context: { type: 'string' }, slots: { type: 'string' }, template: { type: 'string' },
      tenant: { type: 'string' }, role: { type: 'string' }, file: { type: 'string' },
      out: { type: 'string' }, shape: { type: 'string' }, register: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      'min-replicas': { type: 'string' }, 'max-replicas': { type: 'string' }, 'idle-ttl-ms': { type: 'string' },
      devices: { type: 'string' }, 'memory-mib': { type: 'string' },
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
    if (sub === 'add') {
      const [name, path] = rest;
      if (!name || !path) fail('usage: weft models add NAME PATH');
      const abs = resolve(path);
      if (!existsSync(abs)) fail(`${abs}: no such file`);
      if (!isGguf(abs)) fail(`${abs}: not a GGUF file`);
      const template = values.template ? readFileSync(values.template, 'utf8') : undefined;
      try {
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
      } catch (err) {
        fail((err as Error).message);
      }
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
    const doc: { keys: KeyRecord[] } = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { keys: [] };
    const { key, record } = newKey(values.tenant, role);
    doc.keys.push(record);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(doc, null, 2) + '\n', { mode: 0o600 });
    process.stdout.write(`${key}\n`);
    process.stderr.write(`key ${record.keyId} for tenant ${record.tenant} (${role}) stored hashed in ${file}; this is the only time it is shown\n`);
    return;
  }

  if (cmd === 'synth') {
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

  fail(`unknown command: ${[cmd, sub].filter(Boolean).join(' ')}\n${HELP}`);
}

await main(process.argv.slice(2));
