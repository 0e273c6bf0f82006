package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/coquille-fr/coquille/lint"
	"github.com/coquille-fr/coquille/lint/report"
	"github.com/spf13/cobra"
)

// lspOptions are the flags of coquille lsp.
type lspOptions struct {
	profile, config, words string
	stdio                  bool
}

func (a *app) newLSPCommand() *cobra.Command {
	var o lspOptions
	cmd := &cobra.Command{
		Use:   "lsp [options]",
		Short: "serveur de langage (LSP) pour les éditeurs",
		Long: "Lance un serveur Language Server Protocol sur l’entrée et la sortie standard, pour les\n" +
			"éditeurs (VS Code, Neovim, Helix…)\u00a0: les fautes des fichiers Markdown et texte ouverts\n" +
			"s’affichent pendant la frappe, et les corrections sont proposées en actions rapides. La\n" +
			"configuration est cherchée depuis le dossier de chaque fichier, comme pour check.",
		Args: noArgs,
		RunE: func(*cobra.Command, []string) error { return a.serveLSP(&o) },
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	stringFlag(fs, &o.profile, "profile", "PROFIL", "", "fr-FR, fr-CA, fr-CH ou fr-BE (sinon celui de la configuration)")
	stringFlag(fs, &o.config, "config", "FICHIER", "", "configuration à utiliser (sinon le "+lint.ConfigFile+" le plus proche)")
	stringFlag(fs, &o.words, "words", "FICHIER", "", "mots acceptés en plus de ceux de la configuration, un par ligne")
	fs.BoolVar(&o.stdio, "stdio", false, "sans effet, accepté pour les clients qui le passent (stdio est le seul transport)")
	return cmd
}

// lspServer holds the state of one session.
type lspServer struct {
	app         *app
	opts        *lspOptions
	words       []string // of --words
	conn        *rpcConn
	docs        map[string]*lspDocument // open documents by URI
	initialized bool
	shutdown    bool
	lastError   string // the configuration errors last shown
}

// lspDocument is an open document and its last check.
type lspDocument struct {
	uri, path string // path is "" when the URI is not a file
	format    lint.Format
	version   int
	text      string
	checker   *lint.Checker // nil when not checked
	result    lint.Result
}

// serveLSP runs the server until the client sends exit or closes the
// stream. The exit status is 0 after a shutdown request, 1 otherwise, as
// the protocol asks.
func (a *app) serveLSP(o *lspOptions) error {
	s := &lspServer{app: a, opts: o,
		conn: &rpcConn{r: bufio.NewReader(a.stdin), w: a.stdout}, docs: map[string]*lspDocument{}}
	if o.profile != "" {
		if _, err := lint.LookupProfile(o.profile); err != nil {
			return usagef("profil inconnu «\u00a0%s\u00a0» (attendu\u00a0: %s)", o.profile, strings.Join(lint.ProfileNames(), ", "))
		}
	}
	if o.words != "" {
		var err error
		if s.words, err = lint.ReadWordsFile(o.words); err != nil {
			return err
		}
	}
	for {
		body, err := s.conn.read()
		if err != nil {
			if !errors.Is(err, io.EOF) {
				fmt.Fprintf(a.stderr, "coquille lsp: %s\n", err)
			}
			return s.exitStatus()
		}
		exit, err := s.handle(body)
		if err != nil {
			fmt.Fprintf(a.stderr, "coquille lsp: écriture impossible\u00a0: %s\n", err)
			return statusError(exitError)
		}
		if exit {
			return s.exitStatus()
		}
	}
}

func (s *lspServer) exitStatus() error {
	if s.shutdown {
		return nil
	}
	return statusError(1)
}

// handle answers one message and tells whether it was exit.
func (s *lspServer) handle(body []byte) (bool, error) {
	var m rpcMessage
	if err := json.Unmarshal(body, &m); err != nil {
		return false, s.conn.replyError(nil, rpcParseError, "JSON invalide\u00a0: "+err.Error())
	}
	switch {
	case m.Method == "exit":
		return true, nil
	case m.Method == "initialize":
		s.initialized = true
		return false, s.conn.reply(m.ID, initializeResult)
	case !s.initialized:
		if m.isRequest() {
			return false, s.conn.replyError(m.ID, rpcServerNotInitialized, "serveur non initialisé")
		}
		return false, nil
	case s.shutdown && m.isRequest():
		return false, s.conn.replyError(m.ID, rpcInvalidRequest, "serveur arrêté")
	case m.Method == "shutdown":
		s.shutdown = true
		return false, s.conn.reply(m.ID, nil)
	case m.Method == "textDocument/codeAction":
		var p lspCodeActionParams
		if err := json.Unmarshal(m.Params, &p); err != nil {
			return false, s.conn.replyError(m.ID, rpcInvalidParams, err.Error())
		}
		return false, s.conn.reply(m.ID, s.codeActions(&p))
	case strings.HasPrefix(m.Method, "textDocument/did"):
		return false, s.sync(m.Method, m.Params)
	case m.isRequest():
		return false, s.conn.replyError(m.ID, rpcMethodNotFound, "méthode non prise en charge\u00a0: "+m.Method)
	}
	return false, nil // notifications the server does not need
}

// sync follows the documents the client opens, changes, saves and
// closes, and publishes their diagnostics.
func (s *lspServer) sync(method string, params json.RawMessage) error {
	if method == "textDocument/didOpen" {
		var p lspDidOpenParams
		if json.Unmarshal(params, &p) != nil {
			return nil
		}
		d := newLSPDocument(p.TextDocument)
		s.docs[d.uri] = d
		return s.check(d)
	}
	var named lspDocumentParams
	if json.Unmarshal(params, &named) != nil {
		return nil
	}
	d := s.docs[named.TextDocument.URI]
	if d == nil {
		return nil
	}
	switch method {
	case "textDocument/didChange":
		var p lspDidChangeParams
		if json.Unmarshal(params, &p) != nil || len(p.ContentChanges) == 0 {
			return nil
		}
		d.version, d.text = p.TextDocument.Version, p.ContentChanges[len(p.ContentChanges)-1].Text
		return s.check(d)
	case "textDocument/didSave":
		return s.check(d) // the configuration may have changed
	case "textDocument/didClose":
		delete(s.docs, d.uri)
		return s.conn.notify("textDocument/publishDiagnostics",
			lspPublishDiagnosticsParams{URI: d.uri, Diagnostics: []lspDiagnostic{}})
	}
	return nil
}

// newLSPDocument reads what the client says of a document: Markdown when
// its language or its extension says so, plain text otherwise.
func newLSPDocument(item lspTextDocumentItem) *lspDocument {
	d := &lspDocument{uri: item.URI, version: item.Version, text: item.Text, format: lint.PlainText}
	if u, err := url.Parse(item.URI); err == nil && u.Scheme == "file" {
		d.path = filepath.FromSlash(u.Path)
	}
	if item.LanguageID == "markdown" || lint.FormatOf(d.path) == lint.Markdown {
		d.format = lint.Markdown
	}
	return d
}

// check checks a document with the configuration found from its folder,
// read again each time so that edits to it apply at once, and publishes
// the diagnostics.
func (s *lspServer) check(d *lspDocument) error {
	cfgs := newConfigs(s.app.rules, s.opts.profile, s.opts.config, s.words)
	if d.path != "" {
		d.checker = cfgs.forFile(d.path)
	} else {
		d.checker = cfgs.forDir(".")
	}
	if err := s.showConfigErrors(cfgs.errs); err != nil {
		return err
	}
	diags := []lspDiagnostic{}
	d.result = lint.Result{}
	if d.checker != nil && (d.path == "" || !d.checker.Config.Ignored(d.path)) {
		src := &lint.Source{Path: d.uri, Data: []byte(d.text), Format: d.format}
		if err := safely(func() { d.result = d.checker.Check(src) }); err != nil {
			d.result.Err = err
		}
		for _, diag := range d.result.Diagnostics {
			diags = append(diags, toLSPDiagnostic(d.result.Doc, diag))
		}
	}
	if d.result.Err != nil {
		if err := s.showError(d.result.Err.Error()); err != nil {
			return err
		}
	}
	return s.conn.notify("textDocument/publishDiagnostics",
		lspPublishDiagnosticsParams{URI: d.uri, Version: d.version, Diagnostics: diags})
}

// showConfigErrors shows the configuration errors in the editor, once
// until they change.
func (s *lspServer) showConfigErrors(errs []error) error {
	msgs := make([]string, len(errs))
	for i, err := range errs {
		msgs[i] = err.Error()
	}
	text := strings.Join(msgs, "\n")
	if text == s.lastError {
		return nil
	}
	s.lastError = text
	if text == "" {
		return nil
	}
	return s.showError(text)
}

func (s *lspServer) showError(msg string) error {
	return s.conn.notify("window/showMessage", lspShowMessageParams{Type: 1, Message: "coquille\u00a0: " + msg})
}

func toLSPDiagnostic(doc *lint.Document, d lint.Diagnostic) lspDiagnostic {
	return lspDiagnostic{Range: rangeOf(doc, d.Span), Severity: lspSeverities[d.Severity],
		Code: d.Rule, Source: "coquille", Message: d.Message}
}

// codeActions offers, for the diagnostics of the last check that touch
// the range, one quick fix per suggestion (the safe fix preferred), and
// one action that applies every safe fix of the document.
func (s *lspServer) codeActions(p *lspCodeActionParams) []lspCodeAction {
	actions := []lspCodeAction{}
	d := s.docs[p.TextDocument.URI]
	if d == nil || d.result.Doc == nil {
		return actions
	}
	doc, safe := d.result.Doc, 0
	for _, diag := range d.result.Diagnostics {
		if diag.Fix != nil {
			safe++
		}
		r := rangeOf(doc, diag.Span)
		if !wantsKind(p.Context.Only, quickFixKind) || !r.overlaps(p.Range) {
			continue
		}
		for _, sugg := range diag.Suggestions {
			actions = append(actions, lspCodeAction{
				Title:       suggestionTitle(doc.Text[diag.Span.Start:diag.Span.End], sugg),
				Kind:        quickFixKind,
				Diagnostics: []lspDiagnostic{toLSPDiagnostic(doc, diag)},
				IsPreferred: diag.Fix != nil && diag.Fix.Span == diag.Span && diag.Fix.Text == sugg,
				Edit:        lspWorkspaceEdit{Changes: map[string][]lspTextEdit{d.uri: {{Range: r, NewText: sugg}}}},
			})
		}
	}
	if safe > 0 && wantsKind(p.Context.Only, fixAllKind) {
		fixed, _, _ := d.checker.Fix(&lint.Source{Path: d.uri, Data: []byte(d.text), Format: d.format})
		whole := lspRange{End: positionOf(doc, len(doc.Text))}
		actions = append(actions, lspCodeAction{
			Title: "coquille\u00a0: appliquer toutes les corrections sûres",
			Kind:  fixAllKind,
			Edit:  lspWorkspaceEdit{Changes: map[string][]lspTextEdit{d.uri: {{Range: whole, NewText: string(fixed)}}}},
		})
	}
	return actions
}

// wantsKind tells whether a code action kind passes the client's filter:
// none, the kind itself or one of its parents ("source" for
// "source.fixAll.coquille").
func wantsKind(only []string, kind string) bool {
	if len(only) == 0 {
		return true
	}
	for _, k := range only {
		if k == kind || strings.HasPrefix(kind, k+".") {
			return true
		}
	}
	return false
}

// suggestionTitle names a quick fix in French, invisible characters named.
func suggestionTitle(old, sugg string) string {
	if sugg == "" {
		return "Supprimer «\u00a0" + report.Visible(old) + "\u00a0»"
	}
	return "Remplacer par «\u00a0" + report.Visible(sugg) + "\u00a0»"
}
