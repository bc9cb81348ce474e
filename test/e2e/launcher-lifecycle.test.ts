// `npm start` as a user and a process manager meet it: it says ready only
// when its own gateway serves the demo model; everything it started stops
// when it is stopped, whoever is signalled (npm, or the launcher killed
// outright); and what it cannot serve (a taken port, a NATS that does not
// answer) is one line and a non-zero exit, never a false "ready" or a crash
// loop. Each launch uses its own WEFT_HOME, a free port and a nats-server
// of the test's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import OpenAI from 'openai';
import { OpenAIRealtimeWS } from 'openai/realtime/ws';
import { availableParallelism, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNatsServer, type NatsServer } from '../../deploy/local/nats-server.ts';
import { processLayout } from '../../deploy/local/launcher.ts';
import { killLeft, processTree, waitStopped, type Proc } from '../harness/proc-tree.ts';
import { freePort } from '../harness/free-port.ts';
import { until } from '../harness/until.ts';
import WebSocket from 'ws';
import { pcm16Bytes } from '../../audio/pcm.ts';
import { concat, silence, speech } from '../support/speech.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LAUNCHER = join(root, 'deploy/local/main.ts');
const READY = /Weft is ready\./;

let nats: NatsServer;
let dir: string;
/** Every launch, and every process tree a test saw: whatever of them is left is killed after the tests. */
const launches: Launch[] = [];
const seen: Proc[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'weft-launcher-'));
  nats = await startNatsServer({ storeDir: join(dir, 'nats') });
});

