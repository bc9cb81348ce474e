// The OpenAI embeddings request (POST /v1/embeddings), validated with zod
// and normalised into the wire's EmbedRequest; and the response object.
// `input` is a string, an array of strings, an array of token ids (one
// input) or an array of token-id arrays, as OpenAI takes it.
import { z } from 'zod';
import { errors, type IEmbedding, type IEmbedRequest, type IUsage } from '../proto/index.ts';
import { parseWith } from './chat-request.ts';

/** OpenAI's limit on inputs per request. */
export const MAX_EMBED_INPUTS = 2048;

const text = z.string().transform((s) => s.toWellFormed());
const nonEmpty = text.pipe(z.string().min(1, 'expected a non-empty string'));
const tokenId = z.number().int().min(0, 'expected a token id (a non-negative integer)').max(2 ** 32 - 1, 'expected a token id below 2^32');
const tokenList = z.array(tokenId).min(1, 'expected at least one token id');
const many = `expected at most ${MAX_EMBED_INPUTS} inputs`;

const input = z.union([
  nonEmpty,
  z.array(nonEmpty).min(1, 'expected at least one input').max(MAX_EMBED_INPUTS, many),
  tokenList,
  z.array(tokenList).min(1, 'expected at least one input').max(MAX_EMBED_INPUTS, many),
], { error: 'expected a string, an array of strings, an array of token ids or an array of token-id arrays' });

export const embeddingsSchema = z.object({
  model: text.pipe(z.string().min(1, 'expected a model name').max(256, 'expected at most 256 characters')),
  input,
  encoding_format: z.enum(['float', 'base64']).nullish(),
  dimensions: z.number().int().min(1, 'expected a positive integer').max(65_536, 'expected at most 65536').nullish(),
  // Bookkeeping: validated, then ignored.
  user: z.string().nullish(),
});

export interface ParsedEmbeddings {
  model: string;
  encoding: 'float' | 'base64';
  embed: IEmbedRequest;
  /** How many inputs (the response has one vector per input). */
  count: number;
}

/** Validates a parsed JSON body; throws an INVALID_REQUEST WeftError naming the field. */
export function parseEmbeddingsRequest(body: unknown): ParsedEmbeddings {
  // Counted first: past the limit, every alternative of the union fails and none would say why.
  const raw = (body as { input?: unknown } | null)?.input;
  if (Array.isArray(raw) && raw.length > MAX_EMBED_INPUTS) throw errors.invalid(`Invalid value for 'input': ${many}.`, 'input');
  const b = parseWith(embeddingsSchema, body);
  const dimensions = b.dimensions ?? 0;
  const encoding = b.encoding_format ?? 'float';
  if (typeof b.input === 'string') return { model: b.model, encoding, count: 1, embed: { inputs: [b.input], dimensions } };
  const first = b.input[0];
  if (typeof first === 'string') return { model: b.model, encoding, count: b.input.length, embed: { inputs: b.input as string[], dimensions } };
  if (typeof first === 'number') return { model: b.model, encoding, count: 1, embed: { tokenInputs: [{ ids: b.input as number[] }], dimensions } };
  const lists = b.input as number[][];
  return { model: b.model, encoding, count: lists.length, embed: { tokenInputs: lists.map((ids) => ({ ids })), dimensions } };
}

/** A vector as OpenAI's base64: the float32 little-endian bytes. */
export function base64Vector(v: readonly number[]): string {
  const f = Float32Array.from(v);
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength).toString('base64');
}

export function embeddingsResponse(model: string, items: readonly IEmbedding[], encoding: 'float' | 'base64', usage: IUsage | null | undefined) {
  const sorted = [...items].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  const prompt = usage?.promptTokens ?? 0;
  return {
    object: 'list' as const,
    data: sorted.map((e) => ({
      object: 'embedding' as const,
      index: e.index ?? 0,
      embedding: encoding === 'base64' ? base64Vector(e.vector ?? []) : Array.from(e.vector ?? [], Number),
    })),
    model,
    usage: { prompt_tokens: prompt, total_tokens: prompt },
  };
}
