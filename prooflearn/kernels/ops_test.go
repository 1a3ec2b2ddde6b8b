package kernels

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

func matrix(g *G.ExprGraph, dt tensor.Dtype, name string, rows, cols int) *G.Node {
	return G.NewMatrix(g, dt, G.WithShape(rows, cols), G.WithName(name), G.WithInit(G.RangedFrom(0)))
}

// A small graph of every op runs on gorgonia's tape machine and matches the
// slice kernels it wraps, in both element types.
func TestOpsRunInAGraph(t *testing.T) {
	for _, dt := range []tensor.Dtype{tensor.Float32, tensor.Float64} {
		t.Run(dt.String(), func(t *testing.T) {
			g := G.NewGraph()
			x, w := matrix(g, dt, "x", 4, 3), matrix(g, dt, "w", 3, 5)
			b, y := matrix(g, dt, "b", 1, 5), matrix(g, dt, "y", 4, 5)
			z, err := MatMulNode(x, w, false, false)
			must(t, err)
			z, err = AddBiasNode(z, b)
			must(t, err)
			h, err := ReLUNode(z)
			must(t, err)
			logp, err := LogSoftmaxNode(h)
			must(t, err)
			loss, err := CrossEntropyNode(logp, y)
			must(t, err)
			dlogp, err := CrossEntropyGradNode(y)
			must(t, err)
			dz, err := LogSoftmaxGradNode(logp, dlogp)
			must(t, err)
			dh, err := ReLUGradNode(h, dz)
			must(t, err)
			dw, err := MatMulNode(x, dh, true, false)
			must(t, err)
			db, err := BiasGradNode(dh)
			must(t, err)
			vm := G.NewTapeMachine(g)
			must(t, vm.RunAll())
			require.True(t, dw.Shape().Eq(tensor.Shape{3, 5}) && db.Shape().Eq(tensor.Shape{1, 5}) && loss.IsScalar(),
				"%v: shapes dw %v db %v loss %v", dt, dw.Shape(), db.Shape(), loss.Shape())
			// x·w by hand: x and w hold 0, 1, 2, … row-major.
			want := make([]float64, 20)
			MatMul(want, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, 4, 3, 5, false, false)
			zv := z.Value().Data()
			for i := range want {
				var got float64
				switch d := zv.(type) {
				case []float32:
					got = float64(d[i])
				case []float64:
					got = d[i]
				}
				require.Equal(t, want[i]+float64(i%5), got, "%v: z[%d]", dt, i)
			}
			assert.True(t, strings.HasPrefix(dw.Op().String(), "det.matmul(transA=true,transB=false)"),
				"op string %q", dw.Op().String())
		})
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	require.NoError(t, err)
}

// Building a node from mismatched operands is an error naming the shapes,
// never a panic.
func TestOpsRejectBadOperands(t *testing.T) {
	g := G.NewGraph()
	a, b := matrix(g, tensor.Float32, "a", 2, 3), matrix(g, tensor.Float32, "b", 4, 5)
	d := matrix(g, tensor.Float64, "d", 3, 5)
	v := G.NewVector(g, tensor.Float32, G.WithShape(3), G.WithName("v"))
	for name, build := range map[string]func() (*G.Node, error){
		"matmul inner":   func() (*G.Node, error) { return MatMulNode(a, b, false, false) },
		"matmul dtype":   func() (*G.Node, error) { return MatMulNode(a, d, false, false) },
		"matmul vector":  func() (*G.Node, error) { return MatMulNode(a, v, false, false) },
		"bias shape":     func() (*G.Node, error) { return AddBiasNode(a, b) },
		"relugrad shape": func() (*G.Node, error) { return ReLUGradNode(a, b) },
		"lsm grad shape": func() (*G.Node, error) { return LogSoftmaxGradNode(a, b) },
		"xent shape":     func() (*G.Node, error) { return CrossEntropyNode(a, b) },
		"relu vector":    func() (*G.Node, error) { return ReLUNode(v) },
		"bias grad of v": func() (*G.Node, error) { return BiasGradNode(v) },
		"log-softmax v":  func() (*G.Node, error) { return LogSoftmaxNode(v) },
		"xent grad of v": func() (*G.Node, error) { return CrossEntropyGradNode(v) },
	} {
		t.Run(name, func(t *testing.T) {
			n, err := build()
			assert.ErrorIs(t, err, ErrOperand, "node %v", n)
		})
	}
}

// Do checks what it is given, and returns a fresh output each call, so an
// arbiter re-executing one operator never overwrites a value it compares.
func TestOpDoChecksInputsAndNeverAliases(t *testing.T) {
	g := G.NewGraph()
	a, b := matrix(g, tensor.Float32, "a", 2, 3), matrix(g, tensor.Float32, "b", 3, 2)
	n, err := MatMulNode(a, b, false, false)
	must(t, err)
	op := n.Op()
	good := []G.Value{
		tensor.New(tensor.WithShape(2, 3), tensor.WithBacking([]float32{1, 2, 3, 4, 5, 6})),
		tensor.New(tensor.WithShape(3, 2), tensor.WithBacking([]float32{1, 0, 0, 1, 1, 1})),
	}
	first, err := op.Do(good...)
	must(t, err)
	second, err := op.Do(good...)
	must(t, err)
	f, s := first.Data().([]float32), second.Data().([]float32)
	require.NotSame(t, &f[0], &s[0], "two calls of Do share an output buffer")
	assert.Equal(t, []float32{4, 5, 10, 11}, f[:4], "product %v", f)
	for name, vals := range map[string][]G.Value{
		"one input":   good[:1],
		"wrong shape": {good[1], good[0]},
		"wrong dtype": {tensor.New(tensor.WithShape(2, 3), tensor.WithBacking([]float64{1, 2, 3, 4, 5, 6})), good[1]},
		"nil value":   {nil, good[1]},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := op.Do(vals...)
			assert.ErrorIs(t, err, ErrOperand)
		})
	}
}

