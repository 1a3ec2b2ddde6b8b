package prooflearn

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCosMatchesMath(t *testing.T) {
	for i := 0; i <= 20000; i++ {
		x := math.Pi * float64(i) / 10000 // [0, 2π]
		assert.InDelta(t, math.Cos(x), Cos(x), 2e-16, "x=%v", x)
		assert.Equal(t, Cos(x), Cos(-x))
	}
	assert.True(t, math.IsNaN(Cos(math.Inf(1))))
	assert.True(t, math.IsNaN(Cos(math.NaN())))
	assert.Equal(t, 1.0, Cos(0))
}

func adamTask(t *testing.T) *Task {
	t.Helper()
	task, err := DecodeTask(strings.NewReader(`{"name":"a","model":{"type":"mlp","input":4,"hidden":[3],"classes":2},
		"optimizer":{"type":"adamw","learning_rate":0.01,"beta1":0.9,"beta2":0.999,"epsilon":1e-8,"weight_decay":0.01,"clip_norm":1,
			"schedule":{"type":"warmup-cosine","warmup_steps":4,"min_lr":0.001}},
		"batch_size":2,"steps":12,"checkpoint_interval":4,"dataset":{"name":"d","root":"` + strings.Repeat("11", 32) + `","examples":8},
		"seed_commitment":"` + strings.Repeat("22", 32) + `"}`))
	require.NoError(t, err)
	return task
}

// TestWarmupCosine checks the schedule against values worked out by hand:
// warm-up 0.01·(s+1)/4, then 0.001 + 0.009·(1 + cos(π·(s−4)/8))/2.
func TestWarmupCosine(t *testing.T) {
	task := adamTask(t)
	want := []float64{0.0025, 0.005, 0.0075, 0.01,
		0.01,                                  // cos 0 = 1
		0.001 + 0.0045*(1+0.9238795325112867), // cos π/8
		0.001 + 0.0045*(1+0.7071067811865476), // cos π/4
		0.001 + 0.0045*(1+0.38268343236508984),
		0.0055, // cos π/2 = 0
		0.001 + 0.0045*(1-0.38268343236508984),
		0.001 + 0.0045*(1-0.7071067811865476),
		0.001 + 0.0045*(1-0.9238795325112867)}
	for s, w := range want {
		assert.InDelta(t, w, task.LearningRate(s), 1e-15, "step %d", s)
	}
	// Monotone: rising through warm-up, falling after it, never below min_lr.
	for s := 4; s < 11; s++ {
		assert.Greater(t, task.LearningRate(s), task.LearningRate(s+1))
		assert.GreaterOrEqual(t, task.LearningRate(s+1), 0.001)
	}
}

