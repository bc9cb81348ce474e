// A small structured logger: one line per event, JSON by default (for log
// pipelines) or human-readable with WEFT_LOG_FORMAT=pretty (the launcher's
// terminal). Every line names its component.
export type Level = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const RESERVED = new Set(['time', 'level', 'component', 'msg']);

export interface Logger {
  debug(msg: string, meta?: Record<string, unknown>): void;
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
  child(meta: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: Level;
  format?: 'json' | 'pretty';
  write?: (line: string) => void;
}

function errorFields(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, ...('code' in value ? { code: value.code } : {}) };
  return value;
}

export function createLogger(component: string, opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? (process.env.WEFT_LOG_LEVEL as Level | undefined) ?? 'info';
  const format = opts.format ?? (process.env.WEFT_LOG_FORMAT === 'pretty' ? 'pretty' : 'json');
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const min = RANK[level] ?? RANK.info;

  const make = (base: Record<string, unknown>): Logger => {
    const log = (lvl: Level, msg: string, meta?: Record<string, unknown>) => {
      if (RANK[lvl] < min) return;
      const fields: Record<string, unknown> = {};
      for (const [k, v] of Object.entries({ ...base, ...meta })) {
        // A meta key never overwrites the line's own fields.
        if (!RESERVED.has(k)) fields[k] = errorFields(v);
      }
      if (format === 'json') {
        write(JSON.stringify({ time: new Date().toISOString(), level: lvl, component, msg, ...fields }));
      } else {
        const extra = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
        write(`${new Date().toISOString().slice(11, 23)} ${lvl.padEnd(5)} ${component.padEnd(9)} ${msg}${extra ? ' ' + extra : ''}`);
      }
    };
    return {
      debug: (m, meta) => log('debug', m, meta),
      info: (m, meta) => log('info', m, meta),
      warn: (m, meta) => log('warn', m, meta),
      error: (m, meta) => log('error', m, meta),
      child: (meta) => make({ ...base, ...meta }),
    };
  };
  return make({});
}
