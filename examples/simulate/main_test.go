package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/settlement"
)

// The proofs are trained and derived once; every test simulates on them.
var (
	gameWorld, replayWorld *world
	testDir                string
)

func TestMain(m *testing.M) {
	code, err := setup(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "setup:", err)
		code = 2
	}
	os.RemoveAll(testDir)
	os.Exit(code)
}

func setup(m *testing.M) (int, error) {
	task, err := loadTask("")
	if err != nil {
		return 0, err
	}
	split, err := dataset.Embedded()
	if err != nil {
		return 0, err
	}
	if testDir, err = os.MkdirTemp("", "simulate-test-"); err != nil {
		return 0, err
	}
	variants, forcedProofs := 4, 3
	if raceEnabled {
		variants, forcedProofs = 2, 1 // one blatant and one subtle cheat
	}
	if gameWorld, err = newWorld(context.Background(), task, split.Train, testDir, variants, forcedProofs, nil); err != nil {
		return 0, err
	}
	gameWorld.resolver = newGameResolver(gameWorld, split.Train)
	// The replay world shares the proofs, not the caches.
	replayWorld = &world{ctx: gameWorld.ctx, task: task, data: split.Train, dir: testDir,
		honest: gameWorld.honest, cheats: gameWorld.cheats, forced: gameWorld.forced,
		reports: gameWorld.reports, full: gameWorld.full, assessed: gameWorld.assessed,
		resolved: map[[2]string]*Resolution{}}
	replayWorld.resolver = replayResolver{replayWorld}
	return m.Run(), nil
}

func mustSimulate(t *testing.T, cfg config, w *world) *Report {
	t.Helper()
	r, err := simulate(cfg, w, settlement.DefaultTerms())
	require.NoError(t, err)
	return r
}

// checkGuarantees asserts what every run must show: money conserved and no
// party that always behaved lost anything.
func checkGuarantees(t *testing.T, r *Report) {
	t.Helper()
	require.True(t, r.Conserved, "seed %d: money not conserved: supply %d, held %d, violations %v", r.Config.Seed, r.Supply, r.Holdings, r.Violations)
	require.Equal(t, r.Supply, r.Holdings, "seed %d: money not conserved: supply %d, held %d, violations %v", r.Config.Seed, r.Supply, r.Holdings, r.Violations)
	require.Empty(t, r.Violations, "seed %d: %v", r.Config.Seed, r.Violations)
	var sum settlement.Amount
	for _, p := range r.Parties {
		sum += p.End
		require.GreaterOrEqual(t, p.End, settlement.Amount(0), "seed %d: %s ends negative (%d)", r.Config.Seed, p.Name, p.End)
		if p.Deviations == 0 && p.Role != roleSubmitter {
			require.Zero(t, p.Slashed, "seed %d: %s (%s) never misbehaved but lost: net %d, slashed %d", r.Config.Seed, p.Name, p.Kind, p.Net, p.Slashed)
			require.GreaterOrEqual(t, p.Net, settlement.Amount(0), "seed %d: %s (%s) never misbehaved but lost: net %d, slashed %d", r.Config.Seed, p.Name, p.Kind, p.Net, p.Slashed)
		}
	}
	require.Equal(t, r.Supply, sum+r.Jackpot, "seed %d: parties hold %d and the pool %d, the supply is %d", r.Config.Seed, sum, r.Jackpot, r.Supply)
	require.True(t, r.HonestNeverLost, "seed %d: report says an honest party lost: %v", r.Config.Seed, r.Violations)
}

// randomConfig draws a network from seed: any mix of cheaters, lazy
// verifiers, griefers, forced errors and silence.
func randomConfig(seed uint64, tasks int) config {
	rng := rand.New(rand.NewPCG(seed, 42))
	return config{Tasks: tasks, Seed: seed,
		Solvers: 1 + rng.IntN(6), Verifiers: 1 + rng.IntN(6), Whistleblowers: rng.IntN(4),
		Cheaters: rng.Float64(), Cheat: rng.Float64(), LazyVerifiers: rng.Float64(), Lazy: rng.Float64(),
		Griefers: rng.Float64(), Grief: rng.Float64() / 2, Forced: rng.Float64() / 4, Silent: rng.Float64(),
		Purse: int64(200 + rng.IntN(3000))}
}

// Money is conserved, and honest parties never lose, in every simulated
// run: many random networks, with the real game deciding disputes.
func TestConservationManySeeds(t *testing.T) {
	seeds, tasks := 60, 150
	switch {
	case testing.Short():
		seeds = 4 // the suite without -short (.ci/run) runs all sixty
	case raceEnabled:
		seeds = 15
	}
	for seed := range uint64(seeds) {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			r := mustSimulate(t, randomConfig(seed, tasks), gameWorld)
			checkGuarantees(t, r)
		})
	}
}

