package prooflearn

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"strconv"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

// Execution modes a task may ask for.
const (
	ModeTolerant      = "tolerant"
	ModeDeterministic = "deterministic"
	// ModeFixed trains in fixed-point integer arithmetic (prooflearn/fixed):
	// exact on every platform by construction, and provable in a circuit.
	ModeFixed = "fixed"
)

// DTypeQ16 is the dtype a fixed-mode task may name (or leave out): Q15.16
// fixed point, int32 raw values standing for x/2^16.
const DTypeQ16 = "q16"

// Task is what a submitter publishes: the model, the hyperparameters, the
// dataset commitment and the seed commitment. Everything that steers training
// comes from here, never from a solver's bundle.
type Task struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Mode is ModeTolerant (gorgonia's fast kernels, δ > 0; the default),
	// ModeDeterministic (prooflearn/kernels: the trajectory is bitwise the
	// same on every architecture and thread count, so verification uses
	// δ = 0) or ModeFixed (integer fixed-point arithmetic, prooflearn/fixed:
	// exact by construction, δ = 0; DType is then absent or DTypeQ16).
	Mode      string        `json:"mode,omitempty"`
	DType     string        `json:"dtype,omitempty"`
	Model     ModelSpec     `json:"model"`
	Optimizer OptimizerSpec `json:"optimizer"`
	BatchSize int           `json:"batch_size"`
	Steps     int           `json:"steps"`
	// CheckpointInterval is k: a checkpoint is stored every k steps (and at
	// the last step).
	CheckpointInterval int         `json:"checkpoint_interval"`
	Dataset            DatasetSpec `json:"dataset"`
	// SeedCommitment is hex SHA-256 of the seed bytes.
	SeedCommitment string `json:"seed_commitment"`
	// Seed is the revealed seed (hex). In a live network it is published after
	// a solver is assigned; it must hash to SeedCommitment.
	Seed string `json:"seed,omitempty"`
	// Base, when set, makes this a fine-tuning task: training starts from the
	// final checkpoint of another proof instead of the seed's initialisation.
	// It is part of the task's identity.
	Base *BaseSpec `json:"base,omitempty"`
	// Delta holds the verifier's distance thresholds. It is not part of the
	// task's identity: thresholds belong to verification, not to training.
	Delta *Thresholds `json:"delta,omitempty"`
	// MinProgress is the fraction by which the loss on a committed sample
	// must fall from the first checkpoint to the last for the verifier to
	// accept (0 ≤ x < 1; absent: the verifier's default, 0.1; 0: no progress
	// check). Like Delta it belongs to verification and is not part of the
	// task's identity.
	MinProgress *float64 `json:"min_progress,omitempty"`
}

// BaseSpec names the proof a fine-tuning task starts from. The start state is
// the base proof's final checkpoint's parameters, with the optimizer state
// zeroed and this task's data order (StartCheckpoint).
type BaseSpec struct {
	// Root is the base proof's Merkle root and TaskHash its task's hash.
	Root     Hash `json:"root"`
	TaskHash Hash `json:"task_hash"`
}

// ModelSpec describes an MLP ("type": "mlp"): Input features, Hidden layer
// widths with ReLU, Classes outputs under softmax cross-entropy; or a
// convolutional network ("type": "cnn", docs/cnn.md): Input features
// (C·H·W) seen as an Image of C channels of H×W, and Layers from conv,
// relu, maxpool, flatten and dense, the last a dense layer of Classes
// outputs; or a GPT-style transformer ("type": "transformer",
// docs/transformer.md) over byte tokens, with Input = Context + 1 (a window
// and the token after it) and Classes = Vocab. Image, Layers and the
// transformer's sizes are omitted from the JSON of the models that do not
// use them, so an MLP's hash is what it was before CNNs existed.
type ModelSpec struct {
	Type    string      `json:"type"`
	Input   int         `json:"input"`
	Hidden  []int       `json:"hidden"`
	Classes int         `json:"classes"`
	Image   []int       `json:"image,omitempty"`
	Layers  []LayerSpec `json:"layers,omitempty"`
	// A transformer's sizes (docs/transformer.md), omitted from other
	// models' JSON so their hashes are unchanged: a vocabulary of Vocab
	// byte tokens, windows of Context tokens, Blocks blocks of Width
	// features with Heads attention heads and an MLP of MLP features, the
	// output projection tied to the token embedding when Tied.
	Vocab   int  `json:"vocab,omitempty"`
	Context int  `json:"context,omitempty"`
	Width   int  `json:"width,omitempty"`
	Heads   int  `json:"heads,omitempty"`
	Blocks  int  `json:"blocks,omitempty"`
	MLP     int  `json:"mlp,omitempty"`
	Tied    bool `json:"tied,omitempty"`
}

