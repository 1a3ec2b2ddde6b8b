package prooflearn

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func readCNN(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/tasks/tiny-cnn-det.json")
	require.NoError(t, err)
	return string(b)
}

// editCNN replaces old with new in tiny-cnn-det.json, failing if old is not
// there.
func editCNN(t *testing.T, edits ...string) string {
	t.Helper()
	s := readCNN(t)
	for i := 0; i+1 < len(edits); i += 2 {
		require.Contains(t, s, edits[i])
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	return s
}

const conv1 = `{"conv": {"out": 4, "kernel": 5, "stride": 1, "padding": 2}}`

// TestCNNShapesAndParams: the layers see the shapes LeNet's arithmetic
// gives, and the parameters are named, shaped and counted in layer order.
func TestCNNShapesAndParams(t *testing.T) {
	task, err := DecodeTask(strings.NewReader(readCNN(t)))
	require.NoError(t, err)
	layers, err := task.Model.CNNLayers()
	require.NoError(t, err)
	var shapes [][3]int
	for _, l := range layers {
		shapes = append(shapes, [3]int{l.OutC, l.OutH, l.OutW})
	}
	assert.Equal(t, [][3]int{{4, 28, 28}, {4, 28, 28}, {4, 14, 14}, {8, 10, 10}, {8, 10, 10}, {8, 5, 5}, {200, 1, 1}, {32, 1, 1}, {32, 1, 1}, {10, 1, 1}}, shapes)
	names, pshapes := task.Model.ParamShapes()
	assert.Equal(t, []string{"conv1.w", "conv1.b", "conv2.w", "conv2.b", "dense1.w", "dense1.b", "dense2.w", "dense2.b"}, names)
	assert.Equal(t, [][]int{{4, 1, 5, 5}, {4}, {8, 4, 5, 5}, {8}, {200, 32}, {32}, {32, 10}, {10}}, pshapes)
	n, err := task.Model.ParamCount()
	require.NoError(t, err)
	assert.Equal(t, 4*25+4+8*100+8+200*32+32+32*10+10, n)

	layout := task.CheckpointLayout()
	require.Len(t, layout, 3*len(names))
	assert.Equal(t, TensorSpec{KindParams, "conv1.w", Float32, []int{4, 1, 5, 5}}, layout[0])
	assert.Equal(t, TensorSpec{KindOptimizer, "adam.m.conv1.w", Float32, []int{4, 1, 5, 5}}, layout[8])
	assert.Equal(t, TensorSpec{KindOptimizer, "adam.v.conv1.w", Float32, []int{4, 1, 5, 5}}, layout[9])

	// He-uniform convolution weights (fan-in in·k·k), Glorot dense ones,
	// zero biases, all from the seed.
	c, err := InitialCheckpoint(task, []byte("seed"))
	require.NoError(t, err)
	require.NoError(t, c.CheckShape(task))
	for i, p := range c.Params {
		limit := 0.0
		switch len(pshapes[i]) {
		case 4:
			limit = math.Sqrt(6.0 / float64(pshapes[i][1]*pshapes[i][2]*pshapes[i][3]))
		case 2:
			limit = math.Sqrt(6.0 / float64(pshapes[i][0]+pshapes[i][1]))
		}
		var biggest float64
		for j := 0; j < p.Len(); j++ {
			biggest = math.Max(biggest, math.Abs(p.At(j)))
		}
		assert.LessOrEqual(t, biggest, limit, p.Name)
		if limit > 0 {
			assert.Greater(t, biggest, 0.8*limit, "%s does not fill its range", p.Name)
		}
	}
	again, err := InitialCheckpoint(task, []byte("seed"))
	require.NoError(t, err)
	assert.Equal(t, c.Params, again.Params)
}

// TestCNNRejectsBadSpecs: every malformed network is refused with
// ErrInvalidTask and a message naming what is wrong, never a panic.
func TestCNNRejectsBadSpecs(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		edits      []string
	}{
		{"kernel larger than input", "larger than its", []string{conv1, `{"conv": {"out": 4, "kernel": 40, "stride": 1, "padding": 2}}`}},
		{"zero stride", "stride 0 must be positive", []string{conv1, `{"conv": {"out": 4, "kernel": 5, "stride": 0, "padding": 2}}`}},
		{"missing stride", "stride 0 must be positive", []string{conv1, `{"conv": {"out": 4, "kernel": 5, "padding": 2}}`}},
		{"non-integral output", "do not tile", []string{conv1, `{"conv": {"out": 4, "kernel": 5, "stride": 2, "padding": 1}}`}},
		{"pool not tiling", "do not tile", []string{`{"maxpool": {"size": 2, "stride": 2}},
      {"conv": {"out": 8`, `{"maxpool": {"size": 3, "stride": 3}},
      {"conv": {"out": 8`}},
		{"negative padding", "padding -1", []string{conv1, `{"conv": {"out": 4, "kernel": 5, "stride": 1, "padding": -1}}`}},
		{"padding as large as the kernel", "padding 5", []string{conv1, `{"conv": {"out": 4, "kernel": 5, "stride": 1, "padding": 5}}`}},
		{"zero channels", "out 0", []string{conv1, `{"conv": {"out": 0, "kernel": 5, "stride": 1, "padding": 2}}`}},
		{"unknown conv field", "unknown field", []string{`"padding": 2}`, `"padding": 2, "dilation": 2}`}},
		{"unknown layer", "unknown field", []string{`{"flatten": {}}`, `{"dropout": {}}`}},
		{"field in relu", "unknown field", []string{`{"relu": {}}`, `{"relu": {"inplace": true}}`}},
		{"two kinds in one layer", "exactly one", []string{`{"flatten": {}}`, `{"flatten": {}, "relu": {}}`}},
		{"empty layer", "exactly one", []string{`{"flatten": {}}`, `{}`}},
		{"null layer body", "exactly one", []string{`{"flatten": {}}`, `{"flatten": null}`}},
		{"no flatten", "needs a flatten", []string{`{"flatten": {}}, `, ``}},
		{"two flattens", "flattens once", []string{`{"flatten": {}}`, `{"flatten": {}}, {"flatten": {}}`}},
		{"conv after flatten", "after flatten", []string{`{"flatten": {}}, `, `{"flatten": {}}, ` + conv1 + `, `}},
		{"relu first", "must follow", []string{conv1 + `, {"relu": {}}`, `{"relu": {}}, ` + conv1}},
		{"last not classes", "last layer", []string{`{"dense": {"out": 10}}`, `{"dense": {"out": 11}}`}},
		{"ends in relu", "last layer", []string{`{"dense": {"out": 10}}`, `{"dense": {"out": 10}}, {"relu": {}}`}},
		{"image not input", "is not image", []string{`"image": [1, 28, 28]`, `"image": [1, 28, 27]`}},
		{"image of two dims", "must be [channels, height, width]", []string{`"image": [1, 28, 28]`, `"image": [28, 28]`}},
		{"zero image dim", "must be positive", []string{`"image": [1, 28, 28]`, `"image": [0, 28, 28]`}},
		{"hidden in a cnn", "takes no hidden", []string{`"image"`, `"hidden": [5], "image"`}},
		{"layers in an mlp", "takes no image or layers", []string{`"type": "cnn"`, `"type": "mlp"`}},
		{"fixed mode", "not supported in fixed mode", []string{`"mode": "deterministic"`, `"mode": "fixed"`, `"dtype": "float32"`, `"dtype": "q16"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeTask(strings.NewReader(editCNN(t, tc.edits...)))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidTask)
			assert.NotErrorIs(t, err, ErrTooLarge)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// TestCNNNeedsLayers: a cnn without layers is refused.
func TestCNNNeedsLayers(t *testing.T) {
	s := readCNN(t)
	i, j := strings.Index(s, `"layers": [`), strings.Index(s, "]\n  },")
	require.True(t, i > 0 && j > i)
	_, err := DecodeTask(strings.NewReader(s[:i] + `"layers": []` + s[j+1:]))
	assert.ErrorIs(t, err, ErrInvalidTask)
	assert.ErrorContains(t, err, "needs layers")
}

// TestCNNHostileSizes: sizes beyond the limits are *LimitErrors naming the
// field, refused before anything is allocated from them.
func TestCNNHostileSizes(t *testing.T) {
	for _, tc := range []struct {
		field string
		edits []string
	}{
		{"model.layers[0].conv.out", []string{conv1, `{"conv": {"out": 1000000, "kernel": 5, "stride": 1, "padding": 2}}`}},
		{"model.image[0] (channels)", []string{`"image": [1, 28, 28]`, `"image": [8192, 8, 2]`, `"input": 784`, `"input": 131072`}},
		{"model.image[1]", []string{`"image": [1, 28, 28]`, `"image": [1, 1073741824, 1]`}},
		{"model.layers[0] im2col values", []string{conv1, `{"conv": {"out": 1, "kernel": 25, "stride": 1, "padding": 12}}`, `"image": [1, 28, 28]`, `"image": [64, 28, 28]`, `"input": 784`, `"input": 50176`}},
		{"model.layers[0] output values", []string{conv1, `{"conv": {"out": 4096, "kernel": 1, "stride": 1, "padding": 0}}`, `"image": [1, 28, 28]`, `"image": [1, 128, 128]`, `"input": 784`, `"input": 16384`}},
		{"model.layers[9].dense.out", []string{`{"dense": {"out": 10}}`, `{"dense": {"out": 4194304}}`}},
		{"model parameters", []string{`{"dense": {"out": 32}}`, `{"dense": {"out": 1000000}}`}},
		{"batch_size × largest cnn activation", []string{`"batch_size": 32`, `"batch_size": 65536`, `"examples": 2000`, `"examples": 65536`}},
		// Within the per-example limit, but not at the batch accuracy is
		// evaluated in, however small the training batch.
		{"batch_size × largest cnn activation", []string{conv1, `{"conv": {"out": 1, "kernel": 9, "stride": 1, "padding": 4}}`, `"image": [1, 28, 28]`, `"image": [64, 28, 28]`, `"input": 784`, `"input": 50176`, `"batch_size": 32`, `"batch_size": 1`}},
		{"model.layers", []string{`"layers": [`, `"layers": [` + strings.Repeat(`{"relu": {}}, `, 70)}},
	} {
		t.Run(tc.field, func(t *testing.T) {
			_, err := DecodeTask(strings.NewReader(editCNN(t, tc.edits...)))
			require.Error(t, err)
			var le *LimitError
			require.True(t, errors.As(err, &le), "%v is not a *LimitError", err)
			assert.Equal(t, tc.field, le.Field)
			assert.ErrorIs(t, err, ErrTooLarge)
			assert.ErrorIs(t, err, ErrInvalidTask)
		})
	}
}

// TestCNNHashCoversEveryField: every field of the model changes the task's
// hash, and an MLP's hash does not see the fields CNNs added (the old
// hashes are pinned in TestOldTaskHashesUnchanged).
func TestCNNHashCoversEveryField(t *testing.T) {
	base, err := DecodeTask(strings.NewReader(readCNN(t)))
	require.NoError(t, err)
	seen := map[Hash]string{base.Hash(): "base"}
	for name, edits := range map[string][]string{
		"conv out":     {conv1, `{"conv": {"out": 5, "kernel": 5, "stride": 1, "padding": 2}}`},
		"conv kernel":  {conv1, `{"conv": {"out": 4, "kernel": 3, "stride": 1, "padding": 1}}`},
		"conv padding": {conv1, `{"conv": {"out": 4, "kernel": 5, "stride": 1, "padding": 4}}`},
		"conv stride":  {`{"conv": {"out": 8, "kernel": 5, "stride": 1, "padding": 0}}`, `{"conv": {"out": 8, "kernel": 4, "stride": 2, "padding": 0}}`},
		"pool size": {`{"maxpool": {"size": 2, "stride": 2}},
      {"flatten"`, `{"maxpool": {"size": 3, "stride": 1}},
      {"flatten"`},
		"dense out": {`{"dense": {"out": 32}}`, `{"dense": {"out": 33}}`},
		"layer order": {`{"relu": {}}, {"maxpool": {"size": 2, "stride": 2}},
      {"conv"`, `{"maxpool": {"size": 2, "stride": 2}}, {"relu": {}},
      {"conv"`},
		"image": {`"image": [1, 28, 28]`, `"image": [4, 14, 14]`, conv1, `{"conv": {"out": 4, "kernel": 3, "stride": 1, "padding": 1}}`, `{"conv": {"out": 8, "kernel": 5, "stride": 1, "padding": 0}}`, `{"conv": {"out": 8, "kernel": 3, "stride": 1, "padding": 1}}`, `{"maxpool": {"size": 2, "stride": 2}},
      {"flatten"`, `{"flatten"`},
		"an extra relu": {`{"flatten": {}}`, `{"flatten": {}}, {"relu": {}}`},
	} {
		s := editCNN(t, edits...)
		task, err := DecodeTask(strings.NewReader(s))
		require.NoError(t, err, name)
		h := task.Hash()
		_, dup := seen[h]
		assert.False(t, dup, "%s: hash %s seen before (%s)", name, h, seen[h])
		seen[h] = name
	}
	mlp, err := DecodeTask(strings.NewReader(readTiny(t)))
	require.NoError(t, err)
	b, err := mlpJSON(mlp)
	require.NoError(t, err)
	assert.NotContains(t, b, "image")
	assert.NotContains(t, b, "layers")
}

// mlpJSON is the model part of an MLP task's hashed JSON.
func mlpJSON(t *Task) (string, error) {
	c := *t
	c.Model.Hidden = append([]int{}, c.Model.Hidden...)
	raw, err := json.Marshal(c.Model)
	return string(raw), err
}
