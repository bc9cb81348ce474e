// Continuous batching means a new request's prefill joins the next batch of
// the requests already generating: it never waits for them to finish. The
// case that used to break it (issue 7, item 1): every free sequence still
// holds another conversation's KV cache, so before the new prompt can use one
// its cached tokens must be erased, and node-llama-cpp's erase waited for the
// context lock that its decode loop held for as long as anything was queued,
// i.e. until the running generations ended.
//
// Asserted as ordering (the new request's first token comes before any
// running request of its group finishes), never as a time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FinishReason, type IChatMessage, type IChatRequest } from '../../proto/index.ts';
import { LlamaCppEngine } from '../../executors/engines/llamacpp/index.ts';
import { tinyModelPath } from '../harness/models.ts';

interface Timed {
  firstTokenAt: number;
  finishedAt: number;
  tokens: number;
  reason: FinishReason;
}

async function timed(engine: LlamaCppEngine, model: string, messages: IChatMessage[], sampling: IChatRequest['sampling'], onFirst?: () => void): Promise<Timed> {
  let firstTokenAt = 0;
  let tokens = 0;
  let reason = FinishReason.FINISH_REASON_UNSPECIFIED;
  for await (const ev of engine.generate({ requestId: 'r', model, body: { task: 'chat', chat: { messages, sampling } } }, new AbortController().signal)) {
    if (ev.type === 'delta' && ev.tokens > 0) {
      if (firstTokenAt === 0) {
        firstTokenAt = performance.now();
        onFirst?.();
      }
      tokens += ev.tokens;
    } else if (ev.type === 'finish') {
      reason = ev.reason;
    }
  }
  return { firstTokenAt, finishedAt: performance.now(), tokens, reason };
}

const SLOTS = 4;
/** Long enough that a running request is still generating when the new one arrives. */
const LONG = { temperature: 0, maxTokens: 600 };
// Conversations that share nothing past the chat template's first tokens.
const cached = (i: number): IChatMessage[] => [{ role: 'user', content: `${['amber', 'basalt', 'cobalt', 'dune'][i]} `.repeat(30) }];
const longPrompt = (k: number): IChatMessage[] => [{ role: 'user', content: `A long unrelated request ${k}: ${'go on '.repeat(20)}` }];
const freshPrompt = (round: number): IChatMessage[] => [{ role: 'user', content: `Something entirely new, round ${round}: ${'zebra quartz '.repeat(15)}` }];

describe('a request that finds a free sequence never waits for running generations', () => {
  let engine: LlamaCppEngine;
  /** Prompts this random-weight model answers (greedily) up to LONG.maxTokens instead of stopping early. */
  const long: IChatMessage[][] = [];

  before(async () => {
    engine = await LlamaCppEngine.create({ threads: 1 });
    await engine.load({ name: 'hol', path: await tinyModelPath(), contextSize: 4096, slots: SLOTS });
    for (let k = 0; long.length < SLOTS - 1 && k < 40; k++) {
      const r = await timed(engine, 'hol', longPrompt(k), LONG);
      if (r.reason === FinishReason.FINISH_REASON_LENGTH) long.push(longPrompt(k));
    }
    assert.equal(long.length, SLOTS - 1, 'found prompts the model answers at length');
  });

  after(async () => {
    await engine?.dispose();
  });

  for (const running of [1, 2, 3]) {
    test(`with ${running} running and every free sequence holding another conversation, a new prompt's first token comes before any of them finishes`, async () => {
      // Every sequence holds a cached conversation (one request at a time, so each takes an empty or the oldest sequence).
      for (let i = 0; i < SLOTS; i++) await timed(engine, 'hol', cached(i), { temperature: 0, maxTokens: 4 });
      assert.ok(engine.sequences('hol')!.every((s) => s.contextTokens > 0), 'each sequence holds a conversation');

      let started = 0;
      let allStarted!: () => void;
      const go = new Promise<void>((r) => (allStarted = r));
      const runningRequests = long.slice(0, running).map((messages) => timed(engine, 'hol', messages, LONG, () => {
        if (++started === running) allStarted();
      }));
      await go;
      // A prompt no cache shares: it must take a sequence that holds another conversation.
      const fresh = await timed(engine, 'hol', freshPrompt(running), { temperature: 0, maxTokens: 4 });
      const done = await Promise.all(runningRequests);
      assert.ok(fresh.tokens > 0);
      const atLength = done.filter((d) => d.reason === FinishReason.FINISH_REASON_LENGTH);
      assert.ok(atLength.length > 0, 'at least one running request generated until its limit');
      for (const d of atLength) {
        assert.ok(fresh.firstTokenAt < d.finishedAt,
          `the new request's first token came ${(fresh.firstTokenAt - d.finishedAt).toFixed(0)} ms after a running request (${d.tokens} tokens) finished`);
      }
    });
  }
});
