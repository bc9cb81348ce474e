// (e) Prefix affinity: time to first token of a conversation's second turn
// with WEFT_PREFIX_AFFINITY=on against off, each in a fresh fabric (the
// setting is read by the scheduler and the executors at start).
//
// llama.cpp executors (a synthesized model big enough that prefilling the
// long prefix dominates TTFT), each with several slots. Every conversation
// has its own long system prompt (~1,200 tokens), so only the sequence that
// served its first turn holds its prefix in its KV cache. Conversations run
// in waves of as many as the fleet has slots: the first turns of a wave run
// concurrently (filling every sequence), then the second turns (turn 1's
// messages + the assistant's answer + a new user message) one at a time, in
// reverse order, so that without affinity a second turn usually lands on a
// sequence holding another conversation. TTFT is measured at the client.
import http from 'node:http';
import { chatCall, type ChatCallResult } from './clients.ts';
import type { BenchFleet } from './fabric.ts';
import { summarize, type Summary } from './stats.ts';

export type AffinityMode = 'on' | 'off';

export interface AffinityOptions {
  model: string;
  /** Conversations per wave (the fleet's slots). */
  waveSize: number;
  waves: number;
  /** Words of each conversation's system prompt. */
  systemWords: number;
  turn1MaxTokens: number;
  turn2MaxTokens: number;
  log(line: string): void;
}

export interface AffinityModeResult {
  mode: AffinityMode;
  conversations: number;
  /** TTFT of a lone request with a long prompt nobody has seen (no reuse possible), ms. */
  coldTtft: Summary;
  /** Turn 1 (a whole wave at once), ms. */
  turn1Ttft: Summary;
  /** Turn 2, one at a time, ms. */
  turn2Ttft: Summary;
  turn2Total: Summary;
  /** Turn-2 requests faster than half the cold TTFT: their prefix was evidently reused. */
  turn2Reused: number;
  meanPromptTokensTurn1: number;
  meanPromptTokensTurn2: number;
  errors: number;
  firstError?: string;
  fabricEnv: Record<string, string>;
}

export interface AffinityResult {
  waves: number;
  waveSize: number;
  systemWords: number;
  off: AffinityModeResult;
  on: AffinityModeResult;
  /** on.turn2Ttft.p50 / off.turn2Ttft.p50 (below 1: affinity helps). */
  ratioP50: number;
}

const WORDS = [
  'river', 'stone', 'market', 'engine', 'harbor', 'lantern', 'quiet', 'copper', 'meadow', 'signal', 'orchard', 'violet',
  'thunder', 'pencil', 'garden', 'window', 'silver', 'castle', 'ledger', 'canyon', 'velvet', 'summit', 'pepper', 'falcon',
  'marble', 'cotton', 'glacier', 'bridge', 'candle', 'forest', 'island', 'pocket', 'rocket', 'saddle', 'timber', 'valley',
];

/** A deterministic text of `n` words for conversation `seed` (different from the first word on). */
function document(seed: number, n: number): string {
  let s = (seed * 2654435761 + 12345) >>> 0;
  const next = () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
  const out: string[] = [`Document ${seed}.`];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  return out.join(' ');
}

interface Message { role: 'system' | 'user' | 'assistant'; content: string }

export async function measureAffinityMode(fleet: BenchFleet, mode: AffinityMode, o: AffinityOptions): Promise<AffinityModeResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.waveSize + 2 });
  let errors = 0;
  let firstError: string | undefined;
  const call = async (messages: Message[], maxTokens: number): Promise<ChatCallResult | undefined> => {
    try {
      const r = await chatCall({
        baseUrl: fleet.gatewayUrl, agent, stream: true,
        body: { model: o.model, messages, max_tokens: maxTokens, temperature: 0 },
      });
      if (r.status === 200 && !r.error && r.usage) return r;
      errors++;
      firstError ??= `HTTP ${r.status}: ${r.error ?? 'no usage'}`;
    } catch (err) {
      errors++;
      firstError ??= (err as Error).message;
    }
    return undefined;
  };
  try {
    // Warm-up (short prompts), then the cold reference: lone long prompts
    // seen by no sequence (seeds no conversation uses).
    for (let i = 0; i < 2; i++) await call([{ role: 'user', content: 'hello' }], 2);
    const cold: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call([{ role: 'system', content: document(1_000_000 + i, o.systemWords) }, { role: 'user', content: 'What is this about?' }], 1);
      if (r) cold.push(r.ttftMs);
    }
    const coldTtft = summarize(cold);

    const t1: number[] = [];
    const t2: number[] = [];
    const t2total: number[] = [];
    const p1: number[] = [];
    const p2: number[] = [];
    for (let w = 0; w < o.waves; w++) {
      const ids = Array.from({ length: o.waveSize }, (_, i) => w * o.waveSize + i);
      const turn1 = ids.map((id): Message[] => [
        { role: 'system', content: document(id, o.systemWords) },
        { role: 'user', content: `Conversation ${id}: what does the document say about the river?` },
      ]);
      const answers = await Promise.all(turn1.map((m) => call(m, o.turn1MaxTokens)));
      for (let i = ids.length - 1; i >= 0; i--) {
        const a = answers[i];
        if (!a) continue;
        t1.push(a.ttftMs);
        p1.push(a.usage!.prompt_tokens);
        const turn2: Message[] = [...turn1[i]!, { role: 'assistant', content: a.content }, { role: 'user', content: `And what about the castle, in conversation ${ids[i]}?` }];
        const r = await call(turn2, o.turn2MaxTokens);
        if (!r) continue;
        t2.push(r.ttftMs);
        t2total.push(r.totalMs);
        p2.push(r.usage!.prompt_tokens);
      }
    }
    const turn2Ttft = summarize(t2);
    const reused = t2.filter((x) => x < coldTtft.p50 / 2).length;
    const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    o.log(`  affinity ${mode.padEnd(3)}: turn-2 TTFT p50 ${turn2Ttft.p50.toFixed(1)} ms, p90 ${turn2Ttft.p90.toFixed(1)} ms (n=${turn2Ttft.n}; ${reused} evidently reused their prefix); cold prefill TTFT p50 ${coldTtft.p50.toFixed(1)} ms; turn-1 TTFT p50 ${summarize(t1).p50.toFixed(1)} ms; prompt tokens turn 1 ${meanOf(p1).toFixed(0)}, turn 2 ${meanOf(p2).toFixed(0)}; errors ${errors}`);
    return {
      mode,
      conversations: o.waves * o.waveSize,
      coldTtft,
      turn1Ttft: summarize(t1),
      turn2Ttft,
      turn2Total: summarize(t2total),
      turn2Reused: reused,
      meanPromptTokensTurn1: meanOf(p1),
      meanPromptTokensTurn2: meanOf(p2),
      errors,
      ...(firstError ? { firstError } : {}),
      fabricEnv: fleet.env,
    };
  } finally {
    agent.destroy();
  }
}
