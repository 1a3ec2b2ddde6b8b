package verifier

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"sort"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// ProfileFormat identifies the profile file layout.
//
// v2 calibrates the optimizer state as well as the parameters; a v1 profile
// left it unchecked and is refused.
const ProfileFormat = "prooflearn-profile/v2"

// Profile is a task's calibrated thresholds and the measurements behind them.
//
// Calibrate replays segments of an honest reference run under perturbations
// that an honest solver may legitimately differ by: another thread count, the
// other floating-point width's rounding, the batch's examples summed in
// another order. δ for each metric is SafetyFactor × the largest distance
// any of these replays showed, but never less than Floors (one rounding unit
// of the task's dtype at the scale of a typical update), and ρ likewise from
// the largest distance relative to the segment's update. Every kind of state
// is calibrated the same way: the parameters in Thresholds and the optimizer
// buffers (momentum) in Thresholds.Optimizer.
//
// FalseRejectRate states the rate this buys, distribution-free: if an honest
// replay's error is exchangeable with the N calibration replays, the chance
// that it exceeds the largest of them is at most 1/(N+1). δ sits a safety
// factor above that largest one, so the stated rate is an upper bound.
type Profile struct {
	Format     string                `json:"format"`
	Task       string                `json:"task"`
	TaskHash   prooflearn.Hash       `json:"task_hash"`
	Thresholds prooflearn.Thresholds `json:"thresholds"`
	Relative   float64               `json:"relative"`
	Method     string                `json:"method"`
	// SafetyFactor multiplies the largest measured error.
	SafetyFactor float64 `json:"safety_factor"`
	// FalseRejectRate bounds the chance that one honest segment replay
	// exceeds the thresholds.
	FalseRejectRate float64 `json:"false_reject_rate"`
	// Segments are the reference run's segments that were replayed.
	Segments      []int          `json:"segments"`
	Perturbations []Perturbation `json:"perturbations"`
	// MeasuredMax and MeasuredRelative are the largest errors over all
	// replays, MeasuredOptimizer the optimizer state's (nil for plain SGD).
	MeasuredMax       prooflearn.Distances  `json:"measured_max"`
	MeasuredOptimizer *prooflearn.Distances `json:"measured_optimizer,omitempty"`
	MeasuredRelative  float64               `json:"measured_relative"`
	Floors            prooflearn.Thresholds `json:"floors"`
	Seconds           float64               `json:"seconds"`
}

// Perturbation is one legitimate way an honest replay may differ, and the
// largest error it produced.
type Perturbation struct {
	Name         string                `json:"name"`
	Description  string                `json:"description"`
	Replays      int                   `json:"replays"`
	Max          prooflearn.Distances  `json:"max"`
	MaxOptimizer *prooflearn.Distances `json:"max_optimizer,omitempty"`
	MaxRelative  float64               `json:"max_relative"`
}

// Profiling defaults.
const (
	DefaultProfileSegments = 25
	DefaultSafetyFactor    = 10
)

type profileConfig struct {
	segments  int
	safety    float64
	progress  func(Progress)
	observe   func(Replay)
	platforms []platformReplays
}

// Replay is one perturbed replay Calibrate measured: the profile keeps only
// each perturbation's largest distances; WithReplayObserver sees them all
// (for a histogram of the honest error, say).
type Replay struct {
	Perturbation string `json:"perturbation"`
	// Segment is the replayed segment's index.
	Segment int `json:"segment"`
	// Distances are the replayed end state's distances from the reference
	// run's, and Relative the parameters' L2 distance ÷ the segment's
	// update norm.
	Distances prooflearn.StateDistances `json:"distances"`
	Relative  float64                   `json:"relative"`
}

type platformReplays struct {
	label   string
	reports []*Report
}

// ProfileOption configures Calibrate.
type ProfileOption func(*profileConfig)

