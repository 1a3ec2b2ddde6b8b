package main

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/zkruling"
)

// TestNetwork runs the whole network against a local geth --dev: every
// party a process of its own, an honest task paid, a forged proof rejected,
// disputed on DisputeGame and slashed, a fixed-mode lie slashed by a gnark
// proof the game checks, and a forged bundle a lazy verifier accepted
// disputed by a whistleblower, which slashes the solver and the verifier,
// and a fixed-mode lie at a product bisected over its partial products on
// the inner level and slashed by a slice proof.
// The float-mode games are ruled on the attestation of an arbiter process
// that re-executes the pinned operator itself.
// It needs geth (on PATH or in GOPATH/bin) and solcjs (scripts/solc.sh);
// CI installs both. It takes a few minutes on two cores, so -short leaves
// it to the full suite.
func TestNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("the end-to-end network run (about a minute) is left to the suite without -short")
	}
	if _, err := findGeth(""); errors.Is(err, ErrNoGeth) {
		t.Skip("geth not found, skipping the end-to-end network run: " + err.Error())
	}
	if _, err := zkruling.FindSolc(); err != nil {
		t.Skip("no solcjs, skipping the end-to-end network run: " + err.Error())
	}
	dir := t.TempDir()
	log, err := os.Create(filepath.Join(dir, "network.log"))
	require.NoError(t, err)
	defer log.Close()
	reportFile := filepath.Join(dir, "report.json")
	rep, err := run(t.Context(), config{report: reportFile, dir: filepath.Join(dir, "work"), log: log})
	if err != nil {
		out, _ := os.ReadFile(log.Name())
		t.Fatalf("%v\n%s", err, out)
	}
	require.NoError(t, cli.WriteJSON(reportFile, rep))
	raw, err := os.ReadFile(reportFile)
	require.NoError(t, err)
	var back Report
	require.NoError(t, json.Unmarshal(raw, &back), "the report is JSON")

	require.Len(t, rep.Tasks, 5)
	require.Equal(t, chain.TaskPaid, rep.Tasks[0].Phase)
	require.True(t, rep.Tasks[0].Accepted)
	require.Equal(t, chain.TaskSlashed, rep.Tasks[1].Phase)
	require.False(t, rep.Tasks[1].Accepted)
	require.NotEqual(t, rep.Tasks[0].Root, rep.Tasks[1].Root, "the forged bundle has a root of its own")

	d := rep.Dispute
	require.NotNil(t, d)
	require.Equal(t, string(arbitration.PartyChallenger), d.GoWinner)
	require.Equal(t, d.GoWinner, d.ChainWinner)
	require.EqualValues(t, d.Rounds, d.ChainRounds, "the contract took as many rounds as the Go game")
	require.EqualValues(t, d.Node, d.ChainNode, "the contract pinned the Go game's operator")
	require.LessOrEqual(t, d.Rounds, d.MaxRounds)
	require.False(t, d.TimedOut, "the challenger won by the ruling, not the clock")
	require.Equal(t, d.Rounds*2+2, d.Transactions, "openGame, two answers a round, the ruling")
	require.Equal(t, "arbiter", d.Ruling, "the float-mode game is ruled on the arbiter's attestation")
	require.Positive(t, d.AttestGas)

	// The fixed-mode task: slashed by a gnark proof the game checked.
	require.Equal(t, chain.TaskSlashed, rep.Tasks[2].Phase)
	z := rep.ZKDispute
	require.NotNil(t, z)
	require.Equal(t, string(arbitration.PartyChallenger), z.ChainWinner)
	require.Equal(t, z.GoWinner, z.ChainWinner)
	require.EqualValues(t, z.Node, z.ChainNode)
	require.False(t, z.TimedOut, "won by the proof, not the clock")
	require.Equal(t, z.Rounds*2+2, z.Transactions, "openGame, two answers a round, proveChunkWrong")
	require.Equal(t, "chunk proof", z.Ruling)
	require.Zero(t, z.AttestGas, "a registered circuit's proof rules: the arbiter attests nothing")
	r := rep.Ruling
	require.NotNil(t, r)
	require.Equal(t, z.Step, r.Step)
	require.Equal(t, z.Node, r.Node)
	require.Positive(t, r.ProofBytes)
	require.Positive(t, r.Constraints)
	require.Positive(t, r.RulingGas)
	require.Less(t, r.Chunk, int64(r.Chunks))

	// The whistleblower's dispute on what the lazy verifier accepted.
	require.Equal(t, chain.TaskSlashed, rep.Tasks[3].Phase)
	require.True(t, rep.Tasks[3].Accepted, "the lazy verifier accepted the forged bundle")
	w := rep.Whistle
	require.NotNil(t, w)
	require.True(t, w.VerifierSlashed, "the verifier passed the disputed segment")
	require.Equal(t, string(arbitration.PartyChallenger), w.Dispute.ChainWinner)
	require.Equal(t, w.Dispute.GoWinner, w.Dispute.ChainWinner)
	require.False(t, w.Dispute.TimedOut)
	require.Equal(t, "arbiter", w.Dispute.Ruling)
	require.Positive(t, w.Dispute.AttestGas)

	// The lie at a product: pinned to it by the graph level, bisected over
	// its partial products on-chain, slashed by the slice proof with the
	// registrar's published keys; the arbiter attests nothing.
	require.Equal(t, chain.TaskSlashed, rep.Tasks[4].Phase)
	require.False(t, rep.Tasks[4].Accepted)
	in := rep.Inner
	require.NotNil(t, in)
	require.Equal(t, string(arbitration.PartyChallenger), in.Dispute.ChainWinner)
	require.Equal(t, in.Dispute.GoWinner, in.Dispute.ChainWinner)
	require.Equal(t, "layer0.xw", in.Dispute.NodeName)
	require.EqualValues(t, in.Dispute.Node, in.Dispute.ChainNode)
	require.False(t, in.Dispute.TimedOut, "won by the slice proof, not the clock")
	require.Equal(t, "slice proof", in.Dispute.Ruling)
	require.Zero(t, in.Dispute.AttestGas, "a registered slice circuit's proof rules: the arbiter attests nothing")
	require.Positive(t, in.Dispute.InnerRounds)
	require.Len(t, in.CommitPartialsGas, 2, "both sides commit their partials")
	require.Positive(t, in.OpenPartials)
	require.LessOrEqual(t, in.OpenPartialMin, in.OpenPartialMax)
	for name, g := range map[string]uint64{"registerSliceCircuit": in.RegisterGas, "openInner": in.OpenInnerGas, "proveSliceWrong": in.SliceRulingGas,
		"slice verifier": in.SliceDeploy, "round verifier": in.RoundDeploy} {
		require.Positive(t, g, name)
	}

	calls := map[string]int{}
	for _, g := range rep.Gas {
		calls[g.Name] = g.Calls
		require.Positive(t, g.Min, g.Name)
	}
	for name, n := range map[string]int{"postTask": 5, "claimTask": 5, "revealSeed": 5, "commitRoot": 5,
		"commitVerdict": 5, "revealVerdict": 5, "finalize": 1, "openDispute": 1, "openGame": 4, "settleByGame": 4, "decide": 0,
		"DisputeGame.create": 0, "DisputeGame.proveSolverWrong": 2, "RulingByArbiter.attest": 2, "RulingByArbiter.deploy": 1,
		"DisputeGame.proveChunkWrong": 1, "DisputeGame.registerChunkCircuit": 1, "Verifier.deploy": 1,
		"DisputeGame.registerSliceCircuit": 1, "deploy slice verifier": 1, "deploy round verifier": 1, "DisputeGame.openInner": 1,
		"DisputeGame.commitPartials": 2, "DisputeGame.proveSliceWrong": 1} {
		require.Equal(t, n, calls[name], name)
	}

	// Money: each party's change without its fees is what the contracts
	// paid or took; nothing is created or lost but the jackpot the market
	// keeps.
	tm := terms()
	net := map[string]*big.Int{}
	sum := new(big.Int)
	for _, p := range rep.Parties {
		require.Zero(t, new(big.Int).Sub(p.Change, new(big.Int).Sub(p.Net, p.Fees)).Sign(), p.Name)
		require.Positive(t, p.Fees.Sign(), "%s sent transactions", p.Name)
		net[p.Name] = p.Net
		sum.Add(sum, p.Net)
	}
	require.Zero(t, sum.Add(sum, rep.Jackpot).Sign(), "the parties' net changes and the jackpot sum to zero")
	require.Zero(t, net["solver"].Cmp(big.NewInt(int64(tm.Reward))), "the honest solver earned the reward: %v", net["solver"])
	require.Zero(t, net["cheater"].Cmp(big.NewInt(-int64(tm.SolverStake))),
		"the cheater lost its stake (a market's game takes no bonds of its own): %v", net["cheater"])
	for _, liar := range []string{"liar", "forger", "productliar"} {
		require.Zero(t, net[liar].Cmp(big.NewInt(-int64(tm.SolverStake))), "%s lost its stake: %v", liar, net[liar])
	}
	require.Zero(t, net["lazy"].Cmp(big.NewInt(-int64(tm.VerifierStake))), "the lazy verifier lost its stake: %v", net["lazy"])
	share := int64(tm.SolverStake+tm.VerifierStake) * int64(tm.WinnerShare) / 100
	require.Zero(t, net["whistleblower"].Cmp(big.NewInt(share)), "the whistleblower won its share of both stakes: %v", net["whistleblower"])
	require.Negative(t, net["submitter"].Sign())
	require.Positive(t, net["verifier"].Sign())
}

// TestFindGeth: geth is looked up on PATH, then in GOPATH/bin; without
// either the error says how to install it.
func TestFindGeth(t *testing.T) {
	empty, gopath := t.TempDir(), t.TempDir()
	t.Setenv("PATH", empty)
	t.Setenv("GOPATH", gopath)
	_, err := findGeth("")
	require.ErrorIs(t, err, ErrNoGeth)
	require.Contains(t, err.Error(), "go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.10")
	_, err = findGeth(filepath.Join(empty, "geth"))
	require.Error(t, err, "a -geth that does not exist")

	bin := filepath.Join(gopath, "bin", "geth")
	require.NoError(t, os.MkdirAll(filepath.Dir(bin), 0o755))
	require.NoError(t, os.WriteFile(bin, []byte("#!/bin/sh\n"), 0o755))
	got, err := findGeth("")
	require.NoError(t, err)
	require.Equal(t, bin, got)
	onPath := filepath.Join(empty, "geth")
	require.NoError(t, os.WriteFile(onPath, []byte("#!/bin/sh\n"), 0o755))
	got, err = findGeth("")
	require.NoError(t, err)
	require.Equal(t, onPath, got, "PATH comes first")
}
