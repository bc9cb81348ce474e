// BERT's WordPiece tokenizer, as sentence-embedding exports ship it (vocab.txt).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { WordPieceTokenizer } from '../../executors/engines/onnxruntime/wordpiece.ts';

const VOCAB = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]', 'hello', ',', 'world', '!', 'un', '##aff', '##able', 'cafe', '中', '国', 'run', '##ning'];
const id = (t: string) => VOCAB.indexOf(t);
const uncased = new WordPieceTokenizer(VOCAB, { lowercase: true });

describe('WordPiece (BERT)', () => {
  test('wraps the pieces in [CLS] … [SEP]; punctuation splits off; case and accents fold for uncased models', () => {
    assert.deepEqual(uncased.encode('Hello, WORLD!'), [id('[CLS]'), id('hello'), id(','), id('world'), id('!'), id('[SEP]')]);
    assert.deepEqual(uncased.encode('Café'), [id('[CLS]'), id('cafe'), id('[SEP]')]);
  });

  test('greedy longest match, continuations prefixed ##', () => {
    assert.deepEqual(uncased.encode('unaffable running'), [id('[CLS]'), id('un'), id('##aff'), id('##able'), id('run'), id('##ning'), id('[SEP]')]);
  });

  test('a word with no full split is one [UNK]; CJK characters are words of their own; whitespace and controls collapse', () => {
    assert.deepEqual(uncased.encode('unxyz'), [id('[CLS]'), id('[UNK]'), id('[SEP]')]);
    assert.deepEqual(uncased.encode('中国'), [id('[CLS]'), id('中'), id('国'), id('[SEP]')]);
    assert.deepEqual(uncased.encode(' \t hello\u0000\n world '), [id('[CLS]'), id('hello'), id('world'), id('[SEP]')]);
    assert.deepEqual(uncased.encode(''), [id('[CLS]'), id('[SEP]')]);
  });

  test('a cased model keeps case: "Hello" is not "hello"', () => {
    const cased = new WordPieceTokenizer(VOCAB, { lowercase: false });
    assert.deepEqual(cased.encode('Hello'), [id('[CLS]'), id('[UNK]'), id('[SEP]')]);
  });

  test('a pair for a cross-encoder: [CLS] a [SEP] b [SEP] with segment ids; a long second text is cut to fit, a first text that cannot fit is refused', () => {
    assert.deepEqual(uncased.encodePair('hello', 'world !', 16), {
      ids: [id('[CLS]'), id('hello'), id('[SEP]'), id('world'), id('!'), id('[SEP]')],
      typeIds: [0, 0, 0, 1, 1, 1],
    });
    assert.deepEqual(uncased.encodePair('hello', 'world world world', 6)?.ids, [id('[CLS]'), id('hello'), id('[SEP]'), id('world'), id('world'), id('[SEP]')]);
    assert.equal(uncased.encodePair('hello world', 'x', 4), undefined);
  });

  test('a vocabulary without the special tokens is refused by name', () => {
    assert.throws(() => new WordPieceTokenizer(['a', 'b'], { lowercase: true }), /no \[PAD\] token/);
  });
});
