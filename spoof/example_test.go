package spoof_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
)

// Forge a bundle whose initial weights are the seed's values in the stolen
// model's rank order, and watch the verifier reject it.
func ExampleBuild() {
	raw, _ := testdata.Tasks.ReadFile(testdata.TinyTask)
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		panic(err)
	}
	data, err := dataset.Embedded()
	if err != nil {
		panic(err)
	}
	tmp, _ := os.MkdirTemp("", "forged-")
	defer os.RemoveAll(tmp)
	dir := filepath.Join(tmp, "bundle")

	ctx := context.Background()
	if _, err := spoof.Build(ctx, spoof.RankInit, task, data.Train, dir); err != nil {
		panic(err)
	}
	rep, err := verifier.Verify(ctx, task, data.Train, dir)
	if err != nil {
		panic(err)
	}
	fmt.Println(rep.Verdict, "by", rep.Findings[0].Check)
	// Output: rejected by initialisation
}
