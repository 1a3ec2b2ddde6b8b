// Package verifier checks a proof bundle against the task it claims to solve,
// and calibrates the thresholds it checks with (Calibrate, Profile).
//
// Verify does the cheap checks on everything and the expensive one on a few
// segments. Cheap: the bundle is bound to this task, dataset and seed; every
// stored checkpoint and batch hashes to its Merkle leaf and the leaves to the
// root; the initial weights and every batch are the ones the revealed seed
// gives; first-layer weights of input features that are zero in every
// committed example never move (they get no gradient); and the trajectory
// makes real progress (the loss on a committed sample falls). Expensive: it
// replays chosen segments (checkpoint i to i+1) and compares the reproduced
// weights with the claimed ones under L1, L2, L∞ and cosine distance against
// thresholds δ, and the L2 distance against a fraction ρ of the segment's
// claimed update.
//
// Segments are chosen by randomness keyed with the committed root and a
// verifier challenge the solver cannot know when it commits (WithChallenge;
// fresh random bytes by default), so a solver cannot re-roll its root until
// the draw misses its forged segments; plus the top-Q segments
// with the largest claimed updates, plus the segments on either side of an
// anomalous jump in update size. The budget is the fraction of steps
// replayed; the report states the detection probability it buys against a
// forger who forges a given fraction of segments.
//
// Hyperparameters, k and the schedule always come from the task, never from
// the bundle. Every rejection carries its evidence as a Finding.
package verifier

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io/fs"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Verdicts.
const (
	Accepted = "accepted"
	Rejected = "rejected"
)

// Check names, as findings and the README use them.
const (
	CheckManifest   = "manifest"
	CheckTask       = "task-binding"
	CheckCheckpoint = "checkpoint-file"
	CheckCommitment = "commitment"
	CheckRoot       = "merkle-root"
	CheckInit       = "initialisation"
	CheckDataOrder  = "data-order"
	CheckRNGState   = "rng-state"
	CheckReplay     = "replay"
	// CheckReplayOptimizer: the replay reproduces the parameters but not the
	// optimizer state (momentum buffers) the segment's end claims.
	CheckReplayOptimizer = "replay-optimizer-state"
	// CheckReplayState: the replay ends at another step or RNG state than
	// the one the segment's end claims.
	CheckReplayState = "replay-state"
	CheckReplayError = "replay-error"
	// CheckReplayRelative: a replay within δ whose distance is still large
	// next to the update the segment claims.
	CheckReplayRelative = "replay-relative"
	// CheckProgress: the trajectory does not lower the loss on a committed sample.
	CheckProgress = "progress"
	// CheckFrozen: a weight that can receive no gradient has moved.
	CheckFrozen = "frozen-weights"
	// CheckBase: a fine-tuning task's base proof is rejected, is not the one
	// the task names, or does not end where this proof starts.
	CheckBase = "base-proof"
)

// Report is the verifier's result, written as JSON by examples/verifier.
type Report struct {
	Verdict  string          `json:"verdict"`
	Task     string          `json:"task"`
	TaskHash prooflearn.Hash `json:"task_hash"`
	Root     prooflearn.Hash `json:"root"`
	// Challenge is the verifier's challenge (hex) that, with the root, keyed
	// the Fiat–Shamir draws: with it anyone can recompute which segments the
	// verifier had to replay.
	Challenge string `json:"challenge"`
	// MinProgress is the fraction by which the loss had to fall (0: the
	// progress check was off).
	MinProgress float64 `json:"min_progress"`
	// Thresholds are the δ in force and ThresholdSource where they came from.
	Thresholds      prooflearn.Thresholds `json:"thresholds"`
	ThresholdSource string                `json:"threshold_source"`
	// Relative is ρ: a replayed segment's L2 distance must also be at most
	// ρ times the L2 norm of the update it claims.
	Relative float64 `json:"relative"`
	// Profile names the profile the thresholds came from, or were compared
	// with ("" when none).
	Profile string `json:"profile,omitempty"`
	// Slack says how loose the thresholds in force are against the
	// profile's calibrated ones (nil without a profile).
	Slack *Slack `json:"slack,omitempty"`
	// Budget is the fraction of steps the verifier set out to replay.
	Budget float64 `json:"budget"`
	TopQ   int     `json:"top_q"`
	// Selection says how the replayed segments were chosen and what that buys.
	Selection *Selection      `json:"selection,omitempty"`
	Segments  []SegmentReport `json:"segments"`
	Progress  *ProgressReport `json:"progress,omitempty"`
	// Base is the verification of the base proof a fine-tuning task starts from.
	Base *Report `json:"base,omitempty"`
	// NotApplicable names the checks that cannot apply to this task's
	// model, with why and what bounds the attack they catch instead.
	NotApplicable []string  `json:"not_applicable,omitempty"`
	Findings      []Finding `json:"findings"`
	// ReplayedSteps ÷ TotalSteps is the replay cost relative to training.
	ReplayedSteps int     `json:"replayed_steps"`
	TotalSteps    int     `json:"total_steps"`
	Seconds       float64 `json:"seconds"`
}

