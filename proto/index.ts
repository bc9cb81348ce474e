// The wire contract's public face: message codecs and types generated from
// proto/weft/v1/*.proto, plus subjects, headers, errors and the gRPC service.
// Every other folder imports wire types from here, never from generated/.
import { weft } from './generated/weft.js';

const v1 = weft.v1;

export const {
  ChatMessage, SamplingParams, ChatRequest, GenerateChunk, Usage, EngineTiming, ErrorInfo, Device, EngineSupport,
  LoadedModel, ExecutorInfo, DescribeRequest, GenerateRequest, CancelRequest, CancelReply,
  LoadModelRequest, LoadModelReply, UnloadModelRequest, UnloadModelReply, InferenceRequest,
  Accepted, ReplyFrame, CancelNotice, DiscoverRequest, SchedulerInfo, SchedulerSnapshot, SnapshotRequest, TenantUsageReport,
  CatalogModel, ReplicaSet, Replica, EmbedRequest, TextDelta, ToolCallDelta, Embedding, Embeddings, AudioOutput, Final,
  TranscribeRequest, SpeakRequest, DetectSpeechRequest, SpeechProbabilities, RerankRequest, RerankScore, RerankScores,
  Priority, FinishReason, ErrorCode, DeviceKind, DeviceSource, ModelState, ContractVersion, Task,
} = v1;

/** The contract version this code speaks (see ContractVersion in common.proto). */
export const CONTRACT_VERSION = v1.ContractVersion.CONTRACT_VERSION_1;

// Decoded (received) message types. Messages to send are plain objects of the
// matching I* interfaces.
export type ChatMessage = weft.v1.ChatMessage;
export type SamplingParams = weft.v1.SamplingParams;
export type ChatRequest = weft.v1.ChatRequest;
export type GenerateChunk = weft.v1.GenerateChunk;
export type Usage = weft.v1.Usage;
export type EngineTiming = weft.v1.EngineTiming;
export type ErrorInfo = weft.v1.ErrorInfo;
export type Device = weft.v1.Device;
export type LoadedModel = weft.v1.LoadedModel;
export type ExecutorInfo = weft.v1.ExecutorInfo;
export type GenerateRequest = weft.v1.GenerateRequest;
export type InferenceRequest = weft.v1.InferenceRequest;
export type ReplyFrame = weft.v1.ReplyFrame;
export type SchedulerSnapshot = weft.v1.SchedulerSnapshot;
export type IPlacement = weft.v1.IPlacement;
export type CancelNotice = weft.v1.CancelNotice;
export type LoadModelRequest = weft.v1.LoadModelRequest;
export type CatalogModel = weft.v1.CatalogModel;
export type ReplicaSet = weft.v1.ReplicaSet;
export type Replica = weft.v1.Replica;
export type ICatalogModel = weft.v1.ICatalogModel;
export type IReplicaSet = weft.v1.IReplicaSet;
export type IReplica = weft.v1.IReplica;

export type IChatRequest = weft.v1.IChatRequest;
export type IChatMessage = weft.v1.IChatMessage;
export type IGenerateChunk = weft.v1.IGenerateChunk;
export type IGenerateRequest = weft.v1.IGenerateRequest;
export type IInferenceRequest = weft.v1.IInferenceRequest;
export type IReplyFrame = weft.v1.IReplyFrame;
export type IExecutorInfo = weft.v1.IExecutorInfo;
export type IDevice = weft.v1.IDevice;
export type IEngineSupport = weft.v1.IEngineSupport;
export type ILoadedModel = weft.v1.ILoadedModel;
export type IErrorInfo = weft.v1.IErrorInfo;
export type IUsage = weft.v1.IUsage;
export type ISamplingParams = weft.v1.ISamplingParams;
export type ITranscribeRequest = weft.v1.ITranscribeRequest;
export type ISpeakRequest = weft.v1.ISpeakRequest;
export type IDetectSpeechRequest = weft.v1.IDetectSpeechRequest;
export type ISpeechProbabilities = weft.v1.ISpeechProbabilities;
export type IAudioOutput = weft.v1.IAudioOutput;
export type IEngineTiming = weft.v1.IEngineTiming;

export type Priority = weft.v1.Priority;
export type FinishReason = weft.v1.FinishReason;
export type ErrorCode = weft.v1.ErrorCode;
export type DeviceKind = weft.v1.DeviceKind;
export type DeviceSource = weft.v1.DeviceSource;
export type ModelState = weft.v1.ModelState;
export type ContractVersion = weft.v1.ContractVersion;
export type Task = weft.v1.Task;
export type EmbedRequest = weft.v1.EmbedRequest;
export type IEmbedRequest = weft.v1.IEmbedRequest;
export type IRerankRequest = weft.v1.IRerankRequest;
export type IRerankScore = weft.v1.IRerankScore;
export type Final = weft.v1.Final;
export type IFinal = weft.v1.IFinal;
export type ITextDelta = weft.v1.ITextDelta;
export type ITokenLogprob = weft.v1.ITokenLogprob;
export type ITopLogprob = weft.v1.ITopLogprob;
export type IEmbeddings = weft.v1.IEmbeddings;
export type IEmbedding = weft.v1.IEmbedding;
export type IToolCall = weft.v1.IToolCall;
export type IToolDefinition = weft.v1.IToolDefinition;
export type IToolCallDelta = weft.v1.IToolCallDelta;
export type IResponseFormat = weft.v1.IResponseFormat;

export * from './subjects.ts';
export * from './tasks.ts';
export * from './errors.ts';
