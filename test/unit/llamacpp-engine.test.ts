// LlamaCppEngine on the tiny synthesized model (1 thread): the memory a
// replica reports, the measured decode speed, and prefix reuse — a request
// takes the free sequence whose KV cache already holds the longest prefix of
// its prompt, so a conversation's next turn evaluates only its new tokens.
// Reuse is shown with node-llama-cpp's own token meter on each sequence (the
// input tokens llama.cpp really evaluated), never with timing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCode, FinishReason, WeftError, type IChatMessage, type IChatRequest } from '../../proto/index.ts';
import type { EngineEvent } from '../../executors/engine.ts';
import { getLlama, type Llama, type LlamaModel } from 'node-llama-cpp';
import { LlamaCppEngine, type SequenceInfo } from '../../executors/engines/llamacpp/index.ts';
import { tokensBeyond } from '../../executors/engines/llamacpp/llamacpp-engine.ts';
import { DecodeRate } from '../../executors/engines/decode-rate.ts';
import { SHAPES } from '../../synth/index.ts';
import { tinyModelPath } from '../harness/models.ts';

type Finish = Extract<EngineEvent, { type: 'finish' }>;

interface Result {
  text: string;
  tokens: number;
  finish: Finish;
}

const never = () => new AbortController().signal;

async function generate(engine: LlamaCppEngine, model: string, messages: IChatMessage[], sampling: IChatRequest['sampling'] = {}): Promise<Result> {
  let text = '';
  let tokens = 0;
  let finish: Finish | undefined;
  for await (const ev of engine.generate({ requestId: 'r', model, body: { task: 'chat', chat: { messages, sampling } } }, never())) {
    if (ev.type === 'delta') {
      text += ev.text;
      tokens += ev.tokens;
    } else if (ev.type === 'finish') {
      finish = ev;
    }
  }
  assert.ok(finish, 'a finish event');
  return { text, tokens, finish };
}

/** What one request did to the sequences: which one it ran on and how many input tokens that one evaluated. */
function ranOn(before: SequenceInfo[], after: SequenceInfo[]): { index: number; inputTokens: number } {
  const used = after.filter((s, i) => s.outputTokens !== before[i]!.outputTokens || s.inputTokens !== before[i]!.inputTokens);
  assert.equal(used.length, 1, `exactly one sequence ran: ${JSON.stringify({ before, after })}`);
  const s = used[0]!;
  return { index: s.index, inputTokens: s.inputTokens - before[s.index]!.inputTokens };
}

const isCode = (code: ErrorCode) => (e: unknown) => WeftError.is(e) && e.code === code;

// Greedy, so the turns are reproducible; short answers keep the test quick.
const GREEDY = { temperature: 0, maxTokens: 12 };