after(async () => {
  for (const l of launches) killLeft(processTree(l.pid));
  killLeft(seen);
  await nats?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A launch's environment: its own WEFT_HOME (hence its own cluster), nothing inherited that would change it. */
function weftEnv(home: string, port: number, natsUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    WEFT_HOME: join(dir, home),
    PORT: String(port),
    NATS_URL: natsUrl,
    WEFT_THREADS: '1',
    WEFT_LOG_FORMAT: 'json',
    npm_config_update_notifier: 'false',
  };
  for (const k of ['WEFT_PARENT_PID', 'WEFT_CLUSTER', 'WEFT_MODELS', 'WEFT_API_KEYS', 'WEFT_HOST']) delete env[k];
  if (!('WEFT_LAYOUT' in extra)) delete env.WEFT_LAYOUT;
  return env;
}

class Launch {
  readonly proc: ChildProcess;
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv) {
    this.proc = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    launches.push(this);
    this.exited = new Promise((resolve) => this.proc.once('exit', (code, signal) => resolve({ code, signal })));
    this.proc.stdout!.on('data', (d: Buffer) => (this.stdout += d.toString()));
    this.proc.stderr!.on('data', (d: Buffer) => {
      this.stderr += d.toString();
      if (process.env.WEFT_TEST_LOGS) process.stderr.write(d);
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  /** Resolves when stdout matches `re`; rejects if the process exits first or `timeoutMs` passes. */
  async waitStdout(re: RegExp, timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (!re.test(this.stdout)) {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) throw new Error(`exited before printing ${re}:\n${this.stdout}\n${this.stderr}`);
      if (Date.now() > until) throw new Error(`did not print ${re} within ${timeoutMs} ms:\n${this.stdout}\n${this.stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Its exit, or a failure naming what it printed if it still runs after `timeoutMs`. */
  async waitExit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms:\nstdout: ${this.stdout}\nstderr: ${this.stderr}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** `npm start`, as the README says, once it printed its ready line. */
async function npmStart(home: string, port: number, extra: NodeJS.ProcessEnv = {}): Promise<Launch> {
  const weft = new Launch('npm', ['start'], weftEnv(home, port, nats.url, extra));
  try {
    await weft.waitStdout(READY, 180_000);
  } finally {
    seen.push(...processTree(weft.pid));
  }
  return weft;
}

// The node process itself, not npm's `sh -c node deploy/local/main.ts` above it.
const isLauncher = (p: Proc) => /(^|\/)node$/.test(p.cmd.split(' ')[0]!) && p.cmd.includes('deploy/local/main.ts');
const service = (tree: Proc[], main: string) => tree.find((p) => p.cmd.includes(main));
/** The process serving HTTP: the gateway's own, or the control process (gateway and scheduler in one, WEFT_LAYOUT combined). */
const front = (tree: Proc[]) => service(tree, 'gateway/main.ts') ?? service(tree, 'deploy/control/main.ts');

/** The launcher and every service of one of the two layouts. */
function assertFullTree(tree: Proc[], layout: 'split' | 'combined'): void {
  assert.ok(tree.some(isLauncher), `no launcher in ${JSON.stringify(tree)}`);
  const mains = layout === 'split' ? ['gateway/main.ts', 'scheduler/main.ts', 'executors/main.ts'] : ['deploy/control/main.ts', 'executors/main.ts'];
  for (const main of mains) assert.ok(service(tree, main), `no ${main} in ${JSON.stringify(tree)}`);
  assert.equal(tree.filter((p) => /\/(gateway|scheduler|executors|control)\/main\.ts/.test(p.cmd)).length, mains.length, JSON.stringify(tree));
}

/** What WEFT_LAYOUT=auto picks on this machine (deploy/local/launcher.ts). */
const AUTO_LAYOUT = processLayout('auto');

describe('a running `npm start`', () => {
  let weft: Launch;
  let port: number;

  before(async () => {
    port = await freePort();
    weft = await npmStart('first', port);
  });

  test('says ready only when its own gateway has a ready replica of the demo model', async () => {
    const gateway = front(processTree(weft.pid))!;
    const r = await fetch(`http://127.0.0.1:${port}/readyz`);
    assert.equal(r.status, 200);
    const body = (await r.json()) as { models: string[]; loading: string[]; pid: number };
    assert.equal(body.pid, gateway.pid, 'the ready line came from this launch\'s gateway');
    assert.ok(body.models.includes('weft-demo'), JSON.stringify(body));
    assert.ok(!body.loading.includes('weft-demo'), JSON.stringify(body));
    const cluster = (await (await fetch(`http://127.0.0.1:${port}/v1/cluster`)).json()) as { executors: { models: { name: string; state: string }[] }[] };
    const demo = cluster.executors.flatMap((e) => e.models).filter((m) => m.name === 'weft-demo');
    assert.deepEqual(demo.map((m) => m.state), ['ready']);
  });

  test('serves the demo encoders, loaded on first use: embeddings and rerank', async () => {
    const post = (path: string, body: unknown) => fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const embedded = await post('/v1/embeddings', { model: 'weft-demo-embed', input: ['hello', 'world'] });
    assert.equal(embedded.status, 200, await embedded.clone().text());
    assert.deepEqual(((await embedded.json()) as { data: { embedding: number[] }[] }).data.map((d) => d.embedding.length), [128, 128]);
    const ranked = await post('/v1/rerank', { model: 'weft-demo-rerank', query: 'sea', documents: ['the sea at night', 'bread'], top_n: 1 });
    assert.equal(ranked.status, 200, await ranked.clone().text());
    assert.equal(((await ranked.json()) as { results: unknown[] }).results.length, 1);
  });

  test('serves the speech models this machine can run, loaded on first use: text to speech and back', async () => {
    const speech = await fetch(`http://127.0.0.1:${port}/v1/audio/speech`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'espeak-ng', input: 'what is the capital of France', voice: 'en-us+f3', response_format: 'wav' }),
    });
    assert.equal(speech.status, 200, await speech.clone().text());
    const wav = new Uint8Array(await speech.arrayBuffer());
    assert.equal(Buffer.from(wav.subarray(0, 4)).toString(), 'RIFF');
    const form = new FormData();
    form.set('model', 'pocketsphinx-en-us');
    form.set('file', new Blob([wav], { type: 'audio/wav' }), 'q.wav');
    const heard = await fetch(`http://127.0.0.1:${port}/v1/audio/transcriptions`, { method: 'POST', body: form });
    assert.equal(heard.status, 200, await heard.clone().text());
    assert.match(((await heard.json()) as { text: string }).text, /capital/);
  });

  test('answers a Realtime voice turn: server VAD (Silero, from its npm package) hears the speech, the turn is transcribed and answered', async () => {
    const models = (await (await fetch(`http://127.0.0.1:${port}/v1/models`)).json()) as { data: { id: string; tasks: string[] }[] };
    assert.deepEqual(models.data.find((m) => m.id === 'silero-vad')?.tasks, ['detectSpeech'], JSON.stringify(models.data));
    const ws = new WebSocket(`ws://127.0.0.1:${port}/v1/realtime?model=weft-demo`);
    const events: { type: string; [k: string]: any }[] = [];
    ws.on('message', (d) => events.push(JSON.parse(String(d))));
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const next = (type: string) => until(type, () => events.find((e) => e.type === type), 60_000, 10);
    try {
      await next('session.created');
      ws.send(JSON.stringify({ type: 'session.update', session: { output_modalities: ['text'], max_output_tokens: 4 } }));
      await next('session.updated');
      const audio = concat(speech('what is the capital of France'), silence(1200));
      // 20 ms frames, sent at once: the server's VAD reads the audio, not the clock.
      for (let i = 0; i < audio.length; i += 480) ws.send(JSON.stringify({ type: 'input_audio_buffer.append', audio: Buffer.from(pcm16Bytes(audio.subarray(i, i + 480))).toString('base64') }));
      await next('input_audio_buffer.speech_started');
      await next('input_audio_buffer.speech_stopped');
      const heard = await next('conversation.item.input_audio_transcription.completed');
      assert.match(heard.transcript, /capital/, JSON.stringify(events.filter((e) => !/delta|append/.test(e.type)).map((e) => ({ ...e, session: undefined }))).slice(0, 5000));
      const done = await next('response.done');
      // Four tokens of the synthesized model: cut at the cap.
      assert.deepEqual([done.response.status, done.response.status_details?.reason], ['incomplete', 'max_output_tokens'], JSON.stringify(done));
      assert.ok(done.response.output[0].content[0].text.length > 0, JSON.stringify(done));
      assert.equal(events.filter((e) => e.type === 'error').length, 0, JSON.stringify(events.filter((e) => e.type === 'error')));
    } finally {
      ws.close();
    }
  });

  test('a second launch on the same port stops with one line naming the port, never saying ready', async () => {
    const second = new Launch(process.execPath, [LAUNCHER], weftEnv('second', port, nats.url));
    const { code } = await second.waitExit(60_000);
    assert.notEqual(code, 0);
    assert.doesNotMatch(second.stdout, READY);
    const lines = second.stderr.trim().split('\n');
    assert.equal(lines.length, 1, second.stderr);
    assert.match(lines[0]!, new RegExp(`^weft: port ${port} on 127\\.0\\.0\\.1 is already in use`));
    // The first instance is untouched.
    assert.equal((await fetch(`http://127.0.0.1:${port}/readyz`)).status, 200);
  });

  test(`runs the layout WEFT_LAYOUT=auto picks on ${availableParallelism()} cores: ${AUTO_LAYOUT}`, () => {
    assertFullTree(processTree(weft.pid), AUTO_LAYOUT);
  });

  test('SIGTERM to the npm process stops npm, the launcher and every service', async () => {
    const tree = processTree(weft.pid);
    assertFullTree(tree, AUTO_LAYOUT);
    process.kill(weft.pid, 'SIGTERM');
    const left = await waitStopped(tree, 30_000);
    assert.deepEqual(left.map((p) => `${p.pid} ${p.cmd}`), []);
  });
});

