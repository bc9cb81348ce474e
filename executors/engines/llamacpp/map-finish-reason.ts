import { FinishReason } from '../../../proto/index.ts';

type StopReason = 'eogToken' | 'stopGenerationTrigger' | 'functionCalls' | 'maxTokens' | 'abort' | 'customStopTrigger';

/** node-llama-cpp's stop reason as the wire's finish reason. */
export function mapStopReason(reason: StopReason): FinishReason {
  switch (reason) {
    case 'maxTokens': return FinishReason.FINISH_REASON_LENGTH;
    case 'abort': return FinishReason.FINISH_REASON_CANCELLED;
    default: return FinishReason.FINISH_REASON_STOP;
  }
}
