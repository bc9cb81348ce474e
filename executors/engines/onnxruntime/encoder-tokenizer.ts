// What the encoder engine asks of a tokenizer, and which one a model
// directory gets: its Hugging Face `tokenizer.json` when it has one (what
// transformers and sentence-transformers themselves load: WordPiece, BPE or
// Unigram with its normalizer, pre-tokenizer and post-processor template),
// else BERT's WordPiece over `vocab.txt`.
import { HfTokenizer } from './hf-tokenizer.ts';
import { WordPieceTokenizer } from './wordpiece.ts';

/** One sequence to encode: its ids, and its segment ids (a pair's second text is segment 1). */
export interface TokenSequence {
  ids: number[];
  typeIds?: number[];
}

export interface EncoderTokenizer {
  /** Ids run from 0 to vocabSize - 1. */
  readonly vocabSize: number;
  /** The id a padded batch is filled with (its attention mask is 0 there). */
  readonly pad: number;
  /** One text with the model's special tokens (e.g. [CLS] text [SEP], <s> text </s>). */
  encodeSingle(text: string): TokenSequence;
  /**
   * A cross-encoder's input, by the tokenizer's pair template. Past
   * `maxTokens` the second text is cut (a long document is scored on its
   * start, as rerankers do); undefined when the first alone does not fit.
   */
  encodePair(first: string, second: string, maxTokens: number): TokenSequence | undefined;
  /** The tokens a pair with `first` and an empty second text takes: the least such a pair needs. */
  pairLength(first: string): number;
}

export interface TokenizerFiles {
  dir: string;
  /** tokenizer.json, preferred when present. */
  tokenizerJson?: string;
  /** vocab.txt, the WordPiece fallback. */
  vocab?: string;
}

/**
 * The model's tokenizer: tokenizer.json (with tokenizer_config.json and
 * special_tokens_map.json beside it) when there is one, else vocab.txt.
 * `config` is the model's config.json, `tokenizerConfig` its tokenizer_config.json.
 */
export function loadEncoderTokenizer(files: TokenizerFiles, config: Record<string, unknown>, tokenizerConfig: Record<string, unknown>): EncoderTokenizer {
  if (files.tokenizerJson) return HfTokenizer.fromFiles(files.tokenizerJson, { config, tokenizerConfig });
  if (!files.vocab) throw new Error('no tokenizer.json or vocab.txt');
  const lowercase = (tokenizerConfig.do_lower_case ?? config.do_lower_case ?? true) !== false;
  return WordPieceTokenizer.fromFile(files.vocab, { lowercase });
}
