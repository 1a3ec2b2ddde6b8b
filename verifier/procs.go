package verifier

import (
	"runtime"
	"sync"
)

// The thread-count perturbations of Calibrate replay a segment under
// another runtime.GOMAXPROCS. That setting is process-wide, and nothing
// narrower reaches the kernels it stands for: gonum's matrix products (the
// tolerant mode's BLAS) size their worker pool from GOMAXPROCS at every
// call, and take no worker count. So the perturbation must change it, and
// these rules keep that from leaking out of the replay:
//
//   - procsMu serialises every replay that changes it, so two concurrent
//     Calibrate calls never interleave a set and a restore (which could
//     leave the process at one thread);
//   - withProcs restores the value it found, unless something outside this
//     package changed GOMAXPROCS meanwhile: that newer choice is kept.
//
// While such a replay runs, the rest of the process runs under the
// perturbed setting too (slower at GOMAXPROCS=1, never different in its
// results: the kernels' output does not depend on the thread count).
var procsMu sync.Mutex

// withProcs runs fn with GOMAXPROCS set to n (at least 1).
func withProcs[T any](n int, fn func() (T, error)) (T, error) {
	procsMu.Lock()
	defer procsMu.Unlock()
	n = max(n, 1)
	prev := runtime.GOMAXPROCS(n)
	defer func() {
		if runtime.GOMAXPROCS(0) == n {
			runtime.GOMAXPROCS(prev)
		}
	}()
	return fn()
}
