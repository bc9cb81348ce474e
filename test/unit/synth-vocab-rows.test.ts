// The synthesized models' vocabulary rows: a token whose row is zero gets a
// logit of 0 against real tokens' logits of std ~4, so it is never the greedy
// pick. That holds for the padding tokens and for the lone non-ASCII byte
// tokens, which no trained model emits alone (llama-server refuses the text as
// not UTF-8, and a JSON grammar counts the broken sequence as one character).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import { SHAPES, buildBpeVocab, synthesizeModel } from '../../synth/index.ts';

test('tiny: output rows of the byte tokens 0x80-0xFF and of the padding are zero, every other row is noise', async () => {
  const shape = SHAPES.tiny; // f32, so rows read back as they were written
  const dir = await mkdtemp(join(tmpdir(), 'weft-synth-rows-'));
  try {
    const { path } = await synthesizeModel(join(dir, 't.gguf'), shape);
    const info = await readGgufFileInfo(path, { logWarnings: false });
    const vocab = buildBpeVocab({ vocabSize: shape.vocab });
    const firstPad = vocab.tokens.findIndex((t) => t.startsWith('[PAD'));
    assert.ok(firstPad > 256, 'the vocabulary has padding after the bytes and merges');
    const file = await open(path, 'r');
    try {
      for (const name of ['token_embd.weight', 'output.weight']) {
        const t = info.fullTensorInfo!.find((x) => x.name === name)!;
        const rowBytes = shape.embedding * 4;
        const buf = Buffer.alloc(rowBytes * shape.vocab);
        await file.read(buf, 0, buf.length, Number(t.fileOffset));
        const rowIsZero = (id: number) => new Float32Array(buf.buffer, buf.byteOffset + id * rowBytes, shape.embedding).every((v) => v === 0);
        for (let id = 0; id < shape.vocab; id++) {
          const zero = (id >= 0x80 && id < 0x100) || id >= firstPad;
          assert.equal(rowIsZero(id), zero, `${name} row ${id} (${JSON.stringify(vocab.tokens[id])}) should ${zero ? '' : 'not '}be zero`);
        }
      }
    } finally {
      await file.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
