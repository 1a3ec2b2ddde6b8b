package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
)

const tinyTask = "../../testdata/tasks/tiny.json"

// tamper changes one weight of checkpoint j and re-commits consistently:
// the checkpoint's leaf and the proof root are recomputed, so the bundle is
// well-formed and only the game can show it is wrong.
func tamper(t *testing.T, dir string, j int) {
	t.Helper()
	recommit(t, dir, []int{j}, func(c *prooflearn.Checkpoint) { c.Params[0].F32[400*32+5] += 0.02 })
}

// ulpNoise moves every value of every checkpoint after the first by one
// ulp and re-commits: an honest bundle from a machine that rounds
// differently, different from the solver's in every checkpoint.
func ulpNoise(t *testing.T, dir string) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	var js []int
	for j := 1; j < len(m.Checkpoints); j++ {
		js = append(js, j)
	}
	recommit(t, dir, js, func(c *prooflearn.Checkpoint) {
		for _, ts := range [][]prooflearn.Tensor{c.Params, c.OptState} {
			for i := range ts {
				for e, v := range ts[i].F32 {
					ts[i].F32[e] = math.Nextafter32(v, float32(math.Inf(1)))
				}
			}
		}
	})
}

// recommit edits checkpoints js and recomputes their leaves and the proof root.
func recommit(t *testing.T, dir string, js []int, edit func(*prooflearn.Checkpoint)) {
	t.Helper()
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	for _, j := range js {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
		require.NoError(t, err)
		edit(c)
		require.NoError(t, bundle.WriteCheckpoint(dir, c))
		m.Checkpoints[j].Leaf = c.LeafHash()
	}
	require.NoError(t, bundle.Recommit(dir, m))
}

type report struct {
	Winner           string `json:"winner"`
	Finding          string `json:"finding"`
	Reason           string `json:"reason"`
	Step             int    `json:"step"`
	Node             int    `json:"node"`
	Op               string `json:"op"`
	NodeName         string `json:"node_name"`
	Rounds           int    `json:"rounds"`
	MaxRounds        int    `json:"max_rounds"`
	SolverOutput     string `json:"solver_output"`
	ChallengerOutput string `json:"challenger_output"`
}

func arbiter(t *testing.T, args ...string) (report, int, string) {
	t.Helper()
	rp := filepath.Join(t.TempDir(), "r.json")
	var out, errb bytes.Buffer
	code := run(context.Background(), append(args, "-report", rp, "-quiet"), &out, &errb)
	var r report
	if code != 2 {
		b, err := os.ReadFile(rp)
		require.NoError(t, err, "no report (exit %d)\n%s", code, errb.String())
		require.NoError(t, json.Unmarshal(b, &r))
	}
	return r, code, out.String() + errb.String()
}

