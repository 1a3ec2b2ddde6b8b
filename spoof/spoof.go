// Package spoof forges proof bundles: the spoofing attacks published against
// proof-of-learning, built through the same public API an honest solver uses.
// The verifier's tests and examples/spoof use it to show that every attack is
// rejected, and by which check.
//
// Every forger here is a consistent one: it recomputes every Merkle leaf and
// the root from the files it writes and binds the bundle to the task it
// attacks, so no bundle is caught by a root or binding mismatch. What gives
// each one away is the content: weights that the seed does not give, a
// segment that does not replay, a trajectory that does not learn.
//
// The "stolen" model an attack aims for is the final state of an honest run
// of the same task: what a forger who copied another solver's result, or
// took weights from elsewhere, wants to claim it trained.
package spoof

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

// Attack names.
const (
	Stitch      = "stitch"
	RankInit    = "rank-init"
	Interpolate = "interpolate"
	GradMatch   = "grad-match"
	TopQEvasion = "topq-evasion"
	HParamLie   = "hparam-lie"
	OrderLie    = "order-lie"
	DataTamper  = "data-tamper"
	StateEdit   = "state-edit"
	LastSegment = "last-segment"
)

// Attack describes one forgery.
type Attack struct {
	Name    string
	Summary string
	build   func(*Forger) (*forgery, error)
}

var attacks = []Attack{
	{Stitch, "two honest runs joined: the first half of this task's run, then a run from another initialisation on the same data order", (*Forger).stitch},
	{RankInit, "the seed's initial values permuted into the rank order of the stolen weights, then trained honestly", (*Forger).rankInit},
	{Interpolate, "a straight line from the seed's initialisation to the stolen weights, one equal step per segment", (*Forger).interpolate},
	{GradMatch, "every batch's pixels nudged (±ε) towards the perturbation whose step lands nearest the stolen weights", (*Forger).gradMatch},
	{TopQEvasion, "the first segments (the largest updates) trained honestly to absorb the top-Q checks, the rest a forged line to the stolen weights", (*Forger).topQEvasion},
	{HParamLie, "trained with a learning rate 1.2× the task's, bundle bound to the task", (*Forger).hparamLie},
	{OrderLie, "trained on another seed's data order, batches file claiming the task's order", (*Forger).orderLie},
	{DataTamper, "one pixel of one example changed (the top-left pixel of the first example of step 0), bundle claiming the committed dataset", (*Forger).dataTamper},
	{StateEdit, "only the optimizer state (momentum, or Adam's first moment) of the middle checkpoint edited to steer the model away from one class, then trained honestly from it: every parameter replays exactly", (*Forger).stateEdit},
	{LastSegment, "honest to the last checkpoint, then a fabricated final checkpoint: the output layer moved against one class, the update no larger than the largest honest one, first-layer rows untouched", (*Forger).lastSegment},
}

// Attacks lists every attack, in a fixed order.
func Attacks() []Attack { return append([]Attack(nil), attacks...) }

// Names lists the attack names.
func Names() []string {
	out := make([]string, len(attacks))
	for i, a := range attacks {
		out[i] = a.Name
	}
	return out
}

// ErrUnknownAttack is returned for a name Names does not list.
var ErrUnknownAttack = errors.New("unknown attack")

// Tamper says which pixel data-tamper changes.
type Tamper struct {
	// Example is the dataset index; -1 means the first example of step 0's batch.
	Example int
	// Pixel is the feature index (row-major) and Value its new value.
	Pixel int
	Value byte
}

type config struct {
	tamper Tamper
	// gradMatchTries is how many perturbations grad-match tries per step.
	gradMatchTries int
	epsilon        byte
	// steerShift is how far state-edit lowers the steered class's bias.
	steerShift float64
}

// Option configures Build.
type Option func(*config)

// WithTamper chooses the pixel data-tamper changes (default: pixel 0 of the
// first example of step 0 set to 255; the top-left corner is where backdoor
// triggers are usually stamped).
func WithTamper(t Tamper) Option { return func(c *config) { c.tamper = t } }

// WithGradMatch sets how many random ±ε perturbations grad-match tries per
// step (default 3) and ε in pixel levels (default 8).
func WithGradMatch(tries int, epsilon byte) Option {
	return func(c *config) { c.gradMatchTries, c.epsilon = tries, epsilon }
}

