// parseEmbeddingsRequest and parseCompletionRequest: OpenAI bodies of
// /v1/embeddings and /v1/completions, validated and normalised into the
// wire's EmbedRequest and raw-prompt ChatRequest; rejections name the field.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, WeftError } from '../../proto/index.ts';
import { base64Vector, embeddingsResponse, parseEmbeddingsRequest } from '../../openai/embeddings-request.ts';
import { parseCompletionRequest } from '../../openai/completions-request.ts';

function rejects(parse: (b: unknown) => unknown, body: unknown, param: string | undefined, message?: RegExp): void {
  let caught: unknown;
  try {
    parse(body);
  } catch (err) {
    caught = err;
  }
  assert.ok(WeftError.is(caught), `expected ${JSON.stringify(body)} to be rejected, got ${String(caught)}`);
  assert.equal(caught.code, ErrorCode.ERROR_CODE_INVALID_REQUEST);
  assert.equal(caught.param ?? undefined, param, `${JSON.stringify(body)}: ${caught.message}`);
  if (message) assert.match(caught.message, message);
}

describe('parseEmbeddingsRequest', () => {
  test('a string, strings, token ids and token-id lists', () => {
    assert.deepEqual(parseEmbeddingsRequest({ model: 'e', input: 'hi' }), { model: 'e', encoding: 'float', count: 1, embed: { inputs: ['hi'], dimensions: 0 } });
    assert.deepEqual(parseEmbeddingsRequest({ model: 'e', input: ['a', 'b'], encoding_format: 'base64', dimensions: 8 }).embed, { inputs: ['a', 'b'], dimensions: 8 });
    assert.deepEqual(parseEmbeddingsRequest({ model: 'e', input: [1, 2] }).embed, { tokenInputs: [{ ids: [1, 2] }], dimensions: 0 });
    const lists = parseEmbeddingsRequest({ model: 'e', input: [[1], [2, 3]] });
    assert.equal(lists.count, 2);
    assert.deepEqual(lists.embed.tokenInputs, [{ ids: [1] }, { ids: [2, 3] }]);
    assert.equal(parseEmbeddingsRequest({ model: 'e', input: 'x', user: 'u', encoding_format: null }).encoding, 'float');
  });

  test('malformed bodies name the field', () => {
    const p = parseEmbeddingsRequest;
    rejects(p, null, undefined, /JSON object/);
    rejects(p, { input: 'a' }, 'model', /Missing required parameter/);
    rejects(p, { model: 'e' }, 'input', /Missing required parameter/);
    rejects(p, { model: 'e', input: '' }, 'input', /non-empty/);
    rejects(p, { model: 'e', input: ['a', ''] }, 'input[1]', /non-empty/);
    rejects(p, { model: 'e', input: [] }, 'input');
    rejects(p, { model: 'e', input: [1.5] }, 'input[0]');
    rejects(p, { model: 'e', input: [[1], []] }, 'input[1]');
    rejects(p, { model: 'e', input: Array(2049).fill('a') }, 'input', /at most 2048/);
    rejects(p, { model: 'e', input: { a: 1 } }, 'input', /expected a string, an array of strings/);
    rejects(p, { model: 'e', input: 'a', encoding_format: 'int8' }, 'encoding_format');
    rejects(p, { model: 'e', input: 'a', dimensions: 0 }, 'dimensions');
    rejects(p, { model: 'e', input: 'a', dimensions: 1.5 }, 'dimensions');
  });

  test('base64 is the float32 little-endian bytes; the response is sorted by index', () => {
    const v = [0.5, -1, 0.25];
    assert.deepEqual(Array.from(new Float32Array(Uint8Array.from(Buffer.from(base64Vector(v), 'base64')).buffer)), v);
    const r = embeddingsResponse('e', [{ index: 1, vector: [1] }, { index: 0, vector: [2] }], 'float', { promptTokens: 5 });
    assert.deepEqual(r.data.map((d) => d.embedding), [[2], [1]]);
    assert.deepEqual(r.usage, { prompt_tokens: 5, total_tokens: 5 });
  });
});

describe('parseCompletionRequest', () => {
  test('a prompt becomes a raw-prompt chat request; 16 tokens by default, as OpenAI', () => {
    const r = parseCompletionRequest({ model: 'm', prompt: 'Once upon', stop: '.', temperature: 0 });
    assert.equal(r.requests.length, 1);
    assert.deepEqual(r.requests[0]!.chat, { messages: [], prompt: 'Once upon', sampling: { maxTokens: 16, stop: ['.'], temperature: 0 } });
    const many = parseCompletionRequest({ model: 'm', prompt: ['a', 'b'], max_tokens: 4, echo: true });
    assert.deepEqual(many.requests.map((x) => x.prompt), ['a', 'b']);
    assert.equal(many.echo, true);
    assert.equal(many.requests[1]!.chat.sampling!.maxTokens, 4);
  });

  test('fields it does not implement are rejected by name', () => {
    const p = parseCompletionRequest;
    rejects(p, { model: 'm' }, 'prompt', /Missing/);
    rejects(p, { model: 'm', prompt: [1, 2] }, 'prompt', /token-id prompts are not supported/);
    rejects(p, { model: 'm', prompt: 'a', suffix: 'end' }, 'suffix', /suffix/);
    rejects(p, { model: 'm', prompt: 'a', logprobs: 6 }, 'logprobs', /from 0 to 5/);
    rejects(p, { model: 'm', prompt: 'a', logprobs: 1.5 }, 'logprobs');
    rejects(p, { model: 'm', prompt: 'a', best_of: 2 }, 'best_of');
    rejects(p, { model: 'm', prompt: 'a', n: 2 }, 'n');
    rejects(p, { model: 'm', prompt: ['a', 'b'], stream: true }, 'prompt', /one prompt/);
    rejects(p, { model: 'm', prompt: 'a', stream_options: { include_usage: true } }, 'stream_options');
    assert.doesNotThrow(() => p({ model: 'm', prompt: 'a', suffix: null, logprobs: null, user: 'u' }));
  });

  test('logprobs 0-5: on the wire as logprobs with that many alternatives, for every prompt', () => {
    const r = parseCompletionRequest({ model: 'm', prompt: ['a', 'b'], logprobs: 2 });
    assert.equal(r.logprobs, true);
    for (const q of r.requests) assert.deepEqual([q.chat.logprobs, q.chat.topLogprobs], [true, 2]);
    const zero = parseCompletionRequest({ model: 'm', prompt: 'a', logprobs: 0 });
    assert.deepEqual([zero.logprobs, zero.requests[0]!.chat.logprobs, zero.requests[0]!.chat.topLogprobs], [true, true, 0]);
    const off = parseCompletionRequest({ model: 'm', prompt: 'a' });
    assert.deepEqual([off.logprobs, off.requests[0]!.chat.logprobs], [false, undefined]);
  });

  test('echo with logprobs: UNSUPPORTED naming echo (the prompt tokens\' logprobs are not computed)', () => {
    let caught: unknown;
    try {
      parseCompletionRequest({ model: 'm', prompt: 'a', logprobs: 1, echo: true });
    } catch (err) {
      caught = err;
    }
    assert.ok(WeftError.is(caught));
    assert.equal(caught.code, ErrorCode.ERROR_CODE_UNSUPPORTED);
    assert.equal(caught.param, 'echo');
    assert.doesNotThrow(() => parseCompletionRequest({ model: 'm', prompt: 'a', logprobs: 1, echo: false }));
  });
});
