//go:build !amd64 || purego

package kernels

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Without the assembly kernel MatMul is the pure-Go one.
func TestImplementationIsPureGo(t *testing.T) {
	assert.Equal(t, "pure Go", Implementation())
}
