// Hugging Face tokenizer.json for ONNX encoders (tokenizers.js underneath):
// the byte-level BPE file `weft synth --tokenizer bpe` writes, read back as
// the engine reads it (special tokens, the single and pair templates, segment
// ids, padding id, cutting a pair to the model's length), and a WordPiece
// tokenizer.json agreeing with the vocab.txt WordPiece tokenizer it replaces.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HfTokenizer } from '../../executors/engines/onnxruntime/hf-tokenizer.ts';
import { loadEncoderTokenizer } from '../../executors/engines/onnxruntime/encoder-tokenizer.ts';
import { WordPieceTokenizer } from '../../executors/engines/onnxruntime/wordpiece.ts';
import { maxSequence } from '../../executors/engines/onnxruntime/encoder-engine.ts';
import { encoderModelFiles } from '../../catalog/onnx-model.ts';
import { buildWordPieceVocab, bpeTokenizerJson, wordPieceTokenizerJson } from '../../synth/index.ts';
import { buildBpeVocab, DEFAULT_MERGES, encode as referenceBpe } from '../../synth/bpe-tokenizer.ts';

let dir: string;
let bpe: HfTokenizer;
const files = bpeTokenizerJson({ maxLength: 512 });
const vocab = (files.tokenizer.model as { vocab: Record<string, number> }).vocab;
const S = 0, PAD = 1, E = 2;

