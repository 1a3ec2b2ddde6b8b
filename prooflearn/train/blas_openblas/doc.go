// Package openblas routes gorgonia's matrix products to OpenBLAS through
// gonum's cgo binding. It does so only in a build with -tags openblas, which
// needs cgo and the OpenBLAS library and headers (Debian: libopenblas-dev);
// otherwise it is empty. prooflearn/train imports it in that build, and
// train.Kernels then names it.
//
// It is a package of its own because a package that uses cgo cannot hold Go
// assembly, and prooflearn/train has some.
package openblas
