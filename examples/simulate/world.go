package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/verifier"
	"github.com/prooflearn/prooflearn/whistleblower"
)

// Resolver plays a dispute between the proof in solverDir and the one in
// challengerDir (each side replays from its own bundle) and says who won.
type Resolver interface {
	Resolve(ctx context.Context, solverDir, challengerDir string) (*Resolution, error)
	Name() string
}

// Resolution is a resolver's ruling.
type Resolution struct {
	Winner arbitration.Party `json:"winner"`
	// Segment, Step and Op locate the disagreement (-1 / "" where unknown).
	Segment int    `json:"segment"`
	Step    int    `json:"step"`
	Op      string `json:"op,omitempty"`
	// Rounds is the number of moves the game took.
	Rounds int    `json:"rounds"`
	Reason string `json:"reason"`
}

// world holds the proofs a simulation draws from and caches every
// expensive answer about them: a bundle's verification, a whistleblower's
// assessment and a dispute's resolution are deterministic, so a simulation
// of thousands of tasks trains once and replays each distinct proof once.
type world struct {
	ctx  context.Context
	task *prooflearn.Task
	data verifier.Dataset
	dir  string

	honest string
	cheats []string // honest proofs with one checkpoint perturbed and re-committed
	forced []forced

	resolver Resolver

	mu       sync.Mutex
	reports  map[string]*verifier.Report
	full     map[string]*verifier.Report
	assessed map[[2]string]*whistleblower.Assessment
	resolved map[[2]string]*Resolution
}

type forced struct {
	dir string
	err *whistleblower.ForcedError
}

// cheatSizes are the perturbations the cheating variants use, as multiples
// of the largest honest update: blatant ones every diligent verifier
// catches, and subtle ones its sample can miss (the whistleblower's full
// check catches those).
var cheatSizes = []float64{3, 0.02}

// newWorld trains the honest proof in dir (resuming, so a kept directory
// is not trained twice) and derives the cheating and forced-error proofs
// from it afresh.
func newWorld(ctx context.Context, task *prooflearn.Task, data solver.Dataset, dir string, variants, forcedVariants int, progress func(solver.Progress)) (*world, error) {
	w := &world{ctx: ctx, task: task, data: data, dir: dir,
		reports: map[string]*verifier.Report{}, full: map[string]*verifier.Report{},
		assessed: map[[2]string]*whistleblower.Assessment{}, resolved: map[[2]string]*Resolution{}}
	w.honest = filepath.Join(dir, "honest")
	var opts []solver.Option
	if progress != nil {
		opts = append(opts, solver.WithProgress(progress))
	}
	m, err := solver.Train(ctx, task, data, w.honest, opts...)
	if err != nil {
		return nil, err
	}
	n := len(m.Checkpoints) - 1
	for v := range variants {
		out := filepath.Join(dir, fmt.Sprintf("cheat-%d", v))
		if err := os.RemoveAll(out); err != nil { // a kept directory's earlier derivation
			return nil, err
		}
		j := 1 + (v*13+5)%n
		if _, err := whistleblower.PerturbCheckpoint(task, w.honest, out, j, cheatSizes[v%len(cheatSizes)], []byte(out)); err != nil {
			return nil, err
		}
		w.cheats = append(w.cheats, out)
	}
	if variants > 0 {
		// A cheat whose fault names no segment: initial weights the seed
		// does not give.
		out := filepath.Join(dir, "cheat-init")
		if err := os.RemoveAll(out); err != nil {
			return nil, err
		}
		if err := initCheat(w.honest, out); err != nil {
			return nil, err
		}
		w.cheats = append(w.cheats, out)
	}
	for v := range forcedVariants {
		out := filepath.Join(dir, fmt.Sprintf("forced-%d", v))
		if err := os.RemoveAll(out); err != nil {
			return nil, err
		}
		fe, err := whistleblower.PlantForcedError(task, w.honest, out, fmt.Appendf(nil, "forced error %d", v))
		if err != nil {
			return nil, err
		}
		w.forced = append(w.forced, forced{dir: out, err: fe})
	}
	return w, nil
}

func (w *world) close() error { return os.RemoveAll(w.dir) }

// diligent is the report of a verifier that does its job.
func (w *world) diligent(dir string) (*verifier.Report, error) {
	return cached(w, w.reports, dir, func() (*verifier.Report, error) {
		return verifier.Verify(w.ctx, w.task, w.data, dir)
	})
}

