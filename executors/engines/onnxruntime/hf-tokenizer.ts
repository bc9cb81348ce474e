// A Hugging Face `tokenizer.json` (the tokenizers library's format: what a
// sentence-transformers or optimum export of BERT, RoBERTa, XLM-RoBERTa,
// multilingual-e5, bge-m3, gte or nomic models ships), read by
// @huggingface/tokenizers (tokenizers.js, the pure-JS implementation
// transformers.js tokenizes with): WordPiece, BPE and Unigram models, their
// normalizers, pre-tokenizers, added tokens and post-processors. The
// post-processor's templates give the special tokens and segment ids of one
// text and of a pair (a cross-encoder's query and document).
//
// tokenizers.js has no truncation, so a pair too long for the model is cut
// here as transformers does for a cross-encoder (truncation 'only_second'):
// both texts are tokenized without special tokens, the second is cut to what
// the template leaves room for, and the template is then applied.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import type { EncoderTokenizer, TokenSequence } from './encoder-tokenizer.ts';
import { readJsonSettings } from './json-settings.ts';

type Json = Record<string, unknown>;

/**
 * The part of tokenizers.js's Tokenizer used here. Its bundled declarations
 * import without file extensions, which TypeScript's NodeNext resolution
 * does not follow, so the class types as `any`: this states what it is.
 */
interface TokenizersJs {
  encode(text: string, opts: { text_pair?: string | null; add_special_tokens?: boolean; return_token_type_ids?: boolean }): {
    ids: Array<number | undefined>; tokens: string[]; token_type_ids?: number[];
  };
  tokenize(text: string, opts?: { text_pair?: string | null; add_special_tokens?: boolean }): string[];
  get_vocab(withAddedTokens?: boolean): Map<string, number>;
  get_added_tokens_decoder(): Map<number, { content: string; id: number; normalized: boolean; special: boolean }>;
  normalizer: { normalize(text: string): string } | null;
  model: { unk_token_id?: number } | null;
  post_processor: {
    post_process(tokens: string[], pair: string[] | null, addSpecialTokens: boolean): { tokens: string[]; tokens_pair?: string[]; token_type_ids?: number[] };
  } | null;
}

/** A special token as tokenizer_config.json and special_tokens_map.json write it: a string, or an AddedToken object. */
const tokenText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : v && typeof v === 'object' && typeof (v as Json).content === 'string' ? (v as Json).content as string : undefined;

/**
 * tokenizer_config.json with the special_tokens_map.json entries it lacks,
 * and every special token as its text (older files write AddedToken objects,
 * tokenizers.js reads strings).
 */
function tokenizerSettings(tokenizerConfig: Json, specialTokensMap: Json): Json {
  const out: Json = { ...specialTokensMap, ...tokenizerConfig };
  for (const [k, v] of Object.entries(out)) {
    if (k.endsWith('_token') && tokenText(v) !== undefined) out[k] = tokenText(v);
  }
  if (Array.isArray(out.additional_special_tokens)) {
    out.additional_special_tokens = out.additional_special_tokens.map(tokenText).filter((t) => t !== undefined);
  }
  return out;
}

export interface HfTokenizerOptions {
  /** tokenizer_config.json (model_max_length, special tokens, ...). */
  tokenizerConfig?: Json;
  /** special_tokens_map.json. */
  specialTokensMap?: Json;
  /** The model's config.json: its pad_token_id is a last resort for the padding id. */
  config?: Json;
}

export class HfTokenizer implements EncoderTokenizer {
  readonly vocabSize: number;
  readonly pad: number;
  /** Special tokens the pair template adds around the two texts. */
  readonly pairSpecials: number;
  readonly tokenizer: TokenizersJs;
  private readonly ids = new Map<string, number>();
  private readonly unk: number | undefined;

