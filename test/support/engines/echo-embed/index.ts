export { EchoEmbedEngine, echoVector, ECHO_EMBED_ENGINE, ECHO_EMBED_SCHEME, ECHO_EMBED_DEFAULT_DIMS } from './echo-embed-engine.ts';
