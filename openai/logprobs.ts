// Token log probabilities as OpenAI sends them: chat's `logprobs.content`
// entries, and the legacy completions' column form. The engine's entries
// (TokenLogprob on the wire) travel with the text they make up, so each
// chunk's entries are exactly its tokens.
import type { ITokenLogprob, ITopLogprob } from '../proto/index.ts';

export interface OpenAITopLogprob { token: string; logprob: number; bytes: number[] }
export interface OpenAITokenLogprob extends OpenAITopLogprob { top_logprobs: OpenAITopLogprob[] }
/** choices[].logprobs of chat (a whole answer or one chunk's tokens). */
export interface OpenAIChatLogprobs { content: OpenAITokenLogprob[]; refusal: null }

/** choices[].logprobs of the legacy completions: one column entry per token. */
export interface LegacyLogprobs {
  tokens: string[];
  token_logprobs: number[];
  /** Per position, the most likely tokens and their logprobs (as many as the request's `logprobs`). */
  top_logprobs: Record<string, number>[];
  /** Where each token starts in the generated text, in characters (code points). */
  text_offset: number[];
}

const top = (t: ITopLogprob): OpenAITopLogprob => ({ token: t.token ?? '', logprob: t.logprob ?? 0, bytes: Array.from(t.bytes ?? []) });

export function chatLogprobs(entries: readonly ITokenLogprob[]): OpenAIChatLogprobs {
  return { content: entries.map((e) => ({ ...top(e), top_logprobs: (e.topLogprobs ?? []).map(top) })), refusal: null };
}

/** Characters (code points, as OpenAI counts them) of the tokens' text. */
export function textLength(entries: readonly ITokenLogprob[]): number {
  let n = 0;
  for (const e of entries) n += [...(e.token ?? '')].length;
  return n;
}

/** The legacy form of `entries`; `offset` is where the first of them starts in the generated text. */
export function legacyLogprobs(entries: readonly ITokenLogprob[], offset = 0): LegacyLogprobs {
  const out: LegacyLogprobs = { tokens: [], token_logprobs: [], top_logprobs: [], text_offset: [] };
  let at = offset;
  for (const e of entries) {
    const token = e.token ?? '';
    out.tokens.push(token);
    out.token_logprobs.push(e.logprob ?? 0);
    out.text_offset.push(at);
    at += [...token].length;
    // A dictionary keyed by text: two tokens with the same text (partial
    // characters both shown as U+FFFD) keep the more likely one, listed first.
    const alternatives: Record<string, number> = {};
    for (const t of e.topLogprobs ?? []) if (!Object.hasOwn(alternatives, t.token ?? '')) alternatives[t.token ?? ''] = t.logprob ?? 0;
    out.top_logprobs.push(alternatives);
  }
  return out;
}