// SegmentReport is one replayed segment.
type SegmentReport struct {
	Index      int      `json:"index"`
	FromStep   int      `json:"from_step"`
	ToStep     int      `json:"to_step"`
	Reasons    []string `json:"selected_by"`
	UpdateNorm float64  `json:"update_norm"`
	// Distances are the parameters' distances from the claimed end.
	Distances prooflearn.Distances `json:"distances"`
	// OptimizerDistances are the optimizer state's (nil for plain SGD).
	OptimizerDistances *prooflearn.Distances `json:"optimizer_distances,omitempty"`
	// Relative is the L2 distance over the claimed update's L2 norm.
	Relative   float64               `json:"relative"`
	Thresholds prooflearn.Thresholds `json:"thresholds"`
	Passed     bool                  `json:"passed"`
	Exceeded   []prooflearn.Exceeded `json:"exceeded,omitempty"`
	Error      string                `json:"error,omitempty"`
}

// Finding is one piece of evidence against the bundle.
type Finding struct {
	Check   string `json:"check"`
	Message string `json:"message"`
	// Step and Segment locate the evidence when it has a place (-1 otherwise).
	Step    int `json:"step"`
	Segment int `json:"segment"`
}

func (f Finding) String() string { return f.Check + ": " + f.Message }

// SettlesWithoutGame reports whether a finding of check needs no dispute
// game: it is a deterministic recomputation anyone holding the task, the
// dataset and the bundle repeats exactly and cheaply (the binding, the
// files and their commitments, the seed's initialisation and data order,
// the RNG state, the progress on the committed sample, a base proof). The
// replay checks and frozen-weights place the fault in a segment; those are
// what the two-level game exists to pin down to one operator.
func SettlesWithoutGame(check string) bool {
	switch check {
	case CheckManifest, CheckTask, CheckCheckpoint, CheckCommitment, CheckRoot, CheckInit, CheckDataOrder, CheckRNGState, CheckProgress, CheckBase:
		return true
	}
	return false
}

// Recomputable lists the report's findings that settle without a game
// (SettlesWithoutGame).
func (r *Report) Recomputable() []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if SettlesWithoutGame(f.Check) {
			out = append(out, f)
		}
	}
	return out
}

// Segment selection reasons.
const (
	ByFiatShamir = "fiat-shamir"
	ByTopQ       = "top-q"
	ByAnomaly    = "anomalous-jump"
	ByEvidence   = "commitment-mismatch"
	// ByFinal: the segment that ends at the delivered weights, replayed at
	// every budget.
	ByFinal = "final-checkpoint"
)

// Progress reports replay progress.
type Progress struct {
	Phase       string
	Done, Total int
}

type config struct {
	thresholds   *prooflearn.Thresholds
	source       string
	relative     float64
	profile      *Profile
	profileName  string
	budget       float64
	topQ         int
	anomalyRatio float64
	maxAnomalies int
	minProgress  float64
	minGiven     bool // minProgress came from WithMinProgress
	challenge    []byte
	progress     func(Progress)
	base         *BaseProof
}

// Option configures Verify.
type Option func(*config)

