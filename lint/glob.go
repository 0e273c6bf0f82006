package lint

import (
	"path"
	"strings"
)

// Path globs of the overrides of a configuration, matched against paths
// relative to the configuration's folder, with "/" as separator:
//
//	*            any run of characters but "/"; ? and [a-z] as in path.Match
//	**           any number of whole folders, none included: "posts/**/*.md"
//	dir/         everything under dir, like "dir/**"
//	name.md      a pattern without "/" matches in every folder, like "**/name.md"
//	/name.md     a leading "/" anchors it to the configuration's folder

// globSegments splits a glob into the segments to match, or returns false
// when a segment is not a valid path.Match pattern.
func globSegments(glob string) ([]string, bool) {
	g := strings.TrimPrefix(glob, "./")
	switch {
	case strings.HasPrefix(g, "/"):
		g = g[1:]
	case !strings.Contains(strings.TrimSuffix(g, "/"), "/"):
		g = "**/" + g
	}
	if strings.HasSuffix(g, "/") {
		g += "**"
	}
	segs := strings.Split(g, "/")
	for _, s := range segs {
		if _, err := path.Match(s, ""); err != nil || s == "" {
			return nil, false
		}
	}
	return segs, true
}

// matchGlob tells whether a path relative to the configuration's folder
// matches a glob that globSegments accepts.
func matchGlob(glob, rel string) bool {
	segs, ok := globSegments(glob)
	return ok && matchSegments(segs, strings.Split(rel, "/"))
}

// matchSegments matches glob segments against path segments, "**"
// standing for any number of path segments.
func matchSegments(glob, parts []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(parts); i++ {
				if matchSegments(glob[1:], parts[i:]) {
					return true
				}
			}
			return false
		}
		if len(parts) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], parts[0]); !ok {
			return false
		}
		glob, parts = glob[1:], parts[1:]
	}
	return len(parts) == 0
}