// OptimizerSpec selects "sgd", "momentum" (heavy-ball SGD: v = μv + g;
// w -= ηv), "adam" or "adamw" (Adam with decoupled weight decay); the
// update formulas are written out in docs/optimizers.md. Every field but
// Type and LearningRate is omitted from the JSON when zero, so tasks written
// before a field existed keep their hash.
type OptimizerSpec struct {
	Type         string  `json:"type"`
	LearningRate float64 `json:"learning_rate"`
	Momentum     float64 `json:"momentum,omitempty"`
	// Beta1 and Beta2 are Adam's moment decay rates, Epsilon the
	// denominator's guard (adam and adamw only; Epsilon is required).
	Beta1   float64 `json:"beta1,omitempty"`
	Beta2   float64 `json:"beta2,omitempty"`
	Epsilon float64 `json:"epsilon,omitempty"`
	// WeightDecay is AdamW's decoupled decay λ: w −= η·λ·w alongside the
	// Adam step (adamw only).
	WeightDecay float64 `json:"weight_decay,omitempty"`
	// ClipNorm, if positive, scales the gradients of all parameters together
	// so that their global L2 norm is at most ClipNorm (adam and adamw only).
	ClipNorm float64 `json:"clip_norm,omitempty"`
	// Schedule, if set, varies the learning rate by step (LRSchedule).
	Schedule *LRSchedule `json:"schedule,omitempty"`
}

// Optimizer types.
const (
	OptSGD      = "sgd"
	OptMomentum = "momentum"
	OptAdam     = "adam"
	OptAdamW    = "adamw"
)

// IsAdam reports whether the optimizer is Adam or AdamW, which keep two
// moment buffers per parameter.
func (o OptimizerSpec) IsAdam() bool { return o.Type == OptAdam || o.Type == OptAdamW }

// Learning-rate schedule types.
const (
	// ScheduleStep (or no type) multiplies the learning rate by Gamma every
	// StepSize steps.
	ScheduleStep = "step"
	// ScheduleWarmupCosine rises linearly over WarmupSteps steps and then
	// falls along a half cosine to MinLR at the last step.
	ScheduleWarmupCosine = "warmup-cosine"
)

// LRSchedule is a learning-rate schedule: step decay (no Type, the form
// tasks had before other schedules existed, or ScheduleStep) or
// ScheduleWarmupCosine.
type LRSchedule struct {
	Type        string  `json:"type,omitempty"`
	StepSize    int     `json:"step_size,omitempty"`
	Gamma       float64 `json:"gamma,omitempty"`
	WarmupSteps int     `json:"warmup_steps,omitempty"`
	MinLR       float64 `json:"min_lr,omitempty"`
}

// DatasetSpec names the dataset and commits to it by Merkle root.
type DatasetSpec struct {
	Name     string `json:"name"`
	Root     Hash   `json:"root"`
	Examples int    `json:"examples"`
}

// maxTaskBytes bounds a task file; real ones are a few hundred bytes.
const maxTaskBytes = 1 << 20

