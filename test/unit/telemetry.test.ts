// The standard OTEL_BSP_* settings reach the batch span processor (the SDK
// no longer reads them itself).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchOptions } from '../../observability/telemetry.ts';

test('OTEL_BSP_* settings are read; unset or invalid ones are left to the SDK defaults', () => {
  assert.deepEqual(batchOptions({ OTEL_BSP_SCHEDULE_DELAY: '100', OTEL_BSP_MAX_QUEUE_SIZE: '4096', OTEL_BSP_MAX_EXPORT_BATCH_SIZE: 'x', OTEL_BSP_EXPORT_TIMEOUT: '-1' }),
    { scheduledDelayMillis: 100, maxQueueSize: 4096 });
  assert.deepEqual(batchOptions({}), {});
});
