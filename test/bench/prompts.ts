// The prompts every benchmark section sends, so sections (and the GPU
// bench) measure the same requests.
import type { IChatMessage } from '../../proto/index.ts';

export const LATENCY_PROMPT = 'Reply with one word: hello.';
export const LATENCY_MESSAGES: IChatMessage[] = [{ role: 'user', content: LATENCY_PROMPT, name: '' }];
export const STREAM_PROMPTS: IChatMessage[][] = [
  'Tell me a long story about a fox who learns to sail.',
  'Explain how a compiler turns source code into machine code.',
  'Write a poem about the sea at night.',
  'Describe the water cycle to a ten year old.',
  'List the steps to bake a loaf of bread.',
  'What happened during the industrial revolution?',
  'Summarise the plot of a detective novel you like.',
  'Give advice to someone starting to learn the piano.',
  'Describe a busy market in a city you imagine.',
  'How do bees make honey?',
  'Write a letter to a friend about a summer trip.',
  'Explain why the sky is blue.',
  'Describe how trains changed travel.',
  'Tell a story about a robot who wants to paint.',
  'What makes a good cup of tea?',
  'Describe the life of a lighthouse keeper.',
].map((content) => [{ role: 'user', content, name: '' }]);
