//go:build !unix

package solver_test

func cpuNanos() int64 { return 0 }
