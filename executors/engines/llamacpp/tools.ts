// OpenAI tools on node-llama-cpp. tool_choice "auto": node-llama-cpp's
// function calling (the chat wrapper documents the functions in the prompt
// and the model calls them in its own syntax; LlamaChat parses the calls and
// constrains their parameters by grammar). "required" or a named function:
// the answer is constrained by a JSON-schema grammar to calls of the allowed
// functions ({"name", "arguments"}, an array of them where parallel calls
// are allowed), with the functions documented in a system message.
import { randomBytes } from 'node:crypto';
import type { ChatHistoryItem, ChatModelFunctions } from 'node-llama-cpp';
import { errors, type IChatRequest, type IToolDefinition } from '../../../proto/index.ts';

/** Parallel calls in one forced answer, at most. */
export const MAX_FORCED_CALLS = 4;

export type ToolPlan =
  | { mode: 'none' }
  | { mode: 'auto'; functions: ChatModelFunctions; parallel: boolean }
  | { mode: 'forced'; schema: object; instruction: string; parallel: boolean };

function paramsOf(t: IToolDefinition): object | undefined {
  if (!t.parameters) return undefined;
  try {
    return JSON.parse(t.parameters) as object;
  } catch {
    throw errors.invalid(`The parameters of the tool '${t.name}' are not JSON.`, 'tools');
  }
}

export function toolPlan(chat: IChatRequest): ToolPlan {
  const tools = chat.tools ?? [];
  const choice = chat.toolChoice || 'auto';
  const parallel = chat.parallelToolCalls !== false;
  if (tools.length === 0 || choice === 'none') return { mode: 'none' };
  if (choice === 'auto') {
    const functions: ChatModelFunctions = Object.fromEntries(tools.map((t) => {
      const params = paramsOf(t);
      return [t.name ?? '', { ...(t.description ? { description: t.description } : {}), ...(params ? { params } : {}) }];
    })) as ChatModelFunctions;
    return { mode: 'auto', functions, parallel };
  }
  const allowed = choice === 'required' ? tools : tools.filter((t) => `function:${t.name}` === choice);
  if (allowed.length === 0) throw errors.invalid(`tool_choice names a function that is not among the tools: '${choice.replace(/^function:/, '')}'.`, 'tool_choice');
  const callSchemas = allowed.map((t) => ({
    type: 'object',
    properties: { name: { const: t.name }, arguments: paramsOf(t) ?? { type: 'object', properties: {} } },
    required: ['name', 'arguments'],
    additionalProperties: false,
  }));
  const call = callSchemas.length === 1 ? callSchemas[0]! : { oneOf: callSchemas };
  const schema = parallel ? { type: 'array', items: call, minItems: 1, maxItems: MAX_FORCED_CALLS } : call;
  const docs = allowed.map((t) => `- ${t.name}${t.description ? `: ${t.description}` : ''}${t.parameters ? `\n  parameters (JSON Schema): ${t.parameters}` : ''}`).join('\n');
  const instruction = `Answer by calling ${allowed.length === 1 ? 'this function' : 'one of these functions'}, as JSON ${parallel ? 'an array of calls ' : ''}{"name": ..., "arguments": {...}}:\n${docs}`;
  return { mode: 'forced', schema, instruction, parallel };
}

/** The history with the forced-call instruction as its first system message. */
export function withInstruction(history: ChatHistoryItem[], instruction: string): ChatHistoryItem[] {
  const first = history[0];
  if (first?.type === 'system' && typeof first.text === 'string') return [{ type: 'system', text: `${first.text}\n\n${instruction}` }, ...history.slice(1)];
  return [{ type: 'system', text: instruction }, ...history];
}

export interface ToolCallOut { name: string; arguments: string }

/** The calls of a forced answer (grammar-constrained JSON). */
export function forcedCalls(text: string, parallel: boolean): ToolCallOut[] {
  const parsed = JSON.parse(text) as unknown;
  const list = (parallel ? parsed : [parsed]) as { name: string; arguments: unknown }[];
  return list.map((c) => ({ name: c.name, arguments: JSON.stringify(c.arguments ?? {}) }));
}

export function callId(): string {
  return `call_${randomBytes(12).toString('hex')}`;
}
