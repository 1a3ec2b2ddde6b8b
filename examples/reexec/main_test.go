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
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/internal/wasirun"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// recorder is a player that keeps the case it made for the disputed operator.
type recorder struct {
	*arbitration.ReplayPlayer
	reveal *arbitration.NodeReveal
}

func (r *recorder) Reveal(ctx context.Context, q arbitration.RevealQuery) (*arbitration.NodeReveal, error) {
	m, err := r.ReplayPlayer.Reveal(ctx, q)
	r.reveal = m
	return m, err
}

// call is one operator call written to a file, with the leaf the native
// ruling expects and the two claims.
type call struct {
	name               string
	file               string
	want               prooflearn.Hash
	solver, challenger prooflearn.Hash
	solverStands       bool
}

func callOf(t *testing.T, task *prooflearn.Task, step, node int, r *arbitration.NodeReveal) *arbitration.OperatorCall {
	t.Helper()
	a, err := arbitration.NewArbiter(task)
	require.NoError(t, err)
	inputs := make([]prooflearn.Tensor, len(r.Inputs))
	for k := range inputs {
		inputs[k] = r.Inputs[k].Tensor
	}
	c, err := arbitration.NewOperatorCall(task, step, a.Nodes(step), node, inputs, r.Examples)
	require.NoError(t, err)
	return c
}

