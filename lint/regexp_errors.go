package lint

import (
	"errors"
	"regexp/syntax"
)

// regexpErrorsFrench translates the errors of the RE2 parser.
var regexpErrorsFrench = map[syntax.ErrorCode]string{
	syntax.ErrInternalError:         "erreur interne de l’analyseur",
	syntax.ErrInvalidCharClass:      "classe de caractères invalide",
	syntax.ErrInvalidCharRange:      "intervalle de caractères invalide",
	syntax.ErrInvalidEscape:         "séquence d’échappement invalide",
	syntax.ErrInvalidNamedCapture:   "nom de groupe invalide",
	syntax.ErrInvalidPerlOp:         "syntaxe non reconnue par RE2, qui n’a ni assertions avant ou arrière ni références arrière",
	syntax.ErrInvalidRepeatOp:       "répétition invalide",
	syntax.ErrInvalidRepeatSize:     "nombre de répétitions invalide",
	syntax.ErrInvalidUTF8:           "UTF-8 invalide",
	syntax.ErrMissingBracket:        "crochet fermant manquant",
	syntax.ErrMissingParen:          "parenthèse fermante manquante",
	syntax.ErrMissingRepeatArgument: "rien à répéter avant *, + ou ?",
	syntax.ErrTrailingBackslash:     "barre oblique inverse à la fin",
	syntax.ErrUnexpectedParen:       "parenthèse fermante en trop",
	syntax.ErrNestingDepth:          "imbrication trop profonde",
	syntax.ErrLarge:                 "expression trop grande",
}

// regexpErrorFrench describes in French why an expression does not
// compile, quoting the part at fault.
func regexpErrorFrench(err error) string {
	var se *syntax.Error
	if !errors.As(err, &se) {
		return err.Error()
	}
	msg, ok := regexpErrorsFrench[se.Code]
	if !ok {
		msg = string(se.Code)
	}
	if se.Expr != "" {
		msg += "\u00a0: «\u00a0" + se.Expr + "\u00a0»"
	}
	return msg
}