// WithThresholds overrides the task's δ (source names where they came from).
func WithThresholds(th prooflearn.Thresholds, source string) Option {
	return func(c *config) { c.thresholds, c.source = &th, source }
}

// WithProfile takes δ and ρ from a calibrated profile (name is how the
// report refers to it, e.g. its path). The profile must be for this task.
// WithThresholds, given as well, overrides its δ.
func WithProfile(p *Profile, name string) Option {
	return func(c *config) { c.profile, c.profileName = p, name }
}

// WithRelative sets ρ, the largest replay distance allowed as a fraction of a
// segment's claimed update (default DefaultRelative, or the profile's).
func WithRelative(rho float64) Option { return func(c *config) { c.relative = rho } }

// WithBudget sets the fraction of the task's steps to replay (default
// DefaultBudget): the top-Q segments and the Fiat–Shamir sample share it, and
// at least one segment is always drawn by Fiat–Shamir. Segments next to
// anomalous jumps, and those ending at a checkpoint that fails its
// commitment, are replayed on top of it.
func WithBudget(f float64) Option { return func(c *config) { c.budget = f } }

// WithTopQ sets how many of the largest claimed updates are always replayed (default 1).
func WithTopQ(q int) Option { return func(c *config) { c.topQ = q } }

// WithAnomalies sets when a change in update size between neighbouring
// segments is an anomalous jump (the ratio of the larger to the smaller
// update norm, default DefaultAnomalyRatio) and how many of the largest such
// jumps get both of their segments replayed (default DefaultMaxAnomalies).
func WithAnomalies(ratio float64, max int) Option {
	return func(c *config) { c.anomalyRatio, c.maxAnomalies = ratio, max }
}

// WithMinProgress sets the fraction by which the final checkpoint's loss on
// the committed sample must be below the initial checkpoint's, overriding the
// task's "min_progress" (default: the task's, else DefaultMinProgress). 0
// turns the progress check off.
func WithMinProgress(f float64) Option {
	return func(c *config) { c.minProgress, c.minGiven = f, true }
}

// WithChallenge sets the verifier's challenge: the bytes that, with the
// committed root, key the random choice of segments to replay and of the
// examples the progress check scores. The solver must not know them before it
// commits, or it could re-roll its root until the draw misses its forgery; by
// default Verify draws ChallengeSize fresh bytes from crypto/rand. Give a
// fixed challenge only to reproduce a verification (the report records it);
// an empty one draws a fresh challenge.
func WithChallenge(nonce []byte) Option {
	return func(c *config) { c.challenge = append([]byte(nil), nonce...) }
}

// WithProgress registers a callback for replay progress.
func WithProgress(fn func(Progress)) Option { return func(c *config) { c.progress = fn } }

// Defaults.
const (
	// DefaultBudget replays 5% of the steps: for the tiny task (50 segments
	// of 10 steps) the top update and one Fiat–Shamir segment.
	DefaultBudget = 0.05
	DefaultTopQ   = 1
	// DefaultRelative is ρ when no profile gives one.
	DefaultRelative     = 0.01
	DefaultAnomalyRatio = 4
	DefaultMaxAnomalies = 2
	DefaultMinProgress  = 0.1
	// ChallengeSize is the length of the random challenge Verify draws.
	ChallengeSize = 32
)

// Dataset is the committed training data the verifier replays on: the
// interface every role takes (train.Dataset).
type Dataset = train.Dataset

// Verify checks the bundle in dir against task and data. The error is for
// problems on the verifier's side (a bad task, the wrong dataset, a missing
// directory); anything wrong with the bundle is a rejection in the report.
// It is VerifyFS on bundle.DirFS(dir): no file name or symbolic link in the
// bundle reaches outside dir.
func Verify(ctx context.Context, task *prooflearn.Task, data Dataset, dir string, opts ...Option) (*Report, error) {
	return verifyBundle(ctx, task, data, bundle.DirFS(dir), "proof directory "+dir, opts)
}

// VerifyFS checks the bundle held in fsys (a directory, an archive such as
// archive/zip's Reader, memory) against task and data, as Verify does.
func VerifyFS(ctx context.Context, task *prooflearn.Task, data Dataset, fsys fs.FS, opts ...Option) (*Report, error) {
	return verifyBundle(ctx, task, data, fsys, "proof bundle", opts)
}

