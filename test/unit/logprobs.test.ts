// Token logprobs: the OpenAI shapes (openai/logprobs.ts), the raw bytes of
// a token (token-pieces.ts) and the stop-string hold-back of the logprobs
// generation loop (token-generation.ts).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chatLogprobs, legacyLogprobs, textLength } from '../../openai/logprobs.ts';
import { completeUtf8Length, GPT2_BYTE_OF, vocabBytes } from '../../executors/engines/llamacpp/token-pieces.ts';
import { stopPrefixAtEnd } from '../../executors/engines/stop-strings.ts';
import { DeltaCoalescer, type CoalescerTimers } from '../../executors/delta-coalescer.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const entry = (token: string, logprob: number, top: [string, number][] = []) => ({
  token, logprob, bytes: bytes(token), topLogprobs: top.map(([t, l]) => ({ token: t, logprob: l, bytes: bytes(t) })),
});

describe('OpenAI shapes', () => {
  test('chat: content entries with bytes as int arrays, refusal null', () => {
    assert.deepEqual(chatLogprobs([entry('Hé', -0.5, [['Hé', -0.5], ['A', -1.2]])]), {
      content: [{ token: 'Hé', logprob: -0.5, bytes: [72, 195, 169], top_logprobs: [{ token: 'Hé', logprob: -0.5, bytes: [72, 195, 169] }, { token: 'A', logprob: -1.2, bytes: [65] }] }],
      refusal: null,
    });
    assert.deepEqual(chatLogprobs([]), { content: [], refusal: null });
  });

  test('legacy: columns, alternatives keyed by text (the more likely of two equal texts), offsets in code points from `offset`', () => {
    const out = legacyLogprobs([entry('😀a', -0.1, [['😀a', -0.1], ['\uFFFD', -2], ['\uFFFD', -3]]), entry(' b', -0.2)], 5);
    assert.deepEqual(out, {
      tokens: ['😀a', ' b'], token_logprobs: [-0.1, -0.2], top_logprobs: [{ '😀a': -0.1, '\uFFFD': -2 }, {}], text_offset: [5, 7],
    });
    assert.equal(textLength([entry('😀a', 0), entry(' b', 0)]), 4);
  });
});

describe('raw bytes of a token', () => {
  test("GPT-2's byte alphabet reversed covers all 256 bytes once", () => {
    assert.equal(GPT2_BYTE_OF.size, 256);
    assert.deepEqual(new Set(GPT2_BYTE_OF.values()).size, 256);
    assert.equal(GPT2_BYTE_OF.get('Ġ'.codePointAt(0)!), 0x20); // the space
  });

  test('byte-level BPE and SentencePiece byte tokens; other entries spell no bytes', () => {
    // "é" is C3 A9: in GPT-2's alphabet "Ã" (C3) and "©" (A9).
    assert.deepEqual(Array.from(vocabBytes('gpt2', 'Ã')!), [0xc3]);
    assert.deepEqual(Array.from(vocabBytes('gpt2', 'Ġh')!), [0x20, 0x68]);
    assert.deepEqual(Array.from(vocabBytes('llama', '<0xE2>')!), [0xe2]);
    assert.equal(vocabBytes('llama', '▁hello'), undefined);
    assert.equal(vocabBytes('bert', 'x'), undefined);
    assert.equal(vocabBytes('gpt2', undefined), undefined);
  });

  test('completeUtf8Length holds back only a trailing incomplete character', () => {
    assert.equal(completeUtf8Length(bytes('ab')), 2);
    assert.equal(completeUtf8Length(Uint8Array.of(0x61, 0xe2, 0x82)), 1); // "a" + 2 of € (E2 82 AC)
    assert.equal(completeUtf8Length(Uint8Array.of(0x61, 0xe2, 0x82, 0xac)), 4);
    assert.equal(completeUtf8Length(Uint8Array.of(0xf0, 0x9f, 0x98)), 0); // 3 of 😀
    assert.equal(completeUtf8Length(Uint8Array.of(0x80, 0x80)), 2); // stray continuation bytes: invalid, nothing to wait for
    assert.equal(completeUtf8Length(Uint8Array.of(0xff)), 1);
    assert.equal(completeUtf8Length(Uint8Array.of(0xe2, 0x41)), 2); // a lead byte cut short by ASCII
    assert.equal(completeUtf8Length(new Uint8Array()), 0);
  });
});

describe('stop strings', () => {
  test('the end of the text that may still become a stop string is held back', () => {
    assert.equal(stopPrefixAtEnd('hello wor', ['world']), 3);
    assert.equal(stopPrefixAtEnd('hello', ['world']), 0);
    assert.equal(stopPrefixAtEnd('ab<|im', ['<|im_end|>', 'x']), 4);
    assert.equal(stopPrefixAtEnd('abc', []), 0);
  });
});

describe('DeltaCoalescer carries logprobs with their text', () => {
  test('entries of coalesced deltas travel together, then reset', () => {
    const timers: CoalescerTimers = { now: () => 0, setTimeout: () => 1, setImmediate: () => 1, clear: () => {} };
    const writes: { text: string; tokens: number; n: number }[] = [];
    const c = new DeltaCoalescer(10, (text, tokens, logprobs) => writes.push({ text, tokens, n: logprobs.length }), timers);
    c.push('a', 1, [entry('a', -1)]);
    c.push('b', 1, [entry('b', -1)]);
    c.flush();
    c.push('c', 1);
    assert.deepEqual(c.take(), { text: 'c', tokens: 1 });
    assert.deepEqual(writes, [{ text: 'ab', tokens: 2, n: 2 }]);
  });
});
