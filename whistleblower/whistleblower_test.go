package whistleblower_test

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	assets "github.com/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
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
	raw, err := assets.Tasks.ReadFile(assets.TinyTask)
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
	if err != nil {
		t.Fatal(err)
	}
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
	if err != nil {
		t.Fatal(err)
	}
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
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestAssessHonestProof(t *testing.T) {
	a := assess(t, honest, verify(t, honest))
	if a.VerifierAtFault || a.SolverAtFault || a.Challenge() != nil {
		t.Fatalf("honest proof, diligent verifier: %+v", a)
	}
	if full := fullCheck(t, honest); full.ReplayedSteps != task.Steps {
		t.Fatalf("the full check replayed %d of %d steps", full.ReplayedSteps, task.Steps)
	}
	if a.ReplayedSteps == 0 {
		t.Fatal("the assessment replayed nothing of the verifier's sample")
	}
	// A lazy verifier on an honest proof: at fault (it skipped its sample),
	// but there is nothing to dispute — challenging an honest solver loses the bond.
	lazy := assess(t, honest, emptyReport(t, honest))
	if !lazy.VerifierAtFault || lazy.SolverAtFault || lazy.Challenge() != nil {
		t.Fatalf("honest proof, lazy verifier: %+v", lazy)
	}
	// A lazy verifier that got lucky: its declared passes are true.
	if lucky := assess(t, honest, lazyReport(t, honest)); lucky.VerifierAtFault || lucky.Challenge() != nil {
		t.Fatalf("honest proof, lazy but correct report: %+v", lucky)
	}
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
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	r := drawn([]byte("a"))
	if a := assess(t, honest, r); a.VerifierAtFault {
		t.Fatalf("a diligent report with its own challenge: %+v", a)
	}
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
		if !a.VerifierAtFault || a.SolverAtFault || !slices.ContainsFunc(a.VerifierFaults, func(f string) bool { return strings.Contains(f, "did not replay segments") }) {
			t.Fatalf("a report claiming another challenge than the one that drew it: %+v", a)
		}
		claimed = true
		break
	}
	if !claimed {
		t.Fatal("eight other challenges all drew the same sample")
	}
	none := *r
	none.Challenge = ""
	if a := assess(t, honest, &none); !a.VerifierAtFault || !slices.ContainsFunc(a.VerifierFaults, func(f string) bool { return strings.Contains(f, "challenge") }) {
		t.Fatalf("a report without its challenge: %+v", a)
	}
}

