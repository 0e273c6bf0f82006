package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/coquille-fr/coquille/lint"
)

// lspClient plays the editor's side of a session with a server that runs
// the fake rules, whose diagnostics do not change as real rules are added.
type lspClient struct {
	t      *testing.T
	in     *io.PipeWriter // the server's standard input
	conn   *rpcConn       // reads the server's standard output
	nextID int
	done   chan int // the server's exit status
	stderr *bytes.Buffer
}

func startLSP(t *testing.T, args ...string) *lspClient {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &lspClient{t: t, in: inW, conn: &rpcConn{r: bufio.NewReader(outR)}, done: make(chan int, 1), stderr: &bytes.Buffer{}}
	a := &app{stdin: inR, stdout: outW, stderr: c.stderr, rules: fakeRules()}
	go func() {
		code := a.execute(append([]string{"lsp"}, args...))
		outW.Close()
		c.done <- code
	}()
	t.Cleanup(func() { inW.Close() })
	return c
}

// send writes a framed message to the server.
func (c *lspClient) send(method string, params any, request bool) int {
	c.t.Helper()
	msg := map[string]any{"jsonrpc": "2.0", "method": method, "params": params}
	id := 0
	if request {
		c.nextID++
		id = c.nextID
		msg["id"] = id
	}
	body, err := json.Marshal(msg)
	if err != nil {
		c.t.Fatal(err)
	}
	if _, err := fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(body), body); err != nil {
		c.t.Fatal(err)
	}
	return id
}

