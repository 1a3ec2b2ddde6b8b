//go:build unix

package train

import "syscall"

// cpuNanos is the CPU time this process has used (user + system). Other
// processes on a shared machine stretch wall-clock time far more than this.
func cpuNanos() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
