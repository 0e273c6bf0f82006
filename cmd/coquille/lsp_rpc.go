package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// The Language Server Protocol speaks JSON-RPC 2.0, each message preceded
// by a "Content-Length: N" header and a blank line. The few message shapes
// the server needs are written by hand: the maintained Go libraries
// (go.lsp.dev/protocol and its jsonrpc2) would bring a dozen modules for
// five methods.

// rpcMessage is a message read from the client: a request when it has an
// ID and a method, a notification when it has only a method, a response
// otherwise (the server sends no requests, so it ignores responses).
type rpcMessage struct {
	ID     json.RawMessage `json:"id,omitempty"`
	Method string          `json:"method,omitempty"`
	Params json.RawMessage `json:"params,omitempty"`
}

// isRequest tells whether the message expects a response.
func (m *rpcMessage) isRequest() bool {
	return len(m.ID) > 0 && string(m.ID) != "null" && m.Method != ""
}

// rpcResult is a successful response; Result is written even when nil.
type rpcResult struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  any             `json:"result"`
}

// rpcErrorResponse is a failed response.
type rpcErrorResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Error   rpcError        `json:"error"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

// rpcNotification is a message from the server that expects no response.
type rpcNotification struct {
	JSONRPC string `json:"jsonrpc"`
	Method  string `json:"method"`
	Params  any    `json:"params"`
}

// JSON-RPC and LSP error codes.
const (
	rpcParseError           = -32700
	rpcInvalidRequest       = -32600
	rpcMethodNotFound       = -32601
	rpcInvalidParams        = -32602
	rpcServerNotInitialized = -32002
)

// maxMessageSize bounds a message, so that a broken client cannot make the
// server allocate without end: far above the files coquille checks (see
// lint.DefaultMaxFileSize), with room for JSON escapes.
const maxMessageSize = 256 << 20

// errBadHeader is a framing error: the stream cannot be read further.
var errBadHeader = errors.New("en-tête de message LSP invalide")

// rpcConn reads and writes framed messages.
type rpcConn struct {
	r *bufio.Reader
	w io.Writer
}

// read returns the body of the next message, or io.EOF at the end of the
// stream between two messages.
func (c *rpcConn) read() ([]byte, error) {
	length := -1
	for first := true; ; first = false {
		line, err := c.r.ReadString('\n')
		if err != nil {
			if err == io.EOF && first && line == "" {
				return nil, io.EOF
			}
			return nil, errBadHeader
		}
		line = strings.TrimRight(line, "\r\n")
		if line == "" {
			break
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			return nil, errBadHeader
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			n, err := strconv.Atoi(strings.TrimSpace(value))
			if err != nil || n < 0 || n > maxMessageSize {
				return nil, errBadHeader
			}
			length = n
		}
	}
	if length < 0 {
		return nil, errBadHeader
	}
	body := make([]byte, length)
	if _, err := io.ReadFull(c.r, body); err != nil {
		return nil, errBadHeader
	}
	return body, nil
}

// write sends one message.
func (c *rpcConn) write(v any) error {
	body, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(c.w, "Content-Length: %d\r\n\r\n", len(body)); err != nil {
		return err
	}
	_, err = c.w.Write(body)
	return err
}

// reply answers a request.
func (c *rpcConn) reply(id json.RawMessage, result any) error {
	return c.write(rpcResult{JSONRPC: "2.0", ID: id, Result: result})
}

// replyError answers a request with an error.
func (c *rpcConn) replyError(id json.RawMessage, code int, msg string) error {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	return c.write(rpcErrorResponse{JSONRPC: "2.0", ID: id, Error: rpcError{Code: code, Message: msg}})
}

// notify sends a notification.
func (c *rpcConn) notify(method string, params any) error {
	return c.write(rpcNotification{JSONRPC: "2.0", Method: method, Params: params})
}