describe('a restarted `npm start`', () => {
  test('finds the demo model still placed on its executor (one identity per host and port) and loads it at once, without re-placing it', async () => {
    const port = await freePort();
    const first = await npmStart('restarted', port);
    const tree = processTree(first.pid);
    process.kill(first.pid, 'SIGTERM');
    assert.deepEqual((await waitStopped(tree, 30_000)).map((p) => `${p.pid} ${p.cmd}`), []);

    const restartedAt = Date.now();
    const second = await npmStart('restarted', port);
    const cluster = (await (await fetch(`http://127.0.0.1:${port}/v1/cluster`)).json()) as {
      executors: { id: string }[];
      models: { id: string; replicas: { executor_id: string; state: string; placed_at: string }[] }[];
    };
    const id = `exec-${hostname()}-${port}`;
    assert.deepEqual(cluster.executors.map((e) => e.id), [id]);
    const demo = cluster.models.find((m) => m.id === 'weft-demo')!;
    assert.deepEqual(demo.replicas.map((r) => [r.executor_id, r.state]), [[id, 'ready']]);
    // Placed by the first launch, kept across the restart.
    assert.ok(Date.parse(demo.replicas[0]!.placed_at) < restartedAt, JSON.stringify(demo.replicas));
    process.kill(second.pid, 'SIGTERM');
    await second.waitExit(30_000);
  });
});

