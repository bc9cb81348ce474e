// GGUF writer: read back through node-llama-cpp's own parser (the consumer that
// matters), byte-exact Q8_0 against ggml's reference, and synthesis determinism.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGgufFileInfo } from 'node-llama-cpp';
import {
  GgufWriter, GgmlType, gv, encodeQ8_0, f32ToF16Bits, f16BitsToF32, floatTensorChunks,
  synthesizeModel, ensureModel, SHAPES, type ModelShape,
  randomQ4KChunks,
} from '../../synth/index.ts';

async function withTmpDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'weft-gguf-'));
  try {
    await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

test('metadata, tensor infos and alignment round-trip through readGgufFileInfo', () => withTmpDir(async (dir) => {
  const path = join(dir, 'rt.gguf');
  const w = new GgufWriter({ alignment: 64 });
  w.set('general.architecture', 'llama')
    .set('t.u8', gv.uint8(255)).set('t.i8', gv.int8(-128))
    .set('t.u16', gv.uint16(65535)).set('t.i16', gv.int16(-32768))
    .set('t.u32', gv.uint32(4294967295)).set('t.i32', gv.int32(-2147483648))
    .set('t.u64', gv.uint64(2n ** 53n + 1n)).set('t.i64', gv.int64(-(2n ** 40n)))
    .set('t.f32', gv.float32(0.1)).set('t.f64', gv.float64(0.1))
    .set('t.yes', true).set('t.no', gv.bool(false))
    .set('t.str', 'héllo <|im_start|>\n')
    .set('t.arr_str', gv.array('string', ['a', '', 'ü']))
    .set('t.arr_i32', gv.array('int32', [1, -2, 3]))
    .set('t.arr_f32', gv.array('float32', new Float32Array([0.5, -1.25])))
    .set('t.arr_u8', gv.array('uint8', new Uint8Array([0, 7, 255])))
    .set('t.arr_bool', gv.array('bool', [true, false]));

  const f32 = Float32Array.from({ length: 96 }, (_, i) => i / 7 - 3);
  const f16 = Float32Array.from({ length: 10 }, (_, i) => i * 0.25);
  const q8 = Float32Array.from({ length: 64 }, (_, i) => Math.sin(i));
  w.addTensor({ name: 'a.f32', dims: [32, 3], type: GgmlType.F32, data: () => floatTensorChunks(GgmlType.F32, 96, (o, s) => o.set(f32.subarray(s, s + o.length)), 40) })
    .addTensor({ name: 'b.f16', dims: [10], type: GgmlType.F16, data: () => floatTensorChunks(GgmlType.F16, 10, (o) => o.set(f16)) })
    .addTensor({ name: 'c.q8', dims: [32, 2], type: GgmlType.Q8_0, data: () => floatTensorChunks(GgmlType.Q8_0, 64, (o, s) => o.set(q8.subarray(s, s + o.length)), 32) });

  const { bytes } = await w.write(path);
  assert.equal((await stat(path)).size, bytes);
  assert.equal(bytes, w.layout().totalBytes);
  assert.deepEqual(await readdir(dir), ['rt.gguf'], 'no .partial left behind');

  const info = await readGgufFileInfo(path, { logWarnings: false });
  assert.equal(info.version, 3);
  const m = info.metadata as any;
  assert.equal(m.general.alignment, 64);
  assert.equal(m.general.architecture, 'llama');
  assert.equal(m.t.u8, 255);
  assert.equal(m.t.i8, -128);
  assert.equal(m.t.u16, 65535);
  assert.equal(m.t.i16, -32768);
  assert.equal(m.t.u32, 4294967295);
  assert.equal(m.t.i32, -2147483648);
  assert.equal(BigInt(m.t.u64), 2n ** 53n + 1n);
  assert.equal(BigInt(m.t.i64), -(2n ** 40n));
  assert.equal(m.t.f32, Math.fround(0.1));
  assert.equal(m.t.f64, 0.1);
  assert.equal(m.t.yes, true);
  assert.equal(m.t.no, false);
  assert.equal(m.t.str, 'héllo <|im_start|>\n');
  assert.deepEqual(m.t.arr_str, ['a', '', 'ü']);
  assert.deepEqual(m.t.arr_i32, [1, -2, 3]);
  assert.deepEqual(m.t.arr_f32, [0.5, -1.25]);
  assert.deepEqual(m.t.arr_u8, [0, 7, 255]);
  assert.deepEqual(m.t.arr_bool, [true, false]);

  const tensors = info.tensorInfo!;
  assert.deepEqual(tensors.map((t) => [t.name, t.dimensions.map(Number), t.ggmlType]), [
    ['a.f32', [32, 3], GgmlType.F32],
    ['b.f16', [10], GgmlType.F16],
    ['c.q8', [32, 2], GgmlType.Q8_0],
  ]);
  assert.equal(info.infoEndOffset! % 64, 0);
  for (const t of tensors) assert.equal(Number(t.fileOffset) % 64, 0, `${t.name} aligned`);

  // Tensor payloads sit where the infos say.
  const file = await readFile(path);
  const at = (name: string) => Number(tensors.find((t) => t.name === name)!.fileOffset);
  assert.deepEqual(new Float32Array(file.buffer.slice(file.byteOffset + at('a.f32'), file.byteOffset + at('a.f32') + 96 * 4)), f32);
  const half = [...new Uint16Array(file.buffer.slice(file.byteOffset + at('b.f16'), file.byteOffset + at('b.f16') + 20))].map(f16BitsToF32);
  assert.deepEqual(half, [...f16]);
  assert.deepEqual(file.subarray(at('c.q8'), at('c.q8') + 68), Buffer.from(encodeQ8_0(q8)));
  assert.equal(file.length, at('c.q8') + 68, 'file ends right after the last tensor');
}));

test('Q8_0 encodes blocks exactly like ggml quantize_row_q8_0_ref', () => {
  // Block 1: x = j - 16 → amax 16, d = 16/127, q = roundf(x * 127/16).
  // Block 2: all zeros → d = 0 and all q = 0 (no division by zero).
  const values = new Float32Array(64);
  for (let j = 0; j < 32; j++) values[j] = j - 16;
  const out = encodeQ8_0(values);
  assert.equal(out.length, 68);
  const view = new DataView(out.buffer);
  assert.equal(view.getUint16(0, true), f32ToF16Bits(16 / 127));
  assert.equal(view.getUint16(0, true), 0x3008); // 16/127 = 0.12598 → f16 0x3008 (0.125977)
  const q = new Int8Array(out.buffer, 2, 32);
  assert.equal(q[0], -127); // -16
  assert.equal(q[16], 0); // 0
  assert.equal(q[17], 8); // 1 * 7.9375 → 8
  assert.equal(q[31], 119); // 15 * 7.9375 = 119.06 → 119
  assert.equal(q[8], -64); // -8 * 7.9375 = -63.5 → roundf: away from zero
  const d = f16BitsToF32(view.getUint16(0, true));
  for (let j = 0; j < 32; j++) assert.ok(Math.abs(q[j]! * d - values[j]!) <= d / 2 + 1e-3, `dequantized ${j}`);
  assert.deepEqual([...out.subarray(34)], new Array(34).fill(0));
  assert.throws(() => encodeQ8_0(new Float32Array(33)), /multiple of 32/);
});

test('f32 → f16 rounds to nearest even', () => {
  // Exhaustive-ish cross-check against the platform's own half conversion where available.
  const F16 = (globalThis as { Float16Array?: new (n: number) => { [i: number]: number; buffer: ArrayBuffer } }).Float16Array;
  if (F16) {
    const ref = new F16(1);
    const refBits = new Uint16Array(ref.buffer);
    const f = new Float32Array(1);
    const u = new Uint32Array(f.buffer);
    for (let i = 0; i < 200000; i++) {
      u[0] = Math.imul(i, 0x9e3779b1) >>> 0; // spread over all exponents, incl. NaN/inf/subnormal
      if (Number.isNaN(f[0])) continue;
      ref[0] = f[0]!;
      assert.equal(f32ToF16Bits(f[0]!), refBits[0], `bits ${u[0]!.toString(16)}`);
    }
  }
  assert.equal(f32ToF16Bits(1), 0x3c00);
  assert.equal(f32ToF16Bits(-2), 0xc000);
  assert.equal(f32ToF16Bits(65504), 0x7bff);
  assert.equal(f32ToF16Bits(1e6), 0x7c00);
  assert.equal(f32ToF16Bits(1 + 2 ** -11), 0x3c00); // tie → even mantissa
  assert.equal(f32ToF16Bits(1 + 3 * 2 ** -11), 0x3c02);
  assert.equal(f32ToF16Bits(2 ** -24), 0x0001); // smallest subnormal
});

test('writer rejects bad inputs and leaves no partial file', () => withTmpDir(async (dir) => {
  const w = new GgufWriter();
  assert.throws(() => w.set('x', gv.uint8(256)), /not a valid uint8/);
  assert.throws(() => w.set('x', gv.int32(2 ** 31)), /not a valid int32/);
  assert.throws(() => w.set('x', gv.uint64(-1)), /out of range for uint64/);
  assert.throws(() => w.set('x', gv.array('string', ['ok', 3 as unknown as string])), /x\[1\].*not a string/);
  assert.throws(() => new GgufWriter({ alignment: 48 }), /power of two/);
  assert.throws(() => w.addTensor({ name: 'q', dims: [48], type: GgmlType.Q8_0, data: () => [] }), /multiple of 32/);
  w.addTensor({ name: 'short', dims: [8], type: GgmlType.F32, data: () => [new Uint8Array(16)] });
  await assert.rejects(w.write(join(dir, 'bad.gguf')), /expected 32/);
  assert.deepEqual(await readdir(dir), []);
}));

test('synthesis is deterministic: same seed → same sha256, other seed → different', () => withTmpDir(async (dir) => {
  const shape: ModelShape = { ...SHAPES.tiny, dtype: 'q8_0' };
  const a = await synthesizeModel(join(dir, 'a.gguf'), shape);
  const b = await synthesizeModel(join(dir, 'b.gguf'), shape);
  const c = await synthesizeModel(join(dir, 'c.gguf'), { ...shape, seed: 2 });
  assert.equal(a.bytes, b.bytes);
  assert.equal(await sha256(a.path), await sha256(b.path));
  assert.equal(a.bytes, c.bytes);
  assert.notEqual(await sha256(a.path), await sha256(c.path));
}));

test('synthesized model has the tensors and metadata llama.cpp needs', () => withTmpDir(async (dir) => {
  const shape = SHAPES.tiny;
  const progress: Array<[number, number]> = [];
  const { path, bytes } = await synthesizeModel(join(dir, 'm.gguf'), shape, { name: 'unit', onProgress: (done, total) => progress.push([done, total]) });
  assert.deepEqual(progress.at(-1), [bytes, bytes]);
  assert.ok(progress.every(([done], i) => i === 0 || done > progress[i - 1]![0]), 'progress is monotonic');
  const info = await readGgufFileInfo(path, { logWarnings: false, ignoreKeys: ['tokenizer.ggml.tokens', 'tokenizer.ggml.merges', 'tokenizer.ggml.token_type'] });
  const m = info.metadata as any;
  assert.equal(m.general.architecture, 'qwen2');
  assert.equal(m.general.name, 'unit');
  assert.equal(m.general.file_type, 0);
  assert.equal(m.qwen2.block_count, shape.layers);
  assert.equal(m.qwen2.attention.head_count_kv, shape.kvHeads);
  assert.equal(m.tokenizer.ggml.model, 'gpt2');
  const names = new Set(info.tensorInfo!.map((t) => t.name));
  for (const n of ['token_embd.weight', 'output_norm.weight', 'output.weight', 'blk.1.attn_q.bias', 'blk.1.attn_k.weight', 'blk.1.ffn_down.weight']) assert.ok(names.has(n), n);
  const kvDim = (shape.embedding / shape.heads) * shape.kvHeads;
  assert.deepEqual(info.tensorInfo!.find((t) => t.name === 'blk.0.attn_k.weight')!.dimensions.map(Number), [shape.embedding, kvDim]);
  assert.deepEqual(info.tensorInfo!.find((t) => t.name === 'blk.0.ffn_down.weight')!.dimensions.map(Number), [shape.feedForward, shape.embedding]);
  assert.equal(info.tensorInfo!.length, 3 + shape.layers * 12);
}));

test('ensureModel reuses complete files, ignores partials, regenerates stale ones', () => withTmpDir(async (dir) => {
  const path = join(dir, 'cache.gguf');
  const shape = SHAPES.tiny;
  // A crash leftover from a dead writer (pid 2^22+1 is above Linux's default pid_max).
  const stale = `${path}.4194305-deadbeef.partial`;
  await writeFile(stale, 'truncated');
  const [first, concurrent] = await Promise.all([ensureModel(path, shape), ensureModel(path, shape)]);
  assert.equal(first.created, true);
  assert.equal(concurrent.created, false);
  assert.deepEqual(await readdir(dir), ['cache.gguf'], 'stale partial removed');
  const hash = await sha256(path);
  assert.deepEqual(await ensureModel(path, shape), { path, created: false });

  // Another seed at the same path: a stale Weft file is regenerated, not trusted.
  assert.equal((await ensureModel(path, { ...shape, seed: 7 })).created, true);
  assert.notEqual(await sha256(path), hash);

  // Same size but corrupted header → regenerated.
  const buf = await readFile(path);
  const at = buf.indexOf('qwen2.block_count') + 'qwen2.block_count'.length + 4; // the u32 value
  buf[at] = buf[at]! ^ 0xff;
  await writeFile(path, buf);
  assert.equal((await ensureModel(path, { ...shape, seed: 7 })).created, true);

  // Not ours → refuse to clobber.
  const foreign = join(dir, 'foreign.gguf');
  await writeFile(foreign, 'GGUF not a weft file');
  await assert.rejects(ensureModel(foreign, shape), /not a Weft-synthesized model/);
}));

test('Q4_K random blocks decode (as ggml dequantize_row_q4_K does) to weights of mean 0 and the asked std', () => {
  const chunks = [...randomQ4KChunks(256 * 64, 7, 0.02, 16)];
  assert.deepEqual(chunks.map((c) => c.length), [16 * 144, 16 * 144, 16 * 144, 16 * 144], 'whole blocks per chunk');
  const values: number[] = [];
  for (const c of chunks) {
    const v = new DataView(c.buffer, c.byteOffset, c.byteLength);
    for (let b = 0; b < c.length / 144; b++) {
      const o = b * 144;
      const d = f16BitsToF32(v.getUint16(o, true)), dmin = f16BitsToF32(v.getUint16(o + 2, true));
      const q = c.subarray(o + 4, o + 16);
      for (let j = 0; j < 8; j++) {
        // get_scale_min_k4
        const sc = j < 4 ? q[j]! & 63 : (q[j + 4]! & 0xf) | ((q[j - 4]! >> 6) << 4);
        const m = j < 4 ? q[j + 4]! & 63 : (q[j + 4]! >> 4) | ((q[j]! >> 6) << 4);
        assert.deepEqual([sc, m], [32, 32]);
        const qs = c.subarray(o + 16 + (j >> 1) * 32, o + 16 + (j >> 1) * 32 + 32);
        for (const byte of qs) values.push(d * sc * ((j & 1) ? byte >> 4 : byte & 0xf) - dmin * m);
      }
    }
  }
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  assert.ok(Math.abs(mean) < 0.002, `mean ${mean}`);
  assert.ok(Math.abs(std - 0.02) < 0.002, `std ${std}`);
  const again = [...randomQ4KChunks(256 * 64, 7, 0.02, 16)];
  assert.deepEqual(Buffer.concat(again), Buffer.concat(chunks), 'deterministic for a seed');
});