// WithProfileSegments sets how many segments, spread evenly over the run, are
// replayed under each perturbation (default DefaultProfileSegments).
func WithProfileSegments(n int) ProfileOption { return func(c *profileConfig) { c.segments = n } }

// WithSafetyFactor sets the factor between the largest measured error and δ
// (default DefaultSafetyFactor).
func WithSafetyFactor(f float64) ProfileOption { return func(c *profileConfig) { c.safety = f } }

// WithPlatformReports folds replays made across platforms into the
// calibration as one more legitimate perturbation, "platform-<label>": each
// report is a verification (at budget 1, with thresholds loose enough to
// measure rather than judge) of an honest bundle of the task trained on
// another platform, e.g. arm64, and replayed here. Its segments' distances
// count like the perturbed replays'.
func WithPlatformReports(label string, reports ...*Report) ProfileOption {
	return func(c *profileConfig) { c.platforms = append(c.platforms, platformReplays{label, reports}) }
}

// WithReplayObserver registers a callback that sees every perturbed replay
// Calibrate measures, in order, from the calling goroutine.
func WithReplayObserver(fn func(Replay)) ProfileOption {
	return func(c *profileConfig) { c.observe = fn }
}

// WithProfileProgress registers a callback for calibration progress.
func WithProfileProgress(fn func(Progress)) ProfileOption {
	return func(c *profileConfig) { c.progress = fn }
}

// perturbation replays steps from → to of a segment its own way, from the
// reference checkpoint, and returns the final state.
type perturbation struct {
	name, description string
	applies           func(*prooflearn.Task) bool
	replay            func(p *profiler, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error)
}

var perturbations = []perturbation{
	{"batch-reversed", "each batch's examples in reverse order: the same mean gradient, reduced in another order", always,
		func(p *profiler, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
			return p.replayOn(p.tr, from, to, true)
		}},
	{"portable-kernels", "the segment computed with the deterministic kernel set (prooflearn/kernels): another implementation of every operator, each sum in its own order", func(t *prooflearn.Task) bool { return t.Mode == "" || t.Mode == prooflearn.ModeTolerant },
		func(p *profiler, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
			if p.portable == nil {
				tp := *p.task
				tp.Mode = prooflearn.ModeDeterministic
				tr, err := train.New(&tp, p.data)
				if err != nil {
					return nil, err
				}
				p.portable = tr
			}
			return p.replayOn(p.portable, from, to, false)
		}},
	{"float64", "the segment computed in float64 and rounded to float32 at the end: float32's own rounding error", func(t *prooflearn.Task) bool { return t.ElemType() == prooflearn.Float32 },
		func(p *profiler, from *prooflearn.Checkpoint, to int) (*prooflearn.Checkpoint, error) {
			if p.tr64 == nil {
				t64 := *p.task
				t64.DType = prooflearn.Float64.String()
				tr, err := newTrainer(&t64, p.data)
				if err != nil {
					return nil, err
				}
				p.tr64 = tr
			}
			got, err := p.replayOn(p.tr64, convert(from, prooflearn.Float64), to, false)
			if err != nil {
				return nil, err
			}
			return convert(got, prooflearn.Float32), nil
		}},
}

func always(*prooflearn.Task) bool { return true }

type profiler struct {
	task  *prooflearn.Task
	data  Dataset
	order *prooflearn.DataOrder
	tr    *train.Trainer
	tr64  *train.Trainer
	// portable trains with the deterministic kernels (portable-kernels).
	portable *train.Trainer
}

func (p *profiler) replayOn(tr *train.Trainer, from *prooflearn.Checkpoint, to int, reversed bool) (*prooflearn.Checkpoint, error) {
	if err := tr.Restore(from); err != nil {
		return nil, err
	}
	for tr.Step() < to {
		batch := p.order.Batch(tr.Step())
		if reversed {
			for i, j := 0, len(batch)-1; i < j; i, j = i+1, j-1 {
				batch[i], batch[j] = batch[j], batch[i]
			}
		}
		if _, err := tr.StepOn(batch); err != nil {
			return nil, err
		}
	}
	return tr.Checkpoint(), nil
}