func TestAdamValidation(t *testing.T) {
	base := adamTask(t)
	for name, edit := range map[string]func(o *OptimizerSpec){
		"beta1 1":           func(o *OptimizerSpec) { o.Beta1 = 1 },
		"beta1 NaN":         func(o *OptimizerSpec) { o.Beta1 = math.NaN() },
		"beta2 0":           func(o *OptimizerSpec) { o.Beta2 = 0 },
		"beta2 Inf":         func(o *OptimizerSpec) { o.Beta2 = math.Inf(1) },
		"epsilon absent":    func(o *OptimizerSpec) { o.Epsilon = 0 },
		"epsilon NaN":       func(o *OptimizerSpec) { o.Epsilon = math.NaN() },
		"weight decay < 0":  func(o *OptimizerSpec) { o.WeightDecay = -1 },
		"weight decay > 1":  func(o *OptimizerSpec) { o.WeightDecay = 2 },
		"adam weight decay": func(o *OptimizerSpec) { o.Type = OptAdam },
		"clip NaN":          func(o *OptimizerSpec) { o.ClipNorm = math.NaN() },
		"clip Inf":          func(o *OptimizerSpec) { o.ClipNorm = math.Inf(1) },
		"clip < 0":          func(o *OptimizerSpec) { o.ClipNorm = -1 },
		"momentum on adam":  func(o *OptimizerSpec) { o.Momentum = 0.9 },
		"sgd with beta":     func(o *OptimizerSpec) { o.Type, o.WeightDecay, o.ClipNorm, o.Epsilon = OptSGD, 0, 0, 0 },
		"warmup ≥ steps":    func(o *OptimizerSpec) { o.Schedule.WarmupSteps = 12 },
		"warmup < 0":        func(o *OptimizerSpec) { o.Schedule.WarmupSteps = -1 },
		"min_lr > lr":       func(o *OptimizerSpec) { o.Schedule.MinLR = 0.02 },
		"min_lr NaN":        func(o *OptimizerSpec) { o.Schedule.MinLR = math.NaN() },
		"cosine with gamma": func(o *OptimizerSpec) { o.Schedule.Gamma = 0.5 },
		"unknown schedule":  func(o *OptimizerSpec) { o.Schedule.Type = "linear" },
		"step with warmup":  func(o *OptimizerSpec) { o.Schedule.Type, o.Schedule.StepSize, o.Schedule.Gamma = ScheduleStep, 2, 0.5 },
	} {
		task := *base
		o := base.Optimizer
		sched := *o.Schedule
		o.Schedule = &sched
		edit(&o)
		task.Optimizer = o
		assert.ErrorIs(t, task.Validate(), ErrInvalidTask, name)
	}
	fixed := *base
	fixed.Mode = ModeFixed
	fixed.Optimizer.Schedule = nil
	err := fixed.Validate()
	require.ErrorIs(t, err, ErrInvalidTask)
	assert.Contains(t, err.Error(), "fixed mode")
}

// TestOldTaskHashesUnchanged pins the hashes of the shipped tasks written
// before Adam existed: the new fields must not enter their JSON.
func TestOldTaskHashesUnchanged(t *testing.T) {
	for file, want := range map[string]string{
		"../testdata/tasks/tiny.json":        "278e26b2ad33f1ceef38833571e56be46d94230e475ee040c74f089046ba623e",
		"../testdata/tasks/tiny-det.json":    "747dc7f034326b41063434bee2fe39d67bd2d0195075edbd3b5822c05be629e5",
		"../testdata/tasks/tiny-fixed.json":  "52ebf5eda51105237abb80354ad866dc852a095b52dda0290803e43f87fb0e22",
		"../testdata/tasks/fashion-mlp.json": "e66fd16d45146609244554ba20016076d2a73e99d26829907cf7e081a019d1a8",
	} {
		task, err := ReadTask(file)
		require.NoError(t, err)
		assert.Equal(t, want, task.Hash().String(), file)
	}
	step := `{"name":"s","model":{"type":"mlp","input":4,"classes":2},"optimizer":{"type":"sgd","learning_rate":0.1,"schedule":{"step_size":5,"gamma":0.5}},
		"batch_size":2,"steps":12,"checkpoint_interval":4,"dataset":{"name":"d","root":"` + strings.Repeat("11", 32) + `","examples":8},
		"seed_commitment":"` + strings.Repeat("22", 32) + `"}`
	task, err := DecodeTask(strings.NewReader(step))
	require.NoError(t, err)
	assert.Equal(t, "873fa0478d167f2ae78d82481497a4c5fa14429b6c7b1048b671065e5324daf8", task.Hash().String())
	assert.InDelta(t, 0.025, task.LearningRate(11), 1e-17)
	typed, err := DecodeTask(strings.NewReader(strings.Replace(step, `"schedule":{`, `"schedule":{"type":"step",`, 1)))
	require.NoError(t, err)
	assert.Equal(t, task.LearningRate(11), typed.LearningRate(11))
}

