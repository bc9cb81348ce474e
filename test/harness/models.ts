// The synthesized model the tests serve, made once per test run in a
// shared cache (tests must not each pay for synthesis).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureModel, SHAPES } from '../../executors/engines/llamacpp/gguf/index.ts';

const cache = join(tmpdir(), 'weft-test-models');

export async function tinyModelPath(): Promise<string> {
  mkdirSync(cache, { recursive: true });
  const { path } = await ensureModel(join(cache, 'tiny.gguf'), SHAPES.tiny);
  return path;
}

/** Writes a models file naming `entries` and returns its path. */
export function writeModels(dir: string, entries: { name: string; path: string; slots?: number; contextSize?: number; engine?: 'llama.cpp' | 'synthetic' }[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `models-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ models: entries }, null, 2));
  return file;
}