// Limits on the sizes a task declares. Tasks come from strangers, and what a
// solver, a verifier or an arbiter allocates and computes grows with these
// sizes, so Validate refuses a task beyond any of them (with a *LimitError
// naming the field) before anything is allocated from it. They are far above
// real tasks — fashion-mlp is a 784-128-10 MLP of 101,770 parameters trained
// for 3,750 steps of 64 examples out of 60,000 — and low enough that the
// largest task's state fits one machine. Every product of limits fits a
// 32-bit int.
const (
	// MaxModelWidth bounds model.input, each model.hidden width and
	// model.classes.
	MaxModelWidth = 1 << 20
	// MaxHiddenLayers bounds the number of hidden layers, len(model.hidden).
	MaxHiddenLayers = 64
	// MaxParams bounds the model's parameters, weights and biases together
	// (ModelSpec.ParamCount): 2^24 float64 parameters and their momentum
	// buffers are 256 MiB, and a replay holds a few such states.
	MaxParams = 1 << 24
	// MaxExamples bounds dataset.examples.
	MaxExamples = 1 << 24
	// MaxBatchSize bounds batch_size.
	MaxBatchSize = 1 << 16
	// MaxSteps bounds steps, checkpoint_interval and
	// optimizer.schedule.step_size.
	MaxSteps = 1 << 20
	// MaxBatchIndices bounds steps × batch_size, the example indices a proof
	// stores: at most 9 bytes each in the batches file, which keeps an honest
	// one under MaxBatchesBytes.
	MaxBatchIndices = 1 << 25
	// MaxCheckpoints bounds the checkpoints a task asks for (steps divided by
	// checkpoint_interval, rounded up, plus one), which keeps an honest
	// manifest under MaxManifestBytes.
	MaxCheckpoints = 1 << 16
	// MaxScheduleDecays bounds how often the learning rate decays in a run
	// ((steps − 1) divided by optimizer.schedule.step_size): LearningRate
	// applies the decays one multiplication at a time, at every step.
	MaxScheduleDecays = 1 << 10
)

// intFieldLimits are the limits of the task's integer fields, by the path
// encoding/json names them with.
var intFieldLimits = map[string]int64{
	"model.input":                     MaxModelWidth,
	"model.hidden":                    MaxModelWidth,
	"model.classes":                   MaxModelWidth,
	"model.vocab":                     MaxVocab,
	"model.context":                   MaxContext,
	"model.width":                     MaxTransformerWidth,
	"model.heads":                     MaxTransformerWidth,
	"model.blocks":                    MaxBlocks,
	"model.mlp":                       MaxTransformerWidth,
	"batch_size":                      MaxBatchSize,
	"steps":                           MaxSteps,
	"checkpoint_interval":             MaxSteps,
	"dataset.examples":                MaxExamples,
	"optimizer.schedule.step_size":    MaxSteps,
	"optimizer.schedule.warmup_steps": MaxSteps,
}

// taskLimit is the error for a task field beyond its limit.
func taskLimit(field string, value uint64, limit int64) error {
	return &LimitError{Field: field, Value: strconv.FormatUint(value, 10), Limit: limit, In: ErrInvalidTask}
}

// ReadTask reads and validates a JSON task file.
func ReadTask(path string) (*Task, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := DecodeTask(f)
	if err != nil {
		return nil, fmt.Errorf("task %s: %w", path, err)
	}
	return t, nil
}

