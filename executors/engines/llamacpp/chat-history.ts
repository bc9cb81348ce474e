import type { ChatHistoryItem, ChatModelFunctionCall, ChatModelResponse } from 'node-llama-cpp';
import type { IChatMessage } from '../../../proto/index.ts';

function jsonOrText(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

/**
 * OpenAI messages as node-llama-cpp chat history. The history always ends
 * with a model item, which is the response to be generated (or continued,
 * when the caller ends with an assistant message). An assistant turn's tool
 * calls become function calls of its response, and each `tool` message the
 * result of the call it answers (by id), so the chat wrapper renders them
 * in the model's own function-calling syntax; a tool message answering no
 * known call is shown as a user turn.
 */
export function toChatHistory(messages: readonly IChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = [];
  const calls = new Map<string, ChatModelFunctionCall>();
  for (const m of messages) {
    const text = m.content ?? '';
    if (m.role === 'system' || m.role === 'developer') history.push({ type: 'system', text });
    else if (m.role === 'assistant') {
      const response: ChatModelResponse['response'] = text ? [text] : [];
      for (const tc of m.toolCalls ?? []) {
        const call: ChatModelFunctionCall = { type: 'functionCall', name: tc.name ?? '', params: jsonOrText(tc.arguments ?? '{}'), result: undefined };
        if (tc.id) calls.set(tc.id, call);
        response.push(call);
      }
      history.push({ type: 'model', response });
    } else if (m.role === 'tool') {
      const call = m.toolCallId ? calls.get(m.toolCallId) : undefined;
      if (call) call.result = jsonOrText(text);
      else history.push({ type: 'user', text: `Tool result${m.toolCallId ? ` (${m.toolCallId})` : ''}: ${text}` });
    } else history.push({ type: 'user', text });
  }
  if (history.at(-1)?.type !== 'model') history.push({ type: 'model', response: [] });
  return history;
}
