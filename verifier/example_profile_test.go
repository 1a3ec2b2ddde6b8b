package verifier_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
)

// Calibrate δ for a task from replays under legitimate perturbations, then
// verify with it (verifier.WithProfile).
func ExampleCalibrate() {
	raw, _ := testdata.Tasks.ReadFile(testdata.TinyTask)
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		panic(err)
	}
	data, err := dataset.Embedded()
	if err != nil {
		panic(err)
	}
	p, err := verifier.Calibrate(context.Background(), task, data.Train, verifier.WithProfileSegments(4))
	if err != nil {
		panic(err)
	}
	for _, pt := range p.Perturbations {
		fmt.Println(pt.Name, pt.Replays, pt.Max.Check(p.Thresholds) == nil)
	}
	fmt.Printf("false-reject rate ≤ %.3f per replayed segment\n", p.FalseRejectRate)
	// Output:
	// batch-reversed 4 true
	// portable-kernels 4 true
	// float64 4 true
	// false-reject rate ≤ 0.077 per replayed segment
}
