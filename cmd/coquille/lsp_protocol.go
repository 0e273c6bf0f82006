package main

import "github.com/coquille-fr/coquille/lint"

// The subset of the Language Server Protocol 3.17 that coquille lsp uses.
// Field names are the protocol's.

type lspPosition struct {
	Line      int `json:"line"`      // 0-based
	Character int `json:"character"` // UTF-16 code units from the line start
}

type lspRange struct {
	Start lspPosition `json:"start"`
	End   lspPosition `json:"end"`
}

// overlaps tells whether two ranges touch or overlap: a cursor at the end
// of a diagnostic still asks for its actions.
func (r lspRange) overlaps(o lspRange) bool {
	return !r.End.before(o.Start) && !o.End.before(r.Start)
}

func (p lspPosition) before(o lspPosition) bool {
	return p.Line < o.Line || p.Line == o.Line && p.Character < o.Character
}

type lspTextDocumentItem struct {
	URI        string `json:"uri"`
	LanguageID string `json:"languageId"`
	Version    int    `json:"version"`
	Text       string `json:"text"`
}

type lspTextDocumentIdentifier struct {
	URI     string `json:"uri"`
	Version int    `json:"version"`
}

type lspDidOpenParams struct {
	TextDocument lspTextDocumentItem `json:"textDocument"`
}

type lspDidChangeParams struct {
	TextDocument   lspTextDocumentIdentifier `json:"textDocument"`
	ContentChanges []struct {
		Text string `json:"text"`
	} `json:"contentChanges"`
}

// lspDocumentParams are the params of didSave and didClose.
type lspDocumentParams struct {
	TextDocument lspTextDocumentIdentifier `json:"textDocument"`
}

type lspCodeActionParams struct {
	TextDocument lspTextDocumentIdentifier `json:"textDocument"`
	Range        lspRange                  `json:"range"`
	Context      struct {
		Only []string `json:"only"`
	} `json:"context"`
}

type lspDiagnostic struct {
	Range    lspRange `json:"range"`
	Severity int      `json:"severity"`
	Code     string   `json:"code"`
	Source   string   `json:"source"`
	Message  string   `json:"message"`
}

type lspPublishDiagnosticsParams struct {
	URI         string          `json:"uri"`
	Version     int             `json:"version"`
	Diagnostics []lspDiagnostic `json:"diagnostics"`
}

type lspTextEdit struct {
	Range   lspRange `json:"range"`
	NewText string   `json:"newText"`
}

type lspWorkspaceEdit struct {
	Changes map[string][]lspTextEdit `json:"changes"`
}

type lspCodeAction struct {
	Title       string           `json:"title"`
	Kind        string           `json:"kind"`
	Diagnostics []lspDiagnostic  `json:"diagnostics,omitempty"`
	IsPreferred bool             `json:"isPreferred,omitempty"`
	Edit        lspWorkspaceEdit `json:"edit"`
}

type lspShowMessageParams struct {
	Type    int    `json:"type"` // 1 error
	Message string `json:"message"`
}

// Code action kinds.
const (
	quickFixKind = "quickfix"
	fixAllKind   = "source.fixAll.coquille"
)

// lspSeverities maps severities to DiagnosticSeverity: 1 error, 2 warning,
// 3 information.
var lspSeverities = map[lint.Severity]int{lint.Error: 1, lint.Warning: 2, lint.Info: 3}

// initializeResult tells the client what the server does: full text sync
// with open, close and save notifications, and quick fixes.
var initializeResult = map[string]any{
	"capabilities": map[string]any{
		"positionEncoding": "utf-16",
		"textDocumentSync": map[string]any{
			"openClose": true,
			"change":    1, // full
			"save":      map[string]any{"includeText": false},
		},
		"codeActionProvider": map[string]any{"codeActionKinds": []string{quickFixKind, fixAllKind}},
	},
	"serverInfo": map[string]any{"name": "coquille", "version": version()},
}