// Calibrate trains an honest reference run of task on data and measures how
// far legitimate perturbations move a replayed segment, returning the profile
// that sets δ and ρ from it.
//
// It is safe for concurrent use and changes no process-wide setting: the
// thread count is not a perturbation (every kernel set splits a product over
// its output, never over a sum, so it cannot change a bit).
func Calibrate(ctx context.Context, task *prooflearn.Task, data Dataset, opts ...ProfileOption) (*Profile, error) {
	if task.Exact() {
		// Verification of an exact task ignores any thresholds and compares
		// bit for bit; a profile would calibrate something never used.
		return nil, fmt.Errorf("%w: task %q trains in %s mode, reproduced bit for bit: verification uses δ = 0 and there is nothing to calibrate", prooflearn.ErrInvalidTask, task.Name, task.Mode)
	}
	cfg := profileConfig{segments: DefaultProfileSegments, safety: DefaultSafetyFactor}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.segments < 1 || !(cfg.safety >= 1) {
		return nil, fmt.Errorf("verifier: profiling needs at least one segment (got %d) and a safety factor ≥ 1 (got %v)", cfg.segments, cfg.safety)
	}
	if err := task.Validate(); err != nil {
		return nil, err
	}
	if err := train.CheckDataset(task, data); err != nil {
		return nil, err
	}
	seed, err := task.RevealedSeed()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	tr, err := newTrainer(task, data)
	if err != nil {
		return nil, err
	}
	p := &profiler{task: task, data: data, order: order, tr: tr}

	steps := task.CheckpointSteps()
	n := len(steps) - 1
	chosen := map[int]bool{}
	for i := 0; i < cfg.segments && i < n; i++ {
		chosen[i*n/min(cfg.segments, n)] = true
	}
	segs := make([]int, 0, len(chosen))
	for s := range chosen {
		segs = append(segs, s)
	}
	sort.Ints(segs)

	// The reference run, keeping the checkpoints the chosen segments need.
	ref := map[int]*prooflearn.Checkpoint{}
	var updates, optUpdates []float64
	last := segs[len(segs)-1] + 1
	for j := 0; j <= last; j++ {
		for tr.Step() < steps[j] {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			if _, err := tr.TrainStep(); err != nil {
				return nil, err
			}
		}
		if chosen[j] || chosen[j-1] {
			ref[j] = tr.Checkpoint()
		}
		if chosen[j-1] {
			updates = append(updates, prooflearn.UpdateNorm(ref[j-1].Params, ref[j].Params))
			optUpdates = append(optUpdates, prooflearn.UpdateNorm(ref[j-1].OptState, ref[j].OptState))
		}
		if cfg.progress != nil {
			cfg.progress(Progress{Phase: "reference", Done: j, Total: last})
		}
	}

	prof := &Profile{Format: ProfileFormat, Task: task.Name, TaskHash: task.Hash(), SafetyFactor: cfg.safety, Segments: segs}
	var active []perturbation
	for _, pt := range perturbations {
		if pt.applies(task) {
			active = append(active, pt)
		}
	}
	done, total := 0, len(active)*len(segs)
	for _, pt := range active {
		res := Perturbation{Name: pt.name, Description: pt.description}
		for _, s := range segs {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			got, err := pt.replay(p, ref[s], steps[s+1])
			if err != nil {
				return nil, fmt.Errorf("profiling %s on segment %d: %w", pt.name, s, err)
			}
			sd, err := prooflearn.CompareStates(ref[s], got, ref[s+1])
			if err != nil {
				return nil, err
			}
			d := sd.Params
			rel := relativeDistance(d.L2, prooflearn.UpdateNorm(ref[s].Params, ref[s+1].Params))
			res.Max = res.Max.Max(d)
			res.MaxOptimizer = maxOptional(res.MaxOptimizer, sd.Optimizer)
			res.MaxRelative = math.Max(res.MaxRelative, rel)
			res.Replays++
			done++
			if cfg.observe != nil {
				cfg.observe(Replay{Perturbation: pt.name, Segment: s, Distances: sd, Relative: rel})
			}
			if cfg.progress != nil {
				cfg.progress(Progress{Phase: "perturb", Done: done, Total: total})
			}
		}
		prof.Perturbations = append(prof.Perturbations, res)
		prof.MeasuredMax = prof.MeasuredMax.Max(res.Max)
		prof.MeasuredOptimizer = maxOptional(prof.MeasuredOptimizer, res.MaxOptimizer)
		prof.MeasuredRelative = math.Max(prof.MeasuredRelative, res.MaxRelative)
	}

	for _, pl := range cfg.platforms {
		res, err := platformPerturbation(task, pl)
		if err != nil {
			return nil, err
		}
		done += res.Replays
		prof.Perturbations = append(prof.Perturbations, res)
		prof.MeasuredMax = prof.MeasuredMax.Max(res.Max)
		prof.MeasuredOptimizer = maxOptional(prof.MeasuredOptimizer, res.MaxOptimizer)
		prof.MeasuredRelative = math.Max(prof.MeasuredRelative, res.MaxRelative)
	}

	// Floors: one rounding unit of the dtype at the scale of a typical update,
	// so a perturbation that happened to reproduce exactly does not set δ = 0.
	eps := math.Pow(2, -23)
	if task.ElemType() == prooflearn.Float64 {
		eps = math.Pow(2, -52)
	}
	params := 0
	for _, t := range ref[segs[0]].Params {
		params += t.Len()
	}
	k := cfg.safety
	prof.Floors = floors(updates, params, eps)
	prof.Thresholds = prof.MeasuredMax.Scale(k, prof.Floors)
	if prof.MeasuredOptimizer != nil {
		of := floors(optUpdates, params, eps)
		prof.Floors.Optimizer = &of
		ot := prof.MeasuredOptimizer.Scale(k, of)
		prof.Thresholds.Optimizer = &ot
	}
	prof.Relative = math.Max(k*prof.MeasuredRelative, eps)
	replays := done
	prof.FalseRejectRate = 1 / float64(replays+1)
	prof.Method = fmt.Sprintf("δ per metric = max(%g × the largest distance over %d perturbed replays of %d segments, floor); ρ likewise from distance ÷ claimed update; false-reject rate ≤ 1/(N+1) per replayed segment for N = %d exchangeable replays", k, replays, len(segs), replays)
	prof.Seconds = time.Since(start).Seconds()
	return prof, nil
}