func TestAssessCheatingProof(t *testing.T) {
	cheat := filepath.Join(t.TempDir(), "cheat")
	p, err := whistleblower.PerturbCheckpoint(task, honest, cheat, 17, 3, []byte("cheat"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Root == p.Original || p.Step != 170 {
		t.Fatalf("perturbation %+v", p)
	}
	diligent := verify(t, cheat)
	if diligent.Verdict != verifier.Rejected {
		t.Fatalf("the verifier accepted a checkpoint moved by 3× the largest update")
	}
	a := assess(t, cheat, diligent)
	if a.VerifierAtFault || !a.SolverAtFault || a.Challenge() != nil {
		t.Fatalf("diligent rejection: %+v (the dispute is the verifier's, not the whistleblower's)", a)
	}
	if a.Segment != 16 {
		t.Fatalf("first failing segment %d, want 16 (the one ending at the planted checkpoint)", a.Segment)
	}
	lazy := assess(t, cheat, lazyReport(t, cheat))
	c := lazy.Challenge()
	if c == nil || !c.VerifierAtFault || len(c.Evidence) == 0 || !slices.Contains(lazy.FailingSegments, c.Segment) {
		t.Fatalf("lazy acceptance of a cheat: challenge %+v from %+v", c, lazy)
	}
	if c.Segment != 16 && c.Segment != 17 {
		t.Fatalf("challenge argues segment %d, want one touching checkpoint 17", c.Segment)
	}
	// Not even a sample declared: the verifier is at fault, but with no
	// declared segment to argue, the challenge is against the solver alone.
	empty := assess(t, cheat, emptyReport(t, cheat))
	if c := empty.Challenge(); !empty.VerifierAtFault || c == nil || c.VerifierAtFault || c.Segment != 16 {
		t.Fatalf("empty report on a cheat: challenge %+v from %+v", c, empty)
	}
}

// A cheat small enough to hide from the verifier's sample: the verifier did
// its job and is not at fault, the whistleblower's full check catches the solver.
func TestAssessCheatMissedBySample(t *testing.T) {
	for j := 5; j < 50; j += 7 {
		cheat := filepath.Join(t.TempDir(), fmt.Sprint("cheat-", j))
		if _, err := whistleblower.PerturbCheckpoint(task, honest, cheat, j, 0.02, []byte("subtle")); err != nil {
			t.Fatal(err)
		}
		r := verify(t, cheat)
		if r.Verdict == verifier.Rejected {
			continue // the sample happened to include it
		}
		a := assess(t, cheat, r)
		c := a.Challenge()
		if a.VerifierAtFault || !a.SolverAtFault || c == nil || c.VerifierAtFault || c.Segment != j-1 {
			t.Fatalf("checkpoint %d missed by an honest sample: %+v", j, a)
		}
		return
	}
	t.Fatal("every small perturbation landed in the verifier's sample; the test needs a missed one")
}

func TestAssessLoosenedThresholds(t *testing.T) {
	r := verify(t, honest)
	r.Thresholds.L2 *= 10
	if a := assess(t, honest, r); !a.VerifierAtFault {
		t.Fatalf("a report with δ looser than the task's: %+v", a)
	}
	r = verify(t, honest)
	r.Budget = 0.01
	if a := assess(t, honest, r); !a.VerifierAtFault {
		t.Fatalf("a report under the required budget: %+v", a)
	}
}

func TestAssessForeignReport(t *testing.T) {
	r := verify(t, honest)
	r.Root[0] ^= 1
	if _, err := whistleblower.Assess(context.Background(), task, data, honest, r); !errors.Is(err, whistleblower.ErrForeignReport) {
		t.Fatalf("report on another root: %v", err)
	}
}

// A verifier that reports a forced error wins the jackpot; one that passes
// it loses its stake.
func TestForcedErrorJackpot(t *testing.T) {
	seeds := 3
	if testing.Short() || raceEnabled {
		seeds = 1
	}
	for i := range seeds {
		dir := filepath.Join(t.TempDir(), "forced")
		fe, err := whistleblower.PlantForcedError(task, honest, dir, []byte{byte(i), 'f'})
		if err != nil {
			t.Fatal(err)
		}
		diligent := verify(t, dir)
		if !fe.Reported(diligent) {
			t.Fatalf("seed %d: a diligent verifier did not report the forced error at checkpoint %d: %+v", i, fe.Checkpoint, diligent.Findings)
		}
		lazy := lazyReport(t, dir)
		if fe.Reported(lazy) {
			t.Fatal("a lazy acceptance counted as reporting the forced error")
		}
		if fe.Reported(verify(t, honest)) {
			t.Fatal("a report on another proof counted")
		}

		l := arbitration.NewLedger()
		for _, a := range []string{"pool", "diligent", "lazy"} {
			_ = l.Mint(a, 1000)
		}
		_ = l.FundJackpot("pool", 1000, "")
		s, err := arbitration.NewSettlement(l, arbitration.DefaultTerms())
		if err != nil {
			t.Fatal(err)
		}
		terms := s.Terms()
		_ = s.OpenForcedError("d", "diligent")
		_ = s.OpenForcedError("l", "lazy")
		if _, err := s.SettleForcedError("d", fe.Reported(diligent)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.SettleForcedError("l", fe.Reported(lazy)); err != nil {
			t.Fatal(err)
		}
		if got := l.Holdings("diligent"); got != 1000+terms.JackpotPrize {
			t.Fatalf("diligent verifier holds %d, want %d (stake back plus the prize)", got, 1000+terms.JackpotPrize)
		}
		if got := l.Holdings("lazy"); got != 1000-terms.VerifierStake {
			t.Fatalf("lazy verifier holds %d, want %d (stake lost)", got, 1000-terms.VerifierStake)
		}
		if err := l.Audit(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPerturbCheckpointErrors(t *testing.T) {
	dir := t.TempDir()
	for _, j := range []int{0, -1, 51, 1000} {
		if _, err := whistleblower.PerturbCheckpoint(task, honest, filepath.Join(dir, fmt.Sprint(j)), j, 1, nil); !errors.Is(err, prooflearn.ErrOutOfRange) {
			t.Errorf("checkpoint %d: %v", j, err)
		}
	}
	if _, err := whistleblower.PerturbCheckpoint(task, honest, filepath.Join(dir, "x"), 3, 0, nil); err == nil {
		t.Error("a zero perturbation was accepted")
	}
	if _, err := whistleblower.PerturbCheckpoint(task, honest, honest, 3, 1, nil); err == nil {
		t.Error("writing over the source proof was accepted")
	}
	other := *task
	other.Steps = 400
	if _, err := whistleblower.PerturbCheckpoint(&other, honest, filepath.Join(dir, "y"), 3, 1, nil); !errors.Is(err, prooflearn.ErrCommitment) {
		t.Errorf("another task's proof: %v", err)
	}
}

func TestDecodeReport(t *testing.T) {
	r := verify(t, honest)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	got, err := whistleblower.DecodeReport(b)
	if err != nil || got.Root != r.Root || got.Verdict != r.Verdict || len(got.Segments) != len(r.Segments) {
		t.Fatalf("round trip: %+v, %v", got, err)
	}
	path := filepath.Join(t.TempDir(), "report.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := whistleblower.ReadReport(path); err != nil || got.Root != r.Root {
		t.Fatalf("ReadReport: %+v, %v", got, err)
	}
	if _, err := whistleblower.ReadReport(path + ".missing"); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing report file: %v", err)
	}
	for name, bad := range map[string]string{
		"empty":    ``,
		"not json": `verdict: accepted`,
		"verdict":  `{"verdict":"maybe"}`,
		"unknown":  `{"verdict":"accepted","bonus":1}`,
		"trailing": `{"verdict":"accepted"} {}`,
		"negative": `{"verdict":"accepted","budget":-1}`,
		"root":     `{"verdict":"accepted","root":"zz"}`,
	} {
		if _, err := whistleblower.DecodeReport([]byte(bad)); !errors.Is(err, whistleblower.ErrMalformedReport) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func FuzzDecodeReport(f *testing.F) {
	f.Add([]byte(`{"verdict":"accepted","segments":[{"index":1,"passed":true}]}`))
	f.Add([]byte(`{"verdict":"rejected","findings":[{"check":"replay","message":"x","step":3,"segment":0}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := whistleblower.DecodeReport(b)
		if err != nil {
			if !errors.Is(err, whistleblower.ErrMalformedReport) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		again, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := whistleblower.DecodeReport(again)
		if err != nil || r2.Verdict != r.Verdict || r2.Root != r.Root || len(r2.Segments) != len(r.Segments) {
			t.Fatalf("re-decoding %s: %+v, %v", again, r2, err)
		}
	})
}
