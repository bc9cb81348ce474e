// What kind of ONNX model a path holds, and the memory a replica of it
// needs, for the catalog (before anything loads) and the executor's
// onnxruntime engine (which routes the model by the same test).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Task } from '../proto/index.ts';

const MIB = 1024 * 1024;
/** Silero VAD: ~2 MB of weights; onnxruntime's arena and the graph take the rest. */
const VAD_MEMORY_BYTES = 32 * MIB;

/**
 * A BERT-style encoder's files (a sentence-embedding model or a
 * cross-encoder reranker): `path` is its directory (model.onnx, or
 * onnx/model.onnx as sentence-transformers exports it) or its .onnx file,
 * with its tokenizer in the model's directory (beside the .onnx file, or
 * above it when that is onnx/): Hugging Face's tokenizer.json (preferred:
 * any WordPiece, BPE or Unigram tokenizer) or a WordPiece vocab.txt.
 * `dir` is the directory holding the tokenizer (and config.json).
 * Undefined for any other ONNX model.
 */
export function encoderModelFiles(path: string): { onnx: string; dir: string; tokenizerJson?: string; vocab?: string } | undefined {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const base = isDir ? path : dirname(path);
  const onnx = isDir ? [join(base, 'model.onnx'), join(base, 'onnx', 'model.onnx')].find((p) => existsSync(p)) : path;
  if (!onnx) return undefined;
  const dirs = !isDir && basename(base) === 'onnx' ? [base, dirname(base)] : [base];
  for (const dir of dirs) {
    const tokenizerJson = join(dir, 'tokenizer.json');
    if (existsSync(tokenizerJson)) return { onnx, dir, tokenizerJson };
    const vocab = join(dir, 'vocab.txt');
    if (existsSync(vocab)) return { onnx, dir, vocab };
  }
  return undefined;
}

/** Memory of one replica: an encoder's weights twice over (a padded batch's activations), else Silero VAD's. */
export function estimateOnnx(path: string): { memoryBytes: number; fileBytes: number } {
  const files = encoderModelFiles(path);
  if (!files) return { memoryBytes: VAD_MEMORY_BYTES, fileBytes: existsSync(path) ? statSync(path).size : 0 };
  const fileBytes = statSync(files.onnx).size;
  return { memoryBytes: fileBytes * 2 + 64 * MIB, fileBytes };
}

/**
 * The tasks an ONNX model serves, as far as its files tell before anything
 * loads (the catalog's, which /v1/models shows): Silero VAD (a lone .onnx)
 * detects speech; an encoder whose config.json names a sequence-
 * classification head (how Hugging Face and sentence-transformers exports
 * mark a cross-encoder) reranks, any other encoder embeds. Without a
 * readable config.json both, until a replica loads it: the executor decides
 * by the graph's outputs (pooled or token embeddings, or logits).
 */
export function onnxTasks(path: string): Task[] {
  const files = encoderModelFiles(path);
  if (!files) return [Task.TASK_DETECT_SPEECH];
  let architectures: unknown;
  try {
    architectures = (JSON.parse(readFileSync(join(files.dir, 'config.json'), 'utf8')) as { architectures?: unknown }).architectures;
  } catch {
    return [Task.TASK_EMBED, Task.TASK_RERANK];
  }
  if (!Array.isArray(architectures) || architectures.length === 0) return [Task.TASK_EMBED];
  return architectures.some((a) => typeof a === 'string' && a.endsWith('ForSequenceClassification')) ? [Task.TASK_RERANK] : [Task.TASK_EMBED];
}
