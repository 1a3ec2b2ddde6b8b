//go:build !amd64

package train

// momentumVector has no vector code on this architecture.
func momentumVector[F float32 | float64](w, v, g []F, lr, mu F, plusZero bool) int { return 0 }
