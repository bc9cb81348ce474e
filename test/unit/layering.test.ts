// The layers import only downwards: what runs in the scheduler (batch/,
// scheduler/) and the executors does not reach into the gateway, and the
// shared folders (openai/, proto/, catalog/, cluster/) into none of the
// processes. What several need lives in a shared folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) return name === 'generated' ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** The repository folders `file` imports from (first path segment). */
function importedFolders(file: string): Set<string> {
  const out = new Set<string>();
  for (const m of readFileSync(join(root, file), 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'(\.[^']+)'/gms)) {
    const target = relative(root, join(root, file, '..', m[1]!));
    out.add(target.split('/')[0]!);
  }
  return out;
}

const RULES: [string[], string[]][] = [
  [['batch', 'scheduler', 'executors'], ['gateway']],
  [['openai', 'proto', 'catalog', 'cluster'], ['gateway', 'scheduler', 'executors', 'batch']],
];

for (const [from, forbidden] of RULES) {
  test(`${from.join(', ')} import nothing from ${forbidden.join(', ')}`, () => {
    const bad = from.flatMap(sources).flatMap((f) => [...importedFolders(f)].filter((d) => forbidden.includes(d)).map((d) => `${f} → ${d}/`));
    assert.deepEqual(bad, []);
  });
}
