// `npm test`: every layer with node's test runner, one file at a time
// (integration and end-to-end files start processes; on a 2-core machine
// running them side by side only makes them slower and flakier).
// `npm test -- unit` runs one layer.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const layers = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const chosen = layers.length > 0 ? layers : ['unit', 'integration', 'e2e'];
const files = chosen.flatMap((layer) =>
  readdirSync(join(here, layer)).filter((f) => f.endsWith('.test.ts')).sort().map((f) => join(here, layer, f)),
);
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=180000', ...process.argv.slice(2).filter((a) => a.startsWith('-')), ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
