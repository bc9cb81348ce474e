// The live progress line of `weft batch submit --wait`: bar, done/total,
// status, rate since following began, and the time left at that rate.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { duration, progressLine } from '../../deploy/cli/batch.ts';

const at = (status: string, total: number, completed: number, failed = 0) => ({ status, request_counts: { total, completed, failed } });

describe('weft batch submit --wait: progress line', () => {
  test('bar, done/total, rate since following began and ETA', () => {
    // 500 of 2,000 done; 100 were done when following began 10 s ago: 40 lines/s, 1,500 left → 38 s.
    assert.equal(progressLine(at('in_progress', 2000, 500), 10, 100, 20), '[#####...............] 500/2000 in_progress  40.0 lines/s  ETA 38s');
  });

  test('failed lines count as done and are named', () => {
    assert.equal(progressLine(at('in_progress', 10, 4, 1), 5, 0, 10), '[#####.....] 5/10 in_progress  1.0 lines/s  ETA 5s  (1 failed)');
  });

  test('before any progress: no rate, no ETA, total unknown while validating', () => {
    assert.equal(progressLine(at('validating', 0, 0), 0, 0, 10), '[..........] 0/? validating  0.0 lines/s  ETA -');
    assert.equal(progressLine(at('in_progress', 100, 0), 3, 0, 10), '[..........] 0/100 in_progress  0.0 lines/s  ETA -');
  });

  test('finished: a full bar and no ETA', () => {
    assert.equal(progressLine(at('completed', 100, 100), 4, 0, 10), '[##########] 100/100 completed  25.0 lines/s  ETA -');
  });

  test('durations: seconds, minutes, hours', () => {
    assert.equal(duration(0.2), '1s');
    assert.equal(duration(59), '59s');
    assert.equal(duration(185), '3m05s');
    assert.equal(duration(2 * 3600 + 7 * 60 + 30), '2h07m');
  });
});
