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
	rc := newRangechecker(api)
	checkValues(api, rc, c.DY)
	checkValues(api, rc, c.DB)
	for j := range c.n {
		var sum frontend.Variable = 0
		for i := range c.m {
			sum = api.Add(sum, c.DY[i*c.n+j])
		}
		api.AssertIsEqual(c.DB[j], sum)
	}
	return assertDigests(api, c.pack,
		digestInput{c.DigestDY, []int{c.m, c.n}, c.DY},
		digestInput{c.DigestDB, []int{c.n}, c.DB})
}