func verifyBundle(ctx context.Context, task *prooflearn.Task, data Dataset, fsys fs.FS, name string, opts []Option) (*Report, error) {
	cfg := config{budget: DefaultBudget, topQ: DefaultTopQ, relative: -1,
		anomalyRatio: DefaultAnomalyRatio, maxAnomalies: DefaultMaxAnomalies}
	for _, o := range opts {
		o(&cfg)
	}
	if err := task.Validate(); err != nil {
		return nil, err
	}
	seed, err := task.RevealedSeed()
	if err != nil {
		return nil, err
	}
	if err := train.CheckDataset(task, data); err != nil {
		return nil, err
	}
	if !(cfg.budget > 0 && cfg.budget <= 1) || cfg.topQ < 0 {
		return nil, fmt.Errorf("verifier: budget %v must be in (0, 1] and top-Q %d ≥ 0", cfg.budget, cfg.topQ)
	}
	if !cfg.minGiven {
		cfg.minProgress = DefaultMinProgress
		if task.MinProgress != nil {
			cfg.minProgress = *task.MinProgress
		}
	}
	if len(cfg.challenge) == 0 {
		cfg.challenge = make([]byte, ChallengeSize)
		if _, err := rand.Read(cfg.challenge); err != nil {
			return nil, fmt.Errorf("verifier: drawing a challenge: %w", err)
		}
	}
	if !(cfg.anomalyRatio > 1) || cfg.maxAnomalies < 0 || !(cfg.minProgress >= 0 && cfg.minProgress < 1) {
		return nil, fmt.Errorf("verifier: anomaly ratio %v must be > 1, anomalies %d ≥ 0, minimum progress %v in [0, 1)", cfg.anomalyRatio, cfg.maxAnomalies, cfg.minProgress)
	}
	if p := cfg.profile; p != nil {
		if err := p.check(task); err != nil {
			return nil, err
		}
		if cfg.thresholds == nil {
			th := p.Thresholds
			cfg.thresholds, cfg.source = &th, "profile "+cfg.profileName
		}
		if cfg.relative < 0 {
			cfg.relative = p.Relative
		}
	}
	if cfg.relative < 0 {
		cfg.relative = DefaultRelative
	}
	if (task.Base == nil) != (cfg.base == nil) {
		if task.Base == nil {
			return nil, fmt.Errorf("%w: task %q has no base, but a base proof was given", prooflearn.ErrInvalidTask, task.Name)
		}
		return nil, fmt.Errorf("%w: task %q fine-tunes proof %s: the base proof is needed to verify it", prooflearn.ErrInvalidTask, task.Name, task.Base.Root)
	}
	if !(cfg.relative >= 0) {
		return nil, fmt.Errorf("verifier: relative tolerance ρ %v must be ≥ 0", cfg.relative)
	}
	if task.Exact() {
		// The deterministic kernels, and fixed-point integers, reproduce the
		// claimed bits exactly on every platform: any distance at all is a
		// rejection.
		cfg.thresholds, cfg.source, cfg.relative = &prooflearn.Thresholds{}, task.Mode, 0
	}
	if cfg.thresholds == nil {
		if task.Delta == nil {
			return nil, fmt.Errorf("%w: no thresholds: the task has no \"delta\" and none were given", prooflearn.ErrInvalidTask)
		}
		cfg.thresholds, cfg.source = task.Delta, "task"
	}
	if err := cfg.thresholds.Validate(); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	if err := cfg.thresholds.CheckOptimizerThresholds(task); err != nil {
		return nil, fmt.Errorf("verifier: %w", err)
	}
	if !task.Exact() && task.Optimizer.Type == "momentum" && cfg.thresholds.Optimizer == nil {
		cfg.source += "; optimizer δ derived from the parameters' as δ·(1−μ)/η"
	}
	resolved := cfg.thresholds.Resolve(task)
	cfg.thresholds = &resolved
	start := time.Now()
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	v := &run{task: task, data: data, fsys: fsys, name: name, seed: seed, order: order, cfg: cfg, ctx: ctx}
	v.report = &Report{
		Task: task.Name, TaskHash: task.Hash(), Challenge: hex.EncodeToString(cfg.challenge), MinProgress: cfg.minProgress, Thresholds: *cfg.thresholds, ThresholdSource: cfg.source,
		Relative: cfg.relative, Budget: cfg.budget, TopQ: cfg.topQ, TotalSteps: task.Steps,
		Segments: []SegmentReport{}, Findings: []Finding{},
	}
	if cfg.profile != nil {
		v.report.Profile = cfg.profileName
		v.report.Slack = slack(*cfg.thresholds, cfg.profile.Thresholds.Resolve(task))
	}
	if err := v.verify(); err != nil {
		return nil, err
	}
	v.report.Seconds = time.Since(start).Seconds()
	v.report.Verdict = Accepted
	if len(v.report.Findings) > 0 {
		v.report.Verdict = Rejected
	}
	return v.report, nil
}

