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
// # Vector kernels on amd64
//
// With AVX2 (golang.org/x/sys/cpu reports it for the processor and the
// operating system), MatMul, ReLU and ReLUGrad run hand-written assembly
// (vector_amd64.s) that gives the pure-Go kernels' bits by construction, not
// by tolerance. MatMul's tile holds a 6×16 (float32) or 6×8 (float64) block
// of c in twelve YMM registers, one element of c per lane. For p = 0, 1, …,
// k−1 in order, a row's a[i,p] is broadcast to every lane, multiplied by row
// p of a panel of b (VMULPS: one rounded product per lane, F(a·b)) and added
// into the lane's sum (VADDPS: one rounded addition), from +0. Every lane
// therefore performs exactly the scalar sequence sum = sum + F(a·b) of the
// pure-Go kernel, in the same order: the vector width only decides how many
// independent sums advance together. There is no fused multiply-add (AVX2
// processors nearly all have FMA3; the kernel does not use it) and no sum
// is ever split across lanes, tiles or goroutines. The rounding mode and subnormal handling are
// the Go runtime's IEEE defaults for scalar and vector instructions alike.
// ReLU and ReLUGrad compare with +0 and mask, moving bits as their loops do.
//
// Tiles read a and b in place where their strides allow and pack (copy,
// without arithmetic) the rest into zero-padded panels; goroutines split the
// tiles, that is the outputs, never k. The pure-Go kernels remain the
// reference (matMulGeneric) and the kernels of every other processor,
// architecture and of builds tagged purego; tests compare the two bit for
// bit on random shapes and layouts, with subnormals, ±0, products that
// overflow to ±Inf and the NaNs that Inf − Inf then makes.
//
// # Kernels
//
// The slice kernels (MatMul, AddBias, BiasGrad, ReLU, ReLUGrad, LogSoftmax,
// LogSoftmaxGrad, CrossEntropy, CrossEntropyGrad, Update) work on row-major
// float32 or float64 slices. The *Node constructors wrap them as gorgonia
// operators (Op) for the training graph; the graph's backward pass is built
// from the gradient kernels explicitly rather than by gorgonia's G.Grad,
// whose accumulation and broadcast operators are gorgonia's own.
package kernels
