package bundle

import (
	"sync"
	"unsafe"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// ValueArena is memory for the values of many decoded checkpoints, taken
// from one allocation. A verifier holds every checkpoint of a bundle at
// once; the values of each in fresh memory of their own cost a page fault
// for every 4 KiB, which on a virtual machine is more than reading, hashing
// and decoding them. One allocation, advised to use huge pages on Linux,
// takes a few dozen. The values a reader puts there live as long as any
// checkpoint holding them. Safe for concurrent use.
type ValueArena struct {
	mu   sync.Mutex
	free []uint64 // 8-byte words: every dtype's values stay aligned
}

// NewValueArena returns an arena of at least size bytes: for a bundle of
// task, len(task.CheckpointSteps()) × task.CheckpointPayloadBytes(). A
// reader whose arena is full allocates each tensor as DecodeCheckpoint does.
func NewValueArena(size int64) *ValueArena {
	words := make([]uint64, (size+7)/8)
	adviseHugePages(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), 8*len(words)))
	return &ValueArena{free: words}
}

// tensor returns a zero tensor of name, dtype and shape (which hold n
// values) whose values are in the arena, as prooflearn.NewTensor makes it
// otherwise; false when the arena has no room for them.
func (a *ValueArena) tensor(name string, dt prooflearn.DType, shape []int, n int) (prooflearn.Tensor, bool) {
	if a == nil || n == 0 {
		return prooflearn.Tensor{}, false
	}
	size := dt.Size()
	if size == 0 {
		return prooflearn.Tensor{}, false
	}
	words := (n*size + 7) / 8
	a.mu.Lock()
	if words > len(a.free) {
		a.mu.Unlock()
		return prooflearn.Tensor{}, false
	}
	p := unsafe.Pointer(unsafe.SliceData(a.free))
	a.free = a.free[words:]
	a.mu.Unlock()
	t := prooflearn.Tensor{Name: name, DType: dt, Shape: append([]int(nil), shape...)}
	switch dt {
	case prooflearn.Float64:
		t.F64 = unsafe.Slice((*float64)(p), n)
	case prooflearn.Int32:
		t.I32 = unsafe.Slice((*int32)(p), n)
	default:
		t.F32 = unsafe.Slice((*float32)(p), n)
	}
	return t, true
}
