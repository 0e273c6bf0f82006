package lint

import (
	"errors"
	"io/fs"
	"syscall"
)

// ReadError describes in French why a file could not be read.
func ReadError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "fichier introuvable"
	case errors.Is(err, fs.ErrPermission):
		return "permission refusée"
	case errors.Is(err, syscall.EISDIR):
		return "c’est un dossier, pas un fichier"
	case errors.Is(err, syscall.ELOOP):
		return "boucle de liens symboliques"
	case errors.Is(err, syscall.ENOTDIR):
		return "un élément du chemin n’est pas un dossier"
	case errors.Is(err, syscall.ENAMETOOLONG):
		return "chemin trop long"
	case errors.Is(err, syscall.EIO):
		return "erreur d’entrée-sortie"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
