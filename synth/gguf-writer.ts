// Streaming GGUF v3 writer.
//
// The header (metadata + tensor infos) is small enough to build in memory, but
// tensor data is not (a 0.5B model is ~0.5 GB), so tensors are described up
// front with their shape/type and a producer of encoded byte chunks, and the
// data section is streamed to disk chunk by chunk. Offsets only depend on
// shapes, which is what lets the header be written before any data exists.
//
// Spec: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
import { open, rename, unlink, mkdir } from 'node:fs/promises';
import { endianness } from 'node:os';
import { dirname } from 'node:path';
import { partialPath } from './partial-files.ts';

// GGUF is little-endian and we serialize through typed-array views, which use
// host byte order. Fail loudly instead of writing a silently corrupt model.
if (endianness() !== 'LE') throw new Error('gguf-writer: big-endian hosts are not supported');

export const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
export const GGUF_VERSION = 3;
export const GGUF_DEFAULT_ALIGNMENT = 32;
// ggml's GGML_MAX_NAME is 64 including the NUL terminator.
const MAX_TENSOR_NAME_BYTES = 63;
const MAX_DIMS = 4;

export const GgufValueType = {
  uint8: 0, int8: 1, uint16: 2, int16: 3, uint32: 4, int32: 5, float32: 6,
  bool: 7, string: 8, array: 9, uint64: 10, int64: 11, float64: 12,
} as const;
export type GgufScalarTypeName = Exclude<keyof typeof GgufValueType, 'array'>;

export type GgufNumberTypeName = 'uint8' | 'int8' | 'uint16' | 'int16' | 'uint32' | 'int32' | 'float32' | 'float64';
export type GgufValue =
  | { type: GgufNumberTypeName; value: number }
  | { type: 'uint64' | 'int64'; value: bigint | number }
  | { type: 'bool'; value: boolean }
  | { type: 'string'; value: string }
  | { type: 'array'; itemType: GgufScalarTypeName; value: ArrayLike<number | bigint | boolean | string> };

/** Constructors for typed metadata values: GGUF needs an explicit width for every number. */
export const gv = {
  uint8: (value: number): GgufValue => ({ type: 'uint8', value }),
  int8: (value: number): GgufValue => ({ type: 'int8', value }),
  uint16: (value: number): GgufValue => ({ type: 'uint16', value }),
  int16: (value: number): GgufValue => ({ type: 'int16', value }),
  uint32: (value: number): GgufValue => ({ type: 'uint32', value }),
  int32: (value: number): GgufValue => ({ type: 'int32', value }),
  uint64: (value: bigint | number): GgufValue => ({ type: 'uint64', value }),
  int64: (value: bigint | number): GgufValue => ({ type: 'int64', value }),
  float32: (value: number): GgufValue => ({ type: 'float32', value }),
  float64: (value: number): GgufValue => ({ type: 'float64', value }),
  bool: (value: boolean): GgufValue => ({ type: 'bool', value }),
  string: (value: string): GgufValue => ({ type: 'string', value }),
  array: (itemType: GgufScalarTypeName, value: ArrayLike<number | bigint | boolean | string>): GgufValue =>
    ({ type: 'array', itemType, value }),
};

/** ggml tensor types this writer can encode (values are ggml's enum ggml_type). */
export const GgmlType = { F32: 0, F16: 1, Q8_0: 8, Q4_K: 12 } as const;
export type GgmlTensorType = (typeof GgmlType)[keyof typeof GgmlType];

const TYPE_LAYOUT: Record<GgmlTensorType, { blockElements: number; blockBytes: number }> = {
  [GgmlType.F32]: { blockElements: 1, blockBytes: 4 },
  [GgmlType.F16]: { blockElements: 1, blockBytes: 2 },
  [GgmlType.Q8_0]: { blockElements: 32, blockBytes: 34 }, // f16 scale + 32 x int8
  [GgmlType.Q4_K]: { blockElements: 256, blockBytes: 144 }, // f16 d, f16 dmin, 12 bytes of 6-bit scales/mins, 256 x 4-bit
};

