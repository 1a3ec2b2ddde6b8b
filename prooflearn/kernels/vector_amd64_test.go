//go:build !purego

package kernels

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/sys/cpu"
)

// The assembly kernel runs exactly where the processor and the operating
// system support AVX2.
func TestImplementationFollowsCPU(t *testing.T) {
	if cpu.X86.HasAVX && cpu.X86.HasAVX2 {
		assert.Equal(t, "AVX2 assembly", Implementation())
	} else {
		assert.Equal(t, "pure Go", Implementation())
	}
}
