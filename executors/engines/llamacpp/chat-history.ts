import type { ChatHistoryItem } from 'node-llama-cpp';
import type { IChatMessage } from '../../../proto/index.ts';

/**
 * OpenAI messages as node-llama-cpp chat history. The history always ends
 * with a model item, which is the response to be generated (or continued,
 * when the caller ends with an assistant message).
 */
export function toChatHistory(messages: readonly IChatMessage[]): ChatHistoryItem[] {
  const history: ChatHistoryItem[] = [];
  for (const m of messages) {
    const text = m.content ?? '';
    if (m.role === 'system' || m.role === 'developer') history.push({ type: 'system', text });
    else if (m.role === 'assistant') history.push({ type: 'model', response: [text] });
    else history.push({ type: 'user', text });
  }
  if (history.at(-1)?.type !== 'model') history.push({ type: 'model', response: [] });
  return history;
}