// lazy is the report of a verifier that selects the sample the protocol
// requires but declares every segment passed without replaying any.
func (w *world) lazy(dir string) (*verifier.Report, error) {
	r, err := w.diligent(dir)
	if err != nil {
		return nil, err
	}
	out := *r
	out.Verdict, out.Findings, out.ReplayedSteps = verifier.Accepted, []verifier.Finding{}, 0
	out.Segments = make([]verifier.SegmentReport, len(r.Segments))
	for i, s := range r.Segments {
		s.Passed, s.Exceeded, s.Error, s.Distances, s.Relative = true, nil, "", prooflearn.Distances{}, 0
		out.Segments[i] = s
	}
	return &out, nil
}

func (w *world) fullCheck(dir string) (*verifier.Report, error) {
	return cached(w, w.full, dir, func() (*verifier.Report, error) {
		return whistleblower.CheckProof(w.ctx, w.task, w.data, dir)
	})
}

// assess is a whistleblower's assessment of a diligent or lazy report on dir.
func (w *world) assess(dir string, lazy bool) (*whistleblower.Assessment, error) {
	key := [2]string{dir, fmt.Sprint(lazy)}
	return cached(w, w.assessed, key, func() (*whistleblower.Assessment, error) {
		report := w.diligent
		if lazy {
			report = w.lazy
		}
		r, err := report(dir)
		if err != nil {
			return nil, err
		}
		full, err := w.fullCheck(dir)
		if err != nil {
			return nil, err
		}
		return whistleblower.Assess(w.ctx, w.task, w.data, dir, r, whistleblower.WithSolverCheck(full))
	})
}

func (w *world) resolve(solverDir, challengerDir string) (*Resolution, error) {
	return cached(w, w.resolved, [2]string{solverDir, challengerDir}, func() (*Resolution, error) {
		return w.resolver.Resolve(w.ctx, solverDir, challengerDir)
	})
}

// cached computes a value once per key. The lock is not held while
// computing: two callers may compute the same deterministic value.
func cached[K comparable, V any](w *world, m map[K]V, key K, compute func() (V, error)) (V, error) {
	w.mu.Lock()
	v, ok := m[key]
	w.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := compute()
	if err != nil {
		return v, err
	}
	w.mu.Lock()
	m[key] = v
	w.mu.Unlock()
	return v, nil
}

// replayResolver decides a dispute by checking the solver's proof in full
// with the verifier's replay: a proof that passes stands, one that fails
// loses, whatever the challenger's own proof holds. It stands in for the
// bisection game where a caller wants no game (-resolver replay).
type replayResolver struct{ w *world }

func (replayResolver) Name() string { return "replay" }

func (r replayResolver) Resolve(ctx context.Context, solverDir, challengerDir string) (*Resolution, error) {
	s, err := r.w.fullCheck(solverDir)
	if err != nil {
		return nil, err
	}
	res := &Resolution{Winner: arbitration.PartyChallenger, Segment: -1, Step: -1, Rounds: 1, Reason: "full replay of both proofs"}
	if s.Verdict == verifier.Accepted {
		res.Winner = arbitration.PartySolver
	}
	for _, f := range s.Findings {
		if f.Segment >= 0 && (res.Segment < 0 || f.Segment < res.Segment) {
			res.Segment, res.Step = f.Segment, f.Step
		}
	}
	return res, nil
}

// initCheat copies the honest bundle in src to dst with two initial weights
// swapped and every leaf and the root recomputed: a consistent forgery whose
// only fault is an initialisation the seed does not give, which anyone
// recomputes without a game.
func initCheat(src, dst string) error {
	m, err := bundle.ReadManifest(src)
	if err != nil {
		return err
	}
	files := []string{m.BatchesFile}
	for _, ref := range m.Checkpoints {
		files = append(files, ref.File)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dst, f)), 0o755); err != nil {
			return err
		}
		if err := prooflearn.WriteFileAtomic(filepath.Join(dst, f), b); err != nil {
			return err
		}
	}
	c, err := bundle.ReadCheckpoint(filepath.Join(dst, m.Checkpoints[0].File))
	if err != nil {
		return err
	}
	w := &c.Params[0]
	switch w.DType {
	case prooflearn.Float64:
		w.F64[0], w.F64[1] = w.F64[1], w.F64[0]
	case prooflearn.Int32:
		w.I32[0], w.I32[1] = w.I32[1], w.I32[0]
	default:
		w.F32[0], w.F32[1] = w.F32[1], w.F32[0]
	}
	if err := bundle.WriteCheckpoint(dst, c); err != nil {
		return err
	}
	m.Checkpoints[0].Leaf = c.LeafHash()
	return bundle.Recommit(dst, m)
}