// DecodeTask parses and validates a JSON task. Unknown fields are errors, so a
// misspelt hyperparameter is not silently ignored.
func DecodeTask(r io.Reader) (*Task, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxTaskBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxTaskBytes {
		return nil, fmt.Errorf("%w: task larger than %d bytes", ErrTooLarge, maxTaskBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var t Task
	if err := dec.Decode(&t); err != nil {
		if err := numberTooLarge(err); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %v", ErrInvalidTask, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the task object", ErrInvalidTask)
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return &t, nil
}

// numberTooLarge turns the decoder's error for a number that does not fit
// an int field (2^40 classes on a 32-bit machine, 1e30 steps on any) into the
// *LimitError Validate gives for one that fits but exceeds the field's limit;
// it returns nil for any other error.
func numberTooLarge(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) || te.Type == nil || te.Type.Kind() != reflect.Int {
		return nil
	}
	num, ok := strings.CutPrefix(te.Value, "number ")
	if !ok || strings.HasPrefix(num, "-") {
		return nil
	}
	if f, perr := strconv.ParseFloat(num, 64); perr == nil && f < math.MaxInt {
		return nil // a fraction, or an exponent: invalid, not too large
	}
	limit, ok := intFieldLimits[te.Field]
	if !ok {
		limit = math.MaxInt
	}
	return &LimitError{Field: te.Field, Value: num, Limit: limit, In: ErrInvalidTask}
}

// Validate checks that the task is complete and consistent, and that every
// size it declares is within its limit (MaxModelWidth, MaxParams, MaxSteps, …;
// a *LimitError that wraps ErrTooLarge and ErrInvalidTask names the field).
func (t *Task) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidTask}, args...)...)
	}
	switch t.Mode {
	case "", ModeTolerant, ModeDeterministic, ModeFixed:
	default:
		return bad("mode %q is not supported (want %q, %q or %q)", t.Mode, ModeTolerant, ModeDeterministic, ModeFixed)
	}
	if t.Mode == ModeFixed {
		if t.DType != "" && t.DType != DTypeQ16 {
			return bad("dtype %q in fixed mode (want %q or none)", t.DType, DTypeQ16)
		}
	} else if _, err := ParseDType(t.DType); err != nil {
		return err
	}
	m := t.Model
	if m.Type != ModelMLP && m.Type != ModelCNN && m.Type != ModelTransformer {
		return bad("model.type %q (want %q, %q or %q)", m.Type, ModelMLP, ModelCNN, ModelTransformer)
	}
	if m.Type == ModelMLP && (m.Image != nil || m.Layers != nil) {
		return bad("model mlp takes no image or layers (those are a cnn's)")
	}
	if m.Type != ModelTransformer && (m.Vocab != 0 || m.Context != 0 || m.Width != 0 || m.Heads != 0 || m.Blocks != 0 || m.MLP != 0 || m.Tied) {
		return bad("model %s takes no vocab, context, width, heads, blocks, mlp or tied (those are a transformer's)", m.Type)
	}
	if m.Type == ModelTransformer && t.Mode == ModeFixed {
		return bad("model transformer is not supported in fixed mode (prooflearn/fixed has no attention, layer-norm or GELU kernels; use mode %q)", ModeDeterministic)
	}
	if m.Type == ModelCNN && t.Mode == ModeFixed {
		return bad("model cnn is not supported in fixed mode (prooflearn/fixed has no convolution kernels; use mode %q)", ModeDeterministic)
	}
	if m.Classes < 2 {
		return bad("model.classes %d: a classifier needs at least 2", m.Classes)
	}
	if _, err := m.ParamCount(); err != nil {
		return err
	}
	o := t.Optimizer
	switch o.Type {
	case "sgd":
		if o.Momentum != 0 {
			return bad("optimizer sgd takes no momentum (use \"momentum\")")
		}
	case "momentum":
		if !(o.Momentum > 0 && o.Momentum < 1) {
			return bad("optimizer.momentum %v must be in (0, 1)", o.Momentum)
		}
	case OptAdam, OptAdamW:
		if err := validateAdam(o, t.Mode); err != nil {
			return err
		}
	default:
		return bad("optimizer.type %q (want \"sgd\", \"momentum\", \"adam\" or \"adamw\")", o.Type)
	}
	if !o.IsAdam() && (o.Beta1 != 0 || o.Beta2 != 0 || o.Epsilon != 0 || o.WeightDecay != 0 || o.ClipNorm != 0) {
		return bad("optimizer %s takes no beta1, beta2, epsilon, weight_decay or clip_norm (those are Adam's)", o.Type)
	}
	if !(o.LearningRate > 0 && o.LearningRate < 100) {
		return bad("optimizer.learning_rate %v must be in (0, 100)", o.LearningRate)
	}
	for _, f := range []struct {
		name  string
		value int
		limit int64
	}{
		{"batch_size", t.BatchSize, MaxBatchSize},
		{"steps", t.Steps, MaxSteps},
		{"checkpoint_interval", t.CheckpointInterval, MaxSteps},
		{"dataset.examples", t.Dataset.Examples, MaxExamples},
	} {
		if f.value <= 0 {
			return bad("%s %d must be positive", f.name, f.value)
		}
		if int64(f.value) > f.limit {
			return taskLimit(f.name, uint64(f.value), f.limit)
		}
	}
	// Each of these is at most 2^20 · 2^16, so the products fit an int64
	// even where int is 32 bits.
	if n := int64(t.Steps) * int64(t.BatchSize); n > MaxBatchIndices {
		return taskLimit("steps × batch_size", uint64(n), MaxBatchIndices)
	}
	if n := (t.Steps+t.CheckpointInterval-1)/t.CheckpointInterval + 1; n > MaxCheckpoints {
		return taskLimit("checkpoints (steps ÷ checkpoint_interval + 1)", uint64(n), MaxCheckpoints)
	}
	if s := o.Schedule; s != nil && s.Type == ScheduleWarmupCosine {
		if s.StepSize != 0 || s.Gamma != 0 {
			return bad("optimizer.schedule %s takes no step_size or gamma", s.Type)
		}
		if s.WarmupSteps < 0 || s.WarmupSteps >= t.Steps {
			if s.WarmupSteps > MaxSteps {
				return taskLimit("optimizer.schedule.warmup_steps", uint64(s.WarmupSteps), MaxSteps)
			}
			return bad("optimizer.schedule.warmup_steps %d must be in [0, steps %d)", s.WarmupSteps, t.Steps)
		}
		if !(s.MinLR >= 0 && s.MinLR <= o.LearningRate) {
			return bad("optimizer.schedule.min_lr %v must be in [0, learning_rate %v]", s.MinLR, o.LearningRate)
		}
	} else if s != nil {
		if s.Type != "" && s.Type != ScheduleStep {
			return bad("optimizer.schedule.type %q (want %q, %q or none)", s.Type, ScheduleStep, ScheduleWarmupCosine)
		}
		if s.WarmupSteps != 0 || s.MinLR != 0 {
			return bad("optimizer.schedule step decay takes no warmup_steps or min_lr")
		}
		if s.StepSize <= 0 || !(s.Gamma > 0 && s.Gamma <= 1) {
			return bad("optimizer.schedule needs step_size > 0 and gamma in (0, 1], got %d and %v", s.StepSize, s.Gamma)
		}
		if s.StepSize > MaxSteps {
			return taskLimit("optimizer.schedule.step_size", uint64(s.StepSize), MaxSteps)
		}
		if n := (t.Steps - 1) / s.StepSize; n > MaxScheduleDecays {
			return taskLimit("optimizer.schedule decays ((steps − 1) ÷ step_size)", uint64(n), MaxScheduleDecays)
		}
	}
	if m.Type == ModelCNN {
		if err := t.validateCNNBatch(); err != nil {
			return err
		}
	}
	if m.Type == ModelTransformer {
		if err := t.validateTransformerBatch(); err != nil {
			return err
		}
	}
	if t.Mode == ModeFixed {
		if err := t.validateFixed(); err != nil {
			return err
		}
	}
	if t.Dataset.Examples < t.BatchSize {
		return bad("dataset.examples %d is smaller than batch_size %d", t.Dataset.Examples, t.BatchSize)
	}
	if t.Dataset.Root == (Hash{}) {
		return bad("dataset.root is missing")
	}
	if _, err := ParseHash(t.SeedCommitment); err != nil {
		return bad("seed_commitment: %v", err)
	}
	if t.Base != nil && (t.Base.Root == (Hash{}) || t.Base.TaskHash == (Hash{})) {
		return bad("base needs the base proof's root and task_hash")
	}
	if p := t.MinProgress; p != nil && !(*p >= 0 && *p < 1) {
		return bad("min_progress %v must be in [0, 1)", *p)
	}
	if t.Delta != nil {
		if err := t.Delta.Validate(); err != nil {
			return bad("delta: %v", err)
		}
		if err := t.Delta.CheckOptimizerThresholds(t); err != nil {
			return err
		}
	}
	return nil
}

