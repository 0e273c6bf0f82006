package report

import (
	"bytes"
	"testing"
)

func TestGitHubReport(t *testing.T) {
	var out bytes.Buffer
	if err := (GitHub{}).Report(&out, ciResults(t)); err != nil {
		t.Fatal(err)
	}
	want := "::error file=a.md,line=1,col=15,endLine=1,endColumn=15,title=typography.space-before-exclamation::" +
		"espace fine insécable attendue avant «\u00a0!\u00a0»%0Asuggestion\u00a0: «\u00a0⟨espace fine insécable⟩!\u00a0» (appliquée par coquille fix)\n" +
		"::notice file=a.md,line=1,endLine=2,title=tone.long::phrase longue\n" +
		"::warning file=a.md,line=2,col=3,endLine=2,endColumn=9,title=tone.shouting::" +
		"mot en capitales%0Asuggestions\u00a0: «\u00a0bientôt\u00a0», (supprimer)\n" +
		"::error file=dossier%2C brouillon%3A1.md,title=coquille::fichier binaire (octet nul)\n" +
		"1 erreur, 1 avertissement, 1 info dans 3 fichiers, dont 1 non vérifié\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	if got, want := githubData("100 % sûr\r\nfin: a,b"), "100 %25 sûr%0D%0Afin: a,b"; got != want {
		t.Errorf("data: got %q, want %q", got, want)
	}
	if got, want := githubProperty("a,b:c%d\ne"), "a%2Cb%3Ac%25d%0Ae"; got != want {
		t.Errorf("property: got %q, want %q", got, want)
	}
}