describe('LlamaCppEngine', () => {
  let engine: LlamaCppEngine;
  let path: string;

  before(async () => {
    path = await tinyModelPath();
    engine = await LlamaCppEngine.create({ threads: 1 });
  });

  after(async () => {
    await engine?.dispose();
  });

  test('reports the memory llama.cpp allocated after load: weights plus a KV cache that grows with the context', async () => {
    const shape = SHAPES.tiny;
    // f16 K and V for every layer and kv head: bytes per token of context.
    const kvPerToken = shape.layers * 2 * shape.kvHeads * (shape.embedding / shape.heads) * 2;
    // At least the token embedding and the output matrix (f32) are weights.
    const weightsAtLeast = 2 * shape.vocab * shape.embedding * 4;
    const small = await engine.load({ name: 'mem-small', path, contextSize: 256, slots: 1 });
    const large = await engine.load({ name: 'mem-large', path, contextSize: 1024, slots: 4 });
    try {
      for (const [m, slots, ctx] of [[small, 1, 256], [large, 4, 1024]] as const) {
        assert.ok(Number.isSafeInteger(m.memoryBytes), `memoryBytes ${m.memoryBytes}`);
        assert.ok(m.memoryBytes! >= weightsAtLeast + slots * ctx * kvPerToken,
          `${m.name}: ${m.memoryBytes} < weights ${weightsAtLeast} + KV ${slots * ctx * kvPerToken}`);
      }
      assert.ok(large.memoryBytes! - small.memoryBytes! >= (4 * 1024 - 256) * kvPerToken,
        `a 4×1024 context takes at least the extra KV cache more than a 1×256 one: ${large.memoryBytes} vs ${small.memoryBytes}`);
      // The figure is fixed at load and reported on every describe.
      assert.equal(engine.models().find((x) => x.name === 'mem-large')?.memoryBytes, large.memoryBytes);
    } finally {
      await engine.unload('mem-small');
      await engine.unload('mem-large');
    }
  });

  test('tokensPerSecond is 0 until a request of 2+ tokens was served, then measured', async () => {
    await engine.load({ name: 'tps', path, contextSize: 512, slots: 1 });
    try {
      const tps = () => engine.models().find((m) => m.name === 'tps')!.tokensPerSecond!;
      assert.equal(tps(), 0);
      const one = await generate(engine, 'tps', [{ role: 'user', content: 'one token only' }], { temperature: 0, maxTokens: 1 });
      assert.equal(one.finish.usage.completionTokens, 1);
      assert.equal(tps(), 0, 'one token gives no decode rate');
      const many = await generate(engine, 'tps', [{ role: 'user', content: 'several tokens now' }], { temperature: 0, maxTokens: 16 });
      assert.ok(many.finish.usage.completionTokens >= 2);
      const first = tps();
      assert.ok(Number.isFinite(first) && first > 0, `measured ${first}`);
    } finally {
      await engine.unload('tps');
    }
  });

  test('a too-long prompt fails with CONTEXT_LENGTH_EXCEEDED and takes no sequence', async () => {
    await engine.load({ name: 'ctx', path, contextSize: 64, slots: 1 });
    try {
      const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
      await assert.rejects(generate(engine, 'ctx', [{ role: 'user', content: long }]), isCode(ErrorCode.ERROR_CODE_CONTEXT_LENGTH_EXCEEDED));
      assert.equal(engine.models()[0]!.slotsBusy, 0);
      assert.ok(engine.sequences('ctx')!.every((s) => s.inputTokens === 0), 'nothing was evaluated');
      const ok = await generate(engine, 'ctx', [{ role: 'user', content: 'hi' }], { temperature: 0, maxTokens: 2 });
      assert.equal(ok.finish.reason, FinishReason.FINISH_REASON_LENGTH);
    } finally {
      await engine.unload('ctx');
    }
  });

  test('sampling without a seed differs per request; with a seed it repeats', async () => {
    await engine.load({ name: 'seed', path, contextSize: 512, slots: 2 });
    try {
      const ask = (seed?: number) => generate(engine, 'seed', [{ role: 'user', content: 'Tell me a story.' }], { temperature: 1, maxTokens: 12, ...(seed != null ? { seed } : {}) });
      // Ten at once and ten one after another, all within the same second.
      const unseeded = [...await Promise.all(Array.from({ length: 10 }, () => ask()))];
      for (let i = 0; i < 10; i++) unseeded.push(await ask());
      assert.equal(new Set(unseeded.map((r) => r.text)).size, unseeded.length, `20 distinct answers: ${JSON.stringify(unseeded.map((r) => r.text))}`);
      const seeded = [await ask(42), await ask(42), await ask(42)];
      assert.equal(new Set(seeded.map((r) => r.text)).size, 1, 'the same seed gives the same answer');
    } finally {
      await engine.unload('seed');
    }
  });

  test('prefix reuse: each conversation\'s next turn lands on the sequence holding its earlier turns and evaluates only the new tokens', async (t) => {
    await engine.load({ name: 'reuse', path, contextSize: 1024, slots: 2 });
    try {
      const seqs = () => engine.sequences('reuse')!;
      const turn = async (messages: IChatMessage[]) => {
        const before = seqs();
        const r = await generate(engine, 'reuse', messages, GREEDY);
        return { ...r, ...ranOn(before, seqs()), prompt: r.finish.usage.promptTokens };
      };

      const a: IChatMessage[] = [
        { role: 'system', content: 'You are a patient assistant who answers questions about rivers and stones.' },
        { role: 'user', content: 'Tell me a long story about a river that carries a small stone to the sea.' },
      ];
      const c: IChatMessage[] = [
        { role: 'system', content: 'Answer in one line.' },
        { role: 'user', content: 'What is the quiet morning signal over the green window?' },
      ];

      // Turn 1 of A on an empty sequence: its whole prompt is evaluated.
      const a1 = await turn(a);
      assert.ok(a1.inputTokens >= a1.prompt - 1, `cold: ${a1.inputTokens} of ${a1.prompt} evaluated`);

      // Turn 1 of an unrelated conversation C shares only the template's first
      // tokens with A's cache: it takes the empty sequence, not A's.
      const c1 = await turn(c);
      assert.notEqual(c1.index, a1.index, 'C does not evict A');
      assert.ok(c1.inputTokens >= c1.prompt - 1, `cold: ${c1.inputTokens} of ${c1.prompt} evaluated`);

      // Turn 2 of A: turn 1's messages, the answer, a new question. (C ran
      // last, so the most recently freed sequence is C's: taking it, as the
      // pool's plain LIFO would, would evaluate A's whole history again.)
      const a2 = await turn([...a, { role: 'assistant', content: a1.text }, { role: 'user', content: 'And then what happened to it?' }]);
      assert.equal(a2.index, a1.index, 'turn 2 lands on the sequence turn 1 used');
      assert.ok(a2.prompt > a1.prompt);
      assert.ok(a2.inputTokens <= a2.prompt - a1.prompt + 1,
        `only what is new since turn 1's prompt is evaluated: ${a2.inputTokens} of ${a2.prompt} (turn 1's prompt: ${a1.prompt})`);
      assert.ok(a2.inputTokens < a2.prompt / 2, `far fewer than the prompt: ${a2.inputTokens} of ${a2.prompt}`);

      // Turn 2 of C goes back to C's sequence, though A's was freed last.
      const c2 = await turn([...c, { role: 'assistant', content: c1.text }, { role: 'user', content: 'Say it again, please.' }]);
      assert.equal(c2.index, c1.index, 'C returns to its own sequence');
      assert.ok(c2.inputTokens <= c2.prompt - c1.prompt + 1, `${c2.inputTokens} of ${c2.prompt} evaluated (turn 1's prompt: ${c1.prompt})`);

      // Reuse changes no answer: turn 2 of A from a cold sequence says the same (greedy).
      const other = await engine.load({ name: 'reuse-cold', path, contextSize: 1024, slots: 1 });
      assert.equal(other.name, 'reuse-cold');
      const a2Messages: IChatMessage[] = [...a, { role: 'assistant', content: a1.text }, { role: 'user', content: 'And then what happened to it?' }];
      const before = engine.sequences('reuse-cold')!;
      const cold = await generate(engine, 'reuse-cold', a2Messages, GREEDY);
      const coldInput = engine.sequences('reuse-cold')![0]!.inputTokens - before[0]!.inputTokens;
      await engine.unload('reuse-cold');
      assert.equal(cold.text, a2.text, 'the same answer with and without the cached prefix');
      assert.equal(cold.finish.usage.promptTokens, a2.prompt, 'usage counts the whole prompt either way');
      assert.ok(coldInput >= a2.prompt - 1);

      t.diagnostic(`A turn 1: prompt ${a1.prompt}, evaluated ${a1.inputTokens} (sequence ${a1.index})`);
      t.diagnostic(`C turn 1: prompt ${c1.prompt}, evaluated ${c1.inputTokens} (sequence ${c1.index})`);
      t.diagnostic(`A turn 2: prompt ${a2.prompt}, evaluated ${a2.inputTokens} (sequence ${a2.index}); cold: ${coldInput}`);
      t.diagnostic(`C turn 2: prompt ${c2.prompt}, evaluated ${c2.inputTokens} (sequence ${c2.index})`);
    } finally {
      await engine.unload('reuse');
    }
  });

  test('among sequences holding the same prefix, the lowest-numbered free one is taken; a prompt that matches none evicts the least recently used', async () => {
    // llama.cpp decodes only runs of consecutive sequence ids in one
    // micro-batch, so ties go low and the busy sequences stay in one run.
    await engine.load({ name: 'ties', path, contextSize: 2048, slots: 4 });
    try {
      const seqs = () => engine.sequences('ties')!;
      const p: IChatMessage[] = [{ role: 'user', content: 'Describe the life of a lighthouse keeper on a stormy coast.' }];
      await Promise.all(Array.from({ length: 4 }, () => generate(engine, 'ties', p, GREEDY)));
      assert.ok(seqs().every((s) => s.contextTokens > 0), 'every sequence holds a copy of the prompt');
      const ran: number[] = [];
      for (let i = 0; i < 3; i++) {
        const before = seqs();
        await generate(engine, 'ties', p, GREEDY);
        ran.push(ranOn(before, seqs()).index);
      }
      assert.deepEqual(ran, [0, 0, 0], 'each copy of the prompt runs on sequence 0, though it was freed last');
      const before = seqs();
      await generate(engine, 'ties', [{ role: 'user', content: 'Name three quiet harbours and the boats moored there.' }], GREEDY);
      assert.notEqual(ranOn(before, seqs()).index, 0, 'an unrelated prompt evicts a copy freed earlier, not the one just used');
    } finally {
      await engine.unload('ties');
    }
  });

  test('a busy sequence is never taken for its prefix: a concurrent turn runs on another sequence', async () => {
    await engine.load({ name: 'busy', path, contextSize: 1024, slots: 2 });
    try {
      const a: IChatMessage[] = [{ role: 'user', content: 'Tell me about the stone in the river, at length.' }];
      await generate(engine, 'busy', a, GREEDY);
      const warm = engine.sequences('busy')!.find((s) => s.contextTokens > 0)!;
      // Two copies of the same prompt at once: one reuses the warm sequence, the other runs cold on the free one.
      const before = engine.sequences('busy')!;
      const [x, y] = await Promise.all([generate(engine, 'busy', a, GREEDY), generate(engine, 'busy', a, GREEDY)]);
      const after = engine.sequences('busy')!;
      assert.equal(x.text, y.text);
      assert.ok(after.every((s, i) => s.outputTokens > before[i]!.outputTokens), 'both sequences ran');
      const evaluated = after.map((s, i) => s.inputTokens - before[i]!.inputTokens);
      assert.ok(evaluated[warm.index]! < evaluated[1 - warm.index]!, `the warm one evaluated less: ${evaluated}`);
      assert.equal(engine.models().find((m) => m.name === 'busy')!.slotsBusy, 0);
    } finally {
      await engine.unload('busy');
    }
  });
});

