//go:build openblas && !cgo

package openblas

// The openblas build links OpenBLAS through cgo: build it with
// CGO_ENABLED=1, a C compiler and libopenblas-dev. This file only turns a
// build without cgo into an error that says so.
var _ = theOpenBLASBuildNeedsCgo
