// Byte-level BPE vocabulary builder (GPT-2 / Qwen2 style) for synthesized models.
//
// The weights of a synthesized model are noise, but its tokenizer is real so that
// prompt token counts, special-token handling, chat templating and detokenization
// all behave as they would with a trained model. Merges are learned from a small
// frozen corpus with a fully deterministic tie-break, so the same settings always
// give byte-identical vocabularies (and therefore byte-identical GGUF files).
import { BPE_CORPUS } from './bpe-corpus.ts';
import { gv, type GgufValue } from './gguf-writer.ts';

/** llama.cpp's llama_token_type values, as stored in tokenizer.ggml.token_type. */
export const TokenType = { NORMAL: 1, UNKNOWN: 2, CONTROL: 3, USER_DEFINED: 4, UNUSED: 5, BYTE: 6 } as const;

export const SPECIAL_TOKENS = { endOfText: '<|endoftext|>', imStart: '<|im_start|>', imEnd: '<|im_end|>' } as const;

/**
 * Plain ChatML, as used by Qwen2 chat models (minus Qwen's injected default system
 * prompt). Kept byte-for-byte equivalent to node-llama-cpp's ChatMLChatWrapper so
 * it resolves to that specialized wrapper instead of a generic Jinja renderer.
 */
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

/**
 * GPT-2's bytes_to_unicode: every byte gets a printable, non-whitespace code point, so
 * byte sequences can live in a string vocabulary and the space separator in merges
 * ("a b") is never ambiguous. llama.cpp inverts exactly this table when detokenizing.
 */
export function byteToUnicodeTable(): string[] {
  const table = new Array<string>(256);
  const printable = (b: number) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
  let n = 0;
  for (let b = 0; b < 256; b++) table[b] = String.fromCodePoint(printable(b) ? b : 256 + n++);
  return table;
}
const BYTE_TO_UNICODE = byteToUnicodeTable();
const UNICODE_TO_BYTE = new Map(BYTE_TO_UNICODE.map((c, b) => [c, b] as const));

/** Map raw text to the byte-level alphabet (UTF-8 bytes, each shown as one vocab char). */
export function toByteLevel(text: string): string {
  let s = '';
  for (const b of Buffer.from(text, 'utf8')) s += BYTE_TO_UNICODE[b];
  return s;
}
export function fromByteLevel(s: string): string {
  const bytes: number[] = [];
  for (const ch of s) {
    const b = UNICODE_TO_BYTE.get(ch);
    if (b === undefined) throw new Error(`not a byte-level char: ${JSON.stringify(ch)}`);
    bytes.push(b);
  }
  return Buffer.from(bytes).toString('utf8');
}

// llama.cpp's "qwen2" pre-tokenizer regex. Merges never cross these pieces at
// inference time, so learning on the same pieces keeps the merges useful.
// (?i:...) is spelled out per letter to avoid depending on regexp modifiers.
const QWEN2_PRETOKENIZE =
  /'[sS]|'[tT]|'[rR][eE]|'[vV][eE]|'[mM]|'[lL][lL]|'[dD]|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;

export function pretokenize(text: string): string[] {
  return text.match(QWEN2_PRETOKENIZE) ?? [];
}

/**
 * Learn up to `maxMerges` merges, stopping early when the corpus has nothing left to
 * merge or `maxNewTokens` distinct merged tokens exist. Ties on pair frequency break
 * on the pair's string order, so the result never depends on Map iteration order.
 */
export function learnMerges(corpus: string, maxMerges: number, maxNewTokens = Infinity): Array<[string, string]> {
  const wordCounts = new Map<string, number>();
  for (const piece of pretokenize(corpus)) {
    const w = toByteLevel(piece);
    wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  }
  const words = [...wordCounts].map(([w, count]) => ({ symbols: [...w], count }));
  const merges: Array<[string, string]> = [];
  const newTokens = new Set<string>();

  while (merges.length < maxMerges && newTokens.size < maxNewTokens) {
    // A full recount per merge is O(corpus) — trivial for a few KB and far simpler
    // than incremental pair bookkeeping.
    const pairCounts = new Map<string, number>();
    for (const { symbols, count } of words) {
      for (let i = 0; i + 1 < symbols.length; i++) {
        const key = symbols[i] + ' ' + symbols[i + 1];
        pairCounts.set(key, (pairCounts.get(key) ?? 0) + count);
      }
    }
    let bestKey = '';
    let bestCount = 0;
    for (const [key, count] of pairCounts) {
      if (count > bestCount || (count === bestCount && key < bestKey)) {
        bestKey = key;
        bestCount = count;
      }
    }
    if (bestCount === 0) break;
    const sep = bestKey.indexOf(' ');
    const a = bestKey.slice(0, sep);
    const b = bestKey.slice(sep + 1);
    const merged = a + b;
    merges.push([a, b]);
    newTokens.add(merged);
    for (const word of words) {
      const s = word.symbols;
      if (s.length < 2) continue;
      const out: string[] = [];
      for (let i = 0; i < s.length; i++) {
        if (i + 1 < s.length && s[i] === a && s[i + 1] === b) {
          out.push(merged);
          i++;
        } else out.push(s[i]!);
      }
      word.symbols = out;
    }
  }
  return merges;
}

export interface BpeVocab {
  tokens: string[];
  tokenTypes: number[];
  /** "left right" pairs in rank order, in the byte-level alphabet. */
  merges: string[];
  bosId: number;
  eosId: number;
  padId: number;
  special: { endOfText: number; imStart: number; imEnd: number };
  model: 'gpt2';
  pre: string;
  chatTemplate: string;
}