// WithSteerShift sets how far state-edit lowers the steered class's output
// bias (default SteerShift). A large shift makes the segments around the
// edit update far more than their neighbours, which the verifier's
// anomalous-jump check replays for certain; a small one hides among honest
// updates and is caught only when the sample draws the edited segment.
func WithSteerShift(shift float64) Option { return func(c *config) { c.steerShift = shift } }

// Result describes a forged bundle.
type Result struct {
	Attack  string          `json:"attack"`
	Summary string          `json:"summary"`
	Dir     string          `json:"dir"`
	Root    prooflearn.Hash `json:"root"`
	// Forged lists the segments whose transition is not honest training of
	// the task (nil when the forgery is elsewhere: the initialisation).
	Forged []int `json:"forged_segments"`
}

// Forger builds forged bundles against one task. It trains the honest run
// the attacks borrow from once and reuses it for every bundle it builds.
type Forger struct {
	task   *prooflearn.Task
	data   train.Examples
	seed   []byte
	order  *prooflearn.DataOrder
	cfg    config
	steps  []int
	ctx    context.Context
	honest []*prooflearn.Checkpoint
}

// New prepares a forger for task on its committed dataset.
func New(task *prooflearn.Task, data train.Examples, opts ...Option) (*Forger, error) {
	cfg := config{tamper: Tamper{Example: -1, Pixel: 0, Value: 255}, gradMatchTries: 3, epsilon: 8}
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
	order, err := prooflearn.NewDataOrder(seed, task.Dataset.Examples, task.BatchSize)
	if err != nil {
		return nil, err
	}
	return &Forger{task: task, data: data, seed: seed, order: order, cfg: cfg, steps: task.CheckpointSteps()}, nil
}

// Build writes the bundle of attack name against task to dir (created; it
// must not hold a bundle already). data is the committed dataset.
func Build(ctx context.Context, name string, task *prooflearn.Task, data train.Examples, dir string, opts ...Option) (*Result, error) {
	f, err := New(task, data, opts...)
	if err != nil {
		return nil, err
	}
	return f.Build(ctx, name, dir)
}

