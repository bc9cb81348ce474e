// The JSON Schema subset a response_format's schema may use: what
// node-llama-cpp turns into a grammar (its GbnfJsonSchema). Anything else
// would be silently ignored by the grammar, so it is a 400 naming the
// keyword and where it is. Annotations (title, default, examples, $schema,
// $id, $comment) are dropped; anyOf is taken as oneOf (the same set of
// documents for generation).
import { errors } from '../proto/index.ts';

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'object', 'array']);
const ANNOTATIONS = new Set(['title', 'default', 'examples', '$schema', '$id', '$comment', 'deprecated', 'readOnly', 'writeOnly']);
const KEYWORDS = new Set([
  'type', 'description', '$defs', '$ref', 'properties', 'required', 'additionalProperties', 'items', 'prefixItems',
  'minItems', 'maxItems', 'minProperties', 'maxProperties', 'minLength', 'maxLength', 'format', 'enum', 'const', 'oneOf', 'anyOf',
]);
const FORMATS = new Set(['date-time', 'time', 'date']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The schema as node-llama-cpp takes it; throws INVALID_REQUEST naming
 * `param` and the JSON path of the first keyword it cannot enforce.
 */
export function grammarSchema(schema: unknown, param: string, at = '$'): unknown {
  const fail = (why: string): never => { throw errors.invalid(`Invalid value for '${param}': ${why} (at ${at}); supported: ${[...KEYWORDS].join(', ')}.`, param); };
  if (typeof schema === 'boolean') return fail(`boolean schemas are not supported`);
  if (!isObject(schema)) return fail('expected a schema object');
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) {
    if (ANNOTATIONS.has(k)) continue;
    // zod 4 writes every .int() as an integer between -(2^53 - 1) and
    // 2^53 - 1, the JavaScript safe integers (LangChain's and the AI SDK's
    // structured output send that): no bound a model's answer meets in
    // practice, so it is read as a plain integer rather than refused.
    if ((k === 'minimum' && v === Number.MIN_SAFE_INTEGER) || (k === 'maximum' && v === Number.MAX_SAFE_INTEGER)) continue;
    if (!KEYWORDS.has(k)) fail(`the keyword '${k}' is not supported`);
    switch (k) {
      case 'type': {
        const types = Array.isArray(v) ? v : [v];
        const bad = types.find((t) => typeof t !== 'string' || !TYPES.has(t));
        if (bad !== undefined || types.length === 0) fail(`the type ${JSON.stringify(bad)} is not a JSON Schema type`);
        out[k] = v;
        break;
      }
      case 'format':
        if (typeof v !== 'string' || !FORMATS.has(v)) fail(`the format ${JSON.stringify(v)} is not supported (only date-time, time, date)`);
        out[k] = v;
        break;
      case 'properties':
      case '$defs':
        if (!isObject(v)) fail(`'${k}' must be an object`);
        out[k] = Object.fromEntries(Object.entries(v as object).map(([name, sub]) => [name, grammarSchema(sub, param, `${at}.${k}.${name}`)]));
        break;
      case 'items':
      case 'additionalProperties':
        out[k] = typeof v === 'boolean' ? v : grammarSchema(v, param, `${at}.${k}`);
        break;
      case 'prefixItems':
      case 'oneOf':
      case 'anyOf':
        if (!Array.isArray(v) || v.length === 0) fail(`'${k}' must be a non-empty array`);
        out[k === 'anyOf' ? 'oneOf' : k] = (v as unknown[]).map((sub, i) => grammarSchema(sub, param, `${at}.${k}[${i}]`));
        break;
      case 'required':
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) fail(`'required' must be an array of property names`);
        out[k] = v;
        break;
      case 'enum':
        if (!Array.isArray(v) || v.length === 0) fail(`'enum' must be a non-empty array`);
        out[k] = v;
        break;
      case '$ref':
        if (typeof v !== 'string' || !v.startsWith('#/$defs/')) fail(`only '$ref' to '#/$defs/...' is supported`);
        out[k] = v;
        break;
      case 'description':
        out[k] = String(v);
        break;
      case 'const':
        out[k] = v;
        break;
      default:
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(`'${k}' must be a non-negative integer`);
        out[k] = v;
    }
  }
  if (!('type' in out) && !('enum' in out) && !('const' in out) && !('oneOf' in out) && !('$ref' in out)) {
    fail("a schema needs 'type', 'enum', 'const', 'anyOf'/'oneOf' or '$ref'");
  }
  return out;
}
