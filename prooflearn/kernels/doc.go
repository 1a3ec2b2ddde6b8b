// Package kernels is the deterministic kernel set: every operator the
// prooflearn MLP uses in a training step, written so that the same inputs
// give the same output bits on every architecture and at every thread count.
// A task with "mode": "deterministic" trains with these kernels, its
// trajectory is bitwise reproducible on amd64 and arm64, and a verifier
// compares replays with δ = 0.
//
// Three things make floating-point code platform-dependent, and each has a
// rule here:
//
//   - Fused multiply-add. The Go specification lets a compiler fuse x*y + z
//     into one instruction with a single rounding; gc does on arm64, ppc64le
//     and s390x but not on amd64 (not even with GOAMD64=v3). Every product is
//     rounded by an explicit conversion, F(x*y), which the specification says
//     forces rounding and so forbids fusion (the compiled package holds no
//     fused instruction on those three architectures). math.FMA is not used at all: it
//     would be exact everywhere, but amd64 without FMA3 emulates it in
//     software, and one rule applied everywhere is easier to audit.
//   - Transcendentals. math.Exp and math.Log have assembly on some
//     architectures (amd64's math.Exp overflows to +Inf from about 709.43;
//     its math.Log is wrong for subnormal inputs) and the pure-Go fallbacks
//     are themselves subject to fusion. Exp and Log here are ports of the
//     FreeBSD algorithms Go uses, in float64 with explicit rounding, faithful
//     to under one ulp. Both element types use them in float64.
//   - Reduction order. Every sum starts at +0 and adds its terms in one
//     documented order, each term rounded to the element type. Kernels that
//     run on several goroutines split the output, never a sum, so GOMAXPROCS
//     changes who computes an element, not how.
//
// The slice kernels (MatMul, AddBias, BiasGrad, ReLU, ReLUGrad, LogSoftmax,
// LogSoftmaxGrad, CrossEntropy, CrossEntropyGrad, Update) work on row-major
// float32 or float64 slices. The *Node constructors wrap them as gorgonia
// operators (Op) for the training graph; the graph's backward pass is built
// from the gradient kernels explicitly rather than by gorgonia's G.Grad,
// whose accumulation and broadcast operators are gorgonia's own.
package kernels
