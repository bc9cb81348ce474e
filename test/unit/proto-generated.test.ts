// The committed codecs in proto/generated/ are exactly what proto/gen.ts
// makes from the .proto files today: a .proto change committed without
// `npm run gen:proto` fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '../../proto/gen.ts';

const committed = fileURLToPath(new URL('../../proto/generated/', import.meta.url));

test('proto/generated/weft.js, weft.d.ts and services.ts are byte-for-byte what `npm run gen:proto` produces', () => {
  const dir = mkdtempSync(join(tmpdir(), 'weft-gen-'));
  try {
    generate(dir);
    for (const file of ['weft.js', 'weft.d.ts', 'services.ts']) {
      const fresh = readFileSync(join(dir, file));
      const old = readFileSync(join(committed, file));
      // Compare as text first for a readable diff, then as bytes.
      assert.equal(old.toString('utf8'), fresh.toString('utf8'), `proto/generated/${file} is stale: run npm run gen:proto`);
      assert.ok(old.equals(fresh), `proto/generated/${file} differs byte-wise from the generator's output`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
