package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	if err != nil {
		t.Fatal(err)
	}
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
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range js {
		c, err := bundle.ReadCheckpoint(filepath.Join(dir, m.Checkpoints[j].File))
		if err != nil {
			t.Fatal(err)
		}
		edit(c)
		if err := bundle.WriteCheckpoint(dir, c); err != nil {
			t.Fatal(err)
		}
		m.Checkpoints[j].Leaf = c.LeafHash()
	}
	if err := bundle.Recommit(dir, m); err != nil {
		t.Fatal(err)
	}
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
		if err != nil {
			t.Fatalf("no report (exit %d): %v\n%s", code, err, errb.String())
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
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
		solver, challenger string
	}{{liar, honest}, {liar, noisy}} {
		r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", tc.solver, "-challenger-proof", tc.challenger)
		if code != 1 || r.Winner != "challenger" {
			t.Fatalf("exit %d winner %q, want 1 challenger:\n%s", code, r.Winner, out)
		}
		if r.Reason != "arbiter" || r.Step != 69 || r.Op != "sgd-update" || r.NodeName != "w0" || r.Node < 0 || r.Finding == "" {
			t.Fatalf("pinpointed %s step %d node %d %s %s, want the w0 update of step 69:\n%s", r.Reason, r.Step, r.Node, r.Op, r.NodeName, out)
		}
		if r.Rounds == 0 || r.Rounds > r.MaxRounds || len(r.SolverOutput) != 64 || r.SolverOutput == r.ChallengerOutput {
			t.Fatalf("report %+v", r)
		}
		if !strings.Contains(out, "winner: challenger") || !strings.Contains(out, "segment 6 (steps 60→70)") {
			t.Fatalf("summary lacks the winner or the finding:\n%s", out)
		}
	}
	for _, solver := range []string{honest, noisy} {
		r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", solver, "-challenger-proof", liar)
		if code != 0 || r.Winner != "solver" || r.Reason != "no-dispute" || r.Step != -1 || r.Rounds != 0 {
			t.Fatalf("honest solver, lying challenger: exit %d %+v\n%s", code, r, out)
		}
	}
	// A δ loose enough for the tampering, for every kind of state (the
	// segment after a tampered checkpoint replays to other momentum), lets
	// the solver's proof stand.
	r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", liar, "-challenger-proof", honest, "-delta",
		"l1=1,l2=1,linf=1,cosine=1,optimizer.l1=1e3,optimizer.l2=1e3,optimizer.linf=1e3,optimizer.cosine=1", "-relative", "1")
	if code != 0 || r.Reason != "no-dispute" {
		t.Fatalf("-delta 1: exit %d %+v\n%s", code, r, out)
	}
}

func TestAgreeingBundlesAndBadInvocations(t *testing.T) {
	_, _, a := testbundle.Honest(t)
	r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", a, "-challenger-proof", a)
	if code != 0 || r.Winner != "solver" || r.Reason != "no-dispute" {
		t.Fatalf("identical bundles: exit %d %+v\n%s", code, r, out)
	}
	for _, args := range [][]string{
		{},
		{"-task", tinyTask, "-solver-proof", a},
		{"-task", "/nonexistent.json", "-solver-proof", a, "-challenger-proof", a},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", "/nonexistent"},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", a, "-deadline", "-1s"},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", a, "-delta", "l2=x"},
		{"-task", tinyTask, "-solver-proof", a, "-challenger-proof", a, "-profile", "/nonexistent.json"},
	} {
		var out bytes.Buffer
		if code := run(context.Background(), args, &out, &out); code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s", args, code, out.String())
		}
	}
}

// TestForfeit: a bundle whose checkpoint file does not match its manifest
// loses without a game.
func TestForfeit(t *testing.T) {
	_, _, honest := testbundle.Honest(t)
	_, _, broken := testbundle.Honest(t)
	tamper(t, broken, 3)
	m, err := bundle.ReadManifest(broken)
	if err != nil {
		t.Fatal(err)
	}
	m.Checkpoints[3].Leaf = prooflearn.Hash{1} // the file no longer backs the leaf
	if err := prooflearn.WriteFileAtomic(filepath.Join(broken, bundle.ManifestFile), m.Encode()); err != nil {
		t.Fatal(err)
	}
	r, code, out := arbiter(t, "-task", tinyTask, "-solver-proof", broken, "-challenger-proof", honest)
	if code != 1 || r.Winner != "challenger" || r.Reason != "forfeit" {
		t.Fatalf("exit %d %+v\n%s", code, r, out)
	}
}