  constructor(tokenizerJson: Json, opts: HfTokenizerOptions = {}) {
    const settings = tokenizerSettings(opts.tokenizerConfig ?? {}, opts.specialTokensMap ?? {});
    this.tokenizer = new Tokenizer(tokenizerJson, settings) as TokenizersJs;
    const vocab = this.tokenizer.get_vocab(true);
    for (const [t, id] of vocab) this.ids.set(t, id);
    // Added tokens as the tokenizer matches them in text: by content, or normalized content.
    const normalizer = this.tokenizer.normalizer;
    for (const t of this.tokenizer.get_added_tokens_decoder().values()) {
      this.ids.set(t.content, t.id);
      if (t.normalized && normalizer) this.ids.set(normalizer.normalize(t.content), t.id);
    }
    this.vocabSize = Math.max(-1, ...vocab.values()) + 1;
    if (this.vocabSize <= 0) throw new Error('the tokenizer has an empty vocabulary');
    this.unk = this.tokenizer.model?.unk_token_id;
    this.pad = this.padId(tokenizerJson, settings, opts.config ?? {});
    this.pairSpecials = this.assemble([], []).ids.length;
  }

  /** tokenizer.json, with tokenizer_config.json and special_tokens_map.json when they are beside it. */
  static fromFiles(path: string, opts: { config?: Json; tokenizerConfig?: Json } = {}): HfTokenizer {
    let json: Json;
    try {
      json = JSON.parse(readFileSync(path, 'utf8')) as Json;
    } catch (err) {
      throw new Error(`not a tokenizer.json: ${(err as Error).message}`);
    }
    const dir = dirname(path);
    return new HfTokenizer(json, {
      tokenizerConfig: opts.tokenizerConfig ?? readJsonSettings(join(dir, 'tokenizer_config.json')),
      specialTokensMap: readJsonSettings(join(dir, 'special_tokens_map.json')),
      config: opts.config,
    });
  }

  encodeSingle(text: string): TokenSequence {
    const e = this.tokenizer.encode(text, { return_token_type_ids: true });
    return { ids: e.ids.map((id) => this.known(id)), typeIds: e.token_type_ids };
  }

  encodePair(first: string, second: string, maxTokens: number): TokenSequence | undefined {
    const a = this.tokenizer.tokenize(first);
    const room = maxTokens - a.length - this.pairSpecials;
    if (room < 0) return undefined;
    return this.assemble(a, this.tokenizer.tokenize(second).slice(0, room));
  }

  pairLength(first: string): number {
    return this.tokenizer.tokenize(first).length + this.pairSpecials;
  }

  /** The texts' tokens (no special tokens), of the text alone or the pair; for tests and counting. */
  tokens(text: string): string[] {
    return this.tokenizer.tokenize(text);
  }

  /** Two token lists through the post-processor's pair template, as ids and segment ids. */
  private assemble(a: string[], b: string[]): TokenSequence {
    const pp = this.tokenizer.post_processor;
    const out = pp ? pp.post_process(a, b, true) : { tokens: [...a, ...b] };
    let tokens = out.tokens;
    let types = out.token_type_ids;
    // A lone ByteLevel post-processor hands the pair back unjoined.
    if (out.tokens_pair && out.tokens_pair.length > 0 && tokens.length === a.length) {
      tokens = [...tokens, ...out.tokens_pair];
      types = undefined;
    }
    // Without template type ids the second text is segment 1, as in tokenizers' default processing.
    if (!types || types.length !== tokens.length) {
      types = [...new Array<number>(tokens.length - b.length).fill(0), ...new Array<number>(b.length).fill(1)];
    }
    return { ids: tokens.map((t) => this.known(this.ids.get(t) ?? this.unk)), typeIds: types };
  }

  private known(id: number | undefined): number {
    if (id === undefined) throw new Error('a token outside the vocabulary, and the tokenizer has no unknown token');
    return id;
  }

  /**
   * The padding id: tokenizer.json's padding, else the pad token of
   * tokenizer_config.json / special_tokens_map.json, else config.json's
   * pad_token_id, else [PAD] or <pad>, else 0. It matters beyond the mask:
   * RoBERTa-family models derive position ids from input_ids != pad.
   */
  private padId(json: Json, settings: Json, config: Json): number {
    const padding = json.padding as Json | null | undefined;
    if (padding && typeof padding.pad_id === 'number') return padding.pad_id;
    for (const name of [tokenText(padding?.pad_token), tokenText(settings.pad_token)]) {
      const id = name === undefined ? undefined : this.ids.get(name);
      if (id !== undefined) return id;
    }
    if (typeof config.pad_token_id === 'number' && config.pad_token_id >= 0 && config.pad_token_id < this.vocabSize) return config.pad_token_id;
    for (const name of ['[PAD]', '<pad>']) {
      const id = this.ids.get(name);
      if (id !== undefined) return id;
    }
    return 0;
  }
}
