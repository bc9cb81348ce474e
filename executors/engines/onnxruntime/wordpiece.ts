// BERT's tokenizer: the basic pass (clean, lower-case and strip accents for
// uncased models, split on whitespace and punctuation, CJK characters on
// their own) and then WordPiece (greedy longest match, continuation pieces
// prefixed "##"), over a vocab.txt (one token per line, the line number its
// id). It is what BERT, MiniLM, BGE, E5 and GTE sentence-embedding exports
// ship as vocab.txt. A model directory with a tokenizer.json (any Hugging Face
// tokenizer, WordPiece too) is read by hf-tokenizer.ts instead.
import { readFileSync } from 'node:fs';
import type { EncoderTokenizer, TokenSequence } from './encoder-tokenizer.ts';

export interface WordPieceOptions {
  /** Uncased models: lower-case and strip accents first (BERT's do_lower_case). */
  lowercase: boolean;
}

/** Words longer than this become [UNK] whole, as in BERT. */
const MAX_WORD_CHARS = 100;

const isPunctuation = (ch: string): boolean => {
  const c = ch.codePointAt(0)!;
  // BERT counts all non-letter/number ASCII as punctuation, "$" and "^" too.
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
  return /\p{P}/u.test(ch);
};

const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x2a6df) || (c >= 0x2a700 && c <= 0x2b73f) ||
  (c >= 0x2b740 && c <= 0x2b81f) || (c >= 0x2b820 && c <= 0x2ceaf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x2f800 && c <= 0x2fa1f);

export class WordPieceTokenizer implements EncoderTokenizer {
  readonly vocabSize: number;
  readonly pad: number;
  readonly cls: number;
  readonly sep: number;
  private readonly unk: number;
  private readonly ids: ReadonlyMap<string, number>;
  private readonly lowercase: boolean;

  constructor(vocab: readonly string[], opts: WordPieceOptions) {
    const ids = new Map<string, number>();
    vocab.forEach((t, i) => {
      if (t !== '' && !ids.has(t)) ids.set(t, i);
    });
    const special = (t: string) => {
      const id = ids.get(t);
      if (id === undefined) throw new Error(`the vocabulary has no ${t} token: not a BERT WordPiece vocab.txt`);
      return id;
    };
    this.pad = special('[PAD]');
    this.unk = special('[UNK]');
    this.cls = special('[CLS]');
    this.sep = special('[SEP]');
    this.ids = ids;
    this.vocabSize = vocab.length;
    this.lowercase = opts.lowercase;
  }

  static fromFile(path: string, opts: WordPieceOptions): WordPieceTokenizer {
    return new WordPieceTokenizer(readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim()), opts);
  }

  /** [CLS] text's pieces [SEP], as the model was trained on. */
  encode(text: string): number[] {
    return [this.cls, ...this.tokens(text), this.sep];
  }

  encodeSingle(text: string): TokenSequence {
    return { ids: this.encode(text) };
  }

  /** [CLS] first [SEP] [SEP]: what a pair with `first` takes at least. */
  pairLength(first: string): number {
    return this.tokens(first).length + 3;
  }

  /**
   * A cross-encoder's input: [CLS] first [SEP] second [SEP], segment 0 then 1.
   * Past `maxTokens` the second text is cut (a long document is scored on its
   * start, as rerankers do); undefined when the first alone does not fit.
   */
  encodePair(first: string, second: string, maxTokens: number): { ids: number[]; typeIds: number[] } | undefined {
    const a = this.tokens(first);
    const room = maxTokens - a.length - 3;
    if (room < 0) return undefined;
    const b = this.tokens(second).slice(0, room);
    return {
      ids: [this.cls, ...a, this.sep, ...b, this.sep],
      typeIds: [...new Array<number>(a.length + 2).fill(0), ...new Array<number>(b.length + 1).fill(1)],
    };
  }

  /** The text's WordPiece ids, without special tokens. */
  tokens(text: string): number[] {
    const out: number[] = [];
    for (const word of this.words(text)) this.pieces(word, out);
    return out;
  }

  private words(text: string): string[] {
    let t = '';
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c === 0 || c === 0xfffd || (/\p{Cc}/u.test(ch) && !/\s/.test(ch))) continue;
      t += isCjk(c) ? ` ${ch} ` : /\s/.test(ch) ? ' ' : ch;
    }
    if (this.lowercase) t = t.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, '');
    const words: string[] = [];
    for (const chunk of t.split(' ')) {
      let cur = '';
      for (const ch of chunk) {
        if (isPunctuation(ch)) {
          if (cur) words.push(cur);
          words.push(ch);
          cur = '';
        } else cur += ch;
      }
      if (cur) words.push(cur);
    }
    return words;
  }

  private pieces(word: string, out: number[]): void {
    const chars = [...word];
    if (chars.length > MAX_WORD_CHARS) {
      out.push(this.unk);
      return;
    }
    const found: number[] = [];
    for (let start = 0; start < chars.length;) {
      let end = chars.length;
      let id: number | undefined;
      for (; end > start; end--) {
        const piece = (start > 0 ? '##' : '') + chars.slice(start, end).join('');
        id = this.ids.get(piece);
        if (id !== undefined) break;
      }
      if (id === undefined) {
        out.push(this.unk);
        return;
      }
      found.push(id);
      start = end;
    }
    out.push(...found);
  }
}