export function ggmlTypeName(type: GgmlTensorType): string {
  return type === GgmlType.F32 ? 'F32' : type === GgmlType.F16 ? 'F16' : type === GgmlType.Q8_0 ? 'Q8_0' : 'Q4_K';
}

/** Encoded size of `elements` values of `type` (elements must be a whole number of blocks). */
export function tensorByteSize(type: GgmlTensorType, elements: number): number {
  const { blockElements, blockBytes } = TYPE_LAYOUT[type];
  if (elements % blockElements !== 0) throw new Error(`${ggmlTypeName(type)} needs a multiple of ${blockElements} elements, got ${elements}`);
  return (elements / blockElements) * blockBytes;
}

export type TensorChunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

export interface GgufTensorSpec {
  name: string;
  /** ggml order: dims[0] is the contiguous (row) dimension, e.g. a [n_in, n_out] matmul weight. */
  dims: readonly number[];
  type: GgmlTensorType;
  /** Called once, when the data section reaches this tensor; must yield exactly the encoded byte size. */
  data: () => TensorChunks;
}

// ---------- encoders ----------

const f32Scratch = new Float32Array(1);
const f32ScratchBits = new Uint32Array(f32Scratch.buffer);
/**
 * IEEE half bits with round-to-nearest-even (same rounding as ggml's FP32_TO_FP16).
 * Hand-rolled rather than Float16Array so it works with the project's ES2024 lib.
 */
export function f32ToF16Bits(x: number): number {
  f32Scratch[0] = x;
  const bits = f32ScratchBits[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  let mant = bits & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant !== 0 ? 0x200 : 0); // inf / quiet NaN
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00; // overflow → inf
  if (e <= 0) {
    // Subnormal half: shift the full 24-bit significand down, rounding to even.
    if (e < -10) return sign;
    mant |= 0x800000;
    const shift = 14 - e;
    let half = mant >>> shift;
    const rem = mant & ((1 << shift) - 1);
    const halfway = 1 << (shift - 1);
    if (rem > halfway || (rem === halfway && (half & 1) !== 0)) half++;
    return sign | half;
  }
  let half = (e << 10) | (mant >>> 13);
  const rem = mant & 0x1fff;
  // A carry out of the mantissa correctly bumps the exponent (up to inf).
  if (rem > 0x1000 || (rem === 0x1000 && (half & 1) !== 0)) half++;
  return sign | half;
}

export function f16BitsToF32(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const mant = h & 0x3ff;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 0x1f) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}

/** ggml's quantize_row_q8_0_ref, bit-for-bit: f32 math via Math.fround, roundf (half away from zero). */
export function encodeQ8_0(values: Float32Array, out: Uint8Array = new Uint8Array(tensorByteSize(GgmlType.Q8_0, values.length)), outOffset = 0): Uint8Array {
  const blocks = values.length / 32;
  if (!Number.isInteger(blocks)) throw new Error(`Q8_0 needs a multiple of 32 values, got ${values.length}`);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let b = 0; b < blocks; b++) {
    const base = b * 32;
    let amax = 0;
    for (let j = 0; j < 32; j++) {
      const a = Math.abs(values[base + j]!);
      if (a > amax) amax = a;
    }
    const d = Math.fround(amax / 127);
    const id = d !== 0 ? Math.fround(1 / d) : 0;
    const o = outOffset + b * 34;
    view.setUint16(o, f32ToF16Bits(d), true);
    for (let j = 0; j < 32; j++) {
      const x = Math.fround(values[base + j]! * id);
      const q = x >= 0 ? Math.floor(x + 0.5) : -Math.floor(0.5 - x);
      out[o + 2 + j] = q & 0xff;
    }
  }
  return out;
}

