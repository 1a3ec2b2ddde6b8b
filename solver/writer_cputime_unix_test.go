//go:build unix

package solver_test

import "syscall"

// cpuNanos is the CPU time this process has used (user + system): the
// proof's own work, hashing and encoding on other goroutines included, with
// less of the noise other processes add to wall time.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
