package verifier_test

import (
	"testing"

	"github.com/prooflearn/prooflearn/internal/testbundle"
)

// tiny-cnn's shipped δ (scripts/calibrate.sh) is within ShippedSlack of a
// fresh calibration here, and no tighter than it.
func TestShippedThresholdsCalibratedCNN(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("calibrating tiny-cnn replays a hundred CNN segments; the full suite without the race detector runs it")
	}
	checkShipped(t, testbundle.ShippedTask(t, "tiny-cnn"), testbundle.Data(t).Train)
}
