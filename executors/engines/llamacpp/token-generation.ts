// Generation token by token on a context sequence, for the chat turns that
// need nothing LlamaChat adds (no functions, no thought or comment segments,
// no prefix triggers: see plainTurn) and for every request asking for token
// log probabilities, which LlamaChat and LlamaCompletion do not expose (a
// context sequence does: evaluateWithMetadata). It does what LlamaChat does
// for such a turn: the same prompt tokens, prefix reuse on the sequence's KV
// cache (keep the shared prefix, erase the rest, evaluate only the new
// tokens), the request's sampling settings, and the same stops
// (end-of-generation tokens, the chat wrapper's and grammar's stop triggers,
// the request's stop strings, max tokens, abort). It does less per token,
// and every decode step waits for the JS that handles each sequence's
// token: the engine in-process on the `small` shape (1 thread, 6 interleaved
// rounds) made 1.06 / 1.09 / 1.15 times the tokens/s at 1 / 4 / 16 streams.
//
// Which distribution the logprobs come from: llama.cpp reports the
// probabilities left after the sampler chain. With temperature 0 (greedy)
// the chain truncates nothing, so they are the model's own distribution
// (after presence/frequency penalties, and restricted to what a
// response_format grammar allows). With a temperature, the normal path's
// default top-k 40 / top-p 0.95 would renormalise them over a few dozen
// tokens; with logprobs this loop samples as OpenAI does instead (no top-k,
// top_p 1 unless the request sets it), so at temperature 1 they are the
// model's distribution too, and at another temperature that distribution
// sharpened or flattened by it (softmax of logits / temperature). Without
// logprobs it samples with node-llama-cpp's defaults, as LlamaChat does, so
// a seeded request gets the same answer on either path.
import { LlamaGrammarEvaluationState, LlamaText, SpecialTokensText, type ChatWrapper, type ChatWrapperGeneratedContextState, type LlamaContextSequence, type LlamaGrammar, type LlamaModel, type Token } from 'node-llama-cpp';
import { FinishReason, type ITokenLogprob } from '../../../proto/index.ts';
import { completeUtf8Length, TokenPieces } from './token-pieces.ts';
import { stopPrefixAtEnd } from '../stop-strings.ts';

/** A stop trigger as node-llama-cpp's chat wrappers and grammars give them. */
export type StopTrigger = LlamaText | string | readonly (string | Token)[];

export interface TokenGeneration {
  model: LlamaModel;
  sequence: LlamaContextSequence;
  /** The prompt's tokens, exactly as they are evaluated (a raw prompt with its BOS token: see rawPromptTokens). */
  prompt: readonly Token[];
  maxTokens: number;
  /** Alternatives per position (0-20) when the request asks for logprobs; undefined: no logprobs. */
  topLogprobs?: number;
  temperature: number;
  topP?: number;
  seed: number;
  presencePenalty: number;
  frequencyPenalty: number;
  grammar?: LlamaGrammar;
  /** The request's stop strings. */
  stop: readonly string[];
  /** The chat wrapper's stop triggers (end of turn); the grammar's are added here. */
  triggers: readonly StopTrigger[];
  signal: AbortSignal;
  /** Text ready to send and how many tokens it is made of, with their logprob entries when asked for. */
  onDelta(text: string, tokens: number, logprobs: ITokenLogprob[] | undefined): void;
}

export interface TokenOutcome {
  reason: FinishReason;
  completionTokens: number;
}

/** Tokens of the preceding text a token is detokenized after (SentencePiece's leading space). */
const DETOKENIZE_CONTEXT = 4;
/** Generated tokens the presence and frequency penalties look back on (LlamaChat's default). */
const PENALTY_WINDOW = 64;

/**
 * Whether a chat turn needs nothing LlamaChat adds over this loop: the chat
 * wrapper has no thought or comment segments (LlamaChat keeps a reasoning
 * model's thoughts out of the answer), and the rendered turn asks for
 * nothing besides its text and stop triggers (prefix triggers, an action
 * when none matches, text to ignore at the start, function calls engaged
 * from the start). Turns with functions never come here.
 */
