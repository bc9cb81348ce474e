import * as $protobuf from "protobufjs";

export namespace weft {

    namespace v1 {

        enum Priority {
            PRIORITY_UNSPECIFIED = 0,
            PRIORITY_REALTIME = 1,
            PRIORITY_BATCH = 2
        }

        interface IChatMessage extends weft.v1.ChatMessage.$Properties {
        }

        class ChatMessage {
            constructor(properties?: weft.v1.ChatMessage.$Properties);
            $unknowns?: Uint8Array[];
            role: string;
            content: string;
            name: string;
            toolCalls: weft.v1.ToolCall.$Properties[];
            toolCallId: string;
            static create(properties: weft.v1.ChatMessage.$Shape): weft.v1.ChatMessage & weft.v1.ChatMessage.$Shape;
            static create(properties?: weft.v1.ChatMessage.$Properties): weft.v1.ChatMessage;
            static encode(message: weft.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ChatMessage & weft.v1.ChatMessage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ChatMessage;
            static toObject(message: weft.v1.ChatMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatMessage {
            interface $Properties {
                role?: (string|null);
                content?: (string|null);
                name?: (string|null);
                toolCalls?: (weft.v1.ToolCall.$Properties[]|null);
                toolCallId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ChatMessage.$Properties;
        }

        interface IToolCall extends weft.v1.ToolCall.$Properties {
        }

        class ToolCall {
            constructor(properties?: weft.v1.ToolCall.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            name: string;
            arguments: string;
            static create(properties: weft.v1.ToolCall.$Shape): weft.v1.ToolCall & weft.v1.ToolCall.$Shape;
            static create(properties?: weft.v1.ToolCall.$Properties): weft.v1.ToolCall;
            static encode(message: weft.v1.ToolCall.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ToolCall & weft.v1.ToolCall.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ToolCall;
            static toObject(message: weft.v1.ToolCall, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ToolCall {
            interface $Properties {
                id?: (string|null);
                name?: (string|null);
                "arguments"?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ToolCall.$Properties;
        }

        interface IToolDefinition extends weft.v1.ToolDefinition.$Properties {
        }

        class ToolDefinition {
            constructor(properties?: weft.v1.ToolDefinition.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            description: string;
            parameters: string;
            static create(properties: weft.v1.ToolDefinition.$Shape): weft.v1.ToolDefinition & weft.v1.ToolDefinition.$Shape;
            static create(properties?: weft.v1.ToolDefinition.$Properties): weft.v1.ToolDefinition;
            static encode(message: weft.v1.ToolDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ToolDefinition & weft.v1.ToolDefinition.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ToolDefinition;
            static toObject(message: weft.v1.ToolDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ToolDefinition {
            interface $Properties {
                name?: (string|null);
                description?: (string|null);
                parameters?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ToolDefinition.$Properties;
        }

        interface IResponseFormat extends weft.v1.ResponseFormat.$Properties {
        }

        class ResponseFormat {
            constructor(properties?: weft.v1.ResponseFormat.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            schema: string;
            static create(properties: weft.v1.ResponseFormat.$Shape): weft.v1.ResponseFormat & weft.v1.ResponseFormat.$Shape;
            static create(properties?: weft.v1.ResponseFormat.$Properties): weft.v1.ResponseFormat;
            static encode(message: weft.v1.ResponseFormat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ResponseFormat & weft.v1.ResponseFormat.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ResponseFormat;
            static toObject(message: weft.v1.ResponseFormat, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseFormat {
            interface $Properties {
                type?: (string|null);
                schema?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ResponseFormat.$Properties;
        }

        interface ISamplingParams extends weft.v1.SamplingParams.$Properties {
        }

        class SamplingParams {
            constructor(properties?: weft.v1.SamplingParams.$Properties);
            $unknowns?: Uint8Array[];
            temperature?: (number|null);
            topP?: (number|null);
            maxTokens: number;
            stop: string[];
            seed?: (number|null);
            presencePenalty?: (number|null);
            frequencyPenalty?: (number|null);
            static create(properties: weft.v1.SamplingParams.$Shape): weft.v1.SamplingParams & weft.v1.SamplingParams.$Shape;
            static create(properties?: weft.v1.SamplingParams.$Properties): weft.v1.SamplingParams;
            static encode(message: weft.v1.SamplingParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SamplingParams & weft.v1.SamplingParams.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.SamplingParams;
            static toObject(message: weft.v1.SamplingParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SamplingParams {
            interface $Properties {
                temperature?: (number|null);
                topP?: (number|null);
                maxTokens?: (number|null);
                stop?: (string[]|null);
                seed?: (number|null);
                presencePenalty?: (number|null);
                frequencyPenalty?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.SamplingParams.$Properties;
        }

        interface IChatRequest extends weft.v1.ChatRequest.$Properties {
        }

        class ChatRequest {
            constructor(properties?: weft.v1.ChatRequest.$Properties);
            $unknowns?: Uint8Array[];
            messages: weft.v1.ChatMessage.$Properties[];
            sampling?: (weft.v1.SamplingParams.$Properties|null);
            prompt?: (string|null);
            responseFormat?: (weft.v1.ResponseFormat.$Properties|null);
            tools: weft.v1.ToolDefinition.$Properties[];
            toolChoice: string;
            parallelToolCalls?: (boolean|null);
            logprobs: boolean;
            topLogprobs: number;
            static create(properties: weft.v1.ChatRequest.$Shape): weft.v1.ChatRequest & weft.v1.ChatRequest.$Shape;
            static create(properties?: weft.v1.ChatRequest.$Properties): weft.v1.ChatRequest;
            static encode(message: weft.v1.ChatRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ChatRequest & weft.v1.ChatRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ChatRequest;
            static toObject(message: weft.v1.ChatRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatRequest {
            interface $Properties {
                messages?: (weft.v1.ChatMessage.$Properties[]|null);
                sampling?: (weft.v1.SamplingParams.$Properties|null);
                prompt?: (string|null);
                responseFormat?: (weft.v1.ResponseFormat.$Properties|null);
                tools?: (weft.v1.ToolDefinition.$Properties[]|null);
                toolChoice?: (string|null);
                parallelToolCalls?: (boolean|null);
                logprobs?: (boolean|null);
                topLogprobs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ChatRequest.$Properties;
        }

        enum FinishReason {
            FINISH_REASON_UNSPECIFIED = 0,
            FINISH_REASON_STOP = 1,
            FINISH_REASON_LENGTH = 2,
            FINISH_REASON_CANCELLED = 3,
            FINISH_REASON_TOOL_CALLS = 4
        }

        interface IUsage extends weft.v1.Usage.$Properties {
        }

        class Usage {
            constructor(properties?: weft.v1.Usage.$Properties);
            $unknowns?: Uint8Array[];
            promptTokens: number;
            completionTokens: number;
            static create(properties: weft.v1.Usage.$Shape): weft.v1.Usage & weft.v1.Usage.$Shape;
            static create(properties?: weft.v1.Usage.$Properties): weft.v1.Usage;
            static encode(message: weft.v1.Usage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Usage & weft.v1.Usage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Usage;
            static toObject(message: weft.v1.Usage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Usage {
            interface $Properties {
                promptTokens?: (number|null);
                completionTokens?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Usage.$Properties;
        }

        interface IEngineTiming extends weft.v1.EngineTiming.$Properties {
        }

        class EngineTiming {
            constructor(properties?: weft.v1.EngineTiming.$Properties);
            $unknowns?: Uint8Array[];
            queueMs: number;
            timeToFirstTokenMs: number;
            totalMs: number;
            static create(properties: weft.v1.EngineTiming.$Shape): weft.v1.EngineTiming & weft.v1.EngineTiming.$Shape;
            static create(properties?: weft.v1.EngineTiming.$Properties): weft.v1.EngineTiming;
            static encode(message: weft.v1.EngineTiming.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.EngineTiming & weft.v1.EngineTiming.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.EngineTiming;
            static toObject(message: weft.v1.EngineTiming, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EngineTiming {
            interface $Properties {
                queueMs?: (number|null);
                timeToFirstTokenMs?: (number|null);
                totalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.EngineTiming.$Properties;
        }

        enum ContractVersion {
            CONTRACT_VERSION_UNSPECIFIED = 0,
            CONTRACT_VERSION_1 = 1
        }

        enum Task {
            TASK_UNSPECIFIED = 0,
            TASK_CHAT = 1,
            TASK_EMBED = 2,
            TASK_RERANK = 3,
            TASK_TRANSCRIBE = 4,
            TASK_SPEAK = 5,
            TASK_DETECT_SPEECH = 6
        }

        interface IEmbedRequest extends weft.v1.EmbedRequest.$Properties {
        }

        class EmbedRequest {
            constructor(properties?: weft.v1.EmbedRequest.$Properties);
            $unknowns?: Uint8Array[];
            inputs: string[];
            dimensions: number;
            tokenInputs: weft.v1.TokenIds.$Properties[];
            static create(properties: weft.v1.EmbedRequest.$Shape): weft.v1.EmbedRequest & weft.v1.EmbedRequest.$Shape;
            static create(properties?: weft.v1.EmbedRequest.$Properties): weft.v1.EmbedRequest;
            static encode(message: weft.v1.EmbedRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.EmbedRequest & weft.v1.EmbedRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.EmbedRequest;
            static toObject(message: weft.v1.EmbedRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EmbedRequest {
            interface $Properties {
                inputs?: (string[]|null);
                dimensions?: (number|null);
                tokenInputs?: (weft.v1.TokenIds.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.EmbedRequest.$Properties;
        }

        interface ITokenIds extends weft.v1.TokenIds.$Properties {
        }

        class TokenIds {
            constructor(properties?: weft.v1.TokenIds.$Properties);
            $unknowns?: Uint8Array[];
            ids: number[];
            static create(properties: weft.v1.TokenIds.$Shape): weft.v1.TokenIds & weft.v1.TokenIds.$Shape;
            static create(properties?: weft.v1.TokenIds.$Properties): weft.v1.TokenIds;
            static encode(message: weft.v1.TokenIds.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TokenIds & weft.v1.TokenIds.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TokenIds;
            static toObject(message: weft.v1.TokenIds, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenIds {
            interface $Properties {
                ids?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TokenIds.$Properties;
        }

        interface IRerankRequest extends weft.v1.RerankRequest.$Properties {
        }

        class RerankRequest {
            constructor(properties?: weft.v1.RerankRequest.$Properties);
            $unknowns?: Uint8Array[];
            query: string;
            documents: string[];
            static create(properties: weft.v1.RerankRequest.$Shape): weft.v1.RerankRequest & weft.v1.RerankRequest.$Shape;
            static create(properties?: weft.v1.RerankRequest.$Properties): weft.v1.RerankRequest;
            static encode(message: weft.v1.RerankRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RerankRequest & weft.v1.RerankRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.RerankRequest;
            static toObject(message: weft.v1.RerankRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RerankRequest {
            interface $Properties {
                query?: (string|null);
                documents?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.RerankRequest.$Properties;
        }

        interface ITranscribeRequest extends weft.v1.TranscribeRequest.$Properties {
        }

        class TranscribeRequest {
            constructor(properties?: weft.v1.TranscribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            audio: Uint8Array;
            sampleRate: number;
            language: string;
            prompt: string;
            static create(properties: weft.v1.TranscribeRequest.$Shape): weft.v1.TranscribeRequest & weft.v1.TranscribeRequest.$Shape;
            static create(properties?: weft.v1.TranscribeRequest.$Properties): weft.v1.TranscribeRequest;
            static encode(message: weft.v1.TranscribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TranscribeRequest & weft.v1.TranscribeRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TranscribeRequest;
            static toObject(message: weft.v1.TranscribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TranscribeRequest {
            interface $Properties {
                audio?: (Uint8Array|null);
                sampleRate?: (number|null);
                language?: (string|null);
                prompt?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TranscribeRequest.$Properties;
        }

        interface ISpeakRequest extends weft.v1.SpeakRequest.$Properties {
        }

        class SpeakRequest {
            constructor(properties?: weft.v1.SpeakRequest.$Properties);
            $unknowns?: Uint8Array[];
            input: string;
            voice: string;
            speed: number;
            static create(properties: weft.v1.SpeakRequest.$Shape): weft.v1.SpeakRequest & weft.v1.SpeakRequest.$Shape;
            static create(properties?: weft.v1.SpeakRequest.$Properties): weft.v1.SpeakRequest;
            static encode(message: weft.v1.SpeakRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SpeakRequest & weft.v1.SpeakRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.SpeakRequest;
            static toObject(message: weft.v1.SpeakRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SpeakRequest {
            interface $Properties {
                input?: (string|null);
                voice?: (string|null);
                speed?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.SpeakRequest.$Properties;
        }

        interface IDetectSpeechRequest extends weft.v1.DetectSpeechRequest.$Properties {
        }

        class DetectSpeechRequest {
            constructor(properties?: weft.v1.DetectSpeechRequest.$Properties);
            $unknowns?: Uint8Array[];
            audio: Uint8Array;
            sampleRate: number;
            state: Uint8Array;
            static create(properties: weft.v1.DetectSpeechRequest.$Shape): weft.v1.DetectSpeechRequest & weft.v1.DetectSpeechRequest.$Shape;
            static create(properties?: weft.v1.DetectSpeechRequest.$Properties): weft.v1.DetectSpeechRequest;
            static encode(message: weft.v1.DetectSpeechRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DetectSpeechRequest & weft.v1.DetectSpeechRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.DetectSpeechRequest;
            static toObject(message: weft.v1.DetectSpeechRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DetectSpeechRequest {
            interface $Properties {
                audio?: (Uint8Array|null);
                sampleRate?: (number|null);
                state?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.DetectSpeechRequest.$Properties;
        }

        interface ISpeechProbabilities extends weft.v1.SpeechProbabilities.$Properties {
        }

        class SpeechProbabilities {
            constructor(properties?: weft.v1.SpeechProbabilities.$Properties);
            $unknowns?: Uint8Array[];
            probabilities: number[];
            windowSamples: number;
            state: Uint8Array;
            static create(properties: weft.v1.SpeechProbabilities.$Shape): weft.v1.SpeechProbabilities & weft.v1.SpeechProbabilities.$Shape;
            static create(properties?: weft.v1.SpeechProbabilities.$Properties): weft.v1.SpeechProbabilities;
            static encode(message: weft.v1.SpeechProbabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SpeechProbabilities & weft.v1.SpeechProbabilities.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.SpeechProbabilities;
            static toObject(message: weft.v1.SpeechProbabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SpeechProbabilities {
            interface $Properties {
                probabilities?: (number[]|null);
                windowSamples?: (number|null);
                state?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.SpeechProbabilities.$Properties;
        }

        interface ITextDelta extends weft.v1.TextDelta.$Properties {
        }

        class TextDelta {
            constructor(properties?: weft.v1.TextDelta.$Properties);
            $unknowns?: Uint8Array[];
            text: string;
            tokens: number;
            logprobs: weft.v1.TokenLogprob.$Properties[];
            static create(properties: weft.v1.TextDelta.$Shape): weft.v1.TextDelta & weft.v1.TextDelta.$Shape;
            static create(properties?: weft.v1.TextDelta.$Properties): weft.v1.TextDelta;
            static encode(message: weft.v1.TextDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TextDelta & weft.v1.TextDelta.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TextDelta;
            static toObject(message: weft.v1.TextDelta, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TextDelta {
            interface $Properties {
                text?: (string|null);
                tokens?: (number|null);
                logprobs?: (weft.v1.TokenLogprob.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TextDelta.$Properties;
        }

        interface ITokenLogprob extends weft.v1.TokenLogprob.$Properties {
        }

        class TokenLogprob {
            constructor(properties?: weft.v1.TokenLogprob.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            logprob: number;
            bytes: Uint8Array;
            topLogprobs: weft.v1.TopLogprob.$Properties[];
            static create(properties: weft.v1.TokenLogprob.$Shape): weft.v1.TokenLogprob & weft.v1.TokenLogprob.$Shape;
            static create(properties?: weft.v1.TokenLogprob.$Properties): weft.v1.TokenLogprob;
            static encode(message: weft.v1.TokenLogprob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TokenLogprob & weft.v1.TokenLogprob.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TokenLogprob;
            static toObject(message: weft.v1.TokenLogprob, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenLogprob {
            interface $Properties {
                token?: (string|null);
                logprob?: (number|null);
                bytes?: (Uint8Array|null);
                topLogprobs?: (weft.v1.TopLogprob.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TokenLogprob.$Properties;
        }

        interface ITopLogprob extends weft.v1.TopLogprob.$Properties {
        }

        class TopLogprob {
            constructor(properties?: weft.v1.TopLogprob.$Properties);
            $unknowns?: Uint8Array[];
            token: string;
            logprob: number;
            bytes: Uint8Array;
            static create(properties: weft.v1.TopLogprob.$Shape): weft.v1.TopLogprob & weft.v1.TopLogprob.$Shape;
            static create(properties?: weft.v1.TopLogprob.$Properties): weft.v1.TopLogprob;
            static encode(message: weft.v1.TopLogprob.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TopLogprob & weft.v1.TopLogprob.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TopLogprob;
            static toObject(message: weft.v1.TopLogprob, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TopLogprob {
            interface $Properties {
                token?: (string|null);
                logprob?: (number|null);
                bytes?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TopLogprob.$Properties;
        }

        interface IToolCallDelta extends weft.v1.ToolCallDelta.$Properties {
        }

        class ToolCallDelta {
            constructor(properties?: weft.v1.ToolCallDelta.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            id: string;
            name: string;
            arguments: string;
            static create(properties: weft.v1.ToolCallDelta.$Shape): weft.v1.ToolCallDelta & weft.v1.ToolCallDelta.$Shape;
            static create(properties?: weft.v1.ToolCallDelta.$Properties): weft.v1.ToolCallDelta;
            static encode(message: weft.v1.ToolCallDelta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ToolCallDelta & weft.v1.ToolCallDelta.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ToolCallDelta;
            static toObject(message: weft.v1.ToolCallDelta, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ToolCallDelta {
            interface $Properties {
                index?: (number|null);
                id?: (string|null);
                name?: (string|null);
                "arguments"?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ToolCallDelta.$Properties;
        }

        interface IEmbedding extends weft.v1.Embedding.$Properties {
        }

        class Embedding {
            constructor(properties?: weft.v1.Embedding.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            vector: number[];
            static create(properties: weft.v1.Embedding.$Shape): weft.v1.Embedding & weft.v1.Embedding.$Shape;
            static create(properties?: weft.v1.Embedding.$Properties): weft.v1.Embedding;
            static encode(message: weft.v1.Embedding.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Embedding & weft.v1.Embedding.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Embedding;
            static toObject(message: weft.v1.Embedding, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Embedding {
            interface $Properties {
                index?: (number|null);
                vector?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Embedding.$Properties;
        }

        interface IEmbeddings extends weft.v1.Embeddings.$Properties {
        }

        class Embeddings {
            constructor(properties?: weft.v1.Embeddings.$Properties);
            $unknowns?: Uint8Array[];
            items: weft.v1.Embedding.$Properties[];
            static create(properties: weft.v1.Embeddings.$Shape): weft.v1.Embeddings & weft.v1.Embeddings.$Shape;
            static create(properties?: weft.v1.Embeddings.$Properties): weft.v1.Embeddings;
            static encode(message: weft.v1.Embeddings.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Embeddings & weft.v1.Embeddings.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Embeddings;
            static toObject(message: weft.v1.Embeddings, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Embeddings {
            interface $Properties {
                items?: (weft.v1.Embedding.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Embeddings.$Properties;
        }

        interface IRerankScore extends weft.v1.RerankScore.$Properties {
        }

        class RerankScore {
            constructor(properties?: weft.v1.RerankScore.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            score: number;
            static create(properties: weft.v1.RerankScore.$Shape): weft.v1.RerankScore & weft.v1.RerankScore.$Shape;
            static create(properties?: weft.v1.RerankScore.$Properties): weft.v1.RerankScore;
            static encode(message: weft.v1.RerankScore.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RerankScore & weft.v1.RerankScore.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.RerankScore;
            static toObject(message: weft.v1.RerankScore, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RerankScore {
            interface $Properties {
                index?: (number|null);
                score?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.RerankScore.$Properties;
        }

        interface IRerankScores extends weft.v1.RerankScores.$Properties {
        }

        class RerankScores {
            constructor(properties?: weft.v1.RerankScores.$Properties);
            $unknowns?: Uint8Array[];
            items: weft.v1.RerankScore.$Properties[];
            static create(properties: weft.v1.RerankScores.$Shape): weft.v1.RerankScores & weft.v1.RerankScores.$Shape;
            static create(properties?: weft.v1.RerankScores.$Properties): weft.v1.RerankScores;
            static encode(message: weft.v1.RerankScores.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.RerankScores & weft.v1.RerankScores.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.RerankScores;
            static toObject(message: weft.v1.RerankScores, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RerankScores {
            interface $Properties {
                items?: (weft.v1.RerankScore.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.RerankScores.$Properties;
        }

        interface IAudioOutput extends weft.v1.AudioOutput.$Properties {
        }

        class AudioOutput {
            constructor(properties?: weft.v1.AudioOutput.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            format: string;
            sampleRate: number;
            static create(properties: weft.v1.AudioOutput.$Shape): weft.v1.AudioOutput & weft.v1.AudioOutput.$Shape;
            static create(properties?: weft.v1.AudioOutput.$Properties): weft.v1.AudioOutput;
            static encode(message: weft.v1.AudioOutput.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.AudioOutput & weft.v1.AudioOutput.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.AudioOutput;
            static toObject(message: weft.v1.AudioOutput, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AudioOutput {
            interface $Properties {
                data?: (Uint8Array|null);
                format?: (string|null);
                sampleRate?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.AudioOutput.$Properties;
        }

        interface IFinal extends weft.v1.Final.$Properties {
        }

        class Final {
            constructor(properties?: weft.v1.Final.$Properties);
            $unknowns?: Uint8Array[];
            finishReason: weft.v1.FinishReason;
            usage?: (weft.v1.Usage.$Properties|null);
            timing?: (weft.v1.EngineTiming.$Properties|null);
            static create(properties: weft.v1.Final.$Shape): weft.v1.Final & weft.v1.Final.$Shape;
            static create(properties?: weft.v1.Final.$Properties): weft.v1.Final;
            static encode(message: weft.v1.Final.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Final & weft.v1.Final.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Final;
            static toObject(message: weft.v1.Final, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Final {
            interface $Properties {
                finishReason?: (weft.v1.FinishReason|null);
                usage?: (weft.v1.Usage.$Properties|null);
                timing?: (weft.v1.EngineTiming.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Final.$Properties;
        }

        interface IGenerateChunk extends weft.v1.GenerateChunk.$Properties {
        }

        class GenerateChunk {
            constructor(properties?: weft.v1.GenerateChunk.$Properties);
            $unknowns?: Uint8Array[];
            delta?: (weft.v1.TextDelta.$Properties|null);
            toolCall?: (weft.v1.ToolCallDelta.$Properties|null);
            embeddings?: (weft.v1.Embeddings.$Properties|null);
            audio?: (weft.v1.AudioOutput.$Properties|null);
            speech?: (weft.v1.SpeechProbabilities.$Properties|null);
            scores?: (weft.v1.RerankScores.$Properties|null);
            final?: (weft.v1.Final.$Properties|null);
            output?: ("delta"|"toolCall"|"embeddings"|"audio"|"speech"|"scores");
            static create(properties: weft.v1.GenerateChunk.$Shape): weft.v1.GenerateChunk & weft.v1.GenerateChunk.$Shape;
            static create(properties?: weft.v1.GenerateChunk.$Properties): weft.v1.GenerateChunk;
            static encode(message: weft.v1.GenerateChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.GenerateChunk & weft.v1.GenerateChunk.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.GenerateChunk;
            static toObject(message: weft.v1.GenerateChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateChunk {
            interface $Properties {
                delta?: (weft.v1.TextDelta.$Properties|null);
                toolCall?: (weft.v1.ToolCallDelta.$Properties|null);
                embeddings?: (weft.v1.Embeddings.$Properties|null);
                audio?: (weft.v1.AudioOutput.$Properties|null);
                speech?: (weft.v1.SpeechProbabilities.$Properties|null);
                scores?: (weft.v1.RerankScores.$Properties|null);
                final?: (weft.v1.Final.$Properties|null);
                output?: ("delta"|"toolCall"|"embeddings"|"audio"|"speech"|"scores");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              delta?: weft.v1.TextDelta.$Shape|null;
              toolCall?: weft.v1.ToolCallDelta.$Shape|null;
              embeddings?: weft.v1.Embeddings.$Shape|null;
              audio?: weft.v1.AudioOutput.$Shape|null;
              speech?: weft.v1.SpeechProbabilities.$Shape|null;
              scores?: weft.v1.RerankScores.$Shape|null;
              final?: weft.v1.Final.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ output?: undefined; delta?: null; toolCall?: null; embeddings?: null; audio?: null; speech?: null; scores?: null }|{ output?: "delta"; delta: weft.v1.TextDelta.$Shape; toolCall?: null; embeddings?: null; audio?: null; speech?: null; scores?: null }|{ output?: "toolCall"; delta?: null; toolCall: weft.v1.ToolCallDelta.$Shape; embeddings?: null; audio?: null; speech?: null; scores?: null }|{ output?: "embeddings"; delta?: null; toolCall?: null; embeddings: weft.v1.Embeddings.$Shape; audio?: null; speech?: null; scores?: null }|{ output?: "audio"; delta?: null; toolCall?: null; embeddings?: null; audio: weft.v1.AudioOutput.$Shape; speech?: null; scores?: null }|{ output?: "speech"; delta?: null; toolCall?: null; embeddings?: null; audio?: null; speech: weft.v1.SpeechProbabilities.$Shape; scores?: null }|{ output?: "scores"; delta?: null; toolCall?: null; embeddings?: null; audio?: null; speech?: null; scores: weft.v1.RerankScores.$Shape })
            );
        }

        enum ErrorCode {
            ERROR_CODE_UNSPECIFIED = 0,
            ERROR_CODE_INVALID_REQUEST = 1,
            ERROR_CODE_MODEL_NOT_FOUND = 2,
            ERROR_CODE_NO_CAPACITY = 3,
            ERROR_CODE_DEADLINE_EXCEEDED = 4,
            ERROR_CODE_EXECUTOR_FAILED = 5,
            ERROR_CODE_CANCELLED = 6,
            ERROR_CODE_QUEUE_FULL = 7,
            ERROR_CODE_INTERNAL = 8,
            ERROR_CODE_CONTEXT_LENGTH_EXCEEDED = 9,
            ERROR_CODE_INSUFFICIENT_MEMORY = 10,
            ERROR_CODE_UNSUPPORTED = 11
        }

        interface IErrorInfo extends weft.v1.ErrorInfo.$Properties {
        }

        class ErrorInfo {
            constructor(properties?: weft.v1.ErrorInfo.$Properties);
            $unknowns?: Uint8Array[];
            code: weft.v1.ErrorCode;
            message: string;
            retryAfterS: number;
            retryable: boolean;
            static create(properties: weft.v1.ErrorInfo.$Shape): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;
            static create(properties?: weft.v1.ErrorInfo.$Properties): weft.v1.ErrorInfo;
            static encode(message: weft.v1.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ErrorInfo;
            static toObject(message: weft.v1.ErrorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorInfo {
            interface $Properties {
                code?: (weft.v1.ErrorCode|null);
                message?: (string|null);
                retryAfterS?: (number|null);
                retryable?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ErrorInfo.$Properties;
        }

        enum DeviceKind {
            DEVICE_KIND_UNSPECIFIED = 0,
            DEVICE_KIND_CPU = 1,
            DEVICE_KIND_NVIDIA = 2,
            DEVICE_KIND_ASCEND = 3
        }

        enum DeviceSource {
            DEVICE_SOURCE_UNSPECIFIED = 0,
            DEVICE_SOURCE_DETECTED = 1,
            DEVICE_SOURCE_DECLARED = 2
        }

        interface IDevice extends weft.v1.Device.$Properties {
        }

        class Device {
            constructor(properties?: weft.v1.Device.$Properties);
            $unknowns?: Uint8Array[];
            kind: weft.v1.DeviceKind;
            source: weft.v1.DeviceSource;
            index: number;
            name: string;
            memoryTotalBytes: number;
            memoryFreeBytes: number;
            cores: number;
            simd: string;
            computeCapability: string;
            engines: weft.v1.EngineSupport.$Properties[];
            uuid: string;
            driver: string;
            static create(properties: weft.v1.Device.$Shape): weft.v1.Device & weft.v1.Device.$Shape;
            static create(properties?: weft.v1.Device.$Properties): weft.v1.Device;
            static encode(message: weft.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Device & weft.v1.Device.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Device;
            static toObject(message: weft.v1.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Device {
            interface $Properties {
                kind?: (weft.v1.DeviceKind|null);
                source?: (weft.v1.DeviceSource|null);
                index?: (number|null);
                name?: (string|null);
                memoryTotalBytes?: (number|null);
                memoryFreeBytes?: (number|null);
                cores?: (number|null);
                simd?: (string|null);
                computeCapability?: (string|null);
                engines?: (weft.v1.EngineSupport.$Properties[]|null);
                uuid?: (string|null);
                driver?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Device.$Properties;
        }

        interface IEngineSupport extends weft.v1.EngineSupport.$Properties {
        }

        class EngineSupport {
            constructor(properties?: weft.v1.EngineSupport.$Properties);
            $unknowns?: Uint8Array[];
            engine: string;
            backend: string;
            dtypes: string[];
            simulated: boolean;
            static create(properties: weft.v1.EngineSupport.$Shape): weft.v1.EngineSupport & weft.v1.EngineSupport.$Shape;
            static create(properties?: weft.v1.EngineSupport.$Properties): weft.v1.EngineSupport;
            static encode(message: weft.v1.EngineSupport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.EngineSupport & weft.v1.EngineSupport.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.EngineSupport;
            static toObject(message: weft.v1.EngineSupport, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EngineSupport {
            interface $Properties {
                engine?: (string|null);
                backend?: (string|null);
                dtypes?: (string[]|null);
                simulated?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.EngineSupport.$Properties;
        }

        enum ModelState {
            MODEL_STATE_UNSPECIFIED = 0,
            MODEL_STATE_LOADING = 1,
            MODEL_STATE_READY = 2,
            MODEL_STATE_UNLOADING = 3,
            MODEL_STATE_FAILED = 4
        }

        interface ILoadedModel extends weft.v1.LoadedModel.$Properties {
        }

        class LoadedModel {
            constructor(properties?: weft.v1.LoadedModel.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            engine: string;
            state: weft.v1.ModelState;
            slotsTotal: number;
            slotsBusy: number;
            contextSize: number;
            error: string;
            memoryBytes: number;
            tokensPerSecond: number;
            lastUsedUnixMs: number;
            deviceKind: weft.v1.DeviceKind;
            deviceIndex: number;
            loadMs: number;
            tasks: weft.v1.Task[];
            static create(properties: weft.v1.LoadedModel.$Shape): weft.v1.LoadedModel & weft.v1.LoadedModel.$Shape;
            static create(properties?: weft.v1.LoadedModel.$Properties): weft.v1.LoadedModel;
            static encode(message: weft.v1.LoadedModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LoadedModel & weft.v1.LoadedModel.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.LoadedModel;
            static toObject(message: weft.v1.LoadedModel, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadedModel {
            interface $Properties {
                name?: (string|null);
                engine?: (string|null);
                state?: (weft.v1.ModelState|null);
                slotsTotal?: (number|null);
                slotsBusy?: (number|null);
                contextSize?: (number|null);
                error?: (string|null);
                memoryBytes?: (number|null);
                tokensPerSecond?: (number|null);
                lastUsedUnixMs?: (number|null);
                deviceKind?: (weft.v1.DeviceKind|null);
                deviceIndex?: (number|null);
                loadMs?: (number|null);
                tasks?: (weft.v1.Task[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.LoadedModel.$Properties;
        }

        interface IExecutorInfo extends weft.v1.ExecutorInfo.$Properties {
        }

        class ExecutorInfo {
            constructor(properties?: weft.v1.ExecutorInfo.$Properties);
            $unknowns?: Uint8Array[];
            executorId: string;
            grpcAddress: string;
            devices: weft.v1.Device.$Properties[];
            engines: string[];
            models: weft.v1.LoadedModel.$Properties[];
            slotsFree: number;
            outstanding: number;
            tokensGeneratedTotal: number;
            activeSequences: number;
            startedUnixMs: number;
            heartbeatIntervalMs: number;
            threads: number;
            contractVersion: weft.v1.ContractVersion;
            tasks: weft.v1.Task[];
            static create(properties: weft.v1.ExecutorInfo.$Shape): weft.v1.ExecutorInfo & weft.v1.ExecutorInfo.$Shape;
            static create(properties?: weft.v1.ExecutorInfo.$Properties): weft.v1.ExecutorInfo;
            static encode(message: weft.v1.ExecutorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ExecutorInfo & weft.v1.ExecutorInfo.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ExecutorInfo;
            static toObject(message: weft.v1.ExecutorInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecutorInfo {
            interface $Properties {
                executorId?: (string|null);
                grpcAddress?: (string|null);
                devices?: (weft.v1.Device.$Properties[]|null);
                engines?: (string[]|null);
                models?: (weft.v1.LoadedModel.$Properties[]|null);
                slotsFree?: (number|null);
                outstanding?: (number|null);
                tokensGeneratedTotal?: (number|null);
                activeSequences?: (number|null);
                startedUnixMs?: (number|null);
                heartbeatIntervalMs?: (number|null);
                threads?: (number|null);
                contractVersion?: (weft.v1.ContractVersion|null);
                tasks?: (weft.v1.Task[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ExecutorInfo.$Properties;
        }

        interface IDescribeRequest extends weft.v1.DescribeRequest.$Properties {
        }

        class DescribeRequest {
            constructor(properties?: weft.v1.DescribeRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: weft.v1.DescribeRequest.$Shape): weft.v1.DescribeRequest & weft.v1.DescribeRequest.$Shape;
            static create(properties?: weft.v1.DescribeRequest.$Properties): weft.v1.DescribeRequest;
            static encode(message: weft.v1.DescribeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DescribeRequest & weft.v1.DescribeRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.DescribeRequest;
            static toObject(message: weft.v1.DescribeRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DescribeRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.DescribeRequest.$Properties;
        }

        interface IGenerateRequest extends weft.v1.GenerateRequest.$Properties {
        }

        class GenerateRequest {
            constructor(properties?: weft.v1.GenerateRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            model: string;
            chat?: (weft.v1.ChatRequest.$Properties|null);
            embed?: (weft.v1.EmbedRequest.$Properties|null);
            transcribe?: (weft.v1.TranscribeRequest.$Properties|null);
            speak?: (weft.v1.SpeakRequest.$Properties|null);
            detectSpeech?: (weft.v1.DetectSpeechRequest.$Properties|null);
            rerank?: (weft.v1.RerankRequest.$Properties|null);
            deadlineUnixMs: number;
            priority: weft.v1.Priority;
            tenant: string;
            contractVersion: weft.v1.ContractVersion;
            body?: ("chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank");
            static create(properties: weft.v1.GenerateRequest.$Shape): weft.v1.GenerateRequest & weft.v1.GenerateRequest.$Shape;
            static create(properties?: weft.v1.GenerateRequest.$Properties): weft.v1.GenerateRequest;
            static encode(message: weft.v1.GenerateRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.GenerateRequest & weft.v1.GenerateRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.GenerateRequest;
            static toObject(message: weft.v1.GenerateRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateRequest {
            interface $Properties {
                requestId?: (string|null);
                model?: (string|null);
                chat?: (weft.v1.ChatRequest.$Properties|null);
                embed?: (weft.v1.EmbedRequest.$Properties|null);
                transcribe?: (weft.v1.TranscribeRequest.$Properties|null);
                speak?: (weft.v1.SpeakRequest.$Properties|null);
                detectSpeech?: (weft.v1.DetectSpeechRequest.$Properties|null);
                rerank?: (weft.v1.RerankRequest.$Properties|null);
                deadlineUnixMs?: (number|null);
                priority?: (weft.v1.Priority|null);
                tenant?: (string|null);
                contractVersion?: (weft.v1.ContractVersion|null);
                body?: ("chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: string|null;
              model?: string|null;
              chat?: weft.v1.ChatRequest.$Shape|null;
              embed?: weft.v1.EmbedRequest.$Shape|null;
              transcribe?: weft.v1.TranscribeRequest.$Shape|null;
              speak?: weft.v1.SpeakRequest.$Shape|null;
              detectSpeech?: weft.v1.DetectSpeechRequest.$Shape|null;
              rerank?: weft.v1.RerankRequest.$Shape|null;
              deadlineUnixMs?: number|null;
              priority?: weft.v1.Priority|null;
              tenant?: string|null;
              contractVersion?: weft.v1.ContractVersion|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "chat"; chat: weft.v1.ChatRequest.$Shape; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "embed"; chat?: null; embed: weft.v1.EmbedRequest.$Shape; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "transcribe"; chat?: null; embed?: null; transcribe: weft.v1.TranscribeRequest.$Shape; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "speak"; chat?: null; embed?: null; transcribe?: null; speak: weft.v1.SpeakRequest.$Shape; detectSpeech?: null; rerank?: null }|{ body?: "detectSpeech"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech: weft.v1.DetectSpeechRequest.$Shape; rerank?: null }|{ body?: "rerank"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank: weft.v1.RerankRequest.$Shape })
            );
        }

        interface ICancelRequest extends weft.v1.CancelRequest.$Properties {
        }

        class CancelRequest {
            constructor(properties?: weft.v1.CancelRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            static create(properties: weft.v1.CancelRequest.$Shape): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;
            static create(properties?: weft.v1.CancelRequest.$Properties): weft.v1.CancelRequest;
            static encode(message: weft.v1.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.CancelRequest;
            static toObject(message: weft.v1.CancelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelRequest {
            interface $Properties {
                requestId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.CancelRequest.$Properties;
        }

        interface ICancelReply extends weft.v1.CancelReply.$Properties {
        }

        class CancelReply {
            constructor(properties?: weft.v1.CancelReply.$Properties);
            $unknowns?: Uint8Array[];
            found: boolean;
            static create(properties: weft.v1.CancelReply.$Shape): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;
            static create(properties?: weft.v1.CancelReply.$Properties): weft.v1.CancelReply;
            static encode(message: weft.v1.CancelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.CancelReply;
            static toObject(message: weft.v1.CancelReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelReply {
            interface $Properties {
                found?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.CancelReply.$Properties;
        }

        interface ILoadModelRequest extends weft.v1.LoadModelRequest.$Properties {
        }

        class LoadModelRequest {
            constructor(properties?: weft.v1.LoadModelRequest.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            path: string;
            engine: string;
            contextSize: number;
            slots: number;
            chatTemplate: string;
            deviceKind: weft.v1.DeviceKind;
            deviceIndex: number;
            static create(properties: weft.v1.LoadModelRequest.$Shape): weft.v1.LoadModelRequest & weft.v1.LoadModelRequest.$Shape;
            static create(properties?: weft.v1.LoadModelRequest.$Properties): weft.v1.LoadModelRequest;
            static encode(message: weft.v1.LoadModelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LoadModelRequest & weft.v1.LoadModelRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.LoadModelRequest;
            static toObject(message: weft.v1.LoadModelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadModelRequest {
            interface $Properties {
                name?: (string|null);
                path?: (string|null);
                engine?: (string|null);
                contextSize?: (number|null);
                slots?: (number|null);
                chatTemplate?: (string|null);
                deviceKind?: (weft.v1.DeviceKind|null);
                deviceIndex?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.LoadModelRequest.$Properties;
        }

        interface ILoadModelReply extends weft.v1.LoadModelReply.$Properties {
        }

        class LoadModelReply {
            constructor(properties?: weft.v1.LoadModelReply.$Properties);
            $unknowns?: Uint8Array[];
            model?: (weft.v1.LoadedModel.$Properties|null);
            static create(properties: weft.v1.LoadModelReply.$Shape): weft.v1.LoadModelReply & weft.v1.LoadModelReply.$Shape;
            static create(properties?: weft.v1.LoadModelReply.$Properties): weft.v1.LoadModelReply;
            static encode(message: weft.v1.LoadModelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.LoadModelReply & weft.v1.LoadModelReply.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.LoadModelReply;
            static toObject(message: weft.v1.LoadModelReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadModelReply {
            interface $Properties {
                model?: (weft.v1.LoadedModel.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.LoadModelReply.$Properties;
        }

        interface IUnloadModelRequest extends weft.v1.UnloadModelRequest.$Properties {
        }

        class UnloadModelRequest {
            constructor(properties?: weft.v1.UnloadModelRequest.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            static create(properties: weft.v1.UnloadModelRequest.$Shape): weft.v1.UnloadModelRequest & weft.v1.UnloadModelRequest.$Shape;
            static create(properties?: weft.v1.UnloadModelRequest.$Properties): weft.v1.UnloadModelRequest;
            static encode(message: weft.v1.UnloadModelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.UnloadModelRequest & weft.v1.UnloadModelRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.UnloadModelRequest;
            static toObject(message: weft.v1.UnloadModelRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnloadModelRequest {
            interface $Properties {
                name?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.UnloadModelRequest.$Properties;
        }

        interface IUnloadModelReply extends weft.v1.UnloadModelReply.$Properties {
        }

        class UnloadModelReply {
            constructor(properties?: weft.v1.UnloadModelReply.$Properties);
            $unknowns?: Uint8Array[];
            unloaded: boolean;
            static create(properties: weft.v1.UnloadModelReply.$Shape): weft.v1.UnloadModelReply & weft.v1.UnloadModelReply.$Shape;
            static create(properties?: weft.v1.UnloadModelReply.$Properties): weft.v1.UnloadModelReply;
            static encode(message: weft.v1.UnloadModelReply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.UnloadModelReply & weft.v1.UnloadModelReply.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.UnloadModelReply;
            static toObject(message: weft.v1.UnloadModelReply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace UnloadModelReply {
            interface $Properties {
                unloaded?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.UnloadModelReply.$Properties;
        }

        interface IInferenceRequest extends weft.v1.InferenceRequest.$Properties {
        }

        class InferenceRequest {
            constructor(properties?: weft.v1.InferenceRequest.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            tenant: string;
            model: string;
            priority: weft.v1.Priority;
            deadlineUnixMs: number;
            replySubject: string;
            createdUnixMs: number;
            stream: boolean;
            chat?: (weft.v1.ChatRequest.$Properties|null);
            embed?: (weft.v1.EmbedRequest.$Properties|null);
            transcribe?: (weft.v1.TranscribeRequest.$Properties|null);
            speak?: (weft.v1.SpeakRequest.$Properties|null);
            detectSpeech?: (weft.v1.DetectSpeechRequest.$Properties|null);
            rerank?: (weft.v1.RerankRequest.$Properties|null);
            contractVersion: weft.v1.ContractVersion;
            body?: ("chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank");
            static create(properties: weft.v1.InferenceRequest.$Shape): weft.v1.InferenceRequest & weft.v1.InferenceRequest.$Shape;
            static create(properties?: weft.v1.InferenceRequest.$Properties): weft.v1.InferenceRequest;
            static encode(message: weft.v1.InferenceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.InferenceRequest & weft.v1.InferenceRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.InferenceRequest;
            static toObject(message: weft.v1.InferenceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace InferenceRequest {
            interface $Properties {
                requestId?: (string|null);
                tenant?: (string|null);
                model?: (string|null);
                priority?: (weft.v1.Priority|null);
                deadlineUnixMs?: (number|null);
                replySubject?: (string|null);
                createdUnixMs?: (number|null);
                stream?: (boolean|null);
                chat?: (weft.v1.ChatRequest.$Properties|null);
                embed?: (weft.v1.EmbedRequest.$Properties|null);
                transcribe?: (weft.v1.TranscribeRequest.$Properties|null);
                speak?: (weft.v1.SpeakRequest.$Properties|null);
                detectSpeech?: (weft.v1.DetectSpeechRequest.$Properties|null);
                rerank?: (weft.v1.RerankRequest.$Properties|null);
                contractVersion?: (weft.v1.ContractVersion|null);
                body?: ("chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: string|null;
              tenant?: string|null;
              model?: string|null;
              priority?: weft.v1.Priority|null;
              deadlineUnixMs?: number|null;
              replySubject?: string|null;
              createdUnixMs?: number|null;
              stream?: boolean|null;
              chat?: weft.v1.ChatRequest.$Shape|null;
              embed?: weft.v1.EmbedRequest.$Shape|null;
              transcribe?: weft.v1.TranscribeRequest.$Shape|null;
              speak?: weft.v1.SpeakRequest.$Shape|null;
              detectSpeech?: weft.v1.DetectSpeechRequest.$Shape|null;
              rerank?: weft.v1.RerankRequest.$Shape|null;
              contractVersion?: weft.v1.ContractVersion|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "chat"; chat: weft.v1.ChatRequest.$Shape; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "embed"; chat?: null; embed: weft.v1.EmbedRequest.$Shape; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "transcribe"; chat?: null; embed?: null; transcribe: weft.v1.TranscribeRequest.$Shape; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "speak"; chat?: null; embed?: null; transcribe?: null; speak: weft.v1.SpeakRequest.$Shape; detectSpeech?: null; rerank?: null }|{ body?: "detectSpeech"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech: weft.v1.DetectSpeechRequest.$Shape; rerank?: null }|{ body?: "rerank"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank: weft.v1.RerankRequest.$Shape })
            );
        }

        interface IAccepted extends weft.v1.Accepted.$Properties {
        }

        class Accepted {
            constructor(properties?: weft.v1.Accepted.$Properties);
            $unknowns?: Uint8Array[];
            schedulerId: string;
            static create(properties: weft.v1.Accepted.$Shape): weft.v1.Accepted & weft.v1.Accepted.$Shape;
            static create(properties?: weft.v1.Accepted.$Properties): weft.v1.Accepted;
            static encode(message: weft.v1.Accepted.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Accepted & weft.v1.Accepted.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Accepted;
            static toObject(message: weft.v1.Accepted, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Accepted {
            interface $Properties {
                schedulerId?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Accepted.$Properties;
        }

        interface IReplyFrame extends weft.v1.ReplyFrame.$Properties {
        }

        class ReplyFrame {
            constructor(properties?: weft.v1.ReplyFrame.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            accepted?: (weft.v1.Accepted.$Properties|null);
            chunk?: (weft.v1.GenerateChunk.$Properties|null);
            error?: (weft.v1.ErrorInfo.$Properties|null);
            schedulerId: string;
            kind?: ("accepted"|"chunk"|"error");
            static create(properties: weft.v1.ReplyFrame.$Shape): weft.v1.ReplyFrame & weft.v1.ReplyFrame.$Shape;
            static create(properties?: weft.v1.ReplyFrame.$Properties): weft.v1.ReplyFrame;
            static encode(message: weft.v1.ReplyFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ReplyFrame & weft.v1.ReplyFrame.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ReplyFrame;
            static toObject(message: weft.v1.ReplyFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplyFrame {
            interface $Properties {
                requestId?: (string|null);
                accepted?: (weft.v1.Accepted.$Properties|null);
                chunk?: (weft.v1.GenerateChunk.$Properties|null);
                error?: (weft.v1.ErrorInfo.$Properties|null);
                schedulerId?: (string|null);
                kind?: ("accepted"|"chunk"|"error");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: string|null;
              accepted?: weft.v1.Accepted.$Shape|null;
              chunk?: weft.v1.GenerateChunk.$Shape|null;
              error?: weft.v1.ErrorInfo.$Shape|null;
              schedulerId?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; accepted?: null; chunk?: null; error?: null }|{ kind?: "accepted"; accepted: weft.v1.Accepted.$Shape; chunk?: null; error?: null }|{ kind?: "chunk"; accepted?: null; chunk: weft.v1.GenerateChunk.$Shape; error?: null }|{ kind?: "error"; accepted?: null; chunk?: null; error: weft.v1.ErrorInfo.$Shape })
            );
        }

        interface ICancelNotice extends weft.v1.CancelNotice.$Properties {
        }

        class CancelNotice {
            constructor(properties?: weft.v1.CancelNotice.$Properties);
            $unknowns?: Uint8Array[];
            requestId: string;
            reason: string;
            static create(properties: weft.v1.CancelNotice.$Shape): weft.v1.CancelNotice & weft.v1.CancelNotice.$Shape;
            static create(properties?: weft.v1.CancelNotice.$Properties): weft.v1.CancelNotice;
            static encode(message: weft.v1.CancelNotice.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CancelNotice & weft.v1.CancelNotice.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.CancelNotice;
            static toObject(message: weft.v1.CancelNotice, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelNotice {
            interface $Properties {
                requestId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.CancelNotice.$Properties;
        }

        interface ISchedulerInfo extends weft.v1.SchedulerInfo.$Properties {
        }

        class SchedulerInfo {
            constructor(properties?: weft.v1.SchedulerInfo.$Properties);
            $unknowns?: Uint8Array[];
            schedulerId: string;
            startedUnixMs: number;
            heartbeatIntervalMs: number;
            static create(properties: weft.v1.SchedulerInfo.$Shape): weft.v1.SchedulerInfo & weft.v1.SchedulerInfo.$Shape;
            static create(properties?: weft.v1.SchedulerInfo.$Properties): weft.v1.SchedulerInfo;
            static encode(message: weft.v1.SchedulerInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SchedulerInfo & weft.v1.SchedulerInfo.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.SchedulerInfo;
            static toObject(message: weft.v1.SchedulerInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SchedulerInfo {
            interface $Properties {
                schedulerId?: (string|null);
                startedUnixMs?: (number|null);
                heartbeatIntervalMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.SchedulerInfo.$Properties;
        }

        interface ISchedulerSnapshot extends weft.v1.SchedulerSnapshot.$Properties {
        }

        class SchedulerSnapshot {
            constructor(properties?: weft.v1.SchedulerSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            schedulerId: string;
            queues: weft.v1.QueueStat.$Properties[];
            recentPlacements: weft.v1.Placement.$Properties[];
            decisionP50Us: number;
            decisionP99Us: number;
            decisions: number;
            running: number;
            static create(properties: weft.v1.SchedulerSnapshot.$Shape): weft.v1.SchedulerSnapshot & weft.v1.SchedulerSnapshot.$Shape;
            static create(properties?: weft.v1.SchedulerSnapshot.$Properties): weft.v1.SchedulerSnapshot;
            static encode(message: weft.v1.SchedulerSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SchedulerSnapshot & weft.v1.SchedulerSnapshot.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.SchedulerSnapshot;
            static toObject(message: weft.v1.SchedulerSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SchedulerSnapshot {
            interface $Properties {
                schedulerId?: (string|null);
                queues?: (weft.v1.QueueStat.$Properties[]|null);
                recentPlacements?: (weft.v1.Placement.$Properties[]|null);
                decisionP50Us?: (number|null);
                decisionP99Us?: (number|null);
                decisions?: (number|null);
                running?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.SchedulerSnapshot.$Properties;
        }

        interface IQueueStat extends weft.v1.QueueStat.$Properties {
        }

        class QueueStat {
            constructor(properties?: weft.v1.QueueStat.$Properties);
            $unknowns?: Uint8Array[];
            model: string;
            priority: string;
            depth: number;
            oldestWaitMs: number;
            static create(properties: weft.v1.QueueStat.$Shape): weft.v1.QueueStat & weft.v1.QueueStat.$Shape;
            static create(properties?: weft.v1.QueueStat.$Properties): weft.v1.QueueStat;
            static encode(message: weft.v1.QueueStat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.QueueStat & weft.v1.QueueStat.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.QueueStat;
            static toObject(message: weft.v1.QueueStat, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueueStat {
            interface $Properties {
                model?: (string|null);
                priority?: (string|null);
                depth?: (number|null);
                oldestWaitMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.QueueStat.$Properties;
        }

        interface IPlacement extends weft.v1.Placement.$Properties {
        }

        class Placement {
            constructor(properties?: weft.v1.Placement.$Properties);
            $unknowns?: Uint8Array[];
            atUnixMs: number;
            requestId: string;
            model: string;
            priority: string;
            executorId: string;
            reason: string;
            tenant: string;
            static create(properties: weft.v1.Placement.$Shape): weft.v1.Placement & weft.v1.Placement.$Shape;
            static create(properties?: weft.v1.Placement.$Properties): weft.v1.Placement;
            static encode(message: weft.v1.Placement.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Placement & weft.v1.Placement.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Placement;
            static toObject(message: weft.v1.Placement, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Placement {
            interface $Properties {
                atUnixMs?: (number|null);
                requestId?: (string|null);
                model?: (string|null);
                priority?: (string|null);
                executorId?: (string|null);
                reason?: (string|null);
                tenant?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Placement.$Properties;
        }

        interface ISnapshotRequest extends weft.v1.SnapshotRequest.$Properties {
        }

        class SnapshotRequest {
            constructor(properties?: weft.v1.SnapshotRequest.$Properties);
            $unknowns?: Uint8Array[];
            requester: string;
            static create(properties: weft.v1.SnapshotRequest.$Shape): weft.v1.SnapshotRequest & weft.v1.SnapshotRequest.$Shape;
            static create(properties?: weft.v1.SnapshotRequest.$Properties): weft.v1.SnapshotRequest;
            static encode(message: weft.v1.SnapshotRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.SnapshotRequest & weft.v1.SnapshotRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.SnapshotRequest;
            static toObject(message: weft.v1.SnapshotRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {
            interface $Properties {
                requester?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.SnapshotRequest.$Properties;
        }

        interface IDiscoverRequest extends weft.v1.DiscoverRequest.$Properties {
        }

        class DiscoverRequest {
            constructor(properties?: weft.v1.DiscoverRequest.$Properties);
            $unknowns?: Uint8Array[];
            requester: string;
            static create(properties: weft.v1.DiscoverRequest.$Shape): weft.v1.DiscoverRequest & weft.v1.DiscoverRequest.$Shape;
            static create(properties?: weft.v1.DiscoverRequest.$Properties): weft.v1.DiscoverRequest;
            static encode(message: weft.v1.DiscoverRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.DiscoverRequest & weft.v1.DiscoverRequest.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.DiscoverRequest;
            static toObject(message: weft.v1.DiscoverRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiscoverRequest {
            interface $Properties {
                requester?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.DiscoverRequest.$Properties;
        }

        interface ITenantUsageReport extends weft.v1.TenantUsageReport.$Properties {
        }

        class TenantUsageReport {
            constructor(properties?: weft.v1.TenantUsageReport.$Properties);
            $unknowns?: Uint8Array[];
            gatewayId: string;
            tenants: weft.v1.TenantUsage.$Properties[];
            static create(properties: weft.v1.TenantUsageReport.$Shape): weft.v1.TenantUsageReport & weft.v1.TenantUsageReport.$Shape;
            static create(properties?: weft.v1.TenantUsageReport.$Properties): weft.v1.TenantUsageReport;
            static encode(message: weft.v1.TenantUsageReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TenantUsageReport & weft.v1.TenantUsageReport.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TenantUsageReport;
            static toObject(message: weft.v1.TenantUsageReport, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TenantUsageReport {
            interface $Properties {
                gatewayId?: (string|null);
                tenants?: (weft.v1.TenantUsage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TenantUsageReport.$Properties;
        }

        interface ITenantUsage extends weft.v1.TenantUsage.$Properties {
        }

        class TenantUsage {
            constructor(properties?: weft.v1.TenantUsage.$Properties);
            $unknowns?: Uint8Array[];
            tenant: string;
            requests: number;
            tokens: number;
            inFlight: number;
            static create(properties: weft.v1.TenantUsage.$Shape): weft.v1.TenantUsage & weft.v1.TenantUsage.$Shape;
            static create(properties?: weft.v1.TenantUsage.$Properties): weft.v1.TenantUsage;
            static encode(message: weft.v1.TenantUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.TenantUsage & weft.v1.TenantUsage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.TenantUsage;
            static toObject(message: weft.v1.TenantUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TenantUsage {
            interface $Properties {
                tenant?: (string|null);
                requests?: (number|null);
                tokens?: (number|null);
                inFlight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.TenantUsage.$Properties;
        }

        interface ICatalogModel extends weft.v1.CatalogModel.$Properties {
        }

        class CatalogModel {
            constructor(properties?: weft.v1.CatalogModel.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            format: string;
            path: string;
            engine: string;
            contextSize: number;
            slots: number;
            chatTemplate: string;
            devicePreference: weft.v1.DeviceKind[];
            memoryEstimateBytes: { [k: string]: number };
            memoryMeasuredBytes: { [k: string]: number };
            minReplicas: number;
            maxReplicas: number;
            idleTtlMs: number;
            fileBytes: number;
            dtype: string;
            source: string;
            updatedUnixMs: number;
            sourceFile: string;
            tasks: weft.v1.Task[];
            static create(properties: weft.v1.CatalogModel.$Shape): weft.v1.CatalogModel & weft.v1.CatalogModel.$Shape;
            static create(properties?: weft.v1.CatalogModel.$Properties): weft.v1.CatalogModel;
            static encode(message: weft.v1.CatalogModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.CatalogModel & weft.v1.CatalogModel.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.CatalogModel;
            static toObject(message: weft.v1.CatalogModel, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CatalogModel {
            interface $Properties {
                name?: (string|null);
                format?: (string|null);
                path?: (string|null);
                engine?: (string|null);
                contextSize?: (number|null);
                slots?: (number|null);
                chatTemplate?: (string|null);
                devicePreference?: (weft.v1.DeviceKind[]|null);
                memoryEstimateBytes?: ({ [k: string]: number }|null);
                memoryMeasuredBytes?: ({ [k: string]: number }|null);
                minReplicas?: (number|null);
                maxReplicas?: (number|null);
                idleTtlMs?: (number|null);
                fileBytes?: (number|null);
                dtype?: (string|null);
                source?: (string|null);
                updatedUnixMs?: (number|null);
                sourceFile?: (string|null);
                tasks?: (weft.v1.Task[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.CatalogModel.$Properties;
        }

        interface IReplicaSet extends weft.v1.ReplicaSet.$Properties {
        }

        class ReplicaSet {
            constructor(properties?: weft.v1.ReplicaSet.$Properties);
            $unknowns?: Uint8Array[];
            model: string;
            replicas: weft.v1.Replica.$Properties[];
            static create(properties: weft.v1.ReplicaSet.$Shape): weft.v1.ReplicaSet & weft.v1.ReplicaSet.$Shape;
            static create(properties?: weft.v1.ReplicaSet.$Properties): weft.v1.ReplicaSet;
            static encode(message: weft.v1.ReplicaSet.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.ReplicaSet & weft.v1.ReplicaSet.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.ReplicaSet;
            static toObject(message: weft.v1.ReplicaSet, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReplicaSet {
            interface $Properties {
                model?: (string|null);
                replicas?: (weft.v1.Replica.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.ReplicaSet.$Properties;
        }

        interface IReplica extends weft.v1.Replica.$Properties {
        }

        class Replica {
            constructor(properties?: weft.v1.Replica.$Properties);
            $unknowns?: Uint8Array[];
            executorId: string;
            deviceKind: weft.v1.DeviceKind;
            deviceIndex: number;
            memoryBytes: number;
            placedUnixMs: number;
            placedBy: string;
            reason: string;
            static create(properties: weft.v1.Replica.$Shape): weft.v1.Replica & weft.v1.Replica.$Shape;
            static create(properties?: weft.v1.Replica.$Properties): weft.v1.Replica;
            static encode(message: weft.v1.Replica.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): weft.v1.Replica & weft.v1.Replica.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): weft.v1.Replica;
            static toObject(message: weft.v1.Replica, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Replica {
            interface $Properties {
                executorId?: (string|null);
                deviceKind?: (weft.v1.DeviceKind|null);
                deviceIndex?: (number|null);
                memoryBytes?: (number|null);
                placedUnixMs?: (number|null);
                placedBy?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = weft.v1.Replica.$Properties;
        }
    }
}
