package train

// sgdUpdate applies one step of SGD with momentum in place: for each i,
// v = μ·v + g, then w −= lr·v; with v nil, plain SGD: w −= lr·g. The
// arithmetic is kernels.Update's, operation for operation (the explicit
// conversions keep a compiler from fusing a multiply and an add), unrolled
// four wide, and on amd64 in SSE vectors of the same operations.
//
// With signedZero false the gradient enters as +0 + g, which turns a −0 into
// +0 and leaves every other value alone. Gorgonia's kernels used to hand the
// trainer its gradients accumulated into dual values that started at +0;
// tolerant-mode trajectories keep those bits. The deterministic kernels'
// gradients enter as they are.
func sgdUpdate[F float32 | float64](w, v, g []F, lr, mu F, signedZero bool) {
	n := len(w)
	g = g[:n]
	if v == nil {
		for i := range w {
			gi := g[i]
			if !signedZero {
				gi = 0 + gi
			}
			w[i] -= F(lr * gi)
		}
		return
	}
	v = v[:n]
	i := momentumVector(w, v, g, lr, mu, !signedZero)
	if signedZero {
		momentum(w[i:], v[i:], g[i:], lr, mu)
	} else {
		momentumPositiveZero(w[i:], v[i:], g[i:], lr, mu)
	}
}

func momentum[F float32 | float64](w, v, g []F, lr, mu F) {
	i := 0
	for ; i+4 <= len(w); i += 4 {
		w4, v4, g4 := w[i:i+4:i+4], v[i:i+4:i+4], g[i:i+4:i+4]
		v0 := F(mu*v4[0]) + g4[0]
		v1 := F(mu*v4[1]) + g4[1]
		v2 := F(mu*v4[2]) + g4[2]
		v3 := F(mu*v4[3]) + g4[3]
		v4[0], v4[1], v4[2], v4[3] = v0, v1, v2, v3
		w4[0] -= F(lr * v0)
		w4[1] -= F(lr * v1)
		w4[2] -= F(lr * v2)
		w4[3] -= F(lr * v3)
	}
	for ; i < len(w); i++ {
		v[i] = F(mu*v[i]) + g[i]
		w[i] -= F(lr * v[i])
	}
}

func momentumPositiveZero[F float32 | float64](w, v, g []F, lr, mu F) {
	i := 0
	for ; i+4 <= len(w); i += 4 {
		w4, v4, g4 := w[i:i+4:i+4], v[i:i+4:i+4], g[i:i+4:i+4]
		v0 := F(mu*v4[0]) + (0 + g4[0])
		v1 := F(mu*v4[1]) + (0 + g4[1])
		v2 := F(mu*v4[2]) + (0 + g4[2])
		v3 := F(mu*v4[3]) + (0 + g4[3])
		v4[0], v4[1], v4[2], v4[3] = v0, v1, v2, v3
		w4[0] -= F(lr * v0)
		w4[1] -= F(lr * v1)
		w4[2] -= F(lr * v2)
		w4[3] -= F(lr * v3)
	}
	for ; i < len(w); i++ {
		v[i] = F(mu*v[i]) + (0 + g[i])
		w[i] -= F(lr * v[i])
	}
}
