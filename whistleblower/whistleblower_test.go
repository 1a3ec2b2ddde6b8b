package whistleblower_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/settlement"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/verifier"
	"github.com/prooflearn/prooflearn/whistleblower"
)

var (
	task   *prooflearn.Task
	data   *dataset.Dataset
	honest string // an honest proof of the tiny task
	tmp    string
)

func TestMain(m *testing.M) {
	code, err := setup(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "setup:", err)
		code = 2
	}
	os.RemoveAll(tmp)
	os.Exit(code)
}

func setup(m *testing.M) (int, error) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	if err != nil {
		return 0, err
	}
	if task, err = prooflearn.DecodeTask(bytes.NewReader(raw)); err != nil {
		return 0, err
	}
	split, err := dataset.Embedded()
	if err != nil {
		return 0, err
	}
	data = split.Train
	if tmp, err = os.MkdirTemp("", "whistleblower-test-"); err != nil {
		return 0, err
	}
	honest = filepath.Join(tmp, "honest")
	if _, err := solver.Train(context.Background(), task, data, honest); err != nil {
		return 0, err
	}
	return m.Run(), nil
}

// Replays are the slow part (far slower under -race): each proof is
// verified and fully checked once, and the tests share the results.
var (
	cacheMu  sync.Mutex
	verified = map[string]*verifier.Report{}
	checked  = map[string]*verifier.Report{}
)

func memo(t *testing.T, m map[string]*verifier.Report, dir string, compute func() (*verifier.Report, error)) *verifier.Report {
	t.Helper()
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if r, ok := m[dir]; ok {
		return r
	}
	r, err := compute()
	require.NoError(t, err)
	m[dir] = r
	return r
}

// verify returns a diligent verifier's report on dir (a copy: callers edit it).
func verify(t *testing.T, dir string) *verifier.Report {
	t.Helper()
	r := *memo(t, verified, dir, func() (*verifier.Report, error) { return verifier.Verify(context.Background(), task, data, dir) })
	r.Segments, r.Findings = slices.Clone(r.Segments), slices.Clone(r.Findings)
	return &r
}

// fullCheck is the whistleblower's own full check of dir.
func fullCheck(t *testing.T, dir string) *verifier.Report {
	t.Helper()
	return memo(t, checked, dir, func() (*verifier.Report, error) {
		return whistleblower.CheckProof(context.Background(), task, data, dir)
	})
}

// emptyReport is what a verifier that accepts without even selecting its
// sample publishes.
func emptyReport(t *testing.T, dir string) *verifier.Report {
	t.Helper()
	m, err := readRoot(dir)
	require.NoError(t, err)
	return &verifier.Report{Verdict: verifier.Accepted, Task: task.Name, TaskHash: task.Hash(), Root: m,
		Challenge: "6c617a79", MinProgress: verifier.DefaultMinProgress, Thresholds: *task.Delta, ThresholdSource: "task", Budget: verifier.DefaultBudget, TopQ: verifier.DefaultTopQ,
		Segments: []verifier.SegmentReport{}, Findings: []verifier.Finding{}, TotalSteps: task.Steps}
}

// lazyReport is what a lazy verifier publishes: it selects the sample the
// protocol requires (cheap: the root, its challenge and the claimed update
// norms fix it)
// but declares every segment passed without replaying any.
func lazyReport(t *testing.T, dir string) *verifier.Report {
	t.Helper()
	r := verify(t, dir)
	r.Verdict, r.Findings, r.ReplayedSteps = verifier.Accepted, []verifier.Finding{}, 0
	for i := range r.Segments {
		r.Segments[i].Passed, r.Segments[i].Exceeded, r.Segments[i].Error = true, nil, ""
		r.Segments[i].Distances = prooflearn.Distances{}
	}
	return r
}

func readRoot(dir string) (prooflearn.Hash, error) {
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return prooflearn.Hash{}, err
	}
	m, err := prooflearn.DecodeManifest(b)
	if err != nil {
		return prooflearn.Hash{}, err
	}
	return m.Root, nil
}