func TestConservationReplayResolver(t *testing.T) {
	for seed := range uint64(10) {
		t.Run(fmt.Sprint("seed ", 1000+seed), func(t *testing.T) {
			checkGuarantees(t, mustSimulate(t, randomConfig(1000+seed, 100), replayWorld))
		})
	}
}

func TestDeterministic(t *testing.T) {
	a := mustSimulate(t, randomConfig(7, 200), gameWorld)
	b := mustSimulate(t, randomConfig(7, 200), gameWorld)
	a.Seconds, b.Seconds = 0, 0
	require.Equal(t, a, b, "two runs of one seed differ")
}

// With whistleblowers watching, every cheat is stopped: by the verifier or
// by a whistleblower who wins its dispute; cheaters end poorer per task
// than honest solvers.
func TestCheatsAreStopped(t *testing.T) {
	cfg := defaultConfig()
	cfg.Tasks, cfg.Cheaters, cfg.Cheat, cfg.Griefers, cfg.Whistleblowers = 300, 0.5, 0.5, 0, 2
	r := mustSimulate(t, cfg, gameWorld)
	checkGuarantees(t, r)
	c := r.Counts
	require.NotZero(t, c.Cheats, "cheats %+v: every one must be rejected or challenged", c)
	require.Zero(t, c.CheatsPaid, "cheats %+v: every one must be rejected or challenged", c)
	require.Equal(t, c.Cheats, c.CheatsRejected+c.CheatsChallenged, "cheats %+v: every one must be rejected or challenged", c)
	// The cheat whose fault names no segment (its initialisation) is
	// settled by recomputation, not played as a game nor dropped as "no
	// dispute".
	require.Positive(t, c.Recomputed, "no dispute was decided by recomputation: %+v", c)
	assert.LessOrEqual(t, c.Recomputed, c.Disputes)
	perTask := map[string]float64{}
	for _, rr := range r.Roles {
		if rr.Role == roleSolver && rr.Tasks > 0 {
			perTask[rr.Kind] = float64(rr.Net) / float64(rr.Tasks)
		}
	}
	require.Less(t, perTask[kindCheater], perTask[kindHonest], "cheaters earn %.1f per task, honest solvers %.1f", perTask[kindCheater], perTask[kindHonest])
	// With no whistleblower, subtle cheats the verifiers' samples miss go through.
	cfg.Whistleblowers = 0
	r = mustSimulate(t, cfg, gameWorld)
	require.NotZero(t, r.Counts.CheatsPaid, "no cheat went through without whistleblowers: %+v", r.Counts)
}

// A lazy verifier that passes a forced error loses its stake; a diligent
// one that reports it wins the jackpot prize.
func TestForcedErrors(t *testing.T) {
	terms := settlement.DefaultTerms()
	cfg := defaultConfig()
	cfg.Tasks, cfg.Forced, cfg.Cheaters, cfg.Whistleblowers = 200, 0.3, 0, 0

	cfg.LazyVerifiers, cfg.Lazy = 1, 1 // every verifier, always lazy
	lazy := mustSimulate(t, cfg, gameWorld)
	checkGuarantees(t, lazy)
	c := lazy.Counts
	require.NotZero(t, c.ForcedErrors, "lazy verifiers: %+v", c)
	require.Zero(t, c.ForcedReported, "lazy verifiers: %+v", c)
	require.Equal(t, c.ForcedErrors, c.ForcedMissed, "lazy verifiers: %+v", c)
	var slashed settlement.Amount
	for _, p := range lazy.Parties {
		if p.Role == roleVerifier {
			slashed += p.Slashed
		}
	}
	want := terms.VerifierStake * settlement.Amount(c.ForcedMissed)
	require.Equal(t, want, slashed, "lazy verifiers lost %d, want a stake of %d per missed forced error (%d)", slashed, terms.VerifierStake, want)

	cfg.LazyVerifiers = 0
	diligent := mustSimulate(t, cfg, gameWorld)
	checkGuarantees(t, diligent)
	c = diligent.Counts
	require.NotZero(t, c.ForcedErrors, "diligent verifiers: %+v", c)
	require.Equal(t, c.ForcedErrors, c.ForcedReported, "diligent verifiers: %+v", c)
	require.NotZero(t, c.JackpotPaid, "diligent verifiers: %+v", c)
	for _, p := range diligent.Parties {
		if p.Role == roleVerifier {
			require.Zero(t, p.Slashed, "diligent %s was slashed %d", p.Name, p.Slashed)
		}
	}
}

