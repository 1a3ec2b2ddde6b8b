package fixed

import (
	"fmt"
	"math"
)

const (
	// Frac is the number of fractional bits: a raw value x stands for x/2^Frac.
	Frac = 16
	// One is the raw value of 1.0.
	One = 1 << Frac
	// Bound is the range rule's exponent: every operator output lies in
	// [−2^Bound, 2^Bound).
	Bound = 24
	// MaxInner bounds every inner dimension of a fixed-mode task (input
	// width, hidden widths, classes, batch size), which keeps int64
	// accumulation of in-range products exact.
	MaxInner = 1 << 14
)

// Lowest and highest raw values an operator may output.
const (
	Min = -1 << Bound
	Max = 1<<Bound - 1
)

// Operator names, as OverflowError.Op gives them.
const (
	OpMatMul           = "matmul"
	OpAddBias          = "addbias"
	OpBiasGrad         = "biasgrad"
	OpSquaredErrorGrad = "squarederrorgrad"
	OpMomentum         = "momentum"
	OpSGD              = "sgd"
)

// OverflowError is an operator output outside [−2^24, 2^24): Op names the
// operator, Index the output element (row-major) and Value its exact value.
type OverflowError struct {
	Op    string
	Index int
	Value int64
}

func (e *OverflowError) Error() string {
	return fmt.Sprintf("fixed-point overflow in %s: element %d is %d (%.6g), outside [-2^%d, 2^%d)", e.Op, e.Index, e.Value, float64(e.Value)/One, Bound, Bound)
}

// InRange reports whether v satisfies the range rule.
func InRange(v int64) bool { return v >= Min && v <= Max }

// put range-checks v and stores it at out[i].
func put(out []int32, i int, v int64, op string) error {
	if !InRange(v) {
		return &OverflowError{Op: op, Index: i, Value: v}
	}
	out[i] = int32(v)
	return nil
}

// Round is acc/2^s rounded to the nearest integer, a tie toward +∞:
// (acc + 2^(s−1)) >> s with an arithmetic shift. s must be at least 1.
func Round(acc int64, s uint) int64 {
	return (acc + 1<<(s-1)) >> s
}

// RoundDiv is x/d rounded to the nearest integer, a tie up:
// ⌊(2x + d) / (2d)⌋ with floor division, for d > 0.
func RoundDiv(x, d int64) int64 {
	return floorDiv(2*x+d, 2*d)
}

// floorDiv is ⌊a/b⌋ for b > 0 (Go's / truncates toward zero).
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// MatMul sets c (m×n) to Round(op(a)·op(b), Frac), each sum exact in int64.
// op(a) is m×k: a itself, or with transA a stored k×m, transposed. op(b)
// is k×n: b itself, or with transB b stored n×k, transposed. c must not
// share memory with a or b. An output out of range is reported at the first
// such element in row-major order.
//
// Integer sums are exact, so the order of the products does not change the
// result: rows are accumulated in whatever order reads memory best, and a
// zero of op(a) (a dark pixel, an inactive ReLU) is skipped.
func MatMul(c, a, b []int32, m, k, n int, transA, transB bool) error {
	c, a, b = c[:m*n], a[:m*k], b[:k*n]
	// Strides of op(a)[i,p] in the stored layout.
	ai, ap := k, 1
	if transA {
		ai, ap = 1, m
	}
	acc := make([]int64, n)
	for i := 0; i < m; i++ {
		if transB {
			// op(b)[p,j] = b[j,p]: a dot product of op(a)'s row i with b's
			// row j.
			for j := range acc {
				brow := b[j*k : j*k+k]
				var s int64
				for p, pa := 0, i*ai; p < k; p, pa = p+1, pa+ap {
					s += int64(a[pa]) * int64(brow[p])
				}
				acc[j] = s
			}
		} else {
			// Row i of c is Σ_p op(a)[i,p] · (row p of b).
			clear(acc)
			for p, pa := 0, i*ai; p < k; p, pa = p+1, pa+ap {
				av := int64(a[pa])
				if av == 0 {
					continue
				}
				brow := b[p*n : p*n+n]
				for j, bv := range brow {
					acc[j] += av * int64(bv)
				}
			}
		}
		crow := c[i*n : i*n+n]
		for j, s := range acc {
			v := Round(s, Frac)
			if !InRange(v) {
				return &OverflowError{Op: OpMatMul, Index: i*n + j, Value: v}
			}
			crow[j] = int32(v)
		}
	}
	return nil
}

// AddBias sets y[i,j] = x[i,j] + bias[j] for an m×n x. y may be x.
func AddBias(y, x, bias []int32, m, n int) error {
	y, x, bias = y[:m*n], x[:m*n], bias[:n]
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			if err := put(y, i*n+j, int64(x[i*n+j])+int64(bias[j]), OpAddBias); err != nil {
				return err
			}
		}
	}
	return nil
}