func assess(t *testing.T, dir string, r *verifier.Report) *whistleblower.Assessment {
	t.Helper()
	a, err := whistleblower.Assess(context.Background(), task, data, dir, r, whistleblower.WithSolverCheck(fullCheck(t, dir)))
	require.NoError(t, err)
	return a
}

func TestAssessHonestProof(t *testing.T) {
	a := assess(t, honest, verify(t, honest))
	require.False(t, a.VerifierAtFault, "honest proof, diligent verifier: %+v", a)
	require.False(t, a.SolverAtFault, "honest proof, diligent verifier: %+v", a)
	require.Nil(t, a.Challenge(), "honest proof, diligent verifier: %+v", a)
	full := fullCheck(t, honest)
	require.Equal(t, task.Steps, full.ReplayedSteps, "the full check replayed %d of %d steps", full.ReplayedSteps, task.Steps)
	require.NotZero(t, a.ReplayedSteps, "the assessment replayed nothing of the verifier's sample")
	// A lazy verifier on an honest proof: at fault (it skipped its sample),
	// but there is nothing to dispute — challenging an honest solver loses the bond.
	lazy := assess(t, honest, emptyReport(t, honest))
	require.True(t, lazy.VerifierAtFault, "honest proof, lazy verifier: %+v", lazy)
	require.False(t, lazy.SolverAtFault, "honest proof, lazy verifier: %+v", lazy)
	require.Nil(t, lazy.Challenge(), "honest proof, lazy verifier: %+v", lazy)
	// A lazy verifier that got lucky: its declared passes are true.
	lucky := assess(t, honest, lazyReport(t, honest))
	require.False(t, lucky.VerifierAtFault, "honest proof, lazy but correct report: %+v", lucky)
	require.Nil(t, lucky.Challenge(), "honest proof, lazy but correct report: %+v", lucky)
}

// TestAssessRecomputesTheSampleFromTheChallenge: the report's challenge and
// the root fix the sample. A report whose recorded challenge is not the one
// that drew its segments, or that records none, leaves its sample
// unverifiable, and its verifier is at fault.
func TestAssessRecomputesTheSampleFromTheChallenge(t *testing.T) {
	ctx := context.Background()
	drawn := func(c []byte) *verifier.Report {
		t.Helper()
		r, err := verifier.Verify(ctx, task, data, honest, verifier.WithChallenge(c))
		require.NoError(t, err)
		return r
	}
	r := drawn([]byte("a"))
	a := assess(t, honest, r)
	require.False(t, a.VerifierAtFault, "a diligent report with its own challenge: %+v", a)
	// Find another challenge that draws another sample, and claim it.
	claimed := false
	for i := range 8 {
		other := []byte{'b', byte(i)}
		if slices.Equal(drawn(other).Selection.FiatShamir, r.Selection.FiatShamir) {
			continue
		}
		forged := *r
		forged.Challenge = hex.EncodeToString(other)
		a := assess(t, honest, &forged)
		require.True(t, a.VerifierAtFault, "a report claiming another challenge than the one that drew it: %+v", a)
		require.False(t, a.SolverAtFault, "a report claiming another challenge than the one that drew it: %+v", a)
		require.True(t, slices.ContainsFunc(a.VerifierFaults, func(f string) bool { return strings.Contains(f, "did not replay segments") }),
			"a report claiming another challenge than the one that drew it: %+v", a)
		claimed = true
		break
	}
	require.True(t, claimed, "eight other challenges all drew the same sample")
	none := *r
	none.Challenge = ""
	a = assess(t, honest, &none)
	require.True(t, a.VerifierAtFault, "a report without its challenge: %+v", a)
	require.True(t, slices.ContainsFunc(a.VerifierFaults, func(f string) bool { return strings.Contains(f, "challenge") }),
		"a report without its challenge: %+v", a)
}

