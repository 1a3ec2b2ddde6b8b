package kernels

import (
	"errors"
	"fmt"
	"hash"
	"hash/fnv"

	"github.com/chewxy/hm"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// ErrOperand reports an input an operator cannot take: the wrong dtype, a
// shape that does not match the one the node was built with, or a missing
// value.
var ErrOperand = errors.New("kernels: bad operand")

// Op is a gorgonia operator backed by one of the deterministic kernels. Its
// input and output shapes are fixed when the node is built; Do checks them
// and always returns a freshly allocated output, so re-executing one
// operator (as an arbiter does) never aliases a value the graph holds;
// DoInto writes into a buffer the caller owns instead.
type Op struct {
	name   string // the kernel, e.g. "matmul"
	attrs  string // the kernel's parameters in canonical form
	dt     tensor.Dtype
	in     []tensor.Shape
	out    tensor.Shape // nil for a scalar
	run32  func(out []float32, in [][]float32) float32
	run64  func(out []float64, in [][]float64) float64
	scalar bool
}

var _ G.Op = (*Op)(nil)

// Name is the kernel's name, e.g. "matmul".
func (o *Op) Name() string { return o.name }

// Attrs are the kernel's parameters, e.g. "transA=true,transB=false".
func (o *Op) Attrs() string { return o.attrs }

// Arity is the number of inputs.
func (o *Op) Arity() int { return len(o.in) }

// Type is the operator's function type: matrices of the op's dtype in, a
// matrix or a scalar out.
func (o *Op) Type() hm.Type {
	ts := make([]hm.Type, 0, len(o.in)+1)
	for _, s := range o.in {
		ts = append(ts, G.TensorType{Dims: s.Dims(), Of: o.dt})
	}
	if o.scalar {
		ts = append(ts, o.dt)
	} else {
		ts = append(ts, G.TensorType{Dims: o.out.Dims(), Of: o.dt})
	}
	return hm.NewFnType(ts...)
}

// InferShape returns the output shape fixed at construction.
func (o *Op) InferShape(...G.DimSizer) (tensor.Shape, error) {
	if o.scalar {
		return tensor.ScalarShape(), nil
	}
	return o.out.Clone(), nil
}

// Do runs the kernel on the input values.
func (o *Op) Do(vals ...G.Value) (G.Value, error) {
	return o.do(nil, vals)
}

// DoInto runs the kernel into buf, a matrix of the output's shape and dtype
// that an earlier Do of this operator returned, and returns buf: a training
// step reuses its outputs' memory rather than allocating it again at every
// step. Every kernel writes its whole output, so the bits do not depend on
// what buf held. It fails with ErrOperand when buf does not fit (a scalar
// operator has no buffer) or shares memory with an input. It is not
// gorgonia's UsePreallocDo on purpose: a tape machine would call that with
// registers shared between nodes.
func (o *Op) DoInto(buf G.Value, vals ...G.Value) (G.Value, error) {
	t, ok := buf.(tensor.Tensor)
	if o.scalar || !ok || t.Dtype() != o.dt || !t.Shape().Eq(o.out) {
		return nil, fmt.Errorf("%w: %s cannot write into %v", ErrOperand, o, buf)
	}
	for _, v := range vals {
		if v != nil && v.Uintptr() == t.Uintptr() {
			return nil, fmt.Errorf("%w: %s output buffer is one of its inputs", ErrOperand, o)
		}
	}
	return o.do(t, vals)
}

// do runs the kernel into buf, or into a new value when buf is nil.
func (o *Op) do(buf tensor.Tensor, vals []G.Value) (G.Value, error) {
	if len(vals) != len(o.in) {
		return nil, fmt.Errorf("%w: %s takes %d inputs, got %d", ErrOperand, o, len(o.in), len(vals))
	}
	for i, v := range vals {
		if v == nil {
			return nil, fmt.Errorf("%w: %s input %d has no value", ErrOperand, o, i)
		}
		if !v.Shape().Eq(o.in[i]) {
			return nil, fmt.Errorf("%w: %s input %d has shape %v, want %v", ErrOperand, o, i, v.Shape(), o.in[i])
		}
	}
	size := 1
	if !o.scalar {
		size = o.out.TotalSize()
	}
	switch o.dt {
	case tensor.Float32:
		in, err := slices[float32](o, vals)
		if err != nil {
			return nil, err
		}
		if o.scalar {
			return G.NewF32(o.run32(nil, in)), nil
		}
		if buf != nil {
			out, ok := buf.Data().([]float32)
			if !ok || len(out) != size {
				return nil, fmt.Errorf("%w: %s output buffer holds %T", ErrOperand, o, buf.Data())
			}
			o.run32(out, in)
			return buf, nil
		}
		out := make([]float32, size)
		o.run32(out, in)
		return tensor.New(tensor.WithBacking(out), tensor.WithShape(o.out.Clone()...)), nil
	default:
		in, err := slices[float64](o, vals)
		if err != nil {
			return nil, err
		}
		if o.scalar {
			return G.NewF64(o.run64(nil, in)), nil
		}
		if buf != nil {
			out, ok := buf.Data().([]float64)
			if !ok || len(out) != size {
				return nil, fmt.Errorf("%w: %s output buffer holds %T", ErrOperand, o, buf.Data())
			}
			o.run64(out, in)
			return buf, nil
		}
		out := make([]float64, size)
		o.run64(out, in)
		return tensor.New(tensor.WithBacking(out), tensor.WithShape(o.out.Clone()...)), nil
	}
}

func slices[F float32 | float64](o *Op, vals []G.Value) ([][]F, error) {
	in := make([][]F, len(vals))
	for i, v := range vals {
		d, ok := v.Data().([]F)
		if !ok || len(d) != o.in[i].TotalSize() {
			return nil, fmt.Errorf("%w: %s input %d is %T, want %d values of %v", ErrOperand, o, i, v.Data(), o.in[i].TotalSize(), o.dt)
		}
		in[i] = d
	}
	return in, nil
}

// ReturnsPtr, CallsExtern and OverwritesInput tell gorgonia's compiler the
// op is a pure function of its inputs.
func (o *Op) ReturnsPtr() bool     { return false }
func (o *Op) CallsExtern() bool    { return false }
func (o *Op) OverwritesInput() int { return -1 }

// WriteHash writes the op's identity: kernel, parameters, dtype and shapes.
func (o *Op) WriteHash(h hash.Hash) { fmt.Fprintf(h, "%v", o) }

// Hashcode is FNV-1a of WriteHash.
func (o *Op) Hashcode() uint32 {
	h := fnv.New32a()
	o.WriteHash(h)
	return h.Sum32()
}

// String names the kernel with its parameters and input shapes, e.g.
// "det.matmul(transA=false,transB=false)[32×784 784×32]".
func (o *Op) String() string {
	s := "det." + o.name + "(" + o.attrs + ")" + o.dt.String() + "["
	for i, sh := range o.in {
		if i > 0 {
			s += " "
		}
		for j, d := range sh {
			if j > 0 {
				s += "×"
			}
			s += fmt.Sprint(d)
		}
	}
	return s + "]"
}

// kernelPair instantiates one kernel for both element types.
type kernelPair struct {
	f32 func(out []float32, in [][]float32) float32
	f64 func(out []float64, in [][]float64) float64
}

func apply(name, attrs string, out tensor.Shape, scalar bool, k kernelPair, nodes ...*G.Node) (*G.Node, error) {
	if len(nodes) == 0 {
		return nil, fmt.Errorf("%w: %s needs inputs", ErrOperand, name)
	}
	dt := nodes[0].Dtype()
	if dt != tensor.Float32 && dt != tensor.Float64 {
		return nil, fmt.Errorf("%w: %s on %v (want float32 or float64)", ErrOperand, name, dt)
	}
	o := &Op{name: name, attrs: attrs, dt: dt, out: out, scalar: scalar, run32: k.f32, run64: k.f64}
	for i, n := range nodes {
		if n.Dtype() != dt {
			return nil, fmt.Errorf("%w: %s input %d is %v, input 0 is %v", ErrOperand, name, i, n.Dtype(), dt)
		}
		if n.Shape().Dims() != 2 {
			return nil, fmt.Errorf("%w: %s input %d has shape %v (want a matrix)", ErrOperand, name, i, n.Shape())
		}
		o.in = append(o.in, n.Shape().Clone())
	}
	return G.ApplyOp(o, nodes...)
}

func dims(n *G.Node) (int, int) { s := n.Shape(); return s[0], s[1] }

// MatMulNode is op(a)·op(b) with the MatMul kernel; transA and transB
// transpose the stored matrices as MatMul describes.
func MatMulNode(a, b *G.Node, transA, transB bool) (*G.Node, error) {
	if a.Shape().Dims() != 2 || b.Shape().Dims() != 2 {
		return nil, fmt.Errorf("%w: matmul of %v and %v", ErrOperand, a.Shape(), b.Shape())
	}
	m, k := dims(a)
	if transA {
		m, k = k, m
	}
	kb, n := dims(b)
	if transB {
		kb, n = n, kb
	}
	if k != kb {
		return nil, fmt.Errorf("%w: matmul inner sizes %d and %d differ (%v, %v, transA=%v, transB=%v)", ErrOperand, k, kb, a.Shape(), b.Shape(), transA, transB)
	}
	return apply("matmul", fmt.Sprintf("transA=%v,transB=%v", transA, transB), tensor.Shape{m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 {
			MatMul(out, in[0], in[1], m, k, n, transA, transB)
			return 0
		},
		f64: func(out []float64, in [][]float64) float64 {
			MatMul(out, in[0], in[1], m, k, n, transA, transB)
			return 0
		},
	}, a, b)
}

// AddBiasNode adds the 1×n row b to every row of z (m×n).
func AddBiasNode(z, b *G.Node) (*G.Node, error) {
	if z.Shape().Dims() != 2 || !b.Shape().Eq(tensor.Shape{1, z.Shape()[1]}) {
		return nil, fmt.Errorf("%w: bias %v for %v (want 1×%d)", ErrOperand, b.Shape(), z.Shape(), z.Shape()[len(z.Shape())-1])
	}
	m, n := dims(z)
	return apply("addbias", "", tensor.Shape{m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { AddBias(out, in[0], in[1], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { AddBias(out, in[0], in[1], m, n); return 0 },
	}, z, b)
}

// BiasGradNode is the 1×n column sum of dz (m×n).
func BiasGradNode(dz *G.Node) (*G.Node, error) {
	if dz.Shape().Dims() != 2 {
		return nil, fmt.Errorf("%w: bias gradient of %v", ErrOperand, dz.Shape())
	}
	m, n := dims(dz)
	return apply("biasgrad", "", tensor.Shape{1, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { BiasGrad(out, in[0], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { BiasGrad(out, in[0], m, n); return 0 },
	}, dz)
}

// ReLUNode is max(x, 0) element-wise.
func ReLUNode(x *G.Node) (*G.Node, error) {
	return apply("relu", "", x.Shape().Clone(), false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { ReLU(out, in[0]); return 0 },
		f64: func(out []float64, in [][]float64) float64 { ReLU(out, in[0]); return 0 },
	}, x)
}

// ReLUGradNode passes dout where the ReLU output out is positive.
func ReLUGradNode(out, dout *G.Node) (*G.Node, error) {
	if !out.Shape().Eq(dout.Shape()) {
		return nil, fmt.Errorf("%w: relu gradient shapes %v and %v", ErrOperand, out.Shape(), dout.Shape())
	}
	return apply("relugrad", "", out.Shape().Clone(), false, kernelPair{
		f32: func(o []float32, in [][]float32) float32 { ReLUGrad(o, in[0], in[1]); return 0 },
		f64: func(o []float64, in [][]float64) float64 { ReLUGrad(o, in[0], in[1]); return 0 },
	}, out, dout)
}

// LogSoftmaxNode is the row-wise log-softmax of z.
func LogSoftmaxNode(z *G.Node) (*G.Node, error) {
	if z.Shape().Dims() != 2 || z.Shape()[1] == 0 {
		return nil, fmt.Errorf("%w: log-softmax of %v", ErrOperand, z.Shape())
	}
	m, n := dims(z)
	return apply("logsoftmax", "", tensor.Shape{m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { LogSoftmax(out, in[0], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { LogSoftmax(out, in[0], m, n); return 0 },
	}, z)
}

// LogSoftmaxGradNode is the gradient through LogSoftmax given its output
// logp and the gradient g at the output.
func LogSoftmaxGradNode(logp, g *G.Node) (*G.Node, error) {
	if logp.Shape().Dims() != 2 || !logp.Shape().Eq(g.Shape()) {
		return nil, fmt.Errorf("%w: log-softmax gradient shapes %v and %v", ErrOperand, logp.Shape(), g.Shape())
	}
	m, n := dims(logp)
	return apply("logsoftmaxgrad", "", tensor.Shape{m, n}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { LogSoftmaxGrad(out, in[0], in[1], m, n); return 0 },
		f64: func(out []float64, in [][]float64) float64 { LogSoftmaxGrad(out, in[0], in[1], m, n); return 0 },
	}, logp, g)
}

// crossEntropyScale is −1/rows rounded once to the element type.
func crossEntropyScale(rows int) (float32, float64) {
	s := -1 / float64(rows)
	return float32(s), s
}

// CrossEntropyNode is the mean negative log-likelihood −Σ(y ⊙ logp)/m of
// log-probabilities logp (m×n) against targets y (one-hot rows): a scalar.
func CrossEntropyNode(logp, y *G.Node) (*G.Node, error) {
	if logp.Shape().Dims() != 2 || !logp.Shape().Eq(y.Shape()) {
		return nil, fmt.Errorf("%w: cross-entropy shapes %v and %v", ErrOperand, logp.Shape(), y.Shape())
	}
	s32, s64 := crossEntropyScale(logp.Shape()[0])
	return apply("crossentropy", fmt.Sprintf("scale=%v", s64), nil, true, kernelPair{
		f32: func(_ []float32, in [][]float32) float32 { return CrossEntropy(in[0], in[1], s32) },
		f64: func(_ []float64, in [][]float64) float64 { return CrossEntropy(in[0], in[1], s64) },
	}, logp, y)
}

// CrossEntropyGradNode is the gradient of CrossEntropyNode's loss with
// respect to logp: −y/m.
func CrossEntropyGradNode(y *G.Node) (*G.Node, error) {
	if y.Shape().Dims() != 2 {
		return nil, fmt.Errorf("%w: cross-entropy gradient of %v", ErrOperand, y.Shape())
	}
	s32, s64 := crossEntropyScale(y.Shape()[0])
	return apply("crossentropygrad", fmt.Sprintf("scale=%v", s64), y.Shape().Clone(), false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { CrossEntropyGrad(out, in[0], s32); return 0 },
		f64: func(out []float64, in [][]float64) float64 { CrossEntropyGrad(out, in[0], s64); return 0 },
	}, y)
}
