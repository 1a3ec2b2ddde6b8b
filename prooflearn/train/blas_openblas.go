//go:build openblas

package train

import openblas "github.com/prooflearn/prooflearn/prooflearn/train/blas_openblas"

// tolerantBLAS names the BLAS behind gorgonia's matrix products: with
// -tags openblas (cgo, Debian libopenblas-dev) it is OpenBLAS, which the
// imported package installs when the program starts.
//
//	go build -tags openblas ./...
func tolerantBLAS() string { return openblas.Describe() }
