//go:build !openblas

package train

// tolerantBLAS names the BLAS behind gorgonia's matrix products. The default
// build keeps gorgonia's own choice, gonum's pure-Go implementation, and
// needs no cgo.
func tolerantBLAS() string { return "gonum BLAS (pure Go)" }