// platformPerturbation turns reports of another platform's bundles into a
// perturbation's measurements.
func platformPerturbation(task *prooflearn.Task, pl platformReplays) (Perturbation, error) {
	res := Perturbation{Name: "platform-" + pl.label,
		Description: "honest bundles trained on " + pl.label + ", every segment replayed here from their checkpoints"}
	for _, r := range pl.reports {
		if r.TaskHash != task.Hash() {
			return res, fmt.Errorf("%w: a %s report is for task %s, not %s", prooflearn.ErrInvalidTask, pl.label, r.TaskHash, task.Hash())
		}
		if len(r.Segments) == 0 {
			return res, fmt.Errorf("%w: a %s report replayed no segment", prooflearn.ErrMalformed, pl.label)
		}
		for _, s := range r.Segments {
			if s.Error != "" {
				return res, fmt.Errorf("%w: a %s report could not replay segment %d: %s", prooflearn.ErrMalformed, pl.label, s.Index, s.Error)
			}
			res.Max = res.Max.Max(s.Distances)
			res.MaxOptimizer = maxOptional(res.MaxOptimizer, s.OptimizerDistances)
			res.MaxRelative = math.Max(res.MaxRelative, s.Relative)
			res.Replays++
		}
	}
	return res, nil
}

// maxOptional is the larger of each distance of two optional distances.
func maxOptional(a, b *prooflearn.Distances) *prooflearn.Distances {
	return prooflearn.StateDistances{Optimizer: a}.Max(prooflearn.StateDistances{Optimizer: b}).Optimizer
}