export function plainTurn(wrapper: ChatWrapper, state: ChatWrapperGeneratedContextState): boolean {
  const segments = wrapper.settings.segments;
  if (segments?.thought != null || segments?.comment != null) return false;
  return Object.entries(state).every(([key, value]) => key === 'contextText' || key === 'stopGenerationTriggers'
    || value == null || value === false || (Array.isArray(value) && value.length === 0));
}

/** A raw prompt as LlamaCompletion evaluates it: the model's BOS token first where its tokenizer adds one. */
export function rawPromptTokens(model: LlamaModel, text: string): Token[] {
  const bos = model.tokens.shouldPrependBosToken ? model.tokens.bos : null;
  return [...(bos != null ? [bos] : []), ...model.tokenize(text, false, 'trimLeadingSpace')];
}

/** Stop triggers split into single special tokens and text to look for in the output. */
export function resolveTriggers(model: LlamaModel, triggers: readonly StopTrigger[]): { tokens: Set<Token>; texts: string[] } {
  const tokens = new Set<Token>();
  const texts: string[] = [];
  for (const trigger of triggers) {
    if (typeof trigger === 'string') {
      if (trigger) texts.push(trigger);
      continue;
    }
    const values = trigger instanceof LlamaText ? trigger.values : trigger;
    // A special token generated as itself (not as its text).
    const asTokens = trigger instanceof LlamaText ? trigger.tokenize(model.tokenizer) : values.filter((v): v is Token => typeof v === 'number');
    if (asTokens.length === 1 && model.isSpecialToken(asTokens[0])) {
      tokens.add(asTokens[0]!);
      // Its text may still come as ordinary tokens ("<|im_end|>" spelled out).
      if (values.every((v) => typeof v === 'string' || v instanceof SpecialTokensText)) texts.push(values.map(String).join(''));
      continue;
    }
    if (values.every((v) => typeof v === 'string' || v instanceof SpecialTokensText)) {
      const text = values.map(String).join('');
      if (text) texts.push(text);
    }
  }
  return { tokens, texts };
}

interface Held { entry: ITokenLogprob | undefined; bytes: Uint8Array }

const decoder = new TextDecoder();

function concat(held: readonly Held[], count: number): Uint8Array {
  let size = 0;
  for (let i = 0; i < count; i++) size += held[i]!.bytes.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < count; i++) {
    out.set(held[i]!.bytes, at);
    at += held[i]!.bytes.length;
  }
  return out;
}

/** The text of the first `count` held tokens, up to the last whole character; and whether that is all of their bytes. */
function textOf(held: readonly Held[], count: number): { text: string; whole: boolean } {
  const bytes = concat(held, count);
  const end = completeUtf8Length(bytes);
  return { text: decoder.decode(bytes.subarray(0, end)), whole: end === bytes.length };
}

/**
 * Generates on `g.sequence` token by token, reporting (when asked) each
 * token's logprob and the most likely alternatives. Text is sent once it is
 * whole (a character split over tokens waits for its last byte) and can no
 * longer turn into a stop string; each delta carries exactly its tokens'
 * entries.
 */
