// A RAG pipeline's calls as LangChain JS makes them (@langchain/openai,
// unmodified, pointed at Weft's base URL): OpenAIEmbeddings on an ONNX
// encoder, ChatOpenAI with a tool it must call, and ChatOpenAI with
// structured output (a JSON schema the answer must match). The models are
// synthesized (random weights), so the test checks shapes, not meaning.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import { EMBEDDING_SHAPES, ensureEmbeddingModel } from '../../synth/index.ts';
import { Fabric } from '../harness/processes.ts';
import { tinyModelPath, writeModels } from '../harness/models.ts';

const CHAT = 'tiny-chat';
const EMBED = 'bert-tiny-embed';
let dir: string;
let fabric: Fabric;
let configuration: { baseURL: string };

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-langchain-'));
  const encoder = await ensureEmbeddingModel(join(dir, 'bert-tiny'), EMBEDDING_SHAPES['bert-tiny']);
  fabric = await Fabric.start({
    modelsFile: writeModels(dir, [
      { name: CHAT, path: await tinyModelPath(), slots: 2, contextSize: 2048 },
      { name: EMBED, path: encoder.dir, engine: 'onnxruntime', slots: 1 },
    ]),
    waitForModels: [CHAT, EMBED],
  });
  configuration = { baseURL: `${fabric.gatewayUrl}/v1` };
});

after(async () => {
  await fabric?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('OpenAIEmbeddings: one unit vector per document, and one for the query', async () => {
  const embeddings = new OpenAIEmbeddings({ model: EMBED, apiKey: 'unused', configuration, maxRetries: 0 });
  const docs = await embeddings.embedDocuments(['the sea at night', 'how bees make honey', 'bread']);
  assert.equal(docs.length, 3);
  for (const v of docs) {
    assert.equal(v.length, 128);
    assert.ok(Math.abs(Math.hypot(...v) - 1) < 1e-4);
  }
  const q = await embeddings.embedQuery('sailing');
  assert.equal(q.length, 128);
});

test('ChatOpenAI with a tool it is required to call: a tool call whose arguments match the tool schema', async () => {
  // An enum keeps the random-weight model's arguments short: a free string could run past max_tokens.
  const weather = tool(async ({ city }: { city: string }) => `sunny in ${city}`, {
    name: 'get_weather', description: 'The weather in a city', schema: z.object({ city: z.enum(['Paris', 'London', 'Tokyo']) }),
  });
  const chat = new ChatOpenAI({ model: CHAT, apiKey: 'unused', configuration, maxRetries: 0, temperature: 0, maxTokens: 256 })
    .bindTools([weather], { tool_choice: 'required' });
  const msg = await chat.invoke('What is the weather in Paris?');
  assert.ok((msg.tool_calls?.length ?? 0) >= 1, JSON.stringify(msg));
  const call = msg.tool_calls![0]!;
  assert.equal(call.name, 'get_weather');
  assert.ok(['Paris', 'London', 'Tokyo'].includes(call.args.city), JSON.stringify(call.args));
});

test('ChatOpenAI with structured output (json_schema): the answer parses into the schema', async () => {
  // maxLength keeps the random-weight model's string within max_tokens; .int() is zod's safe-integer range.
  const schema = z.object({ title: z.string().max(24), year: z.number().int() });
  const chat = new ChatOpenAI({ model: CHAT, apiKey: 'unused', configuration, maxRetries: 0, temperature: 0, maxTokens: 256 })
    .withStructuredOutput(schema, { method: 'jsonSchema', name: 'book' });
  const out = await chat.invoke('Name a book and the year it came out.');
  assert.deepEqual(Object.keys(out).sort(), ['title', 'year']);
  assert.ok(schema.safeParse(out).success, JSON.stringify(out));
});