export interface BpeVocabOptions {
  /** Target number of merges (fewer if the corpus runs out or vocabSize is reached). */
  merges?: number;
  /** Pad with unused tokens up to exactly this many tokens (e.g. 151936 for Qwen2). */
  vocabSize?: number;
  corpus?: string;
  pre?: string;
  chatTemplate?: string;
}

export const DEFAULT_MERGES = 1024;

/**
 * Layout: ids 0..255 are the byte tokens (id = byte value), then merged tokens in rank
 * order, then the three ChatML specials, then `[PAD<id>]` fillers. The filler naming and
 * UNUSED type mirror what llama.cpp's convert_hf_to_gguf.py emits for Qwen2's own padding,
 * which llama.cpp loads without complaint and never produces when tokenizing.
 */
export function buildBpeVocab(opts: BpeVocabOptions = {}): BpeVocab {
  const specials = [SPECIAL_TOKENS.endOfText, SPECIAL_TOKENS.imStart, SPECIAL_TOKENS.imEnd];
  const fixed = 256 + specials.length;
  if (opts.vocabSize !== undefined && (!Number.isInteger(opts.vocabSize) || opts.vocabSize < fixed)) {
    throw new Error(`vocabSize must be an integer >= ${fixed}, got ${opts.vocabSize}`);
  }
  const merges = learnMerges(opts.corpus ?? BPE_CORPUS, opts.merges ?? DEFAULT_MERGES, (opts.vocabSize ?? Infinity) - fixed);

  const tokens: string[] = [];
  const tokenTypes: number[] = [];
  const seen = new Set<string>();
  const push = (text: string, type: number) => {
    tokens.push(text);
    tokenTypes.push(type);
    seen.add(text);
  };
  // Byte tokens are NORMAL, not BYTE: llama.cpp's BPE detokenizer only renders
  // NORMAL/USER_DEFINED tokens, and looks byte tokens up by their mapped char.
  for (let b = 0; b < 256; b++) push(BYTE_TO_UNICODE[b]!, TokenType.NORMAL);
  // Different merge paths can yield the same string; a vocab must not repeat it.
  for (const [a, b] of merges) if (!seen.has(a + b)) push(a + b, TokenType.NORMAL);
  const special = { endOfText: tokens.length, imStart: tokens.length + 1, imEnd: tokens.length + 2 };
  for (const s of specials) push(s, TokenType.CONTROL);
  const size = opts.vocabSize ?? tokens.length;
  while (tokens.length < size) push(`[PAD${tokens.length}]`, TokenType.UNUSED);

  return {
    tokens,
    tokenTypes,
    merges: merges.map(([a, b]) => `${a} ${b}`),
    // Qwen2 chat models: <|endoftext|> doubles as bos/pad, <|im_end|> ends a turn.
    bosId: special.endOfText,
    eosId: special.imEnd,
    padId: special.endOfText,
    special,
    model: 'gpt2',
    pre: opts.pre ?? 'qwen2',
    chatTemplate: opts.chatTemplate ?? CHATML_TEMPLATE,
  };
}

/** The tokenizer.* GGUF keys llama.cpp reads for a gpt2-style BPE vocab. */
export function tokenizerMetadata(vocab: BpeVocab): Array<[string, GgufValue]> {
  return [
    ['tokenizer.ggml.model', gv.string(vocab.model)],
    ['tokenizer.ggml.pre', gv.string(vocab.pre)],
    ['tokenizer.ggml.tokens', gv.array('string', vocab.tokens)],
    ['tokenizer.ggml.token_type', gv.array('int32', vocab.tokenTypes)],
    ['tokenizer.ggml.merges', gv.array('string', vocab.merges)],
    ['tokenizer.ggml.bos_token_id', gv.uint32(vocab.bosId)],
    ['tokenizer.ggml.eos_token_id', gv.uint32(vocab.eosId)],
    ['tokenizer.ggml.padding_token_id', gv.uint32(vocab.padId)],
    // ChatML prompts start with <|im_start|>; a leading BOS would be out of distribution.
    ['tokenizer.ggml.add_bos_token', gv.bool(false)],
    ['tokenizer.chat_template', gv.string(vocab.chatTemplate)],
  ];
}

/**
 * Reference encoder (no special-token parsing): pretokenize, then apply merges by rank,
 * as llama.cpp does. Used to check that llama.cpp tokenizes exactly as the vocab intends.
 */
export function encode(vocab: BpeVocab, text: string): number[] {
  const rank = new Map(vocab.merges.map((m, i) => [m, i] as const));
  const ids = new Map<string, number>();
  vocab.tokens.forEach((t, i) => { if (vocab.tokenTypes[i] === TokenType.NORMAL && !ids.has(t)) ids.set(t, i); });
  const out: number[] = [];
  for (const piece of pretokenize(text)) {
    let symbols = [...toByteLevel(piece)];
    for (;;) {
      let best = -1;
      let bestRank = Infinity;
      for (let i = 0; i + 1 < symbols.length; i++) {
        const r = rank.get(symbols[i] + ' ' + symbols[i + 1]);
        if (r !== undefined && r < bestRank) { bestRank = r; best = i; }
      }
      if (best < 0) break;
      symbols = [...symbols.slice(0, best), symbols[best]! + symbols[best + 1]!, ...symbols.slice(best + 2)];
    }
    for (const s of symbols) out.push(ids.get(s)!);
  }
  return out;
}

export function decode(vocab: BpeVocab, ids: readonly number[]): string {
  return fromByteLevel(ids.map((id) => (vocab.tokenTypes[id] === TokenType.NORMAL ? vocab.tokens[id]! : '')).join(''));
}