/** Encode f32 values as `type`; returns a fresh buffer (callers may hand it to an in-flight write). */
export function encodeTensorData(type: GgmlTensorType, values: Float32Array): Uint8Array {
  switch (type) {
    case GgmlType.F32:
      return new Uint8Array(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
    case GgmlType.F16: {
      const out = new Uint16Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = f32ToF16Bits(values[i]!);
      return new Uint8Array(out.buffer);
    }
    case GgmlType.Q8_0:
      return encodeQ8_0(values);
    case GgmlType.Q4_K:
      throw new Error('Q4_K tensors are written as random blocks (randomQ4KChunks), not quantized from values');
  }
}

/**
 * A Q4_K tensor of `elements` values as seeded random blocks, written
 * directly (quantizing billions of f32 values in JS would take minutes for a
 * 7B shape, and only the shape matters for speed). Every block has the same
 * 6-bit sub-block scales and mins (32), random 4-bit values, and d/dmin
 * chosen so the weights are uniform with mean 0 and std ≈ `std`.
 */
export function* randomQ4KChunks(elements: number, seed: number, std: number, blocksPerChunk = 4096): Generator<Uint8Array> {
  const blocks = tensorByteSize(GgmlType.Q4_K, elements) / 144;
  // x = d·32·q − dmin·32 with q uniform in 0..15 (mean 7.5, std 4.61).
  const step = std / 4.61;
  const d = f32ToF16Bits(step / 32);
  const dmin = f32ToF16Bits((7.5 * step) / 32);
  // get_scale_min_k4's packing of scale = min = 32 for all 8 sub-blocks.
  const scales = [0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0xa0, 0, 0, 0, 0];
  let s = seed | 0 || 1;
  for (let b0 = 0; b0 < blocks; b0 += blocksPerChunk) {
    const n = Math.min(blocksPerChunk, blocks - b0);
    const out = new Uint8Array(n * 144);
    const view = new DataView(out.buffer);
    const words = new Uint32Array(out.buffer);
    for (let b = 0; b < n; b++) {
      const o = b * 144;
      view.setUint16(o, d, true);
      view.setUint16(o + 2, dmin, true);
      out.set(scales, o + 4);
      // qs: 128 bytes = 32 words from offset 16 (blocks are 144 = 36 words, so word-aligned).
      for (let w = (o + 16) / 4, end = (o + 144) / 4; w < end; w++) {
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        words[w] = s >>> 0;
      }
    }
    yield out;
  }
}

/**
 * Stream a tensor of `elements` f32 values produced by `fill` (called with increasing `start`)
 * as encoded chunks, so a tensor never has to exist in memory as a whole.
 */
export function* floatTensorChunks(
  type: GgmlTensorType,
  elements: number,
  fill: (out: Float32Array, start: number) => void,
  chunkElements = 1 << 20,
): Generator<Uint8Array> {
  // Keep chunks block-aligned so Q8_0 blocks never straddle two chunks.
  const block = TYPE_LAYOUT[type].blockElements;
  const step = Math.max(block, Math.floor(chunkElements / block) * block);
  let scratch = new Float32Array(Math.min(step, elements));
  for (let start = 0; start < elements; start += step) {
    const n = Math.min(step, elements - start);
    if (n !== scratch.length) scratch = new Float32Array(n);
    fill(scratch, start);
    yield encodeTensorData(type, scratch);
  }
}

// ---------- header serialization ----------

class ByteSink {
  chunks: Uint8Array[] = [];
  length = 0;
  #buf = new Uint8Array(1 << 16);
  #view = new DataView(this.#buf.buffer);
  #pos = 0;

  #room(n: number): void {
    if (this.#pos + n <= this.#buf.length) return;
    this.flush();
    if (n > this.#buf.length) {
      this.#buf = new Uint8Array(n);
      this.#view = new DataView(this.#buf.buffer);
    }
  }
  flush(): void {
    if (this.#pos === 0) return;
    this.chunks.push(this.#buf.slice(0, this.#pos));
    this.#pos = 0;
  }
  u8(v: number) { this.#room(1); this.#view.setUint8(this.#pos, v); this.#pos += 1; this.length += 1; }
  i8(v: number) { this.#room(1); this.#view.setInt8(this.#pos, v); this.#pos += 1; this.length += 1; }
  u16(v: number) { this.#room(2); this.#view.setUint16(this.#pos, v, true); this.#pos += 2; this.length += 2; }
  i16(v: number) { this.#room(2); this.#view.setInt16(this.#pos, v, true); this.#pos += 2; this.length += 2; }
  u32(v: number) { this.#room(4); this.#view.setUint32(this.#pos, v, true); this.#pos += 4; this.length += 4; }
  i32(v: number) { this.#room(4); this.#view.setInt32(this.#pos, v, true); this.#pos += 4; this.length += 4; }
  u64(v: bigint | number) { this.#room(8); this.#view.setBigUint64(this.#pos, BigInt(v), true); this.#pos += 8; this.length += 8; }
  i64(v: bigint | number) { this.#room(8); this.#view.setBigInt64(this.#pos, BigInt(v), true); this.#pos += 8; this.length += 8; }
  f32(v: number) { this.#room(4); this.#view.setFloat32(this.#pos, v, true); this.#pos += 4; this.length += 4; }
  f64(v: number) { this.#room(8); this.#view.setFloat64(this.#pos, v, true); this.#pos += 8; this.length += 8; }
  bytes(b: Uint8Array) { this.#room(b.length); this.#buf.set(b, this.#pos); this.#pos += b.length; this.length += b.length; }
  string(s: string) { const b = Buffer.from(s, 'utf8'); this.u64(b.length); this.bytes(b); }
  zeros(n: number) { this.bytes(new Uint8Array(n)); }
  toBuffer(): Buffer { this.flush(); return Buffer.concat(this.chunks); }
}

// Range checks matter: DataView silently wraps out-of-range integers, which
// would turn e.g. a too-large context length into a plausible-looking wrong one.
const INT_RANGES: Partial<Record<GgufScalarTypeName, [number, number]>> = {
  uint8: [0, 0xff], int8: [-0x80, 0x7f], uint16: [0, 0xffff], int16: [-0x8000, 0x7fff],
  uint32: [0, 0xffffffff], int32: [-0x80000000, 0x7fffffff],
};
const BIG_RANGES: Partial<Record<GgufScalarTypeName, [bigint, bigint]>> = {
  uint64: [0n, (1n << 64n) - 1n], int64: [-(1n << 63n), (1n << 63n) - 1n],
};

function checkScalar(type: GgufScalarTypeName, v: unknown, key: string): void {
  const intRange = INT_RANGES[type];
  if (intRange) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < intRange[0] || v > intRange[1]) throw new TypeError(`gguf ${key}: ${String(v)} is not a valid ${type}`);
  }
  const bigRange = BIG_RANGES[type];
  if (bigRange) {
    if (!(typeof v === 'bigint' || (typeof v === 'number' && Number.isSafeInteger(v)))) throw new TypeError(`gguf ${key}: ${String(v)} is not a valid ${type}`);
    const b = BigInt(v);
    if (b < bigRange[0] || b > bigRange[1]) throw new TypeError(`gguf ${key}: ${String(v)} is out of range for ${type}`);
  }
  if ((type === 'float32' || type === 'float64') && typeof v !== 'number') throw new TypeError(`gguf ${key}: ${String(v)} is not a number`);
  if (type === 'bool' && typeof v !== 'boolean') throw new TypeError(`gguf ${key}: ${String(v)} is not a boolean`);
  if (type === 'string' && typeof v !== 'string') throw new TypeError(`gguf ${key}: ${String(v)} is not a string`);
}

function checkValue(key: string, value: GgufValue): void {
  if (!(value.type in GgufValueType)) throw new TypeError(`gguf ${key}: unknown type ${String(value.type)}`);
  if (value.type !== 'array') return checkScalar(value.type, value.value, key);
  if (!(value.itemType in GgufValueType) || (value.itemType as string) === 'array') throw new TypeError(`gguf ${key}: unsupported array item type ${String(value.itemType)}`);
  for (let i = 0; i < value.value.length; i++) checkScalar(value.itemType, value.value[i], `${key}[${i}]`);
}

// Values are validated by set(), so serialization can trust them.
function writeScalar(sink: ByteSink, type: GgufScalarTypeName, v: unknown): void {
  switch (type) {
    case 'uint8': return sink.u8(v as number);
    case 'int8': return sink.i8(v as number);
    case 'uint16': return sink.u16(v as number);
    case 'int16': return sink.i16(v as number);
    case 'uint32': return sink.u32(v as number);
    case 'int32': return sink.i32(v as number);
    case 'uint64': return sink.u64(v as bigint | number);
    case 'int64': return sink.i64(v as bigint | number);
    case 'float32': return sink.f32(v as number);
    case 'float64': return sink.f64(v as number);
    case 'bool': return sink.u8(v ? 1 : 0);
    case 'string': return sink.string(v as string);
  }
}

function writeValue(sink: ByteSink, value: GgufValue): void {
  sink.u32(GgufValueType[value.type]);
  if (value.type !== 'array') return writeScalar(sink, value.type, value.value);
  sink.u32(GgufValueType[value.itemType]);
  const items = value.value;
  sink.u64(items.length);
  for (let i = 0; i < items.length; i++) writeScalar(sink, value.itemType, items[i]);
}

const align = (n: number, a: number) => Math.ceil(n / a) * a;

export interface GgufLayout {
  /** Bytes before the data section, padding included (= absolute offset of the first tensor). */
  dataStart: number;
  /** Offsets relative to dataStart, in tensor order. */
  tensorOffsets: number[];
  tensorBytes: number[];
  totalBytes: number;
}

export interface GgufWriteOptions {
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Where to stream before the atomic rename; defaults to a unique `<path>.<pid>-<rand>.partial`. */
  tmpPath?: string;
}

export class GgufWriter {
  readonly alignment: number;
  readonly #kv = new Map<string, GgufValue>();
  readonly #tensors: GgufTensorSpec[] = [];
  readonly #tensorNames = new Set<string>();

  constructor(opts: { alignment?: number } = {}) {
    const alignment = opts.alignment ?? GGUF_DEFAULT_ALIGNMENT;
    // llama.cpp rejects alignments that are not a power of two.
    if (!Number.isInteger(alignment) || alignment <= 0 || (alignment & (alignment - 1)) !== 0) throw new Error(`alignment must be a power of two, got ${alignment}`);
    this.alignment = alignment;
    // Always written (even when default) so readers never have to guess.
    this.#kv.set('general.alignment', gv.uint32(alignment));
  }

  /** Set a metadata key; strings and booleans can be passed bare, numbers need a gv.* width. */
  set(key: string, value: GgufValue | string | boolean): this {
    if (key === 'general.alignment') throw new Error('set general.alignment through the GgufWriter constructor');
    const v = typeof value === 'string' ? gv.string(value) : typeof value === 'boolean' ? gv.bool(value) : value;
    // Validate now, at the call site that got it wrong, not when the file is written.
    checkValue(key, v);
    // Snapshot arrays so later caller mutations can't desync layout() from write().
    this.#kv.set(key, v.type === 'array' ? { ...v, value: Array.from(v.value) } : v);
    return this;
  }

  get metadataKeys(): string[] { return [...this.#kv.keys()]; }
  get tensors(): readonly GgufTensorSpec[] { return this.#tensors; }

  addTensor(spec: GgufTensorSpec): this {
    if (this.#tensorNames.has(spec.name)) throw new Error(`duplicate tensor ${spec.name}`);
    if (Buffer.byteLength(spec.name) > MAX_TENSOR_NAME_BYTES) throw new Error(`tensor name too long: ${spec.name}`);
    if (spec.dims.length < 1 || spec.dims.length > MAX_DIMS) throw new Error(`${spec.name}: 1..${MAX_DIMS} dims required`);
    if (!spec.dims.every((d) => Number.isSafeInteger(d) && d > 0)) throw new Error(`${spec.name}: bad dims ${spec.dims.join('x')}`);
    // Quantized blocks run along dims[0]; a row that isn't whole blocks is unloadable.
    const { blockElements } = TYPE_LAYOUT[spec.type];
    if (spec.dims[0]! % blockElements !== 0) throw new Error(`${spec.name}: dims[0]=${spec.dims[0]} is not a multiple of ${blockElements} for ${ggmlTypeName(spec.type)}`);
    this.#tensorNames.add(spec.name);
    this.#tensors.push({ ...spec, dims: [...spec.dims] });
    return this;
  }

  /** The exact bytes before the data section (header, metadata, tensor infos, padding). */
  headerBytes(): Buffer {
    return this.#header();
  }

  #header(): Buffer {
    const s = new ByteSink();
    s.u32(GGUF_MAGIC);
    s.u32(GGUF_VERSION);
    s.u64(this.#tensors.length);
    s.u64(this.#kv.size);
    for (const [key, value] of this.#kv) {
      s.string(key);
      writeValue(s, value);
    }
    const { tensorOffsets } = this.#dataLayout();
    this.#tensors.forEach((t, i) => {
      s.string(t.name);
      s.u32(t.dims.length);
      for (const d of t.dims) s.u64(d);
      s.u32(t.type);
      s.u64(tensorOffsets[i]!);
    });
    s.zeros(align(s.length, this.alignment) - s.length);
    return s.toBuffer();
  }

  #dataLayout(): { tensorOffsets: number[]; tensorBytes: number[]; dataBytes: number } {
    const tensorOffsets: number[] = [];
    const tensorBytes: number[] = [];
    let off = 0;
    for (const t of this.#tensors) {
      off = align(off, this.alignment);
      const bytes = tensorByteSize(t.type, t.dims.reduce((a, b) => a * b, 1));
      tensorOffsets.push(off);
      tensorBytes.push(bytes);
      off += bytes;
    }
    // The file ends right after the last tensor; llama.cpp only checks that each tensor fits.
    return { tensorOffsets, tensorBytes, dataBytes: off };
  }

  /** Sizes and offsets without producing any tensor data (e.g. to validate an existing file's size). */
  layout(): GgufLayout {
    const dataStart = this.#header().length;
    const { tensorOffsets, tensorBytes, dataBytes } = this.#dataLayout();
    return { dataStart, tensorOffsets, tensorBytes, totalBytes: dataStart + dataBytes };
  }

  /**
   * Stream the file to a temp path, fsync, then rename over `path`, so `path` either
   * doesn't exist or is complete — a crash mid-write can never leave a truncated model there.
   */
  async write(path: string, opts: GgufWriteOptions = {}): Promise<{ path: string; bytes: number }> {
    const header = this.#header();
    const { tensorOffsets, tensorBytes, dataBytes } = this.#dataLayout();
    const totalBytes = header.length + dataBytes;
    const tmpPath = opts.tmpPath ?? partialPath(path);
    await mkdir(dirname(path), { recursive: true });
    const fh = await open(tmpPath, 'w');
    let ok = false;
    // One write in flight while the next chunk is generated: synthesis is CPU-bound,
    // so overlapping it with I/O hides most of the disk time.
    let pending: Promise<unknown> = Promise.resolve();
    try {
      let pos = 0;
      const emit = async (chunk: Uint8Array) => {
        if (chunk.length === 0) return;
        await pending;
        const at = pos;
        pos += chunk.length;
        pending = fh.write(chunk, 0, chunk.length, at).then(() => opts.onProgress?.(at + chunk.length, totalBytes));
      };
      await emit(header);
      for (let i = 0; i < this.#tensors.length; i++) {
        const t = this.#tensors[i]!;
        const start = header.length + tensorOffsets[i]!;
        if (start > pos) await emit(new Uint8Array(start - pos));
        for await (const chunk of t.data()) await emit(chunk);
        const written = pos - start;
        if (written !== tensorBytes[i]) throw new Error(`tensor ${t.name}: producer wrote ${written} bytes, expected ${tensorBytes[i]}`);
      }
      await pending;
      if (pos !== totalBytes) throw new Error(`gguf size mismatch: wrote ${pos}, expected ${totalBytes}`);
      await fh.sync();
      ok = true;
    } finally {
      await pending.catch(() => {}); // never close under an in-flight write
      await fh.close();
      if (!ok) await unlink(tmpPath).catch(() => {});
    }
    await rename(tmpPath, path);
    return { path, bytes: totalBytes };
  }
}