type run struct {
	task   *prooflearn.Task
	data   Dataset
	fsys   fs.FS                 // the bundle
	name   string                // what the verifier's errors call it
	order  *prooflearn.DataOrder // the seed's data order, shared by every check
	seed   []byte
	cfg    config
	ctx    context.Context
	report *Report

	manifest *prooflearn.Manifest
	ckpts    []*prooflearn.Checkpoint // nil where unreadable
	leaves   []prooflearn.Hash        // each readable checkpoint's leaf, hashed once
	badLeaf  []bool
}

func (v *run) reject(check string, step, segment int, format string, args ...any) {
	v.report.Findings = append(v.report.Findings, Finding{Check: check, Message: fmt.Sprintf(format, args...), Step: step, Segment: segment})
}

func (v *run) verify() error {
	if st, err := fs.Stat(v.fsys, "."); err != nil || !st.IsDir() {
		return fmt.Errorf("%s: not found or not a directory", v.name)
	}
	m, err := bundle.ReadManifestFS(v.fsys, v.task)
	if err != nil {
		v.reject(CheckManifest, -1, -1, "%v", err)
		return nil
	}
	v.manifest = m
	v.report.Root = m.Root
	if !v.checkBinding() {
		return nil
	}
	v.checkCheckpoints()
	batchLeaves := v.checkBatches()
	v.checkRoot(batchLeaves)
	if err := v.checkInit(); err != nil {
		return err
	}
	v.checkFrozen()
	if err := v.checkProgress(); err != nil {
		return err
	}
	return v.replaySegments()
}

// checkBinding compares what the manifest says it proves with the task. A
// mismatch here ends verification: nothing else in the bundle is about this task.
func (v *run) checkBinding() bool {
	m, t := v.manifest, v.task
	ok := true
	if m.TaskHash != t.Hash() {
		v.reject(CheckTask, -1, -1, "bundle proves task %s, this task is %s (hyperparameters, model or schedule differ)", m.TaskHash, t.Hash())
		ok = false
	}
	if m.DatasetRoot != t.Dataset.Root {
		v.reject(CheckTask, -1, -1, "bundle trained on dataset %s, the task commits to %s", m.DatasetRoot, t.Dataset.Root)
		ok = false
	}
	if m.SeedCommitment.String() != t.SeedCommitment {
		v.reject(CheckTask, -1, -1, "bundle used seed commitment %s, the task's is %s", m.SeedCommitment, t.SeedCommitment)
		ok = false
	}
	if m.Steps != t.Steps || m.CheckpointInterval != t.CheckpointInterval {
		v.reject(CheckTask, -1, -1, "bundle has %d steps at interval %d, the task asks for %d at %d", m.Steps, m.CheckpointInterval, t.Steps, t.CheckpointInterval)
		ok = false
	}
	return ok
}

// maxValueArena bounds the memory reserved up front for a bundle's
// checkpoint values.
const maxValueArena = 1 << 30

