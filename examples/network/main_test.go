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
)

// TestNetwork runs the whole network against a local geth --dev: every
// party a process of its own, an honest task paid, a forged proof rejected,
// disputed on DisputeGame and slashed. It needs geth (on PATH or in
// GOPATH/bin); CI installs it. It takes about a minute on two cores, so
// -short leaves it to the full suite.
func TestNetwork(t *testing.T) {
	if testing.Short() {
		t.Skip("the end-to-end network run (about a minute) is left to the suite without -short")
	}
	if _, err := findGeth(""); errors.Is(err, ErrNoGeth) {
		t.Skip("geth not found, skipping the end-to-end network run: " + err.Error())
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

	require.Len(t, rep.Tasks, 2)
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

	calls := map[string]int{}
	for _, g := range rep.Gas {
		calls[g.Name] = g.Calls
		require.Positive(t, g.Min, g.Name)
	}
	for name, n := range map[string]int{"postTask": 2, "claimTask": 2, "revealSeed": 2, "commitRoot": 2,
		"commitVerdict": 2, "revealVerdict": 2, "finalize": 1, "openGame": 1, "settleByGame": 1, "decide": 0,
		"DisputeGame.create": 0, "DisputeGame.proveSolverWrong": 1, "RulingVerifierStub.setAccepts": 1} {
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
