//go:build unix

package kernels

import (
	"fmt"
	"syscall"
	"testing"
)

// cpuNanos is the CPU time this process has used, which other load on a
// shared machine disturbs far less than wall-clock time.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkMatMul times the kernel on the shapes of a training step of a
// 784-128-10 MLP at batch 64: the forward products, the weight gradients
// and the gradient through the second layer. "vector" is MatMul as it runs
// on this machine (the assembly kernel where there is one), "generic" the
// pure-Go kernel; both report GFLOP/s, two floating-point operations per
// multiply-add, from wall-clock time.
func BenchmarkMatMul(b *testing.B) {
	b.Run("float32", func(b *testing.B) { benchMatMul[float32](b) })
	b.Run("float64", func(b *testing.B) { benchMatMul[float64](b) })
}

func benchMatMul[F Float](b *testing.B) {
	r := rnd(1)
	for _, c := range []struct {
		m, k, n int
		ta, tb  bool
	}{
		{64, 784, 128, false, false}, {784, 64, 128, true, false},
		{64, 128, 10, false, false}, {128, 64, 10, true, false}, {64, 10, 128, false, true},
	} {
		a, bm := fill[F](&r, c.m*c.k), fill[F](&r, c.k*c.n)
		out := make([]F, c.m*c.n)
		for _, impl := range []struct {
			name string
			mul  func(c, a, b []F, m, k, n int, transA, transB bool)
		}{{"vector", MatMul[F]}, {"generic", matMulGeneric[F]}} {
			b.Run(fmt.Sprintf("%s/%dx%dx%d-transA=%v-transB=%v", impl.name, c.m, c.k, c.n, c.ta, c.tb), func(b *testing.B) {
				cpu := cpuNanos()
				for b.Loop() {
					impl.mul(out, a, bm, c.m, c.k, c.n, c.ta, c.tb)
				}
				b.ReportMetric(float64(cpuNanos()-cpu)/float64(b.N), "cpu-ns/op")
				b.ReportMetric(2*float64(c.m*c.k*c.n)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
			})
		}
	}
}