describe('a launcher killed outright', () => {
  test('SIGKILL to the launcher stops every service it started (WEFT_LAYOUT=split: gateway, scheduler, executor)', async () => {
    const weft = await npmStart('killed', await freePort(), { WEFT_LAYOUT: 'split' });
    const tree = processTree(weft.pid);
    assertFullTree(tree, 'split');
    process.kill(tree.find(isLauncher)!.pid, 'SIGKILL');
    const left = await waitStopped(tree, 30_000);
    assert.deepEqual(left.map((p) => `${p.pid} ${p.cmd}`), []);
  });

  test('its services stop even while nothing reaps it (a zombie keeps its pid)', async () => {
    // The launcher's parent execs `sleep`, which never waits for children:
    // once killed, the launcher stays a zombie, its pid still taken.
    const weft = new Launch('sh', ['-c', `"${process.execPath}" "${LAUNCHER}" & exec sleep 600`], weftEnv('zombie', await freePort(), nats.url));
    await weft.waitStdout(READY, 180_000);
    const tree = processTree(weft.pid);
    seen.push(...tree);
    assertFullTree(tree, AUTO_LAYOUT);
    const started = tree.filter((p) => p.pid !== weft.pid); // the launcher and all it started
    process.kill(tree.find(isLauncher)!.pid, 'SIGKILL');
    const left = await waitStopped(started, 30_000);
    assert.deepEqual(left.map((p) => `${p.pid} ${p.cmd}`), []);
    weft.proc.kill('SIGKILL');
  });
});

describe('a NATS_URL that does not answer', () => {
  test('is one line naming it and a non-zero exit, before any service starts', async () => {
    const url = `nats://127.0.0.1:${await freePort()}`; // nothing listens there
    const weft = new Launch(process.execPath, [LAUNCHER], weftEnv('no-nats', await freePort(), url));
    const { code } = await weft.waitExit(60_000);
    assert.notEqual(code, 0);
    const lines = weft.stderr.trim().split('\n');
    assert.equal(lines.length, 1, weft.stderr);
    assert.match(lines[0]!, new RegExp(`^weft: cannot reach NATS at ${url} \\(NATS_URL\\): connection refused`));
    assert.doesNotMatch(weft.stdout, READY);
  });
});

describe('`npm start` with WEFT_TLS_CERT and WEFT_TLS_KEY', () => {
  test('serves HTTPS and wss on its port: the openai package\'s Realtime client (wss: only) connects with no proxy in front', async () => {
    const certs = mkdtempSync(join(dir, 'tls-'));
    const cert = join(certs, 'cert.pem');
    const key = join(certs, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    const port = await freePort();
    const weft = await npmStart('tls', port, { WEFT_TLS_CERT: cert, WEFT_TLS_KEY: key });
    try {
      assert.match(weft.stdout, new RegExp(`OpenAI base URL: https://127\\.0\\.0\\.1:${port}/v1`));
      const ca = readFileSync(cert);
      // HTTPS, the certificate checked against itself.
      const body = JSON.stringify({ model: 'weft-demo', messages: [{ role: 'user', content: 'Hello' }], max_tokens: 4 });
      const answer = await new Promise<{ status: number; json: any }>((resolve, reject) => {
        const req = httpsRequest(`https://127.0.0.1:${port}/v1/chat/completions`, { method: 'POST', ca, headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
        });
        req.on('error', reject).end(body);
      });
      assert.equal(answer.status, 200, JSON.stringify(answer.json));
      assert.equal(answer.json.usage.completion_tokens, 4);
      // The official Realtime client, straight to the gateway.
      const client = new OpenAI({ baseURL: `https://127.0.0.1:${port}/v1`, apiKey: 'unused-auth-is-off' });
      const rt = new OpenAIRealtimeWS({ model: 'weft-demo', options: { ca } } as any, client);
      const events: { type: string; [k: string]: any }[] = [];
      rt.on('event', (e: any) => events.push(e));
      rt.on('error', (e: any) => events.push({ type: 'client error', message: String(e) }));
      try {
        await until('session.created', () => events.find((e) => e.type === 'session.created' || e.type === 'client error'), 20_000);
        assert.deepEqual(events.filter((e) => e.type === 'client error'), []);
        rt.send({ type: 'conversation.item.create', item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello' }] } } as any);
        rt.send({ type: 'response.create', response: { output_modalities: ['text'], max_output_tokens: 3 } } as any);
        const done = await until('response.done', () => events.find((e) => e.type === 'response.done'), 20_000);
        assert.equal(done.response.usage.output_tokens, 3, JSON.stringify(done));
      } finally {
        rt.close();
      }
    } finally {
      weft.proc.kill('SIGTERM');
      await weft.waitExit(30_000);
    }
  });
});