func (v *run) checkCheckpoints() {
	steps := v.task.CheckpointSteps()
	order := v.order
	v.ckpts = make([]*prooflearn.Checkpoint, len(steps))
	v.leaves = make([]prooflearn.Hash, len(steps))
	v.badLeaf = make([]bool, len(steps))
	// Reading, decoding and hashing the checkpoints is most of the cheap
	// checks' cost: it runs on every core, and the findings are then made
	// in checkpoint order, as a sequential pass would make them.
	type read struct {
		c    *prooflearn.Checkpoint
		leaf prooflearn.Hash
		err  error
	}
	reads := make([]read, len(v.manifest.Checkpoints))
	// One file buffer per worker, reused for every checkpoint it reads:
	// the files are all of one size, and fresh memory for each costs
	// more in page faults than the read.
	readers := make(chan *bundle.CheckpointReader, runtime.GOMAXPROCS(0))
	// And the values of every checkpoint in one allocation, sized by the
	// task (the manifest's list has the task's length, or the reads
	// below stop at the first step out of place): fresh memory for each
	// tensor would fault in every 4 KiB of the bundle's state.
	// At most maxValueArena of it: beyond, tensors are allocated one by
	// one as the files are found valid, as they always were.
	size := int64(maxValueArena)
	if per := v.task.CheckpointPayloadBytes(); per <= size/int64(len(steps)) {
		size = int64(len(steps)) * per
	}
	values := bundle.NewValueArena(size)
	parallel(len(reads), func(j int) {
		ref := v.manifest.Checkpoints[j]
		if ref.Step != steps[j] {
			return
		}
		var r *bundle.CheckpointReader
		select {
		case r = <-readers:
		default:
			r = &bundle.CheckpointReader{Values: values}
		}
		defer func() {
			select {
			case readers <- r:
			default:
			}
		}()
		// Sizes and shapes are checked against the task before any data
		// is read: the work is bounded by the task, not by the file.
		c, err := r.ReadFS(v.fsys, ref.File, v.task)
		if err == nil && c.Step == ref.Step {
			reads[j].leaf = c.LeafHash()
		}
		reads[j].c, reads[j].err = c, err
	})
	for j, ref := range v.manifest.Checkpoints {
		if ref.Step != steps[j] {
			v.reject(CheckCheckpoint, ref.Step, -1, "checkpoint %d is listed at step %d, the task puts it at step %d", j, ref.Step, steps[j])
			v.badLeaf[j] = true
			continue
		}
		c, err := reads[j].c, reads[j].err
		if err != nil {
			v.reject(CheckCheckpoint, ref.Step, -1, "checkpoint at step %d: %v", ref.Step, err)
			v.badLeaf[j] = true
			continue
		}
		if c.Step != ref.Step {
			v.reject(CheckCheckpoint, ref.Step, -1, "file for step %d holds the checkpoint of step %d", ref.Step, c.Step)
			v.badLeaf[j] = true
			continue
		}
		leaf := reads[j].leaf
		v.leaves[j] = leaf
		if leaf != ref.Leaf {
			v.reject(CheckCommitment, ref.Step, -1, "checkpoint at step %d hashes to %s, the manifest commits to %s", ref.Step, leaf, ref.Leaf)
			v.badLeaf[j] = true
		}
		if want := order.State(c.Step); c.RNG != want {
			v.reject(CheckRNGState, ref.Step, -1, "checkpoint at step %d has RNG state %+v, the seed gives %+v", ref.Step, c.RNG, want)
		}
		v.ckpts[j] = c
	}
}

// checkBatches compares every step's stored batch with the seed's data order
// and returns the batch leaves (computed from the stored batches).
func (v *run) checkBatches() []prooflearn.Hash {
	bs, err := bundle.ReadBatchesFS(v.fsys, v.manifest, v.task)
	if err != nil {
		v.reject(CheckDataOrder, -1, -1, "batches file: %v", err)
		return nil
	}
	if bs.BatchSize != v.task.BatchSize {
		v.reject(CheckDataOrder, -1, -1, "batches of %d, the task's batch size is %d", bs.BatchSize, v.task.BatchSize)
	}
	order := v.order
	leaves := make([]prooflearn.Hash, len(bs.Indices))
	reported := 0
	for s, idx := range bs.Indices {
		leaves[s] = prooflearn.LeafHash(prooflearn.BatchCanonical(s, idx))
		want := order.Batch(s)
		for i := range want {
			if i >= len(idx) || idx[i] != want[i] {
				if reported < 5 {
					v.reject(CheckDataOrder, s, s/v.task.CheckpointInterval, "step %d batch position %d is example %d, the seed's order gives %d", s, i, at(idx, i), want[i])
				}
				reported++
				break
			}
		}
	}
	if reported > 5 {
		v.reject(CheckDataOrder, -1, -1, "%d steps in all deviate from the seed's data order", reported)
	}
	return leaves
}

