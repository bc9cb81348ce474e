// End to end: a synthesized `tiny` model is loaded by node-llama-cpp (real llama.cpp)
// and served through the same APIs the executor uses — tokenizer, chat wrapper
// resolution, context sequences and LlamaChatSession.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getLlama, LlamaChatSession, ChatMLChatWrapper, resolveChatWrapper, type Llama, type LlamaModel } from 'node-llama-cpp';
import { synthesizeModel, SHAPES, buildBpeVocab, bpeEncode, SPECIAL_TOKENS, DEFAULT_MERGES } from '../../synth/index.ts';

let dir: string;
let llama: Llama;
let model: LlamaModel;
const shape = SHAPES.tiny;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'weft-synth-chat-'));
  const { path } = await synthesizeModel(join(dir, 'tiny.gguf'), shape);
  llama = await getLlama({ gpu: false });
  model = await llama.loadModel({ modelPath: path });
});

after(async () => {
  await model?.dispose();
  await llama?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('llama.cpp tokenizes exactly like the vocab intends and round-trips text', () => {
  const vocab = buildBpeVocab({ merges: shape.bpeMerges ?? DEFAULT_MERGES, vocabSize: shape.vocab });
  for (const text of ['Hello, world! 123 ünïcödé', 'The quick brown fox jumps over the lazy dog.\n', "I don't know 日本語 🙂"]) {
    const tokens = model.tokenize(text);
    assert.equal(model.detokenize(tokens), text);
    assert.deepEqual(tokens.map(Number), bpeEncode(vocab, text), 'same ids as the reference BPE encoder');
  }
  assert.ok(model.tokenize('Hello, world!').length < 'Hello, world!'.length, 'merges actually apply');
});

test('special tokens: ChatML markers are single CONTROL tokens, eos is <|im_end|>', () => {
  const vocab = buildBpeVocab({ merges: shape.bpeMerges ?? DEFAULT_MERGES, vocabSize: shape.vocab });
  assert.deepEqual(model.tokenize(SPECIAL_TOKENS.imStart, true).map(Number), [vocab.special.imStart]);
  assert.ok(model.tokenize(SPECIAL_TOKENS.imStart, false).length > 1, 'as plain text it is split into ordinary tokens');
  assert.equal(Number(model.tokens.eos), vocab.special.imEnd);
  assert.equal(model.tokens.eosString, SPECIAL_TOKENS.imEnd);
  assert.equal(model.tokens.shouldPrependBosToken, false);
  assert.equal(model.vocabularyType, 'bpe');
});

test('node-llama-cpp resolves the ChatML chat wrapper from the embedded template', () => {
  const wrapper = resolveChatWrapper({
    bosString: model.tokens.bosString,
    filename: model.filename,
    fileInfo: model.fileInfo,
    tokenizer: model.tokenizer,
  });
  assert.ok(wrapper instanceof ChatMLChatWrapper, `got ${wrapper?.wrapperName}`);
});

test('LlamaChatSession answers on two parallel sequences', async () => {
  const context = await model.createContext({ threads: 1, sequences: 2 });
  try {
    const sessions = [0, 1].map(() => new LlamaChatSession({ contextSequence: context.getSequence() }));
    assert.ok(sessions[0]!.chatWrapper instanceof ChatMLChatWrapper);
    const answers = await Promise.all([
      sessions[0]!.prompt('Say hello.', { maxTokens: 16 }),
      sessions[1]!.prompt('What is the capital of France?', { maxTokens: 16, temperature: 1, seed: 42 }),
    ]);
    for (const a of answers) {
      assert.equal(typeof a, 'string');
      assert.ok(a.length > 0, 'non-empty answer');
    }
  } finally {
    await context.dispose();
  }
});

test('a q4_k shape (Q4_K matmuls, Q8_0 embeddings and output) loads in llama.cpp and generates finite logits', async () => {
  const q4 = { ...SHAPES.tiny, embedding: 256, heads: 4, kvHeads: 2, feedForward: 512, dtype: 'q4_k' as const };
  const { path } = await synthesizeModel(join(dir, 'q4k.gguf'), q4);
  const m = await llama.loadModel({ modelPath: path });
  try {
    assert.equal(m.fileInfo.tensorInfo?.find((t) => t.name === 'blk.0.ffn_up.weight')?.ggmlType, 12, 'Q4_K');
    assert.equal(m.fileInfo.tensorInfo?.find((t) => t.name === 'token_embd.weight')?.ggmlType, 8, 'Q8_0');
    const context = await m.createContext({ threads: 1, contextSize: 256 });
    try {
      const seq = context.getSequence();
      const tokens: number[] = [];
      for await (const t of seq.evaluate(m.tokenize('Hello, world'), { temperature: 0.8, seed: 1 })) {
        tokens.push(Number(t));
        if (tokens.length === 16) break;
      }
      assert.equal(tokens.length, 16);
      // Sampled, not stuck on one token: the weights are noise, not NaN.
      assert.ok(new Set(tokens).size > 1, `tokens: ${tokens.join(',')}`);
    } finally {
      await context.dispose();
    }
  } finally {
    await m.dispose();
  }
});
