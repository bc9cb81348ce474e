// SyntheticEngine: streams made-up tokens at a configured rate after a
// configured time to first token, with the llama engine's slot, abort, stop
// and finish behaviour. Timing assertions are lower bounds only: a slow
// machine may be late, never early.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, FinishReason, WeftError, type IChatRequest } from '../../proto/index.ts';
import type { EngineEvent } from '../../executors/engine.ts';
import {
  parseSyntheticPath, syntheticPromptTokens, SyntheticEngine, SYNTHETIC_DEFAULTS, SYNTHETIC_DEFAULT_MAX_TOKENS,
  SYNTHETIC_DEFAULT_MEMORY_BYTES,
} from '../../executors/engines/synthetic/index.ts';

type Delta = Extract<EngineEvent, { type: 'delta' }>;
type Finish = Extract<EngineEvent, { type: 'finish' }>;

const never = () => new AbortController().signal;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const chat = (content = 'tell me a story', sampling: IChatRequest['sampling'] = {}): IChatRequest => ({
  messages: [{ role: 'user', content }], sampling,
});

interface Run {
  deltas: Delta[];
  /** performance.now() at each delta's arrival. */
  at: number[];
  finish?: Finish;
  error?: unknown;
  done: Promise<void>;
  text(): string;
}

/** Consumes a generation in the background, recording what arrives. */
function consume(iterable: AsyncIterable<EngineEvent>): Run {
  const r: Run = {
    deltas: [], at: [], done: Promise.resolve(),
    text: () => r.deltas.map((d) => d.text).join(''),
  };
  r.done = (async () => {
    try {
      for await (const ev of iterable) {
        if (ev.type === 'delta') {
          assert.equal(r.finish, undefined, 'no delta after the finish');
          r.deltas.push(ev);
          r.at.push(performance.now());
        } else if (ev.type === 'finish') {
          assert.equal(r.finish, undefined, 'exactly one finish');
          r.finish = ev;
        }
      }
    } catch (err) {
      r.error = err;
    }
  })();
  return r;
}

async function waitFor(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

async function engineWith(path: string, slots = 1, contextSize = 100_000) {
  const engine = new SyntheticEngine();
  await engine.load({ name: 'm', path, slots, contextSize });
  return engine;
}

function run(engine: SyntheticEngine, c: IChatRequest, signal = never(), model = 'm'): Run {
  return consume(engine.generate({ requestId: 'r', model, body: { task: 'chat', chat: c } }, signal));
}

/** Reads the finish afresh (an earlier assertion may have narrowed `r.finish`). */
const finishOf = (r: Run): Finish | undefined => r.finish;

const isCode = (code: ErrorCode) => (e: unknown) => WeftError.is(e) && e.code === code;

describe('parseSyntheticPath', () => {
  test('"synthetic:" alone (with or without "?") gives the defaults', () => {
    assert.deepEqual(parseSyntheticPath('synthetic:'), { tokensPerSecond: 100, ttftMs: 10, jitterMs: 0 });
    assert.deepEqual(parseSyntheticPath('synthetic:?'), SYNTHETIC_DEFAULTS);
  });

  test('reads tps, ttft and jitter; unset ones keep their defaults', () => {
    assert.deepEqual(parseSyntheticPath('synthetic:?tps=200&ttft=20&jitter=0'), { tokensPerSecond: 200, ttftMs: 20, jitterMs: 0 });
    assert.deepEqual(parseSyntheticPath('synthetic:?ttft=0.5'), { tokensPerSecond: 100, ttftMs: 0.5, jitterMs: 0 });
    assert.deepEqual(parseSyntheticPath('synthetic:?jitter=3&tps=12.5'), { tokensPerSecond: 12.5, ttftMs: 10, jitterMs: 3 });
  });

  const bad: [string, RegExp][] = [
    ['/models/qwen.gguf', /must start with 'synthetic:'/],
    ['Synthetic:', /must start with 'synthetic:'/],
    ['synthetic:tps=5', /follow a '\?'/],
    ['synthetic:?tps=0', /'tps' must be a number > 0/],
    ['synthetic:?tps=-3', /'tps' must be a number > 0/],
    ['synthetic:?ttft=-1', /'ttft' must be a number ≥ 0/],
    ['synthetic:?jitter=abc', /'jitter' must be a number/],
    ['synthetic:?tps=', /'tps' must be a number/],
    ['synthetic:?tps=1e3', /'tps' must be a number/],
    ['synthetic:?tps=Infinity', /'tps' must be a number/],
    ['synthetic:?tps=0x10', /'tps' must be a number/],
    ['synthetic:?tps', /'tps' has no value/],
    ['synthetic:?tsp=100', /unknown parameter 'tsp'/],
    ['synthetic:?tps=1&tps=2', /'tps' is given twice/],
  ];
  for (const [path, why] of bad) {
    test(`rejects '${path}' with INVALID_REQUEST`, () => {
      assert.throws(() => parseSyntheticPath(path), (e) => {
        assert.ok(isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST)(e), `a WeftError INVALID_REQUEST, got ${String(e)}`);
        assert.match((e as Error).message, why);
        assert.ok((e as Error).message.includes(path), 'the message names the path');
        return true;
      });
    });
  }
});