// DoInto writes the bits Do returns into the buffer it is given, whatever
// the buffer held, and refuses a buffer of another shape or dtype, an input
// as its own output, and a scalar operator.
func TestOpDoIntoReusesTheBuffer(t *testing.T) {
	g := G.NewGraph()
	a, b := matrix(g, tensor.Float32, "a", 2, 3), matrix(g, tensor.Float32, "b", 3, 2)
	n, err := MatMulNode(a, b, false, false)
	must(t, err)
	op := n.Op().(*Op)
	in := []G.Value{
		tensor.New(tensor.WithShape(2, 3), tensor.WithBacking([]float32{1, 2, 3, 4, 5, 6})),
		tensor.New(tensor.WithShape(3, 2), tensor.WithBacking([]float32{1, 0, 0, 1, 1, 1})),
	}
	want, err := op.Do(in...)
	must(t, err)
	buf := tensor.New(tensor.WithShape(2, 2), tensor.WithBacking([]float32{9, 9, 9, 9}))
	got, err := op.DoInto(buf, in...)
	must(t, err)
	require.Same(t, buf, got, "DoInto returned another value than its buffer")
	assert.Equal(t, want.Data(), buf.Data(), "DoInto and Do differ")

	square := tensor.New(tensor.WithShape(3, 3), tensor.WithBacking(make([]float32, 9)))
	sq, err := MatMulNode(matrix(g, tensor.Float32, "s", 3, 3), matrix(g, tensor.Float32, "t", 3, 3), false, false)
	must(t, err)
	y := matrix(g, tensor.Float32, "y", 2, 2)
	xent, err := CrossEntropyNode(n, y)
	must(t, err)
	for name, c := range map[string]struct {
		op  G.Op
		buf G.Value
		in  []G.Value
	}{
		"wrong shape": {op, tensor.New(tensor.WithShape(1, 4), tensor.WithBacking(make([]float32, 4))), in},
		"wrong dtype": {op, tensor.New(tensor.WithShape(2, 2), tensor.WithBacking(make([]float64, 4))), in},
		"scalar":      {op, G.NewF32(0), in},
		"aliasing":    {sq.Op(), square, []G.Value{square, square}},
		"scalar op":   {xent.Op(), buf, []G.Value{buf, buf}},
		"bad inputs":  {op, buf, in[:1]},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := c.op.(*Op).DoInto(c.buf, c.in...)
			assert.ErrorIs(t, err, ErrOperand)
		})
	}
}
