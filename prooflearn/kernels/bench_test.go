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
// 784-128-10 MLP at batch 64: the forward product and the weight gradient.
func BenchmarkMatMul(b *testing.B) {
	r := rnd(1)
	for _, c := range []struct {
		m, k, n int
		ta, tb  bool
	}{{64, 784, 128, false, false}, {784, 64, 128, true, false}, {64, 10, 128, false, true}} {
		a, bm := fill[float32](&r, c.m*c.k), fill[float32](&r, c.k*c.n)
		out := make([]float32, c.m*c.n)
		b.Run(fmt.Sprintf("%dx%dx%d-transA=%v-transB=%v", c.m, c.k, c.n, c.ta, c.tb), func(b *testing.B) {
			cpu := cpuNanos()
			for b.Loop() {
				MatMul(out, a, bm, c.m, c.k, c.n, c.ta, c.tb)
			}
			b.ReportMetric(float64(cpuNanos()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