describe('syntheticPromptTokens', () => {
  test('counts whitespace-separated words plus 4 per message', () => {
    assert.equal(syntheticPromptTokens({ messages: [] }), 0);
    assert.equal(syntheticPromptTokens({
      messages: [{ role: 'system', content: 'be  brief\n' }, { role: 'user', content: ' one two three ' }, { role: 'user', content: '' }],
    }), (2 + 4) + (3 + 4) + 4);
  });
});

describe('SyntheticEngine', () => {
  test('is labelled "synthetic" and reports what it loaded', async () => {
    const engine = new SyntheticEngine();
    assert.equal(engine.name, 'synthetic');
    const m = await engine.load({ name: 'syn', path: 'synthetic:?tps=200', slots: 3, contextSize: 2048 });
    assert.equal(m.engine, 'synthetic');
    assert.deepEqual(engine.models(), [m]);
    assert.equal(m.slotsTotal, 3);
    assert.equal(m.slotsBusy, 0);
    assert.equal(m.contextSize, 2048);
    assert.deepEqual(engine.config('syn'), { tokensPerSecond: 200, ttftMs: 10, jitterMs: 0 });
    assert.equal(engine.tokensGenerated(), 0);
  });

  test('load rejects a bad path, bad slots, and a name already loaded; nothing is half-loaded', async () => {
    const engine = new SyntheticEngine();
    const spec = { name: 'm', path: 'synthetic:', slots: 1, contextSize: 100 };
    await assert.rejects(engine.load({ ...spec, path: 'synthetic:?tps=fast' }), isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST));
    await assert.rejects(engine.load({ ...spec, path: '/models/real.gguf' }), isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST));
    await assert.rejects(engine.load({ ...spec, slots: 0 }), isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST));
    await assert.rejects(engine.load({ ...spec, contextSize: 0 }), isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST));
    assert.deepEqual(engine.models(), []);
    await engine.load(spec);
    await assert.rejects(engine.load(spec), isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST));
  });

  test('generate on an unknown model throws MODEL_NOT_FOUND', () => {
    const engine = new SyntheticEngine();
    assert.throws(() => engine.generate({ requestId: 'r', model: 'nope', body: { task: 'chat', chat: chat() } }, never()),
      isCode(ErrorCode.ERROR_CODE_MODEL_NOT_FOUND));
  });

  test('paces tokens: 50 tokens at 500 tps take at least ~98 ms, each token no earlier than its due time', async () => {
    const engine = await engineWith('synthetic:?tps=500&ttft=0');
    const t0 = performance.now();
    const r = run(engine, chat('pace me', { maxTokens: 50 }));
    await r.done;
    const elapsed = performance.now() - t0;
    assert.equal(r.deltas.length, 50);
    assert.ok(r.deltas.every((d) => d.tokens === 1), 'one token per delta');
    assert.ok(elapsed >= 97, `50 tokens at 500 tps took only ${elapsed.toFixed(1)} ms`);
    // Due times are scheduled from the start, so token i never comes before i × 2 ms.
    r.at.forEach((at, i) => assert.ok(at - t0 >= i * 2 - 0.5, `token ${i} arrived at ${(at - t0).toFixed(2)} ms`));
    assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_LENGTH);
    assert.equal(r.finish?.usage.completionTokens, 50);
    assert.equal(engine.tokensGenerated(), 50);
    assert.ok(r.finish!.timing.totalMs >= 97);
  });

  test('waits the time to first token after getting a slot', async () => {
    const engine = await engineWith('synthetic:?tps=100000&ttft=60');
    const t0 = performance.now();
    const r = run(engine, chat('hello', { maxTokens: 3 }));
    await r.done;
    assert.ok(r.at[0]! - t0 >= 60, `first token after ${(r.at[0]! - t0).toFixed(1)} ms`);
    assert.ok(r.finish!.timing.timeToFirstTokenMs >= 60);
    assert.ok(r.finish!.timing.queueMs >= 0);
    assert.ok(r.finish!.timing.totalMs >= r.finish!.timing.timeToFirstTokenMs);
  });

  test('jitter delays tokens by up to jitterMs', async () => {
    const engine = new SyntheticEngine({ random: () => 0.999 });
    await engine.load({ name: 'm', path: 'synthetic:?tps=100000&ttft=5&jitter=40', slots: 1, contextSize: 1000 });
    const t0 = performance.now();
    const r = run(engine, chat('hello', { maxTokens: 2 }));
    await r.done;
    assert.ok(r.at[0]! - t0 >= 44, `first token after ${(r.at[0]! - t0).toFixed(1)} ms`);
    assert.equal(r.deltas.length, 2);
  });

  test('slots limit concurrency: a third request waits while two slots are busy', async () => {
    const engine = await engineWith('synthetic:?tps=100&ttft=0', 2);
    const long = chat('long one', { maxTokens: 10_000 });
    const acA = new AbortController();
    const acB = new AbortController();
    const a = run(engine, long, acA.signal);
    const b = run(engine, long, acB.signal);
    await waitFor(() => a.deltas.length > 0 && b.deltas.length > 0, 'two running');
    const tC = performance.now();
    const c = run(engine, chat('short', { maxTokens: 3 }));
    await sleep(50); // at 100 tps with no ttft, c would have a token by now if it had a slot
    assert.equal(c.deltas.length, 0, 'the third request has no slot yet');
    assert.equal(c.finish, undefined);
    assert.equal(engine.models()[0]!.slotsBusy, 2);
    acA.abort();
    await c.done;
    await a.done;
    assert.equal(a.finish?.reason, FinishReason.FINISH_REASON_CANCELLED);
    const cFinish = finishOf(c);
    assert.equal(cFinish?.reason, FinishReason.FINISH_REASON_LENGTH);
    assert.equal(c.deltas.length, 3);
    assert.ok(cFinish!.timing.queueMs >= 45, `c queued ${cFinish!.timing.queueMs.toFixed(1)} ms`);
    assert.ok(c.at[0]! - tC >= 45);
    acB.abort();
    await b.done;
    assert.equal(engine.models()[0]!.slotsBusy, 0);
  });

  test('abort mid-stream ends with CANCELLED at once, stops the counter and frees the slot', async () => {
    const engine = await engineWith('synthetic:?tps=200&ttft=0', 1);
    const ac = new AbortController();
    const r = run(engine, chat('go on', { maxTokens: 10_000 }), ac.signal);
    await waitFor(() => r.deltas.length >= 5, 'five tokens');
    ac.abort();
    await r.done;
    assert.equal(r.error, undefined);
    assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_CANCELLED);
    const received = r.deltas.reduce((n, d) => n + d.tokens, 0);
    assert.equal(r.finish!.usage.completionTokens, received);
    assert.ok(received < 10_000);
    const counted = engine.tokensGenerated();
    assert.equal(counted, received);
    assert.equal(engine.models()[0]!.slotsBusy, 0, 'slot freed');
    await sleep(30);
    assert.equal(engine.tokensGenerated(), counted, 'nothing is generated after the abort');
    const next = run(engine, chat('next', { maxTokens: 2 }));
    await next.done;
    assert.equal(next.finish?.reason, FinishReason.FINISH_REASON_LENGTH, 'the freed slot serves the next request');
  });

  test('abort while waiting for a slot finishes CANCELLED without taking a slot', async () => {
    const engine = await engineWith('synthetic:?tps=100&ttft=0', 1);
    const acHolder = new AbortController();
    const holder = run(engine, chat('holder', { maxTokens: 10_000 }), acHolder.signal);
    await waitFor(() => holder.deltas.length > 0, 'holder running');
    const ac = new AbortController();
    const waiter = run(engine, chat('waiter'), ac.signal);
    await sleep(10);
    ac.abort();
    await waiter.done;
    assert.equal(waiter.finish?.reason, FinishReason.FINISH_REASON_CANCELLED);
    assert.equal(waiter.deltas.length, 0);
    assert.equal(waiter.finish!.usage.completionTokens, 0);
    assert.equal(engine.models()[0]!.slotsBusy, 1);
    acHolder.abort();
    await holder.done;
    assert.equal(engine.models()[0]!.slotsBusy, 0);
  });

  test('an already-aborted signal finishes CANCELLED with no tokens', async () => {
    const engine = await engineWith('synthetic:?ttft=0');
    const r = run(engine, chat(), AbortSignal.abort());
    await r.done;
    assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_CANCELLED);
    assert.equal(r.deltas.length, 0);
    assert.equal(engine.tokensGenerated(), 0);
  });

  test('a caller that stops iterating frees the slot', async () => {
    const engine = await engineWith('synthetic:?tps=1000&ttft=0', 1);
    for await (const ev of engine.generate({ requestId: 'r', model: 'm', body: { task: 'chat', chat: chat('x', { maxTokens: 10_000 }) } }, never())) {
      if (ev.type === 'delta') break;
    }
    await waitFor(() => engine.models()[0]!.slotsBusy === 0, 'slot freed');
    const counted = engine.tokensGenerated();
    await sleep(20);
    assert.equal(engine.tokensGenerated(), counted);
  });

  test('max tokens ends with LENGTH; 0 means the default of 16; the context caps it', async () => {
    const engine = await engineWith('synthetic:?tps=100000&ttft=0', 1, 100);
    const seven = run(engine, chat('a b c', { maxTokens: 7 }));
    await seven.done;
    assert.equal(seven.finish?.reason, FinishReason.FINISH_REASON_LENGTH);
    assert.equal(seven.deltas.length, 7);
    assert.equal(seven.finish?.usage.completionTokens, 7);
    assert.equal(seven.finish?.usage.promptTokens, 3 + 4);

    const dflt = run(engine, chat('a b c'));
    await dflt.done;
    assert.equal(dflt.finish?.usage.completionTokens, SYNTHETIC_DEFAULT_MAX_TOKENS);
    assert.equal(dflt.finish?.reason, FinishReason.FINISH_REASON_LENGTH);

    const words = Array.from({ length: 93 }, () => 'w').join(' '); // 93 + 4 = 97 of 100
    const capped = run(engine, chat(words, { maxTokens: 50 }));
    await capped.done;
    assert.equal(capped.finish?.usage.completionTokens, 3);
    assert.equal(capped.finish?.reason, FinishReason.FINISH_REASON_LENGTH);

    const tooLong = run(engine, chat(`${words} w w w`));
    await tooLong.done;
    assert.ok(isCode(ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED)(tooLong.error), String(tooLong.error));
    assert.equal(engine.models()[0]!.slotsBusy, 0);
  });

  test('output is deterministic for the same request and differs with the prompt or the seed', async () => {
    const engine = await engineWith('synthetic:?tps=100000&ttft=0', 2);
    const texts = async (c: IChatRequest) => {
      const r = run(engine, c);
      await r.done;
      return r.text();
    };
    const a1 = await texts(chat('same prompt', { maxTokens: 20 }));
    const a2 = await texts(chat('same prompt', { maxTokens: 20 }));
    assert.equal(a1, a2);
    assert.ok(a1.length > 0);
    assert.equal(a1.split(' ').length, 20, 'one word per token');
    assert.notEqual(await texts(chat('another prompt', { maxTokens: 20 })), a1);
    assert.notEqual(await texts(chat('same prompt', { maxTokens: 20, seed: 7 })), a1);
    assert.equal(await texts(chat('same prompt', { maxTokens: 20, seed: 7 })), await texts(chat('same prompt', { maxTokens: 20, seed: 7 })));
    const short = await texts(chat('same prompt', { maxTokens: 5 }));
    assert.ok(a1.startsWith(short), 'a shorter completion is a prefix of a longer one');
  });

  describe('stop sequences', () => {
    const prompt = 'stop test prompt';
    const full = async (engine: SyntheticEngine) => {
      const r = run(engine, chat(prompt, { maxTokens: 20 }));
      await r.done;
      return r.deltas.map((d) => d.text);
    };
    const withStop = async (engine: SyntheticEngine, stop: string[]) => {
      const r = run(engine, chat(prompt, { maxTokens: 20, stop }));
      await r.done;
      return r;
    };
    const sumTokens = (r: Run) => r.deltas.reduce((n, d) => n + d.tokens, 0);

    test('ends with STOP before the stop text, which is never sent', async () => {
      const engine = await engineWith('synthetic:?tps=100000&ttft=0');
      const tokens = await full(engine);
      const text = tokens.join('');
      const stop = tokens[8]! + tokens[9]!; // two whole tokens
      const expected = text.slice(0, text.indexOf(stop));
      const r = await withStop(engine, [stop]);
      assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_STOP);
      assert.equal(r.text(), expected);
      assert.ok(!r.text().includes(stop));
      assert.equal(r.finish!.usage.completionTokens, sumTokens(r), 'usage counts the tokens sent');
    });

    test('a stop sequence spanning a token boundary is caught; the earliest of several wins', async () => {
      const engine = await engineWith('synthetic:?tps=100000&ttft=0');
      const tokens = await full(engine);
      const text = tokens.join('');
      const boundary = tokens.slice(0, 12).join('').length;
      const split = text.slice(boundary - 2, boundary + 3); // last 2 chars of token 11 and first 3 of token 12
      const later = tokens[15]!;
      const cut = Math.min(text.indexOf(split), text.indexOf(later));
      const r = await withStop(engine, [later, split]);
      assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_STOP);
      assert.equal(r.text(), text.slice(0, cut));
      assert.equal(r.finish!.usage.completionTokens, sumTokens(r));
    });

    test('text held back as a possible stop is sent when the stop never completes', async () => {
      const engine = await engineWith('synthetic:?tps=100000&ttft=0');
      const tokens = await full(engine);
      const text = tokens.join('');
      const r = await withStop(engine, [`${tokens[19]!} and then zzz`, 'qqq']);
      assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_LENGTH);
      assert.equal(r.text(), text);
      assert.equal(sumTokens(r), 20);
      assert.equal(r.finish!.usage.completionTokens, 20);
    });

    test('a stop sequence at the very start sends nothing', async () => {
      const engine = await engineWith('synthetic:?tps=100000&ttft=0');
      const tokens = await full(engine);
      const r = await withStop(engine, [tokens[0]!]);
      assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_STOP);
      assert.equal(r.deltas.length, 0);
      assert.equal(r.finish!.usage.completionTokens, 0);
      assert.equal(r.finish!.timing.timeToFirstTokenMs, 0);
    });
  });

  test('unload aborts running generations, fails waiting ones, and forgets the model', async () => {
    const engine = await engineWith('synthetic:?tps=100&ttft=0', 1);
    const running = run(engine, chat('running', { maxTokens: 10_000 }));
    await waitFor(() => running.deltas.length > 0, 'running');
    const waiting = run(engine, chat('waiting'));
    await sleep(5);
    assert.equal(await engine.unload('m'), true);
    await Promise.all([running.done, waiting.done]);
    assert.equal(running.finish?.reason, FinishReason.FINISH_REASON_CANCELLED);
    assert.equal(running.error, undefined);
    assert.ok(isCode(ErrorCode.ERROR_CODE_CANCELLED)(waiting.error), String(waiting.error));
    assert.deepEqual(engine.models(), []);
    assert.equal(await engine.unload('m'), false);
    const counted = engine.tokensGenerated();
    await sleep(30);
    assert.equal(engine.tokensGenerated(), counted);
    assert.throws(() => engine.generate({ requestId: 'r', model: 'm', body: { task: 'chat', chat: chat() } }, never()), isCode(ErrorCode.ERROR_CODE_MODEL_NOT_FOUND));
    await engine.load({ name: 'm', path: 'synthetic:', slots: 1, contextSize: 100 }); // the name is free again
  });

  test('memoryBytes is the spec\'s figure, else a small default; a bad figure is INVALID_REQUEST', async () => {
    const engine = new SyntheticEngine();
    const given = await engine.load({ name: 'big', path: 'synthetic:', slots: 1, contextSize: 100, memoryBytes: 16 * 2 ** 30 });
    assert.equal(given.memoryBytes, 16 * 2 ** 30);
    const dflt = await engine.load({ name: 'dflt', path: 'synthetic:', slots: 1, contextSize: 100 });
    assert.equal(dflt.memoryBytes, SYNTHETIC_DEFAULT_MEMORY_BYTES);
    assert.equal(SYNTHETIC_DEFAULT_MEMORY_BYTES, 64 * 2 ** 20);
    const zero = await engine.load({ name: 'zero', path: 'synthetic:', slots: 1, contextSize: 100, memoryBytes: 0 });
    assert.equal(zero.memoryBytes, 0);
    for (const memoryBytes of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      await assert.rejects(engine.load({ name: 'bad', path: 'synthetic:', slots: 1, contextSize: 100, memoryBytes }),
        isCode(ErrorCode.ERROR_CODE_INVALID_REQUEST), String(memoryBytes));
    }
    assert.deepEqual(engine.models().map((m) => [m.name, m.memoryBytes]),
      [['big', 16 * 2 ** 30], ['dflt', SYNTHETIC_DEFAULT_MEMORY_BYTES], ['zero', 0]]);
  });

  test('tokensPerSecond is measured from what it emitted, not copied from its configuration', async () => {
    const engine = await engineWith('synthetic:?tps=1000&ttft=0', 1);
    const tps = () => engine.models()[0]!.tokensPerSecond!;
    assert.equal(tps(), 0, '0 until a request was served');
    const one = run(engine, chat('one', { maxTokens: 1 }));
    await one.done;
    assert.equal(one.deltas.length, 1);
    assert.equal(tps(), 0, 'a 1-token request gives no decode rate (the configured rate is 1000)');
    const cancelledEarly = run(engine, chat('none'), AbortSignal.abort());
    await cancelledEarly.done;
    assert.equal(tps(), 0);
    const many = run(engine, chat('many', { maxTokens: 20 }));
    await many.done;
    assert.equal(many.deltas.length, 20);
    const first = tps();
    assert.ok(Number.isFinite(first) && first > 0, `measured ${first}`);
    const again = run(engine, chat('again', { maxTokens: 20 }));
    await again.done;
    assert.ok(Number.isFinite(tps()) && tps() > 0);
  });

  test('dispose unloads every model, aborting what runs', async () => {
    const engine = new SyntheticEngine();
    await engine.load({ name: 'a', path: 'synthetic:', slots: 1, contextSize: 100 });
    await engine.load({ name: 'b', path: 'synthetic:?tps=5&ttft=0', slots: 2, contextSize: 100 });
    const r = run(engine, chat('x', { maxTokens: 1000 }), never(), 'b');
    await waitFor(() => engine.models()[1]!.slotsBusy === 1, 'running');
    await engine.dispose();
    await r.done;
    assert.equal(r.finish?.reason, FinishReason.FINISH_REASON_CANCELLED);
    assert.deepEqual(engine.models(), []);
  });

  test('a request that got its slot just as the model was unloaded does not run', async () => {
    const engine = await engineWith('synthetic:?tps=5&ttft=0', 1);
    const r = run(engine, chat('x', { maxTokens: 1000 }));
    await engine.unload('m'); // same tick: the slot was free, so acquire had already resolved
    await r.done;
    assert.ok(isCode(ErrorCode.ERROR_CODE_CANCELLED)(r.error), String(r.error));
    assert.equal(r.deltas.length, 0);
    assert.equal(engine.tokensGenerated(), 0);
  });
});
