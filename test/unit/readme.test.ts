// The README is part of the product: its configuration table is the one
// generated from deploy/config.ts, and it shows the two commands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { configTable } from '../../deploy/config.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

test('the README carries the configuration table generated from deploy/config.ts', () => {
  assert.ok(readme.includes(configTable()), 'README is stale: paste the output of `npm run weft -- config`');
});

test('the README shows the quick start commands', () => {
  assert.match(readme, /npm ci && npm start/);
  assert.match(readme, /npm test/);
});
