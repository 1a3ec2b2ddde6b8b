// Package testdata embeds what the module ships for running without an
// install: the shipped task files (tasks/*.json), a small Fashion-MNIST
// subset (fashion-mnist-subset/) and a character-level text corpus
// (fortunes-min/); each directory's README.md gives provenance and licence.
// The demo, dataset.Embedded, dataset.Fortunes and the tests read them from
// here, so they work from any directory and in an installed binary; on disk
// the same files are what command lines name, e.g. -task
// testdata/tasks/tiny.json.
//
// The go command leaves directories named testdata out of ./... patterns, so
// this package is vetted and built by name (CI runs go vet ./testdata/).
package testdata

import "embed"

// Tasks holds the shipped task files, under tasks/.
//
//go:embed tasks/*.json
var Tasks embed.FS

// TinyTask is the path within Tasks of the demo's task.
const TinyTask = "tasks/tiny.json"

// FashionSubsetDir is the directory within FashionSubset that holds the four
// gzipped IDX files.
const FashionSubsetDir = "fashion-mnist-subset"

// FashionSubset holds the first 2000 training and first 500 test examples of
// Fashion-MNIST; dataset.Embedded loads it.
//
//go:embed fashion-mnist-subset
var FashionSubset embed.FS

// FortunesDir is the directory within Fortunes that holds the four gzipped
// IDX files of the text dataset.
const FortunesDir = "fortunes-min"

// Fortunes holds the fortune files of Debian's fortunes-min as 33-byte token
// windows (see fortunes-min/README.md); dataset.Fortunes loads it.
//
//go:embed fortunes-min
var Fortunes embed.FS
