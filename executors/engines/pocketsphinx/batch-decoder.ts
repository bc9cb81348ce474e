// One long-lived pocketsphinx_batch process: the acoustic model, language
// model and dictionary load once (~0.4 s), then each utterance costs only
// its decoding. Its control file is a FIFO in a private folder (not its
// stdin: Node gives a child a socket there, which /dev/stdin cannot open):
// an utterance is a raw pcm16 file at 16 kHz in that folder plus one line
// naming it. The decoder's log (stderr; a path such as /dev/stdout cannot
// be opened on a socket either) carries one hypothesis line per utterance,
// "<words> (<utterance id> <score>)", then "<utterance id> done ---".
import { execFileSync, spawn, type ChildProcessByStdio } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, unlinkSync, writeFileSync, type WriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const DECODER_PROGRAM = 'pocketsphinx_batch';
export const DECODER_SAMPLE_RATE = 16_000;

/** Where a model folder keeps its parts (as Debian's pocketsphinx-en-us lays them out). */
export interface SphinxModel {
  hmm: string;
  lm: string;
  dict: string;
}

const HYPOTHESIS = /^(.*?)\s*\((\S+)(?:\s+-?\d+)?\)\s*$/;
const DONE = /^(\S+) done -+$/;

export class BatchDecoder {
  private readonly proc: ChildProcessByStdio<null, Readable, Readable>;
  private readonly ctl: WriteStream;
  private readonly dir: string;
  private readonly waiting = new Map<string, { resolve(text: string): void; reject(err: Error): void }>();
  private seq = 0;
  private exited: Error | undefined;

  constructor(model: SphinxModel) {
    this.dir = mkdtempSync(join(tmpdir(), 'weft-sphinx-'));
    const fifo = join(this.dir, 'ctl');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    this.proc = spawn(DECODER_PROGRAM, [
      '-hmm', model.hmm, '-lm', model.lm, '-dict', model.dict,
      '-adcin', 'yes', '-cepdir', this.dir, '-cepext', '.raw',
      '-ctl', fifo,
    ], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout.resume();
    // Opening a FIFO for writing waits for its reader (in libuv's pool, not here).
    this.ctl = createWriteStream(fifo);
    this.ctl.on('error', () => undefined);
    createInterface({ input: this.proc.stderr }).on('line', (line) => {
      if (/^(INFO|WARN|ERROR|FATAL)/.test(line)) return;
      const done = DONE.exec(line);
      const m = done ? undefined : HYPOTHESIS.exec(line);
      const id = done?.[1] ?? m?.[2];
      const w = id === undefined ? undefined : this.waiting.get(id);
      if (!w) return;
      this.waiting.delete(id!);
      this.cleanup(id!);
      w.resolve(m?.[1]?.trim() ?? '');
    });
    const gone = (why: string) => {
      this.exited ??= new Error(why);
      for (const [id, w] of this.waiting) {
        this.cleanup(id);
        w.reject(this.exited);
      }
      this.waiting.clear();
    };
    this.proc.on('error', (err) => gone(`${DECODER_PROGRAM} could not run: ${err.message} (install Debian's pocketsphinx and pocketsphinx-en-us)`));
    this.proc.on('exit', (code, signal) => gone(`${DECODER_PROGRAM} exited (${signal ?? code})`));
  }

  get alive(): boolean {
    return this.exited === undefined;
  }

  /** The words of one utterance of pcm16 16 kHz audio. */
  decode(pcm: Uint8Array): Promise<string> {
    if (this.exited) return Promise.reject(this.exited);
    const id = `u${++this.seq}`;
    writeFileSync(join(this.dir, `${id}.raw`), pcm);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.ctl.write(`${id}\n`);
    });
  }

  private cleanup(id: string): void {
    try {
      unlinkSync(join(this.dir, `${id}.raw`));
    } catch {
      // already gone
    }
  }

  /** Stops the process (an utterance being decoded fails). */
  close(): void {
    this.proc.kill('SIGKILL');
    this.ctl.destroy();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