/** The synthesizer's own BPE encoder (merges by rank over the same learned merges), in tokenizer.json's ids. */
const referenceVocab = buildBpeVocab({ merges: DEFAULT_MERGES });
function reference(text: string): number[] {
  const v = referenceVocab;
  return referenceBpe(v, text).map((id) => vocab[v.tokens[id]!]!);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'weft-hf-tokenizer-'));
  writeFileSync(join(dir, 'tokenizer.json'), JSON.stringify(files.tokenizer));
  writeFileSync(join(dir, 'tokenizer_config.json'), JSON.stringify(files.tokenizerConfig));
  bpe = HfTokenizer.fromFiles(join(dir, 'tokenizer.json'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

describe('tokenizer.json: byte-level BPE with RoBERTa templates (synthesized)', () => {
  test('sizes and special tokens: <s> 0, <pad> 1 (the padding id, from tokenizer_config.json), </s> 2, <mask> last', () => {
    assert.equal(bpe.vocabSize, files.vocabSize);
    assert.equal(bpe.vocabSize, Object.keys(vocab).length);
    assert.equal(bpe.pad, PAD);
    assert.equal(files.padId, PAD);
    assert.equal(vocab['<mask>'], files.vocabSize - 1);
    assert.equal(bpe.pairSpecials, 4);
  });

  test('one text: <s> its BPE pieces </s>, segment 0, the pieces those of the merges learned by the synthesizer', () => {
    for (const text of ['hello world', 'the quick brown fox jumps over the lazy dog', 'sailing on the sea at night']) {
      const s = bpe.encodeSingle(text);
      assert.deepEqual(s.ids, [S, ...reference(text), E], text);
      assert.deepEqual(s.typeIds, new Array(s.ids.length).fill(0));
    }
    assert.deepEqual(bpe.encodeSingle('').ids, [S, E]);
  });

  test('byte-level: any text (accents, CJK, emoji, controls) encodes without <unk> and decodes back', () => {
    const text = 'Café, 中国 🙂\ttabs and\nlines — “quotes”';
    const ids = bpe.encodeSingle(text).ids;
    assert.ok(!ids.includes(vocab['<unk>']!));
    assert.equal(bpe.tokenizer.tokenize(text).length, ids.length - 2);
    assert.equal((bpe.tokenizer as unknown as { decode(ids: number[], o: object): string }).decode(ids, { skip_special_tokens: true }), text);
  });

  test('special tokens written in the text are the special tokens', () => {
    assert.deepEqual(bpe.encodeSingle('a <mask> b').ids.filter((id) => id === vocab['<mask>']), [vocab['<mask>']]);
  });

  test('a pair: <s> A </s></s> B </s>, B segment 1 from its first </s>; the same as tokenizers.js encodes the pair', () => {
    const q = 'sailing on the sea', d = 'a long story about a fox';
    const p = bpe.encodePair(q, d, 512)!;
    const a = reference(q), b = reference(d);
    assert.deepEqual(p.ids, [S, ...a, E, E, ...b, E]);
    assert.deepEqual(p.typeIds, [...new Array(a.length + 2).fill(0), ...new Array(b.length + 2).fill(1)]);
    const lib = bpe.tokenizer.encode(q, { text_pair: d, return_token_type_ids: true });
    assert.deepEqual(p.ids, lib.ids);
    assert.deepEqual(p.typeIds, lib.token_type_ids);
    assert.equal(bpe.pairLength(q), a.length + 4);
  });

  test('truncation: past the limit the second text is cut (its end tokens still close the pair); a first text that cannot fit is refused', () => {
    const q = 'the sea', d = 'the quick brown fox jumps over the lazy dog';
    const a = reference(q), b = reference(d);
    const p = bpe.encodePair(q, d, a.length + 4 + 3)!;
    assert.equal(p.ids.length, a.length + 4 + 3);
    assert.deepEqual(p.ids, [S, ...a, E, E, ...b.slice(0, 3), E]);
    assert.deepEqual(bpe.encodePair(q, d, a.length + 4)!.ids, [S, ...a, E, E, E]);
    assert.equal(bpe.encodePair(q, d, a.length + 3), undefined);
  });

  test('RoBERTa\'s own RobertaProcessing post-processor gives the same ids and segments as the template', () => {
    const roberta = new HfTokenizer({ ...files.tokenizer, post_processor: { type: 'RobertaProcessing', sep: ['</s>', E], cls: ['<s>', S], trim_offsets: true, add_prefix_space: false } },
      { tokenizerConfig: files.tokenizerConfig });
    for (const [q, d] of [['hello', 'world'], ['the sea at night', 'how bees make honey']] as const) {
      assert.deepEqual(roberta.encodePair(q, d, 512), bpe.encodePair(q, d, 512));
      assert.deepEqual(roberta.encodeSingle(q).ids, bpe.encodeSingle(q).ids);
    }
  });

  test('the padding id: tokenizer.json\'s padding first, then tokenizer_config.json, then config.json\'s pad_token_id', () => {
    assert.equal(new HfTokenizer({ ...files.tokenizer, padding: { pad_id: 3, pad_token: '<unk>' } }, { tokenizerConfig: files.tokenizerConfig }).pad, 3);
    assert.equal(new HfTokenizer(files.tokenizer, { tokenizerConfig: { pad_token: { content: '</s>' } } }).pad, E);
    assert.equal(new HfTokenizer(files.tokenizer, { specialTokensMap: { pad_token: '<s>' } }).pad, S);
    assert.equal(new HfTokenizer(files.tokenizer, { config: { pad_token_id: 2 } }).pad, 2);
    assert.equal(new HfTokenizer(files.tokenizer, {}).pad, PAD, '<pad> by name');
  });
});

describe('tokenizer.json: WordPiece agrees with the vocab.txt tokenizer', () => {
  const words = buildWordPieceVocab();
  const json = wordPieceTokenizerJson(words, { lowercase: true, maxLength: 512 });
  const hf = new HfTokenizer(json.tokenizer, { tokenizerConfig: json.tokenizerConfig });
  const wp = new WordPieceTokenizer(words, { lowercase: true });
  const texts = [
    'hello world', 'Hello, WORLD!', 'The quick brown fox jumps over the lazy dog.', 'Café crème brûlée', 'running jumped quickly',
    'unbelievable xylophones', "it's 42 o'clock; $5 (approx.) — ok?", '中国 and 日本', ' \t spaces\u0000 and\ncontrols ', '', 'a'.repeat(120),
    'sailing on the sea at night', 'how bees make honey', 'ümlaut ÀÉÎ',
  ];

  test('same sizes and special ids', () => {
    assert.equal(hf.vocabSize, wp.vocabSize);
    assert.equal(hf.pad, wp.pad);
  });

  test('one text: the same ids', () => {
    for (const t of texts) assert.deepEqual(hf.encodeSingle(t).ids, wp.encode(t), JSON.stringify(t));
  });

  test('pairs: the same ids and segments, cut the same way', () => {
    for (const q of texts.slice(0, 6)) {
      for (const d of texts) {
        for (const max of [512, 12, 8]) {
          const h = hf.encodePair(q, d, max), w = wp.encodePair(q, d, max);
          assert.deepEqual(h && { ids: h.ids, typeIds: h.typeIds }, w, `${JSON.stringify(q)} / ${JSON.stringify(d)} / ${max}`);
        }
      }
      assert.equal(hf.pairLength(q), wp.pairLength(q));
    }
  });
});

describe('tokenizer.json: SentencePiece Unigram in XLM-RoBERTa\'s layout (multilingual-e5, bge-m3)', () => {
  // A hand-made miniature of XLM-RoBERTa's file: Metaspace (▁ for spaces), Unigram scores, <s> A </s></s> B </s> all segment 0.
  const pieces: Array<[string, number]> = [['<s>', 0], ['<pad>', 0], ['</s>', 0], ['<unk>', 0], ['▁', -3], ['▁hello', -2], ['▁world', -2],
    ['▁wor', -4], ['ld', -4], ['h', -5], ['e', -5], ['l', -5], ['o', -5], ['w', -5], ['r', -5], ['d', -5], ['▁the', -2], ['▁sea', -2]];
  const id = (t: string) => pieces.findIndex(([p]) => p === t);
  const xlmr = new HfTokenizer({
    version: '1.0', truncation: null, padding: null,
    added_tokens: ['<s>', '<pad>', '</s>', '<unk>'].map((t) => ({ id: id(t), content: t, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true })),
    normalizer: { type: 'Sequence', normalizers: [{ type: 'Replace', pattern: { Regex: ' {2,}' }, content: ' ' }] },
    pre_tokenizer: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      pair: [{ SpecialToken: { id: '<s>', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } },
        { SpecialToken: { id: '</s>', type_id: 0 } }, { Sequence: { id: 'B', type_id: 0 } }, { SpecialToken: { id: '</s>', type_id: 0 } }],
      special_tokens: {},
    },
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: { type: 'Unigram', unk_id: id('<unk>'), vocab: pieces, byte_fallback: false },
  }, { tokenizerConfig: { model_max_length: 512, pad_token: '<pad>', eos_token: '</s>', bos_token: '<s>', unk_token: '<unk>' } });

  test('pieces by the best Unigram split, ▁ for spaces, the pad id 1, and the pair template with its segment ids (all 0)', () => {
    assert.equal(xlmr.pad, 1);
    assert.deepEqual(xlmr.encodeSingle('hello world').ids, [id('<s>'), id('▁hello'), id('▁world'), id('</s>')]);
    // The doubled space is normalized away; "worl" is best split ▁wor + l.
    assert.deepEqual(xlmr.encodeSingle('hello  worl').ids, [id('<s>'), id('▁hello'), id('▁wor'), id('l'), id('</s>')]);
    const p = xlmr.encodePair('the sea', 'hello world', 512)!;
    assert.deepEqual(p.ids, [id('<s>'), id('▁the'), id('▁sea'), id('</s>'), id('</s>'), id('▁hello'), id('▁world'), id('</s>')]);
    assert.deepEqual(p.typeIds, new Array(8).fill(0));
    assert.deepEqual(xlmr.encodePair('the sea', 'hello world', 7)!.ids, [id('<s>'), id('▁the'), id('▁sea'), id('</s>'), id('</s>'), id('▁hello'), id('</s>')]);
  });
});

describe('which tokenizer a model directory gets', () => {
  test('tokenizer.json when there is one (even beside vocab.txt), vocab.txt otherwise; onnx/model.onnx finds them above it', () => {
    const both = join(dir, 'both');
    mkdirSync(join(both, 'onnx'), { recursive: true });
    writeFileSync(join(both, 'onnx', 'model.onnx'), '');
    writeFileSync(join(both, 'vocab.txt'), buildWordPieceVocab().join('\n'));
    assert.equal(encoderModelFiles(both)?.tokenizerJson, undefined);
    assert.ok(loadEncoderTokenizer(encoderModelFiles(both)!, {}, {}) instanceof WordPieceTokenizer);
    writeFileSync(join(both, 'tokenizer.json'), JSON.stringify(files.tokenizer));
    const f = encoderModelFiles(join(both, 'onnx', 'model.onnx'))!;
    assert.equal(f.tokenizerJson, join(both, 'tokenizer.json'));
    assert.equal(f.dir, both);
    assert.ok(loadEncoderTokenizer(f, {}, {}) instanceof HfTokenizer);
    const none = join(dir, 'none');
    mkdirSync(none);
    writeFileSync(join(none, 'model.onnx'), '');
    assert.equal(encoderModelFiles(none), undefined);
  });

  test('the longest sequence: positions (less RoBERTa\'s pad offset), model_max_length when smaller, the catalog\'s context when smaller', () => {
    assert.equal(maxSequence({ max_position_embeddings: 512 }, {}, 0), 512);
    assert.equal(maxSequence({ model_type: 'xlm-roberta', max_position_embeddings: 514, pad_token_id: 1 }, {}, 0), 512);
    assert.equal(maxSequence({ model_type: 'xlm-roberta', max_position_embeddings: 8194, pad_token_id: 1 }, { model_max_length: 8192 }, 0), 8192);
    assert.equal(maxSequence({ max_position_embeddings: 512 }, { model_max_length: 1e30 }, 0), 512);
    assert.equal(maxSequence({ max_position_embeddings: 512 }, { model_max_length: 256 }, 0), 256);
    assert.equal(maxSequence({ max_position_embeddings: 512 }, {}, 128), 128);
    assert.equal(maxSequence({ max_position_embeddings: 512 }, {}, 4096), 512);
  });
});