// TestAdamThresholds: a tolerant Adam task's optimizer δ cannot be derived
// from the parameters', so a "delta" without one is refused, Resolve leaves
// it nil (Check then fails closed), and a deterministic task compares with 0.
func TestAdamThresholds(t *testing.T) {
	task := adamTask(t)
	task.Delta = &Thresholds{L1: 1, L2: 1, LInf: 1, Cosine: 1}
	err := task.Validate()
	require.ErrorIs(t, err, ErrInvalidTask)
	assert.Contains(t, err.Error(), "needs thresholds for its moments")
	r := task.Delta.Resolve(task)
	assert.Nil(t, r.Optimizer)
	d := StateDistances{Optimizer: &Distances{L2: 1e-30}}
	assert.NotEmpty(t, d.Check(r), "no optimizer thresholds must fail closed")

	task.Delta.Optimizer = &Thresholds{L1: 2, L2: 2, LInf: 2, Cosine: 2}
	require.NoError(t, task.Validate())
	r = task.Delta.Resolve(task)
	require.NotNil(t, r.Optimizer)
	assert.Equal(t, 2.0, r.Optimizer.L2)
	r.Optimizer.L2 = 3
	assert.Equal(t, 2.0, task.Delta.Optimizer.L2, "Resolve must copy, not alias")

	task.Mode = ModeDeterministic
	task.Delta.Optimizer = nil
	require.NoError(t, task.Validate())
	assert.Equal(t, Thresholds{Optimizer: &Thresholds{}}, task.Delta.Resolve(task))
}

// TestAdamLayout: the moments follow the parameters, m then v of each.
func TestAdamLayout(t *testing.T) {
	task := adamTask(t)
	assert.Equal(t, []string{"adam.m.w0", "adam.v.w0", "adam.m.b0", "adam.v.b0", "adam.m.w1", "adam.v.w1", "adam.m.b1", "adam.v.b1"}, task.OptimizerStateNames())
	c, err := InitialCheckpoint(task, []byte("seed"))
	require.NoError(t, err)
	require.NoError(t, c.CheckShape(task))
	require.Len(t, c.OptState, 8)
	assert.Equal(t, []int{4, 3}, c.OptState[1].Shape)
	kinds := c.StateKinds()
	require.Len(t, kinds, 2)
	assert.Equal(t, KindOptimizer, kinds[1].Kind)
	assert.Len(t, kinds[1].Tensors, 8)
	c.OptState = c.OptState[:7]
	assert.ErrorIs(t, c.CheckShape(task), ErrMalformed)
}

// Every Adam, clipping and schedule field steers training, so each is in the
// task's hash: a proof made with another value is a proof of another task.
func TestTaskHashCoversAdamFields(t *testing.T) {
	base, err := ReadTask("../testdata/tasks/tiny-adam-det.json")
	require.NoError(t, err)
	require.NotNil(t, base.Optimizer.Schedule)
	for name, edit := range map[string]func(*Task){
		"beta1":        func(t *Task) { t.Optimizer.Beta1 += 0.01 },
		"beta2":        func(t *Task) { t.Optimizer.Beta2 -= 0.001 },
		"epsilon":      func(t *Task) { t.Optimizer.Epsilon *= 2 },
		"weight_decay": func(t *Task) { t.Optimizer.WeightDecay += 0.01 },
		"clip_norm":    func(t *Task) { t.Optimizer.ClipNorm *= 2 },
		"warmup_steps": func(t *Task) { t.Optimizer.Schedule.WarmupSteps++ },
		"min_lr":       func(t *Task) { t.Optimizer.Schedule.MinLR += 1e-4 },
		"type":         func(t *Task) { t.Optimizer.Type = OptAdam },
	} {
		c := *base
		sched := *base.Optimizer.Schedule
		c.Optimizer.Schedule = &sched
		edit(&c)
		require.NotEqual(t, base.Hash(), c.Hash(), "changing %s left the task hash unchanged", name)
	}
}