// floors are one rounding unit (eps) of the dtype at the scale of the
// median of the segments' update norms, per metric.
func floors(updates []float64, elems int, eps float64) prooflearn.Thresholds {
	u := slices.Clone(updates)
	sort.Float64s(u)
	typical := u[len(u)/2]
	return prooflearn.Thresholds{L1: eps * typical * math.Sqrt(float64(elems)), L2: eps * typical, LInf: eps * typical, Cosine: eps}
}

// convert returns a copy of c with every tensor in dtype dt.
func convert(c *prooflearn.Checkpoint, dt prooflearn.DType) *prooflearn.Checkpoint {
	out := &prooflearn.Checkpoint{Step: c.Step, RNG: c.RNG}
	conv := func(list []prooflearn.Tensor) []prooflearn.Tensor {
		var res []prooflearn.Tensor
		for i := range list {
			t := prooflearn.NewTensor(list[i].Name, dt, list[i].Shape...)
			for j := 0; j < t.Len(); j++ {
				setValue(&t, j, list[i].At(j))
			}
			res = append(res, t)
		}
		return res
	}
	out.Params, out.OptState = conv(c.Params), conv(c.OptState)
	return out
}

func setValue(t *prooflearn.Tensor, i int, v float64) {
	if t.DType == prooflearn.Float64 {
		t.F64[i] = v
	} else {
		t.F32[i] = float32(v)
	}
}

// check verifies that the profile is usable for task.
func (p *Profile) check(task *prooflearn.Task) error {
	if p.Format != ProfileFormat {
		return fmt.Errorf("%w: profile format %q, want %q", prooflearn.ErrMalformed, p.Format, ProfileFormat)
	}
	if p.TaskHash != task.Hash() {
		return fmt.Errorf("%w: the profile is for task %s (%s), this task is %s", prooflearn.ErrInvalidTask, p.Task, p.TaskHash, task.Hash())
	}
	if err := p.Thresholds.Validate(); err != nil {
		return fmt.Errorf("profile: %w", err)
	}
	if !(p.Relative >= 0) || math.IsInf(p.Relative, 0) {
		return fmt.Errorf("%w: profile ρ must be finite and ≥ 0", prooflearn.ErrMalformed)
	}
	if (task.Optimizer.Type == "momentum" || task.Optimizer.IsAdam()) && p.Thresholds.Optimizer == nil {
		return fmt.Errorf("%w: the profile has no thresholds for the optimizer state; calibrate again", prooflearn.ErrMalformed)
	}
	return nil
}

// Encode returns the profile as indented JSON.
func (p *Profile) Encode() ([]byte, error) {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// maxProfileBytes bounds a profile file; real ones are a few kilobytes.
const maxProfileBytes = 1 << 20

// ReadProfile reads a profile file written by Encode.
func ReadProfile(path string) (*Profile, error) {
	b, err := prooflearn.ReadLimited(path, maxProfileBytes)
	if err != nil {
		return nil, err
	}
	return DecodeProfile(b)
}

// DecodeProfile parses a profile; unknown fields are errors.
func DecodeProfile(b []byte) (*Profile, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var p Profile
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%w: profile: %v", prooflearn.ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: profile: trailing data", prooflearn.ErrMalformed)
	}
	if p.Format != ProfileFormat {
		return nil, fmt.Errorf("%w: profile format %q, want %q", prooflearn.ErrMalformed, p.Format, ProfileFormat)
	}
	return &p, nil
}
