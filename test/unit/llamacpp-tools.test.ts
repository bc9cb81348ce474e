// The llama.cpp engine's tool plumbing: OpenAI tool_choice as node-llama-cpp
// function calling or a forced-call grammar schema, forced answers as calls,
// and earlier turns' calls and results as chat history.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { forcedCalls, MAX_FORCED_CALLS, toolPlan, withInstruction } from '../../executors/engines/llamacpp/tools.ts';
import { toChatHistory } from '../../executors/engines/llamacpp/chat-history.ts';

const TOOLS = [
  { name: 'weather', description: 'Weather of a city', parameters: JSON.stringify({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }) },
  { name: 'time', description: '', parameters: '' },
];

describe('toolPlan', () => {
  test('no tools or none: plain text; auto: node-llama-cpp functions', () => {
    assert.deepEqual(toolPlan({ messages: [] }), { mode: 'none' });
    assert.deepEqual(toolPlan({ tools: TOOLS, toolChoice: 'none' }), { mode: 'none' });
    const auto = toolPlan({ tools: TOOLS, toolChoice: '' });
    assert.equal(auto.mode, 'auto');
    if (auto.mode !== 'auto') return;
    assert.deepEqual(auto.functions, { weather: { description: 'Weather of a city', params: JSON.parse(TOOLS[0]!.parameters) }, time: {} });
    assert.equal(auto.parallel, true);
  });

  test('a named function: a schema of one call to it; required with parallel calls: an array of calls to any', () => {
    const named = toolPlan({ tools: TOOLS, toolChoice: 'function:weather', parallelToolCalls: false });
    assert.equal(named.mode, 'forced');
    if (named.mode !== 'forced') return;
    assert.deepEqual(named.schema, {
      type: 'object', properties: { name: { const: 'weather' }, arguments: JSON.parse(TOOLS[0]!.parameters) }, required: ['name', 'arguments'], additionalProperties: false,
    });
    assert.match(named.instruction, /weather: Weather of a city/);
    const required = toolPlan({ tools: TOOLS, toolChoice: 'required' });
    assert.equal(required.mode, 'forced');
    if (required.mode !== 'forced') return;
    const schema = required.schema as { type: string; items: { oneOf: unknown[] }; maxItems: number };
    assert.equal(schema.type, 'array');
    assert.equal(schema.items.oneOf.length, 2);
    assert.equal(schema.maxItems, MAX_FORCED_CALLS);
    assert.throws(() => toolPlan({ tools: TOOLS, toolChoice: 'function:nope' }), /not among the tools/);
  });

  test('forced answers become calls with JSON arguments; the instruction joins the first system message', () => {
    assert.deepEqual(forcedCalls('{"name":"weather","arguments":{"city":"Oslo"}}', false), [{ name: 'weather', arguments: '{"city":"Oslo"}' }]);
    assert.deepEqual(forcedCalls('[{"name":"time","arguments":{}},{"name":"weather","arguments":{"city":"x"}}]', true).map((c) => c.name), ['time', 'weather']);
    assert.deepEqual(withInstruction([{ type: 'system', text: 'Be brief.' }, { type: 'user', text: 'q' }], 'CALL'), [{ type: 'system', text: 'Be brief.\n\nCALL' }, { type: 'user', text: 'q' }]);
    assert.deepEqual(withInstruction([{ type: 'user', text: 'q' }], 'CALL')[0], { type: 'system', text: 'CALL' });
  });
});

describe('toChatHistory with tool calls', () => {
  test("an assistant turn's calls are function calls of its response; tool messages fill in their results, by id", () => {
    const h = toChatHistory([
      { role: 'user', content: 'q' },
      { role: 'assistant', content: '', toolCalls: [{ id: 'a', name: 'weather', arguments: '{"city":"x"}' }, { id: 'b', name: 'time', arguments: '{}' }] },
      { role: 'tool', toolCallId: 'b', content: '12:00' },
      { role: 'tool', toolCallId: 'a', content: '{"sky":"clear"}' },
      { role: 'tool', toolCallId: 'zzz', content: 'orphan' },
    ]);
    assert.deepEqual(h[1], {
      type: 'model', response: [
        { type: 'functionCall', name: 'weather', params: { city: 'x' }, result: { sky: 'clear' } },
        { type: 'functionCall', name: 'time', params: {}, result: '12:00' },
      ],
    });
    assert.deepEqual(h[2], { type: 'user', text: 'Tool result (zzz): orphan' });
    assert.deepEqual(h.at(-1), { type: 'model', response: [] });
  });
});
