package arbitration

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// sampleMessages returns one real message of each type from an honest game.
func sampleMessages(t testing.TB) map[string][]byte {
	f := newFixture(t)
	c := f.newCase(t, 0)
	p := f.honest(t, c)
	ctx := context.Background()
	out := map[string][]byte{}
	sc, err := p.CommitSteps(ctx, StepsQuery{})
	if err != nil {
		t.Fatal(err)
	}
	out["steps"] = sc.Encode()
	o, err := p.OpenState(ctx, StateQuery{Index: 3})
	if err != nil {
		t.Fatal(err)
	}
	out["opening"] = o.Encode()
	nc, err := p.CommitNodes(ctx, NodesQuery{Index: 2})
	if err != nil {
		t.Fatal(err)
	}
	out["nodes"] = nc.Encode()
	po, err := p.OpenPrefix(ctx, PrefixQuery{Size: 17})
	if err != nil {
		t.Fatal(err)
	}
	out["prefix"] = po.Encode()
	rv, err := p.Reveal(ctx, RevealQuery{Node: 13})
	if err != nil {
		t.Fatal(err)
	}
	out["reveal"] = rv.Encode()
	return out
}

type codec struct {
	decode func([]byte) ([]byte, error) // decode, then re-encode
}

var codecs = map[string]codec{
	"steps": {func(b []byte) ([]byte, error) {
		m, err := DecodeStepsCommit(b)
		if err != nil {
			return nil, err
		}
		return m.Encode(), nil
	}},
	"opening": {func(b []byte) ([]byte, error) {
		m, err := DecodeOpening(b)
		if err != nil {
			return nil, err
		}
		return m.Encode(), nil
	}},
	"nodes": {func(b []byte) ([]byte, error) {
		m, err := DecodeNodesCommit(b)
		if err != nil {
			return nil, err
		}
		return m.Encode(), nil
	}},
	"prefix": {func(b []byte) ([]byte, error) {
		m, err := DecodePrefixOpening(b)
		if err != nil {
			return nil, err
		}
		return m.Encode(), nil
	}},
	"reveal": {func(b []byte) ([]byte, error) {
		m, err := DecodeNodeReveal(b)
		if err != nil {
			return nil, err
		}
		return m.Encode(), nil
	}},
}

// TestMessagesRoundTrip: every real message decodes and re-encodes to the
// same bytes; every truncation and every trailing byte is rejected as
// malformed; a message is not accepted as another type.
func TestMessagesRoundTrip(t *testing.T) {
	msgs := sampleMessages(t)
	for name, b := range msgs {
		c := codecs[name]
		again, err := c.decode(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("%s: re-encoding differs", name)
		}
		step := max(1, len(b)/300)
		for n := 0; n < len(b); n += step {
			if _, err := c.decode(b[:n]); !errors.Is(err, prooflearn.ErrMalformed) {
				t.Fatalf("%s truncated to %d bytes: %v", name, n, err)
			}
		}
		if _, err := c.decode(append(append([]byte(nil), b...), 0)); !errors.Is(err, prooflearn.ErrMalformed) {
			t.Fatalf("%s with a trailing byte: %v", name, err)
		}
		for other, oc := range codecs {
			if other != name {
				if _, err := oc.decode(b); err == nil {
					t.Fatalf("a %s message decoded as %s", name, other)
				}
			}
		}
	}
}

func fuzzDecode(f *testing.F, name string) {
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		c := codecs[name]
		again, err := c.decode(b)
		if err != nil {
			if !errors.Is(err, prooflearn.ErrMalformed) {
				t.Fatalf("error %v does not wrap ErrMalformed", err)
			}
			return
		}
		if !bytes.Equal(again, b) {
			t.Fatalf("decode → encode is not the identity")
		}
	})
}

func FuzzDecodeStepsCommit(f *testing.F)   { fuzzDecode(f, "steps") }
func FuzzDecodeOpening(f *testing.F)       { fuzzDecode(f, "opening") }
func FuzzDecodeNodesCommit(f *testing.F)   { fuzzDecode(f, "nodes") }
func FuzzDecodePrefixOpening(f *testing.F) { fuzzDecode(f, "prefix") }
func FuzzDecodeNodeReveal(f *testing.F)    { fuzzDecode(f, "reveal") }
