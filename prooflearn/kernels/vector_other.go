//go:build !amd64 || purego

package kernels

// vectorKernel names the MatMul kernel of this build.
const vectorKernel = ""

// matMulVector reports that this build has no vector kernel: MatMul runs
// the pure-Go one.
func matMulVector[F Float](c, a, b []F, m, k, n int, transA, transB bool) bool {
	return false
}

func reluVector[F Float](out, x []F) int { return 0 }

func reluGradVector[F Float](dx, out, dout []F) int { return 0 }
