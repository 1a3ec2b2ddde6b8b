package verifier

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// orPixels must mark exactly the features lit in some example, whatever the
// length (whole words and a tail).
func TestOrPixelsMatchesNaive(t *testing.T) {
	for _, n := range []int{1, 7, 8, 9, 784, 785} {
		t.Run(fmt.Sprint("n=", n), func(t *testing.T) {
			lit := make([]uint64, (n+7)/8)
			want := make([]bool, n)
			for e := 0; e < 5; e++ {
				px := make([]byte, n)
				for f := range px {
					if (f*31+e*17)%11 == 0 {
						px[f] = byte(1 + (f+e)%255)
						want[f] = true
					}
				}
				orPixels(lit, px)
			}
			for f := 0; f < n; f++ {
				got := byte(lit[f/8]>>(8*(f%8))) != 0
				require.Equal(t, want[f], got, "n=%d feature %d: lit %v, want %v", n, f, got, want[f])
			}
		})
	}
}
