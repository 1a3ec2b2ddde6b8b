package prooflearn

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileClasses is the task the review found: 2^40 classes decoded, and
// InitialCheckpoint then died with "fatal error: out of memory".
func hostileClasses(t testing.TB) string {
	return strings.Replace(readTiny(t), `"classes": 10`, `"classes": 1099511627776`, 1)
}

// editTiny replaces old with new in tiny.json, failing if old is not there.
func editTiny(t *testing.T, edits ...string) string {
	t.Helper()
	s := readTiny(t)
	for i := 0; i+1 < len(edits); i += 2 {
		require.Contains(t, s, edits[i])
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	return s
}

func hiddenLayers(n, width int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = strconv.Itoa(width)
	}
	return `"hidden": [` + strings.Join(ws, ",") + `]`
}

// Every size a task declares is refused beyond its limit, with an error that
// wraps ErrTooLarge and ErrInvalidTask and names the field.
func TestTaskLimits(t *testing.T) {
	steps := func(n int) string { return fmt.Sprintf(`"steps": %d`, n) }
	for _, tc := range []struct {
		name  string
		text  string
		field string
		limit int64
	}{
		{"classes 2^40", hostileClasses(t), "model.classes", MaxModelWidth},
		{"classes", editTiny(t, `"classes": 10`, fmt.Sprintf(`"classes": %d`, MaxModelWidth+1)), "model.classes", MaxModelWidth},
		{"classes beyond int64", editTiny(t, `"classes": 10`, `"classes": 1e30`), "model.classes", MaxModelWidth},
		{"classes beyond uint64", editTiny(t, `"classes": 10`, `"classes": 100000000000000000000000`), "model.classes", MaxModelWidth},
		{"input", editTiny(t, `"input": 784`, `"input": 1099511627776`), "model.input", MaxModelWidth},
		// 2^21 fits a 32-bit int: beyond it, encoding/json names only "model.hidden".
		{"hidden width", editTiny(t, `"hidden": [32]`, `"hidden": [32, 2097152]`), "model.hidden[1]", MaxModelWidth},
		{"hidden width beyond int64", editTiny(t, `"hidden": [32]`, `"hidden": [32, 1e30]`), "model.hidden", MaxModelWidth},
		{"hidden layers", editTiny(t, `"hidden": [32]`, hiddenLayers(MaxHiddenLayers+1, 1)), "model.hidden layers", MaxHiddenLayers},
		{"parameters", editTiny(t, `"hidden": [32]`, `"hidden": [1048576, 1048576]`), "model parameters", MaxParams},
		{"parameters, just over", editTiny(t, `"input": 784`, `"input": 16384`, `"hidden": [32]`, `"hidden": []`, `"classes": 10`, `"classes": 1024`), "model parameters", MaxParams},
		{"steps", editTiny(t, `"steps": 500`, steps(MaxSteps+1)), "steps", MaxSteps},
		{"steps 2^63", editTiny(t, `"steps": 500`, `"steps": 9223372036854775807`), "steps", MaxSteps},
		{"checkpoint_interval", editTiny(t, `"checkpoint_interval": 10`, `"checkpoint_interval": 9223372036854775807`), "checkpoint_interval", MaxSteps},
		{"batch_size", editTiny(t, `"batch_size": 32`, `"batch_size": 1099511627776`), "batch_size", MaxBatchSize},
		{"examples", editTiny(t, `"examples": 2000`, `"examples": 1099511627776`), "dataset.examples", MaxExamples},
		{"steps × batch_size", editTiny(t, `"steps": 500`, steps(MaxSteps), `"batch_size": 32`, `"batch_size": 64`, `"checkpoint_interval": 10`, `"checkpoint_interval": 1024`), "steps × batch_size", MaxBatchIndices},
		{"checkpoints", editTiny(t, `"steps": 500`, steps(MaxSteps), `"checkpoint_interval": 10`, `"checkpoint_interval": 1`), "checkpoints (steps ÷ checkpoint_interval + 1)", MaxCheckpoints},
		{"schedule step_size", editTiny(t, `"momentum": 0.9`, `"momentum": 0.9, "schedule": {"step_size": 1099511627776, "gamma": 0.5}`), "optimizer.schedule.step_size", MaxSteps},
		{"schedule decays", editTiny(t, `"steps": 500`, steps(MaxScheduleDecays+2), `"momentum": 0.9`, `"momentum": 0.9, "schedule": {"step_size": 1, "gamma": 0.5}`), "optimizer.schedule decays ((steps − 1) ÷ step_size)", MaxScheduleDecays},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTask(strings.NewReader(tc.text))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrTooLarge)
			assert.ErrorIs(t, err, ErrInvalidTask)
			var le *LimitError
			require.ErrorAs(t, err, &le)
			assert.Equal(t, tc.field, le.Field)
			assert.Equal(t, tc.limit, le.Limit)
			assert.Contains(t, err.Error(), tc.field+" ")
			assert.Contains(t, err.Error(), "exceeds the limit of "+strconv.FormatInt(tc.limit, 10))
		})
	}
}

