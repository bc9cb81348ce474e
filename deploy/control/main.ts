// The control process: gateway and scheduler (with its models-file import)
// in one Node process, for small machines. They still talk through NATS
// exactly as when split (the same subjects, queue group and KV buckets), so
// other gateways, schedulers and executors can join the fabric; what it saves
// is a process: ~150 MiB of memory and a process wake-up on every hop, which
// on 2 cores compete with the engine (see WEFT_LAYOUT).
import { loadConfig } from '../config.ts';
import { runProcess } from '../process.ts';
import { startGateway } from '../../gateway/gateway.ts';
import { startModelsFileImport } from '../../scheduler/models-file-import.ts';
import { startScheduler } from '../../scheduler/scheduler.ts';

await runProcess('control', async (config, log) => {
  // The same order as separate processes reach readiness in: the catalog
  // holds the file's models before the scheduler starts, and the gateway
  // listens last.
  const modelsFile = await startModelsFileImport(config, log);
  const scheduler = await startScheduler(config, log).catch(async (err) => {
    await modelsFile.close();
    throw err;
  });
  const gateway = await startGateway(config, log).catch(async (err) => {
    await scheduler.close();
    await modelsFile.close();
    throw err;
  });
  return {
    async close() {
      await gateway.close();
      await scheduler.close();
      await modelsFile.close();
    },
  };
}, loadConfig);
