package train

// momentumSSE32 and momentumSSE64 run the momentum update on whole blocks of
// four (two) values, len(w) rounded down; v and g are at least as long as w.
//
//go:noescape
func momentumSSE32(w, v, g []float32, lr, mu float32, plusZero bool)

//go:noescape
func momentumSSE64(w, v, g []float64, lr, mu float64, plusZero bool)

// momentumVector updates as many leading values as the vector code takes
// and returns how many.
func momentumVector[F float32 | float64](w, v, g []F, lr, mu F, plusZero bool) int {
	switch w := any(w).(type) {
	case []float32:
		momentumSSE32(w, any(v).([]float32), any(g).([]float32), float32(lr), float32(mu), plusZero)
		return len(w) &^ 3
	case []float64:
		momentumSSE64(w, any(v).([]float64), any(g).([]float64), float64(lr), float64(mu), plusZero)
		return len(w) &^ 1
	}
	return 0
}
