// A model directory's optional JSON settings files (config.json,
// tokenizer_config.json, special_tokens_map.json), read one way by the
// encoder engine and the tokenizer.
import { readFileSync } from 'node:fs';

/** The file's object; {} when it is missing, unreadable or not a JSON object. */
export function readJsonSettings(path: string): Record<string, unknown> {
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? v as Record<string, unknown> : {};
  } catch {
    return {};
  }
}
