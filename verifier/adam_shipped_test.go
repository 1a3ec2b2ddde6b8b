package verifier_test

import (
	"testing"

	"github.com/prooflearn/prooflearn/internal/testbundle"
)

// tiny-adam's shipped δ (parameters' and both moments', one set for the
// optimizer) is the calibrated one, as for every shipped tolerant task.
func TestShippedThresholdsCalibratedAdam(t *testing.T) {
	if raceEnabled {
		t.Skip("calibration replays a hundred segments; the suite without the race detector runs it")
	}
	checkShipped(t, testbundle.ShippedTask(t, "tiny-adam"), testbundle.Data(t).Train)
}
