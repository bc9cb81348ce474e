// The rerank request as Cohere, Jina and Xinference clients send it, and the response they read.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRerankRequest, rerankResponse, MAX_RERANK_DOCUMENTS } from '../../openai/rerank-request.ts';

describe('parseRerankRequest', () => {
  test('documents as strings or {text}; top_n bounded by the documents; return_documents off by default', () => {
    const p = parseRerankRequest({ model: 'm', query: 'q', documents: ['a', { text: 'b' }], top_n: 5 });
    assert.deepEqual(p, { model: 'm', rerank: { query: 'q', documents: ['a', 'b'] }, topN: 2, returnDocuments: false });
  });

  test('malformed bodies name the field', () => {
    const param = (body: unknown) => {
      try {
        parseRerankRequest(body);
      } catch (err) {
        return (err as { param?: string }).param;
      }
      return 'accepted';
    };
    assert.equal(param({ model: 'm', documents: ['a'] }), 'query');
    assert.equal(param({ model: 'm', query: '', documents: ['a'] }), 'query');
    assert.equal(param({ model: 'm', query: 'q', documents: [] }), 'documents');
    assert.equal(param({ model: 'm', query: 'q', documents: [3] }), 'documents[0]');
    assert.equal(param({ model: 'm', query: 'q', documents: Array(MAX_RERANK_DOCUMENTS + 1).fill('d') }), 'documents');
    assert.equal(param({ model: 'm', query: 'q', documents: ['a'], top_n: 0 }), 'top_n');
    assert.throws(() => parseRerankRequest({ model: 'm', query: 'q', documents: ['a'], rank_fields: ['x'] }), /rank_fields/);
  });
});

describe('rerankResponse', () => {
  test('highest score first (ties by index), cut to top_n, with the documents when asked', () => {
    const p = parseRerankRequest({ model: 'm', query: 'q', documents: ['a', 'b', 'c'], top_n: 2, return_documents: true });
    const r = rerankResponse(p, [{ index: 0, score: 0.2 }, { index: 1, score: 0.9 }, { index: 2, score: 0.9 }], { promptTokens: 12 });
    assert.deepEqual(r.results, [
      { index: 1, relevance_score: 0.9, document: { text: 'b' } },
      { index: 2, relevance_score: 0.9, document: { text: 'c' } },
    ]);
    assert.deepEqual(r.usage, { prompt_tokens: 12, total_tokens: 12 });
    assert.match(r.id, /^rerank-/);
  });
});
