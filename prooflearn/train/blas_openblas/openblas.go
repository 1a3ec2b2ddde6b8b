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

// Describe names the library, its build and its thread count.
func Describe() string {
	threads := int(C.openblas_get_num_threads())
	plural := "s"
	if threads == 1 {
		plural = ""
	}
	return fmt.Sprintf("OpenBLAS through cgo (%s, %d thread%s)", strings.TrimSpace(C.GoString(C.openblas_get_config())), threads, plural)
}
