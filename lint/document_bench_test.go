package lint

import (
	"os"
	"strings"
	"testing"
)

// benchText is French prose for benchmarks: $COQUILLE_BENCH_FILE when set
// (e.g. the shared corpus's prose-1mb.txt), else a built-in paragraph
// repeated to about 1 MB.
func benchText(b *testing.B) []byte {
	if path := os.Getenv("COQUILLE_BENCH_FILE"); path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		return data
	}
	para := "Le 12 mars, à 18\u00a0h\u00a030, l’équipe présentera « Coquille » : un outil libre, rapide et précis\u202f! " +
		"Pourquoi l’utiliser\u202f? Parce qu’il vérifie l’orthographe, l’élision et les espaces — y compris 10\u202f000 fichiers en quelques secondes. " +
		"Plus d’informations sur https://exemple.fr/coquille ou auprès de contact@exemple.fr #MardiConseil 😀\n\n"
	return []byte(strings.Repeat(para, 1<<20/len(para)))
}

func BenchmarkNewDocument(b *testing.B) {
	data := benchText(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		NewDocument(&Source{Data: data})
	}
}
