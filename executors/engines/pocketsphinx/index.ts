export { PocketSphinxEngine, findSphinxModel } from './pocketsphinx-engine.ts';
