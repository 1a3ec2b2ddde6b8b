package prooflearn

import (
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// editGPT replaces old with new in tiny-gpt-det.json, failing if old is not
// there.
func editGPT(t *testing.T, edits ...string) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/tasks/tiny-gpt-det.json")
	require.NoError(t, err)
	s := string(b)
	for i := 0; i+1 < len(edits); i += 2 {
		require.Contains(t, s, edits[i])
		s = strings.Replace(s, edits[i], edits[i+1], 1)
	}
	return s
}

// TestTransformerParams: the parameters are named and shaped as the game's
// leaves are, counted, and start GPT-2 style: weights with standard
// deviation 0.02, layer-norm gains 1, biases 0. Tying drops head.w.
func TestTransformerParams(t *testing.T) {
	task, err := DecodeTask(strings.NewReader(editGPT(t)))
	require.NoError(t, err)
	names, shapes := task.Model.ParamShapes()
	require.Len(t, names, 2+12*2+4)
	assert.Equal(t, []string{"tok.emb", "pos.emb", "blk0.ln1.g", "blk0.ln1.b", "blk0.attn.qkv.w", "blk0.attn.qkv.b",
		"blk0.attn.proj.w", "blk0.attn.proj.b", "blk0.ln2.g", "blk0.ln2.b", "blk0.mlp.fc.w", "blk0.mlp.fc.b",
		"blk0.mlp.proj.w", "blk0.mlp.proj.b"}, names[:14])
	assert.Equal(t, []string{"lnf.g", "lnf.b", "head.w", "head.b"}, names[26:])
	assert.Equal(t, [][]int{{128, 32}, {32, 32}, {32}, {32}, {32, 96}, {96}, {32, 32}, {32}, {32}, {32}, {32, 128}, {128}, {128, 32}, {32}}, shapes[:14])
	assert.Equal(t, [][]int{{32}, {32}, {32, 128}, {128}}, shapes[26:])
	n, err := task.Model.ParamCount()
	require.NoError(t, err)
	block := 2*32 + 32*96 + 96 + 32*32 + 32 + 2*32 + 32*128 + 128 + 128*32 + 32
	assert.Equal(t, 128*32+32*32+2*block+2*32+32*128+128, n)

	seed, err := task.RevealedSeed()
	require.NoError(t, err)
	c, err := InitialCheckpoint(task, seed)
	require.NoError(t, err)
	for _, p := range c.Params {
		var sum, sq float64
		for _, v := range p.F32 {
			sum += float64(v)
			sq += float64(v) * float64(v)
		}
		mean, std := sum/float64(p.Len()), math.Sqrt(sq/float64(p.Len()))
		switch {
		case strings.HasSuffix(p.Name, ".g"):
			assert.Equal(t, 1.0, mean, p.Name)
			assert.Equal(t, 1.0, std, p.Name)
		case len(p.Shape) == 1:
			assert.Equal(t, 0.0, std, p.Name)
		default:
			assert.InDelta(t, InitStd, std, 0.002, p.Name)
			assert.InDelta(t, 0, mean, 0.002, p.Name)
		}
	}

	tied, err := DecodeTask(strings.NewReader(editGPT(t, `"mlp": 128`, `"mlp": 128, "tied": true`)))
	require.NoError(t, err)
	tn, _ := tied.Model.ParamShapes()
	assert.NotContains(t, tn, "head.w")
	assert.Len(t, tn, len(names)-1)
	assert.NotEqual(t, task.Hash(), tied.Hash())
}

// TestTransformerRejectsBadSpecs: every size is checked with the reason,
// before anything is allocated.
func TestTransformerRejectsBadSpecs(t *testing.T) {
	for _, c := range []struct {
		name, old, new, want string
	}{
		{"heads do not divide width", `"heads": 2`, `"heads": 3`, "not a multiple of heads"},
		{"zero heads", `"heads": 2`, `"heads": 0`, "heads 0 must be positive"},
		{"zero blocks", `"blocks": 2`, `"blocks": 0`, "blocks 0 must be positive"},
		{"negative width", `"width": 32`, `"width": -32`, "width -32 must be positive"},
		{"no mlp", `, "mlp": 128`, ``, "mlp 0 must be positive"},
		{"input is not context + 1", `"input": 33`, `"input": 32`, "context + 1"},
		{"classes is not vocab", `"classes": 128`, `"classes": 10`, "must be vocab"},
		{"a vocabulary of one", `"vocab": 128`, `"vocab": 1`, "at least 2"},
		{"hidden in a transformer", `"blocks": 2`, `"blocks": 2, "hidden": [4]`, "takes no hidden"},
		{"an mlp with transformer sizes", `"type": "transformer"`, `"type": "mlp"`, "takes no vocab"},
		{"fixed mode", `"mode": "deterministic"`, `"mode": "fixed"`, "not supported in fixed mode"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := editGPT(t, c.old, c.new)
			if c.name == "fixed mode" {
				s = strings.Replace(s, `"dtype": "float32",`, ``, 1)
			}
			task, err := DecodeTask(strings.NewReader(s))
			if err == nil {
				err = task.Validate()
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidTask)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

// TestTransformerHostileSizes: sizes beyond the limits are *LimitErrors
// naming the field, including products that would allocate too much.
func TestTransformerHostileSizes(t *testing.T) {
	for _, c := range []struct{ old, new, field string }{
		{`"vocab": 128`, `"vocab": 1000`, "model.vocab"},
		{`"context": 32`, `"context": 100000`, "model.context"},
		{`"blocks": 2`, `"blocks": 1000000`, "model.blocks"},
		{`"width": 32`, `"width": 4194304`, "model.width"},
		{`"mlp": 128`, `"mlp": 16384`, "model parameters"},
		{`"heads": 2`, `"heads": 99999999999999999999`, "model.heads"},
		{`"context": 32`, `"context": 2048`, "attention scores"},
		{`"batch_size": 16`, `"batch_size": 2683`, "widest transformer row"},
	} {
		t.Run(c.field, func(t *testing.T) {
			s := editGPT(t, c.old, c.new)
			if c.field == "model.context" {
				s = strings.Replace(s, `"input": 33`, `"input": 100001`, 1)
			}
			if c.field == "model.vocab" {
				s = strings.Replace(s, `"classes": 128`, `"classes": 1000`, 1)
			}
			switch c.field {
			case "model parameters":
				s = strings.Replace(s, `"width": 32`, `"width": 4096`, 1)
			case "attention scores":
				s = strings.Replace(s, `"input": 33`, `"input": 2049`, 1)
			case "widest transformer row":
				s = strings.Replace(s, `"mlp": 128`, `"mlp": 8192`, 1)
			}
			task, err := DecodeTask(strings.NewReader(s))
			if err == nil {
				err = task.Validate()
			}
			var le *LimitError
			require.True(t, errors.As(err, &le), "%v", err)
			assert.Contains(t, le.Error(), c.field)
			assert.ErrorIs(t, err, ErrTooLarge)
		})
	}
}