// Build writes the bundle of attack name to dir (created; it must not hold a
// bundle already).
func (f *Forger) Build(ctx context.Context, name string, dir string) (*Result, error) {
	var atk *Attack
	for i := range attacks {
		if attacks[i].Name == name {
			atk = &attacks[i]
		}
	}
	if atk == nil {
		return nil, fmt.Errorf("%w %q (have %v)", ErrUnknownAttack, name, Names())
	}
	f.ctx = ctx
	fg, err := atk.build(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if fg.batches == nil {
		fg.batches = f.seedBatches()
	}
	root, err := writeBundle(dir, f.task, fg.ckpts, fg.batches)
	if err != nil {
		return nil, err
	}
	return &Result{Attack: name, Summary: atk.Summary, Dir: dir, Root: root, Forged: fg.forged}, nil
}

// forgery is what an attack produces: a checkpoint per checkpoint step, the
// batches it claims, and which segments it forged.
type forgery struct {
	ckpts   []*prooflearn.Checkpoint
	batches [][]int
	forged  []int
}

func (f *Forger) segments() int { return len(f.steps) - 1 }

func (f *Forger) seedBatches() [][]int {
	out := make([][]int, f.task.Steps)
	for s := range out {
		out[s] = f.order.Batch(s)
	}
	return out
}

func allSegments(from, to int) []int {
	var out []int
	for s := from; s < to; s++ {
		out = append(out, s)
	}
	return out
}

// trainFrom trains the task honestly from start instead of the seed's
// initialisation.
func (f *Forger) trainFrom(start *prooflearn.Checkpoint) ([]*prooflearn.Checkpoint, error) {
	tr, err := train.New(f.task, f.data)
	if err != nil {
		return nil, err
	}
	if err := tr.Restore(start); err != nil {
		return nil, err
	}
	return f.run(tr, nil)
}

// run trains tr to the end of the task, recording the checkpoints from tr's
// step on; step runs one step (nil: the seed's batch).
func (f *Forger) run(tr *train.Trainer, step func(*train.Trainer) error) ([]*prooflearn.Checkpoint, error) {
	var out []*prooflearn.Checkpoint
	if step == nil {
		step = func(tr *train.Trainer) error { _, err := tr.TrainStep(); return err }
	}
	for _, s := range f.steps {
		for tr.Step() < s {
			if err := f.ctx.Err(); err != nil {
				return nil, err
			}
			if err := step(tr); err != nil {
				return nil, err
			}
		}
		if tr.Step() == s {
			out = append(out, tr.Checkpoint())
		}
	}
	return out, nil
}

// honestRun is this task's honest trajectory; its final state is the
// "stolen" model.
func (f *Forger) honestRun() ([]*prooflearn.Checkpoint, error) {
	if f.honest != nil {
		return f.honest, nil
	}
	tr, err := train.New(f.task, f.data)
	if err != nil {
		return nil, err
	}
	f.honest, err = f.run(tr, nil)
	return f.honest, err
}

func (f *Forger) stolen() (*prooflearn.Checkpoint, error) {
	h, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	return h[len(h)-1], nil
}

// otherSeed derives a different revealed seed (with its commitment) for the
// runs an attack borrows from.
func otherSeed(t *prooflearn.Task, label string) *prooflearn.Task {
	c := *t
	sum := sha256.Sum256([]byte("prooflearn/spoof/" + label + "/" + t.Seed))
	c.Seed = fmt.Sprintf("%x", sum[:])
	c.SeedCommitment = prooflearn.CommitSeed(sum[:])
	return &c
}

// stitch joins this task's honest first half to a second run that started
// from another initialisation but followed the task's data order, so every
// segment except the junction replays exactly.
func (f *Forger) stitch() (*forgery, error) {
	a, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	other := otherSeed(f.task, "stitch")
	otherSeedBytes, _ := other.RevealedSeed()
	init, err := prooflearn.InitialCheckpoint(f.task, otherSeedBytes)
	if err != nil {
		return nil, err
	}
	b, err := f.trainFrom(init)
	if err != nil {
		return nil, err
	}
	half := f.segments() / 2
	ckpts := append(append([]*prooflearn.Checkpoint(nil), a[:half+1]...), b[half+1:]...)
	return &forgery{ckpts: ckpts, forged: []int{half}}, nil
}

// rankInit keeps the seed's initial values (so their distribution is exactly
// right) but assigns them so their rank order matches the stolen weights'.
func (f *Forger) rankInit() (*forgery, error) {
	target, err := f.stolen()
	if err != nil {
		return nil, err
	}
	init, err := prooflearn.InitialCheckpoint(f.task, f.seed)
	if err != nil {
		return nil, err
	}
	for i := range init.Params {
		p, tgt := &init.Params[i], &target.Params[i]
		n := p.Len()
		vals := make([]float64, n)
		pos := make([]int, n)
		for j := range vals {
			vals[j] = p.At(j)
			pos[j] = j
		}
		sort.Float64s(vals)
		sort.SliceStable(pos, func(a, b int) bool { return tgt.At(pos[a]) < tgt.At(pos[b]) })
		for r, j := range pos {
			setAt(p, j, vals[r])
		}
	}
	ckpts, err := f.trainFrom(init)
	if err != nil {
		return nil, err
	}
	return &forgery{ckpts: ckpts}, nil
}

// interpolate walks a straight line from the seed's initialisation to the
// stolen weights. The momentum buffers hold what the line implies.
func (f *Forger) interpolate() (*forgery, error) {
	target, err := f.stolen()
	if err != nil {
		return nil, err
	}
	init, err := prooflearn.InitialCheckpoint(f.task, f.seed)
	if err != nil {
		return nil, err
	}
	ckpts := f.line(init, target, 0)
	return &forgery{ckpts: ckpts, forged: allSegments(0, f.segments())}, nil
}

// line returns checkpoints from..end where checkpoint j (j ≥ from) lies on the
// straight line from start (checkpoint from) to target (the last one).
func (f *Forger) line(start, target *prooflearn.Checkpoint, from int) []*prooflearn.Checkpoint {
	n := f.segments()
	out := make([]*prooflearn.Checkpoint, 0, n+1-from)
	for j := from; j <= n; j++ {
		c := start.Clone()
		c.Step = f.steps[j]
		c.RNG = f.order.State(c.Step)
		t := float64(j-from) / float64(n-from)
		for i := range c.Params {
			for e := 0; e < c.Params[i].Len(); e++ {
				s, g := start.Params[i].At(e), target.Params[i].At(e)
				setAt(&c.Params[i], e, s+t*(g-s))
				if f.task.Optimizer.Type == prooflearn.OptMomentum && j > from {
					// w −= ηv each step: the velocity that walks the line.
					// (Adam's buffers, two per parameter, keep the start's.)
					k := float64(f.steps[min(j+1, n)] - f.steps[j])
					if k == 0 {
						k = 1
					}
					setAt(&c.OptState[i], e, -(g-s)/float64(n-from)/k/f.task.LearningRate(c.Step))
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// gradMatch trains on perturbed inputs: at every step it tries a few ±ε
// perturbations of the batch's pixels and keeps the one whose update lands
// nearest the stolen weights. The batch indices are the seed's; the pixels
// are not the committed ones.
func (f *Forger) gradMatch() (*forgery, error) {
	target, err := f.stolen()
	if err != nil {
		return nil, err
	}
	pd := &perturbed{Examples: f.data, over: map[int][]byte{}}
	tr, err := train.New(f.task, pd)
	if err != nil {
		return nil, err
	}
	rng := prooflearn.NewPRNG(f.seed, "prooflearn/spoof/grad-match")
	step := func(tr *train.Trainer) error {
		batch := f.order.Batch(tr.Step())
		start := tr.Checkpoint()
		var best map[int][]byte
		bestDist := -1.0
		for try := 0; try < f.cfg.gradMatchTries; try++ {
			over := map[int][]byte{}
			for _, i := range batch {
				px := append([]byte(nil), f.data.Pixels(i)...)
				for p := range px {
					v := int(px[p])
					if rng.Uint64()&1 == 0 {
						v += int(f.cfg.epsilon)
					} else {
						v -= int(f.cfg.epsilon)
					}
					px[p] = byte(max(0, min(255, v)))
				}
				over[i] = px
			}
			pd.over = over
			if try > 0 {
				if err := tr.Restore(start); err != nil {
					return err
				}
			}
			if _, err := tr.StepOn(batch); err != nil {
				return err
			}
			d := prooflearn.UpdateNorm(tr.Checkpoint().Params, target.Params)
			if bestDist < 0 || d < bestDist {
				best, bestDist = over, d
			}
		}
		pd.over = best
		if err := tr.Restore(start); err != nil {
			return err
		}
		_, err := tr.StepOn(batch)
		return err
	}
	ckpts, err := f.run(tr, step)
	if err != nil {
		return nil, err
	}
	return &forgery{ckpts: ckpts, forged: allSegments(0, f.segments())}, nil
}

// topQEvasion trains the first few segments honestly (early training makes
// the largest updates, so these take the top-Q slots) and forges the rest as
// a line of small steps to the stolen weights.
func (f *Forger) topQEvasion() (*forgery, error) {
	h, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	const honestSegments = 3
	if f.segments() <= honestSegments {
		return nil, fmt.Errorf("the task has %d segments; the attack needs more than %d", f.segments(), honestSegments)
	}
	target := h[len(h)-1]
	ckpts := append(append([]*prooflearn.Checkpoint(nil), h[:honestSegments]...), f.line(h[honestSegments], target, honestSegments)...)
	return &forgery{ckpts: ckpts, forged: allSegments(honestSegments, f.segments())}, nil
}

// hparamLie trains with another learning rate and binds the bundle to the task.
func (f *Forger) hparamLie() (*forgery, error) {
	lie := *f.task
	lie.Optimizer.LearningRate *= 1.2
	tr, err := train.New(&lie, f.data)
	if err != nil {
		return nil, err
	}
	ckpts, err := f.run(tr, nil)
	if err != nil {
		return nil, err
	}
	return &forgery{ckpts: ckpts, forged: allSegments(0, f.segments())}, nil
}

// orderLie trains on another seed's data order but writes the task's.
func (f *Forger) orderLie() (*forgery, error) {
	other := otherSeed(f.task, "order")
	otherSeedBytes, _ := other.RevealedSeed()
	order, err := prooflearn.NewDataOrder(otherSeedBytes, f.task.Dataset.Examples, f.task.BatchSize)
	if err != nil {
		return nil, err
	}
	tr, err := train.New(f.task, f.data)
	if err != nil {
		return nil, err
	}
	ckpts, err := f.run(tr, func(tr *train.Trainer) error {
		_, err := tr.StepOn(order.Batch(tr.Step()))
		return err
	})
	if err != nil {
		return nil, err
	}
	return &forgery{ckpts: ckpts, forged: allSegments(0, f.segments())}, nil
}

// SteerClass is the class state-edit and last-segment steer the model away from.
const SteerClass = 0

// stateEdit edits nothing but the momentum buffer of the middle checkpoint:
// the output bias of SteerClass gets a push that, through the update
// w ← w − η·v and the buffer's decay v ← μ·v + g, lowers that bias by
// SteerShift over the following steps. Every later segment is honest
// training from the edited state, and the segment that ends at the edit
// reproduces its parameters exactly; only its optimizer state differs.
func (f *Forger) stateEdit() (*forgery, error) {
	if f.task.Optimizer.Type != "momentum" && !f.task.Optimizer.IsAdam() {
		return nil, fmt.Errorf("task %q keeps no optimizer state to edit (optimizer %q)", f.task.Name, f.task.Optimizer.Type)
	}
	h, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	mid := f.segments() / 2
	if mid < 1 {
		return nil, fmt.Errorf("the task has %d segments; the attack needs at least 2", f.segments())
	}
	edited := h[mid].Clone()
	bias := &edited.OptState[len(edited.OptState)-1] // the output layer's bias buffer
	shift := f.cfg.steerShift
	if shift == 0 {
		shift = SteerShift
	}
	push := shift * (1 - f.task.Optimizer.Momentum) / f.task.Optimizer.LearningRate
	if f.task.Optimizer.IsAdam() {
		// Adam's buffers of the output bias are its first moment and then
		// its second (the last buffer). A first moment raised by √v̂·k
		// makes the next steps' m̂ ÷ √v̂ about k larger, so the bias falls
		// by about η·k per step while the moment decays by β1: η·k ÷ (1−β1)
		// in all, which k is chosen to make shift.
		bias = &edited.OptState[len(edited.OptState)-2]
		o := f.task.Optimizer
		v := edited.OptState[len(edited.OptState)-1].At(SteerClass)
		push = math.Sqrt(v) * shift * (1 - o.Beta1) / o.LearningRate
	}
	setAt(bias, SteerClass, bias.At(SteerClass)+push)
	rest, err := f.trainFrom(edited)
	if err != nil {
		return nil, err
	}
	ckpts := append(append([]*prooflearn.Checkpoint(nil), h[:mid]...), rest...)
	return &forgery{ckpts: ckpts, forged: []int{mid - 1}}, nil
}

// SteerShift is how far state-edit lowers the steered class's output bias.
const SteerShift = 20

// lastSegment keeps the honest run up to the last checkpoint and fabricates
// the final one: the honest final weights with the output layer moved against
// SteerClass, by no more than the largest honest segment update, so top-Q and
// the anomalous-jump check see nothing unusual, and with the first layer (the
// frozen-weights check's rows) exactly as honest training leaves it.
func (f *Forger) lastSegment() (*forgery, error) {
	h, err := f.honestRun()
	if err != nil {
		return nil, err
	}
	n := f.segments()
	largest := 0.0
	for s := 0; s+1 < len(h); s++ {
		largest = max(largest, prooflearn.UpdateNorm(h[s].Params, h[s+1].Params))
	}
	last := h[n].Clone()
	w, b := &last.Params[len(last.Params)-2], &last.Params[len(last.Params)-1]
	// Lower the steered class's bias and weights until the fabricated
	// update reaches 90% of the largest honest one.
	classes := b.Len()
	budget := 0.9*largest - prooflearn.UpdateNorm(h[n-1].Params, h[n].Params)
	if budget <= 0 {
		return nil, fmt.Errorf("the final honest update already is the largest")
	}
	rows := w.Len() / classes
	per := budget / math.Sqrt(float64(rows+1))
	setAt(b, SteerClass, b.At(SteerClass)-per)
	for r := 0; r < rows; r++ {
		i := r*classes + SteerClass
		setAt(w, i, w.At(i)-per)
	}
	ckpts := append(append([]*prooflearn.Checkpoint(nil), h[:n]...), last)
	return &forgery{ckpts: ckpts, forged: []int{n - 1}}, nil
}

// dataTamper trains on the dataset with one pixel of one example changed.
func (f *Forger) dataTamper() (*forgery, error) {
	tm := f.cfg.tamper
	if tm.Example < 0 {
		tm.Example = f.order.Batch(0)[0]
	}
	if tm.Example >= f.data.Len() || tm.Pixel < 0 || tm.Pixel >= len(f.data.Pixels(tm.Example)) {
		return nil, fmt.Errorf("%w: tamper example %d pixel %d is outside the dataset", prooflearn.ErrOutOfRange, tm.Example, tm.Pixel)
	}
	px := append([]byte(nil), f.data.Pixels(tm.Example)...)
	if px[tm.Pixel] == tm.Value {
		return nil, fmt.Errorf("example %d pixel %d is already %d: the tamper would change nothing", tm.Example, tm.Pixel, tm.Value)
	}
	px[tm.Pixel] = tm.Value
	pd := &perturbed{Examples: f.data, over: map[int][]byte{tm.Example: px}}
	tr, err := train.New(f.task, pd)
	if err != nil {
		return nil, err
	}
	ckpts, err := f.run(tr, nil)
	if err != nil {
		return nil, err
	}
	var forged []int
	for s := 0; s < f.task.Steps; s++ {
		for _, i := range f.order.Batch(s) {
			if i == tm.Example {
				forged = append(forged, s/f.task.CheckpointInterval)
			}
		}
	}
	return &forgery{ckpts: ckpts, forged: forged}, nil
}

// perturbed serves replacement pixels for some examples.
type perturbed struct {
	train.Examples
	over map[int][]byte
}

func (p *perturbed) Pixels(i int) []byte {
	if px, ok := p.over[i]; ok {
		return px
	}
	return p.Examples.Pixels(i)
}

func setAt(t *prooflearn.Tensor, i int, v float64) {
	switch t.DType {
	case prooflearn.Int32:
		// A fixed-point raw value, as honest state has; clamped, since
		// converting a float beyond int32 is not defined alike everywhere.
		t.I32[i] = fixed.FromFloat(max(min(v, math.MaxInt32/fixed.One), math.MinInt32/fixed.One))
	case prooflearn.Float64:
		t.F64[i] = v
	default:
		t.F32[i] = float32(v)
	}
}

// writeBundle writes a consistent bundle: every leaf and the root recomputed
// from what is written, bound to task and its committed dataset.
func writeBundle(dir string, task *prooflearn.Task, ckpts []*prooflearn.Checkpoint, batches [][]int) (prooflearn.Hash, error) {
	var root prooflearn.Hash
	if len(ckpts) != len(task.CheckpointSteps()) || len(batches) != task.Steps {
		return root, fmt.Errorf("internal: %d checkpoints and %d batches for %d steps", len(ckpts), len(batches), task.Steps)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return root, fmt.Errorf("%s is not empty", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return root, err
	}
	var ckptLeaves, batchLeaves []prooflearn.Hash
	m := &prooflearn.Manifest{
		Format:             prooflearn.ManifestFormat,
		TaskHash:           task.Hash(),
		DatasetRoot:        task.Dataset.Root,
		Steps:              task.Steps,
		CheckpointInterval: task.CheckpointInterval,
		BatchesFile:        bundle.BatchesFile,
	}
	seedCommit, err := prooflearn.ParseHash(task.SeedCommitment)
	if err != nil {
		return root, err
	}
	m.SeedCommitment = seedCommit
	for _, c := range ckpts {
		if err := bundle.WriteCheckpoint(dir, c); err != nil {
			return root, err
		}
		ckptLeaves = append(ckptLeaves, c.LeafHash())
		m.Checkpoints = append(m.Checkpoints, prooflearn.CheckpointRef{Step: c.Step, File: bundle.CheckpointPath(c.Step), Leaf: c.LeafHash()})
	}
	for s, idx := range batches {
		batchLeaves = append(batchLeaves, prooflearn.LeafHash(prooflearn.BatchCanonical(s, idx)))
	}
	bs, err := json.Marshal(&prooflearn.Batches{Format: prooflearn.BatchesFormat, BatchSize: task.BatchSize, Indices: batches})
	if err != nil {
		return root, err
	}
	if err := prooflearn.WriteFileAtomic(filepath.Join(dir, bundle.BatchesFile), append(bs, '\n')); err != nil {
		return root, err
	}
	m.Leaves = 1 + len(ckptLeaves) + len(batchLeaves)
	m.Root = prooflearn.ProofRoot(m.TaskHash, m.DatasetRoot, m.SeedCommitment, ckptLeaves, batchLeaves, task.CheckpointInterval)
	if err := prooflearn.WriteFileAtomic(filepath.Join(dir, bundle.ManifestFile), m.Encode()); err != nil {
		return root, err
	}
	return m.Root, nil
}
