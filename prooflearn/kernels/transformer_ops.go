package kernels

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// DimsAttrs is the canonical attribute string of an operator whose
// integer parameters are not all implied by its shapes: "dims=a:b:…".
func DimsAttrs(dims ...int) string {
	s := make([]string, len(dims))
	for i, d := range dims {
		s[i] = strconv.Itoa(d)
	}
	return "dims=" + strings.Join(s, ":")
}

// ParseDims reads DimsAttrs' value ("a:b:…") back into its integers.
func ParseDims(v string) ([]int, error) {
	f := strings.Split(v, ":")
	out := make([]int, len(f))
	for i, s := range f {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%w: dims %q", ErrOperand, v)
		}
		out[i] = n
	}
	return out, nil
}

func shapeErr(name string, shapes ...tensor.Shape) error {
	return fmt.Errorf("%w: %s of %v", ErrOperand, name, shapes)
}

func is2D(ns ...*G.Node) bool {
	for _, n := range ns {
		if n.Shape().Dims() != 2 {
			return false
		}
	}
	return true
}

// windowDims reads B and T from the token matrix x (B × (T+1)).
func windowDims(x *G.Node) (batch, ctx int, ok bool) {
	if !is2D(x) || x.Shape()[1] < 2 {
		return 0, 0, false
	}
	return x.Shape()[0], x.Shape()[1] - 1, true
}

// EmbedNode is Embed: the rows of table (V × W) named by the token ids of
// x (B × (T+1)), a B·T × W matrix.
func EmbedNode(x, table *G.Node) (*G.Node, error) {
	batch, ctx, ok := windowDims(x)
	if !ok || !is2D(table) {
		return nil, shapeErr("embed", x.Shape(), table.Shape())
	}
	vocab, width := dims(table)
	return apply("embed", "", tensor.Shape{batch * ctx, width}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			Embed(out, in[0], in[1], batch, ctx, width, vocab)
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 {
			Embed(out, in[0], in[1], batch, ctx, width, vocab)
			return 0
		},
	}, x, table)
}

// EmbedGradNode is EmbedGrad: the gradient (vocab × W) of Embed's table
// from the ids x and the gradient dy (B·T × W) at its output.
func EmbedGradNode(x, dy *G.Node, vocab int) (*G.Node, error) {
	batch, ctx, ok := windowDims(x)
	if !ok || !is2D(dy) || dy.Shape()[0] != batch*ctx || vocab <= 0 {
		return nil, shapeErr("embedgrad", x.Shape(), dy.Shape())
	}
	width := dy.Shape()[1]
	return apply("embedgrad", "", tensor.Shape{vocab, width}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			EmbedGrad(out, in[0], in[1], batch, ctx, width, vocab)
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 {
			EmbedGrad(out, in[0], in[1], batch, ctx, width, vocab)
			return 0
		},
	}, x, dy)
}

// TargetsNode is Targets: the one-hot next tokens (B·T × vocab) of x.
func TargetsNode(x *G.Node, vocab int) (*G.Node, error) {
	batch, ctx, ok := windowDims(x)
	if !ok || vocab <= 0 {
		return nil, shapeErr("targets", x.Shape())
	}
	return apply("targets", "", tensor.Shape{batch * ctx, vocab}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Targets(out, in[0], batch, ctx, vocab); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Targets(out, in[0], batch, ctx, vocab); return 0 },
	}, x)
}

// PosAddNode is PosAdd: h (B·T × W) plus the position embedding pos
// (T × W) of each row's position.
func PosAddNode(h, pos *G.Node) (*G.Node, error) {
	if !is2D(h, pos) || h.Shape()[1] != pos.Shape()[1] || pos.Shape()[0] == 0 || h.Shape()[0]%pos.Shape()[0] != 0 {
		return nil, shapeErr("posadd", h.Shape(), pos.Shape())
	}
	ctx, width := dims(pos)
	batch := h.Shape()[0] / ctx
	return apply("posadd", "", h.Shape().Clone(), false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { PosAdd(out, in[0], in[1], batch, ctx, width); return 0 },
		f64: func(out []float64, in [][]float64) float64 { PosAdd(out, in[0], in[1], batch, ctx, width); return 0 },
	}, h, pos)
}

// PosGradNode is PosGrad: the gradient (T × W) of PosAdd's pos from dy
// (B·T × W).
func PosGradNode(dy *G.Node, ctx int) (*G.Node, error) {
	if !is2D(dy) || ctx <= 0 || dy.Shape()[0]%ctx != 0 {
		return nil, shapeErr("posgrad", dy.Shape())
	}
	batch, width := dy.Shape()[0]/ctx, dy.Shape()[1]
	return apply("posgrad", "", tensor.Shape{ctx, width}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { PosGrad(out, in[0], batch, ctx, width); return 0 },
		f64: func(out []float64, in [][]float64) float64 { PosGrad(out, in[0], batch, ctx, width); return 0 },
	}, dy)
}

