package prooflearn

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// Execution modes a task may ask for.
const (
	ModeTolerant      = "tolerant"
	ModeDeterministic = "deterministic"
)

// Task is what a submitter publishes: the model, the hyperparameters, the
// dataset commitment and the seed commitment. Everything that steers training
// comes from here, never from a solver's bundle.
type Task struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
	// Mode is ModeTolerant (gorgonia's fast kernels, δ > 0; the default) or
	// ModeDeterministic (prooflearn/kernels: the trajectory is bitwise the
	// same on every architecture and thread count, so verification uses
	// δ = 0).
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

// ModelSpec describes an MLP: Input features, Hidden layer widths with ReLU,
// Classes outputs under softmax cross-entropy.
type ModelSpec struct {
	Type    string `json:"type"`
	Input   int    `json:"input"`
	Hidden  []int  `json:"hidden"`
	Classes int    `json:"classes"`
}

// OptimizerSpec selects "sgd" or "momentum" (heavy-ball SGD: v = μv + g; w -= ηv).
type OptimizerSpec struct {
	Type         string  `json:"type"`
	LearningRate float64 `json:"learning_rate"`
	Momentum     float64 `json:"momentum,omitempty"`
	// Schedule, if set, multiplies the learning rate by Gamma every StepSize steps.
	Schedule *LRSchedule `json:"schedule,omitempty"`
}

// LRSchedule is a step decay schedule.
type LRSchedule struct {
	StepSize int     `json:"step_size"`
	Gamma    float64 `json:"gamma"`
}

// DatasetSpec names the dataset and commits to it by Merkle root.
type DatasetSpec struct {
	Name     string `json:"name"`
	Root     Hash   `json:"root"`
	Examples int    `json:"examples"`
}

// Thresholds are the per-metric distance bounds δ a replayed segment must stay under.
type Thresholds struct {
	L1     float64 `json:"l1"`
	L2     float64 `json:"l2"`
	LInf   float64 `json:"linf"`
	Cosine float64 `json:"cosine"`
}

// maxTaskBytes bounds a task file; real ones are a few hundred bytes.
const maxTaskBytes = 1 << 20

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

// Validate checks that the task is complete and consistent.
func (t *Task) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidTask}, args...)...)
	}
	switch t.Mode {
	case "", ModeTolerant, ModeDeterministic:
	default:
		return bad("mode %q is not supported (want %q or %q)", t.Mode, ModeTolerant, ModeDeterministic)
	}
	if _, err := ParseDType(t.DType); err != nil {
		return err
	}
	m := t.Model
	if m.Type != "mlp" {
		return bad("model.type %q (want \"mlp\")", m.Type)
	}
	if m.Input <= 0 || m.Classes < 2 {
		return bad("model needs input > 0 and classes ≥ 2, got input %d classes %d", m.Input, m.Classes)
	}
	for i, h := range m.Hidden {
		if h <= 0 || h > 1<<16 {
			return bad("model.hidden[%d] = %d", i, h)
		}
	}
	o := t.Optimizer
	switch o.Type {
	case "sgd":
		if o.Momentum != 0 {
			return bad("optimizer sgd takes no momentum (use \"momentum\")")
		}
	case "momentum":
		if o.Momentum <= 0 || o.Momentum >= 1 {
			return bad("optimizer.momentum %v must be in (0, 1)", o.Momentum)
		}
	default:
		return bad("optimizer.type %q (want \"sgd\" or \"momentum\")", o.Type)
	}
	if !(o.LearningRate > 0 && o.LearningRate < 100) {
		return bad("optimizer.learning_rate %v must be in (0, 100)", o.LearningRate)
	}
	if s := o.Schedule; s != nil && (s.StepSize <= 0 || !(s.Gamma > 0 && s.Gamma <= 1)) {
		return bad("optimizer.schedule needs step_size > 0 and gamma in (0, 1]")
	}
	if t.BatchSize <= 0 || t.Steps <= 0 || t.CheckpointInterval <= 0 {
		return bad("batch_size, steps and checkpoint_interval must be positive (got %d, %d, %d)", t.BatchSize, t.Steps, t.CheckpointInterval)
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
		d := t.Delta
		for _, v := range []float64{d.L1, d.L2, d.LInf, d.Cosine} {
			if v < 0 || v != v {
				return bad("delta thresholds must be ≥ 0")
			}
		}
	}
	return nil
}

// ElemType returns the task's dtype.
func (t *Task) ElemType() DType {
	dt, _ := ParseDType(t.DType)
	return dt
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

// LearningRate returns the learning rate in force at step (0-based).
func (t *Task) LearningRate(step int) float64 {
	lr := t.Optimizer.LearningRate
	if s := t.Optimizer.Schedule; s != nil {
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

// ParamShapes lists the model's parameters in canonical order: w0, b0, w1, b1, …
// where wi is [in, out] and bi is [out].
func (m ModelSpec) ParamShapes() (names []string, shapes [][]int) {
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
