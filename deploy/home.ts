// Where a Weft install keeps its state (WEFT_HOME, default ~/.weft), with no
// dependencies: `npm start` needs it before anything else is loaded (see
// deploy/compile-cache.ts); deploy/config.ts reads it as a setting.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function weftHome(env: NodeJS.ProcessEnv): string {
  return resolve(env.WEFT_HOME || join(homedir(), '.weft'));
}
