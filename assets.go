// Package assets embeds the small Fashion-MNIST subset and the shipped task
// files so the demo and tests run with no install.
package assets

import "embed"

// FashionSubsetDir is the directory within FashionSubset that holds the four
// gzipped IDX files (see its README.md for provenance and licence).
const FashionSubsetDir = "testdata/fashion-mnist-subset"

// FashionSubset holds the first 2000 training and first 500 test examples of
// Fashion-MNIST; dataset.Embedded loads it.
//
//go:embed testdata/fashion-mnist-subset
var FashionSubset embed.FS
