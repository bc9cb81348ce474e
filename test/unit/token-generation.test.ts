// The engine's own generation loop (token-generation.ts) runs every plain
// chat turn in place of LlamaChat, so it must answer as LlamaChat does: the
// same text and the same finish for the same sampling, whether greedy,
// seeded at a temperature, cut by a stop string or by max tokens. Both run
// here on sequences of one context of the tiny synthesized model; which
// turns take the loop is plainTurn's rule.
import '../../executors/one-libuv-thread.ts';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getLlama, LlamaChat, LlamaLogLevel, resolveChatWrapper, type ChatHistoryItem, type ChatWrapper, type Llama, type LlamaContext, type LlamaModel, QwenChatWrapper } from 'node-llama-cpp';
import { FinishReason } from '../../proto/index.ts';
import { generateTokens, plainTurn } from '../../executors/engines/llamacpp/token-generation.ts';
import { mapStopReason } from '../../executors/engines/llamacpp/map-finish-reason.ts';
import { tinyModelPath } from '../harness/models.ts';

interface Sampling { maxTokens: number; temperature: number; seed: number; stop?: string[] }

describe('the own generation loop answers as LlamaChat does', () => {
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;
  let wrapper: ChatWrapper;

  before(async () => {
    llama = await getLlama({ gpu: false, maxThreads: 1, logLevel: LlamaLogLevel.error, build: 'never' });
    model = await llama.loadModel({ modelPath: await tinyModelPath() });
    context = await model.createContext({ contextSize: 2048, sequences: 2, threads: 1 });
    wrapper = resolveChatWrapper(model);
  });

  after(async () => {
    await context?.dispose();
    await model?.dispose();
  });

  const history = (text: string): ChatHistoryItem[] => [{ type: 'user', text }, { type: 'model', response: [] }];

  async function viaLlamaChat(text: string, s: Sampling): Promise<{ text: string; reason: FinishReason }> {
    const sequence = context.getSequence();
    const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: wrapper });
    try {
      const r = await chat.generateResponse(history(text), {
        maxTokens: s.maxTokens, temperature: s.temperature, seed: s.seed,
        ...(s.stop ? { customStopTriggers: s.stop } : {}),
        repeatPenalty: { penalty: 1, presencePenalty: 0, frequencyPenalty: 0 },
      });
      return { text: r.response, reason: mapStopReason(r.metadata.stopReason) };
    } finally {
      chat.dispose({ disposeSequence: false });
      sequence.dispose();
    }
  }

  async function viaOwnLoop(text: string, s: Sampling): Promise<{ text: string; reason: FinishReason; tokens: number }> {
    const sequence = context.getSequence();
    try {
      const state = wrapper.generateContextState({ chatHistory: history(text) });
      assert.ok(plainTurn(wrapper, state), 'a plain turn');
      let out = '';
      let tokens = 0;
      const r = await generateTokens({
        model, sequence, prompt: state.contextText.tokenize(model.tokenizer), maxTokens: s.maxTokens,
        temperature: s.temperature, seed: s.seed, presencePenalty: 0, frequencyPenalty: 0,
        stop: s.stop ?? [], triggers: state.stopGenerationTriggers, signal: new AbortController().signal,
        onDelta: (t, n, logprobs) => {
          assert.equal(logprobs, undefined, 'no logprobs unless asked for');
          out += t;
          tokens += n;
        },
      });
      assert.equal(r.completionTokens, tokens, 'the deltas carry every token');
      return { text: out, reason: r.reason, tokens };
    } finally {
      sequence.dispose();
    }
  }

  const prompt = 'Tell me a long story about a fox who learns to sail.';

  test('greedy, to max tokens', async () => {
    const s = { maxTokens: 40, temperature: 0, seed: 1 };
    const [a, b] = [await viaLlamaChat(prompt, s), await viaOwnLoop(prompt, s)];
    assert.equal(b.text, a.text);
    assert.equal(b.reason, a.reason);
    assert.equal(b.reason, FinishReason.FINISH_REASON_LENGTH);
    assert.equal(b.tokens, 40);
  });

  test('at temperature 0.9 with a seed: the same sampler, so the same draw', async () => {
    for (const seed of [7, 12345]) {
      const s = { maxTokens: 32, temperature: 0.9, seed };
      const [a, b] = [await viaLlamaChat(prompt, s), await viaOwnLoop(prompt, s)];
      assert.equal(b.text, a.text, `seed ${seed}`);
      assert.equal(b.reason, a.reason);
    }
  });

  test('a stop string ends both at the same place, the stop left out', async () => {
    const full = await viaLlamaChat(prompt, { maxTokens: 40, temperature: 0, seed: 1 });
    const stop = full.text.slice(Math.floor(full.text.length / 2)).trim().slice(0, 3);
    assert.ok(stop.length > 0, `a stop string from the middle of ${JSON.stringify(full.text)}`);
    const s = { maxTokens: 40, temperature: 0, seed: 1, stop: [stop] };
    const [a, b] = [await viaLlamaChat(prompt, s), await viaOwnLoop(prompt, s)];
    assert.equal(b.text, a.text);
    assert.equal(b.reason, FinishReason.FINISH_REASON_STOP);
    assert.equal(a.reason, FinishReason.FINISH_REASON_STOP);
    assert.ok(!b.text.includes(stop));
  });

  test("plainTurn: a wrapper with thought segments keeps LlamaChat (the thoughts stay out of the answer)", () => {
    const qwen = new QwenChatWrapper();
    assert.ok(qwen.settings.segments?.thought, 'the Qwen wrapper has thought segments');
    assert.equal(plainTurn(qwen, qwen.generateContextState({ chatHistory: history('hi') })), false);
    assert.equal(plainTurn(wrapper, wrapper.generateContextState({ chatHistory: history('hi') })), true);
  });
});