func TestTaskLimitNamesTheValue(t *testing.T) {
	_, err := DecodeTask(strings.NewReader(hostileClasses(t)))
	assert.EqualError(t, err, fmt.Sprintf("invalid task: model.classes 1099511627776 exceeds the limit of %d", MaxModelWidth))
}

// A task at every limit at once is still accepted: the limits are where the
// errors say they are.
func TestTaskAtTheLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
	}{
		{"widths and layers", editTiny(t, `"input": 784`, fmt.Sprintf(`"input": %d`, MaxModelWidth), `"hidden": [32]`, hiddenLayers(MaxHiddenLayers, 1), `"classes": 10`, fmt.Sprintf(`"classes": %d`, MaxModelWidth))},
		{"steps and examples", editTiny(t, `"steps": 500`, fmt.Sprintf(`"steps": %d`, MaxSteps), `"checkpoint_interval": 10`, fmt.Sprintf(`"checkpoint_interval": %d`, MaxSteps), `"examples": 2000`, fmt.Sprintf(`"examples": %d`, MaxExamples))},
		{"checkpoints", editTiny(t, `"steps": 500`, fmt.Sprintf(`"steps": %d`, (MaxCheckpoints-1)*16), `"checkpoint_interval": 10`, `"checkpoint_interval": 16`)},
		{"batch", editTiny(t, `"steps": 500`, fmt.Sprintf(`"steps": %d`, MaxBatchIndices/MaxBatchSize), `"batch_size": 32`, fmt.Sprintf(`"batch_size": %d`, MaxBatchSize), `"examples": 2000`, fmt.Sprintf(`"examples": %d`, MaxExamples))},
		{"interval beyond steps", editTiny(t, `"checkpoint_interval": 10`, fmt.Sprintf(`"checkpoint_interval": %d`, MaxSteps))},
		{"schedule", editTiny(t, `"steps": 500`, fmt.Sprintf(`"steps": %d`, MaxScheduleDecays+1), `"momentum": 0.9`, `"momentum": 0.9, "schedule": {"step_size": 1, "gamma": 0.5}`)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTask(strings.NewReader(tc.text))
			assert.NoError(t, err)
		})
	}
}

