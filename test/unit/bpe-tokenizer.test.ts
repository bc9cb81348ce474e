// BPE vocabulary builder: determinism, full byte coverage, special/padding tokens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildBpeVocab, learnMerges, byteToUnicodeTable, toByteLevel, fromByteLevel, pretokenize,
  bpeEncode, bpeDecode, tokenizerMetadata, TokenType, SPECIAL_TOKENS, CHATML_TEMPLATE,
} from '../../synth/index.ts';

test('merges are deterministic and ranked by frequency', () => {
  const a = buildBpeVocab({ merges: 500 });
  const b = buildBpeVocab({ merges: 500 });
  assert.deepEqual(a.merges, b.merges);
  assert.deepEqual(a.tokens, b.tokens);
  assert.equal(a.merges.length, 500);
  // The first merges on English text are the obvious ones (space+letter, "he", ...).
  assert.ok(a.merges.slice(0, 10).includes('h e'), a.merges.slice(0, 10).join(' | '));
  // A shorter run is a prefix of a longer one: rank order never depends on the target.
  assert.deepEqual(buildBpeVocab({ merges: 100 }).merges, a.merges.slice(0, 100));
  // Pieces "ab", " cd", " ab", " cd": 'a b', 'c d' and 'Ġ c' all count 2 and break ties
  // on string order; then 'Ġ cd' (2) outranks 'Ġ ab' (1).
  assert.deepEqual(learnMerges('ab cd ab cd', 10), [['a', 'b'], ['c', 'd'], ['Ġ', 'cd'], ['Ġ', 'ab']]);
  // Every merge result is a token, and every merge side is a token.
  const ids = new Set(a.tokens);
  for (const m of a.merges) {
    const [l, r] = m.split(' ');
    assert.ok(ids.has(l!) && ids.has(r!) && ids.has(l! + r!), m);
  }
});

test('every byte is representable and round-trips', () => {
  const table = byteToUnicodeTable();
  assert.equal(new Set(table).size, 256);
  assert.equal(table[0x20], 'Ġ'); // GPT-2's well-known space mapping
  assert.equal(table[0x0a], 'Ċ');
  assert.equal(table[0x41], 'A');
  const vocab = buildBpeVocab({ merges: 200 });
  for (let b = 0; b < 256; b++) {
    assert.equal(vocab.tokens[b], table[b]);
    assert.equal(vocab.tokenTypes[b], TokenType.NORMAL);
  }
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i)).toString('latin1');
  assert.equal(fromByteLevel(toByteLevel(all)), all);
  for (const text of ['Hello, world! 123 ünïcödé', '日本語 🙂\r\n\ttabs   and  spaces', "they'll DON'T 42"]) {
    const ids = bpeEncode(vocab, text);
    assert.equal(bpeDecode(vocab, ids), text);
  }
  // Qwen2 pre-tokenization: digits split one by one, contractions kept apart.
  assert.deepEqual(pretokenize("it's 123"), ['it', "'s", ' ', '1', '2', '3']);
});

test('special tokens exist once, as CONTROL, with Qwen2 chat ids', () => {
  const v = buildBpeVocab({ merges: 300 });
  for (const [key, text] of Object.entries(SPECIAL_TOKENS)) {
    const id = v.special[key as keyof typeof v.special];
    assert.equal(v.tokens[id], text);
    assert.equal(v.tokenTypes[id], TokenType.CONTROL);
    assert.equal(v.tokens.filter((t) => t === text).length, 1);
  }
  assert.equal(v.eosId, v.special.imEnd);
  assert.equal(v.bosId, v.special.endOfText);
  assert.equal(v.padId, v.special.endOfText);
  assert.equal(v.tokenTypes.filter((t) => t === TokenType.CONTROL).length, 3);
  assert.equal(new Set(v.tokens).size, v.tokens.length, 'no duplicate token strings');

  const meta = new Map(tokenizerMetadata(v));
  assert.deepEqual(meta.get('tokenizer.ggml.model'), { type: 'string', value: 'gpt2' });
  assert.deepEqual(meta.get('tokenizer.ggml.pre'), { type: 'string', value: 'qwen2' });
  assert.deepEqual(meta.get('tokenizer.ggml.add_bos_token'), { type: 'bool', value: false });
  assert.deepEqual(meta.get('tokenizer.ggml.eos_token_id'), { type: 'uint32', value: v.special.imEnd });
  assert.equal(meta.get('tokenizer.chat_template')?.value, CHATML_TEMPLATE);
  assert.match(CHATML_TEMPLATE, /<\|im_start\|>' \+ message\['role'\] \+ '\\n'/);
  assert.match(CHATML_TEMPLATE, /add_generation_prompt/);
});

test('padding reaches the requested vocab size with UNUSED tokens', () => {
  const v = buildBpeVocab({ vocabSize: 151936 });
  assert.equal(v.tokens.length, 151936);
  assert.equal(v.tokenTypes.length, 151936);
  const firstPad = v.tokenTypes.indexOf(TokenType.UNUSED);
  assert.equal(firstPad, v.special.imEnd + 1, 'padding starts right after the specials');
  assert.ok(v.tokenTypes.slice(firstPad).every((t) => t === TokenType.UNUSED));
  assert.equal(v.tokens[firstPad], `[PAD${firstPad}]`);
  assert.equal(v.tokens.at(-1), '[PAD151935]');

  // A vocab smaller than bytes + merges + specials truncates merges instead of overflowing.
  const small = buildBpeVocab({ merges: 1000, vocabSize: 300 });
  assert.equal(small.tokens.length, 300);
  assert.equal(small.tokens.at(-1), SPECIAL_TOKENS.imEnd);
  assert.throws(() => buildBpeVocab({ vocabSize: 258 }), /vocabSize/);
});
