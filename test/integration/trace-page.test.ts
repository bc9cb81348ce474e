// The waterfall page in a real headless browser (Debian's chromium, driven
// by playwright-core), against a real fabric: the page asks for the API
// key, lists the traces, opens one, draws a bar per span nested under its
// parent with queue wait and cold start drawn apart from the other bars
// and from each other, and shows a span's attributes on click. A
// screenshot of the waterfall is left in the test's temp dir as an
// artifact (its path is printed as a test diagnostic). Skipped when
// /usr/bin/chromium is missing (.ci/run installs it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type Browser, type Page } from 'playwright-core';
import { newKey } from '../../gateway/auth.ts';
import { Fabric } from '../harness/processes.ts';
import { writeModels } from '../harness/models.ts';
import { until } from '../harness/until.ts';

const CHROMIUM = '/usr/bin/chromium';
const MODEL = 'syn-trace-page';
const tenant = newKey('tenant-page', 'user');
const missing = existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (Debian package chromium; .ci/run installs it)`;

let dir: string;
let fabric: Fabric;
let browser: Browser;
let page: Page;
let trace: { id: string; requestId: string; spans: { span_id: string; parent_span_id: string | null; name: string }[] };

describe('trace waterfall page in chromium', { skip: missing }, () => {
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weft-trace-page-'));
    const keysFile = join(dir, 'keys.json');
    writeFileSync(keysFile, JSON.stringify({ keys: [tenant.record] }));
    // No replica until the first request: its trace has a cold start inside its queue wait.
    const modelsFile = writeModels(dir, [{ name: MODEL, engine: 'synthetic', path: 'synthetic:?tps=500&ttft=5', slots: 1, contextSize: 2048, minReplicas: 0 }]);
    fabric = await Fabric.start({ modelsFile, gatewayEnv: { WEFT_API_KEYS: keysFile } });
    const r = await fetch(`${fabric.gatewayUrl}/v1/chat/completions`, {
      method: 'POST', headers: { authorization: `Bearer ${tenant.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: MODEL, messages: [{ role: 'user', content: 'draw me' }], max_tokens: 8 }),
    });
    assert.equal(r.status, 200);
    await r.arrayBuffer();
    const requestId = r.headers.get('x-request-id')!;
    const want = ['gateway.request', 'scheduler.dispatch', 'scheduler.queue_wait', 'scheduler.cold_start', 'executor.generate'];
    const t = await until('the request\'s whole trace in the store', async () => {
      const res = await fetch(`${fabric.gatewayUrl}/v1/requests/${requestId}/trace`, { headers: { authorization: `Bearer ${tenant.key}` } });
      if (res.status !== 200) return undefined;
      const body = await res.json() as typeof trace;
      return want.every((n) => body.spans.some((s) => s.name === n)) ? body : undefined;
    }, 15_000);
    trace = { ...t, requestId };
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage({ viewport: { width: 1400, height: 700 } });
  });

  after(async () => {
    await browser?.close();
    await fabric?.stop();
  });

  test('the page asks for the key, then lists the trace', async () => {
    await page.goto(`${fabric.gatewayUrl}/traces`);
    await page.waitForSelector('body[data-ready="1"]');
    // Without a key the API refuses, and the page says so instead of listing.
    assert.ok(await page.isVisible('.error-box'), 'the page shows the refusal');
    assert.equal(await page.locator('#trace-list').count(), 0);
    await page.fill('#key', tenant.key);
    await page.dispatchEvent('#key', 'change');
    const row = page.locator(`tr.trace-row[data-trace-id="${trace.id}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    assert.ok(cells.includes(MODEL) && cells.includes('ok') && cells.includes(trace.requestId), JSON.stringify(cells));
  });

  test('a trace opens as a waterfall: bars nested by parent, queue wait and cold start distinct', async (t) => {
    await page.click(`tr.trace-row[data-trace-id="${trace.id}"]`);
    await page.waitForSelector('#waterfall .wf-row');
    assert.equal(new URL(page.url()).pathname, `/traces/${trace.id}`);
    const rows = await page.$$eval('#waterfall .wf-row', (els) => els.map((r) => {
      const row = r as HTMLElement;
      const bar = row.querySelector('.bar') as HTMLElement;
      const box = bar.getBoundingClientRect();
      const style = getComputedStyle(bar);
      return {
        id: row.dataset.spanId!, name: row.dataset.name!,
        indent: parseFloat(getComputedStyle(row.querySelector('.wf-name')!).paddingLeft),
        classes: bar.className, background: `${style.backgroundColor} ${style.backgroundImage}`,
        left: box.left, right: box.right, width: box.width, height: box.height,
      };
    }));
    // One row per span, each after its parent and indented one level deeper.
    assert.equal(rows.length, trace.spans.length);
    const at = new Map(rows.map((r, i) => [r.id, i]));
    for (const s of trace.spans) {
      if (!s.parent_span_id || !at.has(s.parent_span_id)) continue;
      const child = rows[at.get(s.span_id)!]!;
      const parent = rows[at.get(s.parent_span_id)!]!;
      assert.ok(at.get(s.span_id)! > at.get(s.parent_span_id)!, `${s.name} is drawn after its parent ${parent.name}`);
      assert.ok(child.indent > parent.indent, `${s.name} (${child.indent}px) is indented under ${parent.name} (${parent.indent}px)`);
    }
    const by = (name: string) => rows.find((r) => r.name === name)!;
    const qw = by('scheduler.queue_wait');
    const cs = by('scheduler.cold_start');
    const dispatch = by('scheduler.dispatch');
    const exec = by('executor.generate');
    for (const r of [qw, cs, dispatch, exec]) assert.ok(r.width > 0 && r.height > 0, `${r.name}'s bar is drawn`);
    assert.match(qw.classes, /queue-wait/);
    assert.match(cs.classes, /cold-start/);
    // Drawn apart: their own fills, unlike each other and every other bar.
    assert.notEqual(qw.background, cs.background);
    for (const other of rows.filter((r) => r !== qw && r !== cs)) {
      assert.notEqual(other.background, qw.background, `${other.name} looks unlike queue wait`);
      assert.notEqual(other.background, cs.background, `${other.name} looks unlike cold start`);
    }
    // On the time axis: the cold start lies within the queue wait, and the executor starts after both.
    assert.ok(cs.left >= qw.left - 1 && cs.right <= qw.right + 1, `cold start [${cs.left}, ${cs.right}] within queue wait [${qw.left}, ${qw.right}]`);
    assert.ok(exec.left >= qw.right - 2, `executor starts at ${exec.left}, queue wait ends at ${qw.right}`);
    const shot = join(dir, 'trace-waterfall.png');
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(statSync(shot).size > 1000);
    t.diagnostic(`screenshot: ${shot}`);
  });

  test('clicking a span shows its attributes and events', async () => {
    await page.click('#waterfall .wf-row[data-name="executor.generate"]');
    await until('the span\'s details', async () => (await page.textContent('#detail'))?.startsWith('{'));
    const detail = JSON.parse((await page.textContent('#detail'))!);
    assert.equal(detail.name, 'executor.generate');
    assert.equal(detail.attributes['weft.model'], MODEL);
    assert.equal(detail.attributes['gen_ai.usage.output_tokens'], 8);
    assert.equal(detail.attributes['weft.device.kind'], 'cpu');
    assert.ok(await page.isVisible('#waterfall .wf-row.selected[data-name="executor.generate"]'));
    await page.click('#waterfall .wf-row[data-name="scheduler.dispatch"]');
    await until('the dispatch span\'s details', async () => JSON.parse((await page.textContent('#detail'))!).name === 'scheduler.dispatch');
    const d = JSON.parse((await page.textContent('#detail'))!);
    assert.ok(d.attributes['weft.placement.reason'], 'the placement reason');
    assert.deepEqual(d.events.map((e: { name: string }) => e.name), ['placement']);
  });
});
