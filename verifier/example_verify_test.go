package verifier_test

import (
	"bytes"
	"context"
	"fmt"
	"os"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
)

// Verify a proof of the tiny-det task (deterministic mode, so δ = 0 and
// every replayed segment must match bit for bit). The challenge, which a
// verifier draws at random after the solver has committed, is fixed here so
// that the example replays the same segments every time.
func ExampleVerify() {
	raw, err := testdata.Tasks.ReadFile("tasks/tiny-det.json")
	if err != nil {
		panic(err)
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		panic(err)
	}
	data, err := dataset.Embedded()
	if err != nil {
		panic(err)
	}
	dir, err := os.MkdirTemp("", "proof-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	if _, err := solver.Train(context.Background(), task, data.Train, dir); err != nil {
		panic(err)
	}

	rep, err := verifier.Verify(context.Background(), task, data.Train, dir,
		verifier.WithChallenge([]byte("example challenge")))
	if err != nil {
		panic(err) // the verifier's side failed; a bad proof is a rejection in rep
	}
	fmt.Println("verdict:", rep.Verdict)
	fmt.Printf("replayed %d of %d steps\n", rep.ReplayedSteps, rep.TotalSteps)
	for _, s := range rep.Segments {
		fmt.Printf("segment %d (steps %d→%d, %v): passed %v, L∞ distance %g\n", s.Index, s.FromStep, s.ToStep, s.Reasons, s.Passed, s.Distances.LInf)
	}
	// Output:
	// verdict: accepted
	// replayed 30 of 500 steps
	// segment 1 (steps 10→20, [top-q]): passed true, L∞ distance 0
	// segment 42 (steps 420→430, [fiat-shamir]): passed true, L∞ distance 0
	// segment 49 (steps 490→500, [final-checkpoint]): passed true, L∞ distance 0
}
