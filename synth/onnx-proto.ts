// Just enough of onnx.proto to write a model: the messages a graph of plain
// operators with float/int64 initializers needs, with the real field numbers so
// onnxruntime (or any ONNX reader) parses the bytes. Defined from a JSON
// descriptor at runtime rather than generated code, since we only ever encode.
import protobuf from 'protobufjs';

/** TensorProto.DataType values used here. */
export const OnnxDataType = Object.freeze({ FLOAT: 1, INT64: 7 } as const);
export type OnnxDataTypeValue = (typeof OnnxDataType)[keyof typeof OnnxDataType];

/** AttributeProto.AttributeType values used here. */
const AttributeType = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 } as const;

// onnx.proto is proto2: set fields are written even when they hold the default
// (protobufjs reads JSON descriptors as proto3, which would drop e.g. an
// attribute's type FLOAT, the enum's first value, and onnxruntime rejects that).
const proto2 = <T extends Record<string, object>>(messages: T): T =>
  Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, { edition: 'proto2', ...v }])) as T;

const ONNX_DESCRIPTOR = {
  nested: {
    onnx: {
      nested: proto2({
        ModelProto: {
          fields: {
            irVersion: { type: 'int64', id: 1 },
            producerName: { type: 'string', id: 2 },
            graph: { type: 'GraphProto', id: 7 },
            opsetImport: { rule: 'repeated', type: 'OperatorSetIdProto', id: 8 },
          },
        },
        OperatorSetIdProto: {
          fields: { domain: { type: 'string', id: 1 }, version: { type: 'int64', id: 2 } },
        },
        GraphProto: {
          fields: {
            node: { rule: 'repeated', type: 'NodeProto', id: 1 },
            name: { type: 'string', id: 2 },
            initializer: { rule: 'repeated', type: 'TensorProto', id: 5 },
            input: { rule: 'repeated', type: 'ValueInfoProto', id: 11 },
            output: { rule: 'repeated', type: 'ValueInfoProto', id: 12 },
          },
        },
        NodeProto: {
          fields: {
            input: { rule: 'repeated', type: 'string', id: 1 },
            output: { rule: 'repeated', type: 'string', id: 2 },
            name: { type: 'string', id: 3 },
            opType: { type: 'string', id: 4 },
            attribute: { rule: 'repeated', type: 'AttributeProto', id: 5 },
            domain: { type: 'string', id: 7 },
          },
        },
        AttributeProto: {
          fields: {
            name: { type: 'string', id: 1 },
            f: { type: 'float', id: 2 },
            i: { type: 'int64', id: 3 },
            s: { type: 'bytes', id: 4 },
            t: { type: 'TensorProto', id: 5 },
            floats: { rule: 'repeated', type: 'float', id: 7, options: { packed: true } },
            ints: { rule: 'repeated', type: 'int64', id: 8, options: { packed: true } },
            type: { type: 'AttributeType', id: 20 },
          },
          nested: { AttributeType: { values: AttributeType } },
        },
        TensorProto: {
          fields: {
            dims: { rule: 'repeated', type: 'int64', id: 1 },
            dataType: { type: 'int32', id: 2 },
            name: { type: 'string', id: 8 },
            rawData: { type: 'bytes', id: 9 },
          },
        },
        ValueInfoProto: {
          fields: { name: { type: 'string', id: 1 }, type: { type: 'TypeProto', id: 2 } },
        },
        TypeProto: {
          fields: { tensorType: { type: 'Tensor', id: 1 } },
          nested: {
            Tensor: {
              fields: { elemType: { type: 'int32', id: 1 }, shape: { type: 'TensorShapeProto', id: 2 } },
            },
          },
        },
        TensorShapeProto: {
          fields: { dim: { rule: 'repeated', type: 'Dimension', id: 1 } },
          nested: {
            Dimension: {
              oneofs: { value: { oneof: ['dimValue', 'dimParam'] } },
              fields: { dimValue: { type: 'int64', id: 1 }, dimParam: { type: 'string', id: 2 } },
            },
          },
        },
      }),
    },
  },
};

const ModelProto = protobuf.Root.fromJSON(ONNX_DESCRIPTOR).lookupType('onnx.ModelProto');

// Plain-object shapes of the messages (protobufjs field names, camelCase).
export interface OnnxTensor { name: string; dims: number[]; dataType: OnnxDataTypeValue; rawData: Uint8Array }
export interface OnnxAttribute { name: string; type: number; f?: number; i?: number; s?: Uint8Array; t?: OnnxTensor; floats?: number[]; ints?: number[] }
export interface OnnxNode { input: string[]; output: string[]; name: string; opType: string; domain: string; attribute: OnnxAttribute[] }
export interface OnnxValueInfo { name: string; type: { tensorType: { elemType: number; shape: { dim: Array<{ dimValue: number } | { dimParam: string }> } } } }
export interface OnnxGraph { name: string; node: OnnxNode[]; initializer: OnnxTensor[]; input: OnnxValueInfo[]; output: OnnxValueInfo[] }

/** An attribute value; arrays of integers become INTS, a single non-integer a FLOAT (use attr.float for 1.0). */
export type AttrValue = number | string | number[] | OnnxTensor | { float: number } | { floats: number[] };

function attribute(name: string, v: AttrValue): OnnxAttribute {
  if (typeof v === 'string') return { name, type: AttributeType.STRING, s: new TextEncoder().encode(v) };
  if (typeof v === 'number') return Number.isInteger(v) ? { name, type: AttributeType.INT, i: v } : { name, type: AttributeType.FLOAT, f: v };
  if (Array.isArray(v)) return { name, type: AttributeType.INTS, ints: v };
  if ('float' in v) return { name, type: AttributeType.FLOAT, f: v.float };
  if ('floats' in v) return { name, type: AttributeType.FLOATS, floats: v.floats };
  return { name, type: AttributeType.TENSOR, t: v };
}

/** A node of the default ("ai.onnx") domain. */
export function node(opType: string, inputs: string[], outputs: string[], name: string, attrs: Record<string, AttrValue> = {}): OnnxNode {
  return {
    input: inputs, output: outputs, name, opType, domain: '',
    attribute: Object.entries(attrs).map(([k, v]) => attribute(k, v)),
  };
}

/** A float32 (little-endian raw_data) or int64 initializer. */
export function initializer(name: string, dims: number[], values: Float32Array | BigInt64Array): OnnxTensor {
  const count = dims.reduce((a, b) => a * b, 1);
  if (values.length !== count) throw new Error(`initializer ${name}: ${values.length} values for dims [${dims.join(', ')}]`);
  // Typed arrays are host-endian; ONNX raw_data is little-endian, which every platform Weft runs on is.
  const rawData = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  return { name, dims, dataType: values instanceof Float32Array ? OnnxDataType.FLOAT : OnnxDataType.INT64, rawData };
}

/** A graph input/output: numbers are fixed dims, strings symbolic ones ("batch"). */
export function valueInfo(name: string, elemType: OnnxDataTypeValue, dims: Array<number | string>): OnnxValueInfo {
  return {
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d })) } } },
  };
}

export function encodeModel(graph: OnnxGraph, opts: { irVersion: number; opset: number; producerName: string }): Uint8Array {
  const message = {
    irVersion: opts.irVersion,
    producerName: opts.producerName,
    opsetImport: [{ domain: '', version: opts.opset }],
    graph,
  };
  const err = ModelProto.verify(message);
  if (err) throw new Error(`invalid ONNX model: ${err}`);
  return ModelProto.encode(ModelProto.fromObject(message)).finish();
}
