package bundle

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// solverBatches is a batches file as the solver writes it: json.Marshal of
// prooflearn.Batches and a newline.
func solverBatches(t testing.TB, bs *prooflearn.Batches) []byte {
	b, err := json.Marshal(bs)
	require.NoError(t, err)
	return append(b, '\n')
}

// checkSameAsDecodeBatches fails unless decodeBatchesFast either leaves b
// to DecodeBatches or decides it exactly as DecodeBatches does: the same
// verdict, the same result, the same error text.
func checkSameAsDecodeBatches(t testing.TB, b []byte) (taken bool) {
	got, ok, err := decodeBatchesFast(b)
	if !ok {
		return false
	}
	want, wantErr := prooflearn.DecodeBatches(b)
	if wantErr != nil {
		require.Error(t, err, "DecodeBatches refuses %q: %v", b, wantErr)
		require.Equal(t, wantErr.Error(), err.Error())
		return true
	}
	require.NoError(t, err, "%q", b)
	require.Equal(t, want, got, "%q", b)
	return true
}

func batchesSeeds(t testing.TB) [][]byte {
	honest := solverBatches(t, &prooflearn.Batches{Format: prooflearn.BatchesFormat, BatchSize: 3, Indices: [][]int{{5, 0, 17}, {2147483647, 9, 10}}})
	seeds := [][]byte{honest, honest[:len(honest)-1]}
	for _, s := range []string{
		`{"format":"prooflearn-batches/v1","batch_size":3,"indices":[]}`,
		`{"format":"prooflearn-batches/v1","batch_size":0,"indices":[]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[],[1,2]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2],[3]]}`,
		`{"format":"prooflearn-batches/v2","batch_size":2,"indices":[[1,2]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":70000,"indices":[[1,2]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2147483648]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,-2]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,02]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2.0]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2e0]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2]],"x":1}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2]]}{}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2]]} `,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2],]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,,2]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1 ,2]]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":null}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[null]}`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"INDICES":[[1,2]]}`,
		`{"format":"prooflearn-batches\/v1","batch_size":2,"indices":[[1,2]]}`,
		`{"format":"prooflearn-batches/v1\u0000","batch_size":2,"indices":[[1,2]]}`,
		"{\"format\":\"prooflearn-batches/v1\xff\",\"batch_size\":2,\"indices\":[[1,2]]}",
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2]]`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,2`,
		`{"format":"prooflearn-batches/v1","batch_size":2,"indices":[[1,99999999999999999999]]}`,
		`{"format":"","batch_size":1,"indices":[[0]]}`,
		``,
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// TestDecodeBatchesFastIsDecodeBatches: on the solver's own files (which it
// must take, or it saves nothing) and on hostile and malformed ones, the
// fast path decides as prooflearn.DecodeBatches does or leaves the input
// to it.
func TestDecodeBatchesFastIsDecodeBatches(t *testing.T) {
	taken := 0
	for _, b := range batchesSeeds(t) {
		if checkSameAsDecodeBatches(t, b) {
			taken++
		}
	}
	assert.Greater(t, taken, 8, "the fast path decided too few of the seeds itself")

	order := func(steps, batch int) *prooflearn.Batches {
		bs := &prooflearn.Batches{Format: prooflearn.BatchesFormat, BatchSize: batch}
		for s := range steps {
			idx := make([]int, batch)
			for i := range idx {
				idx[i] = (s*7919 + i*104729) % 60000
			}
			bs.Indices = append(bs.Indices, idx)
		}
		return bs
	}
	for _, shape := range [][2]int{{1, 1}, {100, 64}, {3750, 64}} {
		b := solverBatches(t, order(shape[0], shape[1]))
		require.True(t, checkSameAsDecodeBatches(t, b), "the solver's file of %d steps of %d went to the slow path", shape[0], shape[1])
	}
}

func FuzzDecodeBatchesFast(f *testing.F) {
	for _, b := range batchesSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) { checkSameAsDecodeBatches(t, b) })
}
