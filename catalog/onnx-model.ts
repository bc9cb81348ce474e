// What kind of ONNX model a path holds, and the memory a replica of it
// needs, for the catalog (before anything loads) and the executor's
// onnxruntime engine (which routes the model by the same test).
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MIB = 1024 * 1024;
/** Silero VAD: ~2 MB of weights; onnxruntime's arena and the graph take the rest. */
const VAD_MEMORY_BYTES = 32 * MIB;

/**
 * A BERT-style encoder's files (a sentence-embedding model or a
 * cross-encoder reranker): `path` is its directory (model.onnx, or
 * onnx/model.onnx as sentence-transformers exports it) or its .onnx file,
 * with the WordPiece vocab.txt beside it. Undefined for any other ONNX model.
 */
export function encoderModelFiles(path: string): { onnx: string; vocab: string; dir: string } | undefined {
  const isDir = existsSync(path) && statSync(path).isDirectory();
  const dir = isDir ? path : dirname(path);
  const onnx = isDir ? [join(dir, 'model.onnx'), join(dir, 'onnx', 'model.onnx')].find((p) => existsSync(p)) : path;
  const vocab = join(dir, 'vocab.txt');
  return onnx && existsSync(vocab) ? { onnx, vocab, dir } : undefined;
}

/** Memory of one replica: an encoder's weights twice over (a padded batch's activations), else Silero VAD's. */
export function estimateOnnx(path: string): { memoryBytes: number; fileBytes: number } {
  const files = encoderModelFiles(path);
  if (!files) return { memoryBytes: VAD_MEMORY_BYTES, fileBytes: existsSync(path) ? statSync(path).size : 0 };
  const fileBytes = statSync(files.onnx).size;
  return { memoryBytes: fileBytes * 2 + 64 * MIB, fileBytes };
}
