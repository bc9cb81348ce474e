// The rerank request (POST /v1/rerank), in the shape Cohere, Jina and
// Xinference share (what LangChain's and LlamaIndex's rerankers send):
// `query`, `documents` as strings or {text} objects, `top_n`,
// `return_documents`; validated with zod and normalised into the wire's
// RerankRequest; and the response, results ordered by relevance.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { IRerankRequest, IRerankScore, IUsage } from '../proto/index.ts';
import { parseWith } from './chat-request.ts';

/** Documents per request (Cohere's recommended ceiling). */
export const MAX_RERANK_DOCUMENTS = 1000;

const text = z.string().transform((s) => s.toWellFormed());
const nonEmpty = text.pipe(z.string().min(1, 'expected a non-empty string'));
const document = z.union([nonEmpty, z.object({ text: nonEmpty }).strict()], { error: 'expected a string or an object with a text field' });

export const rerankSchema = z.object({
  model: text.pipe(z.string().min(1, 'expected a model name').max(256, 'expected at most 256 characters')),
  query: nonEmpty,
  documents: z.array(document).min(1, 'expected at least one document').max(MAX_RERANK_DOCUMENTS, `expected at most ${MAX_RERANK_DOCUMENTS} documents`),
  top_n: z.number().int().min(1, 'expected a positive integer').nullish(),
  return_documents: z.boolean().nullish(),
}).strict();

export interface ParsedRerank {
  model: string;
  rerank: IRerankRequest;
  topN: number;
  returnDocuments: boolean;
}

/** Validates a parsed JSON body; throws an INVALID_REQUEST WeftError naming the field. */
export function parseRerankRequest(body: unknown): ParsedRerank {
  const b = parseWith(rerankSchema, body);
  const documents = b.documents.map((d) => (typeof d === 'string' ? d : d.text));
  return {
    model: b.model,
    rerank: { query: b.query, documents },
    topN: Math.min(b.top_n ?? documents.length, documents.length),
    returnDocuments: b.return_documents ?? false,
  };
}

/** Results by relevance, highest first, cut to top_n; `usage` as Jina reports it. */
export function rerankResponse(p: ParsedRerank, scores: readonly IRerankScore[], usage: IUsage | null | undefined) {
  const documents = p.rerank.documents ?? [];
  const results = [...scores]
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || (a.index ?? 0) - (b.index ?? 0))
    .slice(0, p.topN)
    .map((s) => ({
      index: s.index ?? 0,
      relevance_score: s.score ?? 0,
      ...(p.returnDocuments ? { document: { text: documents[s.index ?? 0] ?? '' } } : {}),
    }));
  const tokens = usage?.promptTokens ?? 0;
  return { id: `rerank-${randomUUID()}`, model: p.model, results, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}
