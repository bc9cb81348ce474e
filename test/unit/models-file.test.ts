// The models file (WEFT_MODELS): which model files executors load, under
// which names; validated with the offending field named.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ModelsFileError, readModelsFile, removeModel, upsertModel, validateEntry, writeModelsFile,
} from '../../catalog/models-file.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'weft-models-'));
  file = join(dir, 'conf', 'models.json');
  mkdirSync(join(dir, 'conf'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (doc: unknown) => writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));

/** Asserts that reading the file throws a ModelsFileError whose message matches. */
function readRejects(doc: unknown, message: RegExp) {
  write(doc);
  assert.throws(() => readModelsFile(file), (err: unknown) => {
    assert.ok(err instanceof ModelsFileError, `expected a ModelsFileError, got ${String(err)}`);
    assert.match(err.message, message);
    return true;
  });
}

describe('readModelsFile', () => {
  test('a missing file is an empty list', () => {
    assert.deepEqual(readModelsFile(join(dir, 'nope', 'models.json')), []);
  });

  test('reads entries, with engine llama.cpp and only the fields given', () => {
    write({ models: [{ name: 'tiny', path: '/m/tiny.gguf' }, { name: 'big', path: '/m/big.gguf', contextSize: 8192, slots: 2 }] });
    assert.deepEqual(readModelsFile(file), [
      { name: 'tiny', path: '/m/tiny.gguf', engine: 'llama.cpp' },
      { name: 'big', path: '/m/big.gguf', engine: 'llama.cpp', contextSize: 8192, slots: 2 },
    ]);
  });

  test('relative paths resolve against the file\'s folder, not the working directory', () => {
    write({ models: [{ name: 'a', path: 'tiny.gguf' }, { name: 'b', path: '../models/b.gguf' }, { name: 'c', path: '/abs/c.gguf' }] });
    assert.deepEqual(readModelsFile(file).map((m) => m.path), [join(dir, 'conf', 'tiny.gguf'), join(dir, 'models', 'b.gguf'), '/abs/c.gguf']);
  });

  test('an inline chat template is kept as text', () => {
    write({ models: [{ name: 'a', path: 'a.gguf', chatTemplate: '{% for m in messages %}{{ m.content }}{% endfor %}' }] });
    assert.equal(readModelsFile(file)[0]!.chatTemplate, '{% for m in messages %}{{ m.content }}{% endfor %}');
  });

  test('an @file chat template is read from that file, relative to the models file or absolute', () => {
    writeFileSync(join(dir, 'conf', 'chatml.jinja'), '<|im_start|>{{ m }}\n');
    writeFileSync(join(dir, 'abs.jinja'), 'ABS {{ x }}');
    write({ models: [
      { name: 'rel', path: 'a.gguf', chatTemplate: '@chatml.jinja' },
      { name: 'abs', path: 'a.gguf', chatTemplate: `@${join(dir, 'abs.jinja')}` },
    ] });
    const [rel, abs] = readModelsFile(file);
    assert.equal(rel!.chatTemplate, '<|im_start|>{{ m }}\n');
    assert.equal(abs!.chatTemplate, 'ABS {{ x }}');
  });

  test('a missing @file template is an error', () => {
    write({ models: [{ name: 'a', path: 'a.gguf', chatTemplate: '@missing.jinja' }] });
    assert.throws(() => readModelsFile(file), /ENOENT/);
  });

  test('rejects a name used twice', () => {
    readRejects({ models: [{ name: 'm', path: 'a' }, { name: 'x', path: 'b' }, { name: 'm', path: 'c' }] }, /models\[2\]\.name: 'm' appears twice/);
  });

  test('rejects text that is not JSON, or a document without a models array', () => {
    readRejects('{"models": [', /not valid JSON/);
    readRejects({ model: [] }, /expected \{"models": \[\.\.\.\]\}/);
    readRejects('null', /expected \{"models": \[\.\.\.\]\}/);
  });

  test('rejects an invalid name, naming models[i].name', () => {
    for (const name of [undefined, '', '-leading-dash', 'has space', 'a*b', 'x'.repeat(129), 7]) {
      readRejects({ models: [{ name, path: 'a.gguf' }] }, /models\[0\]\.name: expected 1-128 characters/);
    }
  });

  test('accepts names with . _ : / - after a letter or digit, up to 128 characters', () => {
    write({ models: ['qwen2.5:0.5b-instruct', 'org/model_v2', '7b', 'x'.repeat(128)].map((name) => ({ name, path: 'a' })) });
    assert.equal(readModelsFile(file).length, 4);
  });

  test('rejects an invalid path, naming models[i].path', () => {
    for (const path of [undefined, '', 3]) readRejects({ models: [{ name: 'm', path }] }, /models\[0\]\.path: expected a file path/);
  });

  test('rejects a contextSize or slots that is not a positive integer, naming the field', () => {
    for (const contextSize of [0, -1, 1.5, '4096', null]) {
      readRejects({ models: [{ name: 'm', path: 'a', contextSize }] }, /models\[0\]\.contextSize: expected a positive integer/);
    }
    readRejects({ models: [{ name: 'm', path: 'a', slots: 0 }] }, /models\[0\]\.slots: expected a positive integer/);
  });

  test('rejects an engine other than llama.cpp or synthetic, and a non-string chat template', () => {
    readRejects({ models: [{ name: 'm', path: 'a', engine: 'vllm' }] }, /models\[0\]\.engine: expected one of "llama\.cpp", "synthetic"/);
    readRejects({ models: [{ name: 'm', path: 'a', chatTemplate: 42 }] }, /models\[0\]\.chatTemplate: expected a string/);
  });

  test('errors name the file and the entry index', () => {
    readRejects({ models: [{ name: 'ok', path: 'a' }, { name: 'bad', path: '' }] }, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: models\\[1\\]\\.path`));
  });
});

describe('validateEntry', () => {
  test('rejects non-objects', () => {
    for (const raw of [null, 'm', 3]) assert.throws(() => validateEntry(raw, 'entry'), /^ModelsFileError: entry: expected an object$/);
  });

  test('rejects unknown fields, so a typo is not silently ignored', () => {
    assert.throws(() => validateEntry({ name: 'm', path: 'p', minReplica: 1 }, 'entry'), /unknown field\(s\) 'minReplica'/);
  });

  test('takes placement requirements: replicas, idle TTL, device preference, memory', () => {
    const e = validateEntry({ name: 'm', path: 'p', minReplicas: 1, maxReplicas: 3, idleTtlMs: 0, devices: ['nvidia', 'cpu'], memoryMiB: 512 }, 'entry');
    assert.deepEqual(e, { name: 'm', path: 'p', engine: 'llama.cpp', minReplicas: 1, maxReplicas: 3, idleTtlMs: 0, devices: ['nvidia', 'cpu'], memoryMiB: 512 });
  });

  test('rejects minReplicas above maxReplicas, unknown device kinds and repeated kinds', () => {
    assert.throws(() => validateEntry({ name: 'm', path: 'p', minReplicas: 3, maxReplicas: 2 }, 'entry'), /minReplicas \(3\) is above maxReplicas \(2\)/);
    assert.throws(() => validateEntry({ name: 'm', path: 'p', devices: ['tpu'] }, 'entry'), /entry\.devices: expected a non-empty list/);
    assert.throws(() => validateEntry({ name: 'm', path: 'p', devices: ['cpu', 'cpu'] }, 'entry'), /appears twice/);
    assert.throws(() => validateEntry({ name: 'm', path: 'p', memoryMiB: 0 }, 'entry'), /memoryMiB: expected a positive integer/);
  });
});

describe('upsertModel / removeModel', () => {
  test('upsert creates the file (and its folder) and the entry reads back', () => {
    const f = join(dir, 'new', 'deeper', 'models.json');
    upsertModel(f, { name: 'tiny', path: '/m/tiny.gguf', contextSize: 2048 });
    assert.deepEqual(readModelsFile(f), [{ name: 'tiny', path: '/m/tiny.gguf', engine: 'llama.cpp', contextSize: 2048 }]);
  });

  test('upsert replaces an entry of the same name and keeps the others', () => {
    upsertModel(file, { name: 'a', path: '/m/a.gguf' });
    upsertModel(file, { name: 'b', path: '/m/b.gguf' });
    upsertModel(file, { name: 'a', path: '/m/a2.gguf', slots: 8 });
    assert.deepEqual(readModelsFile(file).map((m) => [m.name, m.path, m.slots]), [['b', '/m/b.gguf', undefined], ['a', '/m/a2.gguf', 8]]);
  });

  test('upsert validates the entry and leaves the file untouched when it is invalid', () => {
    upsertModel(file, { name: 'a', path: '/m/a.gguf' });
    const before = readFileSync(file, 'utf8');
    assert.throws(() => upsertModel(file, { name: 'bad name', path: '/x' }), /entry\.name/);
    assert.throws(() => upsertModel(file, { name: 'ok', path: '/x', contextSize: 0 }), /entry\.contextSize/);
    assert.equal(readFileSync(file, 'utf8'), before);
  });

  test('remove deletes the named entry and reports whether it did', () => {
    upsertModel(file, { name: 'a', path: '/m/a.gguf' });
    upsertModel(file, { name: 'b', path: '/m/b.gguf' });
    assert.equal(removeModel(file, 'a'), true);
    assert.deepEqual(readModelsFile(file).map((m) => m.name), ['b']);
    assert.equal(removeModel(file, 'a'), false);
    assert.equal(removeModel(file, 'b'), true);
    assert.deepEqual(readModelsFile(file), []);
  });

  test('remove on a missing file is false and creates nothing', () => {
    const f = join(dir, 'none.json');
    assert.equal(removeModel(f, 'a'), false);
    assert.equal(existsSync(f), false);
  });

  test('writes leave no temporary files behind', () => {
    writeModelsFile(file, [{ name: 'a', path: '/a' }]);
    upsertModel(file, { name: 'b', path: '/b' });
    removeModel(file, 'a');
    assert.deepEqual(readdirSync(join(dir, 'conf')), ['models.json']);
  });
});
