package kernels

import (
	"sync"
	"unsafe"
)

// scratchPool holds the buffers MatMul packs panels into, so that a
// training step, which multiplies matrices of the same shapes every time,
// does not allocate and clear them on every call. A buffer is a []uint64 so
// that it is aligned for either element type.
var scratchPool sync.Pool // of *[]uint64

// getScratch returns a buffer of n elements of F, its contents unspecified:
// the caller writes every element it reads. Return it with putScratch once
// nothing reads it any more.
func getScratch[F Float](n int) (*[]uint64, []F) {
	p, _ := scratchPool.Get().(*[]uint64)
	if p == nil {
		p = new([]uint64)
	}
	words := (n*int(unsafe.Sizeof(F(0))) + 7) / 8
	if cap(*p) < words {
		*p = make([]uint64, words)
	}
	*p = (*p)[:words]
	return p, unsafe.Slice((*F)(unsafe.Pointer(unsafe.SliceData(*p))), n)
}

func putScratch(p *[]uint64) { scratchPool.Put(p) }