func TestAssessCheatingProof(t *testing.T) {
	cheat := filepath.Join(t.TempDir(), "cheat")
	p, err := whistleblower.PerturbCheckpoint(task, honest, cheat, 17, 3, []byte("cheat"))
	require.NoError(t, err)
	require.NotEqual(t, p.Original, p.Root, "perturbation %+v", p)
	require.Equal(t, 170, p.Step, "perturbation %+v", p)
	diligent := verify(t, cheat)
	require.Equal(t, verifier.Rejected, diligent.Verdict, "the verifier accepted a checkpoint moved by 3× the largest update")
	a := assess(t, cheat, diligent)
	require.False(t, a.VerifierAtFault, "diligent rejection: %+v (the dispute is the verifier's, not the whistleblower's)", a)
	require.True(t, a.SolverAtFault, "diligent rejection: %+v (the dispute is the verifier's, not the whistleblower's)", a)
	require.Nil(t, a.Challenge(), "diligent rejection: %+v (the dispute is the verifier's, not the whistleblower's)", a)
	require.Equal(t, 16, a.Segment, "first failing segment %d, want 16 (the one ending at the planted checkpoint)", a.Segment)
	lazy := assess(t, cheat, lazyReport(t, cheat))
	c := lazy.Challenge()
	require.NotNil(t, c, "lazy acceptance of a cheat: challenge %+v from %+v", c, lazy)
	require.True(t, c.VerifierAtFault, "lazy acceptance of a cheat: challenge %+v from %+v", c, lazy)
	require.NotEmpty(t, c.Evidence, "lazy acceptance of a cheat: challenge %+v from %+v", c, lazy)
	require.Contains(t, lazy.FailingSegments, c.Segment, "lazy acceptance of a cheat: challenge %+v from %+v", c, lazy)
	require.Contains(t, []int{16, 17}, c.Segment, "challenge argues segment %d, want one touching checkpoint 17", c.Segment)
	// Not even a sample declared: the verifier is at fault, but with no
	// declared segment to argue, the challenge is against the solver alone.
	empty := assess(t, cheat, emptyReport(t, cheat))
	c = empty.Challenge()
	require.True(t, empty.VerifierAtFault, "empty report on a cheat: challenge %+v from %+v", c, empty)
	require.NotNil(t, c, "empty report on a cheat: challenge %+v from %+v", c, empty)
	require.False(t, c.VerifierAtFault, "empty report on a cheat: challenge %+v from %+v", c, empty)
	require.Equal(t, 16, c.Segment, "empty report on a cheat: challenge %+v from %+v", c, empty)
}

// A cheat small enough to hide from the verifier's sample: the verifier did
// its job and is not at fault, the whistleblower's full check catches the solver.
func TestAssessCheatMissedBySample(t *testing.T) {
	for j := 5; j < 50; j += 7 {
		cheat := filepath.Join(t.TempDir(), fmt.Sprint("cheat-", j))
		_, err := whistleblower.PerturbCheckpoint(task, honest, cheat, j, 0.02, []byte("subtle"))
		require.NoError(t, err)
		r := verify(t, cheat)
		if r.Verdict == verifier.Rejected {
			continue // the sample happened to include it
		}
		a := assess(t, cheat, r)
		c := a.Challenge()
		require.False(t, a.VerifierAtFault, "checkpoint %d missed by an honest sample: %+v", j, a)
		require.True(t, a.SolverAtFault, "checkpoint %d missed by an honest sample: %+v", j, a)
		require.NotNil(t, c, "checkpoint %d missed by an honest sample: %+v", j, a)
		require.False(t, c.VerifierAtFault, "checkpoint %d missed by an honest sample: %+v", j, a)
		require.Equal(t, j-1, c.Segment, "checkpoint %d missed by an honest sample: %+v", j, a)
		return
	}
	require.FailNow(t, "every small perturbation landed in the verifier's sample; the test needs a missed one")
}