// A deterministic game on tiny-det: the solver defends an end state whose
// first momentum buffer is one ulp off, and the game ends at the momentum
// update of the segment's last step, which the arbiter re-executes and rules
// on for the challenger. The disputed operator and its opened inputs are
// written as an operator call; reexec, run natively and as wasip1/wasm under
// Node's WASI, writes the output leaf the native ruling accepted. So does a
// deterministic kernel (re-executed by the task's graph) of the same step.
func TestReexecMatchesTheNativeRuling(t *testing.T) {
	ctx := context.Background()
	task := testbundle.ShippedTask(t, "tiny-det")
	data := testbundle.Data(t).Train
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	start, err := prooflearn.InitialCheckpoint(task, seed)
	require.NoError(t, err)
	order, err := task.DataOrder()
	require.NoError(t, err)
	k := task.CheckpointInterval
	batches := make([][]int, k)
	for s := range batches {
		batches[s] = order.Batch(s)
	}
	tr, err := train.NewTracer(task, data)
	require.NoError(t, err)
	end := start.Clone()
	for s := 0; s < k; s++ {
		st, err := tr.Step(end, batches[s], nil)
		require.NoError(t, err)
		end = st.Next
	}
	require.NoError(t, tr.Close())
	forged := end.Clone()
	forged.OptState[0].F32[0] = math.Nextafter32(forged.OptState[0].F32[0], float32(math.Inf(1)))

	c := &arbitration.Case{Task: task, Segment: 0, FromStep: 0, ToStep: k, Start: start, Claims: map[arbitration.Party]prooflearn.Hash{}}
	liar, err := arbitration.NewReplayPlayer(c, data, batches, arbitration.DefendEnd(forged))
	require.NoError(t, err)
	hp, err := arbitration.NewReplayPlayer(c, data, batches)
	require.NoError(t, err)
	honest := &recorder{ReplayPlayer: hp}
	for side, p := range map[arbitration.Party]arbitration.Player{arbitration.PartySolver: liar, arbitration.PartyChallenger: honest} {
		m, err := p.CommitSteps(ctx, arbitration.StepsQuery{})
		require.NoError(t, err)
		c.Claims[side] = m.Last.Leaf
	}
	res, err := arbitration.Play(ctx, c, liar, honest)
	require.NoError(t, err)
	require.Equal(t, arbitration.PartyChallenger, res.Winner, "%s: %s", res.Reason, res.Detail)
	require.Equal(t, arbitration.ReasonArbiter, res.Reason)
	require.Equal(t, train.OpMomentumUpdate, res.Op)
	require.NotNil(t, res.Verdict)
	require.NotNil(t, honest.reveal)
	ruling := res.Verdict.Checks[arbitration.PartyChallenger]
	require.True(t, ruling.Valid, "the arbiter accepts the honest output")
	require.False(t, res.Verdict.Checks[arbitration.PartySolver].Valid)

	dir := t.TempDir()
	write := func(name string, oc *arbitration.OperatorCall) string {
		p := filepath.Join(dir, name+".call")
		require.NoError(t, os.WriteFile(p, oc.Encode(), 0o644))
		return p
	}
	calls := []call{{
		name: "disputed " + res.Op, file: write("disputed", callOf(t, task, res.Step, res.Node, honest.reveal)),
		want: ruling.Output, solver: *res.SolverOutput, challenger: *res.ChallengerOutput,
	}}
	// A deterministic kernel of the same step, from the honest player's
	// trace (its level 2 is still on the disputed step): the honest leaf
	// stands against a claim one bit off.
	a, err := arbitration.NewArbiter(task)
	require.NoError(t, err)
	nodes := a.Nodes(res.Step)
	kernel := -1
	for j, n := range nodes {
		if strings.HasPrefix(n.Op, train.OpKernelPrefix) && len(n.Inputs) == 2 {
			kernel = j
		}
	}
	require.GreaterOrEqual(t, kernel, 0, "the step has a two-input deterministic kernel")
	kr, err := hp.Reveal(ctx, arbitration.RevealQuery{Node: kernel})
	require.NoError(t, err)
	good := arbitration.TensorLeaf(nodes[kernel].Name, &kr.Output)
	bad := kr.Output.Clone()
	bad.F32[0] = math.Nextafter32(bad.F32[0], float32(math.Inf(1)))
	require.NotEqual(t, good, arbitration.TensorLeaf(nodes[kernel].Name, &bad))
	calls = append(calls, call{
		name: "kernel " + nodes[kernel].Op, file: write("kernel", callOf(t, task, res.Step, kernel, kr)),
		want: good, solver: good, challenger: arbitration.TensorLeaf(nodes[kernel].Name, &bad), solverStands: true,
	})

	// .ci/crossarch.sh runs the calls on every platform it checks.
	if out := os.Getenv("REEXEC_WRITE_CALLS"); out != "" {
		require.NoError(t, os.MkdirAll(out, 0o755))
		for _, c := range calls {
			b, err := os.ReadFile(c.file)
			require.NoError(t, err)
			base := filepath.Join(out, strings.TrimSuffix(filepath.Base(c.file), ".call"))
			require.NoError(t, os.WriteFile(base+".call", b, 0o644))
			require.NoError(t, os.WriteFile(base+".want", []byte(c.want.String()+"\n"), 0o644))
		}
	}

	check := func(t *testing.T, c call, code int, hashFile, reportFile string) {
		t.Helper()
		wantCode := 1
		if c.solverStands {
			wantCode = 0
		}
		assert.Equal(t, wantCode, code, "exit status")
		b, err := os.ReadFile(hashFile)
		require.NoError(t, err)
		assert.Equal(t, c.want.String()+"\n", string(b), "the output hash is the native ruling's")
		b, err = os.ReadFile(reportFile)
		require.NoError(t, err)
		var rep struct {
			Output prooflearn.Hash `json:"output_leaf"`
			Winner string          `json:"winner"`
			Step   int             `json:"step"`
			Node   int             `json:"node"`
		}
		require.NoError(t, json.Unmarshal(b, &rep))
		assert.Equal(t, c.want, rep.Output)
		wantWinner := arbitration.PartyChallenger
		if c.solverStands {
			wantWinner = arbitration.PartySolver
		}
		assert.Equal(t, string(wantWinner), rep.Winner)
	}
	args := func(c call, out string) []string {
		return []string{"-in", c.file, "-out", out + ".hash", "-report", out + ".json",
			"-solver", c.solver.String(), "-challenger", c.challenger.String()}
	}

	t.Run("native", func(t *testing.T) {
		for i, c := range calls {
			out := filepath.Join(dir, "native", c.name)
			require.NoError(t, os.MkdirAll(filepath.Dir(out), 0o755))
			var stdout, stderr bytes.Buffer
			code := run(args(c, out), nil, &stdout, &stderr)
			require.NotEqual(t, 2, code, "call %d (%s): %s", i, c.name, stderr.String())
			check(t, c, code, out+".hash", out+".json")
			t.Logf("native %s: %s", c.name, strings.TrimSpace(stdout.String()))
		}
	})

	t.Run("wasm", func(t *testing.T) {
		if _, err := wasirun.Node(); err != nil {
			t.Skipf("skipping the wasm half: %v (.ci/crossarch.sh and CI install nodejs)", err)
		}
		ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
		defer cancel()
		wasm := filepath.Join(dir, "reexec.wasm")
		require.NoError(t, wasirun.Build(ctx, "../..", "./examples/reexec", wasm))
		for i, c := range calls {
			out := filepath.Join(dir, "wasm-"+strings.ReplaceAll(c.name, " ", "-"))
			cmd, err := wasirun.Command(ctx, t.TempDir(), wasm, dir, []string{dir}, args(c, out)...)
			require.NoError(t, err)
			b, err := cmd.CombinedOutput()
			code := cmd.ProcessState.ExitCode()
			require.NotEqual(t, 2, code, "call %d (%s) under wasm: %v\n%s", i, c.name, err, b)
			check(t, c, code, out+".hash", out+".json")
			t.Logf("wasm %s: %s", c.name, strings.TrimSpace(string(b)))
		}
	})
}

// Bad input is a typed error and exit status 2, never a panic.
func TestReexecBadInput(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.call")
	require.NoError(t, os.WriteFile(bad, []byte{6, 1, 0xff, 0xff, 0xff, 0xff}, 0o644))
	var stdout, stderr bytes.Buffer
	assert.Equal(t, 2, run([]string{"-in", bad}, nil, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "malformed")
	stderr.Reset()
	assert.Equal(t, 2, run([]string{"-in", filepath.Join(dir, "missing")}, nil, &stdout, &stderr))
	stderr.Reset()
	assert.Equal(t, 2, run(nil, nil, &stdout, &stderr))
	assert.Contains(t, stderr.String(), "usage")
	stderr.Reset()
	assert.Equal(t, 2, run([]string{"-in", bad, "-solver", "zz"}, nil, &stdout, &stderr))
}
