package rules

import "github.com/coquille-fr/coquille/lint"

// spelling returns the spelling rule family.
func spelling() []*lint.Rule {
	return []*lint.Rule{
		{
			ID: "spelling.dictionary", Category: lint.Spelling, Severity: lint.Error,
			Doc: "Les mots absents du dictionnaire (Dicollecte, toutes variantes, avec les mots des réseaux sociaux et des marques) sont signalés avec des suggestions. " +
				"Les noms propres, les sigles, les formes élidées et composées, les mots-clics et le code sont reconnus\u00a0; ajoutez vos propres mots à la liste words de la configuration ou avec --words.",
			Examples: []lint.Example{{Bad: "Un test simpple.", Good: "Un test simple."}},
			Check:    checkDictionary,
			Heavy:    true,
		},
		{
			ID: "spelling.common-mistakes", Category: lint.Spelling, Severity: lint.Error,
			Doc:      "Les fautes d’orthographe les plus fréquentes et les expressions mal construites (parmis, language, au jour d’aujourd’hui, pallier à) sont corrigées d’après une liste du projet, par une correction sûre quand elle est certaine\u00a0; celles dont la correction dépend du sens sont des avertissements.",
			Examples: []lint.Example{{Bad: "Il est parmis nous.", Good: "Il est parmi nous."}},
			Check:    checkCommonMistakes,
		},
		{
			ID: "spelling.ligature", Category: lint.Spelling, Severity: lint.Info,
			Doc:      "«\u00a0Coeur\u00a0» ou «\u00a0oeuvre\u00a0» sont compris, mais s’écrivent avec la ligature\u00a0: «\u00a0cœur\u00a0», «\u00a0œuvre\u00a0».",
			Examples: []lint.Example{{Bad: "Avec tout mon coeur.", Good: "Avec tout mon cœur."}},
			Check:    checkLigature,
		},
		{
			ID: "spelling.variant", Category: lint.Spelling, Severity: lint.Warning,
			Doc: "Quand la configuration choisit une orthographe (spelling: {variant: classic} ou reform), les graphies de l’autre sont signalées\u00a0: " +
				"«\u00a0évènement\u00a0» et «\u00a0maitre\u00a0» pour l’orthographe classique, «\u00a0événement\u00a0» et «\u00a0maître\u00a0» pour celle de 1990. Par défaut, les deux sont acceptées.",
			Check: checkVariant,
		},
	}
}