// AddNode is Add: a + b elementwise, for matrices of one shape.
func AddNode(a, b *G.Node) (*G.Node, error) {
	if !is2D(a, b) || !a.Shape().Eq(b.Shape()) {
		return nil, shapeErr("add", a.Shape(), b.Shape())
	}
	return apply("add", "", a.Shape().Clone(), false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Add(out, in[0], in[1]); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Add(out, in[0], in[1]); return 0 },
	}, a, b)
}

func rowParams(name string, x *G.Node, rows ...*G.Node) (int, int, error) {
	if !is2D(x) {
		return 0, 0, shapeErr(name, x.Shape())
	}
	m, n := dims(x)
	for _, r := range rows {
		if !r.Shape().Eq(tensor.Shape{1, n}) {
			return 0, 0, shapeErr(name, x.Shape(), r.Shape())
		}
	}
	return m, n, nil
}

// LayerNormNode is LayerNorm of x (m × n) with gain g and bias b (1 × n).
func LayerNormNode(x, g, b *G.Node) (*G.Node, error) {
	m, n, err := rowParams("layernorm", x, g, b)
	if err != nil {
		return nil, err
	}
	return apply("layernorm", "", tensor.Shape{m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { LayerNorm(out, in[0], in[1], in[2], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { LayerNorm(out, in[0], in[1], in[2], m, n); return 0 },
	}, x, g, b)
}

// LayerNormGradXNode is LayerNormGradX: the gradient through LayerNorm of
// x with gain g, given the gradient dy at its output.
func LayerNormGradXNode(x, g, dy *G.Node) (*G.Node, error) {
	m, n, err := rowParams("layernormgradx", x, g)
	if err != nil {
		return nil, err
	}
	if !dy.Shape().Eq(x.Shape()) {
		return nil, shapeErr("layernormgradx", x.Shape(), dy.Shape())
	}
	return apply("layernormgradx", "", tensor.Shape{m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { LayerNormGradX(out, in[0], in[1], in[2], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { LayerNormGradX(out, in[0], in[1], in[2], m, n); return 0 },
	}, x, g, dy)
}

// LayerNormGradGNode is LayerNormGradG: the gradient (1 × n) of
// LayerNorm's gain from its input x and the gradient dy at its output.
func LayerNormGradGNode(x, dy *G.Node) (*G.Node, error) {
	m, n, err := rowParams("layernormgradg", x)
	if err != nil {
		return nil, err
	}
	if !dy.Shape().Eq(x.Shape()) {
		return nil, shapeErr("layernormgradg", x.Shape(), dy.Shape())
	}
	return apply("layernormgradg", "", tensor.Shape{1, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { LayerNormGradG(out, in[0], in[1], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { LayerNormGradG(out, in[0], in[1], m, n); return 0 },
	}, x, dy)
}

// GELUNode is GELU element-wise.
func GELUNode(x *G.Node) (*G.Node, error) {
	if !is2D(x) {
		return nil, shapeErr("gelu", x.Shape())
	}
	return apply("gelu", "", x.Shape().Clone(), false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { GELU(out, in[0]); return 0 },
		f64: func(out []float64, in [][]float64) float64 { GELU(out, in[0]); return 0 },
	}, x)
}

// GELUGradNode is GELUGrad: dy times GELU's derivative at x.
func GELUGradNode(x, dy *G.Node) (*G.Node, error) {
	if !is2D(x, dy) || !x.Shape().Eq(dy.Shape()) {
		return nil, shapeErr("gelugrad", x.Shape(), dy.Shape())
	}
	return apply("gelugrad", "", x.Shape().Clone(), false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { GELUGrad(out, in[0], in[1]); return 0 },
		f64: func(out []float64, in [][]float64) float64 { GELUGrad(out, in[0], in[1]); return 0 },
	}, x, dy)
}

// HeadsNode is Heads: part k of the parts side by side in x (B·T ×
// parts·W), split into heads of W/heads features, a B·heads·T × W/heads
// matrix. Its attributes are dims=T:heads:parts:k.
func HeadsNode(x *G.Node, ctx, heads, parts, part int) (*G.Node, error) {
	if !is2D(x) || ctx <= 0 || heads <= 0 || parts <= 0 || part < 0 || part >= parts ||
		x.Shape()[0]%ctx != 0 || x.Shape()[1]%(parts*heads) != 0 {
		return nil, fmt.Errorf("%w: heads of %v (context %d, %d heads, part %d of %d)", ErrOperand, x.Shape(), ctx, heads, part, parts)
	}
	batch, hd := x.Shape()[0]/ctx, x.Shape()[1]/(parts*heads)
	return apply("heads", DimsAttrs(ctx, heads, parts, part), tensor.Shape{batch * heads * ctx, hd}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			Heads(out, in[0], batch, ctx, heads, hd, parts, part)
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 {
			Heads(out, in[0], batch, ctx, heads, hd, parts, part)
			return 0
		},
	}, x)
}

// UnheadsNode is Unheads: the heads of each input (B·heads·T × D) merged
// back into rows of positions, the inputs' parts side by side (B·T ×
// len(in)·heads·D). Its attributes are dims=T:heads.
func UnheadsNode(ctx, heads int, in ...*G.Node) (*G.Node, error) {
	if len(in) == 0 || ctx <= 0 || heads <= 0 || !is2D(in...) || in[0].Shape()[0]%(ctx*heads) != 0 {
		return nil, fmt.Errorf("%w: unheads of %d inputs (context %d, %d heads)", ErrOperand, len(in), ctx, heads)
	}
	for _, n := range in[1:] {
		if !n.Shape().Eq(in[0].Shape()) {
			return nil, shapeErr("unheads", in[0].Shape(), n.Shape())
		}
	}
	batch, hd := in[0].Shape()[0]/(ctx*heads), in[0].Shape()[1]
	return apply("unheads", DimsAttrs(ctx, heads), tensor.Shape{batch * ctx, len(in) * heads * hd}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Unheads(out, in, batch, ctx, heads, hd); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Unheads(out, in, batch, ctx, heads, hd); return 0 },
	}, in...)
}

// BatchMatMulNode is BatchMatMul: a and b hold count blocks of rows
// stacked (a is count·r × c with each block r × c stored as MatMul takes
// it, and so is b), and so does the result. Its attributes are
// dims=count:transA:transB.
func BatchMatMulNode(a, b *G.Node, count int, transA, transB bool) (*G.Node, error) {
	if !is2D(a, b) || count <= 0 || a.Shape()[0]%count != 0 || b.Shape()[0]%count != 0 {
		return nil, fmt.Errorf("%w: batched matmul of %v and %v in %d blocks", ErrOperand, a.Shape(), b.Shape(), count)
	}
	m, k := a.Shape()[0]/count, a.Shape()[1]
	if transA {
		m, k = k, m
	}
	kb, n := b.Shape()[0]/count, b.Shape()[1]
	if transB {
		kb, n = n, kb
	}
	if k != kb {
		return nil, fmt.Errorf("%w: batched matmul inner sizes %d and %d differ (%v, %v, %d blocks)", ErrOperand, k, kb, a.Shape(), b.Shape(), count)
	}
	return apply("bmm", DimsAttrs(count, b2i(transA), b2i(transB)), tensor.Shape{count * m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			BatchMatMul(out, in[0], in[1], count, m, k, n, transA, transB)
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 {
			BatchMatMul(out, in[0], in[1], count, m, k, n, transA, transB)
			return 0
		},
	}, a, b)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// AttentionScale is the scale 1/√headDim of the attention scores, rounded
// once to float64; a float32 graph rounds it again to float32.
func AttentionScale(headDim int) float64 { return 1 / math.Sqrt(float64(headDim)) }

func scaleAttrs(scale float64) string { return fmt.Sprintf("scale=%v", scale) }

// CausalSoftmaxNode is CausalSoftmax of the scores s (count·T × T) times
// scale. Its attributes are scale=….
func CausalSoftmaxNode(s *G.Node, scale float64) (*G.Node, error) {
	if !is2D(s) || s.Shape()[1] == 0 || s.Shape()[0]%s.Shape()[1] != 0 {
		return nil, shapeErr("causalsoftmax", s.Shape())
	}
	rows, ctx := dims(s)
	return apply("causalsoftmax", scaleAttrs(scale), tensor.Shape{rows, ctx}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			CausalSoftmax(out, in[0], rows, ctx, float32(scale))
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 { CausalSoftmax(out, in[0], rows, ctx, scale); return 0 },
	}, s)
}

// CausalSoftmaxGradNode is CausalSoftmaxGrad: the gradient of the scores
// from CausalSoftmax's output p and the gradient dp at it.
func CausalSoftmaxGradNode(p, dp *G.Node, scale float64) (*G.Node, error) {
	if !is2D(p, dp) || !p.Shape().Eq(dp.Shape()) || p.Shape()[1] == 0 || p.Shape()[0]%p.Shape()[1] != 0 {
		return nil, shapeErr("causalsoftmaxgrad", p.Shape(), dp.Shape())
	}
	rows, ctx := dims(p)
	return apply("causalsoftmaxgrad", scaleAttrs(scale), tensor.Shape{rows, ctx}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			CausalSoftmaxGrad(out, in[0], in[1], rows, ctx, float32(scale))
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 {
			CausalSoftmaxGrad(out, in[0], in[1], rows, ctx, scale)
			return 0
		},
	}, p, dp)
}