// Bounds of Adam's hyperparameters. Epsilon's floor keeps the
// denominator √v̂ + ε away from zero in float32, whose smallest normal is
// about 1.2e−38; its ceiling and WeightDecay's are far above any use.
const (
	minAdamEpsilon = 1e-30
	maxAdamEpsilon = 1
	maxWeightDecay = 1
)

// validateAdam checks Adam's and AdamW's hyperparameters: β1 in [0, 1), β2
// in (0, 1), ε in [1e−30, 1], weight decay in [0, 1] and for adamw only,
// clip_norm ≥ 0 (0: no clipping), all finite, and the mode: fixed mode has
// no Adam (no fixed-point square root and division in the kernel set).
func validateAdam(o OptimizerSpec, mode string) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: optimizer %s: "+format, append([]any{ErrInvalidTask, o.Type}, args...)...)
	}
	if mode == ModeFixed {
		return bad("not supported in fixed mode (fixed point has no square root or division in its kernels; use \"sgd\" or \"momentum\", or mode %q)", ModeDeterministic)
	}
	if o.Momentum != 0 {
		return bad("takes no momentum (use beta1)")
	}
	if !(o.Beta1 >= 0 && o.Beta1 < 1) {
		return bad("beta1 %v must be in [0, 1)", o.Beta1)
	}
	if !(o.Beta2 > 0 && o.Beta2 < 1) {
		return bad("beta2 %v must be in (0, 1)", o.Beta2)
	}
	if !(o.Epsilon >= minAdamEpsilon && o.Epsilon <= maxAdamEpsilon) {
		return bad("epsilon %v must be in [%g, %g]", o.Epsilon, minAdamEpsilon, float64(maxAdamEpsilon))
	}
	if !(o.WeightDecay >= 0 && o.WeightDecay <= maxWeightDecay) {
		return bad("weight_decay %v must be in [0, %g]", o.WeightDecay, float64(maxWeightDecay))
	}
	if o.Type == OptAdam && o.WeightDecay != 0 {
		return bad("takes no weight_decay (use \"adamw\" for decoupled weight decay)")
	}
	if !(o.ClipNorm >= 0) || math.IsInf(o.ClipNorm, 0) {
		return bad("clip_norm %v must be finite and ≥ 0", o.ClipNorm)
	}
	return nil
}

