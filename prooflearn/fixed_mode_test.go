package prooflearn

import (
	"encoding/binary"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/fixed"
)

func readFixed(t testing.TB) string {
	t.Helper()
	task, err := ReadTask("../testdata/tasks/tiny-fixed.json")
	require.NoError(t, err)
	require.Equal(t, ModeFixed, task.Mode)
	b, err := os.ReadFile("../testdata/tasks/tiny-fixed.json")
	require.NoError(t, err)
	return string(b)
}

func TestFixedTaskValidation(t *testing.T) {
	text := readFixed(t)
	for _, tc := range []struct {
		name, text string
		limit      string // the field a *LimitError names, if any
	}{
		{"float dtype", strings.Replace(text, `"dtype": "q16"`, `"dtype": "float32"`, 1), ""},
		{"unknown dtype", strings.Replace(text, `"dtype": "q16"`, `"dtype": "q8"`, 1), ""},
		{"schedule", strings.Replace(text, `"momentum": 0.8}`, `"momentum": 0.8, "schedule": {"step_size": 100, "gamma": 0.5}}`, 1), ""},
		{"learning rate under 2^-17", strings.Replace(text, `"learning_rate": 0.02`, `"learning_rate": 0.000007`, 1), ""},
		{"momentum rounding to One", strings.Replace(text, `"momentum": 0.8`, `"momentum": 0.999995`, 1), ""},
		{"momentum rounding to 0", strings.Replace(text, `"momentum": 0.8`, `"momentum": 0.000007`, 1), ""},
		{"unknown optimizer", strings.Replace(text, `"type": "momentum"`, `"type": "adam"`, 1), ""},
		{"input over 2^14", strings.Replace(text, `"input": 784`, `"input": 16385`, 1), "model.input (fixed mode)"},
		{"hidden over 2^14", strings.Replace(text, `"hidden": [32]`, `"hidden": [16385]`, 1), "model.hidden[0] (fixed mode)"},
		{"classes over 2^14", strings.Replace(text, `"classes": 10`, `"classes": 16385`, 1), "model.classes (fixed mode)"},
		{"batch over 2^14", strings.Replace(strings.Replace(text, `"batch_size": 32`, `"batch_size": 16385`, 1), `"examples": 2000`, `"examples": 20000`, 1), "batch_size (fixed mode)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NotEqual(t, text, tc.text, "the test's edit did not apply")
			_, err := DecodeTask(strings.NewReader(tc.text))
			assert.ErrorIs(t, err, ErrInvalidTask)
			if tc.limit != "" {
				var le *LimitError
				require.ErrorAs(t, err, &le)
				assert.Equal(t, tc.limit, le.Field)
				assert.Equal(t, int64(fixed.MaxInner), le.Limit)
			}
		})
	}
	// At the limits, and with the dtype left out, the task is valid.
	for _, ok := range []string{
		strings.Replace(text, `"hidden": [32]`, `"hidden": [16384]`, 1),
		strings.Replace(text, `"momentum": 0.8`, `"momentum": 0.99998`, 1),
		strings.Replace(text, `  "dtype": "q16",`+"\n", "", 1),
	} {
		require.NotEqual(t, text, ok)
		_, err := DecodeTask(strings.NewReader(ok))
		assert.NoError(t, err)
	}
}

func TestFixedTaskIdentity(t *testing.T) {
	text := readFixed(t)
	task, err := DecodeTask(strings.NewReader(text))
	require.NoError(t, err)
	noDType, err := DecodeTask(strings.NewReader(strings.Replace(text, `  "dtype": "q16",`+"\n", "", 1)))
	require.NoError(t, err)
	assert.Equal(t, task.Hash(), noDType.Hash(), "an absent dtype is q16 in fixed mode")
	for _, other := range []string{
		strings.Replace(strings.Replace(text, `"mode": "fixed"`, `"mode": "deterministic"`, 1), `"q16"`, `"float32"`, 1),
		strings.Replace(text, `"learning_rate": 0.02`, `"learning_rate": 0.021`, 1),
	} {
		o, err := DecodeTask(strings.NewReader(other))
		require.NoError(t, err)
		assert.NotEqual(t, task.Hash(), o.Hash())
	}
	assert.Equal(t, Int32, task.ElemType())
	assert.True(t, task.Exact())
	assert.Equal(t, Thresholds{Optimizer: &Thresholds{}}, Thresholds{L1: 1, L2: 1}.Resolve(task), "fixed mode compares exactly")
	for _, s := range task.CheckpointLayout() {
		assert.Equal(t, Int32, s.DType)
	}
}