func TestAssessLoosenedThresholds(t *testing.T) {
	for name, c := range map[string]struct {
		loosen func(r *verifier.Report)
		msg    string
	}{
		"looser δ":     {func(r *verifier.Report) { r.Thresholds.L2 *= 10 }, "a report with δ looser than the task's: %+v"},
		"small budget": {func(r *verifier.Report) { r.Budget = 0.01 }, "a report under the required budget: %+v"},
	} {
		t.Run(name, func(t *testing.T) {
			r := verify(t, honest)
			c.loosen(r)
			a := assess(t, honest, r)
			require.True(t, a.VerifierAtFault, c.msg, a)
		})
	}
}

func TestAssessForeignReport(t *testing.T) {
	r := verify(t, honest)
	r.Root[0] ^= 1
	_, err := whistleblower.Assess(context.Background(), task, data, honest, r)
	require.ErrorIs(t, err, whistleblower.ErrForeignReport, "report on another root")
}

// A verifier that reports a forced error wins the jackpot; one that passes
// it loses its stake.
func TestForcedErrorJackpot(t *testing.T) {
	seeds := 3
	if testing.Short() || raceEnabled {
		seeds = 1
	}
	for i := range seeds {
		t.Run(fmt.Sprint("seed ", i), func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "forced")
			fe, err := whistleblower.PlantForcedError(task, honest, dir, []byte{byte(i), 'f'})
			require.NoError(t, err)
			diligent := verify(t, dir)
			require.True(t, fe.Reported(diligent),
				"seed %d: a diligent verifier did not report the forced error at checkpoint %d: %+v", i, fe.Checkpoint, diligent.Findings)
			lazy := lazyReport(t, dir)
			require.False(t, fe.Reported(lazy), "a lazy acceptance counted as reporting the forced error")
			require.False(t, fe.Reported(verify(t, honest)), "a report on another proof counted")

			l := settlement.NewLedger()
			for _, a := range []string{"pool", "diligent", "lazy"} {
				_ = l.Mint(a, 1000)
			}
			_ = l.FundJackpot("pool", 1000, "")
			s, err := settlement.New(l, settlement.DefaultTerms())
			require.NoError(t, err)
			terms := s.Terms()
			_ = s.OpenForcedError("d", "diligent")
			_ = s.OpenForcedError("l", "lazy")
			_, err = s.SettleForcedError("d", fe.Reported(diligent))
			require.NoError(t, err)
			_, err = s.SettleForcedError("l", fe.Reported(lazy))
			require.NoError(t, err)
			require.Equal(t, 1000+terms.JackpotPrize, l.Holdings("diligent"),
				"diligent verifier holds %d, want %d (stake back plus the prize)", l.Holdings("diligent"), 1000+terms.JackpotPrize)
			require.Equal(t, 1000-terms.VerifierStake, l.Holdings("lazy"),
				"lazy verifier holds %d, want %d (stake lost)", l.Holdings("lazy"), 1000-terms.VerifierStake)
			require.NoError(t, l.Audit())
		})
	}
}

func TestPerturbCheckpointErrors(t *testing.T) {
	dir := t.TempDir()
	for _, j := range []int{0, -1, 51, 1000} {
		t.Run(fmt.Sprint("checkpoint ", j), func(t *testing.T) {
			_, err := whistleblower.PerturbCheckpoint(task, honest, filepath.Join(dir, fmt.Sprint(j)), j, 1, nil)
			assert.ErrorIs(t, err, prooflearn.ErrOutOfRange, "checkpoint %d", j)
		})
	}
	_, err := whistleblower.PerturbCheckpoint(task, honest, filepath.Join(dir, "x"), 3, 0, nil)
	assert.Error(t, err, "a zero perturbation was accepted")
	_, err = whistleblower.PerturbCheckpoint(task, honest, honest, 3, 1, nil)
	assert.Error(t, err, "writing over the source proof was accepted")
	other := *task
	other.Steps = 400
	_, err = whistleblower.PerturbCheckpoint(&other, honest, filepath.Join(dir, "y"), 3, 1, nil)
	assert.ErrorIs(t, err, prooflearn.ErrCommitment, "another task's proof")
}

