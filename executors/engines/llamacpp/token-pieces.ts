// A token's text and raw UTF-8 bytes, for logprobs. A token may hold part
// of a multi-byte character (byte-level BPE vocabularies split emoji and
// most non-Latin text into such tokens); node-llama-cpp's detokenize then
// gives U+FFFD, and the bytes OpenAI's `bytes` field carries are lost. The
// addon has no call returning a token's raw bytes, so they are read from
// the vocabulary the GGUF file stores (tokenizer.ggml.tokens): byte-level
// BPE ("gpt2") spells every byte as one character of GPT-2's byte alphabet,
// SentencePiece ("llama") spells a lone byte as "<0xNN>". Any other
// vocabulary falls back to the UTF-8 of the text.
import type { LlamaModel, Token } from 'node-llama-cpp';

/** GPT-2's bytes_to_unicode, reversed: the alphabet character's code point → the byte it stands for. */
export const GPT2_BYTE_OF: ReadonlyMap<number, number> = (() => {
  const printable = (b: number) => (b >= 33 && b <= 126) || (b >= 161 && b <= 172) || (b >= 174 && b <= 255);
  const map = new Map<number, number>();
  let n = 0;
  for (let b = 0; b < 256; b++) map.set(printable(b) ? b : 256 + n++, b);
  return map;
})();

/** The bytes a vocabulary entry spells, or undefined when it spells none (not a byte-level entry). */
export function vocabBytes(kind: string | undefined, entry: string | undefined): Uint8Array | undefined {
  if (entry === undefined) return undefined;
  if (kind === 'gpt2') {
    const out: number[] = [];
    for (const ch of entry) {
      const b = GPT2_BYTE_OF.get(ch.codePointAt(0)!);
      if (b === undefined) return undefined;
      out.push(b);
    }
    return Uint8Array.from(out);
  }
  if (kind === 'llama') {
    const m = /^<0x([0-9A-Fa-f]{2})>$/.exec(entry);
    return m ? Uint8Array.of(Number.parseInt(m[1]!, 16)) : undefined;
  }
  return undefined;
}

const utf8 = new TextEncoder();

export interface TokenPiece { text: string; bytes: Uint8Array }

export class TokenPieces {
  private readonly model: LlamaModel;
  private readonly kind: string | undefined;
  private readonly vocab: readonly string[] | undefined;

  constructor(model: LlamaModel) {
    this.model = model;
    const tokenizer = model.fileInfo.metadata.tokenizer?.ggml as { model?: string; tokens?: readonly string[] } | undefined;
    this.kind = tokenizer?.model;
    this.vocab = tokenizer?.tokens;
  }

  /**
   * `token` as the answer's text shows it (control tokens: nothing, as in
   * the answer), after `before` (the tokens preceding it: SentencePiece
   * detokenizes a word's leading space only after other text).
   */
  piece(token: Token, before: readonly Token[]): TokenPiece {
    const text = this.model.detokenize([token], false, before);
    if (!text.includes('\uFFFD')) return { text, bytes: utf8.encode(text) };
    return { text, bytes: vocabBytes(this.kind, this.vocab?.[token]) ?? utf8.encode(text) };
  }
}

/**
 * How many leading bytes of `bytes` are whole UTF-8 (everything but a
 * trailing, still incomplete multi-byte sequence). Invalid bytes count as
 * whole: they decode to U+FFFD and waiting would not change that.
 */
export function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  // A sequence is at most 4 bytes: its lead byte is among the last 4.
  for (let i = n - 1; i >= Math.max(0, n - 4); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 1;
    return i + need > n ? i : n;
  }
  return n;
}