// serverMessage is any message from the server.
type serverMessage struct {
	ID     *int            `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
	Result json.RawMessage `json:"result"`
	Error  *rpcError       `json:"error"`
}

// receive reads the next message from the server, or fails after a while.
func (c *lspClient) receive() serverMessage {
	c.t.Helper()
	type read struct {
		body []byte
		err  error
	}
	ch := make(chan read, 1)
	go func() {
		body, err := c.conn.read()
		ch <- read{body, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			c.t.Fatalf("reading from the server: %v (stderr %q)", r.err, c.stderr.String())
		}
		var m serverMessage
		if err := json.Unmarshal(r.body, &m); err != nil {
			c.t.Fatal(err)
		}
		return m
	case <-time.After(10 * time.Second):
		c.t.Fatal("the server did not answer")
	}
	panic("unreachable")
}

// call sends a request and returns its result, decoded into v.
func (c *lspClient) call(method string, params, v any) {
	c.t.Helper()
	id := c.send(method, params, true)
	m := c.receive()
	if m.ID == nil || *m.ID != id || m.Error != nil {
		c.t.Fatalf("%s: got %+v", method, m)
	}
	if v != nil {
		if err := json.Unmarshal(m.Result, v); err != nil {
			c.t.Fatal(err)
		}
	}
}

// diagnostics waits for the next publishDiagnostics notification.
func (c *lspClient) diagnostics() lspPublishDiagnosticsParams {
	c.t.Helper()
	m := c.receive()
	if m.Method != "textDocument/publishDiagnostics" {
		c.t.Fatalf("got %+v, want diagnostics", m)
	}
	var p lspPublishDiagnosticsParams
	if err := json.Unmarshal(m.Params, &p); err != nil {
		c.t.Fatal(err)
	}
	return p
}

// applyEdits applies LSP text edits, positions in UTF-16 code units, to
// text, the last edit first.
func applyEdits(t *testing.T, text string, edits []lspTextEdit) string {
	t.Helper()
	offset := func(p lspPosition) int {
		lines := strings.SplitAfter(text, "\n")
		at := 0
		for _, l := range lines[:p.Line] {
			at += len(l)
		}
		units := utf16.Encode([]rune(lines[p.Line]))
		return at + len(string(utf16.Decode(units[:p.Character])))
	}
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		text = text[:offset(e.Range.Start)] + e.NewText + text[offset(e.Range.End):]
	}
	return text
}

func TestLSPSession(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), []byte(
		"custom:\n  - id: marques\n    kind: substitution\n    fix: true\n    swap:\n      facebook: Facebook\n"))
	path := filepath.Join(dir, "posts", "post.md")
	uri := (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
	text := "# Titre\n\n🎉 Bonjour à tous! Suivez-nous sur facebook.\n\nLigne masquée! coquille:ignore\n"

	c := startLSP(t)
	var init struct {
		Capabilities struct {
			TextDocumentSync struct {
				Change int `json:"change"`
			} `json:"textDocumentSync"`
			CodeActionProvider any `json:"codeActionProvider"`
		} `json:"capabilities"`
	}
	c.call("initialize", map[string]any{"processId": nil, "rootUri": nil, "capabilities": map[string]any{}}, &init)
	if init.Capabilities.TextDocumentSync.Change != 1 || init.Capabilities.CodeActionProvider == nil {
		t.Fatalf("capabilities %+v", init.Capabilities)
	}
	c.send("initialized", map[string]any{}, false)

	c.send("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "markdown", "version": 1, "text": text}}, false)
	pub := c.diagnostics()
	var got []string
	for _, d := range pub.Diagnostics {
		got = append(got, fmt.Sprintf("%s %d:%d-%d:%d sev%d %s", d.Code, d.Range.Start.Line, d.Range.Start.Character,
			d.Range.End.Line, d.Range.End.Character, d.Severity, d.Source))
	}
	// 🎉 is two UTF-16 code units: "!" is the 17th unit of its line.
	want := []string{
		"test.emoji 2:0-2:2 sev3 coquille",
		"test.bang 2:17-2:18 sev1 coquille",
		"custom.marques 2:35-2:43 sev2 coquille",
	}
	if pub.URI != uri || pub.Version != 1 || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("diagnostics of %s v%d:\n%s\nwant\n%s", pub.URI, pub.Version, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	var actions []lspCodeAction
	c.call("textDocument/codeAction", map[string]any{
		"textDocument": map[string]any{"uri": uri},
		"range":        lspRange{Start: lspPosition{2, 17}, End: lspPosition{2, 17}},
		"context":      map[string]any{"diagnostics": []any{}},
	}, &actions)
	if len(actions) != 2 || actions[0].Kind != quickFixKind || !actions[0].IsPreferred ||
		actions[0].Title != "Remplacer par «\u00a0⟨espace fine insécable⟩!\u00a0»" || actions[1].Kind != fixAllKind {
		t.Fatalf("actions %+v", actions)
	}
	fixed := applyEdits(t, text, actions[0].Edit.Changes[uri])
	if want := "🎉 Bonjour à tous\u202f! Suivez-nous"; !strings.Contains(fixed, want) {
		t.Fatalf("after the quick fix: %q", fixed)
	}
	all := applyEdits(t, text, actions[1].Edit.Changes[uri])
	if want := "🎉 Bonjour à tous\u202f! Suivez-nous sur Facebook.\n\nLigne masquée! coquille:ignore\n"; !strings.HasSuffix(all, want) {
		t.Fatalf("after fixing all: %q", all)
	}

	c.send("textDocument/didChange", map[string]any{"textDocument": map[string]any{"uri": uri, "version": 2},
		"contentChanges": []any{map[string]any{"text": fixed}}}, false)
	if pub := c.diagnostics(); pub.Version != 2 || len(pub.Diagnostics) != 2 || pub.Diagnostics[1].Code != "custom.marques" {
		t.Fatalf("after the change: %+v", pub)
	}
	c.send("textDocument/didSave", map[string]any{"textDocument": map[string]any{"uri": uri}}, false)
	if pub := c.diagnostics(); len(pub.Diagnostics) != 2 {
		t.Fatalf("after saving: %+v", pub)
	}
	c.send("textDocument/didClose", map[string]any{"textDocument": map[string]any{"uri": uri}}, false)
	if pub := c.diagnostics(); len(pub.Diagnostics) != 0 {
		t.Fatalf("after closing: %+v", pub)
	}

	id := c.send("textDocument/hover", map[string]any{}, true)
	if m := c.receive(); m.ID == nil || *m.ID != id || m.Error == nil || m.Error.Code != rpcMethodNotFound {
		t.Fatalf("unknown request: %+v", m)
	}
	c.call("shutdown", nil, nil)
	c.send("exit", nil, false)
	if code := <-c.done; code != exitOK {
		t.Errorf("exit status %d, stderr %q", code, c.stderr.String())
	}
}

func TestLSPExitWithoutShutdown(t *testing.T) {
	c := startLSP(t, "--stdio")
	id := c.send("textDocument/codeAction", map[string]any{}, true)
	if m := c.receive(); m.ID == nil || *m.ID != id || m.Error == nil || m.Error.Code != rpcServerNotInitialized {
		t.Fatalf("request before initialize: %+v", m)
	}
	c.send("exit", nil, false)
	if code := <-c.done; code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
}

func TestLSPConfigErrorIsShown(t *testing.T) {
	dir := t.TempDir()
	writeTestFile(t, filepath.Join(dir, ".coquille.yaml"), []byte("profil: fr-CA\n"))
	c := startLSP(t)
	c.call("initialize", map[string]any{}, nil)
	uri := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(dir, "a.txt"))}).String()
	c.send("textDocument/didOpen", map[string]any{"textDocument": map[string]any{
		"uri": uri, "languageId": "plaintext", "version": 1, "text": "Oui!"}}, false)
	m := c.receive()
	var p lspShowMessageParams
	if m.Method != "window/showMessage" || json.Unmarshal(m.Params, &p) != nil || p.Type != 1 ||
		!strings.Contains(p.Message, ".coquille.yaml:1: clé inconnue «\u00a0profil\u00a0»") {
		t.Fatalf("got %+v", m)
	}
	if pub := c.diagnostics(); len(pub.Diagnostics) != 0 {
		t.Fatalf("diagnostics %+v", pub)
	}
	c.in.Close()
	if code := <-c.done; code != 1 {
		t.Errorf("exit status %d after the end of the stream without shutdown", code)
	}
}

func TestPositionOf(t *testing.T) {
	text := "a🎉b\r\nécrit\rx"
	doc := lint.NewDocument(&lint.Source{Data: []byte(text)})
	tests := []struct {
		offset int
		want   lspPosition
	}{
		{0, lspPosition{0, 0}},
		{1, lspPosition{0, 1}},
		{5, lspPosition{0, 3}}, // after the emoji: 2 units
		{6, lspPosition{0, 4}},
		{8, lspPosition{1, 0}},
		{10, lspPosition{1, 1}}, // é is one unit, two bytes
		{strings.Index(text, "x"), lspPosition{2, 0}},
		{len(text), lspPosition{2, 1}},
	}
	for _, tt := range tests {
		if got := positionOf(doc, tt.offset); got != tt.want {
			t.Errorf("positionOf(%d) = %+v, want %+v", tt.offset, got, tt.want)
		}
	}
}

func TestRPCReadErrors(t *testing.T) {
	for _, in := range []string{"Content-Length: x\r\n\r\n", "Content-Type: a\r\n\r\n{}", "Content-Length: 10\r\n\r\n{}", "garbage\r\n\r\n"} {
		c := &rpcConn{r: bufio.NewReader(strings.NewReader(in))}
		if _, err := c.read(); err != errBadHeader {
			t.Errorf("%q: got %v", in, err)
		}
	}
	c := &rpcConn{r: bufio.NewReader(strings.NewReader("content-length: 2\n\n{}"))}
	if body, err := c.read(); err != nil || string(body) != "{}" {
		t.Errorf("got %q, %v", body, err)
	}
	if _, err := c.read(); err != io.EOF {
		t.Errorf("at the end: %v", err)
	}
}