// A whistleblower that challenges honest proofs loses its bond each time.
func TestGriefersLoseBonds(t *testing.T) {
	cfg := defaultConfig()
	cfg.Tasks, cfg.Cheaters, cfg.Griefers, cfg.Grief, cfg.Silent, cfg.Forced = 100, 0, 1, 1, 0, 0
	r := mustSimulate(t, cfg, gameWorld)
	checkGuarantees(t, r)
	bond := settlement.DefaultTerms().Bond
	require.NotZero(t, r.Counts.GriefDisputes, "no griefing dispute was opened")
	for _, p := range r.Parties {
		if p.Role != roleWhistleblower {
			continue
		}
		want := bond * settlement.Amount(p.Tasks)
		require.Equal(t, want, p.Slashed, "%s opened %d disputes against honest proofs: slashed %d, net %d, want −%d", p.Name, p.Tasks, p.Slashed, p.Net, want)
		require.Equal(t, -want, p.Net, "%s opened %d disputes against honest proofs: slashed %d, net %d, want −%d", p.Name, p.Tasks, p.Slashed, p.Net, want)
	}
}

// Timeouts decide for the party that answered: a cheater that goes silent
// loses, and so does a griefer that does.
func TestTimeoutsDecideForTheAnswerer(t *testing.T) {
	cfg := defaultConfig()
	cfg.Tasks, cfg.Cheaters, cfg.Cheat, cfg.Silent, cfg.Griefers, cfg.Grief = 200, 1, 0.5, 1, 0.5, 0.5
	r := mustSimulate(t, cfg, gameWorld)
	checkGuarantees(t, r)
	c := r.Counts
	require.NotZero(t, c.Disputes, "with every wrong party silent, every dispute ends by timeout: %+v", c)
	require.Equal(t, c.Disputes, c.DisputesByTimeout, "with every wrong party silent, every dispute ends by timeout: %+v", c)
	require.Zero(t, c.GameRounds, "with every wrong party silent, every dispute ends by timeout: %+v", c)
	require.Zero(t, c.CheatsPaid, "a silent cheater was paid: %+v", c)
	require.Equal(t, c.Cheats, c.CheatsRejected+c.CheatsChallenged, "a silent cheater was paid: %+v", c)
}

func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "sim.json")
	var out, errOut bytes.Buffer
	// Honest solvers and diligent verifiers only: the contract is under
	// test here, and this run trains its own proof and replays it.
	code := run([]string{"-tasks", "40", "-seed", "3", "-quiet", "-variants", "1", "-resolver", "replay",
		"-cheaters", "0", "-forced", "0", "-griefers", "0", "-lazy-verifiers", "0", "-report", report}, &out, &errOut)
	require.Equal(t, cli.ExitOK, code, "exit %d\n%s%s", code, out.String(), errOut.String())
	for _, want := range []string{"simulated", "conserved", "no party that always behaved lost stake", "verifier", "whistleblower"} {
		assert.Contains(t, out.String(), want, "summary lacks %q:\n%s", want, out.String())
	}
	b, err := os.ReadFile(report)
	require.NoError(t, err)
	var r Report
	require.NoError(t, json.Unmarshal(b, &r))
	require.True(t, r.Conserved, "report %+v", r)
	require.True(t, r.HonestNeverLost, "report %+v", r)
	require.Equal(t, uint64(3), r.Config.Seed, "report %+v", r)
	require.Equal(t, "replay", r.Resolver, "report %+v", r)
	require.NotEmpty(t, r.Parties, "report %+v", r)
	for _, bad := range [][]string{
		{"-cheat", "1.5"}, {"-tasks", "-1"}, {"-solvers", "0"}, {"-resolver", "coin"},
		{"-variants", "0"}, {"-purse", "0"}, {"-nope"}, {"extra"}, {"-task", filepath.Join(dir, "missing.json")},
	} {
		t.Run(fmt.Sprint(bad), func(t *testing.T) {
			var o, e bytes.Buffer
			code := run(bad, &o, &e)
			assert.Equal(t, cli.ExitError, code, "%v: exit %d, want %d", bad, code, cli.ExitError)
		})
	}
}

// The same guarantees hold for a task in deterministic mode, where the
// verifier and the arbiter compare bit for bit.
func TestDeterministicMode(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("trains and replays a second task; the money logic under test is the same")
	}
	task, err := loadTask("../../testdata/tasks/tiny-det.json")
	require.NoError(t, err)
	split, err := dataset.Embedded()
	require.NoError(t, err)
	w, err := newWorld(context.Background(), task, split.Train, t.TempDir(), 2, 1, nil)
	require.NoError(t, err)
	w.resolver = newGameResolver(w, split.Train)
	for seed := range uint64(10) {
		t.Run(fmt.Sprint("seed ", 500+seed), func(t *testing.T) {
			r := mustSimulate(t, randomConfig(500+seed, 150), w)
			checkGuarantees(t, r)
		})
	}
	cfg := defaultConfig()
	cfg.Tasks, cfg.Silent, cfg.Griefers, cfg.Grief = 200, 0, 0.5, 0.5
	r := mustSimulate(t, cfg, w)
	checkGuarantees(t, r)
	require.NotZero(t, r.Counts.GameRounds, "deterministic network: %+v", r.Counts)
	require.NotZero(t, r.Counts.GriefDisputes, "deterministic network: %+v", r.Counts)
	require.Zero(t, r.Counts.CheatsPaid, "deterministic network: %+v", r.Counts)
}
