package solver_test

import (
	"bytes"
	"context"
	"fmt"
	"os"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
)

// Train the shipped tiny-det task (deterministic mode) on the embedded
// Fashion-MNIST subset and write its proof bundle. The deterministic
// kernels give the same bits on every machine, so the proof root is the
// one recorded in testdata/golden/tiny-det.root.
func ExampleTrain() {
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

	m, err := solver.Train(context.Background(), task, data.Train, dir)
	if err != nil {
		panic(err)
	}
	fmt.Println("steps:", m.Steps, "checkpoints:", len(m.Checkpoints), "leaves:", m.Leaves)
	fmt.Println("root:", m.Root)
	// Output:
	// steps: 500 checkpoints: 51 leaves: 552
	// root: 45e86a8a3d92f16b5684756a8a1dd650d4eb8ddb9b4a96ec947086d50fa09300
}