func TestParamCount(t *testing.T) {
	for _, tc := range []struct {
		name  string
		model ModelSpec
		want  int
	}{
		{"tiny", ModelSpec{Type: "mlp", Input: 784, Hidden: []int{32}, Classes: 10}, 784*32 + 32 + 32*10 + 10},
		{"fashion-mlp", ModelSpec{Type: "mlp", Input: 784, Hidden: []int{128}, Classes: 10}, 101770},
		{"no hidden layer", ModelSpec{Type: "mlp", Input: 4, Classes: 3}, 15},
		{"exactly MaxParams", ModelSpec{Type: "mlp", Input: 1<<14 - 1, Classes: 1 << 10}, MaxParams},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := tc.model.ParamCount()
			require.NoError(t, err)
			assert.Equal(t, tc.want, n)
			_, shapes := tc.model.ParamShapes()
			sum := 0
			for _, s := range shapes {
				sum += shapeSize(s)
			}
			assert.Equal(t, n, sum, "ParamCount disagrees with ParamShapes")
		})
	}
	_, err := ModelSpec{Input: 1 << 14, Classes: 1 << 10}.ParamCount()
	assert.ErrorIs(t, err, ErrTooLarge, "one input more than MaxParams allows")
	_, err = ModelSpec{Input: -1, Classes: 2}.ParamCount()
	assert.ErrorIs(t, err, ErrInvalidTask)
	assert.NotErrorIs(t, err, ErrTooLarge)
}

func TestTaskRejectsNonFinite(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	for _, tc := range []struct {
		name string
		edit func(*Task)
	}{
		{"learning_rate NaN", func(t *Task) { t.Optimizer.LearningRate = nan }},
		{"learning_rate Inf", func(t *Task) { t.Optimizer.LearningRate = inf }},
		{"momentum NaN", func(t *Task) { t.Optimizer.Momentum = nan }},
		{"momentum Inf", func(t *Task) { t.Optimizer.Momentum = inf }},
		{"sgd momentum NaN", func(t *Task) { t.Optimizer.Type, t.Optimizer.Momentum = "sgd", nan }},
		{"gamma NaN", func(t *Task) { t.Optimizer.Schedule = &LRSchedule{StepSize: 10, Gamma: nan} }},
		{"gamma Inf", func(t *Task) { t.Optimizer.Schedule = &LRSchedule{StepSize: 10, Gamma: inf} }},
		{"min_progress NaN", func(t *Task) { t.MinProgress = &nan }},
		{"min_progress Inf", func(t *Task) { t.MinProgress = &inf }},
		{"delta NaN", func(t *Task) { t.Delta.L2 = nan }},
		{"delta Inf", func(t *Task) { t.Delta.LInf = inf }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			task, err := DecodeTask(strings.NewReader(readTiny(t)))
			require.NoError(t, err)
			require.NotNil(t, task.Delta)
			tc.edit(task)
			assert.ErrorIs(t, task.Validate(), ErrInvalidTask)
		})
	}
}

func TestManifestLimits(t *testing.T) {
	for _, tc := range []struct {
		name     string
		edit     func(*Manifest)
		tooLarge bool
	}{
		{"steps = interval = MaxInt, negative leaves", func(m *Manifest) {
			m.Steps, m.CheckpointInterval = math.MaxInt, math.MaxInt
			m.Checkpoints = m.Checkpoints[:1]
			m.Leaves = 1 + 1 + m.Steps // wraps negative
		}, true},
		{"steps beyond MaxSteps", func(m *Manifest) { m.Steps = MaxSteps + 1 }, true},
		{"interval beyond MaxSteps", func(m *Manifest) { m.CheckpointInterval = MaxSteps + 1 }, true},
		{"too many checkpoints", func(m *Manifest) { m.Steps, m.CheckpointInterval = MaxSteps, 1 }, true},
		{"negative leaves", func(m *Manifest) { m.Leaves = -1 }, false},
		{"negative interval", func(m *Manifest) { m.CheckpointInterval = -2 }, false},
		{"leaves one short", func(m *Manifest) { m.Leaves-- }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := sampleManifest()
			tc.edit(m)
			_, err := DecodeManifest(m.Encode())
			assert.ErrorIs(t, err, ErrMalformed)
			if tc.tooLarge {
				assert.ErrorIs(t, err, ErrTooLarge)
			}
		})
	}
}

