package prooflearn

import (
	"fmt"
	"math"
	"strings"
)

// ModelTransformer is a GPT-style language model over byte tokens
// (docs/transformer.md): token and position embeddings, Blocks pre-norm
// blocks of multi-head causal self-attention and a GELU MLP with residual
// connections, a final layer norm and an output projection (tied to the
// token embedding or not), trained on next-token cross-entropy.
const ModelTransformer = "transformer"

// Limits of a transformer, beside MaxParams. Tokens are bytes, so the
// vocabulary is at most 256; the other bounds are far above the small
// models a CPU trains and low enough that a hostile task is refused before
// anything is allocated.
const (
	// MaxVocab bounds model.vocab: an example's tokens are its bytes.
	MaxVocab = 256
	// MaxContext bounds model.context.
	MaxContext = 1 << 12
	// MaxTransformerWidth bounds model.width and model.mlp.
	MaxTransformerWidth = 1 << 14
	// MaxBlocks bounds model.blocks.
	MaxBlocks = 64
	// MaxTransformerActivation bounds batch_size · context times the widest
	// row of a step (3·width for the attention's q, k and v, mlp, vocab),
	// and batch_size · heads · context², the attention scores: the largest
	// buffers a step allocates (2 GiB in float64), as
	// MaxCNNBatchActivation does for a CNN.
	MaxTransformerActivation = 1 << 28
)

// LayerNormEpsilon is the ε of every layer norm: x̂ = (x − mean)/√(var + ε).
const LayerNormEpsilon = 1e-5

// InitStd is the scale of a transformer's initial weights (GPT-2's 0.02):
// each weight is drawn uniform in [−a, a) with a = 0.02·√3, whose standard
// deviation is 0.02. Layer-norm gains start at 1, biases at 0.
const InitStd = 0.02

// validateTransformer checks a transformer's sizes: each positive and
// within its limit, width a multiple of heads, input = context + 1 (a
// window of context inputs and the next token) and classes = vocab.
func (m ModelSpec) validateTransformer() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: model: "+format, append([]any{ErrInvalidTask}, args...)...)
	}
	if m.Type != ModelTransformer {
		return bad("type %q is not a transformer", m.Type)
	}
	if len(m.Hidden) != 0 || m.Image != nil || m.Layers != nil {
		return bad("a transformer takes no hidden, image or layers (its sizes are vocab, context, width, heads, blocks and mlp)")
	}
	for _, f := range []struct {
		name  string
		value int
		limit int
	}{
		{"model.vocab", m.Vocab, MaxVocab},
		{"model.context", m.Context, MaxContext},
		{"model.width", m.Width, MaxTransformerWidth},
		{"model.heads", m.Heads, MaxTransformerWidth},
		{"model.blocks", m.Blocks, MaxBlocks},
		{"model.mlp", m.MLP, MaxTransformerWidth},
	} {
		if f.value <= 0 {
			return bad("%s %d must be positive", strings.TrimPrefix(f.name, "model."), f.value)
		}
		if f.value > f.limit {
			return taskLimit(f.name, uint64(f.value), int64(f.limit))
		}
	}
	if m.Vocab < 2 {
		return bad("vocab %d: a language model needs at least 2 tokens", m.Vocab)
	}
	if m.Width%m.Heads != 0 {
		return bad("width %d is not a multiple of heads %d", m.Width, m.Heads)
	}
	if m.Input != m.Context+1 {
		return bad("input %d must be context + 1 = %d: an example is a window of context tokens and the token after it", m.Input, m.Context+1)
	}
	if m.Classes != m.Vocab {
		return bad("classes %d must be vocab %d", m.Classes, m.Vocab)
	}
	return nil
}

// transformerParamCount is ParamCount for a transformer.
func (m ModelSpec) transformerParamCount() (int, error) {
	if err := m.validateTransformer(); err != nil {
		return 0, err
	}
	// Every size is at most 2^14 and blocks at most 2^6: no product
	// below overflows a uint64.
	var n uint64
	_, shapes := m.transformerParamShapes()
	for _, s := range shapes {
		k := uint64(1)
		for _, d := range s {
			k *= uint64(d)
		}
		n += k
	}
	if n > MaxParams {
		return 0, taskLimit("model parameters", n, MaxParams)
	}
	return int(n), nil
}

// transformerParamShapes lists a transformer's parameters in canonical
// order; the names are the dispute game's leaf names. Gains and biases
// are vectors, stored as every bias is.
func (m ModelSpec) transformerParamShapes() (names []string, shapes [][]int) {
	w, v := m.Width, m.Vocab
	add := func(name string, shape ...int) {
		names = append(names, name)
		shapes = append(shapes, shape)
	}
	add("tok.emb", v, w)
	add("pos.emb", m.Context, w)
	for i := 0; i < m.Blocks; i++ {
		p := fmt.Sprintf("blk%d.", i)
		add(p+"ln1.g", w)
		add(p+"ln1.b", w)
		add(p+"attn.qkv.w", w, 3*w)
		add(p+"attn.qkv.b", 3*w)
		add(p+"attn.proj.w", w, w)
		add(p+"attn.proj.b", w)
		add(p+"ln2.g", w)
		add(p+"ln2.b", w)
		add(p+"mlp.fc.w", w, m.MLP)
		add(p+"mlp.fc.b", m.MLP)
		add(p+"mlp.proj.w", m.MLP, w)
		add(p+"mlp.proj.b", w)
	}
	add("lnf.g", w)
	add("lnf.b", w)
	if !m.Tied {
		add("head.w", w, v)
	}
	add("head.b", v)
	return names, shapes
}

// validateTransformerBatch bounds the largest buffers a step, or the
// evaluation of test accuracy, allocates (MaxTransformerActivation).
func (t *Task) validateTransformerBatch() error {
	m := t.Model
	// Test accuracy is computed in batches of EvalBatch.
	batch := uint64(max(t.BatchSize, EvalBatch))
	rows := batch * uint64(m.Context)
	widest := uint64(max(3*m.Width, m.MLP, m.Vocab))
	if n := rows * widest; n > MaxTransformerActivation {
		return taskLimit("batch_size × context × widest transformer row", n, MaxTransformerActivation)
	}
	if n := batch * uint64(m.Heads) * uint64(m.Context) * uint64(m.Context); n > MaxTransformerActivation {
		return taskLimit("batch_size × heads × context² (attention scores)", n, MaxTransformerActivation)
	}
	return nil
}

// paramInit is how parameter name of the given shape starts: uniform in
// [−limit, limit), or every value fill when limit is 0. An MLP's and a
// CNN's weights follow initLimit and their biases are 0; a transformer's
// weights are uniform with standard deviation InitStd, its layer-norm
// gains 1 and its biases 0.
func (m ModelSpec) paramInit(name string, shape []int) (limit, fill float64) {
	if m.Type != ModelTransformer {
		return initLimit(shape), 0
	}
	switch {
	case strings.HasSuffix(name, ".g"):
		return 0, 1
	case len(shape) == 2:
		return InitStd * math.Sqrt(3), 0
	}
	return 0, 0
}
