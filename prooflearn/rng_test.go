package prooflearn

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/require"
)

// The PRNG's output is part of the protocol: these values are fixed forever.
func TestPRNGGoldenValues(t *testing.T) {
	r := NewPRNG([]byte("seed"), "domain")
	got := []uint64{r.Uint64(), r.Uint64(), r.Uint64()}
	r2 := &PRNG{Key: 0}
	v := r2.Uint64()
	require.Equal(t, uint64(0xe220a8397b1dcdaf), v,
		"SplitMix64 from state 0: first output %#x, reference 0xe220a8397b1dcdaf", v)
	again := NewPRNG([]byte("seed"), "domain")
	for i := range got {
		require.Equal(t, got[i], again.Uint64(), "same seed and domain, different stream (output %d)", i)
	}
	require.NotEqual(t, got[0], NewPRNG([]byte("seed"), "other").Uint64(), "domains are not separated")
}

func TestIntNIsUniformAndInRange(t *testing.T) {
	r := NewPRNG([]byte("x"), "intn")
	counts := make([]int, 7)
	for i := 0; i < 70000; i++ {
		v := r.IntN(7)
		require.True(t, v >= 0 && v < 7, "IntN(7) = %d", v)
		counts[v]++
	}
	for v, c := range counts {
		require.GreaterOrEqual(t, c, 9500, "value %d drawn %d times of 70000", v, c)
		require.LessOrEqual(t, c, 10500, "value %d drawn %d times of 70000", v, c)
	}
}

func TestDataOrderIsAPermutationPerEpoch(t *testing.T) {
	o, err := NewDataOrder([]byte("s"), 100, 10)
	require.NoError(t, err)
	for epoch := 0; epoch < 3; epoch++ {
		t.Run(fmt.Sprintf("epoch %d", epoch), func(t *testing.T) {
			seen := map[int]bool{}
			for s := epoch * 10; s < epoch*10+10; s++ {
				for _, i := range o.Batch(s) {
					require.False(t, seen[i], "epoch %d repeats example %d", epoch, i)
					seen[i] = true
				}
			}
			require.Equal(t, 100, len(seen), "epoch %d covers %d examples", epoch, len(seen))
		})
	}
	require.NotEqual(t, o.Batch(0)[:2], o.Batch(10)[:2], "epochs 0 and 1 start alike: not reshuffled")
}
