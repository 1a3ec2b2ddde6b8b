package train

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// checkGradients compares the float64 graph's gradient of every parameter
// with a central finite difference of its loss, at one value in every
// len/every+1 of each parameter, stepping by h; a value passes within
// abs + rel·|difference|. It returns how many values it compared. The
// graph must already hold its batch (net.load).
func checkGradients(t *testing.T, net *mlp, params []prooflearn.Tensor, every int, h, abs, rel float64) int {
	t.Helper()
	loss := func() float64 {
		require.NoError(t, net.run())
		return net.scalarLoss()
	}
	loss()
	grads := make([][]float64, len(params))
	for i := range params {
		g, _, err := net.grad(i)
		require.NoError(t, err)
		grads[i] = append([]float64(nil), g.([]float64)...)
	}
	checked := 0
	for i := range params {
		p := params[i].F64
		for j := 0; j < len(p); j += 1 + len(p)/every {
			v := p[j]
			p[j] = v + h
			up := loss()
			p[j] = v - h
			down := loss()
			p[j] = v
			fd := (up - down) / (2 * h)
			assert.InDelta(t, fd, grads[i][j], abs+rel*math.Abs(fd), "%s[%d]", params[i].Name, j)
			checked++
		}
	}
	return checked
}