// TestHonestSideWins: a consistently re-committed tampered checkpoint
// loses as the solver's, to an honest challenger whose bundle is the same
// machine's or one differing in every checkpoint by an ulp (another
// machine's). As the challenger's, against the honest solver, there is
// nothing to dispute: every segment of the solver's bundle replays.
func TestHonestSideWins(t *testing.T) {
	_, _, honest := testbundle.Honest(t)
	_, _, noisy := testbundle.Honest(t)
	ulpNoise(t, noisy)
	_, _, liar := testbundle.Honest(t)
	tamper(t, liar, 7)
	for _, tc := range []struct {
		name, solver, challenger string
	}{{"liar vs honest", liar, honest}, {"liar vs noisy", liar, noisy}} {
		t.Run(tc.name, func(t *testing.T) {
			if testing.Short() && tc.challenger == noisy {
				t.Skip("the ulp-noisy bundle: the suite without -short runs it")
			}
			r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", tc.solver, "-challenger-proof", tc.challenger)
			require.Equal(t, 1, code, "exit %d winner %q, want 1 challenger:\n%s", code, r.Winner, out)
			require.Equal(t, "challenger", r.Winner, "exit %d winner %q, want 1 challenger:\n%s", code, r.Winner, out)
			const pinpointed = "pinpointed %s step %d node %d %s %s, want the w0 update of step 69:\n%s"
			require.Equal(t, "arbiter", r.Reason, pinpointed, r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
			require.Equal(t, 69, r.Step, pinpointed, r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
			require.Equal(t, "sgd-update", r.Op, pinpointed, r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
			require.Equal(t, "w0", r.NodeName, pinpointed, r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
			require.GreaterOrEqual(t, r.Node, 0, pinpointed, r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
			require.NotEmpty(t, r.Finding, pinpointed, r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
			require.NotZero(t, r.Rounds, "report %+v", r)
			require.LessOrEqual(t, r.Rounds, r.MaxRounds, "report %+v", r)
			require.Len(t, r.SolverOutput, 64, "report %+v", r)
			require.NotEqual(t, r.ChallengerOutput, r.SolverOutput, "report %+v", r)
			require.Contains(t, out, "winner: challenger", "summary lacks the winner or the finding:\n%s", out)
			require.Contains(t, out, "segment 6 (steps 60→70)", "summary lacks the winner or the finding:\n%s", out)
		})
	}
	for name, solver := range map[string]string{"honest": honest, "noisy": noisy} {
		t.Run(name+" vs liar", func(t *testing.T) {
			if testing.Short() && name == "noisy" {
				t.Skip("the ulp-noisy bundle: the suite without -short runs it")
			}
			r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", solver, "-challenger-proof", liar)
			const msg = "honest solver, lying challenger: exit %d %+v\n%s"
			require.Equal(t, 0, code, msg, code, r, out)
			require.Equal(t, "solver", r.Winner, msg, code, r, out)
			require.Equal(t, "no-dispute", r.Reason, msg, code, r, out)
			require.Equal(t, -1, r.Step, msg, code, r, out)
			require.Zero(t, r.Rounds, msg, code, r, out)
		})
	}
	// A δ loose enough for the tampering, for every kind of state (the
	// segment after a tampered checkpoint replays to other momentum), lets
	// the solver's proof stand.
	r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", liar, "-challenger-proof", honest, "-delta",
		"l1=1,l2=1,linf=1,cosine=1,optimizer.l1=1e3,optimizer.l2=1e3,optimizer.linf=1e3,optimizer.cosine=1", "-relative", "1")
	require.Equal(t, 0, code, "-delta 1: exit %d %+v\n%s", code, r, out)
	require.Equal(t, "no-dispute", r.Reason, "-delta 1: exit %d %+v\n%s", code, r, out)
}

func TestAgreeingBundlesAndBadInvocations(t *testing.T) {
	_, _, a := testbundle.Honest(t)
	r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", a, "-challenger-proof", a)
	require.Equal(t, 0, code, "identical bundles: exit %d %+v\n%s", code, r, out)
	require.Equal(t, "solver", r.Winner, "identical bundles: exit %d %+v\n%s", code, r, out)
	require.Equal(t, "no-dispute", r.Reason, "identical bundles: exit %d %+v\n%s", code, r, out)
	for _, args := range [][]string{
		{},
		{"-task", tinyTask, "-solver-proof", a},
		{"-task", "/nonexistent.json", "-solver-proof", a, "-challenger-proof", a},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", "/nonexistent"},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", a, "-deadline", "-1s"},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", a, "-delta", "l2=x"},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", a, "-profile", "/nonexistent.json"},
	} {
		t.Run(fmt.Sprint(args), func(t *testing.T) {
			var out bytes.Buffer
			code := run(context.Background(), args, &out, &out)
			assert.Equal(t, 2, code, "%v: exit %d, want 2\n%s", args, code, out.String())
		})
	}
}

// TestForfeit: a bundle whose checkpoint file does not match its manifest
// loses without a game.
func TestForfeit(t *testing.T) {
	_, _, honest := testbundle.Honest(t)
	_, _, broken := testbundle.Honest(t)
	tamper(t, broken, 3)
	m, err := bundle.ReadManifest(broken)
	require.NoError(t, err)
	m.Checkpoints[3].Leaf = prooflearn.Hash{1} // the file no longer backs the leaf
	require.NoError(t, prooflearn.WriteFileAtomic(filepath.Join(broken, bundle.ManifestFile), m.Encode()))
	r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", broken, "-challenger-proof", honest)
	require.Equal(t, 1, code, "exit %d %+v\n%s", code, r, out)
	require.Equal(t, "challenger", r.Winner, "exit %d %+v\n%s", code, r, out)
	require.Equal(t, "forfeit", r.Reason, "exit %d %+v\n%s", code, r, out)
}
