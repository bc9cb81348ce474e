// The synthesized model the tests serve, made once per test run in a
// shared cache (tests must not each pay for synthesis).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureModel, GGUF_RERANK_SHAPES, SHAPES } from '../../synth/index.ts';
import type { ModelEntry } from '../../catalog/models-file.ts';

const cache = join(tmpdir(), 'weft-test-models');

export async function tinyModelPath(): Promise<string> {
  mkdirSync(cache, { recursive: true });
  const { path } = await ensureModel(join(cache, 'tiny.gguf'), SHAPES.tiny);
  return path;
}

/** The synthesized GGUF reranker (Qwen3-Reranker layout, tiny dims), from the same cache. */
export async function tinyRerankerPath(): Promise<string> {
  mkdirSync(cache, { recursive: true });
  const { path } = await ensureModel(join(cache, 'tiny-reranker.gguf'), GGUF_RERANK_SHAPES['tiny-reranker']);
  return path;
}

/**
 * Writes a models file naming `entries` and returns its path. Entries keep
 * one replica loaded (minReplicas 1) unless they say otherwise, so a test's
 * fabric serves them from the start.
 */
export function writeModels(dir: string, entries: ModelEntry[]): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `models-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ models: entries.map((e) => ({ minReplicas: 1, ...e })) }, null, 2));
  return file;
}
