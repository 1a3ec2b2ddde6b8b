package verifier

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
)

// setProcs sets GOMAXPROCS for one test and restores it after.
func setProcs(t *testing.T, n int) {
	t.Helper()
	prev := runtime.GOMAXPROCS(n)
	t.Cleanup(func() { runtime.GOMAXPROCS(prev) })
}

// TestWithProcsSerialises: replays that change GOMAXPROCS never overlap,
// each runs under the value it asked for, and the process ends where it
// started, however the calls interleave.
func TestWithProcsSerialises(t *testing.T) {
	setProcs(t, 3)
	var inside, overlaps atomic.Int32
	var wg sync.WaitGroup
	for i := range 16 {
		want := 1 + i%4*5 // 1, 6, 11, 16
		wg.Go(func() {
			got, err := withProcs(want, func() (int, error) {
				if inside.Add(1) > 1 {
					overlaps.Add(1)
				}
				defer inside.Add(-1)
				runtime.Gosched()
				return runtime.GOMAXPROCS(0), nil
			})
			assert.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
	wg.Wait()
	assert.Zero(t, overlaps.Load(), "two replays changed GOMAXPROCS at once")
	assert.Equal(t, 3, runtime.GOMAXPROCS(0))
}

// TestWithProcsKeepsAnotherChange: if something outside the package sets
// GOMAXPROCS during the replay, that choice stands.
func TestWithProcsKeepsAnotherChange(t *testing.T) {
	setProcs(t, 3)
	_, err := withProcs(1, func() (struct{}, error) {
		runtime.GOMAXPROCS(5)
		return struct{}{}, nil
	})
	require.NoError(t, err)
	assert.Equal(t, 5, runtime.GOMAXPROCS(0))
}

// TestConcurrentCalibrate: two Calibrate calls at once both succeed, agree,
// and leave GOMAXPROCS as they found it.
func TestConcurrentCalibrate(t *testing.T) {
	if testing.Short() {
		t.Skip("two calibrations of the tiny task")
	}
	setProcs(t, 3)
	task := testbundle.TinyTask(t)
	data := testbundle.Data(t)
	profiles := make([]*Profile, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range profiles {
		wg.Go(func() {
			profiles[i], errs[i] = Calibrate(context.Background(), task, data.Train, WithProfileSegments(2))
		})
	}
	wg.Wait()
	require.NoError(t, errs[0])
	require.NoError(t, errs[1])
	assert.Equal(t, 3, runtime.GOMAXPROCS(0), "Calibrate left GOMAXPROCS changed")
	assert.Equal(t, profiles[0].Thresholds, profiles[1].Thresholds)
	assert.Equal(t, profiles[0].Perturbations, profiles[1].Perturbations)
}