describe('tokensBeyond: a prompt too long for the context is found without stalling the process', () => {
  let llama: Llama;
  let model: LlamaModel;
  before(async () => {
    llama = await getLlama({ gpu: false, build: 'never', maxThreads: 1 });
    model = await llama.loadModel({ modelPath: await tinyModelPath() });
  });
  after(async () => {
    await model?.dispose();
    await llama?.dispose();
  });

  test('megabytes of text are counted a slice at a time, the event loop turning between slices', async () => {
    const text = 'lorem ipsum dolor '.repeat(200_000); // 3.6 MB
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const beyond = await tokensBeyond(model, text, 1_000_000_000);
    clearInterval(ticker);
    assert.equal(beyond, undefined, 'fewer tokens than the limit');
    assert.ok(turns >= 10, `the event loop turned ${turns} times while counting`);
  });

  test('it stops at the first slice past the limit, with a count past it', async () => {
    const text = 'lorem ipsum dolor '.repeat(200_000);
    const beyond = await tokensBeyond(model, text, 2048);
    assert.ok(beyond !== undefined && beyond > 2048, `past the limit: ${beyond}`);
    assert.ok(beyond < model.tokenize(text.slice(0, 256 * 1024)).length, `stopped early: ${beyond}`);
  });

  test('short text is left to the exact count', async () => {
    assert.equal(await tokensBeyond(model, 'lorem ipsum '.repeat(1000), 10), undefined);
  });
});

