package verifier

import (
	"math"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// SlackWarning is the factor above which the thresholds in force are
// reported as loose: δ more than this many times the calibrated δ gives a
// forger room that honest training never needs. Within it sit the
// profile's own margin (δ is already DefaultSafetyFactor × the largest
// legitimate error) and a second platform's replays.
const SlackWarning = 2

// Slack compares the thresholds a verification used with a profile's.
type Slack struct {
	// Factor is the largest ratio, over every metric and kind of state, of
	// the δ in force to the calibrated δ; Metric names where it is.
	Factor float64 `json:"factor"`
	Metric string  `json:"metric"`
	// Warning is set when Factor exceeds SlackWarning.
	Warning bool `json:"warning"`
}

// SlackOf compares thresholds th with calibrated ones cal: the largest
// ratio th ÷ cal over every metric and kind of state both bound.
func SlackOf(th, cal prooflearn.Thresholds) *Slack { return slack(th, cal) }

// slack compares th with the calibrated thresholds cal.
func slack(th, cal prooflearn.Thresholds) *Slack {
	s := &Slack{}
	ratio := func(kind string, got, want prooflearn.Thresholds) {
		for _, m := range []struct {
			name      string
			got, want float64
		}{{prooflearn.MetricL1, got.L1, want.L1}, {prooflearn.MetricL2, got.L2, want.L2}, {prooflearn.MetricLInf, got.LInf, want.LInf}, {prooflearn.MetricCosine, got.Cosine, want.Cosine}} {
			r := 1.0
			switch {
			case m.got == m.want:
			case m.want == 0:
				r = math.MaxFloat64 // JSON has no infinity
			default:
				r = m.got / m.want
			}
			if r > s.Factor {
				s.Factor, s.Metric = r, kind+m.name
			}
		}
	}
	ratio("", th, cal)
	if th.Optimizer != nil && cal.Optimizer != nil {
		ratio(prooflearn.KindOptimizer+".", *th.Optimizer, *cal.Optimizer)
	}
	s.Warning = s.Factor > SlackWarning
	return s
}
