package prooflearn

import (
	"encoding/hex"
	"encoding/json"
	"flag"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateVectors = flag.Bool("update-vectors", false, "rewrite testdata/vectors/canonical.json")

// vector is one canonical-encoding test vector: the bytes an object encodes
// to and its Merkle leaf, for other implementations to check against.
type vector struct {
	Name      string `json:"name"`
	Canonical string `json:"canonical_hex"`
	Leaf      string `json:"leaf"`
}

func vectorObjects() []struct {
	name string
	data []byte
} {
	w := NewTensor("w0", Float32, 2, 3)
	copy(w.F32, []float32{1, -2, 0.5, 3.25, -0.125, 1e-7})
	b := NewTensor("b0", Float64, 3)
	copy(b.F64, []float64{0.1, -0.2, 1e300})
	m := NewTensor(MomentumPrefix+"w0", Float32, 2, 3)
	c := &Checkpoint{Step: 40, RNG: RNGState{Epoch: 2, Counter: 1999}, Params: []Tensor{w}, OptState: []Tensor{m}}
	// A fixed-point tensor: raw values of 1, −2, 0.5, −2^-16 and the ends
	// of the range.
	q := NewTensor("w0", Int32, 2, 3)
	copy(q.I32, []int32{65536, -131072, 32768, -1, -1 << 24, 1<<24 - 1})
	qm := NewTensor(MomentumPrefix+"w0", Int32, 2, 3)
	qm.I32[1] = -7
	qc := &Checkpoint{Step: 40, RNG: RNGState{Epoch: 2, Counter: 1999}, Params: []Tensor{q}, OptState: []Tensor{qm}}
	var task, data, seed Hash
	for i := range task {
		task[i], data[i], seed[i] = byte(i), byte(2*i), byte(255-i)
	}
	return []struct {
		name string
		data []byte
	}{
		{"tensor float32 [2 3]", w.AppendCanonical(nil)},
		{"tensor float64 [3]", b.AppendCanonical(nil)},
		{"checkpoint step 40", c.Canonical()},
		{"batch step 7", BatchCanonical(7, []int{5, 0, 1999, 42})},
		{"binding", BindingCanonical(task, data, seed)},
		// Added with fixed mode; the vectors above are unchanged by it.
		{"tensor int32 [2 3]", q.AppendCanonical(nil)},
		{"checkpoint int32 step 40", qc.Canonical()},
	}
}

func TestCanonicalVectors(t *testing.T) {
	const path = "../testdata/vectors/canonical.json"
	var got []vector
	for _, o := range vectorObjects() {
		got = append(got, vector{Name: o.name, Canonical: hex.EncodeToString(o.data), Leaf: LeafHash(o.data).String()})
	}
	if *updateVectors {
		b, _ := json.MarshalIndent(got, "", "  ")
		require.NoError(t, os.WriteFile(path, append(b, '\n'), 0o644))
	}
	raw, err := os.ReadFile(path)
	require.NoError(t, err)
	var want []vector
	require.NoError(t, json.Unmarshal(raw, &want))
	require.Equal(t, len(want), len(got), "%d vectors on file, %d computed", len(want), len(got))
	for i := range want {
		t.Run(want[i].Name, func(t *testing.T) {
			assert.Equal(t, want[i], got[i], "%s: canonical encoding changed:\n got  %s\n want %s", want[i].Name, got[i].Canonical, want[i].Canonical)
		})
	}
}
