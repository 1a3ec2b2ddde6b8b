package arbitration

import (
	"context"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// toyData is a learnable 4×4-pixel dataset: the label is the bright quarter.
func toyData(n int) *dataset.Dataset {
	d := &dataset.Dataset{Name: "toy", Rows: 4, Cols: 4}
	rng := prooflearn.NewPRNG([]byte("toy"), "arbitration-test")
	for i := 0; i < n; i++ {
		label := byte(rng.IntN(4))
		px := make([]byte, 16)
		for j := range px {
			px[j] = byte(rng.IntN(40))
		}
		for j := 0; j < 4; j++ {
			px[int(label)*4+j] = 200 + byte(rng.IntN(50))
		}
		d.Images = append(d.Images, px...)
		d.Labels = append(d.Labels, label)
	}
	return d
}

func toyTask(data *dataset.Dataset, mode, dtype, opt string, hidden []int) *prooflearn.Task {
	seed := []byte("toy seed")
	t := &prooflearn.Task{
		Name: "toy", Mode: mode, DType: dtype,
		Model:     prooflearn.ModelSpec{Type: "mlp", Input: 16, Hidden: hidden, Classes: 4},
		Optimizer: prooflearn.OptimizerSpec{Type: opt, LearningRate: 0.1},
		BatchSize: 8, Steps: 24, CheckpointInterval: 8,
		Dataset:        prooflearn.DatasetSpec{Name: "toy", Root: data.Root(), Examples: data.Len()},
		SeedCommitment: prooflearn.CommitSeed(seed),
		Seed:           hex.EncodeToString(seed),
	}
	if opt == "momentum" {
		t.Optimizer.Momentum = 0.8
	}
	return t
}

// TestOtherModels plays the game on models, optimizers, dtypes and modes
// other than the tiny task's: every honest operator is accepted and a
// corrupted gradient is pinpointed, the liar on either side.
func TestOtherModels(t *testing.T) {
	data := toyData(64)
	for _, tc := range []struct {
		mode, dtype, opt string
		hidden           []int
	}{
		{prooflearn.ModeTolerant, "float32", "sgd", []int{8, 6}},
		{prooflearn.ModeTolerant, "float64", "momentum", []int{8, 6}},
		{prooflearn.ModeTolerant, "float32", "momentum", nil},
		{prooflearn.ModeDeterministic, "float64", "sgd", []int{8, 6}},
		{prooflearn.ModeDeterministic, "float32", "momentum", nil},
	} {
		name := fmt.Sprintf("%s-%s-%s-%v", tc.mode, tc.dtype, tc.opt, tc.hidden)
		t.Run(name, func(t *testing.T) {
			task := toyTask(data, tc.mode, tc.dtype, tc.opt, tc.hidden)
			if err := task.Validate(); err != nil {
				t.Fatal(err)
			}
			seed, _ := task.RevealedSeed()
			start, err := prooflearn.InitialCheckpoint(task, seed)
			if err != nil {
				t.Fatal(err)
			}
			order, _ := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
			batches := make([][]int, task.CheckpointInterval)
			for s := range batches {
				batches[s] = order.Batch(s)
			}
			arb, err := NewArbiter(task)
			if err != nil {
				t.Fatal(err)
			}
			newCase := func() *Case {
				return &Case{Task: task, FromStep: 0, ToStep: task.CheckpointInterval, Start: start, Claims: map[Party]prooflearn.Hash{}}
			}
			// Every honest operator of step 3 passes the arbiter.
			c := newCase()
			p, err := NewReplayPlayer(c, data, batches)
			if err != nil {
				t.Fatal(err)
			}
			reveals := revealStep(t, p, 3)
			judgeAll(t, arb, p, 3, reveals, nil, true)
			// A corrupted weight gradient of the first layer is pinpointed.
			nodes := arb.Nodes(5)
			target := nodes[nodeIndex(t, task, 5, "grad.w0")].Inputs[0]
			for _, side := range sides {
				c := newCase()
				honest, _ := NewReplayPlayer(c, data, batches)
				liar, _ := NewReplayPlayer(c, data, batches, editNode(5, nodes[target].Name, func(x *prooflearn.Tensor) {
					if x.DType == prooflearn.Float64 {
						x.F64[3] += 0.5
					} else {
						x.F32[3] += 0.5
					}
				}))
				claim(t, c, side, liar)
				claim(t, c, side.Other(), honest)
				pl := map[Party]Player{side: liar, side.Other(): honest}
				res, err := Play(context.Background(), c, pl[PartySolver], pl[PartyChallenger])
				if err != nil {
					t.Fatal(err)
				}
				if res.Winner != side.Other() || res.Step != 5 || res.Node != target || res.Rounds > res.MaxRounds {
					t.Fatalf("liar as %s: %s wins at step %d node %d (%s) in %d rounds, want node %d: %s", side, res.Winner, res.Step, res.Node, res.Op, res.Rounds, target, res.Detail)
				}
				if tc.mode == prooflearn.ModeDeterministic && res.Op[:len(train.OpKernelPrefix)] != train.OpKernelPrefix {
					t.Fatalf("deterministic graph disputes %s", res.Op)
				}
			}
		})
	}
}
