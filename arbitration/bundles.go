package arbitration

import (
	"fmt"
	"io/fs"
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Bundle is one side's proof bundle for a task, as the game reads it.
type Bundle struct {
	// Dir is the bundle's directory ("" for a bundle opened with
	// OpenBundleFS); FS serves its files either way.
	Dir      string
	FS       fs.FS
	Task     *prooflearn.Task
	Manifest *prooflearn.Manifest
	Batches  *prooflearn.Batches
}

// OpenBundle reads the manifest and batches of the bundle in dir that
// claims to prove task: OpenBundleFS on bundle.DirFS(dir), so no file name
// or symbolic link in the bundle reaches outside dir.
func OpenBundle(dir string, task *prooflearn.Task) (*Bundle, error) {
	b, err := OpenBundleFS(bundle.DirFS(dir), task)
	if err != nil {
		return nil, fmt.Errorf("bundle %s: %w", dir, err)
	}
	b.Dir = dir
	return b, nil
}

// OpenBundleFS reads the manifest and batches of the bundle held in fsys (a
// directory, an archive, memory) that claims to prove task. Every file is
// read within the sizes the task gives (bundle.ManifestLimit, BatchesLimit,
// CheckpointLimit).
func OpenBundleFS(fsys fs.FS, task *prooflearn.Task) (*Bundle, error) {
	m, err := bundle.ReadManifestFS(fsys, task)
	if err != nil {
		return nil, err
	}
	bs, err := bundle.ReadBatchesFS(fsys, m, task)
	if err != nil {
		return nil, err
	}
	return &Bundle{FS: fsys, Task: task, Manifest: m, Batches: bs}, nil
}

// Checkpoint reads checkpoint j and checks it against the manifest's leaf.
func (b *Bundle) Checkpoint(j int) (*prooflearn.Checkpoint, error) {
	if j < 0 || j >= len(b.Manifest.Checkpoints) {
		return nil, fmt.Errorf("%w: checkpoint %d of %d", prooflearn.ErrOutOfRange, j, len(b.Manifest.Checkpoints))
	}
	ref := b.Manifest.Checkpoints[j]
	fsys := b.FS
	if fsys == nil {
		fsys = bundle.DirFS(b.Dir)
	}
	c, err := bundle.ReadCheckpointFS(fsys, ref.File, b.Task)
	if err != nil {
		return nil, err
	}
	if c.Step != ref.Step {
		return nil, fmt.Errorf("%w: checkpoint file for step %d holds step %d", prooflearn.ErrMalformed, ref.Step, c.Step)
	}
	if leaf := c.LeafHash(); leaf != ref.Leaf {
		return nil, fmt.Errorf("%w: checkpoint at step %d hashes to %s, the manifest commits to %s", prooflearn.ErrCommitment, ref.Step, leaf, ref.Leaf)
	}
	return c, nil
}

// ForfeitError is a side that loses before the game starts: its bundle
// does not back its own commitments (a missing or mismatching checkpoint,
// another task, initial weights the seed does not give).
type ForfeitError struct {
	Party  Party
	Reason string
}

func (e *ForfeitError) Error() string { return fmt.Sprintf("%s forfeits: %s", e.Party, e.Reason) }

// DefaultRelative is ρ, the largest replay distance allowed as a fraction of
// a segment's claimed update, when no WithRelative is given (the verifier's
// default).
const DefaultRelative = 0.01

// CaseOption configures CaseFromBundles.
type CaseOption func(*caseConfig)

type caseConfig struct {
	th  *prooflearn.Thresholds
	rho float64
}

// WithThresholds sets δ, the distances within which a replayed segment of
// the solver's bundle reproduces its claimed end (tolerant mode; default the
// task's "delta").
func WithThresholds(th prooflearn.Thresholds) CaseOption {
	return func(c *caseConfig) { c.th = &th }
}

// WithRelative sets ρ: a replayed segment's L2 distance must also be at most
// ρ times the segment's claimed update (tolerant mode; default DefaultRelative).
func WithRelative(rho float64) CaseOption { return func(c *caseConfig) { c.rho = rho } }

// CaseFromBundles finds the segment the two sides dispute.
//
// Tolerant mode: the first segment j of the solver's bundle whose claimed
// end checkpoint j+1 is not reproduced within δ (and ρ) when replayed, on
// the seed's batches, from the solver's own checkpoint j. The agreed start
// is the solver's checkpoint j, the solver claims its checkpoint j+1 and the
// challenger claims the replay's end. The challenger's bundle does not fix
// the segment (trained on another machine, it differs from the solver's in
// the last bits everywhere); it must back its own commitments. ErrNoDispute:
// every segment of the solver's bundle replays within δ.
//
// Deterministic mode: the first segment whose end checkpoints differ bit
// for bit, starting from a checkpoint both commit to. ErrNoDispute: they
// commit to the same checkpoints.
//
// A side whose bundle cannot back its claims is a *ForfeitError.
func CaseFromBundles(task *prooflearn.Task, data train.Dataset, solver, challenger *Bundle, opts ...CaseOption) (*Case, error) {
	seed, err := task.RevealedSeed()
	if err != nil {
		return nil, err
	}
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	bundles := map[Party]*Bundle{PartySolver: solver, PartyChallenger: challenger}
	steps := task.CheckpointSteps()
	for _, p := range sides {
		m := bundles[p].Manifest
		if m.TaskHash != task.Hash() || m.Steps != task.Steps || m.CheckpointInterval != task.CheckpointInterval || len(m.Checkpoints) != len(steps) {
			return nil, &ForfeitError{p, fmt.Sprintf("its bundle proves task %s with %d steps, not this task %s", m.TaskHash, m.Steps, task.Hash())}
		}
		if len(bundles[p].Batches.Indices) != task.Steps || bundles[p].Batches.BatchSize != task.BatchSize {
			return nil, &ForfeitError{p, "its batches file does not match the task"}
		}
	}
	if task.Exact() {
		return bitwiseCase(task, seed, order, solver, challenger)
	}
	cfg := caseConfig{th: task.Delta, rho: DefaultRelative}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.th == nil {
		return nil, fmt.Errorf("%w: no thresholds: the task has no \"delta\" and none were given", prooflearn.ErrInvalidTask)
	}
	if err := cfg.th.Validate(); err != nil {
		return nil, fmt.Errorf("%w: %v", prooflearn.ErrInvalidTask, err)
	}
	th := cfg.th.Resolve(task)
	cfg.th = &th
	if !(cfg.rho >= 0) {
		return nil, fmt.Errorf("%w: relative tolerance ρ %v must be ≥ 0", prooflearn.ErrInvalidTask, cfg.rho)
	}
	return toleranceCase(task, data, seed, order, cfg, solver, challenger)
}

// checkedCheckpoint reads checkpoint j of b and checks everything the seed
// fixes about it: its manifest leaf, its shapes, its data-order state and,
// for checkpoint 0 of a task trained from scratch, the initial weights.
func checkedCheckpoint(task *prooflearn.Task, order *prooflearn.DataOrder, init *prooflearn.Checkpoint, b *Bundle, j int) (*prooflearn.Checkpoint, error) {
	c, err := b.Checkpoint(j)
	if err != nil {
		return nil, err
	}
	if err := c.CheckShape(task); err != nil {
		return nil, err
	}
	if c.Step < task.Steps && c.RNG != order.State(c.Step) {
		return nil, fmt.Errorf("%w: data-order state %+v, the seed gives %+v", prooflearn.ErrCommitment, c.RNG, order.State(c.Step))
	}
	if j == 0 && init != nil && c.LeafHash() != init.LeafHash() {
		return nil, fmt.Errorf("%w: its initial checkpoint is not the one the seed gives", prooflearn.ErrCommitment)
	}
	return c, nil
}

// toleranceCase replays the solver's segments in order until one does not
// reproduce its claimed end within the thresholds.
func toleranceCase(task *prooflearn.Task, data train.Dataset, seed []byte, order *prooflearn.DataOrder, cfg caseConfig, solver, challenger *Bundle) (*Case, error) {
	if data == nil {
		return nil, fmt.Errorf("%w: replaying the solver's segments needs the dataset", prooflearn.ErrMalformed)
	}
	if err := train.CheckDataset(task, data); err != nil {
		return nil, err
	}
	var init *prooflearn.Checkpoint
	if task.Base == nil {
		var err error
		if init, err = prooflearn.InitialCheckpoint(task, seed); err != nil {
			return nil, err
		}
	}
	steps := task.CheckpointSteps()
	// The challenger's bundle must back every commitment it makes.
	for j := range steps {
		if _, err := checkedCheckpoint(task, order, init, challenger, j); err != nil {
			return nil, &ForfeitError{PartyChallenger, fmt.Sprintf("checkpoint %d: %v", j, err)}
		}
	}
	tr, err := train.New(task, data)
	if err != nil {
		return nil, err
	}
	from, err := checkedCheckpoint(task, order, init, solver, 0)
	if err != nil {
		return nil, &ForfeitError{PartySolver, fmt.Sprintf("checkpoint 0: %v", err)}
	}
	for j := 0; j+1 < len(steps); j++ {
		to, err := checkedCheckpoint(task, order, init, solver, j+1)
		if err != nil {
			return nil, &ForfeitError{PartySolver, fmt.Sprintf("checkpoint %d: %v", j+1, err)}
		}
		if err := tr.Restore(from); err != nil {
			return nil, &ForfeitError{PartySolver, fmt.Sprintf("checkpoint %d: %v", j, err)}
		}
		for tr.Step() < steps[j+1] {
			if _, err := tr.TrainStep(); err != nil {
				return nil, fmt.Errorf("replaying segment %d: %w", j, err)
			}
		}
		got := tr.Checkpoint()
		sd, err := prooflearn.CompareStates(from, got, to)
		if err != nil {
			return nil, err
		}
		exceeded := sd.Check(*cfg.th)
		if rel := relativeDistance(sd.Params.L2, prooflearn.UpdateNorm(from.Params, to.Params)); len(exceeded) == 0 && !(rel <= cfg.rho) {
			exceeded = append(exceeded, prooflearn.Exceeded{Metric: "relative", Distance: rel, Delta: cfg.rho})
		}
		claimed, replayed := StateRoot(to), StateRoot(got)
		if len(exceeded) == 0 || claimed == replayed {
			from = to
			continue
		}
		e := exceeded[0]
		return &Case{Task: task, Segment: j, FromStep: steps[j], ToStep: steps[j+1], Start: from,
			Claims:  map[Party]prooflearn.Hash{PartySolver: claimed, PartyChallenger: replayed},
			Replay:  true,
			Finding: fmt.Sprintf("segment %d (steps %d→%d) of the solver's bundle does not replay within δ: %s %s distance %.6g exceeds %.6g", j, steps[j], steps[j+1], stateKindName(e.Kind), e.Metric, e.Distance, e.Delta),
		}, nil
	}
	return nil, fmt.Errorf("%w: every segment of the solver's bundle replays within δ", ErrNoDispute)
}

// stateKindName is how findings name a kind of state.
func stateKindName(kind string) string {
	switch kind {
	case prooflearn.KindOptimizer:
		return "the optimizer state's (momentum buffers)"
	case prooflearn.KindParams, "":
		return "the parameters'"
	}
	return "the " + kind
}

// relativeDistance is the replay distance over the claimed update; a zero
// distance is 0 even for a zero update.
func relativeDistance(dist, update float64) float64 {
	switch {
	case dist == 0:
		return 0
	case update == 0:
		return math.Inf(1)
	}
	return dist / update
}

// bitwiseCase is the first segment whose end checkpoints differ bit for bit.
func bitwiseCase(task *prooflearn.Task, seed []byte, order *prooflearn.DataOrder, solver, challenger *Bundle) (*Case, error) {
	bundles := map[Party]*Bundle{PartySolver: solver, PartyChallenger: challenger}
	steps := task.CheckpointSteps()
	j := 0
	for j < len(steps) && solver.Manifest.Checkpoints[j].Leaf == challenger.Manifest.Checkpoints[j].Leaf {
		j++
	}
	if j == len(steps) {
		return nil, fmt.Errorf("%w: both bundles commit to the same %d checkpoints", ErrNoDispute, len(steps))
	}
	if j == 0 {
		init, err := prooflearn.InitialCheckpoint(task, seed)
		if err != nil {
			return nil, err
		}
		for _, p := range sides {
			if bundles[p].Manifest.Checkpoints[0].Leaf != init.LeafHash() {
				return nil, &ForfeitError{p, "its initial checkpoint is not the one the seed gives"}
			}
		}
	}
	start, err := solver.Checkpoint(j - 1)
	if err != nil {
		if _, err2 := challenger.Checkpoint(j - 1); err2 != nil {
			return nil, &ForfeitError{PartyChallenger, fmt.Sprintf("agreed checkpoint %d: %v", j-1, err2)}
		}
		return nil, &ForfeitError{PartySolver, fmt.Sprintf("agreed checkpoint %d: %v", j-1, err)}
	}
	c := &Case{Task: task, Segment: j - 1, FromStep: steps[j-1], ToStep: steps[j], Start: start, Claims: map[Party]prooflearn.Hash{}}
	for _, p := range sides {
		end, err := bundles[p].Checkpoint(j)
		if err != nil {
			return nil, &ForfeitError{p, fmt.Sprintf("checkpoint %d: %v", j, err)}
		}
		if err := end.CheckShape(task); err != nil {
			return nil, &ForfeitError{p, fmt.Sprintf("checkpoint %d: %v", j, err)}
		}
		if end.Step < task.Steps && end.RNG != order.State(end.Step) {
			return nil, &ForfeitError{p, fmt.Sprintf("checkpoint %d has data-order state %+v, the seed gives %+v", j, end.RNG, order.State(end.Step))}
		}
		c.Claims[p] = StateRoot(end)
	}
	if c.Claims[PartySolver] == c.Claims[PartyChallenger] {
		return nil, fmt.Errorf("%w: checkpoints %d differ only outside the training state", ErrNoDispute, j)
	}
	return c, nil
}

// NewPlayers fields both sides of a case CaseFromBundles made. The solver
// replays the segment on its bundle's batches and defends its bundle's end
// checkpoint. The challenger, in tolerant mode, is the honest replay from
// the agreed start on the seed's batches (NewSeedPlayer): its own bundle's
// checkpoint came from another start, maybe another machine, and is not
// what it defends. In deterministic mode it defends its bundle's end
// checkpoint, like the solver.
func NewPlayers(c *Case, data train.Dataset, solver, challenger *Bundle) (sp, cp *ReplayPlayer, err error) {
	if sp, err = NewBundlePlayer(c, data, solver); err != nil {
		return nil, nil, fmt.Errorf("solver's bundle: %w", err)
	}
	if c.Replay {
		cp, err = NewSeedPlayer(c, data)
	} else {
		cp, err = NewBundlePlayer(c, data, challenger)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("challenger's bundle: %w", err)
	}
	return sp, cp, nil
}

// NewSeedPlayer is the honest player: it replays the case's segment from
// the agreed start on the batches the task's revealed seed gives and
// defends whatever its replay gives.
func NewSeedPlayer(c *Case, data train.Dataset, opts ...PlayerOption) (*ReplayPlayer, error) {
	order, err := c.Task.DataOrder()
	if err != nil {
		return nil, err
	}
	batches := make([][]int, 0, c.ToStep-c.FromStep)
	for s := c.FromStep; s < c.ToStep; s++ {
		batches = append(batches, append([]int(nil), order.Batch(s)...))
	}
	return NewReplayPlayer(c, data, batches, opts...)
}

// NewBundlePlayer is the player a bundle's owner fields: it replays the
// case's segment on the bundle's own batches and defends the bundle's end
// checkpoint.
func NewBundlePlayer(c *Case, data train.Dataset, b *Bundle, opts ...PlayerOption) (*ReplayPlayer, error) {
	end, err := b.Checkpoint(c.Segment + 1)
	if err != nil {
		return nil, err
	}
	batches := b.Batches.Indices[c.FromStep:c.ToStep]
	return NewReplayPlayer(c, data, batches, append([]PlayerOption{DefendEnd(end)}, opts...)...)
}
