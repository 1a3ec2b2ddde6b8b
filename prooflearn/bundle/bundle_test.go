package bundle

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// smallCheckpoint is a 2-layer model's state small enough for a fuzz seed.
func smallCheckpoint() *prooflearn.Checkpoint {
	c := &prooflearn.Checkpoint{Step: 20, RNG: prooflearn.RNGState{Epoch: 1, Counter: 99}}
	for i, shape := range [][]int{{3, 2}, {2}} {
		name := []string{"w0", "b0"}[i]
		p := prooflearn.NewTensor(name, prooflearn.Float32, shape...)
		m := prooflearn.NewTensor(prooflearn.MomentumPrefix+name, prooflearn.Float32, shape...)
		for j := range p.F32 {
			p.F32[j] = float32(j) - 1.5
			m.F32[j] = float32(j) / 8
		}
		c.Params = append(c.Params, p)
		c.OptState = append(c.OptState, m)
	}
	return c
}

func TestCheckpointRoundTrip(t *testing.T) {
	for _, dt := range []prooflearn.DType{prooflearn.Float32, prooflearn.Float64} {
		c := smallCheckpoint()
		if dt == prooflearn.Float64 {
			for i := range c.Params {
				p := prooflearn.NewTensor(c.Params[i].Name, dt, c.Params[i].Shape...)
				for j := range p.F64 {
					p.F64[j] = math.Pi * float64(j)
				}
				c.Params[i] = p
			}
		}
		b, err := EncodeCheckpoint(c)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeCheckpoint(b)
		if err != nil {
			t.Fatal(err)
		}
		if got.LeafHash() != c.LeafHash() {
			t.Fatalf("%v: decoded checkpoint hashes differently", dt)
		}
		// Tensor order comes from the metadata, not the file's sorted order.
		if got.Params[0].Name != "w0" || got.OptState[1].Name != "momentum.b0" {
			t.Fatalf("order lost: %s %s", got.Params[0].Name, got.OptState[1].Name)
		}
	}
}

func TestCheckpointBadFilesAreTypedErrors(t *testing.T) {
	good, err := EncodeCheckpoint(smallCheckpoint())
	if err != nil {
		t.Fatal(err)
	}
	dataStart := 8 + int(binary.LittleEndian.Uint64(good[:8]))
	nan := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(nan[dataStart+4:], math.Float32bits(float32(math.NaN())))
	inf := append([]byte(nil), good...)
	binary.LittleEndian.PutUint32(inf[dataStart:], math.Float32bits(float32(math.Inf(-1))))
	allNaN := append([]byte(nil), good...)
	for i := dataStart; i+4 <= len(allNaN); i += 4 {
		binary.LittleEndian.PutUint32(allNaN[i:], 0x7fc00000)
	}
	cases := map[string]struct {
		b    []byte
		want error
	}{
		"empty":         {nil, prooflearn.ErrMalformed},
		"truncated":     {good[:len(good)-3], prooflearn.ErrMalformed},
		"header only":   {good[:dataStart], prooflearn.ErrMalformed},
		"huge header":   {append([]byte{0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0}, good[8:]...), prooflearn.ErrTooLarge},
		"NaN":           {nan, prooflearn.ErrNonFinite},
		"-Inf":          {inf, prooflearn.ErrNonFinite},
		"NaN-filled":    {allNaN, prooflearn.ErrNonFinite},
		"garbage":       {append([]byte{16, 0, 0, 0, 0, 0, 0, 0}, "not a json header"...), prooflearn.ErrMalformed},
		"trailing data": {append(append([]byte(nil), good...), 1, 2, 3, 4), prooflearn.ErrMalformed},
	}
	for name, c := range cases {
		_, err := DecodeCheckpoint(c.b)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err %v, want %v", name, err, c.want)
		}
	}
	plus := smallCheckpoint()
	enc, _ := EncodeCheckpoint(plus)
	enc = bytes.Replace(enc, []byte(`"step":"20"`), []byte(`"step":"+20"`), 1)
	if _, err := DecodeCheckpoint(enc); !errors.Is(err, prooflearn.ErrMalformed) {
		t.Errorf("step \"+20\": err %v, want ErrMalformed (one encoding per step)", err)
	}
	var nf *prooflearn.NonFiniteError
	if _, err := DecodeCheckpoint(nan); !errors.As(err, &nf) || nf.Tensor == "" {
		t.Errorf("NaN: want *NonFiniteError naming the tensor, got %v", err)
	}
}

func TestReadCheckpointRefusesOversizedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.safetensors")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate(path, prooflearn.MaxCheckpointBytes+1); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadCheckpoint(path); !errors.Is(err, prooflearn.ErrTooLarge) {
		t.Fatalf("err %v, want ErrTooLarge", err)
	}
}

func TestWriteCheckpointIsAtomic(t *testing.T) {
	dir := t.TempDir()
	c := smallCheckpoint()
	if err := WriteCheckpoint(dir, c); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, CheckpointsDir))
	if len(entries) != 1 || entries[0].Name() != filepath.Base(CheckpointPath(c.Step)) {
		t.Fatalf("directory holds %v, want only the checkpoint (no temporary files)", entries)
	}
	got, err := ReadCheckpoint(filepath.Join(dir, CheckpointPath(c.Step)))
	if err != nil || got.LeafHash() != c.LeafHash() {
		t.Fatalf("read back: %v", err)
	}
}

func FuzzDecodeCheckpoint(f *testing.F) {
	good, _ := EncodeCheckpoint(smallCheckpoint())
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := DecodeCheckpoint(b)
		if err != nil {
			if !errors.Is(err, prooflearn.ErrMalformed) && !errors.Is(err, prooflearn.ErrTooLarge) && !errors.Is(err, prooflearn.ErrNonFinite) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		for _, list := range [][]prooflearn.Tensor{c.Params, c.OptState} {
			for i := range list {
				if err := list[i].Validate(); err != nil {
					t.Fatalf("decoder accepted an invalid tensor: %v", err)
				}
			}
		}
		again, err := EncodeCheckpoint(c)
		if err != nil {
			t.Fatalf("decoded checkpoint does not encode: %v", err)
		}
		c2, err := DecodeCheckpoint(again)
		if err != nil || c2.LeafHash() != c.LeafHash() {
			t.Fatalf("parse → marshal → parse changed the checkpoint (%v)", err)
		}
	})
}
