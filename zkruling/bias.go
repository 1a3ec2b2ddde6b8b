package zkruling

import "github.com/consensys/gnark/frontend"

// addBiasCircuit proves Y[i,j] = X[i,j] + Bias[j] over an m×n X, with every
// value in range.
type addBiasCircuit struct {
	DigestX, DigestBias, DigestY frontend.Variable `gnark:",public"`

	X, Bias, Y []frontend.Variable

	m, n int
	pack int
}

func (c *addBiasCircuit) Define(api frontend.API) error {
	rc := newRangechecker(api)
	for _, t := range [][]frontend.Variable{c.X, c.Bias, c.Y} {
		checkValues(api, rc, t)
	}
	for i := range c.m {
		for j := range c.n {
			api.AssertIsEqual(c.Y[i*c.n+j], api.Add(c.X[i*c.n+j], c.Bias[j]))
		}
	}
	return assertDigests(api, c.pack,
		digestInput{c.DigestX, []int{c.m, c.n}, c.X},
		digestInput{c.DigestBias, []int{c.n}, c.Bias},
		digestInput{c.DigestY, []int{c.m, c.n}, c.Y})
}

// biasGradCircuit proves DB[j] = Σ_i DY[i,j] over an m×n DY, with every
// value in range (the sums are exact: m ≤ 2^14 terms below 2^24).
type biasGradCircuit struct {
	DigestDY, DigestDB frontend.Variable `gnark:",public"`

	DY, DB []frontend.Variable

	m, n int
	pack int
}

func (c *biasGradCircuit) Define(api frontend.API) error {
	defineBiasGrad(api, c.m, c.n, c.DY, c.DB)
	return assertDigests(api, c.pack,
		digestInput{c.DigestDY, []int{c.m, c.n}, c.DY},
		digestInput{c.DigestDB, []int{c.n}, c.DB})
}

// defineBiasGrad constrains DB[j] = Σ_i DY[i,j], every value range-checked.
func defineBiasGrad(api frontend.API, m, n int, dy, db []frontend.Variable) {
	rc := newRangechecker(api)
	checkValues(api, rc, dy)
	checkValues(api, rc, db)
	for j := range n {
		var sum frontend.Variable = 0
		for i := range m {
			sum = api.Add(sum, dy[i*n+j])
		}
		api.AssertIsEqual(db[j], sum)
	}
}