describe('DecodeRate', () => {
  test('rate of one request: tokens after the first delta over the time from the first delta to the last', () => {
    const rate = new DecodeRate();
    const timer = rate.start();
    timer.tokens(1, 1000); // first token after the prefill: not timed
    timer.tokens(1, 1010);
    timer.tokens(2, 1030);
    timer.finish();
    assert.equal(rate.tokensPerSecond, 3 / 0.03);
    assert.equal(rate.measured, 1);
  });

  test('an exponentially weighted average (alpha 0.2), starting at the first sample', () => {
    const rate = new DecodeRate(0.2);
    rate.add(100);
    assert.equal(rate.tokensPerSecond, 100);
    rate.add(200);
    assert.equal(rate.tokensPerSecond, 0.2 * 200 + 0.8 * 100);
    rate.add(50);
    assert.equal(rate.tokensPerSecond, 0.2 * 50 + 0.8 * 120);
  });

  test('requests with fewer than 2 tokens or no measurable time add nothing; finish counts once', () => {
    const rate = new DecodeRate();
    const none = rate.start();
    none.finish();
    const one = rate.start();
    one.tokens(1, 5);
    one.finish();
    const burst = rate.start();
    burst.tokens(3, 5); // every token in the first delta
    burst.finish();
    const sameInstant = rate.start();
    sameInstant.tokens(1, 5);
    sameInstant.tokens(1, 5);
    sameInstant.finish();
    assert.equal(rate.tokensPerSecond, 0);
    assert.equal(rate.measured, 0);
    const ok = rate.start();
    ok.tokens(1, 0);
    ok.tokens(0, 500); // empty deltas are ignored
    ok.tokens(1, 100);
    ok.finish();
    ok.finish();
    assert.equal(rate.tokensPerSecond, 10);
    assert.equal(rate.measured, 1);
  });
});
