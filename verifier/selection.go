package verifier

import (
	"math"
	"slices"
	"sort"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// MetricRelative names the relative replay distance in SegmentReport.Exceeded.
const MetricRelative = "relative"

// Selection records how the replayed segments were chosen and what the
// Fiat–Shamir sample buys.
type Selection struct {
	// Segments is the number of segments in the proof.
	Segments int `json:"segments"`
	// BudgetSegments is the budget in segments: ⌊budget × segments⌋, at least 1.
	BudgetSegments int   `json:"budget_segments"`
	TopQ           []int `json:"top_q"`
	// Final is the segment that ends at the delivered weights: replayed at
	// every budget, so a forged final segment is detected with probability 1.
	Final      int       `json:"final"`
	FiatShamir []int     `json:"fiat_shamir"`
	Anomalies  []Anomaly `json:"anomalies,omitempty"`
	Evidence   []int     `json:"evidence,omitempty"`
	// Detection is the chance that the Fiat–Shamir sample alone replays at
	// least one forged segment, against a forger who forges a given fraction
	// of the segments and keeps every one of them out of the top-Q and out
	// of the final segment (which are replayed for certain: a forger who
	// touches either is detected with probability 1).
	Detection []Detection `json:"detection"`
}

// Anomaly is a jump in update size between segments Segment−1 and Segment:
// Ratio is the larger update norm over the smaller.
type Anomaly struct {
	Segment int     `json:"segment"`
	Ratio   float64 `json:"ratio"`
}

// Detection is the probability of replaying a forged segment when
// ForgedSegments (ForgedFraction of all) are forged.
type Detection struct {
	ForgedFraction float64 `json:"forged_fraction"`
	ForgedSegments int     `json:"forged_segments"`
	Probability    float64 `json:"probability"`
}

// DetectionFractions are the forged fractions the report states a detection
// probability for.
var DetectionFractions = []float64{0.02, 0.05, 0.1, 0.2, 0.5}

// DetectionProbability is the hypergeometric chance that drawing drawn of
// pool segments without replacement hits at least one of forged bad ones.
func DetectionProbability(pool, drawn, forged int) float64 {
	if forged <= 0 || drawn <= 0 || pool <= 0 {
		return 0
	}
	if forged+drawn > pool {
		return 1
	}
	miss := 1.0
	for i := 0; i < drawn; i++ {
		miss *= float64(pool-forged-i) / float64(pool-i)
	}
	return 1 - miss
}

// detection is DetectionProbability for a forger confined to the pool the
// sample draws from: one with more forged segments than the pool holds, or
// any forger when every segment is replayed for certain, is caught for sure.
func detection(pool, drawn, forged int) float64 {
	if pool == 0 || forged > pool {
		return 1
	}
	return DetectionProbability(pool, drawn, forged)
}

// relativeDistance is the replay distance over the claimed update; a zero
// distance is 0 even for a zero update.
func relativeDistance(dist, update float64) float64 {
	if dist == 0 {
		return 0
	}
	if update == 0 {
		return math.MaxFloat64 // JSON has no infinity
	}
	return dist / update
}

// jumpRatio is the larger of two update norms over the smaller.
func jumpRatio(a, b float64) float64 {
	lo, hi := math.Min(a, b), math.Max(a, b)
	switch {
	case hi == 0:
		return 1
	case lo == 0:
		return math.MaxFloat64
	}
	return hi / lo
}

// challengePRNG is the stream for domain keyed with H(domain ‖ 0 ‖ root ‖
// challenge): the committed root and the verifier's challenge.
func (v *run) challengePRNG(domain string) *prooflearn.PRNG {
	return prooflearn.NewPRNG(slices.Concat(v.manifest.Root[:], v.cfg.challenge), domain)
}

// selectSegments chooses the segments to replay and says why each was chosen.
func (v *run) selectSegments() (*Selection, map[int][]string) {
	n := len(v.ckpts) - 1
	chosen := map[int][]string{}
	add := func(seg int, why string) {
		for _, w := range chosen[seg] {
			if w == why {
				return
			}
		}
		chosen[seg] = append(chosen[seg], why)
	}
	sel := &Selection{Segments: n, BudgetSegments: max(1, int(math.Floor(v.cfg.budget*float64(n)+1e-9))), TopQ: []int{}, FiatShamir: []int{}}

	// The claimed update of every segment whose checkpoints could be read.
	norms := make([]float64, n)
	known := make([]bool, n)
	for s := 0; s < n; s++ {
		if v.ckpts[s] != nil && v.ckpts[s+1] != nil {
			norms[s], known[s] = prooflearn.UpdateNorm(v.ckpts[s].Params, v.ckpts[s+1].Params), true
		}
	}

	// Top-Q: the largest claimed updates are where a forger must hide effort.
	var byNorm []int
	for s := 0; s < n; s++ {
		if known[s] {
			byNorm = append(byNorm, s)
		}
	}
	sort.SliceStable(byNorm, func(a, b int) bool { return norms[byNorm[a]] > norms[byNorm[b]] })
	inTopQ := map[int]bool{}
	for i := 0; i < v.cfg.topQ && i < len(byNorm); i++ {
		add(byNorm[i], ByTopQ)
		sel.TopQ = append(sel.TopQ, byNorm[i])
		inTopQ[byNorm[i]] = true
	}

	// The final segment produces what the buyer receives: always replayed.
	sel.Final = n - 1
	add(sel.Final, ByFinal)
	certain := map[int]bool{sel.Final: true}
	for s := range inTopQ {
		certain[s] = true
	}

	// Fiat–Shamir: the root and the verifier's challenge fix the choice. The
	// root binds everything the solver committed to; the challenge is what
	// it cannot know when it commits, so re-rolling the root (a changed bit
	// in any checkpoint gives a new one for free) does not steer the sample.
	// It draws from the segments top-Q and the final segment left, so no
	// draw is spent twice.
	var pool []int
	for s := 0; s < n; s++ {
		if !certain[s] {
			pool = append(pool, s)
		}
	}
	draws := min(len(pool), max(1, sel.BudgetSegments-len(certain)))
	rng := v.challengePRNG("prooflearn/fiat-shamir/segments")
	for i := 0; i < draws; i++ {
		j := i + rng.IntN(len(pool)-i)
		pool[i], pool[j] = pool[j], pool[i]
		add(pool[i], ByFiatShamir)
		sel.FiatShamir = append(sel.FiatShamir, pool[i])
	}
	for _, f := range DetectionFractions {
		forged := max(1, int(math.Round(f*float64(n))))
		sel.Detection = append(sel.Detection, Detection{ForgedFraction: f, ForgedSegments: forged, Probability: detection(len(pool), draws, forged)})
	}

	// Anomalous jumps: honest training changes its update size smoothly; a
	// joint between two runs, or between real and forged work, shows as a
	// jump. Both sides of the largest jumps are replayed.
	for s := 1; s < n; s++ {
		if known[s-1] && known[s] {
			if r := jumpRatio(norms[s-1], norms[s]); r >= v.cfg.anomalyRatio {
				sel.Anomalies = append(sel.Anomalies, Anomaly{Segment: s, Ratio: r})
			}
		}
	}
	sort.SliceStable(sel.Anomalies, func(a, b int) bool { return sel.Anomalies[a].Ratio > sel.Anomalies[b].Ratio })
	for i, a := range sel.Anomalies {
		if i >= v.cfg.maxAnomalies {
			break
		}
		add(a.Segment-1, ByAnomaly)
		add(a.Segment, ByAnomaly)
	}

	// A checkpoint that fails its commitment is evidence already; replaying
	// the segment that ends there shows by how much it is off.
	for j := 1; j < len(v.badLeaf); j++ {
		if v.badLeaf[j] && v.ckpts[j] != nil {
			add(j-1, ByEvidence)
			sel.Evidence = append(sel.Evidence, j-1)
		}
	}
	return sel, chosen
}
