import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { LlamaCppEngine } from '/work/main/executors/engines/llamacpp/llamacpp-engine.ts';
import { ensureModel, SHAPES } from '/work/main/executors/engines/llamacpp/gguf/index.ts';
const dir = join(tmpdir(), 'weft-bench-models'); mkdirSync(dir, { recursive: true });
const { path } = await ensureModel(join(dir, 'tiny.gguf'), SHAPES.tiny);
for (const threads of [1, 2, 1]) {
  const t0 = performance.now();
  const e = await LlamaCppEngine.create({ threads });
  await e.load({ name: 'm', path, contextSize: 1024, slots: 16 });
  console.log('create+load', threads, (performance.now() - t0).toFixed(0));
  const chat = { messages: [{ role: 'user', content: 'Say hello in one word.' }], sampling: { maxTokens: 1, temperature: 0 } };
  const one = async (c: any) => { let toks = 0; for await (const ev of e.generate({ requestId: 'x', model: 'm', chat: c }, new AbortController().signal)) if (ev.type === 'finish') toks = ev.usage.completionTokens; return toks; };
  for (let i = 0; i < 50; i++) await one(chat);
  let t = performance.now(); const N = 300;
  for (let i = 0; i < N; i++) await one(chat);
  console.log('lat ms', threads, ((performance.now() - t) / N).toFixed(3));
  for (const conc of [1, 4, 16]) {
    const c2 = { messages: [{ role: 'user', content: 'Tell me a long story about a fox.' }], sampling: { maxTokens: 128, temperature: 0 } };
    t = performance.now(); let tot = 0;
    await Promise.all(Array.from({ length: conc }, async () => { for (let k = 0; k < 3; k++) tot += await one(c2); }));
    console.log('tps', threads, conc, (tot / ((performance.now() - t) / 1000)).toFixed(0), tot);
  }
  await e.dispose();
}