// BiasGrad sets db[j] = Σ_i dy[i,j] for an m×n dy, exactly.
func BiasGrad(db, dy []int32, m, n int) error {
	db, dy = db[:n], dy[:m*n]
	for j := 0; j < n; j++ {
		var acc int64
		for i := 0; i < m; i++ {
			acc += int64(dy[i*n+j])
		}
		if err := put(db, j, acc, OpBiasGrad); err != nil {
			return err
		}
	}
	return nil
}

// ReLU sets y = max(x, 0). y may be x.
func ReLU(y, x []int32) {
	x = x[:len(y)]
	for i, v := range x {
		y[i] = max(v, 0)
	}
}

// ReLUGrad sets dx = dy where x > 0, else 0. dx may be dy.
func ReLUGrad(dx, dy, x []int32) {
	dy, x = dy[:len(dx)], x[:len(dx)]
	for i, v := range x {
		if v > 0 {
			dx[i] = dy[i]
		} else {
			dx[i] = 0
		}
	}
}

// SquaredErrorGrad sets dz[i,c] = RoundDiv(z[i,c] − t[i,c], m), the
// gradient of the squared-error surrogate for logits z (m×n) and one-hot
// targets t (One at labels[i], 0 elsewhere). Every label must be in [0, n).
// dz may be z.
func SquaredErrorGrad(dz, z []int32, labels []int, m, n int) error {
	dz, z, labels = dz[:m*n], z[:m*n], labels[:m]
	for i := 0; i < m; i++ {
		if labels[i] < 0 || labels[i] >= n {
			panic(fmt.Sprintf("fixed: label %d of row %d outside [0, %d)", labels[i], i, n))
		}
		for c := 0; c < n; c++ {
			d := int64(z[i*n+c])
			if c == labels[i] {
				d -= One
			}
			if err := put(dz, i*n+c, RoundDiv(d, int64(m)), OpSquaredErrorGrad); err != nil {
				return err
			}
		}
	}
	return nil
}

// SquaredError is the surrogate loss Σ (z − t)² / (2·m·One²) in real units,
// in float64, for reports only: it is never committed or disputed.
func SquaredError(z []int32, labels []int, m, n int) float64 {
	var s float64
	for i := 0; i < m; i++ {
		for c := 0; c < n; c++ {
			d := float64(z[i*n+c])
			if c == labels[i] {
				d -= One
			}
			s += float64(d * d) // rounded before the add: no fused multiply-add, the same sum everywhere
		}
	}
	return s / (2 * float64(m) * One * One)
}

// MomentumStep sets v ← Round(mu·v, Frac) + g.
func MomentumStep(v, g []int32, mu int64) error {
	g = g[:len(v)]
	for i := range v {
		if err := put(v, i, Round(mu*int64(v[i]), Frac)+int64(g[i]), OpMomentum); err != nil {
			return err
		}
	}
	return nil
}

// SGDStep sets w ← w − Round(lr·v, Frac).
func SGDStep(w, v []int32, lr int64) error {
	v = v[:len(w)]
	for i := range w {
		if err := put(w, i, int64(w[i])-Round(lr*int64(v[i]), Frac), OpSGD); err != nil {
			return err
		}
	}
	return nil
}

// Update is one optimizer step on w with gradient g: heavy-ball momentum
// (v' = Round(mu·v, Frac) + g, then w' = w − Round(lr·v', Frac)) when v is
// not nil, plain SGD (w' = w − Round(lr·g, Frac)) when it is.
func Update(w, v, g []int32, lr, mu int64) error {
	if v == nil {
		return SGDStep(w, g, lr)
	}
	if err := MomentumStep(v, g, mu); err != nil {
		return err
	}
	return SGDStep(w, v, lr)
}

// ToFixed is round(x·2^16) as an int64 (math.Round: half away from zero),
// how a task's learning rate and momentum become LR and MU.
func ToFixed(x float64) int64 { return int64(math.Round(x * One)) }

// LearningRate is LR, the task's learning rate η as round(η·2^16).
func LearningRate(eta float64) int64 { return ToFixed(eta) }

// Momentum is MU, the task's momentum μ as round(μ·2^16).
func Momentum(mu float64) int64 { return ToFixed(mu) }

// FromFloat is an initial parameter x as int32(math.Round(x·65536)). x must
// be in range (Glorot values are below 1 in magnitude).
func FromFloat(x float64) int32 { return int32(math.Round(x * One)) }

// ToFloat is the real value a raw value stands for, exactly.
func ToFloat(x int32) float64 { return float64(x) / One }

// Pixel is the raw value of an input pixel byte p: (p·65536 + 127) / 255.
func Pixel(p byte) int32 { return int32((int64(p)*One + 127) / 255) }