// validateFixed checks what fixed mode adds: every inner dimension of the
// step's products at most fixed.MaxInner (so int64 sums are exact), no
// learning-rate schedule, and a learning rate and momentum that survive
// conversion to fixed point (LR ≥ 1, 1 ≤ MU < One).
func (t *Task) validateFixed() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: fixed mode: "+format, append([]any{ErrInvalidTask}, args...)...)
	}
	dims := []struct {
		name  string
		value int
	}{{"model.input", t.Model.Input}, {"model.classes", t.Model.Classes}, {"batch_size", t.BatchSize}}
	for i, h := range t.Model.Hidden {
		dims = append(dims, struct {
			name  string
			value int
		}{fmt.Sprintf("model.hidden[%d]", i), h})
	}
	for _, d := range dims {
		if d.value > fixed.MaxInner {
			return taskLimit(d.name+" (fixed mode)", uint64(d.value), fixed.MaxInner)
		}
	}
	o := t.Optimizer
	if o.Schedule != nil {
		return bad("optimizer.schedule is not supported: the learning rate is one fixed-point constant")
	}
	if lr := fixed.LearningRate(o.LearningRate); lr < 1 {
		return bad("optimizer.learning_rate %v is %d in fixed point (round(η·2^16)), want at least 1", o.LearningRate, lr)
	}
	if o.Type == "momentum" {
		if mu := fixed.Momentum(o.Momentum); mu < 1 || mu >= fixed.One {
			return bad("optimizer.momentum %v is %d in fixed point (round(μ·2^16)), want 1 to %d", o.Momentum, mu, fixed.One-1)
		}
	}
	return nil
}

