// Hugging Face `tokenizer.json` files (the tokenizers library's format) for
// synthesized encoders, so the path that reads real exports is tested on real
// files:
//   - byte-level BPE laid out as RoBERTa's (<s> <pad> </s> <unk> first, <mask>
//     last; ByteLevel pre-tokenizer and decoder; no normalizer), the merges
//     learned by bpe-tokenizer.ts, and a TemplateProcessing post-processor
//     with RoBERTa's templates: `<s> A </s>` and `<s> A </s> </s> B </s>`,
//     the second text (from its first </s>) segment 1;
//   - BERT's WordPiece over a vocab.txt's tokens (BertNormalizer,
//     BertPreTokenizer, `[CLS] A [SEP]` and `[CLS] A [SEP] B [SEP]`), what
//     sentence-transformers exports of BERT models ship beside vocab.txt.
import { buildBpeVocab, DEFAULT_MERGES, TokenType } from './bpe-tokenizer.ts';

type Piece = { SpecialToken: { id: string; type_id: number } } | { Sequence: { id: 'A' | 'B'; type_id: number } };
const special = (id: string, typeId = 0): Piece => ({ SpecialToken: { id, type_id: typeId } });
const seq = (id: 'A' | 'B', typeId = 0): Piece => ({ Sequence: { id, type_id: typeId } });

function addedToken(content: string, id: number, extra: { lstrip?: boolean } = {}) {
  return { id, content, single_word: false, lstrip: extra.lstrip ?? false, rstrip: false, normalized: false, special: true };
}

function template(single: Piece[], pair: Piece[], specials: Record<string, number>) {
  return {
    type: 'TemplateProcessing',
    single,
    pair,
    special_tokens: Object.fromEntries(Object.entries(specials).map(([t, id]) => [t, { id: t, ids: [id], tokens: [t] }])),
  };
}

export const BPE_SPECIALS = { bos: '<s>', pad: '<pad>', eos: '</s>', unk: '<unk>', mask: '<mask>' } as const;

export interface TokenizerJsonFiles {
  /** tokenizer.json's content. */
  tokenizer: Record<string, unknown>;
  /** tokenizer_config.json's content. */
  tokenizerConfig: Record<string, unknown>;
  /** Ids 0 .. vocabSize - 1, the rows the graph's embedding needs. */
  vocabSize: number;
  padId: number;
}

/** A RoBERTa-layout byte-level BPE tokenizer.json; `maxLength` is tokenizer_config.json's model_max_length. */
export function bpeTokenizerJson(opts: { merges?: number; maxLength: number }): TokenizerJsonFiles {
  const bpe = buildBpeVocab({ merges: opts.merges ?? DEFAULT_MERGES });
  const normal = bpe.tokens.filter((_, i) => bpe.tokenTypes[i] === TokenType.NORMAL);
  const tokens = [BPE_SPECIALS.bos, BPE_SPECIALS.pad, BPE_SPECIALS.eos, BPE_SPECIALS.unk, ...normal, BPE_SPECIALS.mask];
  if (new Set(tokens).size !== tokens.length) throw new Error('a learned BPE token repeats a special token');
  const vocab = Object.fromEntries(tokens.map((t, i) => [t, i]));
  const id = (t: string) => vocab[t]!;
  const byteLevel = { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true };
  const { bos, pad, eos, unk, mask } = BPE_SPECIALS;
  return {
    tokenizer: {
      version: '1.0',
      truncation: null,
      padding: null,
      // RoBERTa's <mask> takes the space before it.
      added_tokens: [bos, pad, eos, unk, mask].map((t) => addedToken(t, id(t), { lstrip: t === mask })),
      normalizer: null,
      pre_tokenizer: byteLevel,
      post_processor: template(
        [special(bos), seq('A'), special(eos)],
        [special(bos), seq('A'), special(eos), special(eos, 1), seq('B', 1), special(eos, 1)],
        { [bos]: id(bos), [eos]: id(eos) }),
      decoder: byteLevel,
      model: {
        type: 'BPE', dropout: null, unk_token: null, continuing_subword_prefix: '', end_of_word_suffix: '',
        fuse_unk: false, byte_fallback: false, ignore_merges: false,
        vocab,
        merges: bpe.merges.map((m) => m.split(' ')),
      },
    },
    tokenizerConfig: {
      tokenizer_class: 'RobertaTokenizer', model_max_length: opts.maxLength, add_prefix_space: false, clean_up_tokenization_spaces: false,
      bos_token: bos, eos_token: eos, cls_token: bos, sep_token: eos, pad_token: pad, unk_token: unk, mask_token: mask,
    },
    vocabSize: tokens.length,
    padId: id(pad),
  };
}

/** BERT's WordPiece tokenizer.json over `vocab` (a vocab.txt's lines, the line number the id). */
export function wordPieceTokenizerJson(vocab: readonly string[], opts: { lowercase: boolean; maxLength: number }): TokenizerJsonFiles {
  const ids: Record<string, number> = {};
  vocab.forEach((t, i) => { if (t !== '' && !Object.hasOwn(ids, t)) ids[t] = i; });
  const specials = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'].filter((t) => Object.hasOwn(ids, t));
  const id = (t: string) => {
    if (!Object.hasOwn(ids, t)) throw new Error(`the vocabulary has no ${t} token`);
    return ids[t]!;
  };
  return {
    tokenizer: {
      version: '1.0',
      truncation: null,
      padding: null,
      added_tokens: specials.map((t) => addedToken(t, id(t))),
      normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: opts.lowercase },
      pre_tokenizer: { type: 'BertPreTokenizer' },
      post_processor: template(
        [special('[CLS]'), seq('A'), special('[SEP]')],
        [special('[CLS]'), seq('A'), special('[SEP]'), seq('B', 1), special('[SEP]', 1)],
        { '[CLS]': id('[CLS]'), '[SEP]': id('[SEP]') }),
      decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
      model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
    },
    tokenizerConfig: {
      tokenizer_class: 'BertTokenizer', model_max_length: opts.maxLength, do_lower_case: opts.lowercase,
      cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]',
    },
    vocabSize: vocab.length,
    padId: id('[PAD]'),
  };
}
