package kernels

import (
	"fmt"
	"strconv"
	"strings"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// GeomAttrs is the canonical attribute string of a convolution or pooling
// operator: "geom=C:H:W:K:S:P".
func GeomAttrs(g ConvGeom) string {
	return fmt.Sprintf("geom=%d:%d:%d:%d:%d:%d", g.C, g.H, g.W, g.K, g.S, g.P)
}

// ParseGeom reads GeomAttrs' value ("C:H:W:K:S:P") back into its six
// integers.
func ParseGeom(v string) ([]int, error) {
	f := strings.Split(v, ":")
	if len(f) != 6 {
		return nil, fmt.Errorf("%w: geometry %q", ErrOperand, v)
	}
	out := make([]int, 6)
	for i, s := range f {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%w: geometry %q", ErrOperand, v)
		}
		out[i] = n
	}
	return out, nil
}

// valid reports whether the geometry describes windows that tile the
// padded input exactly, as the task's validation requires.
func (g ConvGeom) valid() bool {
	return g.C > 0 && g.H > 0 && g.W > 0 && g.K > 0 && g.S > 0 && g.P >= 0 && g.Out > 0 &&
		g.K <= g.H+2*g.P && g.K <= g.W+2*g.P && (g.H+2*g.P-g.K)%g.S == 0 && (g.W+2*g.P-g.K)%g.S == 0
}

func checkGeom(name string, g ConvGeom, x *G.Node) (int, error) {
	if !g.valid() {
		return 0, fmt.Errorf("%w: %s geometry %+v", ErrOperand, name, g)
	}
	if x.Shape().Dims() != 2 || x.Shape()[1] != g.In() {
		return 0, fmt.Errorf("%w: %s input %v (want batch×%d)", ErrOperand, name, x.Shape(), g.In())
	}
	return x.Shape()[0], nil
}

// Conv2DNode is Conv2D of x (batch×C·H·W) with weight w (Out×C·K·K) and
// bias b (1×Out).
func Conv2DNode(x, w, b *G.Node, g ConvGeom) (*G.Node, error) {
	batch, err := checkGeom("conv2d", g, x)
	if err != nil {
		return nil, err
	}
	if !w.Shape().Eq(tensor.Shape{g.Out, g.Window()}) || !b.Shape().Eq(tensor.Shape{1, g.Out}) {
		return nil, fmt.Errorf("%w: conv2d weight %v and bias %v (want %d×%d and 1×%d)", ErrOperand, w.Shape(), b.Shape(), g.Out, g.Window(), g.Out)
	}
	return apply("conv2d", GeomAttrs(g), tensor.Shape{batch, g.OutSize()}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Conv2D(out, in[0], in[1], in[2], batch, g); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Conv2D(out, in[0], in[1], in[2], batch, g); return 0 },
	}, x, w, b)
}

// Conv2DGradWNode is Conv2DGradW: the weight gradient (Out×C·K·K) from the
// layer's input x and the gradient dy at its output.
func Conv2DGradWNode(x, dy *G.Node, g ConvGeom) (*G.Node, error) {
	batch, err := checkGeom("conv2dgradw", g, x)
	if err != nil {
		return nil, err
	}
	if !dy.Shape().Eq(tensor.Shape{batch, g.OutSize()}) {
		return nil, fmt.Errorf("%w: conv2dgradw output gradient %v (want %d×%d)", ErrOperand, dy.Shape(), batch, g.OutSize())
	}
	return apply("conv2dgradw", GeomAttrs(g), tensor.Shape{g.Out, g.Window()}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Conv2DGradW(out, in[0], in[1], batch, g); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Conv2DGradW(out, in[0], in[1], batch, g); return 0 },
	}, x, dy)
}

// Conv2DGradBNode is Conv2DGradB: the bias gradient (1×Out) from dy
// (batch×Out·OH·OW).
func Conv2DGradBNode(dy *G.Node, g ConvGeom) (*G.Node, error) {
	if !g.valid() || dy.Shape().Dims() != 2 || dy.Shape()[1] != g.OutSize() {
		return nil, fmt.Errorf("%w: conv2dgradb of %v with geometry %+v", ErrOperand, dy.Shape(), g)
	}
	batch := dy.Shape()[0]
	return apply("conv2dgradb", GeomAttrs(g), tensor.Shape{1, g.Out}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Conv2DGradB(out, in[0], batch, g); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Conv2DGradB(out, in[0], batch, g); return 0 },
	}, dy)
}

// Conv2DGradXNode is Conv2DGradX: the input gradient (batch×C·H·W) from dy
// and the weight w.
func Conv2DGradXNode(dy, w *G.Node, g ConvGeom) (*G.Node, error) {
	if !g.valid() || dy.Shape().Dims() != 2 || dy.Shape()[1] != g.OutSize() || !w.Shape().Eq(tensor.Shape{g.Out, g.Window()}) {
		return nil, fmt.Errorf("%w: conv2dgradx of %v and %v with geometry %+v", ErrOperand, dy.Shape(), w.Shape(), g)
	}
	batch := dy.Shape()[0]
	return apply("conv2dgradx", GeomAttrs(g), tensor.Shape{batch, g.In()}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { Conv2DGradX(out, in[0], in[1], batch, g); return 0 },
		f64: func(out []float64, in [][]float64) float64 { Conv2DGradX(out, in[0], in[1], batch, g); return 0 },
	}, dy, w)
}

// MaxPoolNode is MaxPool of x (batch×C·H·W); g.P must be 0 and g.Out g.C.
func MaxPoolNode(x *G.Node, g ConvGeom) (*G.Node, error) {
	if g.P != 0 || g.Out != g.C {
		return nil, fmt.Errorf("%w: maxpool geometry %+v", ErrOperand, g)
	}
	batch, err := checkGeom("maxpool", g, x)
	if err != nil {
		return nil, err
	}
	return apply("maxpool", GeomAttrs(g), tensor.Shape{batch, g.OutSize()}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { MaxPool(out, in[0], batch, g); return 0 },
		f64: func(out []float64, in [][]float64) float64 { MaxPool(out, in[0], batch, g); return 0 },
	}, x)
}

// MaxPoolGradNode is MaxPoolGrad: the gradient through MaxPool of x given
// the gradient dy at its output.
func MaxPoolGradNode(x, dy *G.Node, g ConvGeom) (*G.Node, error) {
	if g.P != 0 || g.Out != g.C {
		return nil, fmt.Errorf("%w: maxpool gradient geometry %+v", ErrOperand, g)
	}
	batch, err := checkGeom("maxpoolgrad", g, x)
	if err != nil {
		return nil, err
	}
	if !dy.Shape().Eq(tensor.Shape{batch, g.OutSize()}) {
		return nil, fmt.Errorf("%w: maxpoolgrad output gradient %v (want %d×%d)", ErrOperand, dy.Shape(), batch, g.OutSize())
	}
	return apply("maxpoolgrad", GeomAttrs(g), tensor.Shape{batch, g.In()}, false, kernelPair{
		f32: func(out []float32, in [][]float32) float32 { MaxPoolGrad(out, in[0], in[1], batch, g); return 0 },
		f64: func(out []float64, in [][]float64) float64 { MaxPoolGrad(out, in[0], in[1], batch, g); return 0 },
	}, x, dy)
}