// ElemType returns the element type of the task's tensors: its dtype, or
// Int32 in fixed mode.
func (t *Task) ElemType() DType {
	if t.Mode == ModeFixed {
		return Int32
	}
	dt, _ := ParseDType(t.DType)
	return dt
}

// Exact reports whether the task's training is reproduced bit for bit on
// every platform (deterministic and fixed mode), so that verification
// compares states exactly (δ = 0) and disputes compare hashes.
func (t *Task) Exact() bool {
	return t.Mode == ModeDeterministic || t.Mode == ModeFixed
}

// RevealedSeed returns the seed bytes after checking them against the commitment.
func (t *Task) RevealedSeed() ([]byte, error) {
	if t.Seed == "" {
		return nil, fmt.Errorf("%w: the seed has not been revealed (task has no \"seed\")", ErrInvalidTask)
	}
	seed, err := hex.DecodeString(t.Seed)
	if err != nil || len(seed) == 0 {
		return nil, fmt.Errorf("%w: seed is not hex", ErrInvalidTask)
	}
	if got := sha256.Sum256(seed); Hash(got).String() != t.SeedCommitment {
		return nil, fmt.Errorf("%w: seed hashes to %x, task commits to %s", ErrCommitment, got, t.SeedCommitment)
	}
	return seed, nil
}

// CommitSeed returns the commitment (hex SHA-256) for a seed.
func CommitSeed(seed []byte) string {
	sum := sha256.Sum256(seed)
	return Hash(sum).String()
}

// Hash is the task's identity: SHA-256 over the domain tag
// "prooflearn/task/v1", a zero byte, and the task's canonical JSON (Go's
// encoding of the Task struct with fields in declaration order, no
// whitespace) with Description, Seed, Delta and MinProgress cleared: those can
// be filled in or changed without changing what was asked for.
func (t *Task) Hash() Hash {
	c := *t
	c.Description, c.Seed, c.Delta, c.MinProgress = "", "", nil, nil
	if c.Mode == "" {
		c.Mode = "tolerant"
	}
	if c.DType == "" {
		c.DType = "float32"
		if c.Mode == ModeFixed {
			c.DType = DTypeQ16
		}
	}
	if c.Model.Hidden == nil {
		c.Model.Hidden = []int{} // "hidden": [] and no "hidden" are the same model
	}
	b, err := json.Marshal(&c)
	if err != nil {
		panic(err) // a Task has only marshalable fields
	}
	h := sha256.New()
	h.Write([]byte("prooflearn/task/v1\x00"))
	h.Write(b)
	var out Hash
	copy(out[:], h.Sum(nil))
	return out
}

// LearningRate returns the learning rate in force at step (0-based). Every
// operation is rounded explicitly and the cosine is Cos's, so the value is
// the same bits on every platform (deterministic mode depends on it).
//
// Warm-up + cosine, with η the task's rate, W warm-up steps, T steps:
// η·(s+1)/W for s < W, then min_lr + (η − min_lr)·(1 + cos(π·(s−W)/(T−W)))/2.
func (t *Task) LearningRate(step int) float64 {
	lr := t.Optimizer.LearningRate
	s := t.Optimizer.Schedule
	switch {
	case s == nil:
	case s.Type == ScheduleWarmupCosine:
		if step < s.WarmupSteps {
			return float64(lr*float64(step+1)) / float64(s.WarmupSteps)
		}
		p := float64(step-s.WarmupSteps) / float64(t.Steps-s.WarmupSteps)
		c := float64(1+Cos(float64(math.Pi*p))) / 2
		return s.MinLR + float64(float64(lr-s.MinLR)*c)
	default:
		for i := 0; i < step/s.StepSize; i++ {
			lr *= s.Gamma
		}
	}
	return lr
}

