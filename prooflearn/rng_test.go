package prooflearn

import "testing"

// The PRNG's output is part of the protocol: these values are fixed forever.
func TestPRNGGoldenValues(t *testing.T) {
	r := NewPRNG([]byte("seed"), "domain")
	got := []uint64{r.Uint64(), r.Uint64(), r.Uint64()}
	r2 := &PRNG{Key: 0}
	if v := r2.Uint64(); v != 0xe220a8397b1dcdaf {
		t.Fatalf("SplitMix64 from state 0: first output %#x, reference 0xe220a8397b1dcdaf", v)
	}
	again := NewPRNG([]byte("seed"), "domain")
	for i := range got {
		if v := again.Uint64(); v != got[i] {
			t.Fatal("same seed and domain, different stream")
		}
	}
	if NewPRNG([]byte("seed"), "other").Uint64() == got[0] {
		t.Fatal("domains are not separated")
	}
}

func TestIntNIsUniformAndInRange(t *testing.T) {
	r := NewPRNG([]byte("x"), "intn")
	counts := make([]int, 7)
	for i := 0; i < 70000; i++ {
		v := r.IntN(7)
		if v < 0 || v >= 7 {
			t.Fatalf("IntN(7) = %d", v)
		}
		counts[v]++
	}
	for v, c := range counts {
		if c < 9500 || c > 10500 {
			t.Fatalf("value %d drawn %d times of 70000", v, c)
		}
	}
}

func TestDataOrderIsAPermutationPerEpoch(t *testing.T) {
	o, err := NewDataOrder([]byte("s"), 100, 10)
	if err != nil {
		t.Fatal(err)
	}
	for epoch := 0; epoch < 3; epoch++ {
		seen := map[int]bool{}
		for s := epoch * 10; s < epoch*10+10; s++ {
			for _, i := range o.Batch(s) {
				if seen[i] {
					t.Fatalf("epoch %d repeats example %d", epoch, i)
				}
				seen[i] = true
			}
		}
		if len(seen) != 100 {
			t.Fatalf("epoch %d covers %d examples", epoch, len(seen))
		}
	}
	if o.Batch(0)[0] == o.Batch(10)[0] && o.Batch(0)[1] == o.Batch(10)[1] {
		t.Fatal("epochs 0 and 1 start alike: not reshuffled")
	}
}