func TestBatchesLimits(t *testing.T) {
	for _, tc := range []struct {
		name, text string
	}{
		{"batch_size", fmt.Sprintf(`{"format":"prooflearn-batches/v1","batch_size":%d,"indices":[]}`, MaxBatchSize+1)},
		{"steps", `{"format":"prooflearn-batches/v1","batch_size":1,"indices":[` + strings.Repeat("[0],", MaxSteps) + `[0]]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeBatches([]byte(tc.text))
			assert.ErrorIs(t, err, ErrMalformed)
			assert.ErrorIs(t, err, ErrTooLarge)
		})
	}
	if strconv.IntSize == 64 {
		big := uint64(1) << 32
		_, err := DecodeBatches([]byte(fmt.Sprintf(`{"format":"prooflearn-batches/v1","batch_size":1,"indices":[[%d]]}`, big)))
		assert.ErrorIs(t, err, ErrMalformed, "index 2^32 does not fit the canonical uint32")
	}
}

// The canonical encodings never narrow: what a field cannot hold is refused
// by Validate and has no encoding, and the largest values that fit still
// encode as before.
func TestCanonicalRefusesWhatItCannotHold(t *testing.T) {
	valid := func() *Checkpoint {
		w := NewTensor("w0", Float32, 2, 3)
		return &Checkpoint{Step: 1, Params: []Tensor{w}, OptState: []Tensor{NewTensor(MomentumPrefix+"w0", Float32, 2, 3)}}
	}
	t.Run("name length", func(t *testing.T) {
		c := valid()
		c.Params[0].Name = strings.Repeat("w", MaxTensorNameLen+1)
		assert.Nil(t, c.Canonical())
		err := c.Params[0].Validate()
		assert.ErrorIs(t, err, ErrMalformed)
		assert.ErrorIs(t, err, ErrTooLarge)

		c.Params[0].Name = strings.Repeat("w", MaxTensorNameLen)
		require.NoError(t, c.Params[0].Validate())
		b := c.Canonical()
		require.NotNil(t, b)
		assert.Equal(t, []byte{0xff, 0xff}, b[len(checkpointTag)+24+4:][:2], "a name of 65535 bytes is stored as is")
	})
	t.Run("rank", func(t *testing.T) {
		shape := make([]int, MaxTensorRank+1)
		for i := range shape {
			shape[i] = 1
		}
		c := valid()
		c.Params[0] = NewTensor("w0", Float32, shape...)
		assert.Nil(t, c.Canonical())
		assert.Equal(t, []byte{7, 0}, c.Params[0].AppendCanonical([]byte{7}), "an unencodable tensor appends the lone byte 0")
		assert.ErrorIs(t, c.Params[0].Validate(), ErrTooLarge)
		_, err := TensorFromLittleEndian("w0", Float32, shape, make([]byte, 4))
		assert.ErrorIs(t, err, ErrMalformed)
		assert.ErrorIs(t, err, ErrTooLarge)

		c.Params[0] = NewTensor("w0", Float32, shape[:MaxTensorRank]...)
		require.NoError(t, c.Params[0].Validate())
		b := c.Params[0].AppendCanonical(nil)
		assert.Equal(t, []byte{byte(Float32), MaxTensorRank}, b[:2])
	})
	t.Run("batch index", func(t *testing.T) {
		assert.Nil(t, BatchCanonical(3, []int{1, -1}))
		if strconv.IntSize == 64 {
			big := uint64(1) << 32
			assert.Nil(t, BatchCanonical(3, []int{int(big)}))
			assert.NotNil(t, BatchCanonical(3, []int{int(big - 1)}))
		}
		assert.NotNil(t, BatchCanonical(3, nil))
	})
	t.Run("values against shape", func(t *testing.T) {
		// 2^64 elements wraps to 0 in 64-bit arithmetic (and earlier in
		// 32-bit): the check must not mistake it for an empty tensor.
		w := Tensor{Name: "w", DType: Float32, Shape: []int{1 << 16, 1 << 16, 1 << 16, 1 << 16}}
		assert.ErrorIs(t, w.Validate(), ErrMalformed)
		empty := Tensor{Name: "w", DType: Float32, Shape: []int{1 << 16, 0, 1 << 16}, F32: []float32{}}
		assert.NoError(t, empty.Validate())
	})
}