// TestFixedInitialCheckpoint: each initial weight is the float64
// Glorot value of the same seed rounded to a raw value, biases and
// momentum zero.
func TestFixedInitialCheckpoint(t *testing.T) {
	task, err := DecodeTask(strings.NewReader(readFixed(t)))
	require.NoError(t, err)
	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	c, err := InitialCheckpoint(task, seed)
	require.NoError(t, err)
	f64 := *task
	f64.Mode, f64.DType = ModeDeterministic, "float64"
	ref, err := InitialCheckpoint(&f64, seed)
	require.NoError(t, err)
	require.NoError(t, c.CheckShape(task))
	for i := range c.Params {
		for j, v := range c.Params[i].I32 {
			require.Equal(t, fixed.FromFloat(ref.Params[i].F64[j]), v, "%s[%d]", c.Params[i].Name, j)
		}
	}
	assert.NotZero(t, c.Params[0].I32[0])
	for _, m := range c.OptState {
		assert.Equal(t, make([]int32, m.Len()), m.I32)
	}
}

func TestInt32Tensor(t *testing.T) {
	x := NewTensor("w", Int32, 2, 2)
	copy(x.I32, []int32{fixed.One, -fixed.One / 2, fixed.Min, fixed.Max})
	assert.Equal(t, 4, x.Len())
	assert.Equal(t, 1.0, x.At(0))
	assert.Equal(t, -0.5, x.At(1))
	assert.Equal(t, -256.0, x.At(2))
	require.NoError(t, x.Validate())

	raw := x.LittleEndianBytes()
	require.Len(t, raw, 16)
	assert.Equal(t, uint32(0xffff8000), binary.LittleEndian.Uint32(raw[4:]))
	back, err := TensorFromLittleEndian("w", Int32, []int{2, 2}, raw)
	require.NoError(t, err)
	assert.Equal(t, x.I32, back.I32)
	_, err = TensorFromLittleEndian("w", Int32, []int{2, 2}, raw[:15])
	assert.ErrorIs(t, err, ErrMalformed)

	c := x.Clone()
	c.I32[0] = 7
	assert.Equal(t, int32(fixed.One), x.I32[0], "Clone shares memory")
	require.NoError(t, x.CopyFrom(&c))
	assert.Equal(t, int32(7), x.I32[0])
	f := NewTensor("w", Float32, 2, 2)
	assert.ErrorIs(t, x.CopyFrom(&f), ErrMalformed, "int32 from float32")

	for _, v := range []int32{fixed.Max + 1, fixed.Min - 1, -1 << 31} {
		bad := x.Clone()
		bad.I32[3] = v
		assert.ErrorIs(t, bad.Validate(), ErrMalformed, "value %d", v)
	}
	assert.Equal(t, "int32", Int32.String())
	assert.Equal(t, 4, Int32.Size())
}

// TestFixedDistancesExact: one raw unit of difference is a distance over
// the zero thresholds of fixed mode.
func TestFixedDistancesExact(t *testing.T) {
	start := NewTensor("w", Int32, 3)
	a := start.Clone()
	copy(a.I32, []int32{100, -5, 0})
	b := a.Clone()
	b.I32[2] = 1
	d, err := ParamDistances([]Tensor{start}, []Tensor{a}, []Tensor{b})
	require.NoError(t, err)
	assert.Equal(t, 1.0/fixed.One, d.L1)
	assert.Equal(t, 1.0/fixed.One, d.LInf)
	assert.NotEmpty(t, d.Check(Thresholds{}))
	same, err := ParamDistances([]Tensor{start}, []Tensor{a}, []Tensor{a.Clone()})
	require.NoError(t, err)
	assert.Equal(t, Distances{}, same)
	assert.Empty(t, same.Check(Thresholds{}))
}
