package report

import (
	"testing"

	"github.com/coquille-fr/coquille/lint"
)

// ciText is the file of ciResults: an accent, a multibyte emoji and a
// span over two lines exercise the columns of every CI format.
const ciText = "Bonjour à tous!\nÀ BIENTÔT 🎉, ami\n"

// ciResults are the results of a fake run for the CI formats: a safe fix,
// two suggestions without a fix, a remark without suggestion over two
// lines, a file that could not be read and a clean file.
func ciResults(t *testing.T) []lint.Result {
	t.Helper()
	shout := lint.Diagnostic{Rule: "tone.shouting", Category: lint.Tone, Severity: lint.Warning,
		Message: "mot en capitales", Span: at(t, ciText, "BIENTÔT"), Suggestions: []string{"bientôt", ""}}
	long := lint.Diagnostic{Rule: "tone.long", Category: lint.Tone, Severity: lint.Info,
		Message: "phrase longue", Span: at(t, ciText, "tous!\nÀ")}
	return []lint.Result{
		result("a.md", ciText, bang(at(t, ciText, "!")), long, shout),
		{Source: &lint.Source{Path: "dossier, brouillon:1.md"}, Err: lint.ErrBinary},
		result("propre.txt", "Rien à signaler.\n"),
	}
}

// ciRules are the rules of ciResults but tone.long, which the SARIF
// driver must then add by itself.
var ciRules = []*lint.Rule{
	{ID: "typography.space-before-exclamation", Category: lint.Typography, Severity: lint.Error,
		Doc: "Une espace fine insécable précède «\u00a0!\u00a0»."},
	{ID: "tone.shouting", Category: lint.Tone, Severity: lint.Warning, Doc: "Les capitales crient."},
}