export async function generateTokens(g: TokenGeneration): Promise<TokenOutcome> {
  const { model, sequence } = g;
  const pieces = new TokenPieces(model);
  const triggers = resolveTriggers(model, [...g.triggers, ...(g.grammar?.stopGenerationTriggers ?? [])]);
  const stops = [...g.stop.filter((s) => s !== ''), ...triggers.texts];

  // Prefix reuse, as LlamaChat does it: keep what the cache shares with the
  // prompt, but evaluate at least the prompt's last token (its logits give
  // the first generated token).
  const keep = Math.min(sequence.compareContextTokens([...g.prompt]).firstDifferentIndex, g.prompt.length - 1);
  if (keep < sequence.nextTokenIndex) await sequence.eraseContextTokenRanges([{ start: keep, end: sequence.nextTokenIndex }]);

  const generated: Token[] = [];
  const penalize = g.presencePenalty > 0 || g.frequencyPenalty > 0;
  const logprobs = g.topLogprobs !== undefined;
  const evaluation = sequence.evaluateWithMetadata(g.prompt.slice(keep), { probabilities: logprobs }, {
    temperature: g.temperature,
    ...(logprobs
      ? { topK: 0, topP: g.topP ?? 1, minP: 0 } // the whole vocabulary (llama.cpp's top-k of 0), see the top of this file
      : g.topP != null ? { topP: g.topP } : {}),
    seed: g.seed,
    ...(penalize ? {
      repeatPenalty: {
        punishTokens: () => generated.slice(-PENALTY_WINDOW), penalty: 1,
        presencePenalty: g.presencePenalty, frequencyPenalty: g.frequencyPenalty,
      },
    } : {}),
    ...(g.grammar ? { grammarEvaluationState: new LlamaGrammarEvaluationState({ model, grammar: g.grammar }) } : {}),
  });

  let held: Held[] = [];
  let completionTokens = 0;
  const send = (count: number, text: string) => {
    if (count === 0 && text === '') return;
    const out = held.slice(0, count);
    held = held.slice(count);
    completionTokens += out.length;
    g.onDelta(text, out.length, logprobs ? out.map((h) => h.entry!) : undefined);
  };

  // The generator ends by itself at an end-of-generation token.
  let reason: FinishReason = FinishReason.FINISH_REASON_STOP;
  try {
    for await (const out of evaluation) {
      if (g.signal.aborted) {
        reason = FinishReason.FINISH_REASON_CANCELLED;
        break;
      }
      const token = out.token;
      if (triggers.tokens.has(token)) break;
      const before = generated.length >= DETOKENIZE_CONTEXT ? generated.slice(-DETOKENIZE_CONTEXT) : [...g.prompt.slice(-DETOKENIZE_CONTEXT + generated.length), ...generated];
      generated.push(token);
      const chosen = pieces.piece(token, before);
      let entry: ITokenLogprob | undefined;
      if (logprobs) {
        const probabilities = (out as unknown as { probabilities: Map<Token, number> }).probabilities;
        const top: ITokenLogprob['topLogprobs'] = [];
        // Most likely first (node-llama-cpp sorts the map); tokens a grammar rules out have probability 0.
        for (const [t, p] of probabilities) {
          if (top.length >= g.topLogprobs! || p <= 0) break;
          const alt = t === token ? chosen : pieces.piece(t, before);
          top.push({ token: alt.text, logprob: Math.log(p), bytes: alt.bytes });
        }
        entry = { token: chosen.text, logprob: Math.log(probabilities.get(token) ?? 0), bytes: chosen.bytes, topLogprobs: top };
      }
      held.push({ entry, bytes: chosen.bytes });

      const { text } = textOf(held, held.length);
      const stopAt = stops.reduce((at, s) => {
        const k = text.indexOf(s);
        return k >= 0 && (at < 0 || k < at) ? k : at;
      }, -1);
      if (stopAt >= 0) {
        // The tokens that start before the stop string carry the text up to it.
        let count = 0;
        while (count < held.length && textOf(held, count).text.length < stopAt) count++;
        send(count, text.slice(0, stopAt));
        held = [];
        break;
      }
      const lastToken = completionTokens + held.length >= g.maxTokens;
      if (lastToken) {
        send(held.length, decoder.decode(concat(held, held.length)));
        reason = FinishReason.FINISH_REASON_LENGTH;
        break;
      }
      // Send the longest run of tokens whose text is whole and cannot yet turn into a stop.
      const safe = text.length - stopPrefixAtEnd(text, stops);
      let count = 0;
      let ready = '';
      for (let n = 1; n <= held.length; n++) {
        const t = textOf(held, n);
        if (t.text.length > safe) break;
        if (t.whole) {
          count = n;
          ready = t.text;
        }
      }
      send(count, ready);
    }
  } finally {
    // Stops the generator (a break already did); never leaves it running on the sequence.
    await evaluation.return();
  }
  // Ended by an end-of-generation token or a special stop token: what is held is the answer's end.
  if (held.length > 0) send(held.length, decoder.decode(concat(held, held.length)));
  return { reason, completionTokens };
}