func TestDecodeReport(t *testing.T) {
	r := verify(t, honest)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	got, err := whistleblower.DecodeReport(b)
	require.NoError(t, err, "round trip")
	require.Equal(t, r.Root, got.Root, "round trip: %+v", got)
	require.Equal(t, r.Verdict, got.Verdict, "round trip: %+v", got)
	require.Len(t, got.Segments, len(r.Segments), "round trip: %+v", got)
	path := filepath.Join(t.TempDir(), "report.json")
	require.NoError(t, os.WriteFile(path, b, 0o644))
	got, err = whistleblower.ReadReport(path)
	require.NoError(t, err, "ReadReport")
	require.Equal(t, r.Root, got.Root, "ReadReport: %+v", got)
	_, err = whistleblower.ReadReport(path + ".missing")
	require.ErrorIs(t, err, os.ErrNotExist, "missing report file")
	for name, bad := range map[string]string{
		"empty":    ``,
		"not json": `verdict: accepted`,
		"verdict":  `{"verdict":"maybe"}`,
		"unknown":  `{"verdict":"accepted","bonus":1}`,
		"trailing": `{"verdict":"accepted"} {}`,
		"negative": `{"verdict":"accepted","budget":-1}`,
		"root":     `{"verdict":"accepted","root":"zz"}`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := whistleblower.DecodeReport([]byte(bad))
			assert.ErrorIs(t, err, whistleblower.ErrMalformedReport)
		})
	}
}

func FuzzDecodeReport(f *testing.F) {
	f.Add([]byte(`{"verdict":"accepted","segments":[{"index":1,"passed":true}]}`))
	f.Add([]byte(`{"verdict":"rejected","findings":[{"check":"replay","message":"x","step":3,"segment":0}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := whistleblower.DecodeReport(b)
		if err != nil {
			require.ErrorIs(t, err, whistleblower.ErrMalformedReport, "untyped error")
			return
		}
		again, err := json.Marshal(r)
		require.NoError(t, err)
		r2, err := whistleblower.DecodeReport(again)
		require.NoError(t, err, "re-decoding %s", again)
		require.Equal(t, r.Verdict, r2.Verdict, "re-decoding %s: %+v", again, r2)
		require.Equal(t, r.Root, r2.Root, "re-decoding %s: %+v", again, r2)
		require.Len(t, r2.Segments, len(r.Segments), "re-decoding %s: %+v", again, r2)
	})
}

// AssessFS reads the proof from any file system: a lazy report on a cheat
// held in memory is caught as it is on disk, and a proof whose files are
// missing is the whistleblower's error, not an assessment.
func TestAssessFSReadsAProofHeldInMemory(t *testing.T) {
	cheat := filepath.Join(t.TempDir(), "cheat")
	_, err := whistleblower.PerturbCheckpoint(task, honest, cheat, 17, 3, []byte("cheat"))
	require.NoError(t, err)
	lazy := lazyReport(t, cheat)
	onDisk := assess(t, cheat, lazy)
	inMemory, err := whistleblower.AssessFS(context.Background(), task, data, testbundle.MapFS(t, cheat), lazy)
	require.NoError(t, err)
	require.Equal(t, onDisk.Challenge(), inMemory.Challenge(), "the same proof in memory and on disk")
	require.True(t, inMemory.SolverAtFault, "in memory: %+v", inMemory)
	require.True(t, inMemory.VerifierAtFault, "in memory: %+v", inMemory)

	_, err = whistleblower.AssessFS(context.Background(), task, data, fstest.MapFS{}, lazy)
	require.ErrorIs(t, err, fs.ErrNotExist)
}