// CheckpointSteps lists the steps at which checkpoints are stored: 0, k, 2k, …
// and the final step.
func (t *Task) CheckpointSteps() []int {
	var out []int
	for s := 0; s < t.Steps; s += t.CheckpointInterval {
		out = append(out, s)
	}
	return append(out, t.Steps)
}

// ParamCount returns the number of the model's parameters, weights and biases
// together. It refuses, rather than overflows on, a model with a width that is
// not positive (ErrInvalidTask) or beyond MaxModelWidth, more than
// MaxHiddenLayers hidden layers, or more than MaxParams parameters (a
// *LimitError naming the field).
// A CNN's shapes are validated as CNNLayers does.
func (m ModelSpec) ParamCount() (int, error) {
	if m.Type == ModelCNN {
		return m.cnnParamCount()
	}
	if m.Type == ModelTransformer {
		return m.transformerParamCount()
	}
	if len(m.Hidden) > MaxHiddenLayers {
		return 0, taskLimit("model.hidden layers", uint64(len(m.Hidden)), MaxHiddenLayers)
	}
	width := func(field string, w int) error {
		if w <= 0 {
			return fmt.Errorf("%w: %s %d must be positive", ErrInvalidTask, field, w)
		}
		if w > MaxModelWidth {
			return taskLimit(field, uint64(w), MaxModelWidth)
		}
		return nil
	}
	if err := width("model.input", m.Input); err != nil {
		return 0, err
	}
	for i, h := range m.Hidden {
		if err := width(fmt.Sprintf("model.hidden[%d]", i), h); err != nil {
			return 0, err
		}
	}
	if err := width("model.classes", m.Classes); err != nil {
		return 0, err
	}
	// With widths ≤ 2^20 and at most 65 layers the sum stays under 2^47:
	// no uint64 overflow, and nothing narrows until it is under MaxParams.
	var n uint64
	in := m.Input
	for _, out := range append(append([]int(nil), m.Hidden...), m.Classes) {
		n += (uint64(in) + 1) * uint64(out)
		in = out
	}
	if n > MaxParams {
		return 0, taskLimit("model parameters", n, MaxParams)
	}
	return int(n), nil
}

// ParamShapes lists the model's parameters in canonical order: w0, b0, w1, b1, …
// where wi is [in, out] and bi is [out].
//
// A CNN's parameters are named by layer kind and 1-based position among
// the layers of that kind: convN.w [out, in, kernel, kernel], convN.b [out],
// denseN.w [in, out], denseN.b [out], in the order of the layers.
func (m ModelSpec) ParamShapes() (names []string, shapes [][]int) {
	if m.Type == ModelCNN {
		return m.cnnParamShapes()
	}
	if m.Type == ModelTransformer {
		if m.validateTransformer() != nil {
			return nil, nil
		}
		return m.transformerParamShapes()
	}
	widths := append(append([]int{m.Input}, m.Hidden...), m.Classes)
	for i := 0; i+1 < len(widths); i++ {
		names = append(names, fmt.Sprintf("w%d", i), fmt.Sprintf("b%d", i))
		shapes = append(shapes, []int{widths[i], widths[i+1]}, []int{widths[i+1]})
	}
	return names, shapes
}

// StartCheckpoint is the state a fine-tuning task starts from: the parameters
// of base (the base proof's final checkpoint), optimizer state zero, step 0
// and the RNG state of this task's data order.
func StartCheckpoint(t *Task, seed []byte, base *Checkpoint) (*Checkpoint, error) {
	c, err := InitialCheckpoint(t, seed)
	if err != nil {
		return nil, err
	}
	if len(base.Params) != len(c.Params) {
		return nil, fmt.Errorf("%w: the base model has %d parameter tensors, this task's model %d", ErrInvalidTask, len(base.Params), len(c.Params))
	}
	for i := range c.Params {
		if err := c.Params[i].CopyFrom(&base.Params[i]); err != nil {
			return nil, fmt.Errorf("%w: base model: %v", ErrInvalidTask, err)
		}
	}
	return c, nil
}