func at(s []int, i int) int {
	if i < len(s) {
		return s[i]
	}
	return -1
}

// checkRoot rebuilds the Merkle tree from the stored objects.
func (v *run) checkRoot(batchLeaves []prooflearn.Hash) {
	m := v.manifest
	if batchLeaves == nil {
		return // already rejected: the batches could not be read
	}
	ckptLeaves := make([]prooflearn.Hash, len(m.Checkpoints))
	for j, c := range v.ckpts {
		if c == nil {
			return // already rejected; the root cannot be recomputed
		}
		ckptLeaves[j] = v.leaves[j]
	}
	if got := prooflearn.ProofRoot(v.task.Hash(), v.task.Dataset.Root, m.SeedCommitment, ckptLeaves, batchLeaves, v.task.CheckpointInterval); got != m.Root {
		err := &prooflearn.RootMismatchError{Expected: m.Root, Calculated: got}
		v.reject(CheckRoot, -1, -1, "%v", err)
	}
}

func (v *run) checkInit() error {
	if v.ckpts[0] == nil {
		return nil
	}
	if v.task.Base != nil {
		return v.checkBase()
	}
	want, err := prooflearn.InitialCheckpoint(v.task, v.seed)
	if err != nil {
		v.reject(CheckInit, 0, 0, "%v", err)
		return nil
	}
	if got := v.leaves[0]; got != want.LeafHash() {
		d, _ := prooflearn.ParamDistances(want.Params, v.ckpts[0].Params, want.Params)
		v.reject(CheckInit, 0, 0, "initial weights are not the ones the seed gives (L2 distance %.6g, L∞ %.6g)", d.L2, d.LInf)
	}
	return nil
}

func (v *run) replaySegments() error {
	sel, chosen := v.selectSegments()
	v.report.Selection = sel
	segs := make([]int, 0, len(chosen))
	for s := range chosen {
		segs = append(segs, s)
	}
	sort.Ints(segs)
	// Segments are independent: each worker replays its share on its own
	// trainer, and the reports and findings are then added in segment
	// order, as a sequential pass would add them. The kernels' results do
	// not depend on which thread runs them.
	results := make([]segmentResult, len(segs))
	var mu sync.Mutex // guards trainers and the progress count
	var trainers []*train.Trainer
	done := 0
	if v.cfg.progress != nil {
		v.cfg.progress(Progress{Phase: "replay", Done: 0, Total: len(segs)})
	}
	parallel(len(segs), func(i int) {
		if err := v.ctx.Err(); err != nil {
			results[i].err = err
			return
		}
		mu.Lock()
		var tr *train.Trainer
		if n := len(trainers); n > 0 {
			tr, trainers = trainers[n-1], trainers[:n-1]
		}
		mu.Unlock()
		if tr == nil {
			var err error
			if tr, err = newTrainer(v.task, v.data); err != nil {
				results[i].err = err
				return
			}
		}
		results[i] = v.replaySegment(tr, segs[i], chosen[segs[i]])
		mu.Lock()
		trainers = append(trainers, tr)
		done++
		if v.cfg.progress != nil && done < len(segs) {
			v.cfg.progress(Progress{Phase: "replay", Done: done, Total: len(segs)})
		}
		mu.Unlock()
	})
	for _, r := range results {
		if r.err != nil {
			return r.err
		}
		v.report.Segments = append(v.report.Segments, r.report)
		v.report.Findings = append(v.report.Findings, r.findings...)
		v.report.ReplayedSteps += r.steps
	}
	if v.cfg.progress != nil {
		v.cfg.progress(Progress{Phase: "replay", Done: len(segs), Total: len(segs)})
	}
	return nil
}

