// Which tasks a loaded GGUF runs, and the refusal of the others: a reranker
// (node-llama-cpp's supportsRanking: a rank head in the file) runs rerank
// only, every other GGUF chat and embed. The engine refuses here what the
// scheduler would already have refused by the replica's reported tasks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LlamaModel } from 'node-llama-cpp';
import { GGUF_POOLING_TYPE_RANK, ggufTasksOfHeader, Task, WeftError } from '../../proto/index.ts';
import { checkModelTask, modelTasks } from '../../executors/engines/llamacpp/rerank.ts';

// Only fileInsights.supportsRanking is read.
const model = (supportsRanking: boolean) => ({ fileInsights: { supportsRanking } }) as unknown as LlamaModel;

test('a reranker runs rerank only; any other GGUF chat and embed', () => {
  assert.deepEqual(modelTasks(model(true)), [Task.TASK_RERANK]);
  assert.deepEqual(modelTasks(model(false)), [Task.TASK_CHAT, Task.TASK_EMBED]);
});

test('the loaded model\'s rule is the catalog\'s: a reranker\'s rank pooling in the header gives the same tasks as its rank head', () => {
  assert.deepEqual(modelTasks(model(true)), ggufTasksOfHeader(GGUF_POOLING_TYPE_RANK));
  assert.deepEqual(modelTasks(model(false)), ggufTasksOfHeader(undefined));
});

test('the wrong task is UNSUPPORTED, naming the model, what it runs and why', () => {
  assert.doesNotThrow(() => checkModelTask('r', model(true), 'rerank'));
  assert.doesNotThrow(() => checkModelTask('c', model(false), 'chat'));
  assert.doesNotThrow(() => checkModelTask('c', model(false), 'embed'));
  const onChat = (() => { try { checkModelTask('c', model(false), 'rerank'); } catch (e) { return e; } })();
  assert.ok(WeftError.is(onChat));
  assert.match(onChat.message, /The model 'c' cannot run rerank requests: it runs chat, embed \(engine llama\.cpp\): its file has no rank head/);
  assert.throws(() => checkModelTask('r', model(true), 'chat'), /The model 'r' cannot run chat requests: it runs rerank .*it is a reranker/);
  assert.throws(() => checkModelTask('r', model(true), 'embed'), /cannot run embed requests: it runs rerank/);
});
