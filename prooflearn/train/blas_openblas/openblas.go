//go:build openblas

package openblas

// The choice is process-wide and affects tolerant mode only: deterministic
// mode runs prooflearn/kernels, which never call a BLAS. OpenBLAS computes
// the same products in another order than gonum, so a tolerant trajectory
// moves by rounding (well inside the tasks' δ; a verifier on either build
// accepts the other's proof, which is the perturbation profiling measures).
//
// OpenBLAS runs one thread unless OPENBLAS_NUM_THREADS (or OMP_NUM_THREADS)
// says otherwise: its threads would compete with Go's for the same cores,
// and one thread is what this project's figures are measured with.

/*
#cgo LDFLAGS: -lopenblas
int openblas_get_num_threads(void);
void openblas_set_num_threads(int);
char* openblas_get_config(void);
char* openblas_get_corename(void);
*/
import "C"

import (
	"fmt"
	"os"
	"strings"

	"gonum.org/v1/netlib/blas/netlib"
	G "gorgonia.org/gorgonia"
)

func init() {
	if os.Getenv("OPENBLAS_NUM_THREADS") == "" && os.Getenv("OMP_NUM_THREADS") == "" {
		C.openblas_set_num_threads(1)
	}
	G.Use(netlib.Implementation{})
}

// Describe names the library and its version, the processor its kernels
// were chosen for and the thread count: "OpenBLAS 0.3.21 (cgo, Haswell
// kernels, 1 thread)".
func Describe() string {
	name := "OpenBLAS"
	if f := strings.Fields(C.GoString(C.openblas_get_config())); len(f) >= 2 {
		name = f[0] + " " + f[1]
	}
	threads := int(C.openblas_get_num_threads())
	plural := "s"
	if threads == 1 {
		plural = ""
	}
	return fmt.Sprintf("%s (cgo, %s kernels, %d thread%s)", name, C.GoString(C.openblas_get_corename()), threads, plural)
}