// buildMu serialises building trainers: gorgonia's graph construction
// numbers node groups from a global counter without a lock. Running built
// trainers side by side shares nothing.
var buildMu sync.Mutex

func newTrainer(task *prooflearn.Task, data Dataset) (*train.Trainer, error) {
	buildMu.Lock()
	defer buildMu.Unlock()
	return train.New(task, data)
}

// segmentResult is one replayed segment: its report, the findings it
// raises, the steps it ran, or an error that ends verification.
type segmentResult struct {
	report   SegmentReport
	findings []Finding
	steps    int
	err      error
}

// replaySegment replays segment s on tr and compares its end with the
// claimed checkpoint. It touches nothing shared but what it reads.
func (v *run) replaySegment(tr *train.Trainer, s int, reasons []string) (res segmentResult) {
	steps := v.task.CheckpointSteps()
	reject := func(check string, step int, format string, args ...any) {
		res.findings = append(res.findings, Finding{Check: check, Message: fmt.Sprintf(format, args...), Step: step, Segment: s})
	}
	sr := SegmentReport{Index: s, FromStep: steps[s], ToStep: steps[s+1], Reasons: reasons, Thresholds: *v.cfg.thresholds}
	defer func() { res.report = sr }()
	from, to := v.ckpts[s], v.ckpts[s+1]
	if from == nil || to == nil {
		sr.Error = "a checkpoint of this segment could not be read"
		return res
	}
	sr.UpdateNorm = prooflearn.UpdateNorm(from.Params, to.Params)
	if err := tr.Restore(from); err != nil {
		sr.Error = err.Error()
		reject(CheckReplayError, steps[s], "segment %d: cannot start from checkpoint at step %d: %v", s, steps[s], err)
		return res
	}
	var stepErr error
	for tr.Step() < steps[s+1] && stepErr == nil {
		_, stepErr = tr.TrainStep()
		res.steps++
	}
	if stepErr != nil {
		sr.Error = stepErr.Error()
		reject(CheckReplayError, tr.Step(), "segment %d (steps %d→%d): replay failed: %v", s, steps[s], steps[s+1], stepErr)
		return res
	}
	got := tr.Checkpoint()
	sd, err := prooflearn.CompareStates(from, got, to)
	if err != nil {
		res.err = err
		return res
	}
	d := sd.Params
	sr.Distances, sr.OptimizerDistances = d, sd.Optimizer
	sr.Exceeded = sd.Check(*v.cfg.thresholds)
	for _, e := range sr.Exceeded {
		switch e.Kind {
		case prooflearn.KindParams:
			reject(CheckReplay, steps[s+1], "segment %d (steps %d→%d): parameters' %s distance %.6g exceeds δ %.6g", s, steps[s], steps[s+1], e.Metric, e.Distance, e.Delta)
		case prooflearn.KindOptimizer:
			reject(CheckReplayOptimizer, steps[s+1], "segment %d (steps %d→%d): the replay reproduces the claimed end's optimizer state (momentum buffers) only to %s distance %.6g, over δ %.6g", s, steps[s], steps[s+1], e.Metric, e.Distance, e.Delta)
		default:
			reject(CheckReplayState, steps[s+1], "segment %d (steps %d→%d): the replay's %s differs from the claimed end's", s, steps[s], steps[s+1], e.Metric)
		}
	}
	// Within δ is not enough where δ is large next to the update itself
	// (late training, a small learning rate): the claimed update must
	// also be nearly the one the replay makes.
	if sr.Relative = relativeDistance(d.L2, sr.UpdateNorm); len(sr.Exceeded) == 0 && !(sr.Relative <= v.cfg.relative) {
		sr.Exceeded = append(sr.Exceeded, prooflearn.Exceeded{Metric: MetricRelative, Distance: sr.Relative, Delta: v.cfg.relative})
		reject(CheckReplayRelative, steps[s+1], "segment %d (steps %d→%d): l2 distance %.6g is %.3g of the claimed update %.6g, more than ρ %.3g", s, steps[s], steps[s+1], d.L2, sr.Relative, sr.UpdateNorm, v.cfg.relative)
	}
	sr.Passed = len(sr.Exceeded) == 0
	return res
}
