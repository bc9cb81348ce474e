// Scheduler process: the models file import, then the scheduler (NATS
// queue group → executor placement → gRPC relay).
import { loadConfig } from '../deploy/config.ts';
import { runProcess } from '../deploy/process.ts';
import { startModelsFileImport } from './models-file-import.ts';
import { startScheduler } from './scheduler.ts';

await runProcess('scheduler', async (config, log) => {
  // First: the scheduler starts with the file's models in the catalog.
  const modelsFile = await startModelsFileImport(config, log);
  const scheduler = await startScheduler(config, log);
  return {
    async close() {
      await scheduler.close();
      await modelsFile.close();
    },
  };
}, loadConfig);
