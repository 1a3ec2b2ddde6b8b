package verifier

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"
)

// The word-at-a-time mask must agree with a pixel-by-pixel one on every
// pattern of zero and non-zero bytes, and on lengths that are not a
// multiple of eight.
func TestNonzeroBitsMatchesBytewise(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 7, 8, 9, 63, 64, 65, 784} {
		for range 200 {
			px := make([]byte, n)
			for i := range px {
				switch rng.IntN(4) {
				case 0:
					px[i] = byte(rng.IntN(256))
				case 1:
					px[i] = 0x80
				case 2:
					px[i] = 1
				}
			}
			got := make([]byte, (n+63)/64*8)
			nonzeroBits(got, px)
			want := make([]byte, len(got))
			for i, p := range px {
				if p != 0 {
					want[i/8] |= 1 << (i % 8)
				}
			}
			require.Equal(t, want, got, "pixels %v", px)
		}
	}
}
