/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $isFinite = $util.global.isFinite, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const weft = $root.weft = (() => {

    /**
     * Namespace weft.
     * @exports weft
     * @namespace
     */
    const weft = {};

    weft.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof weft
         * @namespace
         */
        const v1 = {};

        /**
         * Priority enum.
         * @name weft.v1.Priority
         * @enum {number}
         * @property {number} PRIORITY_UNSPECIFIED=0 PRIORITY_UNSPECIFIED value
         * @property {number} PRIORITY_REALTIME=1 PRIORITY_REALTIME value
         * @property {number} PRIORITY_BATCH=2 PRIORITY_BATCH value
         */
        v1.Priority = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRIORITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PRIORITY_REALTIME"] = 1;
            values[valuesById[2] = "PRIORITY_BATCH"] = 2;
            return values;
        })();

        v1.ChatMessage = (function() {

            /**
             * Properties of a ChatMessage.
             * @typedef {Object} weft.v1.ChatMessage.$Properties
             * @property {string|null} [role] ChatMessage role
             * @property {string|null} [content] ChatMessage content
             * @property {string|null} [name] ChatMessage name
             * @property {Array.<weft.v1.ToolCall.$Properties>|null} [toolCalls] ChatMessage toolCalls
             * @property {string|null} [toolCallId] ChatMessage toolCallId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatMessage.
             * @memberof weft.v1
             * @interface IChatMessage
             * @augments weft.v1.ChatMessage.$Properties
             * @deprecated Use weft.v1.ChatMessage.$Properties instead.
             */

            /**
             * Shape of a ChatMessage.
             * @typedef {weft.v1.ChatMessage.$Properties} weft.v1.ChatMessage.$Shape
             */

            /**
             * Constructs a new ChatMessage.
             * @memberof weft.v1
             * @classdesc Represents a ChatMessage.
             * @constructor
             * @param {weft.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatMessage = function (properties) {
                this.toolCalls = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatMessage role.
             * @member {string} role
             * @memberof weft.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.role = "";

            /**
             * ChatMessage content.
             * @member {string} content
             * @memberof weft.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.content = "";

            /**
             * ChatMessage name.
             * @member {string} name
             * @memberof weft.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.name = "";

            /**
             * ChatMessage toolCalls.
             * @member {Array.<weft.v1.ToolCall.$Properties>} toolCalls
             * @memberof weft.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.toolCalls = $util.emptyArray;

            /**
             * ChatMessage toolCallId.
             * @member {string} toolCallId
             * @memberof weft.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.toolCallId = "";

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @function create
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {weft.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ChatMessage} ChatMessage instance
             * @type {{
             *   (properties: weft.v1.ChatMessage.$Shape): weft.v1.ChatMessage & weft.v1.ChatMessage.$Shape;
             *   (properties?: weft.v1.ChatMessage.$Properties): weft.v1.ChatMessage;
             * }}
             */
            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link weft.v1.ChatMessage.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {weft.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.role);
                if (message.content != null && $Object.hasOwnProperty.call(message, "content") && message.content !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.content);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.toolCalls != null && message.toolCalls.length)
                    for (let i = 0; i < message.toolCalls.length; ++i)
                        $root.weft.v1.ToolCall.encode(message.toolCalls[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.toolCallId != null && $Object.hasOwnProperty.call(message, "toolCallId") && message.toolCallId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.toolCallId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ChatMessage & weft.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ChatMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.role = value;
                            else
                                delete message.role;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.content = value;
                            else
                                delete message.content;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.toolCalls && message.toolCalls.length))
                                message.toolCalls = [];
                            message.toolCalls.push($root.weft.v1.ToolCall.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toolCallId = value;
                            else
                                delete message.toolCallId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ChatMessage message.
             * @function verify
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChatMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    if (!$util.isString(message.role))
                        return "role: string expected";
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    if (!$util.isString(message.content))
                        return "content: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.toolCalls != null && $Object.hasOwnProperty.call(message, "toolCalls")) {
                    if (!$Array.isArray(message.toolCalls))
                        return "toolCalls: array expected";
                    for (let i = 0; i < message.toolCalls.length; ++i) {
                        let error = $root.weft.v1.ToolCall.verify(message.toolCalls[i], _depth + 1);
                        if (error)
                            return "toolCalls." + error;
                    }
                }
                if (message.toolCallId != null && $Object.hasOwnProperty.call(message, "toolCallId"))
                    if (!$util.isString(message.toolCallId))
                        return "toolCallId: string expected";
                return null;
            };

            /**
             * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ChatMessage} ChatMessage
             */
            ChatMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ChatMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ChatMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ChatMessage();
                if (object.role != null)
                    if (typeof object.role !== "string" || object.role.length)
                        message.role = $String(object.role);
                if (object.content != null)
                    if (typeof object.content !== "string" || object.content.length)
                        message.content = $String(object.content);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.toolCalls) {
                    if (!$Array.isArray(object.toolCalls))
                        throw $TypeError(".weft.v1.ChatMessage.toolCalls: array expected");
                    message.toolCalls = $Array(object.toolCalls.length);
                    for (let i = 0; i < object.toolCalls.length; ++i) {
                        if (!$util.isObject(object.toolCalls[i]))
                            throw $TypeError(".weft.v1.ChatMessage.toolCalls: object expected");
                        message.toolCalls[i] = $root.weft.v1.ToolCall.fromObject(object.toolCalls[i], _depth + 1);
                    }
                }
                if (object.toolCallId != null)
                    if (typeof object.toolCallId !== "string" || object.toolCallId.length)
                        message.toolCallId = $String(object.toolCallId);
                return message;
            };

            /**
             * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {weft.v1.ChatMessage} message ChatMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChatMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.toolCalls = [];
                if (options.defaults) {
                    object.role = "";
                    object.content = "";
                    object.name = "";
                    object.toolCallId = "";
                }
                if (message.role != null && $Object.hasOwnProperty.call(message, "role"))
                    object.role = message.role;
                if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                    object.content = message.content;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.toolCalls && message.toolCalls.length) {
                    object.toolCalls = $Array(message.toolCalls.length);
                    for (let j = 0; j < message.toolCalls.length; ++j)
                        object.toolCalls[j] = $root.weft.v1.ToolCall.toObject(message.toolCalls[j], options, _depth + 1);
                }
                if (message.toolCallId != null && $Object.hasOwnProperty.call(message, "toolCallId"))
                    object.toolCallId = message.toolCallId;
                return object;
            };

            /**
             * Converts this ChatMessage to JSON.
             * @function toJSON
             * @memberof weft.v1.ChatMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChatMessage.prototype.toJSON = function() {
                return ChatMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChatMessage
             * @function getTypeUrl
             * @memberof weft.v1.ChatMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ChatMessage";
            };

            return ChatMessage;
        })();

        v1.ToolCall = (function() {

            /**
             * Properties of a ToolCall.
             * @typedef {Object} weft.v1.ToolCall.$Properties
             * @property {string|null} [id] ToolCall id
             * @property {string|null} [name] ToolCall name
             * @property {string|null} ["arguments"] ToolCall arguments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ToolCall.
             * @memberof weft.v1
             * @interface IToolCall
             * @augments weft.v1.ToolCall.$Properties
             * @deprecated Use weft.v1.ToolCall.$Properties instead.
             */

            /**
             * Shape of a ToolCall.
             * @typedef {weft.v1.ToolCall.$Properties} weft.v1.ToolCall.$Shape
             */

            /**
             * Constructs a new ToolCall.
             * @memberof weft.v1
             * @classdesc Represents a ToolCall.
             * @constructor
             * @param {weft.v1.ToolCall.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ToolCall = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ToolCall id.
             * @member {string} id
             * @memberof weft.v1.ToolCall
             * @instance
             */
            ToolCall.prototype.id = "";

            /**
             * ToolCall name.
             * @member {string} name
             * @memberof weft.v1.ToolCall
             * @instance
             */
            ToolCall.prototype.name = "";

            /**
             * ToolCall arguments.
             * @member {string} arguments
             * @memberof weft.v1.ToolCall
             * @instance
             */
            ToolCall.prototype["arguments"] = "";

            /**
             * Creates a new ToolCall instance using the specified properties.
             * @function create
             * @memberof weft.v1.ToolCall
             * @static
             * @param {weft.v1.ToolCall.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ToolCall} ToolCall instance
             * @type {{
             *   (properties: weft.v1.ToolCall.$Shape): weft.v1.ToolCall & weft.v1.ToolCall.$Shape;
             *   (properties?: weft.v1.ToolCall.$Properties): weft.v1.ToolCall;
             * }}
             */
            ToolCall.create = function(properties) {
                return new ToolCall(properties);
            };

            /**
             * Encodes the specified ToolCall message. Does not implicitly {@link weft.v1.ToolCall.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ToolCall
             * @static
             * @param {weft.v1.ToolCall.$Properties} message ToolCall message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ToolCall.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments") && message["arguments"] !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message["arguments"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ToolCall message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ToolCall
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ToolCall & weft.v1.ToolCall.$Shape} ToolCall
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ToolCall.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ToolCall();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["arguments"] = value;
                            else
                                delete message["arguments"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ToolCall message.
             * @function verify
             * @memberof weft.v1.ToolCall
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ToolCall.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments"))
                    if (!$util.isString(message["arguments"]))
                        return "arguments: string expected";
                return null;
            };

            /**
             * Creates a ToolCall message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ToolCall
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ToolCall} ToolCall
             */
            ToolCall.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ToolCall)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ToolCall: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ToolCall();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["arguments"] != null)
                    if (typeof object["arguments"] !== "string" || object["arguments"].length)
                        message["arguments"] = $String(object["arguments"]);
                return message;
            };

            /**
             * Creates a plain object from a ToolCall message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ToolCall
             * @static
             * @param {weft.v1.ToolCall} message ToolCall
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ToolCall.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.name = "";
                    object["arguments"] = "";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments"))
                    object["arguments"] = message["arguments"];
                return object;
            };

            /**
             * Converts this ToolCall to JSON.
             * @function toJSON
             * @memberof weft.v1.ToolCall
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ToolCall.prototype.toJSON = function() {
                return ToolCall.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ToolCall
             * @function getTypeUrl
             * @memberof weft.v1.ToolCall
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ToolCall.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ToolCall";
            };

            return ToolCall;
        })();

        v1.ToolDefinition = (function() {

            /**
             * Properties of a ToolDefinition.
             * @typedef {Object} weft.v1.ToolDefinition.$Properties
             * @property {string|null} [name] ToolDefinition name
             * @property {string|null} [description] ToolDefinition description
             * @property {string|null} [parameters] ToolDefinition parameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ToolDefinition.
             * @memberof weft.v1
             * @interface IToolDefinition
             * @augments weft.v1.ToolDefinition.$Properties
             * @deprecated Use weft.v1.ToolDefinition.$Properties instead.
             */

            /**
             * Shape of a ToolDefinition.
             * @typedef {weft.v1.ToolDefinition.$Properties} weft.v1.ToolDefinition.$Shape
             */

            /**
             * Constructs a new ToolDefinition.
             * @memberof weft.v1
             * @classdesc Represents a ToolDefinition.
             * @constructor
             * @param {weft.v1.ToolDefinition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ToolDefinition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ToolDefinition name.
             * @member {string} name
             * @memberof weft.v1.ToolDefinition
             * @instance
             */
            ToolDefinition.prototype.name = "";

            /**
             * ToolDefinition description.
             * @member {string} description
             * @memberof weft.v1.ToolDefinition
             * @instance
             */
            ToolDefinition.prototype.description = "";

            /**
             * ToolDefinition parameters.
             * @member {string} parameters
             * @memberof weft.v1.ToolDefinition
             * @instance
             */
            ToolDefinition.prototype.parameters = "";

            /**
             * Creates a new ToolDefinition instance using the specified properties.
             * @function create
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {weft.v1.ToolDefinition.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ToolDefinition} ToolDefinition instance
             * @type {{
             *   (properties: weft.v1.ToolDefinition.$Shape): weft.v1.ToolDefinition & weft.v1.ToolDefinition.$Shape;
             *   (properties?: weft.v1.ToolDefinition.$Properties): weft.v1.ToolDefinition;
             * }}
             */
            ToolDefinition.create = function(properties) {
                return new ToolDefinition(properties);
            };

            /**
             * Encodes the specified ToolDefinition message. Does not implicitly {@link weft.v1.ToolDefinition.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {weft.v1.ToolDefinition.$Properties} message ToolDefinition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ToolDefinition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters") && message.parameters !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.parameters);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ToolDefinition message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ToolDefinition & weft.v1.ToolDefinition.$Shape} ToolDefinition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ToolDefinition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ToolDefinition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.parameters = value;
                            else
                                delete message.parameters;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ToolDefinition message.
             * @function verify
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ToolDefinition.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    if (!$util.isString(message.parameters))
                        return "parameters: string expected";
                return null;
            };

            /**
             * Creates a ToolDefinition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ToolDefinition} ToolDefinition
             */
            ToolDefinition.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ToolDefinition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ToolDefinition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ToolDefinition();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.parameters != null)
                    if (typeof object.parameters !== "string" || object.parameters.length)
                        message.parameters = $String(object.parameters);
                return message;
            };

            /**
             * Creates a plain object from a ToolDefinition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {weft.v1.ToolDefinition} message ToolDefinition
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ToolDefinition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.description = "";
                    object.parameters = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters"))
                    object.parameters = message.parameters;
                return object;
            };

            /**
             * Converts this ToolDefinition to JSON.
             * @function toJSON
             * @memberof weft.v1.ToolDefinition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ToolDefinition.prototype.toJSON = function() {
                return ToolDefinition.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ToolDefinition
             * @function getTypeUrl
             * @memberof weft.v1.ToolDefinition
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ToolDefinition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ToolDefinition";
            };

            return ToolDefinition;
        })();

        v1.ResponseFormat = (function() {

            /**
             * Properties of a ResponseFormat.
             * @typedef {Object} weft.v1.ResponseFormat.$Properties
             * @property {string|null} [type] ResponseFormat type
             * @property {string|null} [schema] ResponseFormat schema
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResponseFormat.
             * @memberof weft.v1
             * @interface IResponseFormat
             * @augments weft.v1.ResponseFormat.$Properties
             * @deprecated Use weft.v1.ResponseFormat.$Properties instead.
             */

            /**
             * Shape of a ResponseFormat.
             * @typedef {weft.v1.ResponseFormat.$Properties} weft.v1.ResponseFormat.$Shape
             */

            /**
             * Constructs a new ResponseFormat.
             * @memberof weft.v1
             * @classdesc Represents a ResponseFormat.
             * @constructor
             * @param {weft.v1.ResponseFormat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResponseFormat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResponseFormat type.
             * @member {string} type
             * @memberof weft.v1.ResponseFormat
             * @instance
             */
            ResponseFormat.prototype.type = "";

            /**
             * ResponseFormat schema.
             * @member {string} schema
             * @memberof weft.v1.ResponseFormat
             * @instance
             */
            ResponseFormat.prototype.schema = "";

            /**
             * Creates a new ResponseFormat instance using the specified properties.
             * @function create
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {weft.v1.ResponseFormat.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ResponseFormat} ResponseFormat instance
             * @type {{
             *   (properties: weft.v1.ResponseFormat.$Shape): weft.v1.ResponseFormat & weft.v1.ResponseFormat.$Shape;
             *   (properties?: weft.v1.ResponseFormat.$Properties): weft.v1.ResponseFormat;
             * }}
             */
            ResponseFormat.create = function(properties) {
                return new ResponseFormat(properties);
            };

            /**
             * Encodes the specified ResponseFormat message. Does not implicitly {@link weft.v1.ResponseFormat.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {weft.v1.ResponseFormat.$Properties} message ResponseFormat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResponseFormat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema") && message.schema !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.schema);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResponseFormat message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ResponseFormat & weft.v1.ResponseFormat.$Shape} ResponseFormat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResponseFormat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ResponseFormat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schema = value;
                            else
                                delete message.schema;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ResponseFormat message.
             * @function verify
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResponseFormat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    if (!$util.isString(message.schema))
                        return "schema: string expected";
                return null;
            };

            /**
             * Creates a ResponseFormat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ResponseFormat} ResponseFormat
             */
            ResponseFormat.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ResponseFormat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ResponseFormat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ResponseFormat();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.schema != null)
                    if (typeof object.schema !== "string" || object.schema.length)
                        message.schema = $String(object.schema);
                return message;
            };

            /**
             * Creates a plain object from a ResponseFormat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {weft.v1.ResponseFormat} message ResponseFormat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResponseFormat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.schema = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                    object.schema = message.schema;
                return object;
            };

            /**
             * Converts this ResponseFormat to JSON.
             * @function toJSON
             * @memberof weft.v1.ResponseFormat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResponseFormat.prototype.toJSON = function() {
                return ResponseFormat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ResponseFormat
             * @function getTypeUrl
             * @memberof weft.v1.ResponseFormat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ResponseFormat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ResponseFormat";
            };

            return ResponseFormat;
        })();

        v1.SamplingParams = (function() {

            /**
             * Properties of a SamplingParams.
             * @typedef {Object} weft.v1.SamplingParams.$Properties
             * @property {number|null} [temperature] SamplingParams temperature
             * @property {number|null} [topP] SamplingParams topP
             * @property {number|null} [maxTokens] SamplingParams maxTokens
             * @property {Array.<string>|null} [stop] SamplingParams stop
             * @property {number|null} [seed] SamplingParams seed
             * @property {number|null} [presencePenalty] SamplingParams presencePenalty
             * @property {number|null} [frequencyPenalty] SamplingParams frequencyPenalty
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SamplingParams.
             * @memberof weft.v1
             * @interface ISamplingParams
             * @augments weft.v1.SamplingParams.$Properties
             * @deprecated Use weft.v1.SamplingParams.$Properties instead.
             */

            /**
             * Shape of a SamplingParams.
             * @typedef {weft.v1.SamplingParams.$Properties} weft.v1.SamplingParams.$Shape
             */

            /**
             * Constructs a new SamplingParams.
             * @memberof weft.v1
             * @classdesc Represents a SamplingParams.
             * @constructor
             * @param {weft.v1.SamplingParams.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SamplingParams = function (properties) {
                this.stop = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SamplingParams temperature.
             * @member {number|null|undefined} temperature
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.temperature = null;

            /**
             * SamplingParams topP.
             * @member {number|null|undefined} topP
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.topP = null;

            /**
             * SamplingParams maxTokens.
             * @member {number} maxTokens
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.maxTokens = 0;

            /**
             * SamplingParams stop.
             * @member {Array.<string>} stop
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.stop = $util.emptyArray;

            /**
             * SamplingParams seed.
             * @member {number|null|undefined} seed
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.seed = null;

            /**
             * SamplingParams presencePenalty.
             * @member {number|null|undefined} presencePenalty
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.presencePenalty = null;

            /**
             * SamplingParams frequencyPenalty.
             * @member {number|null|undefined} frequencyPenalty
             * @memberof weft.v1.SamplingParams
             * @instance
             */
            SamplingParams.prototype.frequencyPenalty = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SamplingParams.prototype, "_temperature", {
                get: $util.oneOfGetter($oneOfFields = ["temperature"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SamplingParams.prototype, "_topP", {
                get: $util.oneOfGetter($oneOfFields = ["topP"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SamplingParams.prototype, "_seed", {
                get: $util.oneOfGetter($oneOfFields = ["seed"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SamplingParams.prototype, "_presencePenalty", {
                get: $util.oneOfGetter($oneOfFields = ["presencePenalty"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SamplingParams.prototype, "_frequencyPenalty", {
                get: $util.oneOfGetter($oneOfFields = ["frequencyPenalty"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SamplingParams instance using the specified properties.
             * @function create
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {weft.v1.SamplingParams.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SamplingParams} SamplingParams instance
             * @type {{
             *   (properties: weft.v1.SamplingParams.$Shape): weft.v1.SamplingParams & weft.v1.SamplingParams.$Shape;
             *   (properties?: weft.v1.SamplingParams.$Properties): weft.v1.SamplingParams;
             * }}
             */
            SamplingParams.create = function(properties) {
                return new SamplingParams(properties);
            };

            /**
             * Encodes the specified SamplingParams message. Does not implicitly {@link weft.v1.SamplingParams.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {weft.v1.SamplingParams.$Properties} message SamplingParams message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SamplingParams.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.temperature);
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP"))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.topP);
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens") && message.maxTokens !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxTokens);
                if (message.stop != null && message.stop.length)
                    for (let i = 0; i < message.stop.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.stop[i]);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.seed);
                if (message.presencePenalty != null && $Object.hasOwnProperty.call(message, "presencePenalty"))
                    writer.uint32(/* id 6, wireType 5 =*/53).float(message.presencePenalty);
                if (message.frequencyPenalty != null && $Object.hasOwnProperty.call(message, "frequencyPenalty"))
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.frequencyPenalty);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SamplingParams message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SamplingParams & weft.v1.SamplingParams.$Shape} SamplingParams
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SamplingParams.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SamplingParams();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            message.temperature = reader.float();
                            message._temperature = "temperature";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            message.topP = reader.float();
                            message._topP = "topP";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTokens = value;
                            else
                                delete message.maxTokens;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.stop && message.stop.length))
                                message.stop = [];
                            message.stop.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.seed = reader.uint64();
                            message._seed = "seed";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            message.presencePenalty = reader.float();
                            message._presencePenalty = "presencePenalty";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            message.frequencyPenalty = reader.float();
                            message._frequencyPenalty = "frequencyPenalty";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SamplingParams message.
             * @function verify
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SamplingParams.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature")) {
                    properties._temperature = 1;
                    if (typeof message.temperature !== "number")
                        return "temperature: number expected";
                }
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP")) {
                    properties._topP = 1;
                    if (typeof message.topP !== "number")
                        return "topP: number expected";
                }
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                    if (!$util.isInteger(message.maxTokens))
                        return "maxTokens: integer expected";
                if (message.stop != null && $Object.hasOwnProperty.call(message, "stop")) {
                    if (!$Array.isArray(message.stop))
                        return "stop: array expected";
                    for (let i = 0; i < message.stop.length; ++i)
                        if (!$util.isString(message.stop[i]))
                            return "stop: string[] expected";
                }
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed")) {
                    properties._seed = 1;
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                }
                if (message.presencePenalty != null && $Object.hasOwnProperty.call(message, "presencePenalty")) {
                    properties._presencePenalty = 1;
                    if (typeof message.presencePenalty !== "number")
                        return "presencePenalty: number expected";
                }
                if (message.frequencyPenalty != null && $Object.hasOwnProperty.call(message, "frequencyPenalty")) {
                    properties._frequencyPenalty = 1;
                    if (typeof message.frequencyPenalty !== "number")
                        return "frequencyPenalty: number expected";
                }
                return null;
            };

            /**
             * Creates a SamplingParams message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SamplingParams} SamplingParams
             */
            SamplingParams.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SamplingParams)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SamplingParams: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SamplingParams();
                if (object.temperature != null)
                    message.temperature = $Number(object.temperature);
                if (object.topP != null)
                    message.topP = $Number(object.topP);
                if (object.maxTokens != null)
                    if ($Number(object.maxTokens) !== 0)
                        message.maxTokens = object.maxTokens >>> 0;
                if (object.stop) {
                    if (!$Array.isArray(object.stop))
                        throw $TypeError(".weft.v1.SamplingParams.stop: array expected");
                    message.stop = $Array(object.stop.length);
                    for (let i = 0; i < object.stop.length; ++i)
                        message.stop[i] = $String(object.stop[i]);
                }
                if (object.seed != null)
                    if ($util.Long)
                        message.seed = $util.Long.fromValue(object.seed, true);
                    else if (typeof object.seed === "string")
                        message.seed = $parseInt(object.seed, 10);
                    else if (typeof object.seed === "number")
                        message.seed = object.seed;
                    else if (typeof object.seed === "object")
                        message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.presencePenalty != null)
                    message.presencePenalty = $Number(object.presencePenalty);
                if (object.frequencyPenalty != null)
                    message.frequencyPenalty = $Number(object.frequencyPenalty);
                return message;
            };

            /**
             * Creates a plain object from a SamplingParams message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {weft.v1.SamplingParams} message SamplingParams
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SamplingParams.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.stop = [];
                if (options.defaults)
                    object.maxTokens = 0;
                if (message.temperature != null && $Object.hasOwnProperty.call(message, "temperature"))
                    object.temperature = options.json && !$isFinite(message.temperature) ? $String(message.temperature) : message.temperature;
                if (message.topP != null && $Object.hasOwnProperty.call(message, "topP"))
                    object.topP = options.json && !$isFinite(message.topP) ? $String(message.topP) : message.topP;
                if (message.maxTokens != null && $Object.hasOwnProperty.call(message, "maxTokens"))
                    object.maxTokens = message.maxTokens;
                if (message.stop && message.stop.length) {
                    object.stop = $Array(message.stop.length);
                    for (let j = 0; j < message.stop.length; ++j)
                        object.stop[j] = message.stop[j];
                }
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.presencePenalty != null && $Object.hasOwnProperty.call(message, "presencePenalty"))
                    object.presencePenalty = options.json && !$isFinite(message.presencePenalty) ? $String(message.presencePenalty) : message.presencePenalty;
                if (message.frequencyPenalty != null && $Object.hasOwnProperty.call(message, "frequencyPenalty"))
                    object.frequencyPenalty = options.json && !$isFinite(message.frequencyPenalty) ? $String(message.frequencyPenalty) : message.frequencyPenalty;
                return object;
            };

            /**
             * Converts this SamplingParams to JSON.
             * @function toJSON
             * @memberof weft.v1.SamplingParams
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SamplingParams.prototype.toJSON = function() {
                return SamplingParams.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SamplingParams
             * @function getTypeUrl
             * @memberof weft.v1.SamplingParams
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SamplingParams.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SamplingParams";
            };

            return SamplingParams;
        })();

        v1.ChatRequest = (function() {

            /**
             * Properties of a ChatRequest.
             * @typedef {Object} weft.v1.ChatRequest.$Properties
             * @property {Array.<weft.v1.ChatMessage.$Properties>|null} [messages] ChatRequest messages
             * @property {weft.v1.SamplingParams.$Properties|null} [sampling] ChatRequest sampling
             * @property {string|null} [prompt] ChatRequest prompt
             * @property {weft.v1.ResponseFormat.$Properties|null} [responseFormat] ChatRequest responseFormat
             * @property {Array.<weft.v1.ToolDefinition.$Properties>|null} [tools] ChatRequest tools
             * @property {string|null} [toolChoice] ChatRequest toolChoice
             * @property {boolean|null} [parallelToolCalls] ChatRequest parallelToolCalls
             * @property {boolean|null} [logprobs] ChatRequest logprobs
             * @property {number|null} [topLogprobs] ChatRequest topLogprobs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatRequest.
             * @memberof weft.v1
             * @interface IChatRequest
             * @augments weft.v1.ChatRequest.$Properties
             * @deprecated Use weft.v1.ChatRequest.$Properties instead.
             */

            /**
             * Shape of a ChatRequest.
             * @typedef {weft.v1.ChatRequest.$Properties} weft.v1.ChatRequest.$Shape
             */

            /**
             * Constructs a new ChatRequest.
             * @memberof weft.v1
             * @classdesc Represents a ChatRequest.
             * @constructor
             * @param {weft.v1.ChatRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatRequest = function (properties) {
                this.messages = [];
                this.tools = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChatRequest messages.
             * @member {Array.<weft.v1.ChatMessage.$Properties>} messages
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.messages = $util.emptyArray;

            /**
             * ChatRequest sampling.
             * @member {weft.v1.SamplingParams.$Properties|null|undefined} sampling
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.sampling = null;

            /**
             * ChatRequest prompt.
             * @member {string|null|undefined} prompt
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.prompt = null;

            /**
             * ChatRequest responseFormat.
             * @member {weft.v1.ResponseFormat.$Properties|null|undefined} responseFormat
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.responseFormat = null;

            /**
             * ChatRequest tools.
             * @member {Array.<weft.v1.ToolDefinition.$Properties>} tools
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.tools = $util.emptyArray;

            /**
             * ChatRequest toolChoice.
             * @member {string} toolChoice
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.toolChoice = "";

            /**
             * ChatRequest parallelToolCalls.
             * @member {boolean|null|undefined} parallelToolCalls
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.parallelToolCalls = null;

            /**
             * ChatRequest logprobs.
             * @member {boolean} logprobs
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.logprobs = false;

            /**
             * ChatRequest topLogprobs.
             * @member {number} topLogprobs
             * @memberof weft.v1.ChatRequest
             * @instance
             */
            ChatRequest.prototype.topLogprobs = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChatRequest.prototype, "_prompt", {
                get: $util.oneOfGetter($oneOfFields = ["prompt"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ChatRequest.prototype, "_parallelToolCalls", {
                get: $util.oneOfGetter($oneOfFields = ["parallelToolCalls"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ChatRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {weft.v1.ChatRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ChatRequest} ChatRequest instance
             * @type {{
             *   (properties: weft.v1.ChatRequest.$Shape): weft.v1.ChatRequest & weft.v1.ChatRequest.$Shape;
             *   (properties?: weft.v1.ChatRequest.$Properties): weft.v1.ChatRequest;
             * }}
             */
            ChatRequest.create = function(properties) {
                return new ChatRequest(properties);
            };

            /**
             * Encodes the specified ChatRequest message. Does not implicitly {@link weft.v1.ChatRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {weft.v1.ChatRequest.$Properties} message ChatRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.weft.v1.ChatMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling"))
                    $root.weft.v1.SamplingParams.encode(message.sampling, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.prompt);
                if (message.responseFormat != null && $Object.hasOwnProperty.call(message, "responseFormat"))
                    $root.weft.v1.ResponseFormat.encode(message.responseFormat, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.tools != null && message.tools.length)
                    for (let i = 0; i < message.tools.length; ++i)
                        $root.weft.v1.ToolDefinition.encode(message.tools[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.toolChoice != null && $Object.hasOwnProperty.call(message, "toolChoice") && message.toolChoice !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.toolChoice);
                if (message.parallelToolCalls != null && $Object.hasOwnProperty.call(message, "parallelToolCalls"))
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.parallelToolCalls);
                if (message.logprobs != null && $Object.hasOwnProperty.call(message, "logprobs") && message.logprobs !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.logprobs);
                if (message.topLogprobs != null && $Object.hasOwnProperty.call(message, "topLogprobs") && message.topLogprobs !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.topLogprobs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChatRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ChatRequest & weft.v1.ChatRequest.$Shape} ChatRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ChatRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.weft.v1.ChatMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.sampling = $root.weft.v1.SamplingParams.decode(reader, reader.size(), $undefined, _depth + 1, message.sampling);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.prompt = reader.stringVerify();
                            message._prompt = "prompt";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.responseFormat = $root.weft.v1.ResponseFormat.decode(reader, reader.size(), $undefined, _depth + 1, message.responseFormat);
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tools && message.tools.length))
                                message.tools = [];
                            message.tools.push($root.weft.v1.ToolDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.toolChoice = value;
                            else
                                delete message.toolChoice;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.parallelToolCalls = reader.bool();
                            message._parallelToolCalls = "parallelToolCalls";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.logprobs = value;
                            else
                                delete message.logprobs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.topLogprobs = value;
                            else
                                delete message.topLogprobs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ChatRequest message.
             * @function verify
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChatRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages")) {
                    if (!$Array.isArray(message.messages))
                        return "messages: array expected";
                    for (let i = 0; i < message.messages.length; ++i) {
                        let error = $root.weft.v1.ChatMessage.verify(message.messages[i], _depth + 1);
                        if (error)
                            return "messages." + error;
                    }
                }
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling")) {
                    let error = $root.weft.v1.SamplingParams.verify(message.sampling, _depth + 1);
                    if (error)
                        return "sampling." + error;
                }
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt")) {
                    properties._prompt = 1;
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                }
                if (message.responseFormat != null && $Object.hasOwnProperty.call(message, "responseFormat")) {
                    let error = $root.weft.v1.ResponseFormat.verify(message.responseFormat, _depth + 1);
                    if (error)
                        return "responseFormat." + error;
                }
                if (message.tools != null && $Object.hasOwnProperty.call(message, "tools")) {
                    if (!$Array.isArray(message.tools))
                        return "tools: array expected";
                    for (let i = 0; i < message.tools.length; ++i) {
                        let error = $root.weft.v1.ToolDefinition.verify(message.tools[i], _depth + 1);
                        if (error)
                            return "tools." + error;
                    }
                }
                if (message.toolChoice != null && $Object.hasOwnProperty.call(message, "toolChoice"))
                    if (!$util.isString(message.toolChoice))
                        return "toolChoice: string expected";
                if (message.parallelToolCalls != null && $Object.hasOwnProperty.call(message, "parallelToolCalls")) {
                    properties._parallelToolCalls = 1;
                    if (typeof message.parallelToolCalls !== "boolean")
                        return "parallelToolCalls: boolean expected";
                }
                if (message.logprobs != null && $Object.hasOwnProperty.call(message, "logprobs"))
                    if (typeof message.logprobs !== "boolean")
                        return "logprobs: boolean expected";
                if (message.topLogprobs != null && $Object.hasOwnProperty.call(message, "topLogprobs"))
                    if (!$util.isInteger(message.topLogprobs))
                        return "topLogprobs: integer expected";
                return null;
            };

            /**
             * Creates a ChatRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ChatRequest} ChatRequest
             */
            ChatRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ChatRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ChatRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ChatRequest();
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".weft.v1.ChatRequest.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".weft.v1.ChatRequest.messages: object expected");
                        message.messages[i] = $root.weft.v1.ChatMessage.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.sampling != null) {
                    if (!$util.isObject(object.sampling))
                        throw $TypeError(".weft.v1.ChatRequest.sampling: object expected");
                    message.sampling = $root.weft.v1.SamplingParams.fromObject(object.sampling, _depth + 1);
                }
                if (object.prompt != null)
                    message.prompt = $String(object.prompt);
                if (object.responseFormat != null) {
                    if (!$util.isObject(object.responseFormat))
                        throw $TypeError(".weft.v1.ChatRequest.responseFormat: object expected");
                    message.responseFormat = $root.weft.v1.ResponseFormat.fromObject(object.responseFormat, _depth + 1);
                }
                if (object.tools) {
                    if (!$Array.isArray(object.tools))
                        throw $TypeError(".weft.v1.ChatRequest.tools: array expected");
                    message.tools = $Array(object.tools.length);
                    for (let i = 0; i < object.tools.length; ++i) {
                        if (!$util.isObject(object.tools[i]))
                            throw $TypeError(".weft.v1.ChatRequest.tools: object expected");
                        message.tools[i] = $root.weft.v1.ToolDefinition.fromObject(object.tools[i], _depth + 1);
                    }
                }
                if (object.toolChoice != null)
                    if (typeof object.toolChoice !== "string" || object.toolChoice.length)
                        message.toolChoice = $String(object.toolChoice);
                if (object.parallelToolCalls != null)
                    message.parallelToolCalls = $Boolean(object.parallelToolCalls);
                if (object.logprobs != null)
                    if (object.logprobs)
                        message.logprobs = $Boolean(object.logprobs);
                if (object.topLogprobs != null)
                    if ($Number(object.topLogprobs) !== 0)
                        message.topLogprobs = object.topLogprobs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ChatRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {weft.v1.ChatRequest} message ChatRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChatRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.messages = [];
                    object.tools = [];
                }
                if (options.defaults) {
                    object.sampling = null;
                    object.responseFormat = null;
                    object.toolChoice = "";
                    object.logprobs = false;
                    object.topLogprobs = 0;
                }
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.weft.v1.ChatMessage.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.sampling != null && $Object.hasOwnProperty.call(message, "sampling"))
                    object.sampling = $root.weft.v1.SamplingParams.toObject(message.sampling, options, _depth + 1);
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                if (message.responseFormat != null && $Object.hasOwnProperty.call(message, "responseFormat"))
                    object.responseFormat = $root.weft.v1.ResponseFormat.toObject(message.responseFormat, options, _depth + 1);
                if (message.tools && message.tools.length) {
                    object.tools = $Array(message.tools.length);
                    for (let j = 0; j < message.tools.length; ++j)
                        object.tools[j] = $root.weft.v1.ToolDefinition.toObject(message.tools[j], options, _depth + 1);
                }
                if (message.toolChoice != null && $Object.hasOwnProperty.call(message, "toolChoice"))
                    object.toolChoice = message.toolChoice;
                if (message.parallelToolCalls != null && $Object.hasOwnProperty.call(message, "parallelToolCalls"))
                    object.parallelToolCalls = message.parallelToolCalls;
                if (message.logprobs != null && $Object.hasOwnProperty.call(message, "logprobs"))
                    object.logprobs = message.logprobs;
                if (message.topLogprobs != null && $Object.hasOwnProperty.call(message, "topLogprobs"))
                    object.topLogprobs = message.topLogprobs;
                return object;
            };

            /**
             * Converts this ChatRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.ChatRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChatRequest.prototype.toJSON = function() {
                return ChatRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChatRequest
             * @function getTypeUrl
             * @memberof weft.v1.ChatRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ChatRequest";
            };

            return ChatRequest;
        })();

        /**
         * FinishReason enum.
         * @name weft.v1.FinishReason
         * @enum {number}
         * @property {number} FINISH_REASON_UNSPECIFIED=0 FINISH_REASON_UNSPECIFIED value
         * @property {number} FINISH_REASON_STOP=1 FINISH_REASON_STOP value
         * @property {number} FINISH_REASON_LENGTH=2 FINISH_REASON_LENGTH value
         * @property {number} FINISH_REASON_CANCELLED=3 FINISH_REASON_CANCELLED value
         * @property {number} FINISH_REASON_TOOL_CALLS=4 FINISH_REASON_TOOL_CALLS value
         */
        v1.FinishReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FINISH_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FINISH_REASON_STOP"] = 1;
            values[valuesById[2] = "FINISH_REASON_LENGTH"] = 2;
            values[valuesById[3] = "FINISH_REASON_CANCELLED"] = 3;
            values[valuesById[4] = "FINISH_REASON_TOOL_CALLS"] = 4;
            return values;
        })();

        v1.Usage = (function() {

            /**
             * Properties of a Usage.
             * @typedef {Object} weft.v1.Usage.$Properties
             * @property {number|null} [promptTokens] Usage promptTokens
             * @property {number|null} [completionTokens] Usage completionTokens
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Usage.
             * @memberof weft.v1
             * @interface IUsage
             * @augments weft.v1.Usage.$Properties
             * @deprecated Use weft.v1.Usage.$Properties instead.
             */

            /**
             * Shape of a Usage.
             * @typedef {weft.v1.Usage.$Properties} weft.v1.Usage.$Shape
             */

            /**
             * Constructs a new Usage.
             * @memberof weft.v1
             * @classdesc Represents a Usage.
             * @constructor
             * @param {weft.v1.Usage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Usage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Usage promptTokens.
             * @member {number} promptTokens
             * @memberof weft.v1.Usage
             * @instance
             */
            Usage.prototype.promptTokens = 0;

            /**
             * Usage completionTokens.
             * @member {number} completionTokens
             * @memberof weft.v1.Usage
             * @instance
             */
            Usage.prototype.completionTokens = 0;

            /**
             * Creates a new Usage instance using the specified properties.
             * @function create
             * @memberof weft.v1.Usage
             * @static
             * @param {weft.v1.Usage.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Usage} Usage instance
             * @type {{
             *   (properties: weft.v1.Usage.$Shape): weft.v1.Usage & weft.v1.Usage.$Shape;
             *   (properties?: weft.v1.Usage.$Properties): weft.v1.Usage;
             * }}
             */
            Usage.create = function(properties) {
                return new Usage(properties);
            };

            /**
             * Encodes the specified Usage message. Does not implicitly {@link weft.v1.Usage.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Usage
             * @static
             * @param {weft.v1.Usage.$Properties} message Usage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Usage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens") && message.promptTokens !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.promptTokens);
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens") && message.completionTokens !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.completionTokens);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Usage message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Usage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Usage & weft.v1.Usage.$Shape} Usage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Usage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Usage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.promptTokens = value;
                            else
                                delete message.promptTokens;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.completionTokens = value;
                            else
                                delete message.completionTokens;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Usage message.
             * @function verify
             * @memberof weft.v1.Usage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Usage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens"))
                    if (!$util.isInteger(message.promptTokens))
                        return "promptTokens: integer expected";
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens"))
                    if (!$util.isInteger(message.completionTokens))
                        return "completionTokens: integer expected";
                return null;
            };

            /**
             * Creates a Usage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Usage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Usage} Usage
             */
            Usage.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Usage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Usage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Usage();
                if (object.promptTokens != null)
                    if ($Number(object.promptTokens) !== 0)
                        message.promptTokens = object.promptTokens >>> 0;
                if (object.completionTokens != null)
                    if ($Number(object.completionTokens) !== 0)
                        message.completionTokens = object.completionTokens >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Usage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Usage
             * @static
             * @param {weft.v1.Usage} message Usage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Usage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.promptTokens = 0;
                    object.completionTokens = 0;
                }
                if (message.promptTokens != null && $Object.hasOwnProperty.call(message, "promptTokens"))
                    object.promptTokens = message.promptTokens;
                if (message.completionTokens != null && $Object.hasOwnProperty.call(message, "completionTokens"))
                    object.completionTokens = message.completionTokens;
                return object;
            };

            /**
             * Converts this Usage to JSON.
             * @function toJSON
             * @memberof weft.v1.Usage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Usage.prototype.toJSON = function() {
                return Usage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Usage
             * @function getTypeUrl
             * @memberof weft.v1.Usage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Usage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Usage";
            };

            return Usage;
        })();

        v1.EngineTiming = (function() {

            /**
             * Properties of an EngineTiming.
             * @typedef {Object} weft.v1.EngineTiming.$Properties
             * @property {number|null} [queueMs] EngineTiming queueMs
             * @property {number|null} [timeToFirstTokenMs] EngineTiming timeToFirstTokenMs
             * @property {number|null} [totalMs] EngineTiming totalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EngineTiming.
             * @memberof weft.v1
             * @interface IEngineTiming
             * @augments weft.v1.EngineTiming.$Properties
             * @deprecated Use weft.v1.EngineTiming.$Properties instead.
             */

            /**
             * Shape of an EngineTiming.
             * @typedef {weft.v1.EngineTiming.$Properties} weft.v1.EngineTiming.$Shape
             */

            /**
             * Constructs a new EngineTiming.
             * @memberof weft.v1
             * @classdesc Represents an EngineTiming.
             * @constructor
             * @param {weft.v1.EngineTiming.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EngineTiming = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EngineTiming queueMs.
             * @member {number} queueMs
             * @memberof weft.v1.EngineTiming
             * @instance
             */
            EngineTiming.prototype.queueMs = 0;

            /**
             * EngineTiming timeToFirstTokenMs.
             * @member {number} timeToFirstTokenMs
             * @memberof weft.v1.EngineTiming
             * @instance
             */
            EngineTiming.prototype.timeToFirstTokenMs = 0;

            /**
             * EngineTiming totalMs.
             * @member {number} totalMs
             * @memberof weft.v1.EngineTiming
             * @instance
             */
            EngineTiming.prototype.totalMs = 0;

            /**
             * Creates a new EngineTiming instance using the specified properties.
             * @function create
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {weft.v1.EngineTiming.$Properties=} [properties] Properties to set
             * @returns {weft.v1.EngineTiming} EngineTiming instance
             * @type {{
             *   (properties: weft.v1.EngineTiming.$Shape): weft.v1.EngineTiming & weft.v1.EngineTiming.$Shape;
             *   (properties?: weft.v1.EngineTiming.$Properties): weft.v1.EngineTiming;
             * }}
             */
            EngineTiming.create = function(properties) {
                return new EngineTiming(properties);
            };

            /**
             * Encodes the specified EngineTiming message. Does not implicitly {@link weft.v1.EngineTiming.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {weft.v1.EngineTiming.$Properties} message EngineTiming message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EngineTiming.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.queueMs != null && $Object.hasOwnProperty.call(message, "queueMs") && !$Object.is(message.queueMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.queueMs);
                if (message.timeToFirstTokenMs != null && $Object.hasOwnProperty.call(message, "timeToFirstTokenMs") && !$Object.is(message.timeToFirstTokenMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.timeToFirstTokenMs);
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs") && !$Object.is(message.totalMs, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.totalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EngineTiming message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.EngineTiming & weft.v1.EngineTiming.$Shape} EngineTiming
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EngineTiming.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.EngineTiming();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.queueMs = value;
                            else
                                delete message.queueMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.timeToFirstTokenMs = value;
                            else
                                delete message.timeToFirstTokenMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.totalMs = value;
                            else
                                delete message.totalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EngineTiming message.
             * @function verify
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EngineTiming.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.queueMs != null && $Object.hasOwnProperty.call(message, "queueMs"))
                    if (typeof message.queueMs !== "number")
                        return "queueMs: number expected";
                if (message.timeToFirstTokenMs != null && $Object.hasOwnProperty.call(message, "timeToFirstTokenMs"))
                    if (typeof message.timeToFirstTokenMs !== "number")
                        return "timeToFirstTokenMs: number expected";
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs"))
                    if (typeof message.totalMs !== "number")
                        return "totalMs: number expected";
                return null;
            };

            /**
             * Creates an EngineTiming message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.EngineTiming} EngineTiming
             */
            EngineTiming.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.EngineTiming)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.EngineTiming: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.EngineTiming();
                if (object.queueMs != null)
                    if (!$Object.is($Number(object.queueMs), 0))
                        message.queueMs = $Number(object.queueMs);
                if (object.timeToFirstTokenMs != null)
                    if (!$Object.is($Number(object.timeToFirstTokenMs), 0))
                        message.timeToFirstTokenMs = $Number(object.timeToFirstTokenMs);
                if (object.totalMs != null)
                    if (!$Object.is($Number(object.totalMs), 0))
                        message.totalMs = $Number(object.totalMs);
                return message;
            };

            /**
             * Creates a plain object from an EngineTiming message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {weft.v1.EngineTiming} message EngineTiming
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EngineTiming.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.queueMs = 0;
                    object.timeToFirstTokenMs = 0;
                    object.totalMs = 0;
                }
                if (message.queueMs != null && $Object.hasOwnProperty.call(message, "queueMs"))
                    object.queueMs = options.json && !$isFinite(message.queueMs) ? $String(message.queueMs) : message.queueMs;
                if (message.timeToFirstTokenMs != null && $Object.hasOwnProperty.call(message, "timeToFirstTokenMs"))
                    object.timeToFirstTokenMs = options.json && !$isFinite(message.timeToFirstTokenMs) ? $String(message.timeToFirstTokenMs) : message.timeToFirstTokenMs;
                if (message.totalMs != null && $Object.hasOwnProperty.call(message, "totalMs"))
                    object.totalMs = options.json && !$isFinite(message.totalMs) ? $String(message.totalMs) : message.totalMs;
                return object;
            };

            /**
             * Converts this EngineTiming to JSON.
             * @function toJSON
             * @memberof weft.v1.EngineTiming
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EngineTiming.prototype.toJSON = function() {
                return EngineTiming.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EngineTiming
             * @function getTypeUrl
             * @memberof weft.v1.EngineTiming
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EngineTiming.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.EngineTiming";
            };

            return EngineTiming;
        })();

        /**
         * ContractVersion enum.
         * @name weft.v1.ContractVersion
         * @enum {number}
         * @property {number} CONTRACT_VERSION_UNSPECIFIED=0 CONTRACT_VERSION_UNSPECIFIED value
         * @property {number} CONTRACT_VERSION_1=1 CONTRACT_VERSION_1 value
         */
        v1.ContractVersion = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONTRACT_VERSION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CONTRACT_VERSION_1"] = 1;
            return values;
        })();

        /**
         * Task enum.
         * @name weft.v1.Task
         * @enum {number}
         * @property {number} TASK_UNSPECIFIED=0 TASK_UNSPECIFIED value
         * @property {number} TASK_CHAT=1 TASK_CHAT value
         * @property {number} TASK_EMBED=2 TASK_EMBED value
         * @property {number} TASK_RERANK=3 TASK_RERANK value
         * @property {number} TASK_TRANSCRIBE=4 TASK_TRANSCRIBE value
         * @property {number} TASK_SPEAK=5 TASK_SPEAK value
         * @property {number} TASK_DETECT_SPEECH=6 TASK_DETECT_SPEECH value
         */
        v1.Task = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_CHAT"] = 1;
            values[valuesById[2] = "TASK_EMBED"] = 2;
            values[valuesById[3] = "TASK_RERANK"] = 3;
            values[valuesById[4] = "TASK_TRANSCRIBE"] = 4;
            values[valuesById[5] = "TASK_SPEAK"] = 5;
            values[valuesById[6] = "TASK_DETECT_SPEECH"] = 6;
            return values;
        })();

        v1.EmbedRequest = (function() {

            /**
             * Properties of an EmbedRequest.
             * @typedef {Object} weft.v1.EmbedRequest.$Properties
             * @property {Array.<string>|null} [inputs] EmbedRequest inputs
             * @property {number|null} [dimensions] EmbedRequest dimensions
             * @property {Array.<weft.v1.TokenIds.$Properties>|null} [tokenInputs] EmbedRequest tokenInputs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EmbedRequest.
             * @memberof weft.v1
             * @interface IEmbedRequest
             * @augments weft.v1.EmbedRequest.$Properties
             * @deprecated Use weft.v1.EmbedRequest.$Properties instead.
             */

            /**
             * Shape of an EmbedRequest.
             * @typedef {weft.v1.EmbedRequest.$Properties} weft.v1.EmbedRequest.$Shape
             */

            /**
             * Constructs a new EmbedRequest.
             * @memberof weft.v1
             * @classdesc Represents an EmbedRequest.
             * @constructor
             * @param {weft.v1.EmbedRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EmbedRequest = function (properties) {
                this.inputs = [];
                this.tokenInputs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EmbedRequest inputs.
             * @member {Array.<string>} inputs
             * @memberof weft.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.inputs = $util.emptyArray;

            /**
             * EmbedRequest dimensions.
             * @member {number} dimensions
             * @memberof weft.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.dimensions = 0;

            /**
             * EmbedRequest tokenInputs.
             * @member {Array.<weft.v1.TokenIds.$Properties>} tokenInputs
             * @memberof weft.v1.EmbedRequest
             * @instance
             */
            EmbedRequest.prototype.tokenInputs = $util.emptyArray;

            /**
             * Creates a new EmbedRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {weft.v1.EmbedRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.EmbedRequest} EmbedRequest instance
             * @type {{
             *   (properties: weft.v1.EmbedRequest.$Shape): weft.v1.EmbedRequest & weft.v1.EmbedRequest.$Shape;
             *   (properties?: weft.v1.EmbedRequest.$Properties): weft.v1.EmbedRequest;
             * }}
             */
            EmbedRequest.create = function(properties) {
                return new EmbedRequest(properties);
            };

            /**
             * Encodes the specified EmbedRequest message. Does not implicitly {@link weft.v1.EmbedRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {weft.v1.EmbedRequest.$Properties} message EmbedRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EmbedRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.inputs != null && message.inputs.length)
                    for (let i = 0; i < message.inputs.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.inputs[i]);
                if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions") && message.dimensions !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.dimensions);
                if (message.tokenInputs != null && message.tokenInputs.length)
                    for (let i = 0; i < message.tokenInputs.length; ++i)
                        $root.weft.v1.TokenIds.encode(message.tokenInputs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EmbedRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.EmbedRequest & weft.v1.EmbedRequest.$Shape} EmbedRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EmbedRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.EmbedRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.inputs && message.inputs.length))
                                message.inputs = [];
                            message.inputs.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dimensions = value;
                            else
                                delete message.dimensions;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tokenInputs && message.tokenInputs.length))
                                message.tokenInputs = [];
                            message.tokenInputs.push($root.weft.v1.TokenIds.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EmbedRequest message.
             * @function verify
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EmbedRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.inputs != null && $Object.hasOwnProperty.call(message, "inputs")) {
                    if (!$Array.isArray(message.inputs))
                        return "inputs: array expected";
                    for (let i = 0; i < message.inputs.length; ++i)
                        if (!$util.isString(message.inputs[i]))
                            return "inputs: string[] expected";
                }
                if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions"))
                    if (!$util.isInteger(message.dimensions))
                        return "dimensions: integer expected";
                if (message.tokenInputs != null && $Object.hasOwnProperty.call(message, "tokenInputs")) {
                    if (!$Array.isArray(message.tokenInputs))
                        return "tokenInputs: array expected";
                    for (let i = 0; i < message.tokenInputs.length; ++i) {
                        let error = $root.weft.v1.TokenIds.verify(message.tokenInputs[i], _depth + 1);
                        if (error)
                            return "tokenInputs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an EmbedRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.EmbedRequest} EmbedRequest
             */
            EmbedRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.EmbedRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.EmbedRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.EmbedRequest();
                if (object.inputs) {
                    if (!$Array.isArray(object.inputs))
                        throw $TypeError(".weft.v1.EmbedRequest.inputs: array expected");
                    message.inputs = $Array(object.inputs.length);
                    for (let i = 0; i < object.inputs.length; ++i)
                        message.inputs[i] = $String(object.inputs[i]);
                }
                if (object.dimensions != null)
                    if ($Number(object.dimensions) !== 0)
                        message.dimensions = object.dimensions >>> 0;
                if (object.tokenInputs) {
                    if (!$Array.isArray(object.tokenInputs))
                        throw $TypeError(".weft.v1.EmbedRequest.tokenInputs: array expected");
                    message.tokenInputs = $Array(object.tokenInputs.length);
                    for (let i = 0; i < object.tokenInputs.length; ++i) {
                        if (!$util.isObject(object.tokenInputs[i]))
                            throw $TypeError(".weft.v1.EmbedRequest.tokenInputs: object expected");
                        message.tokenInputs[i] = $root.weft.v1.TokenIds.fromObject(object.tokenInputs[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an EmbedRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {weft.v1.EmbedRequest} message EmbedRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EmbedRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.inputs = [];
                    object.tokenInputs = [];
                }
                if (options.defaults)
                    object.dimensions = 0;
                if (message.inputs && message.inputs.length) {
                    object.inputs = $Array(message.inputs.length);
                    for (let j = 0; j < message.inputs.length; ++j)
                        object.inputs[j] = message.inputs[j];
                }
                if (message.dimensions != null && $Object.hasOwnProperty.call(message, "dimensions"))
                    object.dimensions = message.dimensions;
                if (message.tokenInputs && message.tokenInputs.length) {
                    object.tokenInputs = $Array(message.tokenInputs.length);
                    for (let j = 0; j < message.tokenInputs.length; ++j)
                        object.tokenInputs[j] = $root.weft.v1.TokenIds.toObject(message.tokenInputs[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this EmbedRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.EmbedRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EmbedRequest.prototype.toJSON = function() {
                return EmbedRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EmbedRequest
             * @function getTypeUrl
             * @memberof weft.v1.EmbedRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EmbedRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.EmbedRequest";
            };

            return EmbedRequest;
        })();

        v1.TokenIds = (function() {

            /**
             * Properties of a TokenIds.
             * @typedef {Object} weft.v1.TokenIds.$Properties
             * @property {Array.<number>|null} [ids] TokenIds ids
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenIds.
             * @memberof weft.v1
             * @interface ITokenIds
             * @augments weft.v1.TokenIds.$Properties
             * @deprecated Use weft.v1.TokenIds.$Properties instead.
             */

            /**
             * Shape of a TokenIds.
             * @typedef {weft.v1.TokenIds.$Properties} weft.v1.TokenIds.$Shape
             */

            /**
             * Constructs a new TokenIds.
             * @memberof weft.v1
             * @classdesc Represents a TokenIds.
             * @constructor
             * @param {weft.v1.TokenIds.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenIds = function (properties) {
                this.ids = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TokenIds ids.
             * @member {Array.<number>} ids
             * @memberof weft.v1.TokenIds
             * @instance
             */
            TokenIds.prototype.ids = $util.emptyArray;

            /**
             * Creates a new TokenIds instance using the specified properties.
             * @function create
             * @memberof weft.v1.TokenIds
             * @static
             * @param {weft.v1.TokenIds.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TokenIds} TokenIds instance
             * @type {{
             *   (properties: weft.v1.TokenIds.$Shape): weft.v1.TokenIds & weft.v1.TokenIds.$Shape;
             *   (properties?: weft.v1.TokenIds.$Properties): weft.v1.TokenIds;
             * }}
             */
            TokenIds.create = function(properties) {
                return new TokenIds(properties);
            };

            /**
             * Encodes the specified TokenIds message. Does not implicitly {@link weft.v1.TokenIds.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TokenIds
             * @static
             * @param {weft.v1.TokenIds.$Properties} message TokenIds message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenIds.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.ids != null && message.ids.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint32s(message.ids);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TokenIds message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TokenIds
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TokenIds & weft.v1.TokenIds.$Shape} TokenIds
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenIds.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TokenIds();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.ids && message.ids.length))
                                    message.ids = [];
                                reader.uint32s(message.ids);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.ids && message.ids.length))
                                message.ids = [];
                            message.ids.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TokenIds message.
             * @function verify
             * @memberof weft.v1.TokenIds
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TokenIds.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.ids != null && $Object.hasOwnProperty.call(message, "ids")) {
                    if (!$Array.isArray(message.ids))
                        return "ids: array expected";
                    for (let i = 0; i < message.ids.length; ++i)
                        if (!$util.isInteger(message.ids[i]))
                            return "ids: integer[] expected";
                }
                return null;
            };

            /**
             * Creates a TokenIds message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TokenIds
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TokenIds} TokenIds
             */
            TokenIds.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TokenIds)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TokenIds: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TokenIds();
                if (object.ids) {
                    if (!$Array.isArray(object.ids))
                        throw $TypeError(".weft.v1.TokenIds.ids: array expected");
                    message.ids = $Array(object.ids.length);
                    for (let i = 0; i < object.ids.length; ++i)
                        message.ids[i] = object.ids[i] >>> 0;
                }
                return message;
            };

            /**
             * Creates a plain object from a TokenIds message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TokenIds
             * @static
             * @param {weft.v1.TokenIds} message TokenIds
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenIds.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ids = [];
                if (message.ids && message.ids.length) {
                    object.ids = $Array(message.ids.length);
                    for (let j = 0; j < message.ids.length; ++j)
                        object.ids[j] = message.ids[j];
                }
                return object;
            };

            /**
             * Converts this TokenIds to JSON.
             * @function toJSON
             * @memberof weft.v1.TokenIds
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenIds.prototype.toJSON = function() {
                return TokenIds.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenIds
             * @function getTypeUrl
             * @memberof weft.v1.TokenIds
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenIds.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TokenIds";
            };

            return TokenIds;
        })();

        v1.RerankRequest = (function() {

            /**
             * Properties of a RerankRequest.
             * @typedef {Object} weft.v1.RerankRequest.$Properties
             * @property {string|null} [query] RerankRequest query
             * @property {Array.<string>|null} [documents] RerankRequest documents
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RerankRequest.
             * @memberof weft.v1
             * @interface IRerankRequest
             * @augments weft.v1.RerankRequest.$Properties
             * @deprecated Use weft.v1.RerankRequest.$Properties instead.
             */

            /**
             * Shape of a RerankRequest.
             * @typedef {weft.v1.RerankRequest.$Properties} weft.v1.RerankRequest.$Shape
             */

            /**
             * Constructs a new RerankRequest.
             * @memberof weft.v1
             * @classdesc Represents a RerankRequest.
             * @constructor
             * @param {weft.v1.RerankRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RerankRequest = function (properties) {
                this.documents = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RerankRequest query.
             * @member {string} query
             * @memberof weft.v1.RerankRequest
             * @instance
             */
            RerankRequest.prototype.query = "";

            /**
             * RerankRequest documents.
             * @member {Array.<string>} documents
             * @memberof weft.v1.RerankRequest
             * @instance
             */
            RerankRequest.prototype.documents = $util.emptyArray;

            /**
             * Creates a new RerankRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {weft.v1.RerankRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RerankRequest} RerankRequest instance
             * @type {{
             *   (properties: weft.v1.RerankRequest.$Shape): weft.v1.RerankRequest & weft.v1.RerankRequest.$Shape;
             *   (properties?: weft.v1.RerankRequest.$Properties): weft.v1.RerankRequest;
             * }}
             */
            RerankRequest.create = function(properties) {
                return new RerankRequest(properties);
            };

            /**
             * Encodes the specified RerankRequest message. Does not implicitly {@link weft.v1.RerankRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {weft.v1.RerankRequest.$Properties} message RerankRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RerankRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.query != null && $Object.hasOwnProperty.call(message, "query") && message.query !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.query);
                if (message.documents != null && message.documents.length)
                    for (let i = 0; i < message.documents.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.documents[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RerankRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RerankRequest & weft.v1.RerankRequest.$Shape} RerankRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RerankRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RerankRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.query = value;
                            else
                                delete message.query;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.documents && message.documents.length))
                                message.documents = [];
                            message.documents.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RerankRequest message.
             * @function verify
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RerankRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    if (!$util.isString(message.query))
                        return "query: string expected";
                if (message.documents != null && $Object.hasOwnProperty.call(message, "documents")) {
                    if (!$Array.isArray(message.documents))
                        return "documents: array expected";
                    for (let i = 0; i < message.documents.length; ++i)
                        if (!$util.isString(message.documents[i]))
                            return "documents: string[] expected";
                }
                return null;
            };

            /**
             * Creates a RerankRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RerankRequest} RerankRequest
             */
            RerankRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RerankRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RerankRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RerankRequest();
                if (object.query != null)
                    if (typeof object.query !== "string" || object.query.length)
                        message.query = $String(object.query);
                if (object.documents) {
                    if (!$Array.isArray(object.documents))
                        throw $TypeError(".weft.v1.RerankRequest.documents: array expected");
                    message.documents = $Array(object.documents.length);
                    for (let i = 0; i < object.documents.length; ++i)
                        message.documents[i] = $String(object.documents[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a RerankRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {weft.v1.RerankRequest} message RerankRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RerankRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.documents = [];
                if (options.defaults)
                    object.query = "";
                if (message.query != null && $Object.hasOwnProperty.call(message, "query"))
                    object.query = message.query;
                if (message.documents && message.documents.length) {
                    object.documents = $Array(message.documents.length);
                    for (let j = 0; j < message.documents.length; ++j)
                        object.documents[j] = message.documents[j];
                }
                return object;
            };

            /**
             * Converts this RerankRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.RerankRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RerankRequest.prototype.toJSON = function() {
                return RerankRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RerankRequest
             * @function getTypeUrl
             * @memberof weft.v1.RerankRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RerankRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RerankRequest";
            };

            return RerankRequest;
        })();

        v1.TranscribeRequest = (function() {

            /**
             * Properties of a TranscribeRequest.
             * @typedef {Object} weft.v1.TranscribeRequest.$Properties
             * @property {Uint8Array|null} [audio] TranscribeRequest audio
             * @property {number|null} [sampleRate] TranscribeRequest sampleRate
             * @property {string|null} [language] TranscribeRequest language
             * @property {string|null} [prompt] TranscribeRequest prompt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TranscribeRequest.
             * @memberof weft.v1
             * @interface ITranscribeRequest
             * @augments weft.v1.TranscribeRequest.$Properties
             * @deprecated Use weft.v1.TranscribeRequest.$Properties instead.
             */

            /**
             * Shape of a TranscribeRequest.
             * @typedef {weft.v1.TranscribeRequest.$Properties} weft.v1.TranscribeRequest.$Shape
             */

            /**
             * Constructs a new TranscribeRequest.
             * @memberof weft.v1
             * @classdesc Represents a TranscribeRequest.
             * @constructor
             * @param {weft.v1.TranscribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TranscribeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TranscribeRequest audio.
             * @member {Uint8Array} audio
             * @memberof weft.v1.TranscribeRequest
             * @instance
             */
            TranscribeRequest.prototype.audio = $util.newBuffer([]);

            /**
             * TranscribeRequest sampleRate.
             * @member {number} sampleRate
             * @memberof weft.v1.TranscribeRequest
             * @instance
             */
            TranscribeRequest.prototype.sampleRate = 0;

            /**
             * TranscribeRequest language.
             * @member {string} language
             * @memberof weft.v1.TranscribeRequest
             * @instance
             */
            TranscribeRequest.prototype.language = "";

            /**
             * TranscribeRequest prompt.
             * @member {string} prompt
             * @memberof weft.v1.TranscribeRequest
             * @instance
             */
            TranscribeRequest.prototype.prompt = "";

            /**
             * Creates a new TranscribeRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {weft.v1.TranscribeRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TranscribeRequest} TranscribeRequest instance
             * @type {{
             *   (properties: weft.v1.TranscribeRequest.$Shape): weft.v1.TranscribeRequest & weft.v1.TranscribeRequest.$Shape;
             *   (properties?: weft.v1.TranscribeRequest.$Properties): weft.v1.TranscribeRequest;
             * }}
             */
            TranscribeRequest.create = function(properties) {
                return new TranscribeRequest(properties);
            };

            /**
             * Encodes the specified TranscribeRequest message. Does not implicitly {@link weft.v1.TranscribeRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {weft.v1.TranscribeRequest.$Properties} message TranscribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TranscribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio") && message.audio.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.audio);
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate") && message.sampleRate !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sampleRate);
                if (message.language != null && $Object.hasOwnProperty.call(message, "language") && message.language !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.language);
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt") && message.prompt !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.prompt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TranscribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TranscribeRequest & weft.v1.TranscribeRequest.$Shape} TranscribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TranscribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TranscribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.audio = value;
                            else
                                delete message.audio;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sampleRate = value;
                            else
                                delete message.sampleRate;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.language = value;
                            else
                                delete message.language;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.prompt = value;
                            else
                                delete message.prompt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TranscribeRequest message.
             * @function verify
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TranscribeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    if (!(message.audio && typeof message.audio.length === "number" || $util.isString(message.audio)))
                        return "audio: buffer expected";
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    if (!$util.isInteger(message.sampleRate))
                        return "sampleRate: integer expected";
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    if (!$util.isString(message.language))
                        return "language: string expected";
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    if (!$util.isString(message.prompt))
                        return "prompt: string expected";
                return null;
            };

            /**
             * Creates a TranscribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TranscribeRequest} TranscribeRequest
             */
            TranscribeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TranscribeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TranscribeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TranscribeRequest();
                if (object.audio != null)
                    if (object.audio.length)
                        if (typeof object.audio === "string")
                            $util.base64.decode(object.audio, message.audio = $util.newBuffer($util.base64.length(object.audio)), 0);
                        else if (object.audio.length >= 0)
                            message.audio = object.audio;
                if (object.sampleRate != null)
                    if ($Number(object.sampleRate) !== 0)
                        message.sampleRate = object.sampleRate >>> 0;
                if (object.language != null)
                    if (typeof object.language !== "string" || object.language.length)
                        message.language = $String(object.language);
                if (object.prompt != null)
                    if (typeof object.prompt !== "string" || object.prompt.length)
                        message.prompt = $String(object.prompt);
                return message;
            };

            /**
             * Creates a plain object from a TranscribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {weft.v1.TranscribeRequest} message TranscribeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TranscribeRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.audio = "";
                    else {
                        object.audio = [];
                        if (options.bytes !== $Array)
                            object.audio = $util.newBuffer(object.audio);
                    }
                    object.sampleRate = 0;
                    object.language = "";
                    object.prompt = "";
                }
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    object.audio = options.bytes === $String ? $util.base64.encode(message.audio, 0, message.audio.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.audio) : message.audio;
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    object.sampleRate = message.sampleRate;
                if (message.language != null && $Object.hasOwnProperty.call(message, "language"))
                    object.language = message.language;
                if (message.prompt != null && $Object.hasOwnProperty.call(message, "prompt"))
                    object.prompt = message.prompt;
                return object;
            };

            /**
             * Converts this TranscribeRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.TranscribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TranscribeRequest.prototype.toJSON = function() {
                return TranscribeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TranscribeRequest
             * @function getTypeUrl
             * @memberof weft.v1.TranscribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TranscribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TranscribeRequest";
            };

            return TranscribeRequest;
        })();

        v1.SpeakRequest = (function() {

            /**
             * Properties of a SpeakRequest.
             * @typedef {Object} weft.v1.SpeakRequest.$Properties
             * @property {string|null} [input] SpeakRequest input
             * @property {string|null} [voice] SpeakRequest voice
             * @property {number|null} [speed] SpeakRequest speed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SpeakRequest.
             * @memberof weft.v1
             * @interface ISpeakRequest
             * @augments weft.v1.SpeakRequest.$Properties
             * @deprecated Use weft.v1.SpeakRequest.$Properties instead.
             */

            /**
             * Shape of a SpeakRequest.
             * @typedef {weft.v1.SpeakRequest.$Properties} weft.v1.SpeakRequest.$Shape
             */

            /**
             * Constructs a new SpeakRequest.
             * @memberof weft.v1
             * @classdesc Represents a SpeakRequest.
             * @constructor
             * @param {weft.v1.SpeakRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SpeakRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SpeakRequest input.
             * @member {string} input
             * @memberof weft.v1.SpeakRequest
             * @instance
             */
            SpeakRequest.prototype.input = "";

            /**
             * SpeakRequest voice.
             * @member {string} voice
             * @memberof weft.v1.SpeakRequest
             * @instance
             */
            SpeakRequest.prototype.voice = "";

            /**
             * SpeakRequest speed.
             * @member {number} speed
             * @memberof weft.v1.SpeakRequest
             * @instance
             */
            SpeakRequest.prototype.speed = 0;

            /**
             * Creates a new SpeakRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {weft.v1.SpeakRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SpeakRequest} SpeakRequest instance
             * @type {{
             *   (properties: weft.v1.SpeakRequest.$Shape): weft.v1.SpeakRequest & weft.v1.SpeakRequest.$Shape;
             *   (properties?: weft.v1.SpeakRequest.$Properties): weft.v1.SpeakRequest;
             * }}
             */
            SpeakRequest.create = function(properties) {
                return new SpeakRequest(properties);
            };

            /**
             * Encodes the specified SpeakRequest message. Does not implicitly {@link weft.v1.SpeakRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {weft.v1.SpeakRequest.$Properties} message SpeakRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpeakRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.input != null && $Object.hasOwnProperty.call(message, "input") && message.input !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.input);
                if (message.voice != null && $Object.hasOwnProperty.call(message, "voice") && message.voice !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.voice);
                if (message.speed != null && $Object.hasOwnProperty.call(message, "speed") && !$Object.is(message.speed, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.speed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SpeakRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SpeakRequest & weft.v1.SpeakRequest.$Shape} SpeakRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpeakRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SpeakRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.input = value;
                            else
                                delete message.input;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.voice = value;
                            else
                                delete message.voice;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.speed = value;
                            else
                                delete message.speed;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SpeakRequest message.
             * @function verify
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpeakRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    if (!$util.isString(message.input))
                        return "input: string expected";
                if (message.voice != null && $Object.hasOwnProperty.call(message, "voice"))
                    if (!$util.isString(message.voice))
                        return "voice: string expected";
                if (message.speed != null && $Object.hasOwnProperty.call(message, "speed"))
                    if (typeof message.speed !== "number")
                        return "speed: number expected";
                return null;
            };

            /**
             * Creates a SpeakRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SpeakRequest} SpeakRequest
             */
            SpeakRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SpeakRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SpeakRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SpeakRequest();
                if (object.input != null)
                    if (typeof object.input !== "string" || object.input.length)
                        message.input = $String(object.input);
                if (object.voice != null)
                    if (typeof object.voice !== "string" || object.voice.length)
                        message.voice = $String(object.voice);
                if (object.speed != null)
                    if (!$Object.is($Number(object.speed), 0))
                        message.speed = $Number(object.speed);
                return message;
            };

            /**
             * Creates a plain object from a SpeakRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {weft.v1.SpeakRequest} message SpeakRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpeakRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.input = "";
                    object.voice = "";
                    object.speed = 0;
                }
                if (message.input != null && $Object.hasOwnProperty.call(message, "input"))
                    object.input = message.input;
                if (message.voice != null && $Object.hasOwnProperty.call(message, "voice"))
                    object.voice = message.voice;
                if (message.speed != null && $Object.hasOwnProperty.call(message, "speed"))
                    object.speed = options.json && !$isFinite(message.speed) ? $String(message.speed) : message.speed;
                return object;
            };

            /**
             * Converts this SpeakRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.SpeakRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpeakRequest.prototype.toJSON = function() {
                return SpeakRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SpeakRequest
             * @function getTypeUrl
             * @memberof weft.v1.SpeakRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SpeakRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SpeakRequest";
            };

            return SpeakRequest;
        })();

        v1.DetectSpeechRequest = (function() {

            /**
             * Properties of a DetectSpeechRequest.
             * @typedef {Object} weft.v1.DetectSpeechRequest.$Properties
             * @property {Uint8Array|null} [audio] DetectSpeechRequest audio
             * @property {number|null} [sampleRate] DetectSpeechRequest sampleRate
             * @property {Uint8Array|null} [state] DetectSpeechRequest state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DetectSpeechRequest.
             * @memberof weft.v1
             * @interface IDetectSpeechRequest
             * @augments weft.v1.DetectSpeechRequest.$Properties
             * @deprecated Use weft.v1.DetectSpeechRequest.$Properties instead.
             */

            /**
             * Shape of a DetectSpeechRequest.
             * @typedef {weft.v1.DetectSpeechRequest.$Properties} weft.v1.DetectSpeechRequest.$Shape
             */

            /**
             * Constructs a new DetectSpeechRequest.
             * @memberof weft.v1
             * @classdesc Represents a DetectSpeechRequest.
             * @constructor
             * @param {weft.v1.DetectSpeechRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DetectSpeechRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DetectSpeechRequest audio.
             * @member {Uint8Array} audio
             * @memberof weft.v1.DetectSpeechRequest
             * @instance
             */
            DetectSpeechRequest.prototype.audio = $util.newBuffer([]);

            /**
             * DetectSpeechRequest sampleRate.
             * @member {number} sampleRate
             * @memberof weft.v1.DetectSpeechRequest
             * @instance
             */
            DetectSpeechRequest.prototype.sampleRate = 0;

            /**
             * DetectSpeechRequest state.
             * @member {Uint8Array} state
             * @memberof weft.v1.DetectSpeechRequest
             * @instance
             */
            DetectSpeechRequest.prototype.state = $util.newBuffer([]);

            /**
             * Creates a new DetectSpeechRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {weft.v1.DetectSpeechRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.DetectSpeechRequest} DetectSpeechRequest instance
             * @type {{
             *   (properties: weft.v1.DetectSpeechRequest.$Shape): weft.v1.DetectSpeechRequest & weft.v1.DetectSpeechRequest.$Shape;
             *   (properties?: weft.v1.DetectSpeechRequest.$Properties): weft.v1.DetectSpeechRequest;
             * }}
             */
            DetectSpeechRequest.create = function(properties) {
                return new DetectSpeechRequest(properties);
            };

            /**
             * Encodes the specified DetectSpeechRequest message. Does not implicitly {@link weft.v1.DetectSpeechRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {weft.v1.DetectSpeechRequest.$Properties} message DetectSpeechRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DetectSpeechRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio") && message.audio.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.audio);
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate") && message.sampleRate !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.sampleRate);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DetectSpeechRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.DetectSpeechRequest & weft.v1.DetectSpeechRequest.$Shape} DetectSpeechRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DetectSpeechRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.DetectSpeechRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.audio = value;
                            else
                                delete message.audio;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sampleRate = value;
                            else
                                delete message.sampleRate;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DetectSpeechRequest message.
             * @function verify
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DetectSpeechRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    if (!(message.audio && typeof message.audio.length === "number" || $util.isString(message.audio)))
                        return "audio: buffer expected";
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    if (!$util.isInteger(message.sampleRate))
                        return "sampleRate: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!(message.state && typeof message.state.length === "number" || $util.isString(message.state)))
                        return "state: buffer expected";
                return null;
            };

            /**
             * Creates a DetectSpeechRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.DetectSpeechRequest} DetectSpeechRequest
             */
            DetectSpeechRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.DetectSpeechRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.DetectSpeechRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.DetectSpeechRequest();
                if (object.audio != null)
                    if (object.audio.length)
                        if (typeof object.audio === "string")
                            $util.base64.decode(object.audio, message.audio = $util.newBuffer($util.base64.length(object.audio)), 0);
                        else if (object.audio.length >= 0)
                            message.audio = object.audio;
                if (object.sampleRate != null)
                    if ($Number(object.sampleRate) !== 0)
                        message.sampleRate = object.sampleRate >>> 0;
                if (object.state != null)
                    if (object.state.length)
                        if (typeof object.state === "string")
                            $util.base64.decode(object.state, message.state = $util.newBuffer($util.base64.length(object.state)), 0);
                        else if (object.state.length >= 0)
                            message.state = object.state;
                return message;
            };

            /**
             * Creates a plain object from a DetectSpeechRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {weft.v1.DetectSpeechRequest} message DetectSpeechRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DetectSpeechRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.audio = "";
                    else {
                        object.audio = [];
                        if (options.bytes !== $Array)
                            object.audio = $util.newBuffer(object.audio);
                    }
                    object.sampleRate = 0;
                    if (options.bytes === $String)
                        object.state = "";
                    else {
                        object.state = [];
                        if (options.bytes !== $Array)
                            object.state = $util.newBuffer(object.state);
                    }
                }
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    object.audio = options.bytes === $String ? $util.base64.encode(message.audio, 0, message.audio.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.audio) : message.audio;
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    object.sampleRate = message.sampleRate;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.bytes === $String ? $util.base64.encode(message.state, 0, message.state.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.state) : message.state;
                return object;
            };

            /**
             * Converts this DetectSpeechRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.DetectSpeechRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DetectSpeechRequest.prototype.toJSON = function() {
                return DetectSpeechRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DetectSpeechRequest
             * @function getTypeUrl
             * @memberof weft.v1.DetectSpeechRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DetectSpeechRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.DetectSpeechRequest";
            };

            return DetectSpeechRequest;
        })();

        v1.SpeechProbabilities = (function() {

            /**
             * Properties of a SpeechProbabilities.
             * @typedef {Object} weft.v1.SpeechProbabilities.$Properties
             * @property {Array.<number>|null} [probabilities] SpeechProbabilities probabilities
             * @property {number|null} [windowSamples] SpeechProbabilities windowSamples
             * @property {Uint8Array|null} [state] SpeechProbabilities state
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SpeechProbabilities.
             * @memberof weft.v1
             * @interface ISpeechProbabilities
             * @augments weft.v1.SpeechProbabilities.$Properties
             * @deprecated Use weft.v1.SpeechProbabilities.$Properties instead.
             */

            /**
             * Shape of a SpeechProbabilities.
             * @typedef {weft.v1.SpeechProbabilities.$Properties} weft.v1.SpeechProbabilities.$Shape
             */

            /**
             * Constructs a new SpeechProbabilities.
             * @memberof weft.v1
             * @classdesc Represents a SpeechProbabilities.
             * @constructor
             * @param {weft.v1.SpeechProbabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SpeechProbabilities = function (properties) {
                this.probabilities = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SpeechProbabilities probabilities.
             * @member {Array.<number>} probabilities
             * @memberof weft.v1.SpeechProbabilities
             * @instance
             */
            SpeechProbabilities.prototype.probabilities = $util.emptyArray;

            /**
             * SpeechProbabilities windowSamples.
             * @member {number} windowSamples
             * @memberof weft.v1.SpeechProbabilities
             * @instance
             */
            SpeechProbabilities.prototype.windowSamples = 0;

            /**
             * SpeechProbabilities state.
             * @member {Uint8Array} state
             * @memberof weft.v1.SpeechProbabilities
             * @instance
             */
            SpeechProbabilities.prototype.state = $util.newBuffer([]);

            /**
             * Creates a new SpeechProbabilities instance using the specified properties.
             * @function create
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {weft.v1.SpeechProbabilities.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SpeechProbabilities} SpeechProbabilities instance
             * @type {{
             *   (properties: weft.v1.SpeechProbabilities.$Shape): weft.v1.SpeechProbabilities & weft.v1.SpeechProbabilities.$Shape;
             *   (properties?: weft.v1.SpeechProbabilities.$Properties): weft.v1.SpeechProbabilities;
             * }}
             */
            SpeechProbabilities.create = function(properties) {
                return new SpeechProbabilities(properties);
            };

            /**
             * Encodes the specified SpeechProbabilities message. Does not implicitly {@link weft.v1.SpeechProbabilities.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {weft.v1.SpeechProbabilities.$Properties} message SpeechProbabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SpeechProbabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.probabilities != null && message.probabilities.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).floats(message.probabilities);
                if (message.windowSamples != null && $Object.hasOwnProperty.call(message, "windowSamples") && message.windowSamples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.windowSamples);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.state);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SpeechProbabilities message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SpeechProbabilities & weft.v1.SpeechProbabilities.$Shape} SpeechProbabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SpeechProbabilities.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SpeechProbabilities();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.probabilities && message.probabilities.length))
                                    message.probabilities = [];
                                reader.floats(message.probabilities);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.probabilities && message.probabilities.length))
                                message.probabilities = [];
                            message.probabilities.push(reader.float());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowSamples = value;
                            else
                                delete message.windowSamples;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SpeechProbabilities message.
             * @function verify
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SpeechProbabilities.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.probabilities != null && $Object.hasOwnProperty.call(message, "probabilities")) {
                    if (!$Array.isArray(message.probabilities))
                        return "probabilities: array expected";
                    for (let i = 0; i < message.probabilities.length; ++i)
                        if (typeof message.probabilities[i] !== "number")
                            return "probabilities: number[] expected";
                }
                if (message.windowSamples != null && $Object.hasOwnProperty.call(message, "windowSamples"))
                    if (!$util.isInteger(message.windowSamples))
                        return "windowSamples: integer expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (!(message.state && typeof message.state.length === "number" || $util.isString(message.state)))
                        return "state: buffer expected";
                return null;
            };

            /**
             * Creates a SpeechProbabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SpeechProbabilities} SpeechProbabilities
             */
            SpeechProbabilities.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SpeechProbabilities)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SpeechProbabilities: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SpeechProbabilities();
                if (object.probabilities) {
                    if (!$Array.isArray(object.probabilities))
                        throw $TypeError(".weft.v1.SpeechProbabilities.probabilities: array expected");
                    message.probabilities = $Array(object.probabilities.length);
                    for (let i = 0; i < object.probabilities.length; ++i)
                        message.probabilities[i] = $Number(object.probabilities[i]);
                }
                if (object.windowSamples != null)
                    if ($Number(object.windowSamples) !== 0)
                        message.windowSamples = object.windowSamples >>> 0;
                if (object.state != null)
                    if (object.state.length)
                        if (typeof object.state === "string")
                            $util.base64.decode(object.state, message.state = $util.newBuffer($util.base64.length(object.state)), 0);
                        else if (object.state.length >= 0)
                            message.state = object.state;
                return message;
            };

            /**
             * Creates a plain object from a SpeechProbabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {weft.v1.SpeechProbabilities} message SpeechProbabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SpeechProbabilities.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.probabilities = [];
                if (options.defaults) {
                    object.windowSamples = 0;
                    if (options.bytes === $String)
                        object.state = "";
                    else {
                        object.state = [];
                        if (options.bytes !== $Array)
                            object.state = $util.newBuffer(object.state);
                    }
                }
                if (message.probabilities && message.probabilities.length) {
                    object.probabilities = $Array(message.probabilities.length);
                    for (let j = 0; j < message.probabilities.length; ++j)
                        object.probabilities[j] = options.json && !$isFinite(message.probabilities[j]) ? $String(message.probabilities[j]) : message.probabilities[j];
                }
                if (message.windowSamples != null && $Object.hasOwnProperty.call(message, "windowSamples"))
                    object.windowSamples = message.windowSamples;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.bytes === $String ? $util.base64.encode(message.state, 0, message.state.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.state) : message.state;
                return object;
            };

            /**
             * Converts this SpeechProbabilities to JSON.
             * @function toJSON
             * @memberof weft.v1.SpeechProbabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SpeechProbabilities.prototype.toJSON = function() {
                return SpeechProbabilities.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SpeechProbabilities
             * @function getTypeUrl
             * @memberof weft.v1.SpeechProbabilities
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SpeechProbabilities.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SpeechProbabilities";
            };

            return SpeechProbabilities;
        })();

        v1.TextDelta = (function() {

            /**
             * Properties of a TextDelta.
             * @typedef {Object} weft.v1.TextDelta.$Properties
             * @property {string|null} [text] TextDelta text
             * @property {number|null} [tokens] TextDelta tokens
             * @property {Array.<weft.v1.TokenLogprob.$Properties>|null} [logprobs] TextDelta logprobs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TextDelta.
             * @memberof weft.v1
             * @interface ITextDelta
             * @augments weft.v1.TextDelta.$Properties
             * @deprecated Use weft.v1.TextDelta.$Properties instead.
             */

            /**
             * Shape of a TextDelta.
             * @typedef {weft.v1.TextDelta.$Properties} weft.v1.TextDelta.$Shape
             */

            /**
             * Constructs a new TextDelta.
             * @memberof weft.v1
             * @classdesc Represents a TextDelta.
             * @constructor
             * @param {weft.v1.TextDelta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TextDelta = function (properties) {
                this.logprobs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TextDelta text.
             * @member {string} text
             * @memberof weft.v1.TextDelta
             * @instance
             */
            TextDelta.prototype.text = "";

            /**
             * TextDelta tokens.
             * @member {number} tokens
             * @memberof weft.v1.TextDelta
             * @instance
             */
            TextDelta.prototype.tokens = 0;

            /**
             * TextDelta logprobs.
             * @member {Array.<weft.v1.TokenLogprob.$Properties>} logprobs
             * @memberof weft.v1.TextDelta
             * @instance
             */
            TextDelta.prototype.logprobs = $util.emptyArray;

            /**
             * Creates a new TextDelta instance using the specified properties.
             * @function create
             * @memberof weft.v1.TextDelta
             * @static
             * @param {weft.v1.TextDelta.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TextDelta} TextDelta instance
             * @type {{
             *   (properties: weft.v1.TextDelta.$Shape): weft.v1.TextDelta & weft.v1.TextDelta.$Shape;
             *   (properties?: weft.v1.TextDelta.$Properties): weft.v1.TextDelta;
             * }}
             */
            TextDelta.create = function(properties) {
                return new TextDelta(properties);
            };

            /**
             * Encodes the specified TextDelta message. Does not implicitly {@link weft.v1.TextDelta.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TextDelta
             * @static
             * @param {weft.v1.TextDelta.$Properties} message TextDelta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TextDelta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens") && message.tokens !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tokens);
                if (message.logprobs != null && message.logprobs.length)
                    for (let i = 0; i < message.logprobs.length; ++i)
                        $root.weft.v1.TokenLogprob.encode(message.logprobs[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TextDelta message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TextDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TextDelta & weft.v1.TextDelta.$Shape} TextDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TextDelta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TextDelta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.text = value;
                            else
                                delete message.text;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tokens = value;
                            else
                                delete message.tokens;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.logprobs && message.logprobs.length))
                                message.logprobs = [];
                            message.logprobs.push($root.weft.v1.TokenLogprob.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TextDelta message.
             * @function verify
             * @memberof weft.v1.TextDelta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TextDelta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    if (!$util.isString(message.text))
                        return "text: string expected";
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens"))
                    if (!$util.isInteger(message.tokens))
                        return "tokens: integer expected";
                if (message.logprobs != null && $Object.hasOwnProperty.call(message, "logprobs")) {
                    if (!$Array.isArray(message.logprobs))
                        return "logprobs: array expected";
                    for (let i = 0; i < message.logprobs.length; ++i) {
                        let error = $root.weft.v1.TokenLogprob.verify(message.logprobs[i], _depth + 1);
                        if (error)
                            return "logprobs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TextDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TextDelta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TextDelta} TextDelta
             */
            TextDelta.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TextDelta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TextDelta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TextDelta();
                if (object.text != null)
                    if (typeof object.text !== "string" || object.text.length)
                        message.text = $String(object.text);
                if (object.tokens != null)
                    if ($Number(object.tokens) !== 0)
                        message.tokens = object.tokens >>> 0;
                if (object.logprobs) {
                    if (!$Array.isArray(object.logprobs))
                        throw $TypeError(".weft.v1.TextDelta.logprobs: array expected");
                    message.logprobs = $Array(object.logprobs.length);
                    for (let i = 0; i < object.logprobs.length; ++i) {
                        if (!$util.isObject(object.logprobs[i]))
                            throw $TypeError(".weft.v1.TextDelta.logprobs: object expected");
                        message.logprobs[i] = $root.weft.v1.TokenLogprob.fromObject(object.logprobs[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TextDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TextDelta
             * @static
             * @param {weft.v1.TextDelta} message TextDelta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TextDelta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.logprobs = [];
                if (options.defaults) {
                    object.text = "";
                    object.tokens = 0;
                }
                if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                    object.text = message.text;
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens"))
                    object.tokens = message.tokens;
                if (message.logprobs && message.logprobs.length) {
                    object.logprobs = $Array(message.logprobs.length);
                    for (let j = 0; j < message.logprobs.length; ++j)
                        object.logprobs[j] = $root.weft.v1.TokenLogprob.toObject(message.logprobs[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TextDelta to JSON.
             * @function toJSON
             * @memberof weft.v1.TextDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TextDelta.prototype.toJSON = function() {
                return TextDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TextDelta
             * @function getTypeUrl
             * @memberof weft.v1.TextDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TextDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TextDelta";
            };

            return TextDelta;
        })();

        v1.TokenLogprob = (function() {

            /**
             * Properties of a TokenLogprob.
             * @typedef {Object} weft.v1.TokenLogprob.$Properties
             * @property {string|null} [token] TokenLogprob token
             * @property {number|null} [logprob] TokenLogprob logprob
             * @property {Uint8Array|null} [bytes] TokenLogprob bytes
             * @property {Array.<weft.v1.TopLogprob.$Properties>|null} [topLogprobs] TokenLogprob topLogprobs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TokenLogprob.
             * @memberof weft.v1
             * @interface ITokenLogprob
             * @augments weft.v1.TokenLogprob.$Properties
             * @deprecated Use weft.v1.TokenLogprob.$Properties instead.
             */

            /**
             * Shape of a TokenLogprob.
             * @typedef {weft.v1.TokenLogprob.$Properties} weft.v1.TokenLogprob.$Shape
             */

            /**
             * Constructs a new TokenLogprob.
             * @memberof weft.v1
             * @classdesc Represents a TokenLogprob.
             * @constructor
             * @param {weft.v1.TokenLogprob.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TokenLogprob = function (properties) {
                this.topLogprobs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TokenLogprob token.
             * @member {string} token
             * @memberof weft.v1.TokenLogprob
             * @instance
             */
            TokenLogprob.prototype.token = "";

            /**
             * TokenLogprob logprob.
             * @member {number} logprob
             * @memberof weft.v1.TokenLogprob
             * @instance
             */
            TokenLogprob.prototype.logprob = 0;

            /**
             * TokenLogprob bytes.
             * @member {Uint8Array} bytes
             * @memberof weft.v1.TokenLogprob
             * @instance
             */
            TokenLogprob.prototype.bytes = $util.newBuffer([]);

            /**
             * TokenLogprob topLogprobs.
             * @member {Array.<weft.v1.TopLogprob.$Properties>} topLogprobs
             * @memberof weft.v1.TokenLogprob
             * @instance
             */
            TokenLogprob.prototype.topLogprobs = $util.emptyArray;

            /**
             * Creates a new TokenLogprob instance using the specified properties.
             * @function create
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {weft.v1.TokenLogprob.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TokenLogprob} TokenLogprob instance
             * @type {{
             *   (properties: weft.v1.TokenLogprob.$Shape): weft.v1.TokenLogprob & weft.v1.TokenLogprob.$Shape;
             *   (properties?: weft.v1.TokenLogprob.$Properties): weft.v1.TokenLogprob;
             * }}
             */
            TokenLogprob.create = function(properties) {
                return new TokenLogprob(properties);
            };

            /**
             * Encodes the specified TokenLogprob message. Does not implicitly {@link weft.v1.TokenLogprob.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {weft.v1.TokenLogprob.$Properties} message TokenLogprob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TokenLogprob.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob") && !$Object.is(message.logprob, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.logprob);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.bytes);
                if (message.topLogprobs != null && message.topLogprobs.length)
                    for (let i = 0; i < message.topLogprobs.length; ++i)
                        $root.weft.v1.TopLogprob.encode(message.topLogprobs[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TokenLogprob message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TokenLogprob & weft.v1.TokenLogprob.$Shape} TokenLogprob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TokenLogprob.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TokenLogprob();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logprob = value;
                            else
                                delete message.logprob;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.topLogprobs && message.topLogprobs.length))
                                message.topLogprobs = [];
                            message.topLogprobs.push($root.weft.v1.TopLogprob.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TokenLogprob message.
             * @function verify
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TokenLogprob.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob"))
                    if (typeof message.logprob !== "number")
                        return "logprob: number expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!(message.bytes && typeof message.bytes.length === "number" || $util.isString(message.bytes)))
                        return "bytes: buffer expected";
                if (message.topLogprobs != null && $Object.hasOwnProperty.call(message, "topLogprobs")) {
                    if (!$Array.isArray(message.topLogprobs))
                        return "topLogprobs: array expected";
                    for (let i = 0; i < message.topLogprobs.length; ++i) {
                        let error = $root.weft.v1.TopLogprob.verify(message.topLogprobs[i], _depth + 1);
                        if (error)
                            return "topLogprobs." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TokenLogprob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TokenLogprob} TokenLogprob
             */
            TokenLogprob.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TokenLogprob)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TokenLogprob: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TokenLogprob();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.logprob != null)
                    if (!$Object.is($Number(object.logprob), 0))
                        message.logprob = $Number(object.logprob);
                if (object.bytes != null)
                    if (object.bytes.length)
                        if (typeof object.bytes === "string")
                            $util.base64.decode(object.bytes, message.bytes = $util.newBuffer($util.base64.length(object.bytes)), 0);
                        else if (object.bytes.length >= 0)
                            message.bytes = object.bytes;
                if (object.topLogprobs) {
                    if (!$Array.isArray(object.topLogprobs))
                        throw $TypeError(".weft.v1.TokenLogprob.topLogprobs: array expected");
                    message.topLogprobs = $Array(object.topLogprobs.length);
                    for (let i = 0; i < object.topLogprobs.length; ++i) {
                        if (!$util.isObject(object.topLogprobs[i]))
                            throw $TypeError(".weft.v1.TokenLogprob.topLogprobs: object expected");
                        message.topLogprobs[i] = $root.weft.v1.TopLogprob.fromObject(object.topLogprobs[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TokenLogprob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {weft.v1.TokenLogprob} message TokenLogprob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TokenLogprob.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.topLogprobs = [];
                if (options.defaults) {
                    object.token = "";
                    object.logprob = 0;
                    if (options.bytes === $String)
                        object.bytes = "";
                    else {
                        object.bytes = [];
                        if (options.bytes !== $Array)
                            object.bytes = $util.newBuffer(object.bytes);
                    }
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob"))
                    object.logprob = options.json && !$isFinite(message.logprob) ? $String(message.logprob) : message.logprob;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.bytes === $String ? $util.base64.encode(message.bytes, 0, message.bytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytes) : message.bytes;
                if (message.topLogprobs && message.topLogprobs.length) {
                    object.topLogprobs = $Array(message.topLogprobs.length);
                    for (let j = 0; j < message.topLogprobs.length; ++j)
                        object.topLogprobs[j] = $root.weft.v1.TopLogprob.toObject(message.topLogprobs[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TokenLogprob to JSON.
             * @function toJSON
             * @memberof weft.v1.TokenLogprob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TokenLogprob.prototype.toJSON = function() {
                return TokenLogprob.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TokenLogprob
             * @function getTypeUrl
             * @memberof weft.v1.TokenLogprob
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TokenLogprob.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TokenLogprob";
            };

            return TokenLogprob;
        })();

        v1.TopLogprob = (function() {

            /**
             * Properties of a TopLogprob.
             * @typedef {Object} weft.v1.TopLogprob.$Properties
             * @property {string|null} [token] TopLogprob token
             * @property {number|null} [logprob] TopLogprob logprob
             * @property {Uint8Array|null} [bytes] TopLogprob bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TopLogprob.
             * @memberof weft.v1
             * @interface ITopLogprob
             * @augments weft.v1.TopLogprob.$Properties
             * @deprecated Use weft.v1.TopLogprob.$Properties instead.
             */

            /**
             * Shape of a TopLogprob.
             * @typedef {weft.v1.TopLogprob.$Properties} weft.v1.TopLogprob.$Shape
             */

            /**
             * Constructs a new TopLogprob.
             * @memberof weft.v1
             * @classdesc Represents a TopLogprob.
             * @constructor
             * @param {weft.v1.TopLogprob.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TopLogprob = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TopLogprob token.
             * @member {string} token
             * @memberof weft.v1.TopLogprob
             * @instance
             */
            TopLogprob.prototype.token = "";

            /**
             * TopLogprob logprob.
             * @member {number} logprob
             * @memberof weft.v1.TopLogprob
             * @instance
             */
            TopLogprob.prototype.logprob = 0;

            /**
             * TopLogprob bytes.
             * @member {Uint8Array} bytes
             * @memberof weft.v1.TopLogprob
             * @instance
             */
            TopLogprob.prototype.bytes = $util.newBuffer([]);

            /**
             * Creates a new TopLogprob instance using the specified properties.
             * @function create
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {weft.v1.TopLogprob.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TopLogprob} TopLogprob instance
             * @type {{
             *   (properties: weft.v1.TopLogprob.$Shape): weft.v1.TopLogprob & weft.v1.TopLogprob.$Shape;
             *   (properties?: weft.v1.TopLogprob.$Properties): weft.v1.TopLogprob;
             * }}
             */
            TopLogprob.create = function(properties) {
                return new TopLogprob(properties);
            };

            /**
             * Encodes the specified TopLogprob message. Does not implicitly {@link weft.v1.TopLogprob.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {weft.v1.TopLogprob.$Properties} message TopLogprob message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TopLogprob.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob") && !$Object.is(message.logprob, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.logprob);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && message.bytes.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TopLogprob message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TopLogprob & weft.v1.TopLogprob.$Shape} TopLogprob
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TopLogprob.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TopLogprob();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.logprob = value;
                            else
                                delete message.logprob;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TopLogprob message.
             * @function verify
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TopLogprob.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    if (!$util.isString(message.token))
                        return "token: string expected";
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob"))
                    if (typeof message.logprob !== "number")
                        return "logprob: number expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!(message.bytes && typeof message.bytes.length === "number" || $util.isString(message.bytes)))
                        return "bytes: buffer expected";
                return null;
            };

            /**
             * Creates a TopLogprob message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TopLogprob} TopLogprob
             */
            TopLogprob.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TopLogprob)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TopLogprob: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TopLogprob();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.logprob != null)
                    if (!$Object.is($Number(object.logprob), 0))
                        message.logprob = $Number(object.logprob);
                if (object.bytes != null)
                    if (object.bytes.length)
                        if (typeof object.bytes === "string")
                            $util.base64.decode(object.bytes, message.bytes = $util.newBuffer($util.base64.length(object.bytes)), 0);
                        else if (object.bytes.length >= 0)
                            message.bytes = object.bytes;
                return message;
            };

            /**
             * Creates a plain object from a TopLogprob message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {weft.v1.TopLogprob} message TopLogprob
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TopLogprob.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.logprob = 0;
                    if (options.bytes === $String)
                        object.bytes = "";
                    else {
                        object.bytes = [];
                        if (options.bytes !== $Array)
                            object.bytes = $util.newBuffer(object.bytes);
                    }
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.logprob != null && $Object.hasOwnProperty.call(message, "logprob"))
                    object.logprob = options.json && !$isFinite(message.logprob) ? $String(message.logprob) : message.logprob;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.bytes === $String ? $util.base64.encode(message.bytes, 0, message.bytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytes) : message.bytes;
                return object;
            };

            /**
             * Converts this TopLogprob to JSON.
             * @function toJSON
             * @memberof weft.v1.TopLogprob
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TopLogprob.prototype.toJSON = function() {
                return TopLogprob.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TopLogprob
             * @function getTypeUrl
             * @memberof weft.v1.TopLogprob
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TopLogprob.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TopLogprob";
            };

            return TopLogprob;
        })();

        v1.ToolCallDelta = (function() {

            /**
             * Properties of a ToolCallDelta.
             * @typedef {Object} weft.v1.ToolCallDelta.$Properties
             * @property {number|null} [index] ToolCallDelta index
             * @property {string|null} [id] ToolCallDelta id
             * @property {string|null} [name] ToolCallDelta name
             * @property {string|null} ["arguments"] ToolCallDelta arguments
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ToolCallDelta.
             * @memberof weft.v1
             * @interface IToolCallDelta
             * @augments weft.v1.ToolCallDelta.$Properties
             * @deprecated Use weft.v1.ToolCallDelta.$Properties instead.
             */

            /**
             * Shape of a ToolCallDelta.
             * @typedef {weft.v1.ToolCallDelta.$Properties} weft.v1.ToolCallDelta.$Shape
             */

            /**
             * Constructs a new ToolCallDelta.
             * @memberof weft.v1
             * @classdesc Represents a ToolCallDelta.
             * @constructor
             * @param {weft.v1.ToolCallDelta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ToolCallDelta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ToolCallDelta index.
             * @member {number} index
             * @memberof weft.v1.ToolCallDelta
             * @instance
             */
            ToolCallDelta.prototype.index = 0;

            /**
             * ToolCallDelta id.
             * @member {string} id
             * @memberof weft.v1.ToolCallDelta
             * @instance
             */
            ToolCallDelta.prototype.id = "";

            /**
             * ToolCallDelta name.
             * @member {string} name
             * @memberof weft.v1.ToolCallDelta
             * @instance
             */
            ToolCallDelta.prototype.name = "";

            /**
             * ToolCallDelta arguments.
             * @member {string} arguments
             * @memberof weft.v1.ToolCallDelta
             * @instance
             */
            ToolCallDelta.prototype["arguments"] = "";

            /**
             * Creates a new ToolCallDelta instance using the specified properties.
             * @function create
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {weft.v1.ToolCallDelta.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ToolCallDelta} ToolCallDelta instance
             * @type {{
             *   (properties: weft.v1.ToolCallDelta.$Shape): weft.v1.ToolCallDelta & weft.v1.ToolCallDelta.$Shape;
             *   (properties?: weft.v1.ToolCallDelta.$Properties): weft.v1.ToolCallDelta;
             * }}
             */
            ToolCallDelta.create = function(properties) {
                return new ToolCallDelta(properties);
            };

            /**
             * Encodes the specified ToolCallDelta message. Does not implicitly {@link weft.v1.ToolCallDelta.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {weft.v1.ToolCallDelta.$Properties} message ToolCallDelta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ToolCallDelta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments") && message["arguments"] !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message["arguments"]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ToolCallDelta message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ToolCallDelta & weft.v1.ToolCallDelta.$Shape} ToolCallDelta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ToolCallDelta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ToolCallDelta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message["arguments"] = value;
                            else
                                delete message["arguments"];
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ToolCallDelta message.
             * @function verify
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ToolCallDelta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments"))
                    if (!$util.isString(message["arguments"]))
                        return "arguments: string expected";
                return null;
            };

            /**
             * Creates a ToolCallDelta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ToolCallDelta} ToolCallDelta
             */
            ToolCallDelta.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ToolCallDelta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ToolCallDelta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ToolCallDelta();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["arguments"] != null)
                    if (typeof object["arguments"] !== "string" || object["arguments"].length)
                        message["arguments"] = $String(object["arguments"]);
                return message;
            };

            /**
             * Creates a plain object from a ToolCallDelta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {weft.v1.ToolCallDelta} message ToolCallDelta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ToolCallDelta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.index = 0;
                    object.id = "";
                    object.name = "";
                    object["arguments"] = "";
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments"))
                    object["arguments"] = message["arguments"];
                return object;
            };

            /**
             * Converts this ToolCallDelta to JSON.
             * @function toJSON
             * @memberof weft.v1.ToolCallDelta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ToolCallDelta.prototype.toJSON = function() {
                return ToolCallDelta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ToolCallDelta
             * @function getTypeUrl
             * @memberof weft.v1.ToolCallDelta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ToolCallDelta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ToolCallDelta";
            };

            return ToolCallDelta;
        })();

        v1.Embedding = (function() {

            /**
             * Properties of an Embedding.
             * @typedef {Object} weft.v1.Embedding.$Properties
             * @property {number|null} [index] Embedding index
             * @property {Array.<number>|null} [vector] Embedding vector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Embedding.
             * @memberof weft.v1
             * @interface IEmbedding
             * @augments weft.v1.Embedding.$Properties
             * @deprecated Use weft.v1.Embedding.$Properties instead.
             */

            /**
             * Shape of an Embedding.
             * @typedef {weft.v1.Embedding.$Properties} weft.v1.Embedding.$Shape
             */

            /**
             * Constructs a new Embedding.
             * @memberof weft.v1
             * @classdesc Represents an Embedding.
             * @constructor
             * @param {weft.v1.Embedding.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Embedding = function (properties) {
                this.vector = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Embedding index.
             * @member {number} index
             * @memberof weft.v1.Embedding
             * @instance
             */
            Embedding.prototype.index = 0;

            /**
             * Embedding vector.
             * @member {Array.<number>} vector
             * @memberof weft.v1.Embedding
             * @instance
             */
            Embedding.prototype.vector = $util.emptyArray;

            /**
             * Creates a new Embedding instance using the specified properties.
             * @function create
             * @memberof weft.v1.Embedding
             * @static
             * @param {weft.v1.Embedding.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Embedding} Embedding instance
             * @type {{
             *   (properties: weft.v1.Embedding.$Shape): weft.v1.Embedding & weft.v1.Embedding.$Shape;
             *   (properties?: weft.v1.Embedding.$Properties): weft.v1.Embedding;
             * }}
             */
            Embedding.create = function(properties) {
                return new Embedding(properties);
            };

            /**
             * Encodes the specified Embedding message. Does not implicitly {@link weft.v1.Embedding.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Embedding
             * @static
             * @param {weft.v1.Embedding.$Properties} message Embedding message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Embedding.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.vector != null && message.vector.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).floats(message.vector);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Embedding message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Embedding
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Embedding & weft.v1.Embedding.$Shape} Embedding
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Embedding.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Embedding();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.vector && message.vector.length))
                                    message.vector = [];
                                reader.floats(message.vector);
                                continue;
                            }
                            if (wireType !== 5)
                                break;
                            if (!(message.vector && message.vector.length))
                                message.vector = [];
                            message.vector.push(reader.float());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Embedding message.
             * @function verify
             * @memberof weft.v1.Embedding
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Embedding.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.vector != null && $Object.hasOwnProperty.call(message, "vector")) {
                    if (!$Array.isArray(message.vector))
                        return "vector: array expected";
                    for (let i = 0; i < message.vector.length; ++i)
                        if (typeof message.vector[i] !== "number")
                            return "vector: number[] expected";
                }
                return null;
            };

            /**
             * Creates an Embedding message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Embedding
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Embedding} Embedding
             */
            Embedding.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Embedding)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Embedding: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Embedding();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.vector) {
                    if (!$Array.isArray(object.vector))
                        throw $TypeError(".weft.v1.Embedding.vector: array expected");
                    message.vector = $Array(object.vector.length);
                    for (let i = 0; i < object.vector.length; ++i)
                        message.vector[i] = $Number(object.vector[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an Embedding message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Embedding
             * @static
             * @param {weft.v1.Embedding} message Embedding
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Embedding.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.vector = [];
                if (options.defaults)
                    object.index = 0;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.vector && message.vector.length) {
                    object.vector = $Array(message.vector.length);
                    for (let j = 0; j < message.vector.length; ++j)
                        object.vector[j] = options.json && !$isFinite(message.vector[j]) ? $String(message.vector[j]) : message.vector[j];
                }
                return object;
            };

            /**
             * Converts this Embedding to JSON.
             * @function toJSON
             * @memberof weft.v1.Embedding
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Embedding.prototype.toJSON = function() {
                return Embedding.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Embedding
             * @function getTypeUrl
             * @memberof weft.v1.Embedding
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Embedding.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Embedding";
            };

            return Embedding;
        })();

        v1.Embeddings = (function() {

            /**
             * Properties of an Embeddings.
             * @typedef {Object} weft.v1.Embeddings.$Properties
             * @property {Array.<weft.v1.Embedding.$Properties>|null} [items] Embeddings items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Embeddings.
             * @memberof weft.v1
             * @interface IEmbeddings
             * @augments weft.v1.Embeddings.$Properties
             * @deprecated Use weft.v1.Embeddings.$Properties instead.
             */

            /**
             * Shape of an Embeddings.
             * @typedef {weft.v1.Embeddings.$Properties} weft.v1.Embeddings.$Shape
             */

            /**
             * Constructs a new Embeddings.
             * @memberof weft.v1
             * @classdesc Represents an Embeddings.
             * @constructor
             * @param {weft.v1.Embeddings.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Embeddings = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Embeddings items.
             * @member {Array.<weft.v1.Embedding.$Properties>} items
             * @memberof weft.v1.Embeddings
             * @instance
             */
            Embeddings.prototype.items = $util.emptyArray;

            /**
             * Creates a new Embeddings instance using the specified properties.
             * @function create
             * @memberof weft.v1.Embeddings
             * @static
             * @param {weft.v1.Embeddings.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Embeddings} Embeddings instance
             * @type {{
             *   (properties: weft.v1.Embeddings.$Shape): weft.v1.Embeddings & weft.v1.Embeddings.$Shape;
             *   (properties?: weft.v1.Embeddings.$Properties): weft.v1.Embeddings;
             * }}
             */
            Embeddings.create = function(properties) {
                return new Embeddings(properties);
            };

            /**
             * Encodes the specified Embeddings message. Does not implicitly {@link weft.v1.Embeddings.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Embeddings
             * @static
             * @param {weft.v1.Embeddings.$Properties} message Embeddings message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Embeddings.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.weft.v1.Embedding.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Embeddings message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Embeddings
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Embeddings & weft.v1.Embeddings.$Shape} Embeddings
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Embeddings.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Embeddings();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.weft.v1.Embedding.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Embeddings message.
             * @function verify
             * @memberof weft.v1.Embeddings
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Embeddings.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.weft.v1.Embedding.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Embeddings message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Embeddings
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Embeddings} Embeddings
             */
            Embeddings.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Embeddings)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Embeddings: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Embeddings();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".weft.v1.Embeddings.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".weft.v1.Embeddings.items: object expected");
                        message.items[i] = $root.weft.v1.Embedding.fromObject(object.items[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Embeddings message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Embeddings
             * @static
             * @param {weft.v1.Embeddings} message Embeddings
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Embeddings.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.weft.v1.Embedding.toObject(message.items[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Embeddings to JSON.
             * @function toJSON
             * @memberof weft.v1.Embeddings
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Embeddings.prototype.toJSON = function() {
                return Embeddings.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Embeddings
             * @function getTypeUrl
             * @memberof weft.v1.Embeddings
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Embeddings.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Embeddings";
            };

            return Embeddings;
        })();

        v1.RerankScore = (function() {

            /**
             * Properties of a RerankScore.
             * @typedef {Object} weft.v1.RerankScore.$Properties
             * @property {number|null} [index] RerankScore index
             * @property {number|null} [score] RerankScore score
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RerankScore.
             * @memberof weft.v1
             * @interface IRerankScore
             * @augments weft.v1.RerankScore.$Properties
             * @deprecated Use weft.v1.RerankScore.$Properties instead.
             */

            /**
             * Shape of a RerankScore.
             * @typedef {weft.v1.RerankScore.$Properties} weft.v1.RerankScore.$Shape
             */

            /**
             * Constructs a new RerankScore.
             * @memberof weft.v1
             * @classdesc Represents a RerankScore.
             * @constructor
             * @param {weft.v1.RerankScore.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RerankScore = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RerankScore index.
             * @member {number} index
             * @memberof weft.v1.RerankScore
             * @instance
             */
            RerankScore.prototype.index = 0;

            /**
             * RerankScore score.
             * @member {number} score
             * @memberof weft.v1.RerankScore
             * @instance
             */
            RerankScore.prototype.score = 0;

            /**
             * Creates a new RerankScore instance using the specified properties.
             * @function create
             * @memberof weft.v1.RerankScore
             * @static
             * @param {weft.v1.RerankScore.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RerankScore} RerankScore instance
             * @type {{
             *   (properties: weft.v1.RerankScore.$Shape): weft.v1.RerankScore & weft.v1.RerankScore.$Shape;
             *   (properties?: weft.v1.RerankScore.$Properties): weft.v1.RerankScore;
             * }}
             */
            RerankScore.create = function(properties) {
                return new RerankScore(properties);
            };

            /**
             * Encodes the specified RerankScore message. Does not implicitly {@link weft.v1.RerankScore.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RerankScore
             * @static
             * @param {weft.v1.RerankScore.$Properties} message RerankScore message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RerankScore.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.score != null && $Object.hasOwnProperty.call(message, "score") && !$Object.is(message.score, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.score);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RerankScore message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RerankScore
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RerankScore & weft.v1.RerankScore.$Shape} RerankScore
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RerankScore.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RerankScore();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.score = value;
                            else
                                delete message.score;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RerankScore message.
             * @function verify
             * @memberof weft.v1.RerankScore
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RerankScore.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    if (typeof message.score !== "number")
                        return "score: number expected";
                return null;
            };

            /**
             * Creates a RerankScore message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RerankScore
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RerankScore} RerankScore
             */
            RerankScore.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RerankScore)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RerankScore: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RerankScore();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.score != null)
                    if (!$Object.is($Number(object.score), 0))
                        message.score = $Number(object.score);
                return message;
            };

            /**
             * Creates a plain object from a RerankScore message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RerankScore
             * @static
             * @param {weft.v1.RerankScore} message RerankScore
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RerankScore.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.index = 0;
                    object.score = 0;
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.score != null && $Object.hasOwnProperty.call(message, "score"))
                    object.score = options.json && !$isFinite(message.score) ? $String(message.score) : message.score;
                return object;
            };

            /**
             * Converts this RerankScore to JSON.
             * @function toJSON
             * @memberof weft.v1.RerankScore
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RerankScore.prototype.toJSON = function() {
                return RerankScore.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RerankScore
             * @function getTypeUrl
             * @memberof weft.v1.RerankScore
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RerankScore.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RerankScore";
            };

            return RerankScore;
        })();

        v1.RerankScores = (function() {

            /**
             * Properties of a RerankScores.
             * @typedef {Object} weft.v1.RerankScores.$Properties
             * @property {Array.<weft.v1.RerankScore.$Properties>|null} [items] RerankScores items
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RerankScores.
             * @memberof weft.v1
             * @interface IRerankScores
             * @augments weft.v1.RerankScores.$Properties
             * @deprecated Use weft.v1.RerankScores.$Properties instead.
             */

            /**
             * Shape of a RerankScores.
             * @typedef {weft.v1.RerankScores.$Properties} weft.v1.RerankScores.$Shape
             */

            /**
             * Constructs a new RerankScores.
             * @memberof weft.v1
             * @classdesc Represents a RerankScores.
             * @constructor
             * @param {weft.v1.RerankScores.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RerankScores = function (properties) {
                this.items = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RerankScores items.
             * @member {Array.<weft.v1.RerankScore.$Properties>} items
             * @memberof weft.v1.RerankScores
             * @instance
             */
            RerankScores.prototype.items = $util.emptyArray;

            /**
             * Creates a new RerankScores instance using the specified properties.
             * @function create
             * @memberof weft.v1.RerankScores
             * @static
             * @param {weft.v1.RerankScores.$Properties=} [properties] Properties to set
             * @returns {weft.v1.RerankScores} RerankScores instance
             * @type {{
             *   (properties: weft.v1.RerankScores.$Shape): weft.v1.RerankScores & weft.v1.RerankScores.$Shape;
             *   (properties?: weft.v1.RerankScores.$Properties): weft.v1.RerankScores;
             * }}
             */
            RerankScores.create = function(properties) {
                return new RerankScores(properties);
            };

            /**
             * Encodes the specified RerankScores message. Does not implicitly {@link weft.v1.RerankScores.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.RerankScores
             * @static
             * @param {weft.v1.RerankScores.$Properties} message RerankScores message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RerankScores.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.items != null && message.items.length)
                    for (let i = 0; i < message.items.length; ++i)
                        $root.weft.v1.RerankScore.encode(message.items[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RerankScores message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.RerankScores
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.RerankScores & weft.v1.RerankScores.$Shape} RerankScores
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RerankScores.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.RerankScores();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.items && message.items.length))
                                message.items = [];
                            message.items.push($root.weft.v1.RerankScore.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RerankScores message.
             * @function verify
             * @memberof weft.v1.RerankScores
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RerankScores.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.items != null && $Object.hasOwnProperty.call(message, "items")) {
                    if (!$Array.isArray(message.items))
                        return "items: array expected";
                    for (let i = 0; i < message.items.length; ++i) {
                        let error = $root.weft.v1.RerankScore.verify(message.items[i], _depth + 1);
                        if (error)
                            return "items." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RerankScores message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.RerankScores
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.RerankScores} RerankScores
             */
            RerankScores.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.RerankScores)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.RerankScores: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.RerankScores();
                if (object.items) {
                    if (!$Array.isArray(object.items))
                        throw $TypeError(".weft.v1.RerankScores.items: array expected");
                    message.items = $Array(object.items.length);
                    for (let i = 0; i < object.items.length; ++i) {
                        if (!$util.isObject(object.items[i]))
                            throw $TypeError(".weft.v1.RerankScores.items: object expected");
                        message.items[i] = $root.weft.v1.RerankScore.fromObject(object.items[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a RerankScores message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.RerankScores
             * @static
             * @param {weft.v1.RerankScores} message RerankScores
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RerankScores.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.items = [];
                if (message.items && message.items.length) {
                    object.items = $Array(message.items.length);
                    for (let j = 0; j < message.items.length; ++j)
                        object.items[j] = $root.weft.v1.RerankScore.toObject(message.items[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this RerankScores to JSON.
             * @function toJSON
             * @memberof weft.v1.RerankScores
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RerankScores.prototype.toJSON = function() {
                return RerankScores.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RerankScores
             * @function getTypeUrl
             * @memberof weft.v1.RerankScores
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RerankScores.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.RerankScores";
            };

            return RerankScores;
        })();

        v1.AudioOutput = (function() {

            /**
             * Properties of an AudioOutput.
             * @typedef {Object} weft.v1.AudioOutput.$Properties
             * @property {Uint8Array|null} [data] AudioOutput data
             * @property {string|null} [format] AudioOutput format
             * @property {number|null} [sampleRate] AudioOutput sampleRate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AudioOutput.
             * @memberof weft.v1
             * @interface IAudioOutput
             * @augments weft.v1.AudioOutput.$Properties
             * @deprecated Use weft.v1.AudioOutput.$Properties instead.
             */

            /**
             * Shape of an AudioOutput.
             * @typedef {weft.v1.AudioOutput.$Properties} weft.v1.AudioOutput.$Shape
             */

            /**
             * Constructs a new AudioOutput.
             * @memberof weft.v1
             * @classdesc Represents an AudioOutput.
             * @constructor
             * @param {weft.v1.AudioOutput.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AudioOutput = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AudioOutput data.
             * @member {Uint8Array} data
             * @memberof weft.v1.AudioOutput
             * @instance
             */
            AudioOutput.prototype.data = $util.newBuffer([]);

            /**
             * AudioOutput format.
             * @member {string} format
             * @memberof weft.v1.AudioOutput
             * @instance
             */
            AudioOutput.prototype.format = "";

            /**
             * AudioOutput sampleRate.
             * @member {number} sampleRate
             * @memberof weft.v1.AudioOutput
             * @instance
             */
            AudioOutput.prototype.sampleRate = 0;

            /**
             * Creates a new AudioOutput instance using the specified properties.
             * @function create
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {weft.v1.AudioOutput.$Properties=} [properties] Properties to set
             * @returns {weft.v1.AudioOutput} AudioOutput instance
             * @type {{
             *   (properties: weft.v1.AudioOutput.$Shape): weft.v1.AudioOutput & weft.v1.AudioOutput.$Shape;
             *   (properties?: weft.v1.AudioOutput.$Properties): weft.v1.AudioOutput;
             * }}
             */
            AudioOutput.create = function(properties) {
                return new AudioOutput(properties);
            };

            /**
             * Encodes the specified AudioOutput message. Does not implicitly {@link weft.v1.AudioOutput.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {weft.v1.AudioOutput.$Properties} message AudioOutput message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AudioOutput.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate") && message.sampleRate !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.sampleRate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AudioOutput message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.AudioOutput & weft.v1.AudioOutput.$Shape} AudioOutput
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AudioOutput.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.AudioOutput();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.sampleRate = value;
                            else
                                delete message.sampleRate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an AudioOutput message.
             * @function verify
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AudioOutput.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    if (!$util.isInteger(message.sampleRate))
                        return "sampleRate: integer expected";
                return null;
            };

            /**
             * Creates an AudioOutput message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.AudioOutput} AudioOutput
             */
            AudioOutput.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.AudioOutput)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.AudioOutput: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.AudioOutput();
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.sampleRate != null)
                    if ($Number(object.sampleRate) !== 0)
                        message.sampleRate = object.sampleRate >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an AudioOutput message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {weft.v1.AudioOutput} message AudioOutput
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AudioOutput.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.format = "";
                    object.sampleRate = 0;
                }
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.sampleRate != null && $Object.hasOwnProperty.call(message, "sampleRate"))
                    object.sampleRate = message.sampleRate;
                return object;
            };

            /**
             * Converts this AudioOutput to JSON.
             * @function toJSON
             * @memberof weft.v1.AudioOutput
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AudioOutput.prototype.toJSON = function() {
                return AudioOutput.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AudioOutput
             * @function getTypeUrl
             * @memberof weft.v1.AudioOutput
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AudioOutput.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.AudioOutput";
            };

            return AudioOutput;
        })();

        v1.Final = (function() {

            /**
             * Properties of a Final.
             * @typedef {Object} weft.v1.Final.$Properties
             * @property {weft.v1.FinishReason|null} [finishReason] Final finishReason
             * @property {weft.v1.Usage.$Properties|null} [usage] Final usage
             * @property {weft.v1.EngineTiming.$Properties|null} [timing] Final timing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Final.
             * @memberof weft.v1
             * @interface IFinal
             * @augments weft.v1.Final.$Properties
             * @deprecated Use weft.v1.Final.$Properties instead.
             */

            /**
             * Shape of a Final.
             * @typedef {weft.v1.Final.$Properties} weft.v1.Final.$Shape
             */

            /**
             * Constructs a new Final.
             * @memberof weft.v1
             * @classdesc Represents a Final.
             * @constructor
             * @param {weft.v1.Final.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Final = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Final finishReason.
             * @member {weft.v1.FinishReason} finishReason
             * @memberof weft.v1.Final
             * @instance
             */
            Final.prototype.finishReason = 0;

            /**
             * Final usage.
             * @member {weft.v1.Usage.$Properties|null|undefined} usage
             * @memberof weft.v1.Final
             * @instance
             */
            Final.prototype.usage = null;

            /**
             * Final timing.
             * @member {weft.v1.EngineTiming.$Properties|null|undefined} timing
             * @memberof weft.v1.Final
             * @instance
             */
            Final.prototype.timing = null;

            /**
             * Creates a new Final instance using the specified properties.
             * @function create
             * @memberof weft.v1.Final
             * @static
             * @param {weft.v1.Final.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Final} Final instance
             * @type {{
             *   (properties: weft.v1.Final.$Shape): weft.v1.Final & weft.v1.Final.$Shape;
             *   (properties?: weft.v1.Final.$Properties): weft.v1.Final;
             * }}
             */
            Final.create = function(properties) {
                return new Final(properties);
            };

            /**
             * Encodes the specified Final message. Does not implicitly {@link weft.v1.Final.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Final
             * @static
             * @param {weft.v1.Final.$Properties} message Final message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Final.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason") && message.finishReason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.finishReason);
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                    $root.weft.v1.Usage.encode(message.usage, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.timing != null && $Object.hasOwnProperty.call(message, "timing"))
                    $root.weft.v1.EngineTiming.encode(message.timing, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Final message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Final
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Final & weft.v1.Final.$Shape} Final
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Final.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Final();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.finishReason = value;
                            else
                                delete message.finishReason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.usage = $root.weft.v1.Usage.decode(reader, reader.size(), $undefined, _depth + 1, message.usage);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.timing = $root.weft.v1.EngineTiming.decode(reader, reader.size(), $undefined, _depth + 1, message.timing);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Final message.
             * @function verify
             * @memberof weft.v1.Final
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Final.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason"))
                    if (typeof message.finishReason !== "number" || (message.finishReason | 0) !== message.finishReason)
                        return "finishReason: enum value expected";
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage")) {
                    let error = $root.weft.v1.Usage.verify(message.usage, _depth + 1);
                    if (error)
                        return "usage." + error;
                }
                if (message.timing != null && $Object.hasOwnProperty.call(message, "timing")) {
                    let error = $root.weft.v1.EngineTiming.verify(message.timing, _depth + 1);
                    if (error)
                        return "timing." + error;
                }
                return null;
            };

            /**
             * Creates a Final message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Final
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Final} Final
             */
            Final.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Final)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Final: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Final();
                if (object.finishReason !== 0 && (typeof object.finishReason !== "string" || $root.weft.v1.FinishReason[object.finishReason] !== 0))
                    switch (object.finishReason) {
                    case "FINISH_REASON_UNSPECIFIED":
                    case 0:
                        message.finishReason = 0;
                        break;
                    case "FINISH_REASON_STOP":
                    case 1:
                        message.finishReason = 1;
                        break;
                    case "FINISH_REASON_LENGTH":
                    case 2:
                        message.finishReason = 2;
                        break;
                    case "FINISH_REASON_CANCELLED":
                    case 3:
                        message.finishReason = 3;
                        break;
                    case "FINISH_REASON_TOOL_CALLS":
                    case 4:
                        message.finishReason = 4;
                        break;
                    default:
                        if (typeof object.finishReason === "number" && (object.finishReason | 0) === object.finishReason)
                            message.finishReason = object.finishReason;
                    }
                if (object.usage != null) {
                    if (!$util.isObject(object.usage))
                        throw $TypeError(".weft.v1.Final.usage: object expected");
                    message.usage = $root.weft.v1.Usage.fromObject(object.usage, _depth + 1);
                }
                if (object.timing != null) {
                    if (!$util.isObject(object.timing))
                        throw $TypeError(".weft.v1.Final.timing: object expected");
                    message.timing = $root.weft.v1.EngineTiming.fromObject(object.timing, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Final message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Final
             * @static
             * @param {weft.v1.Final} message Final
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Final.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.finishReason = options.enums === $String ? "FINISH_REASON_UNSPECIFIED" : 0;
                    object.usage = null;
                    object.timing = null;
                }
                if (message.finishReason != null && $Object.hasOwnProperty.call(message, "finishReason"))
                    object.finishReason = options.enums === $String ? $root.weft.v1.FinishReason[message.finishReason] === $undefined ? message.finishReason : $root.weft.v1.FinishReason[message.finishReason] : message.finishReason;
                if (message.usage != null && $Object.hasOwnProperty.call(message, "usage"))
                    object.usage = $root.weft.v1.Usage.toObject(message.usage, options, _depth + 1);
                if (message.timing != null && $Object.hasOwnProperty.call(message, "timing"))
                    object.timing = $root.weft.v1.EngineTiming.toObject(message.timing, options, _depth + 1);
                return object;
            };

            /**
             * Converts this Final to JSON.
             * @function toJSON
             * @memberof weft.v1.Final
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Final.prototype.toJSON = function() {
                return Final.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Final
             * @function getTypeUrl
             * @memberof weft.v1.Final
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Final.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Final";
            };

            return Final;
        })();

        v1.GenerateChunk = (function() {

            /**
             * Properties of a GenerateChunk.
             * @typedef {Object} weft.v1.GenerateChunk.$Properties
             * @property {weft.v1.TextDelta.$Properties|null} [delta] GenerateChunk delta
             * @property {weft.v1.ToolCallDelta.$Properties|null} [toolCall] GenerateChunk toolCall
             * @property {weft.v1.Embeddings.$Properties|null} [embeddings] GenerateChunk embeddings
             * @property {weft.v1.AudioOutput.$Properties|null} [audio] GenerateChunk audio
             * @property {weft.v1.SpeechProbabilities.$Properties|null} [speech] GenerateChunk speech
             * @property {weft.v1.RerankScores.$Properties|null} [scores] GenerateChunk scores
             * @property {weft.v1.Final.$Properties|null} [final] GenerateChunk final
             * @property {"delta"|"toolCall"|"embeddings"|"audio"|"speech"|"scores"} [output] GenerateChunk output
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateChunk.
             * @memberof weft.v1
             * @interface IGenerateChunk
             * @augments weft.v1.GenerateChunk.$Properties
             * @deprecated Use weft.v1.GenerateChunk.$Properties instead.
             */

            /**
             * Narrowed shape of a GenerateChunk.
             * @typedef {{
             *   delta?: weft.v1.TextDelta.$Shape|null;
             *   toolCall?: weft.v1.ToolCallDelta.$Shape|null;
             *   embeddings?: weft.v1.Embeddings.$Shape|null;
             *   audio?: weft.v1.AudioOutput.$Shape|null;
             *   speech?: weft.v1.SpeechProbabilities.$Shape|null;
             *   scores?: weft.v1.RerankScores.$Shape|null;
             *   final?: weft.v1.Final.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ output?: undefined; delta?: null; toolCall?: null; embeddings?: null; audio?: null; speech?: null; scores?: null }|{ output?: "delta"; delta: weft.v1.TextDelta.$Shape; toolCall?: null; embeddings?: null; audio?: null; speech?: null; scores?: null }|{ output?: "toolCall"; delta?: null; toolCall: weft.v1.ToolCallDelta.$Shape; embeddings?: null; audio?: null; speech?: null; scores?: null }|{ output?: "embeddings"; delta?: null; toolCall?: null; embeddings: weft.v1.Embeddings.$Shape; audio?: null; speech?: null; scores?: null }|{ output?: "audio"; delta?: null; toolCall?: null; embeddings?: null; audio: weft.v1.AudioOutput.$Shape; speech?: null; scores?: null }|{ output?: "speech"; delta?: null; toolCall?: null; embeddings?: null; audio?: null; speech: weft.v1.SpeechProbabilities.$Shape; scores?: null }|{ output?: "scores"; delta?: null; toolCall?: null; embeddings?: null; audio?: null; speech?: null; scores: weft.v1.RerankScores.$Shape })
             * )} weft.v1.GenerateChunk.$Shape
             */

            /**
             * Constructs a new GenerateChunk.
             * @memberof weft.v1
             * @classdesc Represents a GenerateChunk.
             * @constructor
             * @param {weft.v1.GenerateChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerateChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GenerateChunk delta.
             * @member {weft.v1.TextDelta.$Properties|null|undefined} delta
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.delta = null;

            /**
             * GenerateChunk toolCall.
             * @member {weft.v1.ToolCallDelta.$Properties|null|undefined} toolCall
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.toolCall = null;

            /**
             * GenerateChunk embeddings.
             * @member {weft.v1.Embeddings.$Properties|null|undefined} embeddings
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.embeddings = null;

            /**
             * GenerateChunk audio.
             * @member {weft.v1.AudioOutput.$Properties|null|undefined} audio
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.audio = null;

            /**
             * GenerateChunk speech.
             * @member {weft.v1.SpeechProbabilities.$Properties|null|undefined} speech
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.speech = null;

            /**
             * GenerateChunk scores.
             * @member {weft.v1.RerankScores.$Properties|null|undefined} scores
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.scores = null;

            /**
             * GenerateChunk final.
             * @member {weft.v1.Final.$Properties|null|undefined} final
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            GenerateChunk.prototype.final = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GenerateChunk output.
             * @member {"delta"|"toolCall"|"embeddings"|"audio"|"speech"|"scores"|undefined} output
             * @memberof weft.v1.GenerateChunk
             * @instance
             */
            $Object.defineProperty(GenerateChunk.prototype, "output", {
                get: $util.oneOfGetter($oneOfFields = ["delta", "toolCall", "embeddings", "audio", "speech", "scores"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GenerateChunk instance using the specified properties.
             * @function create
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {weft.v1.GenerateChunk.$Properties=} [properties] Properties to set
             * @returns {weft.v1.GenerateChunk} GenerateChunk instance
             * @type {{
             *   (properties: weft.v1.GenerateChunk.$Shape): weft.v1.GenerateChunk & weft.v1.GenerateChunk.$Shape;
             *   (properties?: weft.v1.GenerateChunk.$Properties): weft.v1.GenerateChunk;
             * }}
             */
            GenerateChunk.create = function(properties) {
                return new GenerateChunk(properties);
            };

            /**
             * Encodes the specified GenerateChunk message. Does not implicitly {@link weft.v1.GenerateChunk.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {weft.v1.GenerateChunk.$Properties} message GenerateChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.delta != null && $Object.hasOwnProperty.call(message, "delta"))
                    $root.weft.v1.TextDelta.encode(message.delta, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.toolCall != null && $Object.hasOwnProperty.call(message, "toolCall"))
                    $root.weft.v1.ToolCallDelta.encode(message.toolCall, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.embeddings != null && $Object.hasOwnProperty.call(message, "embeddings"))
                    $root.weft.v1.Embeddings.encode(message.embeddings, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio"))
                    $root.weft.v1.AudioOutput.encode(message.audio, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    $root.weft.v1.Final.encode(message.final, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.speech != null && $Object.hasOwnProperty.call(message, "speech"))
                    $root.weft.v1.SpeechProbabilities.encode(message.speech, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores"))
                    $root.weft.v1.RerankScores.encode(message.scores, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GenerateChunk message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.GenerateChunk & weft.v1.GenerateChunk.$Shape} GenerateChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.GenerateChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.delta = $root.weft.v1.TextDelta.decode(reader, reader.size(), $undefined, _depth + 1, message.delta);
                            message.output = "delta";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.toolCall = $root.weft.v1.ToolCallDelta.decode(reader, reader.size(), $undefined, _depth + 1, message.toolCall);
                            message.output = "toolCall";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.embeddings = $root.weft.v1.Embeddings.decode(reader, reader.size(), $undefined, _depth + 1, message.embeddings);
                            message.output = "embeddings";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.audio = $root.weft.v1.AudioOutput.decode(reader, reader.size(), $undefined, _depth + 1, message.audio);
                            message.output = "audio";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.speech = $root.weft.v1.SpeechProbabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.speech);
                            message.output = "speech";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.scores = $root.weft.v1.RerankScores.decode(reader, reader.size(), $undefined, _depth + 1, message.scores);
                            message.output = "scores";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.final = $root.weft.v1.Final.decode(reader, reader.size(), $undefined, _depth + 1, message.final);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GenerateChunk message.
             * @function verify
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GenerateChunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.delta != null && $Object.hasOwnProperty.call(message, "delta")) {
                    properties.output = 1;
                    {
                        let error = $root.weft.v1.TextDelta.verify(message.delta, _depth + 1);
                        if (error)
                            return "delta." + error;
                    }
                }
                if (message.toolCall != null && $Object.hasOwnProperty.call(message, "toolCall")) {
                    if (properties.output === 1)
                        return "output: multiple values";
                    properties.output = 1;
                    {
                        let error = $root.weft.v1.ToolCallDelta.verify(message.toolCall, _depth + 1);
                        if (error)
                            return "toolCall." + error;
                    }
                }
                if (message.embeddings != null && $Object.hasOwnProperty.call(message, "embeddings")) {
                    if (properties.output === 1)
                        return "output: multiple values";
                    properties.output = 1;
                    {
                        let error = $root.weft.v1.Embeddings.verify(message.embeddings, _depth + 1);
                        if (error)
                            return "embeddings." + error;
                    }
                }
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio")) {
                    if (properties.output === 1)
                        return "output: multiple values";
                    properties.output = 1;
                    {
                        let error = $root.weft.v1.AudioOutput.verify(message.audio, _depth + 1);
                        if (error)
                            return "audio." + error;
                    }
                }
                if (message.speech != null && $Object.hasOwnProperty.call(message, "speech")) {
                    if (properties.output === 1)
                        return "output: multiple values";
                    properties.output = 1;
                    {
                        let error = $root.weft.v1.SpeechProbabilities.verify(message.speech, _depth + 1);
                        if (error)
                            return "speech." + error;
                    }
                }
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores")) {
                    if (properties.output === 1)
                        return "output: multiple values";
                    properties.output = 1;
                    {
                        let error = $root.weft.v1.RerankScores.verify(message.scores, _depth + 1);
                        if (error)
                            return "scores." + error;
                    }
                }
                if (message.final != null && $Object.hasOwnProperty.call(message, "final")) {
                    let error = $root.weft.v1.Final.verify(message.final, _depth + 1);
                    if (error)
                        return "final." + error;
                }
                return null;
            };

            /**
             * Creates a GenerateChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.GenerateChunk} GenerateChunk
             */
            GenerateChunk.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.GenerateChunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.GenerateChunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.GenerateChunk();
                if (object.delta != null) {
                    if (!$util.isObject(object.delta))
                        throw $TypeError(".weft.v1.GenerateChunk.delta: object expected");
                    message.delta = $root.weft.v1.TextDelta.fromObject(object.delta, _depth + 1);
                }
                if (object.toolCall != null) {
                    if (!$util.isObject(object.toolCall))
                        throw $TypeError(".weft.v1.GenerateChunk.toolCall: object expected");
                    message.toolCall = $root.weft.v1.ToolCallDelta.fromObject(object.toolCall, _depth + 1);
                }
                if (object.embeddings != null) {
                    if (!$util.isObject(object.embeddings))
                        throw $TypeError(".weft.v1.GenerateChunk.embeddings: object expected");
                    message.embeddings = $root.weft.v1.Embeddings.fromObject(object.embeddings, _depth + 1);
                }
                if (object.audio != null) {
                    if (!$util.isObject(object.audio))
                        throw $TypeError(".weft.v1.GenerateChunk.audio: object expected");
                    message.audio = $root.weft.v1.AudioOutput.fromObject(object.audio, _depth + 1);
                }
                if (object.speech != null) {
                    if (!$util.isObject(object.speech))
                        throw $TypeError(".weft.v1.GenerateChunk.speech: object expected");
                    message.speech = $root.weft.v1.SpeechProbabilities.fromObject(object.speech, _depth + 1);
                }
                if (object.scores != null) {
                    if (!$util.isObject(object.scores))
                        throw $TypeError(".weft.v1.GenerateChunk.scores: object expected");
                    message.scores = $root.weft.v1.RerankScores.fromObject(object.scores, _depth + 1);
                }
                if (object.final != null) {
                    if (!$util.isObject(object.final))
                        throw $TypeError(".weft.v1.GenerateChunk.final: object expected");
                    message.final = $root.weft.v1.Final.fromObject(object.final, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a GenerateChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {weft.v1.GenerateChunk} message GenerateChunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateChunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.final = null;
                if (message.delta != null && $Object.hasOwnProperty.call(message, "delta")) {
                    object.delta = $root.weft.v1.TextDelta.toObject(message.delta, options, _depth + 1);
                    if (options.oneofs)
                        object.output = "delta";
                }
                if (message.toolCall != null && $Object.hasOwnProperty.call(message, "toolCall")) {
                    object.toolCall = $root.weft.v1.ToolCallDelta.toObject(message.toolCall, options, _depth + 1);
                    if (options.oneofs)
                        object.output = "toolCall";
                }
                if (message.embeddings != null && $Object.hasOwnProperty.call(message, "embeddings")) {
                    object.embeddings = $root.weft.v1.Embeddings.toObject(message.embeddings, options, _depth + 1);
                    if (options.oneofs)
                        object.output = "embeddings";
                }
                if (message.audio != null && $Object.hasOwnProperty.call(message, "audio")) {
                    object.audio = $root.weft.v1.AudioOutput.toObject(message.audio, options, _depth + 1);
                    if (options.oneofs)
                        object.output = "audio";
                }
                if (message.final != null && $Object.hasOwnProperty.call(message, "final"))
                    object.final = $root.weft.v1.Final.toObject(message.final, options, _depth + 1);
                if (message.speech != null && $Object.hasOwnProperty.call(message, "speech")) {
                    object.speech = $root.weft.v1.SpeechProbabilities.toObject(message.speech, options, _depth + 1);
                    if (options.oneofs)
                        object.output = "speech";
                }
                if (message.scores != null && $Object.hasOwnProperty.call(message, "scores")) {
                    object.scores = $root.weft.v1.RerankScores.toObject(message.scores, options, _depth + 1);
                    if (options.oneofs)
                        object.output = "scores";
                }
                return object;
            };

            /**
             * Converts this GenerateChunk to JSON.
             * @function toJSON
             * @memberof weft.v1.GenerateChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateChunk.prototype.toJSON = function() {
                return GenerateChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateChunk
             * @function getTypeUrl
             * @memberof weft.v1.GenerateChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.GenerateChunk";
            };

            return GenerateChunk;
        })();

        /**
         * ErrorCode enum.
         * @name weft.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_INVALID_REQUEST=1 ERROR_CODE_INVALID_REQUEST value
         * @property {number} ERROR_CODE_MODEL_NOT_FOUND=2 ERROR_CODE_MODEL_NOT_FOUND value
         * @property {number} ERROR_CODE_NO_CAPACITY=3 ERROR_CODE_NO_CAPACITY value
         * @property {number} ERROR_CODE_DEADLINE_EXCEEDED=4 ERROR_CODE_DEADLINE_EXCEEDED value
         * @property {number} ERROR_CODE_EXECUTOR_FAILED=5 ERROR_CODE_EXECUTOR_FAILED value
         * @property {number} ERROR_CODE_CANCELLED=6 ERROR_CODE_CANCELLED value
         * @property {number} ERROR_CODE_QUEUE_FULL=7 ERROR_CODE_QUEUE_FULL value
         * @property {number} ERROR_CODE_INTERNAL=8 ERROR_CODE_INTERNAL value
         * @property {number} ERROR_CODE_CONTEXT_LENGTH_EXCEEDED=9 ERROR_CODE_CONTEXT_LENGTH_EXCEEDED value
         * @property {number} ERROR_CODE_INSUFFICIENT_MEMORY=10 ERROR_CODE_INSUFFICIENT_MEMORY value
         * @property {number} ERROR_CODE_UNSUPPORTED=11 ERROR_CODE_UNSUPPORTED value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_INVALID_REQUEST"] = 1;
            values[valuesById[2] = "ERROR_CODE_MODEL_NOT_FOUND"] = 2;
            values[valuesById[3] = "ERROR_CODE_NO_CAPACITY"] = 3;
            values[valuesById[4] = "ERROR_CODE_DEADLINE_EXCEEDED"] = 4;
            values[valuesById[5] = "ERROR_CODE_EXECUTOR_FAILED"] = 5;
            values[valuesById[6] = "ERROR_CODE_CANCELLED"] = 6;
            values[valuesById[7] = "ERROR_CODE_QUEUE_FULL"] = 7;
            values[valuesById[8] = "ERROR_CODE_INTERNAL"] = 8;
            values[valuesById[9] = "ERROR_CODE_CONTEXT_LENGTH_EXCEEDED"] = 9;
            values[valuesById[10] = "ERROR_CODE_INSUFFICIENT_MEMORY"] = 10;
            values[valuesById[11] = "ERROR_CODE_UNSUPPORTED"] = 11;
            return values;
        })();

        v1.ErrorInfo = (function() {

            /**
             * Properties of an ErrorInfo.
             * @typedef {Object} weft.v1.ErrorInfo.$Properties
             * @property {weft.v1.ErrorCode|null} [code] ErrorInfo code
             * @property {string|null} [message] ErrorInfo message
             * @property {number|null} [retryAfterS] ErrorInfo retryAfterS
             * @property {boolean|null} [retryable] ErrorInfo retryable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorInfo.
             * @memberof weft.v1
             * @interface IErrorInfo
             * @augments weft.v1.ErrorInfo.$Properties
             * @deprecated Use weft.v1.ErrorInfo.$Properties instead.
             */

            /**
             * Shape of an ErrorInfo.
             * @typedef {weft.v1.ErrorInfo.$Properties} weft.v1.ErrorInfo.$Shape
             */

            /**
             * Constructs a new ErrorInfo.
             * @memberof weft.v1
             * @classdesc Represents an ErrorInfo.
             * @constructor
             * @param {weft.v1.ErrorInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorInfo code.
             * @member {weft.v1.ErrorCode} code
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.code = 0;

            /**
             * ErrorInfo message.
             * @member {string} message
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.message = "";

            /**
             * ErrorInfo retryAfterS.
             * @member {number} retryAfterS
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.retryAfterS = 0;

            /**
             * ErrorInfo retryable.
             * @member {boolean} retryable
             * @memberof weft.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.retryable = false;

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @function create
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ErrorInfo} ErrorInfo instance
             * @type {{
             *   (properties: weft.v1.ErrorInfo.$Shape): weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape;
             *   (properties?: weft.v1.ErrorInfo.$Properties): weft.v1.ErrorInfo;
             * }}
             */
            ErrorInfo.create = function(properties) {
                return new ErrorInfo(properties);
            };

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link weft.v1.ErrorInfo.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo.$Properties} message ErrorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.retryAfterS != null && $Object.hasOwnProperty.call(message, "retryAfterS") && message.retryAfterS !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.retryAfterS);
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable") && message.retryable !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.retryable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ErrorInfo & weft.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ErrorInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retryAfterS = value;
                            else
                                delete message.retryAfterS;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.retryable = value;
                            else
                                delete message.retryable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ErrorInfo message.
             * @function verify
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ErrorInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.retryAfterS != null && $Object.hasOwnProperty.call(message, "retryAfterS"))
                    if (!$util.isInteger(message.retryAfterS))
                        return "retryAfterS: integer expected";
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    if (typeof message.retryable !== "boolean")
                        return "retryable: boolean expected";
                return null;
            };

            /**
             * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ErrorInfo} ErrorInfo
             */
            ErrorInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ErrorInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ErrorInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ErrorInfo();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.weft.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_CODE_INVALID_REQUEST":
                    case 1:
                        message.code = 1;
                        break;
                    case "ERROR_CODE_MODEL_NOT_FOUND":
                    case 2:
                        message.code = 2;
                        break;
                    case "ERROR_CODE_NO_CAPACITY":
                    case 3:
                        message.code = 3;
                        break;
                    case "ERROR_CODE_DEADLINE_EXCEEDED":
                    case 4:
                        message.code = 4;
                        break;
                    case "ERROR_CODE_EXECUTOR_FAILED":
                    case 5:
                        message.code = 5;
                        break;
                    case "ERROR_CODE_CANCELLED":
                    case 6:
                        message.code = 6;
                        break;
                    case "ERROR_CODE_QUEUE_FULL":
                    case 7:
                        message.code = 7;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 8:
                        message.code = 8;
                        break;
                    case "ERROR_CODE_CONTEXT_LENGTH_EXCEEDED":
                    case 9:
                        message.code = 9;
                        break;
                    case "ERROR_CODE_INSUFFICIENT_MEMORY":
                    case 10:
                        message.code = 10;
                        break;
                    case "ERROR_CODE_UNSUPPORTED":
                    case 11:
                        message.code = 11;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.retryAfterS != null)
                    if ($Number(object.retryAfterS) !== 0)
                        message.retryAfterS = object.retryAfterS >>> 0;
                if (object.retryable != null)
                    if (object.retryable)
                        message.retryable = $Boolean(object.retryable);
                return message;
            };

            /**
             * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {weft.v1.ErrorInfo} message ErrorInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.retryAfterS = 0;
                    object.retryable = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.weft.v1.ErrorCode[message.code] === $undefined ? message.code : $root.weft.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.retryAfterS != null && $Object.hasOwnProperty.call(message, "retryAfterS"))
                    object.retryAfterS = message.retryAfterS;
                if (message.retryable != null && $Object.hasOwnProperty.call(message, "retryable"))
                    object.retryable = message.retryable;
                return object;
            };

            /**
             * Converts this ErrorInfo to JSON.
             * @function toJSON
             * @memberof weft.v1.ErrorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorInfo.prototype.toJSON = function() {
                return ErrorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorInfo
             * @function getTypeUrl
             * @memberof weft.v1.ErrorInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ErrorInfo";
            };

            return ErrorInfo;
        })();

        /**
         * DeviceKind enum.
         * @name weft.v1.DeviceKind
         * @enum {number}
         * @property {number} DEVICE_KIND_UNSPECIFIED=0 DEVICE_KIND_UNSPECIFIED value
         * @property {number} DEVICE_KIND_CPU=1 DEVICE_KIND_CPU value
         * @property {number} DEVICE_KIND_NVIDIA=2 DEVICE_KIND_NVIDIA value
         * @property {number} DEVICE_KIND_ASCEND=3 DEVICE_KIND_ASCEND value
         */
        v1.DeviceKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEVICE_KIND_CPU"] = 1;
            values[valuesById[2] = "DEVICE_KIND_NVIDIA"] = 2;
            values[valuesById[3] = "DEVICE_KIND_ASCEND"] = 3;
            return values;
        })();

        /**
         * DeviceSource enum.
         * @name weft.v1.DeviceSource
         * @enum {number}
         * @property {number} DEVICE_SOURCE_UNSPECIFIED=0 DEVICE_SOURCE_UNSPECIFIED value
         * @property {number} DEVICE_SOURCE_DETECTED=1 DEVICE_SOURCE_DETECTED value
         * @property {number} DEVICE_SOURCE_DECLARED=2 DEVICE_SOURCE_DECLARED value
         */
        v1.DeviceSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEVICE_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DEVICE_SOURCE_DETECTED"] = 1;
            values[valuesById[2] = "DEVICE_SOURCE_DECLARED"] = 2;
            return values;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @typedef {Object} weft.v1.Device.$Properties
             * @property {weft.v1.DeviceKind|null} [kind] Device kind
             * @property {weft.v1.DeviceSource|null} [source] Device source
             * @property {number|null} [index] Device index
             * @property {string|null} [name] Device name
             * @property {number|null} [memoryTotalBytes] Device memoryTotalBytes
             * @property {number|null} [memoryFreeBytes] Device memoryFreeBytes
             * @property {number|null} [cores] Device cores
             * @property {string|null} [simd] Device simd
             * @property {string|null} [computeCapability] Device computeCapability
             * @property {Array.<weft.v1.EngineSupport.$Properties>|null} [engines] Device engines
             * @property {string|null} [uuid] Device uuid
             * @property {string|null} [driver] Device driver
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Device.
             * @memberof weft.v1
             * @interface IDevice
             * @augments weft.v1.Device.$Properties
             * @deprecated Use weft.v1.Device.$Properties instead.
             */

            /**
             * Shape of a Device.
             * @typedef {weft.v1.Device.$Properties} weft.v1.Device.$Shape
             */

            /**
             * Constructs a new Device.
             * @memberof weft.v1
             * @classdesc Represents a Device.
             * @constructor
             * @param {weft.v1.Device.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Device = function (properties) {
                this.engines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Device kind.
             * @member {weft.v1.DeviceKind} kind
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.kind = 0;

            /**
             * Device source.
             * @member {weft.v1.DeviceSource} source
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.source = 0;

            /**
             * Device index.
             * @member {number} index
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.index = 0;

            /**
             * Device name.
             * @member {string} name
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.name = "";

            /**
             * Device memoryTotalBytes.
             * @member {number} memoryTotalBytes
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Device memoryFreeBytes.
             * @member {number} memoryFreeBytes
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.memoryFreeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Device cores.
             * @member {number} cores
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.cores = 0;

            /**
             * Device simd.
             * @member {string} simd
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.simd = "";

            /**
             * Device computeCapability.
             * @member {string} computeCapability
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.computeCapability = "";

            /**
             * Device engines.
             * @member {Array.<weft.v1.EngineSupport.$Properties>} engines
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.engines = $util.emptyArray;

            /**
             * Device uuid.
             * @member {string} uuid
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.uuid = "";

            /**
             * Device driver.
             * @member {string} driver
             * @memberof weft.v1.Device
             * @instance
             */
            Device.prototype.driver = "";

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof weft.v1.Device
             * @static
             * @param {weft.v1.Device.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Device} Device instance
             * @type {{
             *   (properties: weft.v1.Device.$Shape): weft.v1.Device & weft.v1.Device.$Shape;
             *   (properties?: weft.v1.Device.$Properties): weft.v1.Device;
             * }}
             */
            Device.create = function(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link weft.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Device
             * @static
             * @param {weft.v1.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.source);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.index);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.name);
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryTotalBytes);
                if (message.memoryFreeBytes != null && $Object.hasOwnProperty.call(message, "memoryFreeBytes") && (typeof message.memoryFreeBytes === "object" ? message.memoryFreeBytes.low || message.memoryFreeBytes.high : message.memoryFreeBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memoryFreeBytes);
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores") && message.cores !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.cores);
                if (message.simd != null && $Object.hasOwnProperty.call(message, "simd") && message.simd !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.simd);
                if (message.computeCapability != null && $Object.hasOwnProperty.call(message, "computeCapability") && message.computeCapability !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.computeCapability);
                if (message.engines != null && message.engines.length)
                    for (let i = 0; i < message.engines.length; ++i)
                        $root.weft.v1.EngineSupport.encode(message.engines[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid") && message.uuid !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.uuid);
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver") && message.driver !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.driver);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Device & weft.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Device();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryTotalBytes = value;
                            else
                                delete message.memoryTotalBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryFreeBytes = value;
                            else
                                delete message.memoryFreeBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cores = value;
                            else
                                delete message.cores;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.simd = value;
                            else
                                delete message.simd;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.computeCapability = value;
                            else
                                delete message.computeCapability;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.engines && message.engines.length))
                                message.engines = [];
                            message.engines.push($root.weft.v1.EngineSupport.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.uuid = value;
                            else
                                delete message.uuid;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.driver = value;
                            else
                                delete message.driver;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Device message.
             * @function verify
             * @memberof weft.v1.Device
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Device.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (typeof message.source !== "number" || (message.source | 0) !== message.source)
                        return "source: enum value expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (!$util.isInteger(message.memoryTotalBytes) && !(message.memoryTotalBytes && $util.isInteger(message.memoryTotalBytes.low) && $util.isInteger(message.memoryTotalBytes.high)))
                        return "memoryTotalBytes: integer|Long expected";
                if (message.memoryFreeBytes != null && $Object.hasOwnProperty.call(message, "memoryFreeBytes"))
                    if (!$util.isInteger(message.memoryFreeBytes) && !(message.memoryFreeBytes && $util.isInteger(message.memoryFreeBytes.low) && $util.isInteger(message.memoryFreeBytes.high)))
                        return "memoryFreeBytes: integer|Long expected";
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores"))
                    if (!$util.isInteger(message.cores))
                        return "cores: integer expected";
                if (message.simd != null && $Object.hasOwnProperty.call(message, "simd"))
                    if (!$util.isString(message.simd))
                        return "simd: string expected";
                if (message.computeCapability != null && $Object.hasOwnProperty.call(message, "computeCapability"))
                    if (!$util.isString(message.computeCapability))
                        return "computeCapability: string expected";
                if (message.engines != null && $Object.hasOwnProperty.call(message, "engines")) {
                    if (!$Array.isArray(message.engines))
                        return "engines: array expected";
                    for (let i = 0; i < message.engines.length; ++i) {
                        let error = $root.weft.v1.EngineSupport.verify(message.engines[i], _depth + 1);
                        if (error)
                            return "engines." + error;
                    }
                }
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                    if (!$util.isString(message.uuid))
                        return "uuid: string expected";
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    if (!$util.isString(message.driver))
                        return "driver: string expected";
                return null;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Device
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Device} Device
             */
            Device.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Device)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Device: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Device();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.weft.v1.DeviceKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "DEVICE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DEVICE_KIND_CPU":
                    case 1:
                        message.kind = 1;
                        break;
                    case "DEVICE_KIND_NVIDIA":
                    case 2:
                        message.kind = 2;
                        break;
                    case "DEVICE_KIND_ASCEND":
                    case 3:
                        message.kind = 3;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.source !== 0 && (typeof object.source !== "string" || $root.weft.v1.DeviceSource[object.source] !== 0))
                    switch (object.source) {
                    case "DEVICE_SOURCE_UNSPECIFIED":
                    case 0:
                        message.source = 0;
                        break;
                    case "DEVICE_SOURCE_DETECTED":
                    case 1:
                        message.source = 1;
                        break;
                    case "DEVICE_SOURCE_DECLARED":
                    case 2:
                        message.source = 2;
                        break;
                    default:
                        if (typeof object.source === "number" && (object.source | 0) === object.source)
                            message.source = object.source;
                    }
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.memoryTotalBytes != null)
                    if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                        if ($util.Long)
                            message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                        else if (typeof object.memoryTotalBytes === "string")
                            message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                        else if (typeof object.memoryTotalBytes === "number")
                            message.memoryTotalBytes = object.memoryTotalBytes;
                        else if (typeof object.memoryTotalBytes === "object")
                            message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                if (object.memoryFreeBytes != null)
                    if (typeof object.memoryFreeBytes === "object" ? object.memoryFreeBytes.low || object.memoryFreeBytes.high : $Number(object.memoryFreeBytes) !== 0)
                        if ($util.Long)
                            message.memoryFreeBytes = $util.Long.fromValue(object.memoryFreeBytes, true);
                        else if (typeof object.memoryFreeBytes === "string")
                            message.memoryFreeBytes = $parseInt(object.memoryFreeBytes, 10);
                        else if (typeof object.memoryFreeBytes === "number")
                            message.memoryFreeBytes = object.memoryFreeBytes;
                        else if (typeof object.memoryFreeBytes === "object")
                            message.memoryFreeBytes = new $util.LongBits(object.memoryFreeBytes.low >>> 0, object.memoryFreeBytes.high >>> 0).toNumber(true);
                if (object.cores != null)
                    if ($Number(object.cores) !== 0)
                        message.cores = object.cores >>> 0;
                if (object.simd != null)
                    if (typeof object.simd !== "string" || object.simd.length)
                        message.simd = $String(object.simd);
                if (object.computeCapability != null)
                    if (typeof object.computeCapability !== "string" || object.computeCapability.length)
                        message.computeCapability = $String(object.computeCapability);
                if (object.engines) {
                    if (!$Array.isArray(object.engines))
                        throw $TypeError(".weft.v1.Device.engines: array expected");
                    message.engines = $Array(object.engines.length);
                    for (let i = 0; i < object.engines.length; ++i) {
                        if (!$util.isObject(object.engines[i]))
                            throw $TypeError(".weft.v1.Device.engines: object expected");
                        message.engines[i] = $root.weft.v1.EngineSupport.fromObject(object.engines[i], _depth + 1);
                    }
                }
                if (object.uuid != null)
                    if (typeof object.uuid !== "string" || object.uuid.length)
                        message.uuid = $String(object.uuid);
                if (object.driver != null)
                    if (typeof object.driver !== "string" || object.driver.length)
                        message.driver = $String(object.driver);
                return message;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Device
             * @static
             * @param {weft.v1.Device} message Device
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.engines = [];
                if (options.defaults) {
                    object.kind = options.enums === $String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    object.source = options.enums === $String ? "DEVICE_SOURCE_UNSPECIFIED" : 0;
                    object.index = 0;
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryFreeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryFreeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cores = 0;
                    object.simd = "";
                    object.computeCapability = "";
                    object.uuid = "";
                    object.driver = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.weft.v1.DeviceKind[message.kind] === $undefined ? message.kind : $root.weft.v1.DeviceKind[message.kind] : message.kind;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = options.enums === $String ? $root.weft.v1.DeviceSource[message.source] === $undefined ? message.source : $root.weft.v1.DeviceSource[message.source] : message.source;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryTotalBytes === "number")
                        object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                    else
                        object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                if (message.memoryFreeBytes != null && $Object.hasOwnProperty.call(message, "memoryFreeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryFreeBytes = typeof message.memoryFreeBytes === "number" ? $BigInt(message.memoryFreeBytes) : $util.Long.fromBits(message.memoryFreeBytes.low >>> 0, message.memoryFreeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryFreeBytes === "number")
                        object.memoryFreeBytes = options.longs === $String ? $String(message.memoryFreeBytes) : message.memoryFreeBytes;
                    else
                        object.memoryFreeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryFreeBytes) : options.longs === $Number ? new $util.LongBits(message.memoryFreeBytes.low >>> 0, message.memoryFreeBytes.high >>> 0).toNumber(true) : message.memoryFreeBytes;
                if (message.cores != null && $Object.hasOwnProperty.call(message, "cores"))
                    object.cores = message.cores;
                if (message.simd != null && $Object.hasOwnProperty.call(message, "simd"))
                    object.simd = message.simd;
                if (message.computeCapability != null && $Object.hasOwnProperty.call(message, "computeCapability"))
                    object.computeCapability = message.computeCapability;
                if (message.engines && message.engines.length) {
                    object.engines = $Array(message.engines.length);
                    for (let j = 0; j < message.engines.length; ++j)
                        object.engines[j] = $root.weft.v1.EngineSupport.toObject(message.engines[j], options, _depth + 1);
                }
                if (message.uuid != null && $Object.hasOwnProperty.call(message, "uuid"))
                    object.uuid = message.uuid;
                if (message.driver != null && $Object.hasOwnProperty.call(message, "driver"))
                    object.driver = message.driver;
                return object;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof weft.v1.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function() {
                return Device.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Device
             * @function getTypeUrl
             * @memberof weft.v1.Device
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Device.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Device";
            };

            return Device;
        })();

        v1.EngineSupport = (function() {

            /**
             * Properties of an EngineSupport.
             * @typedef {Object} weft.v1.EngineSupport.$Properties
             * @property {string|null} [engine] EngineSupport engine
             * @property {string|null} [backend] EngineSupport backend
             * @property {Array.<string>|null} [dtypes] EngineSupport dtypes
             * @property {boolean|null} [simulated] EngineSupport simulated
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EngineSupport.
             * @memberof weft.v1
             * @interface IEngineSupport
             * @augments weft.v1.EngineSupport.$Properties
             * @deprecated Use weft.v1.EngineSupport.$Properties instead.
             */

            /**
             * Shape of an EngineSupport.
             * @typedef {weft.v1.EngineSupport.$Properties} weft.v1.EngineSupport.$Shape
             */

            /**
             * Constructs a new EngineSupport.
             * @memberof weft.v1
             * @classdesc Represents an EngineSupport.
             * @constructor
             * @param {weft.v1.EngineSupport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EngineSupport = function (properties) {
                this.dtypes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EngineSupport engine.
             * @member {string} engine
             * @memberof weft.v1.EngineSupport
             * @instance
             */
            EngineSupport.prototype.engine = "";

            /**
             * EngineSupport backend.
             * @member {string} backend
             * @memberof weft.v1.EngineSupport
             * @instance
             */
            EngineSupport.prototype.backend = "";

            /**
             * EngineSupport dtypes.
             * @member {Array.<string>} dtypes
             * @memberof weft.v1.EngineSupport
             * @instance
             */
            EngineSupport.prototype.dtypes = $util.emptyArray;

            /**
             * EngineSupport simulated.
             * @member {boolean} simulated
             * @memberof weft.v1.EngineSupport
             * @instance
             */
            EngineSupport.prototype.simulated = false;

            /**
             * Creates a new EngineSupport instance using the specified properties.
             * @function create
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {weft.v1.EngineSupport.$Properties=} [properties] Properties to set
             * @returns {weft.v1.EngineSupport} EngineSupport instance
             * @type {{
             *   (properties: weft.v1.EngineSupport.$Shape): weft.v1.EngineSupport & weft.v1.EngineSupport.$Shape;
             *   (properties?: weft.v1.EngineSupport.$Properties): weft.v1.EngineSupport;
             * }}
             */
            EngineSupport.create = function(properties) {
                return new EngineSupport(properties);
            };

            /**
             * Encodes the specified EngineSupport message. Does not implicitly {@link weft.v1.EngineSupport.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {weft.v1.EngineSupport.$Properties} message EngineSupport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EngineSupport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine") && message.engine !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.engine);
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend") && message.backend !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.backend);
                if (message.dtypes != null && message.dtypes.length)
                    for (let i = 0; i < message.dtypes.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.dtypes[i]);
                if (message.simulated != null && $Object.hasOwnProperty.call(message, "simulated") && message.simulated !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.simulated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EngineSupport message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.EngineSupport & weft.v1.EngineSupport.$Shape} EngineSupport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EngineSupport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.EngineSupport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.engine = value;
                            else
                                delete message.engine;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.backend = value;
                            else
                                delete message.backend;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dtypes && message.dtypes.length))
                                message.dtypes = [];
                            message.dtypes.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.simulated = value;
                            else
                                delete message.simulated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EngineSupport message.
             * @function verify
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EngineSupport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    if (!$util.isString(message.engine))
                        return "engine: string expected";
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    if (!$util.isString(message.backend))
                        return "backend: string expected";
                if (message.dtypes != null && $Object.hasOwnProperty.call(message, "dtypes")) {
                    if (!$Array.isArray(message.dtypes))
                        return "dtypes: array expected";
                    for (let i = 0; i < message.dtypes.length; ++i)
                        if (!$util.isString(message.dtypes[i]))
                            return "dtypes: string[] expected";
                }
                if (message.simulated != null && $Object.hasOwnProperty.call(message, "simulated"))
                    if (typeof message.simulated !== "boolean")
                        return "simulated: boolean expected";
                return null;
            };

            /**
             * Creates an EngineSupport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.EngineSupport} EngineSupport
             */
            EngineSupport.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.EngineSupport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.EngineSupport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.EngineSupport();
                if (object.engine != null)
                    if (typeof object.engine !== "string" || object.engine.length)
                        message.engine = $String(object.engine);
                if (object.backend != null)
                    if (typeof object.backend !== "string" || object.backend.length)
                        message.backend = $String(object.backend);
                if (object.dtypes) {
                    if (!$Array.isArray(object.dtypes))
                        throw $TypeError(".weft.v1.EngineSupport.dtypes: array expected");
                    message.dtypes = $Array(object.dtypes.length);
                    for (let i = 0; i < object.dtypes.length; ++i)
                        message.dtypes[i] = $String(object.dtypes[i]);
                }
                if (object.simulated != null)
                    if (object.simulated)
                        message.simulated = $Boolean(object.simulated);
                return message;
            };

            /**
             * Creates a plain object from an EngineSupport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {weft.v1.EngineSupport} message EngineSupport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EngineSupport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.dtypes = [];
                if (options.defaults) {
                    object.engine = "";
                    object.backend = "";
                    object.simulated = false;
                }
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    object.engine = message.engine;
                if (message.backend != null && $Object.hasOwnProperty.call(message, "backend"))
                    object.backend = message.backend;
                if (message.dtypes && message.dtypes.length) {
                    object.dtypes = $Array(message.dtypes.length);
                    for (let j = 0; j < message.dtypes.length; ++j)
                        object.dtypes[j] = message.dtypes[j];
                }
                if (message.simulated != null && $Object.hasOwnProperty.call(message, "simulated"))
                    object.simulated = message.simulated;
                return object;
            };

            /**
             * Converts this EngineSupport to JSON.
             * @function toJSON
             * @memberof weft.v1.EngineSupport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EngineSupport.prototype.toJSON = function() {
                return EngineSupport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EngineSupport
             * @function getTypeUrl
             * @memberof weft.v1.EngineSupport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EngineSupport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.EngineSupport";
            };

            return EngineSupport;
        })();

        /**
         * ModelState enum.
         * @name weft.v1.ModelState
         * @enum {number}
         * @property {number} MODEL_STATE_UNSPECIFIED=0 MODEL_STATE_UNSPECIFIED value
         * @property {number} MODEL_STATE_LOADING=1 MODEL_STATE_LOADING value
         * @property {number} MODEL_STATE_READY=2 MODEL_STATE_READY value
         * @property {number} MODEL_STATE_UNLOADING=3 MODEL_STATE_UNLOADING value
         * @property {number} MODEL_STATE_FAILED=4 MODEL_STATE_FAILED value
         */
        v1.ModelState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODEL_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MODEL_STATE_LOADING"] = 1;
            values[valuesById[2] = "MODEL_STATE_READY"] = 2;
            values[valuesById[3] = "MODEL_STATE_UNLOADING"] = 3;
            values[valuesById[4] = "MODEL_STATE_FAILED"] = 4;
            return values;
        })();

        v1.LoadedModel = (function() {

            /**
             * Properties of a LoadedModel.
             * @typedef {Object} weft.v1.LoadedModel.$Properties
             * @property {string|null} [name] LoadedModel name
             * @property {string|null} [engine] LoadedModel engine
             * @property {weft.v1.ModelState|null} [state] LoadedModel state
             * @property {number|null} [slotsTotal] LoadedModel slotsTotal
             * @property {number|null} [slotsBusy] LoadedModel slotsBusy
             * @property {number|null} [contextSize] LoadedModel contextSize
             * @property {string|null} [error] LoadedModel error
             * @property {number|null} [memoryBytes] LoadedModel memoryBytes
             * @property {number|null} [tokensPerSecond] LoadedModel tokensPerSecond
             * @property {number|null} [lastUsedUnixMs] LoadedModel lastUsedUnixMs
             * @property {weft.v1.DeviceKind|null} [deviceKind] LoadedModel deviceKind
             * @property {number|null} [deviceIndex] LoadedModel deviceIndex
             * @property {number|null} [loadMs] LoadedModel loadMs
             * @property {Array.<weft.v1.Task>|null} [tasks] LoadedModel tasks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadedModel.
             * @memberof weft.v1
             * @interface ILoadedModel
             * @augments weft.v1.LoadedModel.$Properties
             * @deprecated Use weft.v1.LoadedModel.$Properties instead.
             */

            /**
             * Shape of a LoadedModel.
             * @typedef {weft.v1.LoadedModel.$Properties} weft.v1.LoadedModel.$Shape
             */

            /**
             * Constructs a new LoadedModel.
             * @memberof weft.v1
             * @classdesc Represents a LoadedModel.
             * @constructor
             * @param {weft.v1.LoadedModel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadedModel = function (properties) {
                this.tasks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadedModel name.
             * @member {string} name
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.name = "";

            /**
             * LoadedModel engine.
             * @member {string} engine
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.engine = "";

            /**
             * LoadedModel state.
             * @member {weft.v1.ModelState} state
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.state = 0;

            /**
             * LoadedModel slotsTotal.
             * @member {number} slotsTotal
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.slotsTotal = 0;

            /**
             * LoadedModel slotsBusy.
             * @member {number} slotsBusy
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.slotsBusy = 0;

            /**
             * LoadedModel contextSize.
             * @member {number} contextSize
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.contextSize = 0;

            /**
             * LoadedModel error.
             * @member {string} error
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.error = "";

            /**
             * LoadedModel memoryBytes.
             * @member {number} memoryBytes
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoadedModel tokensPerSecond.
             * @member {number} tokensPerSecond
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.tokensPerSecond = 0;

            /**
             * LoadedModel lastUsedUnixMs.
             * @member {number} lastUsedUnixMs
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.lastUsedUnixMs = 0;

            /**
             * LoadedModel deviceKind.
             * @member {weft.v1.DeviceKind} deviceKind
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.deviceKind = 0;

            /**
             * LoadedModel deviceIndex.
             * @member {number} deviceIndex
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.deviceIndex = 0;

            /**
             * LoadedModel loadMs.
             * @member {number} loadMs
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.loadMs = 0;

            /**
             * LoadedModel tasks.
             * @member {Array.<weft.v1.Task>} tasks
             * @memberof weft.v1.LoadedModel
             * @instance
             */
            LoadedModel.prototype.tasks = $util.emptyArray;

            /**
             * Creates a new LoadedModel instance using the specified properties.
             * @function create
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {weft.v1.LoadedModel.$Properties=} [properties] Properties to set
             * @returns {weft.v1.LoadedModel} LoadedModel instance
             * @type {{
             *   (properties: weft.v1.LoadedModel.$Shape): weft.v1.LoadedModel & weft.v1.LoadedModel.$Shape;
             *   (properties?: weft.v1.LoadedModel.$Properties): weft.v1.LoadedModel;
             * }}
             */
            LoadedModel.create = function(properties) {
                return new LoadedModel(properties);
            };

            /**
             * Encodes the specified LoadedModel message. Does not implicitly {@link weft.v1.LoadedModel.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {weft.v1.LoadedModel.$Properties} message LoadedModel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadedModel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine") && message.engine !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.engine);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.state);
                if (message.slotsTotal != null && $Object.hasOwnProperty.call(message, "slotsTotal") && message.slotsTotal !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.slotsTotal);
                if (message.slotsBusy != null && $Object.hasOwnProperty.call(message, "slotsBusy") && message.slotsBusy !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.slotsBusy);
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize") && message.contextSize !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.contextSize);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.error);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.memoryBytes);
                if (message.tokensPerSecond != null && $Object.hasOwnProperty.call(message, "tokensPerSecond") && !$Object.is(message.tokensPerSecond, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.tokensPerSecond);
                if (message.lastUsedUnixMs != null && $Object.hasOwnProperty.call(message, "lastUsedUnixMs") && !$Object.is(message.lastUsedUnixMs, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.lastUsedUnixMs);
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind") && message.deviceKind !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.deviceKind);
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex") && message.deviceIndex !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.deviceIndex);
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs") && !$Object.is(message.loadMs, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.loadMs);
                if (message.tasks != null && message.tasks.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).int32s(message.tasks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadedModel message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.LoadedModel & weft.v1.LoadedModel.$Shape} LoadedModel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadedModel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.LoadedModel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.engine = value;
                            else
                                delete message.engine;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotsTotal = value;
                            else
                                delete message.slotsTotal;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotsBusy = value;
                            else
                                delete message.slotsBusy;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contextSize = value;
                            else
                                delete message.contextSize;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tokensPerSecond = value;
                            else
                                delete message.tokensPerSecond;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lastUsedUnixMs = value;
                            else
                                delete message.lastUsedUnixMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceKind = value;
                            else
                                delete message.deviceKind;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deviceIndex = value;
                            else
                                delete message.deviceIndex;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loadMs = value;
                            else
                                delete message.loadMs;
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                reader.int32s(message.tasks);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadedModel message.
             * @function verify
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadedModel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    if (!$util.isString(message.engine))
                        return "engine: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.slotsTotal != null && $Object.hasOwnProperty.call(message, "slotsTotal"))
                    if (!$util.isInteger(message.slotsTotal))
                        return "slotsTotal: integer expected";
                if (message.slotsBusy != null && $Object.hasOwnProperty.call(message, "slotsBusy"))
                    if (!$util.isInteger(message.slotsBusy))
                        return "slotsBusy: integer expected";
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                    if (!$util.isInteger(message.contextSize))
                        return "contextSize: integer expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.tokensPerSecond != null && $Object.hasOwnProperty.call(message, "tokensPerSecond"))
                    if (typeof message.tokensPerSecond !== "number")
                        return "tokensPerSecond: number expected";
                if (message.lastUsedUnixMs != null && $Object.hasOwnProperty.call(message, "lastUsedUnixMs"))
                    if (typeof message.lastUsedUnixMs !== "number")
                        return "lastUsedUnixMs: number expected";
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind"))
                    if (typeof message.deviceKind !== "number" || (message.deviceKind | 0) !== message.deviceKind)
                        return "deviceKind: enum value expected";
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex"))
                    if (!$util.isInteger(message.deviceIndex))
                        return "deviceIndex: integer expected";
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs"))
                    if (typeof message.loadMs !== "number")
                        return "loadMs: number expected";
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks")) {
                    if (!$Array.isArray(message.tasks))
                        return "tasks: array expected";
                    for (let i = 0; i < message.tasks.length; ++i)
                        if (typeof message.tasks[i] !== "number" || (message.tasks[i] | 0) !== message.tasks[i])
                            return "tasks: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates a LoadedModel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.LoadedModel} LoadedModel
             */
            LoadedModel.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.LoadedModel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.LoadedModel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.LoadedModel();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.engine != null)
                    if (typeof object.engine !== "string" || object.engine.length)
                        message.engine = $String(object.engine);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.weft.v1.ModelState[object.state] !== 0))
                    switch (object.state) {
                    case "MODEL_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "MODEL_STATE_LOADING":
                    case 1:
                        message.state = 1;
                        break;
                    case "MODEL_STATE_READY":
                    case 2:
                        message.state = 2;
                        break;
                    case "MODEL_STATE_UNLOADING":
                    case 3:
                        message.state = 3;
                        break;
                    case "MODEL_STATE_FAILED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.slotsTotal != null)
                    if ($Number(object.slotsTotal) !== 0)
                        message.slotsTotal = object.slotsTotal >>> 0;
                if (object.slotsBusy != null)
                    if ($Number(object.slotsBusy) !== 0)
                        message.slotsBusy = object.slotsBusy >>> 0;
                if (object.contextSize != null)
                    if ($Number(object.contextSize) !== 0)
                        message.contextSize = object.contextSize >>> 0;
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.tokensPerSecond != null)
                    if (!$Object.is($Number(object.tokensPerSecond), 0))
                        message.tokensPerSecond = $Number(object.tokensPerSecond);
                if (object.lastUsedUnixMs != null)
                    if (!$Object.is($Number(object.lastUsedUnixMs), 0))
                        message.lastUsedUnixMs = $Number(object.lastUsedUnixMs);
                if (object.deviceKind !== 0 && (typeof object.deviceKind !== "string" || $root.weft.v1.DeviceKind[object.deviceKind] !== 0))
                    switch (object.deviceKind) {
                    case "DEVICE_KIND_UNSPECIFIED":
                    case 0:
                        message.deviceKind = 0;
                        break;
                    case "DEVICE_KIND_CPU":
                    case 1:
                        message.deviceKind = 1;
                        break;
                    case "DEVICE_KIND_NVIDIA":
                    case 2:
                        message.deviceKind = 2;
                        break;
                    case "DEVICE_KIND_ASCEND":
                    case 3:
                        message.deviceKind = 3;
                        break;
                    default:
                        if (typeof object.deviceKind === "number" && (object.deviceKind | 0) === object.deviceKind)
                            message.deviceKind = object.deviceKind;
                    }
                if (object.deviceIndex != null)
                    if ($Number(object.deviceIndex) !== 0)
                        message.deviceIndex = object.deviceIndex >>> 0;
                if (object.loadMs != null)
                    if (!$Object.is($Number(object.loadMs), 0))
                        message.loadMs = $Number(object.loadMs);
                if (object.tasks) {
                    if (!$Array.isArray(object.tasks))
                        throw $TypeError(".weft.v1.LoadedModel.tasks: array expected");
                    message.tasks = [];
                    for (let i = 0; i < object.tasks.length; ++i)
                        switch (object.tasks[i]) {
                        case "TASK_UNSPECIFIED":
                        case 0:
                            message.tasks[message.tasks.length] = 0;
                            break;
                        case "TASK_CHAT":
                        case 1:
                            message.tasks[message.tasks.length] = 1;
                            break;
                        case "TASK_EMBED":
                        case 2:
                            message.tasks[message.tasks.length] = 2;
                            break;
                        case "TASK_RERANK":
                        case 3:
                            message.tasks[message.tasks.length] = 3;
                            break;
                        case "TASK_TRANSCRIBE":
                        case 4:
                            message.tasks[message.tasks.length] = 4;
                            break;
                        case "TASK_SPEAK":
                        case 5:
                            message.tasks[message.tasks.length] = 5;
                            break;
                        case "TASK_DETECT_SPEECH":
                        case 6:
                            message.tasks[message.tasks.length] = 6;
                            break;
                        default:
                            if (typeof object.tasks[i] === "number" && (object.tasks[i] | 0) === object.tasks[i])
                                message.tasks[message.tasks.length] = object.tasks[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a LoadedModel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {weft.v1.LoadedModel} message LoadedModel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadedModel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tasks = [];
                if (options.defaults) {
                    object.name = "";
                    object.engine = "";
                    object.state = options.enums === $String ? "MODEL_STATE_UNSPECIFIED" : 0;
                    object.slotsTotal = 0;
                    object.slotsBusy = 0;
                    object.contextSize = 0;
                    object.error = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tokensPerSecond = 0;
                    object.lastUsedUnixMs = 0;
                    object.deviceKind = options.enums === $String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    object.deviceIndex = 0;
                    object.loadMs = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    object.engine = message.engine;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.weft.v1.ModelState[message.state] === $undefined ? message.state : $root.weft.v1.ModelState[message.state] : message.state;
                if (message.slotsTotal != null && $Object.hasOwnProperty.call(message, "slotsTotal"))
                    object.slotsTotal = message.slotsTotal;
                if (message.slotsBusy != null && $Object.hasOwnProperty.call(message, "slotsBusy"))
                    object.slotsBusy = message.slotsBusy;
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                    object.contextSize = message.contextSize;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.tokensPerSecond != null && $Object.hasOwnProperty.call(message, "tokensPerSecond"))
                    object.tokensPerSecond = options.json && !$isFinite(message.tokensPerSecond) ? $String(message.tokensPerSecond) : message.tokensPerSecond;
                if (message.lastUsedUnixMs != null && $Object.hasOwnProperty.call(message, "lastUsedUnixMs"))
                    object.lastUsedUnixMs = options.json && !$isFinite(message.lastUsedUnixMs) ? $String(message.lastUsedUnixMs) : message.lastUsedUnixMs;
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind"))
                    object.deviceKind = options.enums === $String ? $root.weft.v1.DeviceKind[message.deviceKind] === $undefined ? message.deviceKind : $root.weft.v1.DeviceKind[message.deviceKind] : message.deviceKind;
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex"))
                    object.deviceIndex = message.deviceIndex;
                if (message.loadMs != null && $Object.hasOwnProperty.call(message, "loadMs"))
                    object.loadMs = options.json && !$isFinite(message.loadMs) ? $String(message.loadMs) : message.loadMs;
                if (message.tasks && message.tasks.length) {
                    object.tasks = $Array(message.tasks.length);
                    for (let j = 0; j < message.tasks.length; ++j)
                        object.tasks[j] = options.enums === $String ? $root.weft.v1.Task[message.tasks[j]] === $undefined ? message.tasks[j] : $root.weft.v1.Task[message.tasks[j]] : message.tasks[j];
                }
                return object;
            };

            /**
             * Converts this LoadedModel to JSON.
             * @function toJSON
             * @memberof weft.v1.LoadedModel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadedModel.prototype.toJSON = function() {
                return LoadedModel.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadedModel
             * @function getTypeUrl
             * @memberof weft.v1.LoadedModel
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadedModel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.LoadedModel";
            };

            return LoadedModel;
        })();

        v1.ExecutorInfo = (function() {

            /**
             * Properties of an ExecutorInfo.
             * @typedef {Object} weft.v1.ExecutorInfo.$Properties
             * @property {string|null} [executorId] ExecutorInfo executorId
             * @property {string|null} [grpcAddress] ExecutorInfo grpcAddress
             * @property {Array.<weft.v1.Device.$Properties>|null} [devices] ExecutorInfo devices
             * @property {Array.<string>|null} [engines] ExecutorInfo engines
             * @property {Array.<weft.v1.LoadedModel.$Properties>|null} [models] ExecutorInfo models
             * @property {number|null} [slotsFree] ExecutorInfo slotsFree
             * @property {number|null} [outstanding] ExecutorInfo outstanding
             * @property {number|null} [tokensGeneratedTotal] ExecutorInfo tokensGeneratedTotal
             * @property {number|null} [activeSequences] ExecutorInfo activeSequences
             * @property {number|null} [startedUnixMs] ExecutorInfo startedUnixMs
             * @property {number|null} [heartbeatIntervalMs] ExecutorInfo heartbeatIntervalMs
             * @property {number|null} [threads] ExecutorInfo threads
             * @property {weft.v1.ContractVersion|null} [contractVersion] ExecutorInfo contractVersion
             * @property {Array.<weft.v1.Task>|null} [tasks] ExecutorInfo tasks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecutorInfo.
             * @memberof weft.v1
             * @interface IExecutorInfo
             * @augments weft.v1.ExecutorInfo.$Properties
             * @deprecated Use weft.v1.ExecutorInfo.$Properties instead.
             */

            /**
             * Shape of an ExecutorInfo.
             * @typedef {weft.v1.ExecutorInfo.$Properties} weft.v1.ExecutorInfo.$Shape
             */

            /**
             * Constructs a new ExecutorInfo.
             * @memberof weft.v1
             * @classdesc Represents an ExecutorInfo.
             * @constructor
             * @param {weft.v1.ExecutorInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecutorInfo = function (properties) {
                this.devices = [];
                this.engines = [];
                this.models = [];
                this.tasks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecutorInfo executorId.
             * @member {string} executorId
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.executorId = "";

            /**
             * ExecutorInfo grpcAddress.
             * @member {string} grpcAddress
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.grpcAddress = "";

            /**
             * ExecutorInfo devices.
             * @member {Array.<weft.v1.Device.$Properties>} devices
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.devices = $util.emptyArray;

            /**
             * ExecutorInfo engines.
             * @member {Array.<string>} engines
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.engines = $util.emptyArray;

            /**
             * ExecutorInfo models.
             * @member {Array.<weft.v1.LoadedModel.$Properties>} models
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.models = $util.emptyArray;

            /**
             * ExecutorInfo slotsFree.
             * @member {number} slotsFree
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.slotsFree = 0;

            /**
             * ExecutorInfo outstanding.
             * @member {number} outstanding
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.outstanding = 0;

            /**
             * ExecutorInfo tokensGeneratedTotal.
             * @member {number} tokensGeneratedTotal
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.tokensGeneratedTotal = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ExecutorInfo activeSequences.
             * @member {number} activeSequences
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.activeSequences = 0;

            /**
             * ExecutorInfo startedUnixMs.
             * @member {number} startedUnixMs
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.startedUnixMs = 0;

            /**
             * ExecutorInfo heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.heartbeatIntervalMs = 0;

            /**
             * ExecutorInfo threads.
             * @member {number} threads
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.threads = 0;

            /**
             * ExecutorInfo contractVersion.
             * @member {weft.v1.ContractVersion} contractVersion
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.contractVersion = 0;

            /**
             * ExecutorInfo tasks.
             * @member {Array.<weft.v1.Task>} tasks
             * @memberof weft.v1.ExecutorInfo
             * @instance
             */
            ExecutorInfo.prototype.tasks = $util.emptyArray;

            /**
             * Creates a new ExecutorInfo instance using the specified properties.
             * @function create
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {weft.v1.ExecutorInfo.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ExecutorInfo} ExecutorInfo instance
             * @type {{
             *   (properties: weft.v1.ExecutorInfo.$Shape): weft.v1.ExecutorInfo & weft.v1.ExecutorInfo.$Shape;
             *   (properties?: weft.v1.ExecutorInfo.$Properties): weft.v1.ExecutorInfo;
             * }}
             */
            ExecutorInfo.create = function(properties) {
                return new ExecutorInfo(properties);
            };

            /**
             * Encodes the specified ExecutorInfo message. Does not implicitly {@link weft.v1.ExecutorInfo.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {weft.v1.ExecutorInfo.$Properties} message ExecutorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecutorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId") && message.executorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.executorId);
                if (message.grpcAddress != null && $Object.hasOwnProperty.call(message, "grpcAddress") && message.grpcAddress !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.grpcAddress);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.weft.v1.Device.encode(message.devices[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.engines != null && message.engines.length)
                    for (let i = 0; i < message.engines.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.engines[i]);
                if (message.models != null && message.models.length)
                    for (let i = 0; i < message.models.length; ++i)
                        $root.weft.v1.LoadedModel.encode(message.models[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.slotsFree != null && $Object.hasOwnProperty.call(message, "slotsFree") && message.slotsFree !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.slotsFree);
                if (message.outstanding != null && $Object.hasOwnProperty.call(message, "outstanding") && message.outstanding !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.outstanding);
                if (message.tokensGeneratedTotal != null && $Object.hasOwnProperty.call(message, "tokensGeneratedTotal") && (typeof message.tokensGeneratedTotal === "object" ? message.tokensGeneratedTotal.low || message.tokensGeneratedTotal.high : message.tokensGeneratedTotal !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.tokensGeneratedTotal);
                if (message.activeSequences != null && $Object.hasOwnProperty.call(message, "activeSequences") && message.activeSequences !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.activeSequences);
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs") && !$Object.is(message.startedUnixMs, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.startedUnixMs);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.heartbeatIntervalMs);
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads") && message.threads !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.threads);
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion") && message.contractVersion !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).int32(message.contractVersion);
                if (message.tasks != null && message.tasks.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).int32s(message.tasks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecutorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ExecutorInfo & weft.v1.ExecutorInfo.$Shape} ExecutorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecutorInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ExecutorInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorId = value;
                            else
                                delete message.executorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.grpcAddress = value;
                            else
                                delete message.grpcAddress;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.weft.v1.Device.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.engines && message.engines.length))
                                message.engines = [];
                            message.engines.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.models && message.models.length))
                                message.models = [];
                            message.models.push($root.weft.v1.LoadedModel.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slotsFree = value;
                            else
                                delete message.slotsFree;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.outstanding = value;
                            else
                                delete message.outstanding;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tokensGeneratedTotal = value;
                            else
                                delete message.tokensGeneratedTotal;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.activeSequences = value;
                            else
                                delete message.activeSequences;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.startedUnixMs = value;
                            else
                                delete message.startedUnixMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.threads = value;
                            else
                                delete message.threads;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.contractVersion = value;
                            else
                                delete message.contractVersion;
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                reader.int32s(message.tasks);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExecutorInfo message.
             * @function verify
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExecutorInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    if (!$util.isString(message.executorId))
                        return "executorId: string expected";
                if (message.grpcAddress != null && $Object.hasOwnProperty.call(message, "grpcAddress"))
                    if (!$util.isString(message.grpcAddress))
                        return "grpcAddress: string expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.weft.v1.Device.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                if (message.engines != null && $Object.hasOwnProperty.call(message, "engines")) {
                    if (!$Array.isArray(message.engines))
                        return "engines: array expected";
                    for (let i = 0; i < message.engines.length; ++i)
                        if (!$util.isString(message.engines[i]))
                            return "engines: string[] expected";
                }
                if (message.models != null && $Object.hasOwnProperty.call(message, "models")) {
                    if (!$Array.isArray(message.models))
                        return "models: array expected";
                    for (let i = 0; i < message.models.length; ++i) {
                        let error = $root.weft.v1.LoadedModel.verify(message.models[i], _depth + 1);
                        if (error)
                            return "models." + error;
                    }
                }
                if (message.slotsFree != null && $Object.hasOwnProperty.call(message, "slotsFree"))
                    if (!$util.isInteger(message.slotsFree))
                        return "slotsFree: integer expected";
                if (message.outstanding != null && $Object.hasOwnProperty.call(message, "outstanding"))
                    if (!$util.isInteger(message.outstanding))
                        return "outstanding: integer expected";
                if (message.tokensGeneratedTotal != null && $Object.hasOwnProperty.call(message, "tokensGeneratedTotal"))
                    if (!$util.isInteger(message.tokensGeneratedTotal) && !(message.tokensGeneratedTotal && $util.isInteger(message.tokensGeneratedTotal.low) && $util.isInteger(message.tokensGeneratedTotal.high)))
                        return "tokensGeneratedTotal: integer|Long expected";
                if (message.activeSequences != null && $Object.hasOwnProperty.call(message, "activeSequences"))
                    if (!$util.isInteger(message.activeSequences))
                        return "activeSequences: integer expected";
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs"))
                    if (typeof message.startedUnixMs !== "number")
                        return "startedUnixMs: number expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    if (!$util.isInteger(message.threads))
                        return "threads: integer expected";
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion"))
                    if (typeof message.contractVersion !== "number" || (message.contractVersion | 0) !== message.contractVersion)
                        return "contractVersion: enum value expected";
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks")) {
                    if (!$Array.isArray(message.tasks))
                        return "tasks: array expected";
                    for (let i = 0; i < message.tasks.length; ++i)
                        if (typeof message.tasks[i] !== "number" || (message.tasks[i] | 0) !== message.tasks[i])
                            return "tasks: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates an ExecutorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ExecutorInfo} ExecutorInfo
             */
            ExecutorInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ExecutorInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ExecutorInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ExecutorInfo();
                if (object.executorId != null)
                    if (typeof object.executorId !== "string" || object.executorId.length)
                        message.executorId = $String(object.executorId);
                if (object.grpcAddress != null)
                    if (typeof object.grpcAddress !== "string" || object.grpcAddress.length)
                        message.grpcAddress = $String(object.grpcAddress);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".weft.v1.ExecutorInfo.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".weft.v1.ExecutorInfo.devices: object expected");
                        message.devices[i] = $root.weft.v1.Device.fromObject(object.devices[i], _depth + 1);
                    }
                }
                if (object.engines) {
                    if (!$Array.isArray(object.engines))
                        throw $TypeError(".weft.v1.ExecutorInfo.engines: array expected");
                    message.engines = $Array(object.engines.length);
                    for (let i = 0; i < object.engines.length; ++i)
                        message.engines[i] = $String(object.engines[i]);
                }
                if (object.models) {
                    if (!$Array.isArray(object.models))
                        throw $TypeError(".weft.v1.ExecutorInfo.models: array expected");
                    message.models = $Array(object.models.length);
                    for (let i = 0; i < object.models.length; ++i) {
                        if (!$util.isObject(object.models[i]))
                            throw $TypeError(".weft.v1.ExecutorInfo.models: object expected");
                        message.models[i] = $root.weft.v1.LoadedModel.fromObject(object.models[i], _depth + 1);
                    }
                }
                if (object.slotsFree != null)
                    if ($Number(object.slotsFree) !== 0)
                        message.slotsFree = object.slotsFree >>> 0;
                if (object.outstanding != null)
                    if ($Number(object.outstanding) !== 0)
                        message.outstanding = object.outstanding >>> 0;
                if (object.tokensGeneratedTotal != null)
                    if (typeof object.tokensGeneratedTotal === "object" ? object.tokensGeneratedTotal.low || object.tokensGeneratedTotal.high : $Number(object.tokensGeneratedTotal) !== 0)
                        if ($util.Long)
                            message.tokensGeneratedTotal = $util.Long.fromValue(object.tokensGeneratedTotal, true);
                        else if (typeof object.tokensGeneratedTotal === "string")
                            message.tokensGeneratedTotal = $parseInt(object.tokensGeneratedTotal, 10);
                        else if (typeof object.tokensGeneratedTotal === "number")
                            message.tokensGeneratedTotal = object.tokensGeneratedTotal;
                        else if (typeof object.tokensGeneratedTotal === "object")
                            message.tokensGeneratedTotal = new $util.LongBits(object.tokensGeneratedTotal.low >>> 0, object.tokensGeneratedTotal.high >>> 0).toNumber(true);
                if (object.activeSequences != null)
                    if ($Number(object.activeSequences) !== 0)
                        message.activeSequences = object.activeSequences >>> 0;
                if (object.startedUnixMs != null)
                    if (!$Object.is($Number(object.startedUnixMs), 0))
                        message.startedUnixMs = $Number(object.startedUnixMs);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                if (object.threads != null)
                    if ($Number(object.threads) !== 0)
                        message.threads = object.threads >>> 0;
                if (object.contractVersion !== 0 && (typeof object.contractVersion !== "string" || $root.weft.v1.ContractVersion[object.contractVersion] !== 0))
                    switch (object.contractVersion) {
                    case "CONTRACT_VERSION_UNSPECIFIED":
                    case 0:
                        message.contractVersion = 0;
                        break;
                    case "CONTRACT_VERSION_1":
                    case 1:
                        message.contractVersion = 1;
                        break;
                    default:
                        if (typeof object.contractVersion === "number" && (object.contractVersion | 0) === object.contractVersion)
                            message.contractVersion = object.contractVersion;
                    }
                if (object.tasks) {
                    if (!$Array.isArray(object.tasks))
                        throw $TypeError(".weft.v1.ExecutorInfo.tasks: array expected");
                    message.tasks = [];
                    for (let i = 0; i < object.tasks.length; ++i)
                        switch (object.tasks[i]) {
                        case "TASK_UNSPECIFIED":
                        case 0:
                            message.tasks[message.tasks.length] = 0;
                            break;
                        case "TASK_CHAT":
                        case 1:
                            message.tasks[message.tasks.length] = 1;
                            break;
                        case "TASK_EMBED":
                        case 2:
                            message.tasks[message.tasks.length] = 2;
                            break;
                        case "TASK_RERANK":
                        case 3:
                            message.tasks[message.tasks.length] = 3;
                            break;
                        case "TASK_TRANSCRIBE":
                        case 4:
                            message.tasks[message.tasks.length] = 4;
                            break;
                        case "TASK_SPEAK":
                        case 5:
                            message.tasks[message.tasks.length] = 5;
                            break;
                        case "TASK_DETECT_SPEECH":
                        case 6:
                            message.tasks[message.tasks.length] = 6;
                            break;
                        default:
                            if (typeof object.tasks[i] === "number" && (object.tasks[i] | 0) === object.tasks[i])
                                message.tasks[message.tasks.length] = object.tasks[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from an ExecutorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {weft.v1.ExecutorInfo} message ExecutorInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecutorInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.devices = [];
                    object.engines = [];
                    object.models = [];
                    object.tasks = [];
                }
                if (options.defaults) {
                    object.executorId = "";
                    object.grpcAddress = "";
                    object.slotsFree = 0;
                    object.outstanding = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tokensGeneratedTotal = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tokensGeneratedTotal = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.activeSequences = 0;
                    object.startedUnixMs = 0;
                    object.heartbeatIntervalMs = 0;
                    object.threads = 0;
                    object.contractVersion = options.enums === $String ? "CONTRACT_VERSION_UNSPECIFIED" : 0;
                }
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = message.executorId;
                if (message.grpcAddress != null && $Object.hasOwnProperty.call(message, "grpcAddress"))
                    object.grpcAddress = message.grpcAddress;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.weft.v1.Device.toObject(message.devices[j], options, _depth + 1);
                }
                if (message.engines && message.engines.length) {
                    object.engines = $Array(message.engines.length);
                    for (let j = 0; j < message.engines.length; ++j)
                        object.engines[j] = message.engines[j];
                }
                if (message.models && message.models.length) {
                    object.models = $Array(message.models.length);
                    for (let j = 0; j < message.models.length; ++j)
                        object.models[j] = $root.weft.v1.LoadedModel.toObject(message.models[j], options, _depth + 1);
                }
                if (message.slotsFree != null && $Object.hasOwnProperty.call(message, "slotsFree"))
                    object.slotsFree = message.slotsFree;
                if (message.outstanding != null && $Object.hasOwnProperty.call(message, "outstanding"))
                    object.outstanding = message.outstanding;
                if (message.tokensGeneratedTotal != null && $Object.hasOwnProperty.call(message, "tokensGeneratedTotal"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tokensGeneratedTotal = typeof message.tokensGeneratedTotal === "number" ? $BigInt(message.tokensGeneratedTotal) : $util.Long.fromBits(message.tokensGeneratedTotal.low >>> 0, message.tokensGeneratedTotal.high >>> 0, true).toBigInt();
                    else if (typeof message.tokensGeneratedTotal === "number")
                        object.tokensGeneratedTotal = options.longs === $String ? $String(message.tokensGeneratedTotal) : message.tokensGeneratedTotal;
                    else
                        object.tokensGeneratedTotal = options.longs === $String ? $util.Long.prototype.toString.call(message.tokensGeneratedTotal) : options.longs === $Number ? new $util.LongBits(message.tokensGeneratedTotal.low >>> 0, message.tokensGeneratedTotal.high >>> 0).toNumber(true) : message.tokensGeneratedTotal;
                if (message.activeSequences != null && $Object.hasOwnProperty.call(message, "activeSequences"))
                    object.activeSequences = message.activeSequences;
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs"))
                    object.startedUnixMs = options.json && !$isFinite(message.startedUnixMs) ? $String(message.startedUnixMs) : message.startedUnixMs;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                if (message.threads != null && $Object.hasOwnProperty.call(message, "threads"))
                    object.threads = message.threads;
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion"))
                    object.contractVersion = options.enums === $String ? $root.weft.v1.ContractVersion[message.contractVersion] === $undefined ? message.contractVersion : $root.weft.v1.ContractVersion[message.contractVersion] : message.contractVersion;
                if (message.tasks && message.tasks.length) {
                    object.tasks = $Array(message.tasks.length);
                    for (let j = 0; j < message.tasks.length; ++j)
                        object.tasks[j] = options.enums === $String ? $root.weft.v1.Task[message.tasks[j]] === $undefined ? message.tasks[j] : $root.weft.v1.Task[message.tasks[j]] : message.tasks[j];
                }
                return object;
            };

            /**
             * Converts this ExecutorInfo to JSON.
             * @function toJSON
             * @memberof weft.v1.ExecutorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecutorInfo.prototype.toJSON = function() {
                return ExecutorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExecutorInfo
             * @function getTypeUrl
             * @memberof weft.v1.ExecutorInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExecutorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ExecutorInfo";
            };

            return ExecutorInfo;
        })();

        v1.DescribeRequest = (function() {

            /**
             * Properties of a DescribeRequest.
             * @typedef {Object} weft.v1.DescribeRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DescribeRequest.
             * @memberof weft.v1
             * @interface IDescribeRequest
             * @augments weft.v1.DescribeRequest.$Properties
             * @deprecated Use weft.v1.DescribeRequest.$Properties instead.
             */

            /**
             * Shape of a DescribeRequest.
             * @typedef {weft.v1.DescribeRequest.$Properties} weft.v1.DescribeRequest.$Shape
             */

            /**
             * Constructs a new DescribeRequest.
             * @memberof weft.v1
             * @classdesc Represents a DescribeRequest.
             * @constructor
             * @param {weft.v1.DescribeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DescribeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new DescribeRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {weft.v1.DescribeRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.DescribeRequest} DescribeRequest instance
             * @type {{
             *   (properties: weft.v1.DescribeRequest.$Shape): weft.v1.DescribeRequest & weft.v1.DescribeRequest.$Shape;
             *   (properties?: weft.v1.DescribeRequest.$Properties): weft.v1.DescribeRequest;
             * }}
             */
            DescribeRequest.create = function(properties) {
                return new DescribeRequest(properties);
            };

            /**
             * Encodes the specified DescribeRequest message. Does not implicitly {@link weft.v1.DescribeRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {weft.v1.DescribeRequest.$Properties} message DescribeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DescribeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DescribeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.DescribeRequest & weft.v1.DescribeRequest.$Shape} DescribeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DescribeRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.DescribeRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DescribeRequest message.
             * @function verify
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DescribeRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a DescribeRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.DescribeRequest} DescribeRequest
             */
            DescribeRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.DescribeRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.DescribeRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.weft.v1.DescribeRequest();
            };

            /**
             * Creates a plain object from a DescribeRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {weft.v1.DescribeRequest} message DescribeRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DescribeRequest.toObject = function () {
                return {};
            };

            /**
             * Converts this DescribeRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.DescribeRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DescribeRequest.prototype.toJSON = function() {
                return DescribeRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DescribeRequest
             * @function getTypeUrl
             * @memberof weft.v1.DescribeRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DescribeRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.DescribeRequest";
            };

            return DescribeRequest;
        })();

        v1.GenerateRequest = (function() {

            /**
             * Properties of a GenerateRequest.
             * @typedef {Object} weft.v1.GenerateRequest.$Properties
             * @property {string|null} [requestId] GenerateRequest requestId
             * @property {string|null} [model] GenerateRequest model
             * @property {weft.v1.ChatRequest.$Properties|null} [chat] GenerateRequest chat
             * @property {weft.v1.EmbedRequest.$Properties|null} [embed] GenerateRequest embed
             * @property {weft.v1.TranscribeRequest.$Properties|null} [transcribe] GenerateRequest transcribe
             * @property {weft.v1.SpeakRequest.$Properties|null} [speak] GenerateRequest speak
             * @property {weft.v1.DetectSpeechRequest.$Properties|null} [detectSpeech] GenerateRequest detectSpeech
             * @property {weft.v1.RerankRequest.$Properties|null} [rerank] GenerateRequest rerank
             * @property {number|null} [deadlineUnixMs] GenerateRequest deadlineUnixMs
             * @property {weft.v1.Priority|null} [priority] GenerateRequest priority
             * @property {string|null} [tenant] GenerateRequest tenant
             * @property {weft.v1.ContractVersion|null} [contractVersion] GenerateRequest contractVersion
             * @property {"chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank"} [body] GenerateRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GenerateRequest.
             * @memberof weft.v1
             * @interface IGenerateRequest
             * @augments weft.v1.GenerateRequest.$Properties
             * @deprecated Use weft.v1.GenerateRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a GenerateRequest.
             * @typedef {{
             *   requestId?: string|null;
             *   model?: string|null;
             *   chat?: weft.v1.ChatRequest.$Shape|null;
             *   embed?: weft.v1.EmbedRequest.$Shape|null;
             *   transcribe?: weft.v1.TranscribeRequest.$Shape|null;
             *   speak?: weft.v1.SpeakRequest.$Shape|null;
             *   detectSpeech?: weft.v1.DetectSpeechRequest.$Shape|null;
             *   rerank?: weft.v1.RerankRequest.$Shape|null;
             *   deadlineUnixMs?: number|null;
             *   priority?: weft.v1.Priority|null;
             *   tenant?: string|null;
             *   contractVersion?: weft.v1.ContractVersion|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "chat"; chat: weft.v1.ChatRequest.$Shape; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "embed"; chat?: null; embed: weft.v1.EmbedRequest.$Shape; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "transcribe"; chat?: null; embed?: null; transcribe: weft.v1.TranscribeRequest.$Shape; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "speak"; chat?: null; embed?: null; transcribe?: null; speak: weft.v1.SpeakRequest.$Shape; detectSpeech?: null; rerank?: null }|{ body?: "detectSpeech"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech: weft.v1.DetectSpeechRequest.$Shape; rerank?: null }|{ body?: "rerank"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank: weft.v1.RerankRequest.$Shape })
             * )} weft.v1.GenerateRequest.$Shape
             */

            /**
             * Constructs a new GenerateRequest.
             * @memberof weft.v1
             * @classdesc Represents a GenerateRequest.
             * @constructor
             * @param {weft.v1.GenerateRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GenerateRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GenerateRequest requestId.
             * @member {string} requestId
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.requestId = "";

            /**
             * GenerateRequest model.
             * @member {string} model
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.model = "";

            /**
             * GenerateRequest chat.
             * @member {weft.v1.ChatRequest.$Properties|null|undefined} chat
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.chat = null;

            /**
             * GenerateRequest embed.
             * @member {weft.v1.EmbedRequest.$Properties|null|undefined} embed
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.embed = null;

            /**
             * GenerateRequest transcribe.
             * @member {weft.v1.TranscribeRequest.$Properties|null|undefined} transcribe
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.transcribe = null;

            /**
             * GenerateRequest speak.
             * @member {weft.v1.SpeakRequest.$Properties|null|undefined} speak
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.speak = null;

            /**
             * GenerateRequest detectSpeech.
             * @member {weft.v1.DetectSpeechRequest.$Properties|null|undefined} detectSpeech
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.detectSpeech = null;

            /**
             * GenerateRequest rerank.
             * @member {weft.v1.RerankRequest.$Properties|null|undefined} rerank
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.rerank = null;

            /**
             * GenerateRequest deadlineUnixMs.
             * @member {number} deadlineUnixMs
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.deadlineUnixMs = 0;

            /**
             * GenerateRequest priority.
             * @member {weft.v1.Priority} priority
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.priority = 0;

            /**
             * GenerateRequest tenant.
             * @member {string} tenant
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.tenant = "";

            /**
             * GenerateRequest contractVersion.
             * @member {weft.v1.ContractVersion} contractVersion
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            GenerateRequest.prototype.contractVersion = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * GenerateRequest body.
             * @member {"chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank"|undefined} body
             * @memberof weft.v1.GenerateRequest
             * @instance
             */
            $Object.defineProperty(GenerateRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["chat", "embed", "transcribe", "speak", "detectSpeech", "rerank"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new GenerateRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {weft.v1.GenerateRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.GenerateRequest} GenerateRequest instance
             * @type {{
             *   (properties: weft.v1.GenerateRequest.$Shape): weft.v1.GenerateRequest & weft.v1.GenerateRequest.$Shape;
             *   (properties?: weft.v1.GenerateRequest.$Properties): weft.v1.GenerateRequest;
             * }}
             */
            GenerateRequest.create = function(properties) {
                return new GenerateRequest(properties);
            };

            /**
             * Encodes the specified GenerateRequest message. Does not implicitly {@link weft.v1.GenerateRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {weft.v1.GenerateRequest.$Properties} message GenerateRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GenerateRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.model);
                if (message.chat != null && $Object.hasOwnProperty.call(message, "chat"))
                    $root.weft.v1.ChatRequest.encode(message.chat, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs") && !$Object.is(message.deadlineUnixMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.deadlineUnixMs);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.priority);
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant") && message.tenant !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.tenant);
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion") && message.contractVersion !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.contractVersion);
                if (message.embed != null && $Object.hasOwnProperty.call(message, "embed"))
                    $root.weft.v1.EmbedRequest.encode(message.embed, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.transcribe != null && $Object.hasOwnProperty.call(message, "transcribe"))
                    $root.weft.v1.TranscribeRequest.encode(message.transcribe, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.speak != null && $Object.hasOwnProperty.call(message, "speak"))
                    $root.weft.v1.SpeakRequest.encode(message.speak, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.detectSpeech != null && $Object.hasOwnProperty.call(message, "detectSpeech"))
                    $root.weft.v1.DetectSpeechRequest.encode(message.detectSpeech, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.rerank != null && $Object.hasOwnProperty.call(message, "rerank"))
                    $root.weft.v1.RerankRequest.encode(message.rerank, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GenerateRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.GenerateRequest & weft.v1.GenerateRequest.$Shape} GenerateRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GenerateRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.GenerateRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.chat = $root.weft.v1.ChatRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.chat);
                            message.body = "chat";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.embed = $root.weft.v1.EmbedRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.embed);
                            message.body = "embed";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.transcribe = $root.weft.v1.TranscribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.transcribe);
                            message.body = "transcribe";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.speak = $root.weft.v1.SpeakRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.speak);
                            message.body = "speak";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.detectSpeech = $root.weft.v1.DetectSpeechRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.detectSpeech);
                            message.body = "detectSpeech";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.rerank = $root.weft.v1.RerankRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rerank);
                            message.body = "rerank";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deadlineUnixMs = value;
                            else
                                delete message.deadlineUnixMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tenant = value;
                            else
                                delete message.tenant;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.contractVersion = value;
                            else
                                delete message.contractVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a GenerateRequest message.
             * @function verify
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            GenerateRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.ChatRequest.verify(message.chat, _depth + 1);
                        if (error)
                            return "chat." + error;
                    }
                }
                if (message.embed != null && $Object.hasOwnProperty.call(message, "embed")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.EmbedRequest.verify(message.embed, _depth + 1);
                        if (error)
                            return "embed." + error;
                    }
                }
                if (message.transcribe != null && $Object.hasOwnProperty.call(message, "transcribe")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.TranscribeRequest.verify(message.transcribe, _depth + 1);
                        if (error)
                            return "transcribe." + error;
                    }
                }
                if (message.speak != null && $Object.hasOwnProperty.call(message, "speak")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.SpeakRequest.verify(message.speak, _depth + 1);
                        if (error)
                            return "speak." + error;
                    }
                }
                if (message.detectSpeech != null && $Object.hasOwnProperty.call(message, "detectSpeech")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.DetectSpeechRequest.verify(message.detectSpeech, _depth + 1);
                        if (error)
                            return "detectSpeech." + error;
                    }
                }
                if (message.rerank != null && $Object.hasOwnProperty.call(message, "rerank")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.RerankRequest.verify(message.rerank, _depth + 1);
                        if (error)
                            return "rerank." + error;
                    }
                }
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs"))
                    if (typeof message.deadlineUnixMs !== "number")
                        return "deadlineUnixMs: number expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                        return "priority: enum value expected";
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    if (!$util.isString(message.tenant))
                        return "tenant: string expected";
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion"))
                    if (typeof message.contractVersion !== "number" || (message.contractVersion | 0) !== message.contractVersion)
                        return "contractVersion: enum value expected";
                return null;
            };

            /**
             * Creates a GenerateRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.GenerateRequest} GenerateRequest
             */
            GenerateRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.GenerateRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.GenerateRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.GenerateRequest();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.chat != null) {
                    if (!$util.isObject(object.chat))
                        throw $TypeError(".weft.v1.GenerateRequest.chat: object expected");
                    message.chat = $root.weft.v1.ChatRequest.fromObject(object.chat, _depth + 1);
                }
                if (object.embed != null) {
                    if (!$util.isObject(object.embed))
                        throw $TypeError(".weft.v1.GenerateRequest.embed: object expected");
                    message.embed = $root.weft.v1.EmbedRequest.fromObject(object.embed, _depth + 1);
                }
                if (object.transcribe != null) {
                    if (!$util.isObject(object.transcribe))
                        throw $TypeError(".weft.v1.GenerateRequest.transcribe: object expected");
                    message.transcribe = $root.weft.v1.TranscribeRequest.fromObject(object.transcribe, _depth + 1);
                }
                if (object.speak != null) {
                    if (!$util.isObject(object.speak))
                        throw $TypeError(".weft.v1.GenerateRequest.speak: object expected");
                    message.speak = $root.weft.v1.SpeakRequest.fromObject(object.speak, _depth + 1);
                }
                if (object.detectSpeech != null) {
                    if (!$util.isObject(object.detectSpeech))
                        throw $TypeError(".weft.v1.GenerateRequest.detectSpeech: object expected");
                    message.detectSpeech = $root.weft.v1.DetectSpeechRequest.fromObject(object.detectSpeech, _depth + 1);
                }
                if (object.rerank != null) {
                    if (!$util.isObject(object.rerank))
                        throw $TypeError(".weft.v1.GenerateRequest.rerank: object expected");
                    message.rerank = $root.weft.v1.RerankRequest.fromObject(object.rerank, _depth + 1);
                }
                if (object.deadlineUnixMs != null)
                    if (!$Object.is($Number(object.deadlineUnixMs), 0))
                        message.deadlineUnixMs = $Number(object.deadlineUnixMs);
                if (object.priority !== 0 && (typeof object.priority !== "string" || $root.weft.v1.Priority[object.priority] !== 0))
                    switch (object.priority) {
                    case "PRIORITY_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "PRIORITY_REALTIME":
                    case 1:
                        message.priority = 1;
                        break;
                    case "PRIORITY_BATCH":
                    case 2:
                        message.priority = 2;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                if (object.tenant != null)
                    if (typeof object.tenant !== "string" || object.tenant.length)
                        message.tenant = $String(object.tenant);
                if (object.contractVersion !== 0 && (typeof object.contractVersion !== "string" || $root.weft.v1.ContractVersion[object.contractVersion] !== 0))
                    switch (object.contractVersion) {
                    case "CONTRACT_VERSION_UNSPECIFIED":
                    case 0:
                        message.contractVersion = 0;
                        break;
                    case "CONTRACT_VERSION_1":
                    case 1:
                        message.contractVersion = 1;
                        break;
                    default:
                        if (typeof object.contractVersion === "number" && (object.contractVersion | 0) === object.contractVersion)
                            message.contractVersion = object.contractVersion;
                    }
                return message;
            };

            /**
             * Creates a plain object from a GenerateRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {weft.v1.GenerateRequest} message GenerateRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GenerateRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.model = "";
                    object.deadlineUnixMs = 0;
                    object.priority = options.enums === $String ? "PRIORITY_UNSPECIFIED" : 0;
                    object.tenant = "";
                    object.contractVersion = options.enums === $String ? "CONTRACT_VERSION_UNSPECIFIED" : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                    object.chat = $root.weft.v1.ChatRequest.toObject(message.chat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chat";
                }
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs"))
                    object.deadlineUnixMs = options.json && !$isFinite(message.deadlineUnixMs) ? $String(message.deadlineUnixMs) : message.deadlineUnixMs;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === $String ? $root.weft.v1.Priority[message.priority] === $undefined ? message.priority : $root.weft.v1.Priority[message.priority] : message.priority;
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    object.tenant = message.tenant;
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion"))
                    object.contractVersion = options.enums === $String ? $root.weft.v1.ContractVersion[message.contractVersion] === $undefined ? message.contractVersion : $root.weft.v1.ContractVersion[message.contractVersion] : message.contractVersion;
                if (message.embed != null && $Object.hasOwnProperty.call(message, "embed")) {
                    object.embed = $root.weft.v1.EmbedRequest.toObject(message.embed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "embed";
                }
                if (message.transcribe != null && $Object.hasOwnProperty.call(message, "transcribe")) {
                    object.transcribe = $root.weft.v1.TranscribeRequest.toObject(message.transcribe, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "transcribe";
                }
                if (message.speak != null && $Object.hasOwnProperty.call(message, "speak")) {
                    object.speak = $root.weft.v1.SpeakRequest.toObject(message.speak, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "speak";
                }
                if (message.detectSpeech != null && $Object.hasOwnProperty.call(message, "detectSpeech")) {
                    object.detectSpeech = $root.weft.v1.DetectSpeechRequest.toObject(message.detectSpeech, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "detectSpeech";
                }
                if (message.rerank != null && $Object.hasOwnProperty.call(message, "rerank")) {
                    object.rerank = $root.weft.v1.RerankRequest.toObject(message.rerank, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "rerank";
                }
                return object;
            };

            /**
             * Converts this GenerateRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.GenerateRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GenerateRequest.prototype.toJSON = function() {
                return GenerateRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GenerateRequest
             * @function getTypeUrl
             * @memberof weft.v1.GenerateRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GenerateRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.GenerateRequest";
            };

            return GenerateRequest;
        })();

        v1.CancelRequest = (function() {

            /**
             * Properties of a CancelRequest.
             * @typedef {Object} weft.v1.CancelRequest.$Properties
             * @property {string|null} [requestId] CancelRequest requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelRequest.
             * @memberof weft.v1
             * @interface ICancelRequest
             * @augments weft.v1.CancelRequest.$Properties
             * @deprecated Use weft.v1.CancelRequest.$Properties instead.
             */

            /**
             * Shape of a CancelRequest.
             * @typedef {weft.v1.CancelRequest.$Properties} weft.v1.CancelRequest.$Shape
             */

            /**
             * Constructs a new CancelRequest.
             * @memberof weft.v1
             * @classdesc Represents a CancelRequest.
             * @constructor
             * @param {weft.v1.CancelRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelRequest requestId.
             * @member {string} requestId
             * @memberof weft.v1.CancelRequest
             * @instance
             */
            CancelRequest.prototype.requestId = "";

            /**
             * Creates a new CancelRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CancelRequest} CancelRequest instance
             * @type {{
             *   (properties: weft.v1.CancelRequest.$Shape): weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape;
             *   (properties?: weft.v1.CancelRequest.$Properties): weft.v1.CancelRequest;
             * }}
             */
            CancelRequest.create = function(properties) {
                return new CancelRequest(properties);
            };

            /**
             * Encodes the specified CancelRequest message. Does not implicitly {@link weft.v1.CancelRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest.$Properties} message CancelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CancelRequest & weft.v1.CancelRequest.$Shape} CancelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CancelRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CancelRequest message.
             * @function verify
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                return null;
            };

            /**
             * Creates a CancelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CancelRequest} CancelRequest
             */
            CancelRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CancelRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CancelRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CancelRequest();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                return message;
            };

            /**
             * Creates a plain object from a CancelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {weft.v1.CancelRequest} message CancelRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                return object;
            };

            /**
             * Converts this CancelRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.CancelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelRequest.prototype.toJSON = function() {
                return CancelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelRequest
             * @function getTypeUrl
             * @memberof weft.v1.CancelRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CancelRequest";
            };

            return CancelRequest;
        })();

        v1.CancelReply = (function() {

            /**
             * Properties of a CancelReply.
             * @typedef {Object} weft.v1.CancelReply.$Properties
             * @property {boolean|null} [found] CancelReply found
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelReply.
             * @memberof weft.v1
             * @interface ICancelReply
             * @augments weft.v1.CancelReply.$Properties
             * @deprecated Use weft.v1.CancelReply.$Properties instead.
             */

            /**
             * Shape of a CancelReply.
             * @typedef {weft.v1.CancelReply.$Properties} weft.v1.CancelReply.$Shape
             */

            /**
             * Constructs a new CancelReply.
             * @memberof weft.v1
             * @classdesc Represents a CancelReply.
             * @constructor
             * @param {weft.v1.CancelReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelReply found.
             * @member {boolean} found
             * @memberof weft.v1.CancelReply
             * @instance
             */
            CancelReply.prototype.found = false;

            /**
             * Creates a new CancelReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CancelReply} CancelReply instance
             * @type {{
             *   (properties: weft.v1.CancelReply.$Shape): weft.v1.CancelReply & weft.v1.CancelReply.$Shape;
             *   (properties?: weft.v1.CancelReply.$Properties): weft.v1.CancelReply;
             * }}
             */
            CancelReply.create = function(properties) {
                return new CancelReply(properties);
            };

            /**
             * Encodes the specified CancelReply message. Does not implicitly {@link weft.v1.CancelReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply.$Properties} message CancelReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.found != null && $Object.hasOwnProperty.call(message, "found") && message.found !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.found);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CancelReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CancelReply & weft.v1.CancelReply.$Shape} CancelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CancelReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.found = value;
                            else
                                delete message.found;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CancelReply message.
             * @function verify
             * @memberof weft.v1.CancelReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                    if (typeof message.found !== "boolean")
                        return "found: boolean expected";
                return null;
            };

            /**
             * Creates a CancelReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CancelReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CancelReply} CancelReply
             */
            CancelReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CancelReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CancelReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CancelReply();
                if (object.found != null)
                    if (object.found)
                        message.found = $Boolean(object.found);
                return message;
            };

            /**
             * Creates a plain object from a CancelReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CancelReply
             * @static
             * @param {weft.v1.CancelReply} message CancelReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.found = false;
                if (message.found != null && $Object.hasOwnProperty.call(message, "found"))
                    object.found = message.found;
                return object;
            };

            /**
             * Converts this CancelReply to JSON.
             * @function toJSON
             * @memberof weft.v1.CancelReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelReply.prototype.toJSON = function() {
                return CancelReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelReply
             * @function getTypeUrl
             * @memberof weft.v1.CancelReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CancelReply";
            };

            return CancelReply;
        })();

        v1.LoadModelRequest = (function() {

            /**
             * Properties of a LoadModelRequest.
             * @typedef {Object} weft.v1.LoadModelRequest.$Properties
             * @property {string|null} [name] LoadModelRequest name
             * @property {string|null} [path] LoadModelRequest path
             * @property {string|null} [engine] LoadModelRequest engine
             * @property {number|null} [contextSize] LoadModelRequest contextSize
             * @property {number|null} [slots] LoadModelRequest slots
             * @property {string|null} [chatTemplate] LoadModelRequest chatTemplate
             * @property {weft.v1.DeviceKind|null} [deviceKind] LoadModelRequest deviceKind
             * @property {number|null} [deviceIndex] LoadModelRequest deviceIndex
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadModelRequest.
             * @memberof weft.v1
             * @interface ILoadModelRequest
             * @augments weft.v1.LoadModelRequest.$Properties
             * @deprecated Use weft.v1.LoadModelRequest.$Properties instead.
             */

            /**
             * Shape of a LoadModelRequest.
             * @typedef {weft.v1.LoadModelRequest.$Properties} weft.v1.LoadModelRequest.$Shape
             */

            /**
             * Constructs a new LoadModelRequest.
             * @memberof weft.v1
             * @classdesc Represents a LoadModelRequest.
             * @constructor
             * @param {weft.v1.LoadModelRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadModelRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadModelRequest name.
             * @member {string} name
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.name = "";

            /**
             * LoadModelRequest path.
             * @member {string} path
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.path = "";

            /**
             * LoadModelRequest engine.
             * @member {string} engine
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.engine = "";

            /**
             * LoadModelRequest contextSize.
             * @member {number} contextSize
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.contextSize = 0;

            /**
             * LoadModelRequest slots.
             * @member {number} slots
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.slots = 0;

            /**
             * LoadModelRequest chatTemplate.
             * @member {string} chatTemplate
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.chatTemplate = "";

            /**
             * LoadModelRequest deviceKind.
             * @member {weft.v1.DeviceKind} deviceKind
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.deviceKind = 0;

            /**
             * LoadModelRequest deviceIndex.
             * @member {number} deviceIndex
             * @memberof weft.v1.LoadModelRequest
             * @instance
             */
            LoadModelRequest.prototype.deviceIndex = 0;

            /**
             * Creates a new LoadModelRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {weft.v1.LoadModelRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.LoadModelRequest} LoadModelRequest instance
             * @type {{
             *   (properties: weft.v1.LoadModelRequest.$Shape): weft.v1.LoadModelRequest & weft.v1.LoadModelRequest.$Shape;
             *   (properties?: weft.v1.LoadModelRequest.$Properties): weft.v1.LoadModelRequest;
             * }}
             */
            LoadModelRequest.create = function(properties) {
                return new LoadModelRequest(properties);
            };

            /**
             * Encodes the specified LoadModelRequest message. Does not implicitly {@link weft.v1.LoadModelRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {weft.v1.LoadModelRequest.$Properties} message LoadModelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadModelRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine") && message.engine !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.engine);
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize") && message.contextSize !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.contextSize);
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.slots);
                if (message.chatTemplate != null && $Object.hasOwnProperty.call(message, "chatTemplate") && message.chatTemplate !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.chatTemplate);
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind") && message.deviceKind !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.deviceKind);
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex") && message.deviceIndex !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.deviceIndex);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadModelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.LoadModelRequest & weft.v1.LoadModelRequest.$Shape} LoadModelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadModelRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.LoadModelRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.engine = value;
                            else
                                delete message.engine;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contextSize = value;
                            else
                                delete message.contextSize;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slots = value;
                            else
                                delete message.slots;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chatTemplate = value;
                            else
                                delete message.chatTemplate;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceKind = value;
                            else
                                delete message.deviceKind;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deviceIndex = value;
                            else
                                delete message.deviceIndex;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadModelRequest message.
             * @function verify
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadModelRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    if (!$util.isString(message.engine))
                        return "engine: string expected";
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                    if (!$util.isInteger(message.contextSize))
                        return "contextSize: integer expected";
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    if (!$util.isInteger(message.slots))
                        return "slots: integer expected";
                if (message.chatTemplate != null && $Object.hasOwnProperty.call(message, "chatTemplate"))
                    if (!$util.isString(message.chatTemplate))
                        return "chatTemplate: string expected";
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind"))
                    if (typeof message.deviceKind !== "number" || (message.deviceKind | 0) !== message.deviceKind)
                        return "deviceKind: enum value expected";
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex"))
                    if (!$util.isInteger(message.deviceIndex))
                        return "deviceIndex: integer expected";
                return null;
            };

            /**
             * Creates a LoadModelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.LoadModelRequest} LoadModelRequest
             */
            LoadModelRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.LoadModelRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.LoadModelRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.LoadModelRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.engine != null)
                    if (typeof object.engine !== "string" || object.engine.length)
                        message.engine = $String(object.engine);
                if (object.contextSize != null)
                    if ($Number(object.contextSize) !== 0)
                        message.contextSize = object.contextSize >>> 0;
                if (object.slots != null)
                    if ($Number(object.slots) !== 0)
                        message.slots = object.slots >>> 0;
                if (object.chatTemplate != null)
                    if (typeof object.chatTemplate !== "string" || object.chatTemplate.length)
                        message.chatTemplate = $String(object.chatTemplate);
                if (object.deviceKind !== 0 && (typeof object.deviceKind !== "string" || $root.weft.v1.DeviceKind[object.deviceKind] !== 0))
                    switch (object.deviceKind) {
                    case "DEVICE_KIND_UNSPECIFIED":
                    case 0:
                        message.deviceKind = 0;
                        break;
                    case "DEVICE_KIND_CPU":
                    case 1:
                        message.deviceKind = 1;
                        break;
                    case "DEVICE_KIND_NVIDIA":
                    case 2:
                        message.deviceKind = 2;
                        break;
                    case "DEVICE_KIND_ASCEND":
                    case 3:
                        message.deviceKind = 3;
                        break;
                    default:
                        if (typeof object.deviceKind === "number" && (object.deviceKind | 0) === object.deviceKind)
                            message.deviceKind = object.deviceKind;
                    }
                if (object.deviceIndex != null)
                    if ($Number(object.deviceIndex) !== 0)
                        message.deviceIndex = object.deviceIndex >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a LoadModelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {weft.v1.LoadModelRequest} message LoadModelRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadModelRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.path = "";
                    object.engine = "";
                    object.contextSize = 0;
                    object.slots = 0;
                    object.chatTemplate = "";
                    object.deviceKind = options.enums === $String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    object.deviceIndex = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    object.engine = message.engine;
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                    object.contextSize = message.contextSize;
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    object.slots = message.slots;
                if (message.chatTemplate != null && $Object.hasOwnProperty.call(message, "chatTemplate"))
                    object.chatTemplate = message.chatTemplate;
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind"))
                    object.deviceKind = options.enums === $String ? $root.weft.v1.DeviceKind[message.deviceKind] === $undefined ? message.deviceKind : $root.weft.v1.DeviceKind[message.deviceKind] : message.deviceKind;
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex"))
                    object.deviceIndex = message.deviceIndex;
                return object;
            };

            /**
             * Converts this LoadModelRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.LoadModelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadModelRequest.prototype.toJSON = function() {
                return LoadModelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadModelRequest
             * @function getTypeUrl
             * @memberof weft.v1.LoadModelRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadModelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.LoadModelRequest";
            };

            return LoadModelRequest;
        })();

        v1.LoadModelReply = (function() {

            /**
             * Properties of a LoadModelReply.
             * @typedef {Object} weft.v1.LoadModelReply.$Properties
             * @property {weft.v1.LoadedModel.$Properties|null} [model] LoadModelReply model
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadModelReply.
             * @memberof weft.v1
             * @interface ILoadModelReply
             * @augments weft.v1.LoadModelReply.$Properties
             * @deprecated Use weft.v1.LoadModelReply.$Properties instead.
             */

            /**
             * Shape of a LoadModelReply.
             * @typedef {weft.v1.LoadModelReply.$Properties} weft.v1.LoadModelReply.$Shape
             */

            /**
             * Constructs a new LoadModelReply.
             * @memberof weft.v1
             * @classdesc Represents a LoadModelReply.
             * @constructor
             * @param {weft.v1.LoadModelReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadModelReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadModelReply model.
             * @member {weft.v1.LoadedModel.$Properties|null|undefined} model
             * @memberof weft.v1.LoadModelReply
             * @instance
             */
            LoadModelReply.prototype.model = null;

            /**
             * Creates a new LoadModelReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {weft.v1.LoadModelReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.LoadModelReply} LoadModelReply instance
             * @type {{
             *   (properties: weft.v1.LoadModelReply.$Shape): weft.v1.LoadModelReply & weft.v1.LoadModelReply.$Shape;
             *   (properties?: weft.v1.LoadModelReply.$Properties): weft.v1.LoadModelReply;
             * }}
             */
            LoadModelReply.create = function(properties) {
                return new LoadModelReply(properties);
            };

            /**
             * Encodes the specified LoadModelReply message. Does not implicitly {@link weft.v1.LoadModelReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {weft.v1.LoadModelReply.$Properties} message LoadModelReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadModelReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    $root.weft.v1.LoadedModel.encode(message.model, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadModelReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.LoadModelReply & weft.v1.LoadModelReply.$Shape} LoadModelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadModelReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.LoadModelReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.model = $root.weft.v1.LoadedModel.decode(reader, reader.size(), $undefined, _depth + 1, message.model);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadModelReply message.
             * @function verify
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadModelReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model")) {
                    let error = $root.weft.v1.LoadedModel.verify(message.model, _depth + 1);
                    if (error)
                        return "model." + error;
                }
                return null;
            };

            /**
             * Creates a LoadModelReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.LoadModelReply} LoadModelReply
             */
            LoadModelReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.LoadModelReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.LoadModelReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.LoadModelReply();
                if (object.model != null) {
                    if (!$util.isObject(object.model))
                        throw $TypeError(".weft.v1.LoadModelReply.model: object expected");
                    message.model = $root.weft.v1.LoadedModel.fromObject(object.model, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoadModelReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {weft.v1.LoadModelReply} message LoadModelReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadModelReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.model = null;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = $root.weft.v1.LoadedModel.toObject(message.model, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoadModelReply to JSON.
             * @function toJSON
             * @memberof weft.v1.LoadModelReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadModelReply.prototype.toJSON = function() {
                return LoadModelReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LoadModelReply
             * @function getTypeUrl
             * @memberof weft.v1.LoadModelReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LoadModelReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.LoadModelReply";
            };

            return LoadModelReply;
        })();

        v1.UnloadModelRequest = (function() {

            /**
             * Properties of an UnloadModelRequest.
             * @typedef {Object} weft.v1.UnloadModelRequest.$Properties
             * @property {string|null} [name] UnloadModelRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnloadModelRequest.
             * @memberof weft.v1
             * @interface IUnloadModelRequest
             * @augments weft.v1.UnloadModelRequest.$Properties
             * @deprecated Use weft.v1.UnloadModelRequest.$Properties instead.
             */

            /**
             * Shape of an UnloadModelRequest.
             * @typedef {weft.v1.UnloadModelRequest.$Properties} weft.v1.UnloadModelRequest.$Shape
             */

            /**
             * Constructs a new UnloadModelRequest.
             * @memberof weft.v1
             * @classdesc Represents an UnloadModelRequest.
             * @constructor
             * @param {weft.v1.UnloadModelRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnloadModelRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnloadModelRequest name.
             * @member {string} name
             * @memberof weft.v1.UnloadModelRequest
             * @instance
             */
            UnloadModelRequest.prototype.name = "";

            /**
             * Creates a new UnloadModelRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {weft.v1.UnloadModelRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.UnloadModelRequest} UnloadModelRequest instance
             * @type {{
             *   (properties: weft.v1.UnloadModelRequest.$Shape): weft.v1.UnloadModelRequest & weft.v1.UnloadModelRequest.$Shape;
             *   (properties?: weft.v1.UnloadModelRequest.$Properties): weft.v1.UnloadModelRequest;
             * }}
             */
            UnloadModelRequest.create = function(properties) {
                return new UnloadModelRequest(properties);
            };

            /**
             * Encodes the specified UnloadModelRequest message. Does not implicitly {@link weft.v1.UnloadModelRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {weft.v1.UnloadModelRequest.$Properties} message UnloadModelRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnloadModelRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnloadModelRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.UnloadModelRequest & weft.v1.UnloadModelRequest.$Shape} UnloadModelRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnloadModelRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.UnloadModelRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an UnloadModelRequest message.
             * @function verify
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UnloadModelRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                return null;
            };

            /**
             * Creates an UnloadModelRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.UnloadModelRequest} UnloadModelRequest
             */
            UnloadModelRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.UnloadModelRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.UnloadModelRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.UnloadModelRequest();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from an UnloadModelRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {weft.v1.UnloadModelRequest} message UnloadModelRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnloadModelRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.name = "";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this UnloadModelRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.UnloadModelRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnloadModelRequest.prototype.toJSON = function() {
                return UnloadModelRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnloadModelRequest
             * @function getTypeUrl
             * @memberof weft.v1.UnloadModelRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnloadModelRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.UnloadModelRequest";
            };

            return UnloadModelRequest;
        })();

        v1.UnloadModelReply = (function() {

            /**
             * Properties of an UnloadModelReply.
             * @typedef {Object} weft.v1.UnloadModelReply.$Properties
             * @property {boolean|null} [unloaded] UnloadModelReply unloaded
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an UnloadModelReply.
             * @memberof weft.v1
             * @interface IUnloadModelReply
             * @augments weft.v1.UnloadModelReply.$Properties
             * @deprecated Use weft.v1.UnloadModelReply.$Properties instead.
             */

            /**
             * Shape of an UnloadModelReply.
             * @typedef {weft.v1.UnloadModelReply.$Properties} weft.v1.UnloadModelReply.$Shape
             */

            /**
             * Constructs a new UnloadModelReply.
             * @memberof weft.v1
             * @classdesc Represents an UnloadModelReply.
             * @constructor
             * @param {weft.v1.UnloadModelReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UnloadModelReply = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UnloadModelReply unloaded.
             * @member {boolean} unloaded
             * @memberof weft.v1.UnloadModelReply
             * @instance
             */
            UnloadModelReply.prototype.unloaded = false;

            /**
             * Creates a new UnloadModelReply instance using the specified properties.
             * @function create
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {weft.v1.UnloadModelReply.$Properties=} [properties] Properties to set
             * @returns {weft.v1.UnloadModelReply} UnloadModelReply instance
             * @type {{
             *   (properties: weft.v1.UnloadModelReply.$Shape): weft.v1.UnloadModelReply & weft.v1.UnloadModelReply.$Shape;
             *   (properties?: weft.v1.UnloadModelReply.$Properties): weft.v1.UnloadModelReply;
             * }}
             */
            UnloadModelReply.create = function(properties) {
                return new UnloadModelReply(properties);
            };

            /**
             * Encodes the specified UnloadModelReply message. Does not implicitly {@link weft.v1.UnloadModelReply.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {weft.v1.UnloadModelReply.$Properties} message UnloadModelReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UnloadModelReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.unloaded != null && $Object.hasOwnProperty.call(message, "unloaded") && message.unloaded !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.unloaded);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an UnloadModelReply message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.UnloadModelReply & weft.v1.UnloadModelReply.$Shape} UnloadModelReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UnloadModelReply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.UnloadModelReply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.unloaded = value;
                            else
                                delete message.unloaded;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an UnloadModelReply message.
             * @function verify
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            UnloadModelReply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.unloaded != null && $Object.hasOwnProperty.call(message, "unloaded"))
                    if (typeof message.unloaded !== "boolean")
                        return "unloaded: boolean expected";
                return null;
            };

            /**
             * Creates an UnloadModelReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.UnloadModelReply} UnloadModelReply
             */
            UnloadModelReply.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.UnloadModelReply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.UnloadModelReply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.UnloadModelReply();
                if (object.unloaded != null)
                    if (object.unloaded)
                        message.unloaded = $Boolean(object.unloaded);
                return message;
            };

            /**
             * Creates a plain object from an UnloadModelReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {weft.v1.UnloadModelReply} message UnloadModelReply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UnloadModelReply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.unloaded = false;
                if (message.unloaded != null && $Object.hasOwnProperty.call(message, "unloaded"))
                    object.unloaded = message.unloaded;
                return object;
            };

            /**
             * Converts this UnloadModelReply to JSON.
             * @function toJSON
             * @memberof weft.v1.UnloadModelReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UnloadModelReply.prototype.toJSON = function() {
                return UnloadModelReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for UnloadModelReply
             * @function getTypeUrl
             * @memberof weft.v1.UnloadModelReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            UnloadModelReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.UnloadModelReply";
            };

            return UnloadModelReply;
        })();

        v1.InferenceRequest = (function() {

            /**
             * Properties of an InferenceRequest.
             * @typedef {Object} weft.v1.InferenceRequest.$Properties
             * @property {string|null} [requestId] InferenceRequest requestId
             * @property {string|null} [tenant] InferenceRequest tenant
             * @property {string|null} [model] InferenceRequest model
             * @property {weft.v1.Priority|null} [priority] InferenceRequest priority
             * @property {number|null} [deadlineUnixMs] InferenceRequest deadlineUnixMs
             * @property {string|null} [replySubject] InferenceRequest replySubject
             * @property {number|null} [createdUnixMs] InferenceRequest createdUnixMs
             * @property {boolean|null} [stream] InferenceRequest stream
             * @property {weft.v1.ChatRequest.$Properties|null} [chat] InferenceRequest chat
             * @property {weft.v1.EmbedRequest.$Properties|null} [embed] InferenceRequest embed
             * @property {weft.v1.TranscribeRequest.$Properties|null} [transcribe] InferenceRequest transcribe
             * @property {weft.v1.SpeakRequest.$Properties|null} [speak] InferenceRequest speak
             * @property {weft.v1.DetectSpeechRequest.$Properties|null} [detectSpeech] InferenceRequest detectSpeech
             * @property {weft.v1.RerankRequest.$Properties|null} [rerank] InferenceRequest rerank
             * @property {weft.v1.ContractVersion|null} [contractVersion] InferenceRequest contractVersion
             * @property {"chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank"} [body] InferenceRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InferenceRequest.
             * @memberof weft.v1
             * @interface IInferenceRequest
             * @augments weft.v1.InferenceRequest.$Properties
             * @deprecated Use weft.v1.InferenceRequest.$Properties instead.
             */

            /**
             * Narrowed shape of an InferenceRequest.
             * @typedef {{
             *   requestId?: string|null;
             *   tenant?: string|null;
             *   model?: string|null;
             *   priority?: weft.v1.Priority|null;
             *   deadlineUnixMs?: number|null;
             *   replySubject?: string|null;
             *   createdUnixMs?: number|null;
             *   stream?: boolean|null;
             *   chat?: weft.v1.ChatRequest.$Shape|null;
             *   embed?: weft.v1.EmbedRequest.$Shape|null;
             *   transcribe?: weft.v1.TranscribeRequest.$Shape|null;
             *   speak?: weft.v1.SpeakRequest.$Shape|null;
             *   detectSpeech?: weft.v1.DetectSpeechRequest.$Shape|null;
             *   rerank?: weft.v1.RerankRequest.$Shape|null;
             *   contractVersion?: weft.v1.ContractVersion|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "chat"; chat: weft.v1.ChatRequest.$Shape; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "embed"; chat?: null; embed: weft.v1.EmbedRequest.$Shape; transcribe?: null; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "transcribe"; chat?: null; embed?: null; transcribe: weft.v1.TranscribeRequest.$Shape; speak?: null; detectSpeech?: null; rerank?: null }|{ body?: "speak"; chat?: null; embed?: null; transcribe?: null; speak: weft.v1.SpeakRequest.$Shape; detectSpeech?: null; rerank?: null }|{ body?: "detectSpeech"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech: weft.v1.DetectSpeechRequest.$Shape; rerank?: null }|{ body?: "rerank"; chat?: null; embed?: null; transcribe?: null; speak?: null; detectSpeech?: null; rerank: weft.v1.RerankRequest.$Shape })
             * )} weft.v1.InferenceRequest.$Shape
             */

            /**
             * Constructs a new InferenceRequest.
             * @memberof weft.v1
             * @classdesc Represents an InferenceRequest.
             * @constructor
             * @param {weft.v1.InferenceRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InferenceRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InferenceRequest requestId.
             * @member {string} requestId
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.requestId = "";

            /**
             * InferenceRequest tenant.
             * @member {string} tenant
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.tenant = "";

            /**
             * InferenceRequest model.
             * @member {string} model
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.model = "";

            /**
             * InferenceRequest priority.
             * @member {weft.v1.Priority} priority
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.priority = 0;

            /**
             * InferenceRequest deadlineUnixMs.
             * @member {number} deadlineUnixMs
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.deadlineUnixMs = 0;

            /**
             * InferenceRequest replySubject.
             * @member {string} replySubject
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.replySubject = "";

            /**
             * InferenceRequest createdUnixMs.
             * @member {number} createdUnixMs
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.createdUnixMs = 0;

            /**
             * InferenceRequest stream.
             * @member {boolean} stream
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.stream = false;

            /**
             * InferenceRequest chat.
             * @member {weft.v1.ChatRequest.$Properties|null|undefined} chat
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.chat = null;

            /**
             * InferenceRequest embed.
             * @member {weft.v1.EmbedRequest.$Properties|null|undefined} embed
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.embed = null;

            /**
             * InferenceRequest transcribe.
             * @member {weft.v1.TranscribeRequest.$Properties|null|undefined} transcribe
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.transcribe = null;

            /**
             * InferenceRequest speak.
             * @member {weft.v1.SpeakRequest.$Properties|null|undefined} speak
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.speak = null;

            /**
             * InferenceRequest detectSpeech.
             * @member {weft.v1.DetectSpeechRequest.$Properties|null|undefined} detectSpeech
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.detectSpeech = null;

            /**
             * InferenceRequest rerank.
             * @member {weft.v1.RerankRequest.$Properties|null|undefined} rerank
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.rerank = null;

            /**
             * InferenceRequest contractVersion.
             * @member {weft.v1.ContractVersion} contractVersion
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            InferenceRequest.prototype.contractVersion = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * InferenceRequest body.
             * @member {"chat"|"embed"|"transcribe"|"speak"|"detectSpeech"|"rerank"|undefined} body
             * @memberof weft.v1.InferenceRequest
             * @instance
             */
            $Object.defineProperty(InferenceRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["chat", "embed", "transcribe", "speak", "detectSpeech", "rerank"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new InferenceRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {weft.v1.InferenceRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.InferenceRequest} InferenceRequest instance
             * @type {{
             *   (properties: weft.v1.InferenceRequest.$Shape): weft.v1.InferenceRequest & weft.v1.InferenceRequest.$Shape;
             *   (properties?: weft.v1.InferenceRequest.$Properties): weft.v1.InferenceRequest;
             * }}
             */
            InferenceRequest.create = function(properties) {
                return new InferenceRequest(properties);
            };

            /**
             * Encodes the specified InferenceRequest message. Does not implicitly {@link weft.v1.InferenceRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {weft.v1.InferenceRequest.$Properties} message InferenceRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InferenceRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant") && message.tenant !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.tenant);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.model);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.priority);
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs") && !$Object.is(message.deadlineUnixMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.deadlineUnixMs);
                if (message.replySubject != null && $Object.hasOwnProperty.call(message, "replySubject") && message.replySubject !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.replySubject);
                if (message.createdUnixMs != null && $Object.hasOwnProperty.call(message, "createdUnixMs") && !$Object.is(message.createdUnixMs, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.createdUnixMs);
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream") && message.stream !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.stream);
                if (message.chat != null && $Object.hasOwnProperty.call(message, "chat"))
                    $root.weft.v1.ChatRequest.encode(message.chat, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.embed != null && $Object.hasOwnProperty.call(message, "embed"))
                    $root.weft.v1.EmbedRequest.encode(message.embed, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion") && message.contractVersion !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.contractVersion);
                if (message.transcribe != null && $Object.hasOwnProperty.call(message, "transcribe"))
                    $root.weft.v1.TranscribeRequest.encode(message.transcribe, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.speak != null && $Object.hasOwnProperty.call(message, "speak"))
                    $root.weft.v1.SpeakRequest.encode(message.speak, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.detectSpeech != null && $Object.hasOwnProperty.call(message, "detectSpeech"))
                    $root.weft.v1.DetectSpeechRequest.encode(message.detectSpeech, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.rerank != null && $Object.hasOwnProperty.call(message, "rerank"))
                    $root.weft.v1.RerankRequest.encode(message.rerank, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InferenceRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.InferenceRequest & weft.v1.InferenceRequest.$Shape} InferenceRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InferenceRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.InferenceRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tenant = value;
                            else
                                delete message.tenant;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.deadlineUnixMs = value;
                            else
                                delete message.deadlineUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replySubject = value;
                            else
                                delete message.replySubject;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.createdUnixMs = value;
                            else
                                delete message.createdUnixMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.stream = value;
                            else
                                delete message.stream;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.chat = $root.weft.v1.ChatRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.chat);
                            message.body = "chat";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.embed = $root.weft.v1.EmbedRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.embed);
                            message.body = "embed";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.transcribe = $root.weft.v1.TranscribeRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.transcribe);
                            message.body = "transcribe";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.speak = $root.weft.v1.SpeakRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.speak);
                            message.body = "speak";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.detectSpeech = $root.weft.v1.DetectSpeechRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.detectSpeech);
                            message.body = "detectSpeech";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.rerank = $root.weft.v1.RerankRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.rerank);
                            message.body = "rerank";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.contractVersion = value;
                            else
                                delete message.contractVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an InferenceRequest message.
             * @function verify
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InferenceRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    if (!$util.isString(message.tenant))
                        return "tenant: string expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                        return "priority: enum value expected";
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs"))
                    if (typeof message.deadlineUnixMs !== "number")
                        return "deadlineUnixMs: number expected";
                if (message.replySubject != null && $Object.hasOwnProperty.call(message, "replySubject"))
                    if (!$util.isString(message.replySubject))
                        return "replySubject: string expected";
                if (message.createdUnixMs != null && $Object.hasOwnProperty.call(message, "createdUnixMs"))
                    if (typeof message.createdUnixMs !== "number")
                        return "createdUnixMs: number expected";
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    if (typeof message.stream !== "boolean")
                        return "stream: boolean expected";
                if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.ChatRequest.verify(message.chat, _depth + 1);
                        if (error)
                            return "chat." + error;
                    }
                }
                if (message.embed != null && $Object.hasOwnProperty.call(message, "embed")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.EmbedRequest.verify(message.embed, _depth + 1);
                        if (error)
                            return "embed." + error;
                    }
                }
                if (message.transcribe != null && $Object.hasOwnProperty.call(message, "transcribe")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.TranscribeRequest.verify(message.transcribe, _depth + 1);
                        if (error)
                            return "transcribe." + error;
                    }
                }
                if (message.speak != null && $Object.hasOwnProperty.call(message, "speak")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.SpeakRequest.verify(message.speak, _depth + 1);
                        if (error)
                            return "speak." + error;
                    }
                }
                if (message.detectSpeech != null && $Object.hasOwnProperty.call(message, "detectSpeech")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.DetectSpeechRequest.verify(message.detectSpeech, _depth + 1);
                        if (error)
                            return "detectSpeech." + error;
                    }
                }
                if (message.rerank != null && $Object.hasOwnProperty.call(message, "rerank")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.weft.v1.RerankRequest.verify(message.rerank, _depth + 1);
                        if (error)
                            return "rerank." + error;
                    }
                }
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion"))
                    if (typeof message.contractVersion !== "number" || (message.contractVersion | 0) !== message.contractVersion)
                        return "contractVersion: enum value expected";
                return null;
            };

            /**
             * Creates an InferenceRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.InferenceRequest} InferenceRequest
             */
            InferenceRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.InferenceRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.InferenceRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.InferenceRequest();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.tenant != null)
                    if (typeof object.tenant !== "string" || object.tenant.length)
                        message.tenant = $String(object.tenant);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.priority !== 0 && (typeof object.priority !== "string" || $root.weft.v1.Priority[object.priority] !== 0))
                    switch (object.priority) {
                    case "PRIORITY_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "PRIORITY_REALTIME":
                    case 1:
                        message.priority = 1;
                        break;
                    case "PRIORITY_BATCH":
                    case 2:
                        message.priority = 2;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                if (object.deadlineUnixMs != null)
                    if (!$Object.is($Number(object.deadlineUnixMs), 0))
                        message.deadlineUnixMs = $Number(object.deadlineUnixMs);
                if (object.replySubject != null)
                    if (typeof object.replySubject !== "string" || object.replySubject.length)
                        message.replySubject = $String(object.replySubject);
                if (object.createdUnixMs != null)
                    if (!$Object.is($Number(object.createdUnixMs), 0))
                        message.createdUnixMs = $Number(object.createdUnixMs);
                if (object.stream != null)
                    if (object.stream)
                        message.stream = $Boolean(object.stream);
                if (object.chat != null) {
                    if (!$util.isObject(object.chat))
                        throw $TypeError(".weft.v1.InferenceRequest.chat: object expected");
                    message.chat = $root.weft.v1.ChatRequest.fromObject(object.chat, _depth + 1);
                }
                if (object.embed != null) {
                    if (!$util.isObject(object.embed))
                        throw $TypeError(".weft.v1.InferenceRequest.embed: object expected");
                    message.embed = $root.weft.v1.EmbedRequest.fromObject(object.embed, _depth + 1);
                }
                if (object.transcribe != null) {
                    if (!$util.isObject(object.transcribe))
                        throw $TypeError(".weft.v1.InferenceRequest.transcribe: object expected");
                    message.transcribe = $root.weft.v1.TranscribeRequest.fromObject(object.transcribe, _depth + 1);
                }
                if (object.speak != null) {
                    if (!$util.isObject(object.speak))
                        throw $TypeError(".weft.v1.InferenceRequest.speak: object expected");
                    message.speak = $root.weft.v1.SpeakRequest.fromObject(object.speak, _depth + 1);
                }
                if (object.detectSpeech != null) {
                    if (!$util.isObject(object.detectSpeech))
                        throw $TypeError(".weft.v1.InferenceRequest.detectSpeech: object expected");
                    message.detectSpeech = $root.weft.v1.DetectSpeechRequest.fromObject(object.detectSpeech, _depth + 1);
                }
                if (object.rerank != null) {
                    if (!$util.isObject(object.rerank))
                        throw $TypeError(".weft.v1.InferenceRequest.rerank: object expected");
                    message.rerank = $root.weft.v1.RerankRequest.fromObject(object.rerank, _depth + 1);
                }
                if (object.contractVersion !== 0 && (typeof object.contractVersion !== "string" || $root.weft.v1.ContractVersion[object.contractVersion] !== 0))
                    switch (object.contractVersion) {
                    case "CONTRACT_VERSION_UNSPECIFIED":
                    case 0:
                        message.contractVersion = 0;
                        break;
                    case "CONTRACT_VERSION_1":
                    case 1:
                        message.contractVersion = 1;
                        break;
                    default:
                        if (typeof object.contractVersion === "number" && (object.contractVersion | 0) === object.contractVersion)
                            message.contractVersion = object.contractVersion;
                    }
                return message;
            };

            /**
             * Creates a plain object from an InferenceRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {weft.v1.InferenceRequest} message InferenceRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InferenceRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.tenant = "";
                    object.model = "";
                    object.priority = options.enums === $String ? "PRIORITY_UNSPECIFIED" : 0;
                    object.deadlineUnixMs = 0;
                    object.replySubject = "";
                    object.createdUnixMs = 0;
                    object.stream = false;
                    object.contractVersion = options.enums === $String ? "CONTRACT_VERSION_UNSPECIFIED" : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    object.tenant = message.tenant;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === $String ? $root.weft.v1.Priority[message.priority] === $undefined ? message.priority : $root.weft.v1.Priority[message.priority] : message.priority;
                if (message.deadlineUnixMs != null && $Object.hasOwnProperty.call(message, "deadlineUnixMs"))
                    object.deadlineUnixMs = options.json && !$isFinite(message.deadlineUnixMs) ? $String(message.deadlineUnixMs) : message.deadlineUnixMs;
                if (message.replySubject != null && $Object.hasOwnProperty.call(message, "replySubject"))
                    object.replySubject = message.replySubject;
                if (message.createdUnixMs != null && $Object.hasOwnProperty.call(message, "createdUnixMs"))
                    object.createdUnixMs = options.json && !$isFinite(message.createdUnixMs) ? $String(message.createdUnixMs) : message.createdUnixMs;
                if (message.stream != null && $Object.hasOwnProperty.call(message, "stream"))
                    object.stream = message.stream;
                if (message.chat != null && $Object.hasOwnProperty.call(message, "chat")) {
                    object.chat = $root.weft.v1.ChatRequest.toObject(message.chat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chat";
                }
                if (message.embed != null && $Object.hasOwnProperty.call(message, "embed")) {
                    object.embed = $root.weft.v1.EmbedRequest.toObject(message.embed, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "embed";
                }
                if (message.contractVersion != null && $Object.hasOwnProperty.call(message, "contractVersion"))
                    object.contractVersion = options.enums === $String ? $root.weft.v1.ContractVersion[message.contractVersion] === $undefined ? message.contractVersion : $root.weft.v1.ContractVersion[message.contractVersion] : message.contractVersion;
                if (message.transcribe != null && $Object.hasOwnProperty.call(message, "transcribe")) {
                    object.transcribe = $root.weft.v1.TranscribeRequest.toObject(message.transcribe, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "transcribe";
                }
                if (message.speak != null && $Object.hasOwnProperty.call(message, "speak")) {
                    object.speak = $root.weft.v1.SpeakRequest.toObject(message.speak, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "speak";
                }
                if (message.detectSpeech != null && $Object.hasOwnProperty.call(message, "detectSpeech")) {
                    object.detectSpeech = $root.weft.v1.DetectSpeechRequest.toObject(message.detectSpeech, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "detectSpeech";
                }
                if (message.rerank != null && $Object.hasOwnProperty.call(message, "rerank")) {
                    object.rerank = $root.weft.v1.RerankRequest.toObject(message.rerank, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "rerank";
                }
                return object;
            };

            /**
             * Converts this InferenceRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.InferenceRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InferenceRequest.prototype.toJSON = function() {
                return InferenceRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InferenceRequest
             * @function getTypeUrl
             * @memberof weft.v1.InferenceRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InferenceRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.InferenceRequest";
            };

            return InferenceRequest;
        })();

        v1.Accepted = (function() {

            /**
             * Properties of an Accepted.
             * @typedef {Object} weft.v1.Accepted.$Properties
             * @property {string|null} [schedulerId] Accepted schedulerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accepted.
             * @memberof weft.v1
             * @interface IAccepted
             * @augments weft.v1.Accepted.$Properties
             * @deprecated Use weft.v1.Accepted.$Properties instead.
             */

            /**
             * Shape of an Accepted.
             * @typedef {weft.v1.Accepted.$Properties} weft.v1.Accepted.$Shape
             */

            /**
             * Constructs a new Accepted.
             * @memberof weft.v1
             * @classdesc Represents an Accepted.
             * @constructor
             * @param {weft.v1.Accepted.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Accepted = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Accepted schedulerId.
             * @member {string} schedulerId
             * @memberof weft.v1.Accepted
             * @instance
             */
            Accepted.prototype.schedulerId = "";

            /**
             * Creates a new Accepted instance using the specified properties.
             * @function create
             * @memberof weft.v1.Accepted
             * @static
             * @param {weft.v1.Accepted.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Accepted} Accepted instance
             * @type {{
             *   (properties: weft.v1.Accepted.$Shape): weft.v1.Accepted & weft.v1.Accepted.$Shape;
             *   (properties?: weft.v1.Accepted.$Properties): weft.v1.Accepted;
             * }}
             */
            Accepted.create = function(properties) {
                return new Accepted(properties);
            };

            /**
             * Encodes the specified Accepted message. Does not implicitly {@link weft.v1.Accepted.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Accepted
             * @static
             * @param {weft.v1.Accepted.$Properties} message Accepted message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accepted.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId") && message.schedulerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.schedulerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Accepted message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Accepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Accepted & weft.v1.Accepted.$Shape} Accepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accepted.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Accepted();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedulerId = value;
                            else
                                delete message.schedulerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Accepted message.
             * @function verify
             * @memberof weft.v1.Accepted
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Accepted.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    if (!$util.isString(message.schedulerId))
                        return "schedulerId: string expected";
                return null;
            };

            /**
             * Creates an Accepted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Accepted
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Accepted} Accepted
             */
            Accepted.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Accepted)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Accepted: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Accepted();
                if (object.schedulerId != null)
                    if (typeof object.schedulerId !== "string" || object.schedulerId.length)
                        message.schedulerId = $String(object.schedulerId);
                return message;
            };

            /**
             * Creates a plain object from an Accepted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Accepted
             * @static
             * @param {weft.v1.Accepted} message Accepted
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accepted.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.schedulerId = "";
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    object.schedulerId = message.schedulerId;
                return object;
            };

            /**
             * Converts this Accepted to JSON.
             * @function toJSON
             * @memberof weft.v1.Accepted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accepted.prototype.toJSON = function() {
                return Accepted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Accepted
             * @function getTypeUrl
             * @memberof weft.v1.Accepted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Accepted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Accepted";
            };

            return Accepted;
        })();

        v1.ReplyFrame = (function() {

            /**
             * Properties of a ReplyFrame.
             * @typedef {Object} weft.v1.ReplyFrame.$Properties
             * @property {string|null} [requestId] ReplyFrame requestId
             * @property {weft.v1.Accepted.$Properties|null} [accepted] ReplyFrame accepted
             * @property {weft.v1.GenerateChunk.$Properties|null} [chunk] ReplyFrame chunk
             * @property {weft.v1.ErrorInfo.$Properties|null} [error] ReplyFrame error
             * @property {string|null} [schedulerId] ReplyFrame schedulerId
             * @property {"accepted"|"chunk"|"error"} [kind] ReplyFrame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplyFrame.
             * @memberof weft.v1
             * @interface IReplyFrame
             * @augments weft.v1.ReplyFrame.$Properties
             * @deprecated Use weft.v1.ReplyFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ReplyFrame.
             * @typedef {{
             *   requestId?: string|null;
             *   accepted?: weft.v1.Accepted.$Shape|null;
             *   chunk?: weft.v1.GenerateChunk.$Shape|null;
             *   error?: weft.v1.ErrorInfo.$Shape|null;
             *   schedulerId?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; accepted?: null; chunk?: null; error?: null }|{ kind?: "accepted"; accepted: weft.v1.Accepted.$Shape; chunk?: null; error?: null }|{ kind?: "chunk"; accepted?: null; chunk: weft.v1.GenerateChunk.$Shape; error?: null }|{ kind?: "error"; accepted?: null; chunk?: null; error: weft.v1.ErrorInfo.$Shape })
             * )} weft.v1.ReplyFrame.$Shape
             */

            /**
             * Constructs a new ReplyFrame.
             * @memberof weft.v1
             * @classdesc Represents a ReplyFrame.
             * @constructor
             * @param {weft.v1.ReplyFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplyFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplyFrame requestId.
             * @member {string} requestId
             * @memberof weft.v1.ReplyFrame
             * @instance
             */
            ReplyFrame.prototype.requestId = "";

            /**
             * ReplyFrame accepted.
             * @member {weft.v1.Accepted.$Properties|null|undefined} accepted
             * @memberof weft.v1.ReplyFrame
             * @instance
             */
            ReplyFrame.prototype.accepted = null;

            /**
             * ReplyFrame chunk.
             * @member {weft.v1.GenerateChunk.$Properties|null|undefined} chunk
             * @memberof weft.v1.ReplyFrame
             * @instance
             */
            ReplyFrame.prototype.chunk = null;

            /**
             * ReplyFrame error.
             * @member {weft.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof weft.v1.ReplyFrame
             * @instance
             */
            ReplyFrame.prototype.error = null;

            /**
             * ReplyFrame schedulerId.
             * @member {string} schedulerId
             * @memberof weft.v1.ReplyFrame
             * @instance
             */
            ReplyFrame.prototype.schedulerId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ReplyFrame kind.
             * @member {"accepted"|"chunk"|"error"|undefined} kind
             * @memberof weft.v1.ReplyFrame
             * @instance
             */
            $Object.defineProperty(ReplyFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["accepted", "chunk", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ReplyFrame instance using the specified properties.
             * @function create
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {weft.v1.ReplyFrame.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ReplyFrame} ReplyFrame instance
             * @type {{
             *   (properties: weft.v1.ReplyFrame.$Shape): weft.v1.ReplyFrame & weft.v1.ReplyFrame.$Shape;
             *   (properties?: weft.v1.ReplyFrame.$Properties): weft.v1.ReplyFrame;
             * }}
             */
            ReplyFrame.create = function(properties) {
                return new ReplyFrame(properties);
            };

            /**
             * Encodes the specified ReplyFrame message. Does not implicitly {@link weft.v1.ReplyFrame.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {weft.v1.ReplyFrame.$Properties} message ReplyFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplyFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted"))
                    $root.weft.v1.Accepted.encode(message.accepted, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.weft.v1.GenerateChunk.encode(message.chunk, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.weft.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId") && message.schedulerId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.schedulerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplyFrame message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ReplyFrame & weft.v1.ReplyFrame.$Shape} ReplyFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplyFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ReplyFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.accepted = $root.weft.v1.Accepted.decode(reader, reader.size(), $undefined, _depth + 1, message.accepted);
                            message.kind = "accepted";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.weft.v1.GenerateChunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.kind = "chunk";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.weft.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.kind = "error";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedulerId = value;
                            else
                                delete message.schedulerId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReplyFrame message.
             * @function verify
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReplyFrame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted")) {
                    properties.kind = 1;
                    {
                        let error = $root.weft.v1.Accepted.verify(message.accepted, _depth + 1);
                        if (error)
                            return "accepted." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.weft.v1.GenerateChunk.verify(message.chunk, _depth + 1);
                        if (error)
                            return "chunk." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.weft.v1.ErrorInfo.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    if (!$util.isString(message.schedulerId))
                        return "schedulerId: string expected";
                return null;
            };

            /**
             * Creates a ReplyFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ReplyFrame} ReplyFrame
             */
            ReplyFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ReplyFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ReplyFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ReplyFrame();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.accepted != null) {
                    if (!$util.isObject(object.accepted))
                        throw $TypeError(".weft.v1.ReplyFrame.accepted: object expected");
                    message.accepted = $root.weft.v1.Accepted.fromObject(object.accepted, _depth + 1);
                }
                if (object.chunk != null) {
                    if (!$util.isObject(object.chunk))
                        throw $TypeError(".weft.v1.ReplyFrame.chunk: object expected");
                    message.chunk = $root.weft.v1.GenerateChunk.fromObject(object.chunk, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".weft.v1.ReplyFrame.error: object expected");
                    message.error = $root.weft.v1.ErrorInfo.fromObject(object.error, _depth + 1);
                }
                if (object.schedulerId != null)
                    if (typeof object.schedulerId !== "string" || object.schedulerId.length)
                        message.schedulerId = $String(object.schedulerId);
                return message;
            };

            /**
             * Creates a plain object from a ReplyFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {weft.v1.ReplyFrame} message ReplyFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplyFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.schedulerId = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted")) {
                    object.accepted = $root.weft.v1.Accepted.toObject(message.accepted, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "accepted";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = $root.weft.v1.GenerateChunk.toObject(message.chunk, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "chunk";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.weft.v1.ErrorInfo.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "error";
                }
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    object.schedulerId = message.schedulerId;
                return object;
            };

            /**
             * Converts this ReplyFrame to JSON.
             * @function toJSON
             * @memberof weft.v1.ReplyFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplyFrame.prototype.toJSON = function() {
                return ReplyFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReplyFrame
             * @function getTypeUrl
             * @memberof weft.v1.ReplyFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReplyFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ReplyFrame";
            };

            return ReplyFrame;
        })();

        v1.CancelNotice = (function() {

            /**
             * Properties of a CancelNotice.
             * @typedef {Object} weft.v1.CancelNotice.$Properties
             * @property {string|null} [requestId] CancelNotice requestId
             * @property {string|null} [reason] CancelNotice reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelNotice.
             * @memberof weft.v1
             * @interface ICancelNotice
             * @augments weft.v1.CancelNotice.$Properties
             * @deprecated Use weft.v1.CancelNotice.$Properties instead.
             */

            /**
             * Shape of a CancelNotice.
             * @typedef {weft.v1.CancelNotice.$Properties} weft.v1.CancelNotice.$Shape
             */

            /**
             * Constructs a new CancelNotice.
             * @memberof weft.v1
             * @classdesc Represents a CancelNotice.
             * @constructor
             * @param {weft.v1.CancelNotice.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelNotice = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelNotice requestId.
             * @member {string} requestId
             * @memberof weft.v1.CancelNotice
             * @instance
             */
            CancelNotice.prototype.requestId = "";

            /**
             * CancelNotice reason.
             * @member {string} reason
             * @memberof weft.v1.CancelNotice
             * @instance
             */
            CancelNotice.prototype.reason = "";

            /**
             * Creates a new CancelNotice instance using the specified properties.
             * @function create
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {weft.v1.CancelNotice.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CancelNotice} CancelNotice instance
             * @type {{
             *   (properties: weft.v1.CancelNotice.$Shape): weft.v1.CancelNotice & weft.v1.CancelNotice.$Shape;
             *   (properties?: weft.v1.CancelNotice.$Properties): weft.v1.CancelNotice;
             * }}
             */
            CancelNotice.create = function(properties) {
                return new CancelNotice(properties);
            };

            /**
             * Encodes the specified CancelNotice message. Does not implicitly {@link weft.v1.CancelNotice.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {weft.v1.CancelNotice.$Properties} message CancelNotice message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelNotice.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelNotice message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CancelNotice & weft.v1.CancelNotice.$Shape} CancelNotice
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelNotice.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CancelNotice();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CancelNotice message.
             * @function verify
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelNotice.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a CancelNotice message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CancelNotice} CancelNotice
             */
            CancelNotice.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CancelNotice)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CancelNotice: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CancelNotice();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a CancelNotice message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {weft.v1.CancelNotice} message CancelNotice
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelNotice.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.reason = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this CancelNotice to JSON.
             * @function toJSON
             * @memberof weft.v1.CancelNotice
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelNotice.prototype.toJSON = function() {
                return CancelNotice.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelNotice
             * @function getTypeUrl
             * @memberof weft.v1.CancelNotice
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelNotice.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CancelNotice";
            };

            return CancelNotice;
        })();

        v1.SchedulerInfo = (function() {

            /**
             * Properties of a SchedulerInfo.
             * @typedef {Object} weft.v1.SchedulerInfo.$Properties
             * @property {string|null} [schedulerId] SchedulerInfo schedulerId
             * @property {number|null} [startedUnixMs] SchedulerInfo startedUnixMs
             * @property {number|null} [heartbeatIntervalMs] SchedulerInfo heartbeatIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SchedulerInfo.
             * @memberof weft.v1
             * @interface ISchedulerInfo
             * @augments weft.v1.SchedulerInfo.$Properties
             * @deprecated Use weft.v1.SchedulerInfo.$Properties instead.
             */

            /**
             * Shape of a SchedulerInfo.
             * @typedef {weft.v1.SchedulerInfo.$Properties} weft.v1.SchedulerInfo.$Shape
             */

            /**
             * Constructs a new SchedulerInfo.
             * @memberof weft.v1
             * @classdesc Represents a SchedulerInfo.
             * @constructor
             * @param {weft.v1.SchedulerInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SchedulerInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SchedulerInfo schedulerId.
             * @member {string} schedulerId
             * @memberof weft.v1.SchedulerInfo
             * @instance
             */
            SchedulerInfo.prototype.schedulerId = "";

            /**
             * SchedulerInfo startedUnixMs.
             * @member {number} startedUnixMs
             * @memberof weft.v1.SchedulerInfo
             * @instance
             */
            SchedulerInfo.prototype.startedUnixMs = 0;

            /**
             * SchedulerInfo heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof weft.v1.SchedulerInfo
             * @instance
             */
            SchedulerInfo.prototype.heartbeatIntervalMs = 0;

            /**
             * Creates a new SchedulerInfo instance using the specified properties.
             * @function create
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {weft.v1.SchedulerInfo.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SchedulerInfo} SchedulerInfo instance
             * @type {{
             *   (properties: weft.v1.SchedulerInfo.$Shape): weft.v1.SchedulerInfo & weft.v1.SchedulerInfo.$Shape;
             *   (properties?: weft.v1.SchedulerInfo.$Properties): weft.v1.SchedulerInfo;
             * }}
             */
            SchedulerInfo.create = function(properties) {
                return new SchedulerInfo(properties);
            };

            /**
             * Encodes the specified SchedulerInfo message. Does not implicitly {@link weft.v1.SchedulerInfo.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {weft.v1.SchedulerInfo.$Properties} message SchedulerInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchedulerInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId") && message.schedulerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.schedulerId);
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs") && !$Object.is(message.startedUnixMs, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.startedUnixMs);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.heartbeatIntervalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SchedulerInfo message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SchedulerInfo & weft.v1.SchedulerInfo.$Shape} SchedulerInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchedulerInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SchedulerInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedulerId = value;
                            else
                                delete message.schedulerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.startedUnixMs = value;
                            else
                                delete message.startedUnixMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SchedulerInfo message.
             * @function verify
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SchedulerInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    if (!$util.isString(message.schedulerId))
                        return "schedulerId: string expected";
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs"))
                    if (typeof message.startedUnixMs !== "number")
                        return "startedUnixMs: number expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                return null;
            };

            /**
             * Creates a SchedulerInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SchedulerInfo} SchedulerInfo
             */
            SchedulerInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SchedulerInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SchedulerInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SchedulerInfo();
                if (object.schedulerId != null)
                    if (typeof object.schedulerId !== "string" || object.schedulerId.length)
                        message.schedulerId = $String(object.schedulerId);
                if (object.startedUnixMs != null)
                    if (!$Object.is($Number(object.startedUnixMs), 0))
                        message.startedUnixMs = $Number(object.startedUnixMs);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SchedulerInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {weft.v1.SchedulerInfo} message SchedulerInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SchedulerInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.schedulerId = "";
                    object.startedUnixMs = 0;
                    object.heartbeatIntervalMs = 0;
                }
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    object.schedulerId = message.schedulerId;
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs"))
                    object.startedUnixMs = options.json && !$isFinite(message.startedUnixMs) ? $String(message.startedUnixMs) : message.startedUnixMs;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                return object;
            };

            /**
             * Converts this SchedulerInfo to JSON.
             * @function toJSON
             * @memberof weft.v1.SchedulerInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SchedulerInfo.prototype.toJSON = function() {
                return SchedulerInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SchedulerInfo
             * @function getTypeUrl
             * @memberof weft.v1.SchedulerInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SchedulerInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SchedulerInfo";
            };

            return SchedulerInfo;
        })();

        v1.SchedulerSnapshot = (function() {

            /**
             * Properties of a SchedulerSnapshot.
             * @typedef {Object} weft.v1.SchedulerSnapshot.$Properties
             * @property {string|null} [schedulerId] SchedulerSnapshot schedulerId
             * @property {Array.<weft.v1.QueueStat.$Properties>|null} [queues] SchedulerSnapshot queues
             * @property {Array.<weft.v1.Placement.$Properties>|null} [recentPlacements] SchedulerSnapshot recentPlacements
             * @property {number|null} [decisionP50Us] SchedulerSnapshot decisionP50Us
             * @property {number|null} [decisionP99Us] SchedulerSnapshot decisionP99Us
             * @property {number|null} [decisions] SchedulerSnapshot decisions
             * @property {number|null} [running] SchedulerSnapshot running
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SchedulerSnapshot.
             * @memberof weft.v1
             * @interface ISchedulerSnapshot
             * @augments weft.v1.SchedulerSnapshot.$Properties
             * @deprecated Use weft.v1.SchedulerSnapshot.$Properties instead.
             */

            /**
             * Shape of a SchedulerSnapshot.
             * @typedef {weft.v1.SchedulerSnapshot.$Properties} weft.v1.SchedulerSnapshot.$Shape
             */

            /**
             * Constructs a new SchedulerSnapshot.
             * @memberof weft.v1
             * @classdesc Represents a SchedulerSnapshot.
             * @constructor
             * @param {weft.v1.SchedulerSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SchedulerSnapshot = function (properties) {
                this.queues = [];
                this.recentPlacements = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SchedulerSnapshot schedulerId.
             * @member {string} schedulerId
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.schedulerId = "";

            /**
             * SchedulerSnapshot queues.
             * @member {Array.<weft.v1.QueueStat.$Properties>} queues
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.queues = $util.emptyArray;

            /**
             * SchedulerSnapshot recentPlacements.
             * @member {Array.<weft.v1.Placement.$Properties>} recentPlacements
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.recentPlacements = $util.emptyArray;

            /**
             * SchedulerSnapshot decisionP50Us.
             * @member {number} decisionP50Us
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.decisionP50Us = 0;

            /**
             * SchedulerSnapshot decisionP99Us.
             * @member {number} decisionP99Us
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.decisionP99Us = 0;

            /**
             * SchedulerSnapshot decisions.
             * @member {number} decisions
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.decisions = 0;

            /**
             * SchedulerSnapshot running.
             * @member {number} running
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             */
            SchedulerSnapshot.prototype.running = 0;

            /**
             * Creates a new SchedulerSnapshot instance using the specified properties.
             * @function create
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {weft.v1.SchedulerSnapshot.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SchedulerSnapshot} SchedulerSnapshot instance
             * @type {{
             *   (properties: weft.v1.SchedulerSnapshot.$Shape): weft.v1.SchedulerSnapshot & weft.v1.SchedulerSnapshot.$Shape;
             *   (properties?: weft.v1.SchedulerSnapshot.$Properties): weft.v1.SchedulerSnapshot;
             * }}
             */
            SchedulerSnapshot.create = function(properties) {
                return new SchedulerSnapshot(properties);
            };

            /**
             * Encodes the specified SchedulerSnapshot message. Does not implicitly {@link weft.v1.SchedulerSnapshot.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {weft.v1.SchedulerSnapshot.$Properties} message SchedulerSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SchedulerSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId") && message.schedulerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.schedulerId);
                if (message.queues != null && message.queues.length)
                    for (let i = 0; i < message.queues.length; ++i)
                        $root.weft.v1.QueueStat.encode(message.queues[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.recentPlacements != null && message.recentPlacements.length)
                    for (let i = 0; i < message.recentPlacements.length; ++i)
                        $root.weft.v1.Placement.encode(message.recentPlacements[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.decisionP50Us != null && $Object.hasOwnProperty.call(message, "decisionP50Us") && !$Object.is(message.decisionP50Us, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.decisionP50Us);
                if (message.decisionP99Us != null && $Object.hasOwnProperty.call(message, "decisionP99Us") && !$Object.is(message.decisionP99Us, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.decisionP99Us);
                if (message.decisions != null && $Object.hasOwnProperty.call(message, "decisions") && message.decisions !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.decisions);
                if (message.running != null && $Object.hasOwnProperty.call(message, "running") && message.running !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.running);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SchedulerSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SchedulerSnapshot & weft.v1.SchedulerSnapshot.$Shape} SchedulerSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SchedulerSnapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SchedulerSnapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.schedulerId = value;
                            else
                                delete message.schedulerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.queues && message.queues.length))
                                message.queues = [];
                            message.queues.push($root.weft.v1.QueueStat.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.recentPlacements && message.recentPlacements.length))
                                message.recentPlacements = [];
                            message.recentPlacements.push($root.weft.v1.Placement.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.decisionP50Us = value;
                            else
                                delete message.decisionP50Us;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.decisionP99Us = value;
                            else
                                delete message.decisionP99Us;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.decisions = value;
                            else
                                delete message.decisions;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.running = value;
                            else
                                delete message.running;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SchedulerSnapshot message.
             * @function verify
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SchedulerSnapshot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    if (!$util.isString(message.schedulerId))
                        return "schedulerId: string expected";
                if (message.queues != null && $Object.hasOwnProperty.call(message, "queues")) {
                    if (!$Array.isArray(message.queues))
                        return "queues: array expected";
                    for (let i = 0; i < message.queues.length; ++i) {
                        let error = $root.weft.v1.QueueStat.verify(message.queues[i], _depth + 1);
                        if (error)
                            return "queues." + error;
                    }
                }
                if (message.recentPlacements != null && $Object.hasOwnProperty.call(message, "recentPlacements")) {
                    if (!$Array.isArray(message.recentPlacements))
                        return "recentPlacements: array expected";
                    for (let i = 0; i < message.recentPlacements.length; ++i) {
                        let error = $root.weft.v1.Placement.verify(message.recentPlacements[i], _depth + 1);
                        if (error)
                            return "recentPlacements." + error;
                    }
                }
                if (message.decisionP50Us != null && $Object.hasOwnProperty.call(message, "decisionP50Us"))
                    if (typeof message.decisionP50Us !== "number")
                        return "decisionP50Us: number expected";
                if (message.decisionP99Us != null && $Object.hasOwnProperty.call(message, "decisionP99Us"))
                    if (typeof message.decisionP99Us !== "number")
                        return "decisionP99Us: number expected";
                if (message.decisions != null && $Object.hasOwnProperty.call(message, "decisions"))
                    if (!$util.isInteger(message.decisions))
                        return "decisions: integer expected";
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    if (!$util.isInteger(message.running))
                        return "running: integer expected";
                return null;
            };

            /**
             * Creates a SchedulerSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SchedulerSnapshot} SchedulerSnapshot
             */
            SchedulerSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SchedulerSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SchedulerSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SchedulerSnapshot();
                if (object.schedulerId != null)
                    if (typeof object.schedulerId !== "string" || object.schedulerId.length)
                        message.schedulerId = $String(object.schedulerId);
                if (object.queues) {
                    if (!$Array.isArray(object.queues))
                        throw $TypeError(".weft.v1.SchedulerSnapshot.queues: array expected");
                    message.queues = $Array(object.queues.length);
                    for (let i = 0; i < object.queues.length; ++i) {
                        if (!$util.isObject(object.queues[i]))
                            throw $TypeError(".weft.v1.SchedulerSnapshot.queues: object expected");
                        message.queues[i] = $root.weft.v1.QueueStat.fromObject(object.queues[i], _depth + 1);
                    }
                }
                if (object.recentPlacements) {
                    if (!$Array.isArray(object.recentPlacements))
                        throw $TypeError(".weft.v1.SchedulerSnapshot.recentPlacements: array expected");
                    message.recentPlacements = $Array(object.recentPlacements.length);
                    for (let i = 0; i < object.recentPlacements.length; ++i) {
                        if (!$util.isObject(object.recentPlacements[i]))
                            throw $TypeError(".weft.v1.SchedulerSnapshot.recentPlacements: object expected");
                        message.recentPlacements[i] = $root.weft.v1.Placement.fromObject(object.recentPlacements[i], _depth + 1);
                    }
                }
                if (object.decisionP50Us != null)
                    if (!$Object.is($Number(object.decisionP50Us), 0))
                        message.decisionP50Us = $Number(object.decisionP50Us);
                if (object.decisionP99Us != null)
                    if (!$Object.is($Number(object.decisionP99Us), 0))
                        message.decisionP99Us = $Number(object.decisionP99Us);
                if (object.decisions != null)
                    if ($Number(object.decisions) !== 0)
                        message.decisions = object.decisions >>> 0;
                if (object.running != null)
                    if ($Number(object.running) !== 0)
                        message.running = object.running >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SchedulerSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {weft.v1.SchedulerSnapshot} message SchedulerSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SchedulerSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.queues = [];
                    object.recentPlacements = [];
                }
                if (options.defaults) {
                    object.schedulerId = "";
                    object.decisionP50Us = 0;
                    object.decisionP99Us = 0;
                    object.decisions = 0;
                    object.running = 0;
                }
                if (message.schedulerId != null && $Object.hasOwnProperty.call(message, "schedulerId"))
                    object.schedulerId = message.schedulerId;
                if (message.queues && message.queues.length) {
                    object.queues = $Array(message.queues.length);
                    for (let j = 0; j < message.queues.length; ++j)
                        object.queues[j] = $root.weft.v1.QueueStat.toObject(message.queues[j], options, _depth + 1);
                }
                if (message.recentPlacements && message.recentPlacements.length) {
                    object.recentPlacements = $Array(message.recentPlacements.length);
                    for (let j = 0; j < message.recentPlacements.length; ++j)
                        object.recentPlacements[j] = $root.weft.v1.Placement.toObject(message.recentPlacements[j], options, _depth + 1);
                }
                if (message.decisionP50Us != null && $Object.hasOwnProperty.call(message, "decisionP50Us"))
                    object.decisionP50Us = options.json && !$isFinite(message.decisionP50Us) ? $String(message.decisionP50Us) : message.decisionP50Us;
                if (message.decisionP99Us != null && $Object.hasOwnProperty.call(message, "decisionP99Us"))
                    object.decisionP99Us = options.json && !$isFinite(message.decisionP99Us) ? $String(message.decisionP99Us) : message.decisionP99Us;
                if (message.decisions != null && $Object.hasOwnProperty.call(message, "decisions"))
                    object.decisions = message.decisions;
                if (message.running != null && $Object.hasOwnProperty.call(message, "running"))
                    object.running = message.running;
                return object;
            };

            /**
             * Converts this SchedulerSnapshot to JSON.
             * @function toJSON
             * @memberof weft.v1.SchedulerSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SchedulerSnapshot.prototype.toJSON = function() {
                return SchedulerSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SchedulerSnapshot
             * @function getTypeUrl
             * @memberof weft.v1.SchedulerSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SchedulerSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SchedulerSnapshot";
            };

            return SchedulerSnapshot;
        })();

        v1.QueueStat = (function() {

            /**
             * Properties of a QueueStat.
             * @typedef {Object} weft.v1.QueueStat.$Properties
             * @property {string|null} [model] QueueStat model
             * @property {string|null} [priority] QueueStat priority
             * @property {number|null} [depth] QueueStat depth
             * @property {number|null} [oldestWaitMs] QueueStat oldestWaitMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QueueStat.
             * @memberof weft.v1
             * @interface IQueueStat
             * @augments weft.v1.QueueStat.$Properties
             * @deprecated Use weft.v1.QueueStat.$Properties instead.
             */

            /**
             * Shape of a QueueStat.
             * @typedef {weft.v1.QueueStat.$Properties} weft.v1.QueueStat.$Shape
             */

            /**
             * Constructs a new QueueStat.
             * @memberof weft.v1
             * @classdesc Represents a QueueStat.
             * @constructor
             * @param {weft.v1.QueueStat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QueueStat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QueueStat model.
             * @member {string} model
             * @memberof weft.v1.QueueStat
             * @instance
             */
            QueueStat.prototype.model = "";

            /**
             * QueueStat priority.
             * @member {string} priority
             * @memberof weft.v1.QueueStat
             * @instance
             */
            QueueStat.prototype.priority = "";

            /**
             * QueueStat depth.
             * @member {number} depth
             * @memberof weft.v1.QueueStat
             * @instance
             */
            QueueStat.prototype.depth = 0;

            /**
             * QueueStat oldestWaitMs.
             * @member {number} oldestWaitMs
             * @memberof weft.v1.QueueStat
             * @instance
             */
            QueueStat.prototype.oldestWaitMs = 0;

            /**
             * Creates a new QueueStat instance using the specified properties.
             * @function create
             * @memberof weft.v1.QueueStat
             * @static
             * @param {weft.v1.QueueStat.$Properties=} [properties] Properties to set
             * @returns {weft.v1.QueueStat} QueueStat instance
             * @type {{
             *   (properties: weft.v1.QueueStat.$Shape): weft.v1.QueueStat & weft.v1.QueueStat.$Shape;
             *   (properties?: weft.v1.QueueStat.$Properties): weft.v1.QueueStat;
             * }}
             */
            QueueStat.create = function(properties) {
                return new QueueStat(properties);
            };

            /**
             * Encodes the specified QueueStat message. Does not implicitly {@link weft.v1.QueueStat.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.QueueStat
             * @static
             * @param {weft.v1.QueueStat.$Properties} message QueueStat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QueueStat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.priority);
                if (message.depth != null && $Object.hasOwnProperty.call(message, "depth") && message.depth !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.depth);
                if (message.oldestWaitMs != null && $Object.hasOwnProperty.call(message, "oldestWaitMs") && !$Object.is(message.oldestWaitMs, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.oldestWaitMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QueueStat message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.QueueStat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.QueueStat & weft.v1.QueueStat.$Shape} QueueStat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QueueStat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.QueueStat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.depth = value;
                            else
                                delete message.depth;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.oldestWaitMs = value;
                            else
                                delete message.oldestWaitMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a QueueStat message.
             * @function verify
             * @memberof weft.v1.QueueStat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QueueStat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isString(message.priority))
                        return "priority: string expected";
                if (message.depth != null && $Object.hasOwnProperty.call(message, "depth"))
                    if (!$util.isInteger(message.depth))
                        return "depth: integer expected";
                if (message.oldestWaitMs != null && $Object.hasOwnProperty.call(message, "oldestWaitMs"))
                    if (typeof message.oldestWaitMs !== "number")
                        return "oldestWaitMs: number expected";
                return null;
            };

            /**
             * Creates a QueueStat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.QueueStat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.QueueStat} QueueStat
             */
            QueueStat.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.QueueStat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.QueueStat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.QueueStat();
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.priority != null)
                    if (typeof object.priority !== "string" || object.priority.length)
                        message.priority = $String(object.priority);
                if (object.depth != null)
                    if ($Number(object.depth) !== 0)
                        message.depth = object.depth >>> 0;
                if (object.oldestWaitMs != null)
                    if (!$Object.is($Number(object.oldestWaitMs), 0))
                        message.oldestWaitMs = $Number(object.oldestWaitMs);
                return message;
            };

            /**
             * Creates a plain object from a QueueStat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.QueueStat
             * @static
             * @param {weft.v1.QueueStat} message QueueStat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QueueStat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.model = "";
                    object.priority = "";
                    object.depth = 0;
                    object.oldestWaitMs = 0;
                }
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.depth != null && $Object.hasOwnProperty.call(message, "depth"))
                    object.depth = message.depth;
                if (message.oldestWaitMs != null && $Object.hasOwnProperty.call(message, "oldestWaitMs"))
                    object.oldestWaitMs = options.json && !$isFinite(message.oldestWaitMs) ? $String(message.oldestWaitMs) : message.oldestWaitMs;
                return object;
            };

            /**
             * Converts this QueueStat to JSON.
             * @function toJSON
             * @memberof weft.v1.QueueStat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QueueStat.prototype.toJSON = function() {
                return QueueStat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for QueueStat
             * @function getTypeUrl
             * @memberof weft.v1.QueueStat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            QueueStat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.QueueStat";
            };

            return QueueStat;
        })();

        v1.Placement = (function() {

            /**
             * Properties of a Placement.
             * @typedef {Object} weft.v1.Placement.$Properties
             * @property {number|null} [atUnixMs] Placement atUnixMs
             * @property {string|null} [requestId] Placement requestId
             * @property {string|null} [model] Placement model
             * @property {string|null} [priority] Placement priority
             * @property {string|null} [executorId] Placement executorId
             * @property {string|null} [reason] Placement reason
             * @property {string|null} [tenant] Placement tenant
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Placement.
             * @memberof weft.v1
             * @interface IPlacement
             * @augments weft.v1.Placement.$Properties
             * @deprecated Use weft.v1.Placement.$Properties instead.
             */

            /**
             * Shape of a Placement.
             * @typedef {weft.v1.Placement.$Properties} weft.v1.Placement.$Shape
             */

            /**
             * Constructs a new Placement.
             * @memberof weft.v1
             * @classdesc Represents a Placement.
             * @constructor
             * @param {weft.v1.Placement.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Placement = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Placement atUnixMs.
             * @member {number} atUnixMs
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.atUnixMs = 0;

            /**
             * Placement requestId.
             * @member {string} requestId
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.requestId = "";

            /**
             * Placement model.
             * @member {string} model
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.model = "";

            /**
             * Placement priority.
             * @member {string} priority
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.priority = "";

            /**
             * Placement executorId.
             * @member {string} executorId
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.executorId = "";

            /**
             * Placement reason.
             * @member {string} reason
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.reason = "";

            /**
             * Placement tenant.
             * @member {string} tenant
             * @memberof weft.v1.Placement
             * @instance
             */
            Placement.prototype.tenant = "";

            /**
             * Creates a new Placement instance using the specified properties.
             * @function create
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Placement} Placement instance
             * @type {{
             *   (properties: weft.v1.Placement.$Shape): weft.v1.Placement & weft.v1.Placement.$Shape;
             *   (properties?: weft.v1.Placement.$Properties): weft.v1.Placement;
             * }}
             */
            Placement.create = function(properties) {
                return new Placement(properties);
            };

            /**
             * Encodes the specified Placement message. Does not implicitly {@link weft.v1.Placement.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement.$Properties} message Placement message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Placement.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.atUnixMs != null && $Object.hasOwnProperty.call(message, "atUnixMs") && !$Object.is(message.atUnixMs, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.atUnixMs);
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.requestId);
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.model);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.priority);
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId") && message.executorId !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.executorId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant") && message.tenant !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.tenant);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Placement message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Placement
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Placement & weft.v1.Placement.$Shape} Placement
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Placement.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Placement();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.atUnixMs = value;
                            else
                                delete message.atUnixMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorId = value;
                            else
                                delete message.executorId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tenant = value;
                            else
                                delete message.tenant;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Placement message.
             * @function verify
             * @memberof weft.v1.Placement
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Placement.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.atUnixMs != null && $Object.hasOwnProperty.call(message, "atUnixMs"))
                    if (typeof message.atUnixMs !== "number")
                        return "atUnixMs: number expected";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isString(message.priority))
                        return "priority: string expected";
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    if (!$util.isString(message.executorId))
                        return "executorId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    if (!$util.isString(message.tenant))
                        return "tenant: string expected";
                return null;
            };

            /**
             * Creates a Placement message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Placement
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Placement} Placement
             */
            Placement.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Placement)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Placement: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Placement();
                if (object.atUnixMs != null)
                    if (!$Object.is($Number(object.atUnixMs), 0))
                        message.atUnixMs = $Number(object.atUnixMs);
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.priority != null)
                    if (typeof object.priority !== "string" || object.priority.length)
                        message.priority = $String(object.priority);
                if (object.executorId != null)
                    if (typeof object.executorId !== "string" || object.executorId.length)
                        message.executorId = $String(object.executorId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.tenant != null)
                    if (typeof object.tenant !== "string" || object.tenant.length)
                        message.tenant = $String(object.tenant);
                return message;
            };

            /**
             * Creates a plain object from a Placement message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Placement
             * @static
             * @param {weft.v1.Placement} message Placement
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Placement.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.atUnixMs = 0;
                    object.requestId = "";
                    object.model = "";
                    object.priority = "";
                    object.executorId = "";
                    object.reason = "";
                    object.tenant = "";
                }
                if (message.atUnixMs != null && $Object.hasOwnProperty.call(message, "atUnixMs"))
                    object.atUnixMs = options.json && !$isFinite(message.atUnixMs) ? $String(message.atUnixMs) : message.atUnixMs;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = message.executorId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    object.tenant = message.tenant;
                return object;
            };

            /**
             * Converts this Placement to JSON.
             * @function toJSON
             * @memberof weft.v1.Placement
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Placement.prototype.toJSON = function() {
                return Placement.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Placement
             * @function getTypeUrl
             * @memberof weft.v1.Placement
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Placement.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Placement";
            };

            return Placement;
        })();

        v1.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @typedef {Object} weft.v1.SnapshotRequest.$Properties
             * @property {string|null} [requester] SnapshotRequest requester
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRequest.
             * @memberof weft.v1
             * @interface ISnapshotRequest
             * @augments weft.v1.SnapshotRequest.$Properties
             * @deprecated Use weft.v1.SnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a SnapshotRequest.
             * @typedef {weft.v1.SnapshotRequest.$Properties} weft.v1.SnapshotRequest.$Shape
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof weft.v1
             * @classdesc Represents a SnapshotRequest.
             * @constructor
             * @param {weft.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotRequest requester.
             * @member {string} requester
             * @memberof weft.v1.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.requester = "";

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {weft.v1.SnapshotRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.SnapshotRequest} SnapshotRequest instance
             * @type {{
             *   (properties: weft.v1.SnapshotRequest.$Shape): weft.v1.SnapshotRequest & weft.v1.SnapshotRequest.$Shape;
             *   (properties?: weft.v1.SnapshotRequest.$Properties): weft.v1.SnapshotRequest;
             * }}
             */
            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link weft.v1.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {weft.v1.SnapshotRequest.$Properties} message SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.SnapshotRequest & weft.v1.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.SnapshotRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester = value;
                            else
                                delete message.requester;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SnapshotRequest message.
             * @function verify
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    if (!$util.isString(message.requester))
                        return "requester: string expected";
                return null;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.SnapshotRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.SnapshotRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.SnapshotRequest();
                if (object.requester != null)
                    if (typeof object.requester !== "string" || object.requester.length)
                        message.requester = $String(object.requester);
                return message;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {weft.v1.SnapshotRequest} message SnapshotRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requester = "";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = message.requester;
                return object;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof weft.v1.SnapshotRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        v1.DiscoverRequest = (function() {

            /**
             * Properties of a DiscoverRequest.
             * @typedef {Object} weft.v1.DiscoverRequest.$Properties
             * @property {string|null} [requester] DiscoverRequest requester
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiscoverRequest.
             * @memberof weft.v1
             * @interface IDiscoverRequest
             * @augments weft.v1.DiscoverRequest.$Properties
             * @deprecated Use weft.v1.DiscoverRequest.$Properties instead.
             */

            /**
             * Shape of a DiscoverRequest.
             * @typedef {weft.v1.DiscoverRequest.$Properties} weft.v1.DiscoverRequest.$Shape
             */

            /**
             * Constructs a new DiscoverRequest.
             * @memberof weft.v1
             * @classdesc Represents a DiscoverRequest.
             * @constructor
             * @param {weft.v1.DiscoverRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiscoverRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DiscoverRequest requester.
             * @member {string} requester
             * @memberof weft.v1.DiscoverRequest
             * @instance
             */
            DiscoverRequest.prototype.requester = "";

            /**
             * Creates a new DiscoverRequest instance using the specified properties.
             * @function create
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {weft.v1.DiscoverRequest.$Properties=} [properties] Properties to set
             * @returns {weft.v1.DiscoverRequest} DiscoverRequest instance
             * @type {{
             *   (properties: weft.v1.DiscoverRequest.$Shape): weft.v1.DiscoverRequest & weft.v1.DiscoverRequest.$Shape;
             *   (properties?: weft.v1.DiscoverRequest.$Properties): weft.v1.DiscoverRequest;
             * }}
             */
            DiscoverRequest.create = function(properties) {
                return new DiscoverRequest(properties);
            };

            /**
             * Encodes the specified DiscoverRequest message. Does not implicitly {@link weft.v1.DiscoverRequest.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {weft.v1.DiscoverRequest.$Properties} message DiscoverRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiscoverRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester") && message.requester !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requester);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DiscoverRequest message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.DiscoverRequest & weft.v1.DiscoverRequest.$Shape} DiscoverRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiscoverRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.DiscoverRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requester = value;
                            else
                                delete message.requester;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DiscoverRequest message.
             * @function verify
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiscoverRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    if (!$util.isString(message.requester))
                        return "requester: string expected";
                return null;
            };

            /**
             * Creates a DiscoverRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.DiscoverRequest} DiscoverRequest
             */
            DiscoverRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.DiscoverRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.DiscoverRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.DiscoverRequest();
                if (object.requester != null)
                    if (typeof object.requester !== "string" || object.requester.length)
                        message.requester = $String(object.requester);
                return message;
            };

            /**
             * Creates a plain object from a DiscoverRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {weft.v1.DiscoverRequest} message DiscoverRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiscoverRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requester = "";
                if (message.requester != null && $Object.hasOwnProperty.call(message, "requester"))
                    object.requester = message.requester;
                return object;
            };

            /**
             * Converts this DiscoverRequest to JSON.
             * @function toJSON
             * @memberof weft.v1.DiscoverRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiscoverRequest.prototype.toJSON = function() {
                return DiscoverRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiscoverRequest
             * @function getTypeUrl
             * @memberof weft.v1.DiscoverRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiscoverRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.DiscoverRequest";
            };

            return DiscoverRequest;
        })();

        v1.TenantUsageReport = (function() {

            /**
             * Properties of a TenantUsageReport.
             * @typedef {Object} weft.v1.TenantUsageReport.$Properties
             * @property {string|null} [gatewayId] TenantUsageReport gatewayId
             * @property {Array.<weft.v1.TenantUsage.$Properties>|null} [tenants] TenantUsageReport tenants
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TenantUsageReport.
             * @memberof weft.v1
             * @interface ITenantUsageReport
             * @augments weft.v1.TenantUsageReport.$Properties
             * @deprecated Use weft.v1.TenantUsageReport.$Properties instead.
             */

            /**
             * Shape of a TenantUsageReport.
             * @typedef {weft.v1.TenantUsageReport.$Properties} weft.v1.TenantUsageReport.$Shape
             */

            /**
             * Constructs a new TenantUsageReport.
             * @memberof weft.v1
             * @classdesc Represents a TenantUsageReport.
             * @constructor
             * @param {weft.v1.TenantUsageReport.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TenantUsageReport = function (properties) {
                this.tenants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TenantUsageReport gatewayId.
             * @member {string} gatewayId
             * @memberof weft.v1.TenantUsageReport
             * @instance
             */
            TenantUsageReport.prototype.gatewayId = "";

            /**
             * TenantUsageReport tenants.
             * @member {Array.<weft.v1.TenantUsage.$Properties>} tenants
             * @memberof weft.v1.TenantUsageReport
             * @instance
             */
            TenantUsageReport.prototype.tenants = $util.emptyArray;

            /**
             * Creates a new TenantUsageReport instance using the specified properties.
             * @function create
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {weft.v1.TenantUsageReport.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TenantUsageReport} TenantUsageReport instance
             * @type {{
             *   (properties: weft.v1.TenantUsageReport.$Shape): weft.v1.TenantUsageReport & weft.v1.TenantUsageReport.$Shape;
             *   (properties?: weft.v1.TenantUsageReport.$Properties): weft.v1.TenantUsageReport;
             * }}
             */
            TenantUsageReport.create = function(properties) {
                return new TenantUsageReport(properties);
            };

            /**
             * Encodes the specified TenantUsageReport message. Does not implicitly {@link weft.v1.TenantUsageReport.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {weft.v1.TenantUsageReport.$Properties} message TenantUsageReport message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TenantUsageReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.gatewayId);
                if (message.tenants != null && message.tenants.length)
                    for (let i = 0; i < message.tenants.length; ++i)
                        $root.weft.v1.TenantUsage.encode(message.tenants[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TenantUsageReport message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TenantUsageReport & weft.v1.TenantUsageReport.$Shape} TenantUsageReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TenantUsageReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TenantUsageReport();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gatewayId = value;
                            else
                                delete message.gatewayId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tenants && message.tenants.length))
                                message.tenants = [];
                            message.tenants.push($root.weft.v1.TenantUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TenantUsageReport message.
             * @function verify
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TenantUsageReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
                    if (!$util.isString(message.gatewayId))
                        return "gatewayId: string expected";
                if (message.tenants != null && $Object.hasOwnProperty.call(message, "tenants")) {
                    if (!$Array.isArray(message.tenants))
                        return "tenants: array expected";
                    for (let i = 0; i < message.tenants.length; ++i) {
                        let error = $root.weft.v1.TenantUsage.verify(message.tenants[i], _depth + 1);
                        if (error)
                            return "tenants." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TenantUsageReport message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TenantUsageReport} TenantUsageReport
             */
            TenantUsageReport.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TenantUsageReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TenantUsageReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TenantUsageReport();
                if (object.gatewayId != null)
                    if (typeof object.gatewayId !== "string" || object.gatewayId.length)
                        message.gatewayId = $String(object.gatewayId);
                if (object.tenants) {
                    if (!$Array.isArray(object.tenants))
                        throw $TypeError(".weft.v1.TenantUsageReport.tenants: array expected");
                    message.tenants = $Array(object.tenants.length);
                    for (let i = 0; i < object.tenants.length; ++i) {
                        if (!$util.isObject(object.tenants[i]))
                            throw $TypeError(".weft.v1.TenantUsageReport.tenants: object expected");
                        message.tenants[i] = $root.weft.v1.TenantUsage.fromObject(object.tenants[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TenantUsageReport message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {weft.v1.TenantUsageReport} message TenantUsageReport
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TenantUsageReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tenants = [];
                if (options.defaults)
                    object.gatewayId = "";
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId"))
                    object.gatewayId = message.gatewayId;
                if (message.tenants && message.tenants.length) {
                    object.tenants = $Array(message.tenants.length);
                    for (let j = 0; j < message.tenants.length; ++j)
                        object.tenants[j] = $root.weft.v1.TenantUsage.toObject(message.tenants[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TenantUsageReport to JSON.
             * @function toJSON
             * @memberof weft.v1.TenantUsageReport
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TenantUsageReport.prototype.toJSON = function() {
                return TenantUsageReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TenantUsageReport
             * @function getTypeUrl
             * @memberof weft.v1.TenantUsageReport
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TenantUsageReport.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TenantUsageReport";
            };

            return TenantUsageReport;
        })();

        v1.TenantUsage = (function() {

            /**
             * Properties of a TenantUsage.
             * @typedef {Object} weft.v1.TenantUsage.$Properties
             * @property {string|null} [tenant] TenantUsage tenant
             * @property {number|null} [requests] TenantUsage requests
             * @property {number|null} [tokens] TenantUsage tokens
             * @property {number|null} [inFlight] TenantUsage inFlight
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TenantUsage.
             * @memberof weft.v1
             * @interface ITenantUsage
             * @augments weft.v1.TenantUsage.$Properties
             * @deprecated Use weft.v1.TenantUsage.$Properties instead.
             */

            /**
             * Shape of a TenantUsage.
             * @typedef {weft.v1.TenantUsage.$Properties} weft.v1.TenantUsage.$Shape
             */

            /**
             * Constructs a new TenantUsage.
             * @memberof weft.v1
             * @classdesc Represents a TenantUsage.
             * @constructor
             * @param {weft.v1.TenantUsage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TenantUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TenantUsage tenant.
             * @member {string} tenant
             * @memberof weft.v1.TenantUsage
             * @instance
             */
            TenantUsage.prototype.tenant = "";

            /**
             * TenantUsage requests.
             * @member {number} requests
             * @memberof weft.v1.TenantUsage
             * @instance
             */
            TenantUsage.prototype.requests = 0;

            /**
             * TenantUsage tokens.
             * @member {number} tokens
             * @memberof weft.v1.TenantUsage
             * @instance
             */
            TenantUsage.prototype.tokens = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TenantUsage inFlight.
             * @member {number} inFlight
             * @memberof weft.v1.TenantUsage
             * @instance
             */
            TenantUsage.prototype.inFlight = 0;

            /**
             * Creates a new TenantUsage instance using the specified properties.
             * @function create
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {weft.v1.TenantUsage.$Properties=} [properties] Properties to set
             * @returns {weft.v1.TenantUsage} TenantUsage instance
             * @type {{
             *   (properties: weft.v1.TenantUsage.$Shape): weft.v1.TenantUsage & weft.v1.TenantUsage.$Shape;
             *   (properties?: weft.v1.TenantUsage.$Properties): weft.v1.TenantUsage;
             * }}
             */
            TenantUsage.create = function(properties) {
                return new TenantUsage(properties);
            };

            /**
             * Encodes the specified TenantUsage message. Does not implicitly {@link weft.v1.TenantUsage.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {weft.v1.TenantUsage.$Properties} message TenantUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TenantUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant") && message.tenant !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.tenant);
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests") && message.requests !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.requests);
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens") && (typeof message.tokens === "object" ? message.tokens.low || message.tokens.high : message.tokens !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.tokens);
                if (message.inFlight != null && $Object.hasOwnProperty.call(message, "inFlight") && message.inFlight !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.inFlight);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TenantUsage message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.TenantUsage & weft.v1.TenantUsage.$Shape} TenantUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TenantUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.TenantUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tenant = value;
                            else
                                delete message.tenant;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.requests = value;
                            else
                                delete message.requests;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tokens = value;
                            else
                                delete message.tokens;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.inFlight = value;
                            else
                                delete message.inFlight;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TenantUsage message.
             * @function verify
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TenantUsage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    if (!$util.isString(message.tenant))
                        return "tenant: string expected";
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests"))
                    if (!$util.isInteger(message.requests))
                        return "requests: integer expected";
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens"))
                    if (!$util.isInteger(message.tokens) && !(message.tokens && $util.isInteger(message.tokens.low) && $util.isInteger(message.tokens.high)))
                        return "tokens: integer|Long expected";
                if (message.inFlight != null && $Object.hasOwnProperty.call(message, "inFlight"))
                    if (!$util.isInteger(message.inFlight))
                        return "inFlight: integer expected";
                return null;
            };

            /**
             * Creates a TenantUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.TenantUsage} TenantUsage
             */
            TenantUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.TenantUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.TenantUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.TenantUsage();
                if (object.tenant != null)
                    if (typeof object.tenant !== "string" || object.tenant.length)
                        message.tenant = $String(object.tenant);
                if (object.requests != null)
                    if ($Number(object.requests) !== 0)
                        message.requests = object.requests >>> 0;
                if (object.tokens != null)
                    if (typeof object.tokens === "object" ? object.tokens.low || object.tokens.high : $Number(object.tokens) !== 0)
                        if ($util.Long)
                            message.tokens = $util.Long.fromValue(object.tokens, true);
                        else if (typeof object.tokens === "string")
                            message.tokens = $parseInt(object.tokens, 10);
                        else if (typeof object.tokens === "number")
                            message.tokens = object.tokens;
                        else if (typeof object.tokens === "object")
                            message.tokens = new $util.LongBits(object.tokens.low >>> 0, object.tokens.high >>> 0).toNumber(true);
                if (object.inFlight != null)
                    if ($Number(object.inFlight) !== 0)
                        message.inFlight = object.inFlight >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TenantUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {weft.v1.TenantUsage} message TenantUsage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TenantUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.tenant = "";
                    object.requests = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tokens = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tokens = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.inFlight = 0;
                }
                if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                    object.tenant = message.tenant;
                if (message.requests != null && $Object.hasOwnProperty.call(message, "requests"))
                    object.requests = message.requests;
                if (message.tokens != null && $Object.hasOwnProperty.call(message, "tokens"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tokens = typeof message.tokens === "number" ? $BigInt(message.tokens) : $util.Long.fromBits(message.tokens.low >>> 0, message.tokens.high >>> 0, true).toBigInt();
                    else if (typeof message.tokens === "number")
                        object.tokens = options.longs === $String ? $String(message.tokens) : message.tokens;
                    else
                        object.tokens = options.longs === $String ? $util.Long.prototype.toString.call(message.tokens) : options.longs === $Number ? new $util.LongBits(message.tokens.low >>> 0, message.tokens.high >>> 0).toNumber(true) : message.tokens;
                if (message.inFlight != null && $Object.hasOwnProperty.call(message, "inFlight"))
                    object.inFlight = message.inFlight;
                return object;
            };

            /**
             * Converts this TenantUsage to JSON.
             * @function toJSON
             * @memberof weft.v1.TenantUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TenantUsage.prototype.toJSON = function() {
                return TenantUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TenantUsage
             * @function getTypeUrl
             * @memberof weft.v1.TenantUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TenantUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.TenantUsage";
            };

            return TenantUsage;
        })();

        v1.CatalogModel = (function() {

            /**
             * Properties of a CatalogModel.
             * @typedef {Object} weft.v1.CatalogModel.$Properties
             * @property {string|null} [name] CatalogModel name
             * @property {string|null} [format] CatalogModel format
             * @property {string|null} [path] CatalogModel path
             * @property {string|null} [engine] CatalogModel engine
             * @property {number|null} [contextSize] CatalogModel contextSize
             * @property {number|null} [slots] CatalogModel slots
             * @property {string|null} [chatTemplate] CatalogModel chatTemplate
             * @property {Array.<weft.v1.DeviceKind>|null} [devicePreference] CatalogModel devicePreference
             * @property {Object.<string,number>|null} [memoryEstimateBytes] CatalogModel memoryEstimateBytes
             * @property {Object.<string,number>|null} [memoryMeasuredBytes] CatalogModel memoryMeasuredBytes
             * @property {number|null} [minReplicas] CatalogModel minReplicas
             * @property {number|null} [maxReplicas] CatalogModel maxReplicas
             * @property {number|null} [idleTtlMs] CatalogModel idleTtlMs
             * @property {number|null} [fileBytes] CatalogModel fileBytes
             * @property {string|null} [dtype] CatalogModel dtype
             * @property {string|null} [source] CatalogModel source
             * @property {number|null} [updatedUnixMs] CatalogModel updatedUnixMs
             * @property {string|null} [sourceFile] CatalogModel sourceFile
             * @property {Array.<weft.v1.Task>|null} [tasks] CatalogModel tasks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CatalogModel.
             * @memberof weft.v1
             * @interface ICatalogModel
             * @augments weft.v1.CatalogModel.$Properties
             * @deprecated Use weft.v1.CatalogModel.$Properties instead.
             */

            /**
             * Shape of a CatalogModel.
             * @typedef {weft.v1.CatalogModel.$Properties} weft.v1.CatalogModel.$Shape
             */

            /**
             * Constructs a new CatalogModel.
             * @memberof weft.v1
             * @classdesc Represents a CatalogModel.
             * @constructor
             * @param {weft.v1.CatalogModel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CatalogModel = function (properties) {
                this.devicePreference = [];
                this.memoryEstimateBytes = {};
                this.memoryMeasuredBytes = {};
                this.tasks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CatalogModel name.
             * @member {string} name
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.name = "";

            /**
             * CatalogModel format.
             * @member {string} format
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.format = "";

            /**
             * CatalogModel path.
             * @member {string} path
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.path = "";

            /**
             * CatalogModel engine.
             * @member {string} engine
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.engine = "";

            /**
             * CatalogModel contextSize.
             * @member {number} contextSize
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.contextSize = 0;

            /**
             * CatalogModel slots.
             * @member {number} slots
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.slots = 0;

            /**
             * CatalogModel chatTemplate.
             * @member {string} chatTemplate
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.chatTemplate = "";

            /**
             * CatalogModel devicePreference.
             * @member {Array.<weft.v1.DeviceKind>} devicePreference
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.devicePreference = $util.emptyArray;

            /**
             * CatalogModel memoryEstimateBytes.
             * @member {Object.<string,number>} memoryEstimateBytes
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.memoryEstimateBytes = $util.emptyObject;

            /**
             * CatalogModel memoryMeasuredBytes.
             * @member {Object.<string,number>} memoryMeasuredBytes
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.memoryMeasuredBytes = $util.emptyObject;

            /**
             * CatalogModel minReplicas.
             * @member {number} minReplicas
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.minReplicas = 0;

            /**
             * CatalogModel maxReplicas.
             * @member {number} maxReplicas
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.maxReplicas = 0;

            /**
             * CatalogModel idleTtlMs.
             * @member {number} idleTtlMs
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.idleTtlMs = 0;

            /**
             * CatalogModel fileBytes.
             * @member {number} fileBytes
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.fileBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CatalogModel dtype.
             * @member {string} dtype
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.dtype = "";

            /**
             * CatalogModel source.
             * @member {string} source
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.source = "";

            /**
             * CatalogModel updatedUnixMs.
             * @member {number} updatedUnixMs
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.updatedUnixMs = 0;

            /**
             * CatalogModel sourceFile.
             * @member {string} sourceFile
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.sourceFile = "";

            /**
             * CatalogModel tasks.
             * @member {Array.<weft.v1.Task>} tasks
             * @memberof weft.v1.CatalogModel
             * @instance
             */
            CatalogModel.prototype.tasks = $util.emptyArray;

            /**
             * Creates a new CatalogModel instance using the specified properties.
             * @function create
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {weft.v1.CatalogModel.$Properties=} [properties] Properties to set
             * @returns {weft.v1.CatalogModel} CatalogModel instance
             * @type {{
             *   (properties: weft.v1.CatalogModel.$Shape): weft.v1.CatalogModel & weft.v1.CatalogModel.$Shape;
             *   (properties?: weft.v1.CatalogModel.$Properties): weft.v1.CatalogModel;
             * }}
             */
            CatalogModel.create = function(properties) {
                return new CatalogModel(properties);
            };

            /**
             * Encodes the specified CatalogModel message. Does not implicitly {@link weft.v1.CatalogModel.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {weft.v1.CatalogModel.$Properties} message CatalogModel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CatalogModel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.format);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.path);
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine") && message.engine !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.engine);
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize") && message.contextSize !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.contextSize);
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots") && message.slots !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.slots);
                if (message.chatTemplate != null && $Object.hasOwnProperty.call(message, "chatTemplate") && message.chatTemplate !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.chatTemplate);
                if (message.devicePreference != null && message.devicePreference.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).int32s(message.devicePreference);
                if (message.memoryEstimateBytes != null && $Object.hasOwnProperty.call(message, "memoryEstimateBytes"))
                    for (let keys = $Object.keys(message.memoryEstimateBytes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryEstimateBytes[keys[i]]).ldelim();
                if (message.memoryMeasuredBytes != null && $Object.hasOwnProperty.call(message, "memoryMeasuredBytes"))
                    for (let keys = $Object.keys(message.memoryMeasuredBytes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryMeasuredBytes[keys[i]]).ldelim();
                if (message.minReplicas != null && $Object.hasOwnProperty.call(message, "minReplicas") && message.minReplicas !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).uint32(message.minReplicas);
                if (message.maxReplicas != null && $Object.hasOwnProperty.call(message, "maxReplicas") && message.maxReplicas !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).uint32(message.maxReplicas);
                if (message.idleTtlMs != null && $Object.hasOwnProperty.call(message, "idleTtlMs") && !$Object.is(message.idleTtlMs, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.idleTtlMs);
                if (message.fileBytes != null && $Object.hasOwnProperty.call(message, "fileBytes") && (typeof message.fileBytes === "object" ? message.fileBytes.low || message.fileBytes.high : message.fileBytes !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.fileBytes);
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== "")
                    writer.uint32(/* id 15, wireType 2 =*/122).string(message.dtype);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.source);
                if (message.updatedUnixMs != null && $Object.hasOwnProperty.call(message, "updatedUnixMs") && !$Object.is(message.updatedUnixMs, 0))
                    writer.uint32(/* id 17, wireType 1 =*/137).double(message.updatedUnixMs);
                if (message.sourceFile != null && $Object.hasOwnProperty.call(message, "sourceFile") && message.sourceFile !== "")
                    writer.uint32(/* id 18, wireType 2 =*/146).string(message.sourceFile);
                if (message.tasks != null && message.tasks.length)
                    writer.uint32(/* id 19, wireType 2 =*/154).int32s(message.tasks);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CatalogModel message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.CatalogModel & weft.v1.CatalogModel.$Shape} CatalogModel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CatalogModel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.CatalogModel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.engine = value;
                            else
                                delete message.engine;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.contextSize = value;
                            else
                                delete message.contextSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.slots = value;
                            else
                                delete message.slots;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chatTemplate = value;
                            else
                                delete message.chatTemplate;
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.devicePreference && message.devicePreference.length))
                                    message.devicePreference = [];
                                reader.int32s(message.devicePreference);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.devicePreference && message.devicePreference.length))
                                message.devicePreference = [];
                            message.devicePreference.push(reader.int32());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (message.memoryEstimateBytes === $util.emptyObject)
                                message.memoryEstimateBytes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.memoryEstimateBytes, key);
                            message.memoryEstimateBytes[key] = value;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (message.memoryMeasuredBytes === $util.emptyObject)
                                message.memoryMeasuredBytes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 0)
                                        break;
                                    value = reader.uint64();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.memoryMeasuredBytes, key);
                            message.memoryMeasuredBytes[key] = value;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minReplicas = value;
                            else
                                delete message.minReplicas;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxReplicas = value;
                            else
                                delete message.maxReplicas;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.idleTtlMs = value;
                            else
                                delete message.idleTtlMs;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fileBytes = value;
                            else
                                delete message.fileBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dtype = value;
                            else
                                delete message.dtype;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.updatedUnixMs = value;
                            else
                                delete message.updatedUnixMs;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sourceFile = value;
                            else
                                delete message.sourceFile;
                            continue;
                        }
                    case 19: {
                            if (wireType === 2) {
                                if (!(message.tasks && message.tasks.length))
                                    message.tasks = [];
                                reader.int32s(message.tasks);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tasks && message.tasks.length))
                                message.tasks = [];
                            message.tasks.push(reader.int32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CatalogModel message.
             * @function verify
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CatalogModel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    if (!$util.isString(message.engine))
                        return "engine: string expected";
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                    if (!$util.isInteger(message.contextSize))
                        return "contextSize: integer expected";
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    if (!$util.isInteger(message.slots))
                        return "slots: integer expected";
                if (message.chatTemplate != null && $Object.hasOwnProperty.call(message, "chatTemplate"))
                    if (!$util.isString(message.chatTemplate))
                        return "chatTemplate: string expected";
                if (message.devicePreference != null && $Object.hasOwnProperty.call(message, "devicePreference")) {
                    if (!$Array.isArray(message.devicePreference))
                        return "devicePreference: array expected";
                    for (let i = 0; i < message.devicePreference.length; ++i)
                        if (typeof message.devicePreference[i] !== "number" || (message.devicePreference[i] | 0) !== message.devicePreference[i])
                            return "devicePreference: enum value[] expected";
                }
                if (message.memoryEstimateBytes != null && $Object.hasOwnProperty.call(message, "memoryEstimateBytes")) {
                    if (!$util.isObject(message.memoryEstimateBytes))
                        return "memoryEstimateBytes: object expected";
                    let key = $Object.keys(message.memoryEstimateBytes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.memoryEstimateBytes[key[i]]) && !(message.memoryEstimateBytes[key[i]] && $util.isInteger(message.memoryEstimateBytes[key[i]].low) && $util.isInteger(message.memoryEstimateBytes[key[i]].high)))
                            return "memoryEstimateBytes: integer|Long{k:string} expected";
                }
                if (message.memoryMeasuredBytes != null && $Object.hasOwnProperty.call(message, "memoryMeasuredBytes")) {
                    if (!$util.isObject(message.memoryMeasuredBytes))
                        return "memoryMeasuredBytes: object expected";
                    let key = $Object.keys(message.memoryMeasuredBytes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isInteger(message.memoryMeasuredBytes[key[i]]) && !(message.memoryMeasuredBytes[key[i]] && $util.isInteger(message.memoryMeasuredBytes[key[i]].low) && $util.isInteger(message.memoryMeasuredBytes[key[i]].high)))
                            return "memoryMeasuredBytes: integer|Long{k:string} expected";
                }
                if (message.minReplicas != null && $Object.hasOwnProperty.call(message, "minReplicas"))
                    if (!$util.isInteger(message.minReplicas))
                        return "minReplicas: integer expected";
                if (message.maxReplicas != null && $Object.hasOwnProperty.call(message, "maxReplicas"))
                    if (!$util.isInteger(message.maxReplicas))
                        return "maxReplicas: integer expected";
                if (message.idleTtlMs != null && $Object.hasOwnProperty.call(message, "idleTtlMs"))
                    if (typeof message.idleTtlMs !== "number")
                        return "idleTtlMs: number expected";
                if (message.fileBytes != null && $Object.hasOwnProperty.call(message, "fileBytes"))
                    if (!$util.isInteger(message.fileBytes) && !(message.fileBytes && $util.isInteger(message.fileBytes.low) && $util.isInteger(message.fileBytes.high)))
                        return "fileBytes: integer|Long expected";
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    if (!$util.isString(message.dtype))
                        return "dtype: string expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.updatedUnixMs != null && $Object.hasOwnProperty.call(message, "updatedUnixMs"))
                    if (typeof message.updatedUnixMs !== "number")
                        return "updatedUnixMs: number expected";
                if (message.sourceFile != null && $Object.hasOwnProperty.call(message, "sourceFile"))
                    if (!$util.isString(message.sourceFile))
                        return "sourceFile: string expected";
                if (message.tasks != null && $Object.hasOwnProperty.call(message, "tasks")) {
                    if (!$Array.isArray(message.tasks))
                        return "tasks: array expected";
                    for (let i = 0; i < message.tasks.length; ++i)
                        if (typeof message.tasks[i] !== "number" || (message.tasks[i] | 0) !== message.tasks[i])
                            return "tasks: enum value[] expected";
                }
                return null;
            };

            /**
             * Creates a CatalogModel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.CatalogModel} CatalogModel
             */
            CatalogModel.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.CatalogModel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.CatalogModel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.CatalogModel();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.engine != null)
                    if (typeof object.engine !== "string" || object.engine.length)
                        message.engine = $String(object.engine);
                if (object.contextSize != null)
                    if ($Number(object.contextSize) !== 0)
                        message.contextSize = object.contextSize >>> 0;
                if (object.slots != null)
                    if ($Number(object.slots) !== 0)
                        message.slots = object.slots >>> 0;
                if (object.chatTemplate != null)
                    if (typeof object.chatTemplate !== "string" || object.chatTemplate.length)
                        message.chatTemplate = $String(object.chatTemplate);
                if (object.devicePreference) {
                    if (!$Array.isArray(object.devicePreference))
                        throw $TypeError(".weft.v1.CatalogModel.devicePreference: array expected");
                    message.devicePreference = [];
                    for (let i = 0; i < object.devicePreference.length; ++i)
                        switch (object.devicePreference[i]) {
                        case "DEVICE_KIND_UNSPECIFIED":
                        case 0:
                            message.devicePreference[message.devicePreference.length] = 0;
                            break;
                        case "DEVICE_KIND_CPU":
                        case 1:
                            message.devicePreference[message.devicePreference.length] = 1;
                            break;
                        case "DEVICE_KIND_NVIDIA":
                        case 2:
                            message.devicePreference[message.devicePreference.length] = 2;
                            break;
                        case "DEVICE_KIND_ASCEND":
                        case 3:
                            message.devicePreference[message.devicePreference.length] = 3;
                            break;
                        default:
                            if (typeof object.devicePreference[i] === "number" && (object.devicePreference[i] | 0) === object.devicePreference[i])
                                message.devicePreference[message.devicePreference.length] = object.devicePreference[i];
                        }
                }
                if (object.memoryEstimateBytes) {
                    if (!$util.isObject(object.memoryEstimateBytes))
                        throw $TypeError(".weft.v1.CatalogModel.memoryEstimateBytes: object expected");
                    message.memoryEstimateBytes = {};
                    for (let keys = $Object.keys(object.memoryEstimateBytes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.memoryEstimateBytes, keys[i]);
                        if ($util.Long)
                            message.memoryEstimateBytes[keys[i]] = $util.Long.fromValue(object.memoryEstimateBytes[keys[i]], true);
                        else if (typeof object.memoryEstimateBytes[keys[i]] === "string")
                            message.memoryEstimateBytes[keys[i]] = $parseInt(object.memoryEstimateBytes[keys[i]], 10);
                        else if (typeof object.memoryEstimateBytes[keys[i]] === "number")
                            message.memoryEstimateBytes[keys[i]] = object.memoryEstimateBytes[keys[i]];
                        else if (typeof object.memoryEstimateBytes[keys[i]] === "object")
                            message.memoryEstimateBytes[keys[i]] = new $util.LongBits(object.memoryEstimateBytes[keys[i]].low >>> 0, object.memoryEstimateBytes[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                if (object.memoryMeasuredBytes) {
                    if (!$util.isObject(object.memoryMeasuredBytes))
                        throw $TypeError(".weft.v1.CatalogModel.memoryMeasuredBytes: object expected");
                    message.memoryMeasuredBytes = {};
                    for (let keys = $Object.keys(object.memoryMeasuredBytes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.memoryMeasuredBytes, keys[i]);
                        if ($util.Long)
                            message.memoryMeasuredBytes[keys[i]] = $util.Long.fromValue(object.memoryMeasuredBytes[keys[i]], true);
                        else if (typeof object.memoryMeasuredBytes[keys[i]] === "string")
                            message.memoryMeasuredBytes[keys[i]] = $parseInt(object.memoryMeasuredBytes[keys[i]], 10);
                        else if (typeof object.memoryMeasuredBytes[keys[i]] === "number")
                            message.memoryMeasuredBytes[keys[i]] = object.memoryMeasuredBytes[keys[i]];
                        else if (typeof object.memoryMeasuredBytes[keys[i]] === "object")
                            message.memoryMeasuredBytes[keys[i]] = new $util.LongBits(object.memoryMeasuredBytes[keys[i]].low >>> 0, object.memoryMeasuredBytes[keys[i]].high >>> 0).toNumber(true);
                    }
                }
                if (object.minReplicas != null)
                    if ($Number(object.minReplicas) !== 0)
                        message.minReplicas = object.minReplicas >>> 0;
                if (object.maxReplicas != null)
                    if ($Number(object.maxReplicas) !== 0)
                        message.maxReplicas = object.maxReplicas >>> 0;
                if (object.idleTtlMs != null)
                    if (!$Object.is($Number(object.idleTtlMs), 0))
                        message.idleTtlMs = $Number(object.idleTtlMs);
                if (object.fileBytes != null)
                    if (typeof object.fileBytes === "object" ? object.fileBytes.low || object.fileBytes.high : $Number(object.fileBytes) !== 0)
                        if ($util.Long)
                            message.fileBytes = $util.Long.fromValue(object.fileBytes, true);
                        else if (typeof object.fileBytes === "string")
                            message.fileBytes = $parseInt(object.fileBytes, 10);
                        else if (typeof object.fileBytes === "number")
                            message.fileBytes = object.fileBytes;
                        else if (typeof object.fileBytes === "object")
                            message.fileBytes = new $util.LongBits(object.fileBytes.low >>> 0, object.fileBytes.high >>> 0).toNumber(true);
                if (object.dtype != null)
                    if (typeof object.dtype !== "string" || object.dtype.length)
                        message.dtype = $String(object.dtype);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.updatedUnixMs != null)
                    if (!$Object.is($Number(object.updatedUnixMs), 0))
                        message.updatedUnixMs = $Number(object.updatedUnixMs);
                if (object.sourceFile != null)
                    if (typeof object.sourceFile !== "string" || object.sourceFile.length)
                        message.sourceFile = $String(object.sourceFile);
                if (object.tasks) {
                    if (!$Array.isArray(object.tasks))
                        throw $TypeError(".weft.v1.CatalogModel.tasks: array expected");
                    message.tasks = [];
                    for (let i = 0; i < object.tasks.length; ++i)
                        switch (object.tasks[i]) {
                        case "TASK_UNSPECIFIED":
                        case 0:
                            message.tasks[message.tasks.length] = 0;
                            break;
                        case "TASK_CHAT":
                        case 1:
                            message.tasks[message.tasks.length] = 1;
                            break;
                        case "TASK_EMBED":
                        case 2:
                            message.tasks[message.tasks.length] = 2;
                            break;
                        case "TASK_RERANK":
                        case 3:
                            message.tasks[message.tasks.length] = 3;
                            break;
                        case "TASK_TRANSCRIBE":
                        case 4:
                            message.tasks[message.tasks.length] = 4;
                            break;
                        case "TASK_SPEAK":
                        case 5:
                            message.tasks[message.tasks.length] = 5;
                            break;
                        case "TASK_DETECT_SPEECH":
                        case 6:
                            message.tasks[message.tasks.length] = 6;
                            break;
                        default:
                            if (typeof object.tasks[i] === "number" && (object.tasks[i] | 0) === object.tasks[i])
                                message.tasks[message.tasks.length] = object.tasks[i];
                        }
                }
                return message;
            };

            /**
             * Creates a plain object from a CatalogModel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {weft.v1.CatalogModel} message CatalogModel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CatalogModel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.devicePreference = [];
                    object.tasks = [];
                }
                if (options.objects || options.defaults) {
                    object.memoryEstimateBytes = {};
                    object.memoryMeasuredBytes = {};
                }
                if (options.defaults) {
                    object.name = "";
                    object.format = "";
                    object.path = "";
                    object.engine = "";
                    object.contextSize = 0;
                    object.slots = 0;
                    object.chatTemplate = "";
                    object.minReplicas = 0;
                    object.maxReplicas = 0;
                    object.idleTtlMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fileBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fileBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.dtype = "";
                    object.source = "";
                    object.updatedUnixMs = 0;
                    object.sourceFile = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.engine != null && $Object.hasOwnProperty.call(message, "engine"))
                    object.engine = message.engine;
                if (message.contextSize != null && $Object.hasOwnProperty.call(message, "contextSize"))
                    object.contextSize = message.contextSize;
                if (message.slots != null && $Object.hasOwnProperty.call(message, "slots"))
                    object.slots = message.slots;
                if (message.chatTemplate != null && $Object.hasOwnProperty.call(message, "chatTemplate"))
                    object.chatTemplate = message.chatTemplate;
                if (message.devicePreference && message.devicePreference.length) {
                    object.devicePreference = $Array(message.devicePreference.length);
                    for (let j = 0; j < message.devicePreference.length; ++j)
                        object.devicePreference[j] = options.enums === $String ? $root.weft.v1.DeviceKind[message.devicePreference[j]] === $undefined ? message.devicePreference[j] : $root.weft.v1.DeviceKind[message.devicePreference[j]] : message.devicePreference[j];
                }
                let keys2;
                if (message.memoryEstimateBytes && (keys2 = $Object.keys(message.memoryEstimateBytes)).length) {
                    object.memoryEstimateBytes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.memoryEstimateBytes, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryEstimateBytes[keys2[j]] = typeof message.memoryEstimateBytes[keys2[j]] === "number" ? $BigInt(message.memoryEstimateBytes[keys2[j]]) : $util.Long.fromBits(message.memoryEstimateBytes[keys2[j]].low >>> 0, message.memoryEstimateBytes[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.memoryEstimateBytes[keys2[j]] === "number")
                            object.memoryEstimateBytes[keys2[j]] = options.longs === $String ? $String(message.memoryEstimateBytes[keys2[j]]) : message.memoryEstimateBytes[keys2[j]];
                        else
                            object.memoryEstimateBytes[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryEstimateBytes[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.memoryEstimateBytes[keys2[j]].low >>> 0, message.memoryEstimateBytes[keys2[j]].high >>> 0).toNumber(true) : message.memoryEstimateBytes[keys2[j]];
                    }
                }
                if (message.memoryMeasuredBytes && (keys2 = $Object.keys(message.memoryMeasuredBytes)).length) {
                    object.memoryMeasuredBytes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.memoryMeasuredBytes, keys2[j]);
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryMeasuredBytes[keys2[j]] = typeof message.memoryMeasuredBytes[keys2[j]] === "number" ? $BigInt(message.memoryMeasuredBytes[keys2[j]]) : $util.Long.fromBits(message.memoryMeasuredBytes[keys2[j]].low >>> 0, message.memoryMeasuredBytes[keys2[j]].high >>> 0, true).toBigInt();
                        else if (typeof message.memoryMeasuredBytes[keys2[j]] === "number")
                            object.memoryMeasuredBytes[keys2[j]] = options.longs === $String ? $String(message.memoryMeasuredBytes[keys2[j]]) : message.memoryMeasuredBytes[keys2[j]];
                        else
                            object.memoryMeasuredBytes[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryMeasuredBytes[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.memoryMeasuredBytes[keys2[j]].low >>> 0, message.memoryMeasuredBytes[keys2[j]].high >>> 0).toNumber(true) : message.memoryMeasuredBytes[keys2[j]];
                    }
                }
                if (message.minReplicas != null && $Object.hasOwnProperty.call(message, "minReplicas"))
                    object.minReplicas = message.minReplicas;
                if (message.maxReplicas != null && $Object.hasOwnProperty.call(message, "maxReplicas"))
                    object.maxReplicas = message.maxReplicas;
                if (message.idleTtlMs != null && $Object.hasOwnProperty.call(message, "idleTtlMs"))
                    object.idleTtlMs = options.json && !$isFinite(message.idleTtlMs) ? $String(message.idleTtlMs) : message.idleTtlMs;
                if (message.fileBytes != null && $Object.hasOwnProperty.call(message, "fileBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fileBytes = typeof message.fileBytes === "number" ? $BigInt(message.fileBytes) : $util.Long.fromBits(message.fileBytes.low >>> 0, message.fileBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.fileBytes === "number")
                        object.fileBytes = options.longs === $String ? $String(message.fileBytes) : message.fileBytes;
                    else
                        object.fileBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.fileBytes) : options.longs === $Number ? new $util.LongBits(message.fileBytes.low >>> 0, message.fileBytes.high >>> 0).toNumber(true) : message.fileBytes;
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    object.dtype = message.dtype;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.updatedUnixMs != null && $Object.hasOwnProperty.call(message, "updatedUnixMs"))
                    object.updatedUnixMs = options.json && !$isFinite(message.updatedUnixMs) ? $String(message.updatedUnixMs) : message.updatedUnixMs;
                if (message.sourceFile != null && $Object.hasOwnProperty.call(message, "sourceFile"))
                    object.sourceFile = message.sourceFile;
                if (message.tasks && message.tasks.length) {
                    object.tasks = $Array(message.tasks.length);
                    for (let j = 0; j < message.tasks.length; ++j)
                        object.tasks[j] = options.enums === $String ? $root.weft.v1.Task[message.tasks[j]] === $undefined ? message.tasks[j] : $root.weft.v1.Task[message.tasks[j]] : message.tasks[j];
                }
                return object;
            };

            /**
             * Converts this CatalogModel to JSON.
             * @function toJSON
             * @memberof weft.v1.CatalogModel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CatalogModel.prototype.toJSON = function() {
                return CatalogModel.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CatalogModel
             * @function getTypeUrl
             * @memberof weft.v1.CatalogModel
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CatalogModel.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.CatalogModel";
            };

            return CatalogModel;
        })();

        v1.ReplicaSet = (function() {

            /**
             * Properties of a ReplicaSet.
             * @typedef {Object} weft.v1.ReplicaSet.$Properties
             * @property {string|null} [model] ReplicaSet model
             * @property {Array.<weft.v1.Replica.$Properties>|null} [replicas] ReplicaSet replicas
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReplicaSet.
             * @memberof weft.v1
             * @interface IReplicaSet
             * @augments weft.v1.ReplicaSet.$Properties
             * @deprecated Use weft.v1.ReplicaSet.$Properties instead.
             */

            /**
             * Shape of a ReplicaSet.
             * @typedef {weft.v1.ReplicaSet.$Properties} weft.v1.ReplicaSet.$Shape
             */

            /**
             * Constructs a new ReplicaSet.
             * @memberof weft.v1
             * @classdesc Represents a ReplicaSet.
             * @constructor
             * @param {weft.v1.ReplicaSet.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReplicaSet = function (properties) {
                this.replicas = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReplicaSet model.
             * @member {string} model
             * @memberof weft.v1.ReplicaSet
             * @instance
             */
            ReplicaSet.prototype.model = "";

            /**
             * ReplicaSet replicas.
             * @member {Array.<weft.v1.Replica.$Properties>} replicas
             * @memberof weft.v1.ReplicaSet
             * @instance
             */
            ReplicaSet.prototype.replicas = $util.emptyArray;

            /**
             * Creates a new ReplicaSet instance using the specified properties.
             * @function create
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {weft.v1.ReplicaSet.$Properties=} [properties] Properties to set
             * @returns {weft.v1.ReplicaSet} ReplicaSet instance
             * @type {{
             *   (properties: weft.v1.ReplicaSet.$Shape): weft.v1.ReplicaSet & weft.v1.ReplicaSet.$Shape;
             *   (properties?: weft.v1.ReplicaSet.$Properties): weft.v1.ReplicaSet;
             * }}
             */
            ReplicaSet.create = function(properties) {
                return new ReplicaSet(properties);
            };

            /**
             * Encodes the specified ReplicaSet message. Does not implicitly {@link weft.v1.ReplicaSet.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {weft.v1.ReplicaSet.$Properties} message ReplicaSet message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReplicaSet.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.model);
                if (message.replicas != null && message.replicas.length)
                    for (let i = 0; i < message.replicas.length; ++i)
                        $root.weft.v1.Replica.encode(message.replicas[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReplicaSet message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.ReplicaSet & weft.v1.ReplicaSet.$Shape} ReplicaSet
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReplicaSet.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.ReplicaSet();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.model = value;
                            else
                                delete message.model;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.replicas && message.replicas.length))
                                message.replicas = [];
                            message.replicas.push($root.weft.v1.Replica.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ReplicaSet message.
             * @function verify
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReplicaSet.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    if (!$util.isString(message.model))
                        return "model: string expected";
                if (message.replicas != null && $Object.hasOwnProperty.call(message, "replicas")) {
                    if (!$Array.isArray(message.replicas))
                        return "replicas: array expected";
                    for (let i = 0; i < message.replicas.length; ++i) {
                        let error = $root.weft.v1.Replica.verify(message.replicas[i], _depth + 1);
                        if (error)
                            return "replicas." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ReplicaSet message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.ReplicaSet} ReplicaSet
             */
            ReplicaSet.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.ReplicaSet)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.ReplicaSet: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.ReplicaSet();
                if (object.model != null)
                    if (typeof object.model !== "string" || object.model.length)
                        message.model = $String(object.model);
                if (object.replicas) {
                    if (!$Array.isArray(object.replicas))
                        throw $TypeError(".weft.v1.ReplicaSet.replicas: array expected");
                    message.replicas = $Array(object.replicas.length);
                    for (let i = 0; i < object.replicas.length; ++i) {
                        if (!$util.isObject(object.replicas[i]))
                            throw $TypeError(".weft.v1.ReplicaSet.replicas: object expected");
                        message.replicas[i] = $root.weft.v1.Replica.fromObject(object.replicas[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReplicaSet message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {weft.v1.ReplicaSet} message ReplicaSet
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReplicaSet.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.replicas = [];
                if (options.defaults)
                    object.model = "";
                if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                    object.model = message.model;
                if (message.replicas && message.replicas.length) {
                    object.replicas = $Array(message.replicas.length);
                    for (let j = 0; j < message.replicas.length; ++j)
                        object.replicas[j] = $root.weft.v1.Replica.toObject(message.replicas[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ReplicaSet to JSON.
             * @function toJSON
             * @memberof weft.v1.ReplicaSet
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReplicaSet.prototype.toJSON = function() {
                return ReplicaSet.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReplicaSet
             * @function getTypeUrl
             * @memberof weft.v1.ReplicaSet
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReplicaSet.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.ReplicaSet";
            };

            return ReplicaSet;
        })();

        v1.Replica = (function() {

            /**
             * Properties of a Replica.
             * @typedef {Object} weft.v1.Replica.$Properties
             * @property {string|null} [executorId] Replica executorId
             * @property {weft.v1.DeviceKind|null} [deviceKind] Replica deviceKind
             * @property {number|null} [deviceIndex] Replica deviceIndex
             * @property {number|null} [memoryBytes] Replica memoryBytes
             * @property {number|null} [placedUnixMs] Replica placedUnixMs
             * @property {string|null} [placedBy] Replica placedBy
             * @property {string|null} [reason] Replica reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Replica.
             * @memberof weft.v1
             * @interface IReplica
             * @augments weft.v1.Replica.$Properties
             * @deprecated Use weft.v1.Replica.$Properties instead.
             */

            /**
             * Shape of a Replica.
             * @typedef {weft.v1.Replica.$Properties} weft.v1.Replica.$Shape
             */

            /**
             * Constructs a new Replica.
             * @memberof weft.v1
             * @classdesc Represents a Replica.
             * @constructor
             * @param {weft.v1.Replica.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Replica = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Replica executorId.
             * @member {string} executorId
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.executorId = "";

            /**
             * Replica deviceKind.
             * @member {weft.v1.DeviceKind} deviceKind
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.deviceKind = 0;

            /**
             * Replica deviceIndex.
             * @member {number} deviceIndex
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.deviceIndex = 0;

            /**
             * Replica memoryBytes.
             * @member {number} memoryBytes
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Replica placedUnixMs.
             * @member {number} placedUnixMs
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.placedUnixMs = 0;

            /**
             * Replica placedBy.
             * @member {string} placedBy
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.placedBy = "";

            /**
             * Replica reason.
             * @member {string} reason
             * @memberof weft.v1.Replica
             * @instance
             */
            Replica.prototype.reason = "";

            /**
             * Creates a new Replica instance using the specified properties.
             * @function create
             * @memberof weft.v1.Replica
             * @static
             * @param {weft.v1.Replica.$Properties=} [properties] Properties to set
             * @returns {weft.v1.Replica} Replica instance
             * @type {{
             *   (properties: weft.v1.Replica.$Shape): weft.v1.Replica & weft.v1.Replica.$Shape;
             *   (properties?: weft.v1.Replica.$Properties): weft.v1.Replica;
             * }}
             */
            Replica.create = function(properties) {
                return new Replica(properties);
            };

            /**
             * Encodes the specified Replica message. Does not implicitly {@link weft.v1.Replica.verify|verify} messages.
             * @function encode
             * @memberof weft.v1.Replica
             * @static
             * @param {weft.v1.Replica.$Properties} message Replica message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Replica.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId") && message.executorId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.executorId);
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind") && message.deviceKind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.deviceKind);
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex") && message.deviceIndex !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.deviceIndex);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.memoryBytes);
                if (message.placedUnixMs != null && $Object.hasOwnProperty.call(message, "placedUnixMs") && !$Object.is(message.placedUnixMs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.placedUnixMs);
                if (message.placedBy != null && $Object.hasOwnProperty.call(message, "placedBy") && message.placedBy !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.placedBy);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Replica message from the specified reader or buffer.
             * @function decode
             * @memberof weft.v1.Replica
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {weft.v1.Replica & weft.v1.Replica.$Shape} Replica
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Replica.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.weft.v1.Replica();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.executorId = value;
                            else
                                delete message.executorId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.deviceKind = value;
                            else
                                delete message.deviceKind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deviceIndex = value;
                            else
                                delete message.deviceIndex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.placedUnixMs = value;
                            else
                                delete message.placedUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.placedBy = value;
                            else
                                delete message.placedBy;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Replica message.
             * @function verify
             * @memberof weft.v1.Replica
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Replica.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    if (!$util.isString(message.executorId))
                        return "executorId: string expected";
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind"))
                    if (typeof message.deviceKind !== "number" || (message.deviceKind | 0) !== message.deviceKind)
                        return "deviceKind: enum value expected";
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex"))
                    if (!$util.isInteger(message.deviceIndex))
                        return "deviceIndex: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.placedUnixMs != null && $Object.hasOwnProperty.call(message, "placedUnixMs"))
                    if (typeof message.placedUnixMs !== "number")
                        return "placedUnixMs: number expected";
                if (message.placedBy != null && $Object.hasOwnProperty.call(message, "placedBy"))
                    if (!$util.isString(message.placedBy))
                        return "placedBy: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Replica message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof weft.v1.Replica
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {weft.v1.Replica} Replica
             */
            Replica.fromObject = function (object, _depth) {
                if (object instanceof $root.weft.v1.Replica)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".weft.v1.Replica: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.weft.v1.Replica();
                if (object.executorId != null)
                    if (typeof object.executorId !== "string" || object.executorId.length)
                        message.executorId = $String(object.executorId);
                if (object.deviceKind !== 0 && (typeof object.deviceKind !== "string" || $root.weft.v1.DeviceKind[object.deviceKind] !== 0))
                    switch (object.deviceKind) {
                    case "DEVICE_KIND_UNSPECIFIED":
                    case 0:
                        message.deviceKind = 0;
                        break;
                    case "DEVICE_KIND_CPU":
                    case 1:
                        message.deviceKind = 1;
                        break;
                    case "DEVICE_KIND_NVIDIA":
                    case 2:
                        message.deviceKind = 2;
                        break;
                    case "DEVICE_KIND_ASCEND":
                    case 3:
                        message.deviceKind = 3;
                        break;
                    default:
                        if (typeof object.deviceKind === "number" && (object.deviceKind | 0) === object.deviceKind)
                            message.deviceKind = object.deviceKind;
                    }
                if (object.deviceIndex != null)
                    if ($Number(object.deviceIndex) !== 0)
                        message.deviceIndex = object.deviceIndex >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.placedUnixMs != null)
                    if (!$Object.is($Number(object.placedUnixMs), 0))
                        message.placedUnixMs = $Number(object.placedUnixMs);
                if (object.placedBy != null)
                    if (typeof object.placedBy !== "string" || object.placedBy.length)
                        message.placedBy = $String(object.placedBy);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Replica message. Also converts values to other types if specified.
             * @function toObject
             * @memberof weft.v1.Replica
             * @static
             * @param {weft.v1.Replica} message Replica
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Replica.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.executorId = "";
                    object.deviceKind = options.enums === $String ? "DEVICE_KIND_UNSPECIFIED" : 0;
                    object.deviceIndex = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.placedUnixMs = 0;
                    object.placedBy = "";
                    object.reason = "";
                }
                if (message.executorId != null && $Object.hasOwnProperty.call(message, "executorId"))
                    object.executorId = message.executorId;
                if (message.deviceKind != null && $Object.hasOwnProperty.call(message, "deviceKind"))
                    object.deviceKind = options.enums === $String ? $root.weft.v1.DeviceKind[message.deviceKind] === $undefined ? message.deviceKind : $root.weft.v1.DeviceKind[message.deviceKind] : message.deviceKind;
                if (message.deviceIndex != null && $Object.hasOwnProperty.call(message, "deviceIndex"))
                    object.deviceIndex = message.deviceIndex;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.placedUnixMs != null && $Object.hasOwnProperty.call(message, "placedUnixMs"))
                    object.placedUnixMs = options.json && !$isFinite(message.placedUnixMs) ? $String(message.placedUnixMs) : message.placedUnixMs;
                if (message.placedBy != null && $Object.hasOwnProperty.call(message, "placedBy"))
                    object.placedBy = message.placedBy;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Replica to JSON.
             * @function toJSON
             * @memberof weft.v1.Replica
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Replica.prototype.toJSON = function() {
                return Replica.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Replica
             * @function getTypeUrl
             * @memberof weft.v1.Replica
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Replica.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/weft.v1.Replica";
            };

            return Replica;
        })();

        return v1;
    })();

    return weft;
})();

export {
  $root as default
};
