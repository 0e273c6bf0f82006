module github.com/coquille-fr/coquille

go 1.26.0

require (
	github.com/rivo/uniseg v0.4.7
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/text v0.44.0
)
