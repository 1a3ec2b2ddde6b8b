package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/spoof"
	"github.com/prooflearn/prooflearn/verifier"
)

// smokeConfig runs every section on as little as shows each one working:
// two attacks (one caught by replay, one by the initialisation), two budgets
// (the smallest and everything), two k for the dispute.
func smokeConfig() config {
	return config{
		sections: sectionNames,
		steps:    3, repeat: 1, warmup: 1, proofSteps: 20, proofRepeat: 1, ks: []int{10},
		attacks: []string{spoof.Stitch, spoof.RankInit}, budgets: []float64{0.02, 1}, challenges: 2,
		deltaSegments: 3,
		disputeAttack: spoof.Interpolate, disputeKs: []int{10, 50}, disputeRepeat: 1,
	}
}

// The whole harness on the smallest configuration: every section writes a
// CSV with its header and a PNG that decodes, and what the figures say holds.
func TestHarnessSmoke(t *testing.T) {
	cfg := smokeConfig()
	if raceEnabled {
		// The race detector slows training tenfold: the sections with
		// concurrency of their own (the game's two players, the solver's
		// writer) on the least they need.
		cfg.sections = []string{"proof", "dispute"}
		cfg.attacks, cfg.disputeAttack, cfg.disputeKs = []string{spoof.Stitch}, spoof.Stitch, []int{10}
	}
	runAndCheck(t, cfg)
}

// The quick path, as `go run ./examples/bench -quick -out DIR` runs it
// (without PyTorch, whose presence the test cannot rely on).
func TestHarnessQuick(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("the quick path trains for a minute or more: the suite without -short runs it")
	}
	cfg := quickConfig()
	cfg.sections, cfg.torch = sectionNames, false
	runAndCheck(t, cfg)
}

func runAndCheck(t *testing.T, cfg config) {
	t.Helper()
	dir := t.TempDir()
	var out bytes.Buffer
	files, err := run(context.Background(), cfg, dir, &out)
	require.NoError(t, err, out.String())
	for _, name := range cfg.sections {
		csvPath, pngPath := filepath.Join(dir, name+".csv"), filepath.Join(dir, name+".png")
		assert.Contains(t, files, csvPath)
		assert.Contains(t, files, pngPath)
		rows := readCSV(t, csvPath)
		header := map[string][]string{"speed": speedHeader, "proof": proofHeader, "detection": detectionHeader,
			"delta": deltaHeader, "dispute": disputeHeader}[name]
		require.Equal(t, header, rows[0][:len(header)], "%s.csv header", name)
		require.Greater(t, len(rows), 1, "%s.csv has no data", name)
		for i, r := range rows[1:] {
			require.Len(t, r, len(rows[0]), "%s.csv row %d", name, i+1)
		}
		checkSection[name](t, cfg, table(rows))
		checkPNG(t, pngPath)
		assert.Contains(t, out.String(), "  "+name+" ", "the summary has no line for %s", name)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err, path)
	require.NotEmpty(t, rows, path)
	return rows
}

func checkPNG(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	img, err := png.Decode(f)
	require.NoError(t, err, path)
	b := img.Bounds()
	assert.GreaterOrEqual(t, b.Dx(), 400, path)
	assert.GreaterOrEqual(t, b.Dy(), 300, path)
	// Not a blank canvas: a plot draws in more than one colour.
	first := img.At(b.Min.X, b.Min.Y)
	blank := true
	for y := b.Min.Y; y < b.Max.Y && blank; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if img.At(x, y) != first {
				blank = false
				break
			}
		}
	}
	assert.False(t, blank, "%s is one colour", path)
}

// table is a CSV file's rows addressed by column name.
type table [][]string

func (tb table) col(row []string, name string) string {
	i := slices.Index(tb[0], name)
	if i < 0 {
		panic("no column " + name)
	}
	return row[i]
}

func (tb table) num(t *testing.T, row []string, name string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(tb.col(row, name), 64)
	require.NoError(t, err, "column %s of %v", name, row)
	return v
}

var checkSection = map[string]func(t *testing.T, cfg config, tb table){
	"speed": func(t *testing.T, cfg config, tb table) {
		require.Len(t, tb, 5+btoi(len(tb[0]) > len(speedHeader)), "four modes and dtypes, and PyTorch when present")
		for _, r := range tb[1:] {
			assert.Greater(t, tb.num(t, r, "steps_per_s"), 0.0)
			assert.Greater(t, tb.num(t, r, "gflops"), 0.0)
		}
	},
	"proof": func(t *testing.T, cfg config, tb table) {
		require.Len(t, tb, 1+len(cfg.ks))
		for _, r := range tb[1:] {
			assert.Greater(t, tb.num(t, r, "bytes_per_step"), 0.0)
			assert.Greater(t, tb.num(t, r, "with_proof_s"), 0.0)
		}
	},
	"detection": func(t *testing.T, cfg config, tb table) {
		for _, r := range tb[1:] {
			m := tb.num(t, r, "measured_detection")
			assert.True(t, m >= 0 && m <= 1, "%v", r)
			cost := tb.num(t, r, "replayed_steps_frac")
			assert.True(t, cost > 0 && cost <= 1, "%v", r)
			if s := tb.col(r, "stated_detection"); s != "" {
				p := tb.num(t, r, "stated_detection")
				assert.True(t, p > 0 && p <= 1, "%v", r)
			}
			budget := tb.num(t, r, "budget")
			if tb.col(r, "attack") == "honest" {
				assert.Zero(t, tb.num(t, r, "rejected"), "an honest bundle was rejected: %v", r)
				continue
			}
			if budget == 1 {
				// Everything replayed: no forgery survives.
				assert.Equal(t, 1.0, m, "%v", r)
				assert.Equal(t, 1.0, cost, "%v", r)
			}
		}
	},
	"delta": func(t *testing.T, cfg config, tb table) {
		per := map[string]int{}
		for _, r := range tb[1:] {
			per[tb.col(r, "perturbation")]++
		}
		require.GreaterOrEqual(t, len(per), 2, "perturbations %v", per)
		for name, n := range per {
			assert.Equal(t, cfg.deltaSegments, n, "%s replayed %d segments", name, n)
		}
		for _, r := range tb[1:] {
			// Honest perturbations stay within the shipped δ.
			assert.Less(t, tb.num(t, r, "params_l2_over_delta"), 1.0, "%v", r)
		}
	},
	"dispute": func(t *testing.T, cfg config, tb table) {
		games := 0
		for _, r := range tb[1:] {
			if tb.col(r, "attack") == spoof.RankInit {
				// Forged initial weights: the solver's bundle cannot back
				// its own start, so it forfeits before any game.
				assert.Equal(t, "forfeit by solver", tb.col(r, "reason"), "%v", r)
				continue
			}
			games++
			assert.Equal(t, "challenger", tb.col(r, "winner"), "a forged bundle won its dispute: %v", r)
			assert.Equal(t, "arbiter", tb.col(r, "reason"), "%v", r)
			assert.LessOrEqual(t, tb.num(t, r, "rounds"), tb.num(t, r, "max_rounds"), "%v", r)
			assert.Greater(t, tb.num(t, r, "answer_bytes"), 0.0, "%v", r)
			assert.GreaterOrEqual(t, tb.num(t, r, "arbiter_s"), 0.0, "%v", r)
		}
		assert.Positive(t, games)
	},
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// The arbiter's time is the game's less the time either player was
// answering: overlapping and nested calls count once, gaps not at all.
func TestUnion(t *testing.T) {
	at := func(ms int) time.Time { return time.Unix(0, 0).Add(time.Duration(ms) * time.Millisecond) }
	span := func(a, b int) [2]time.Time { return [2]time.Time{at(a), at(b)} }
	for _, tc := range []struct {
		spans [][2]time.Time
		want  time.Duration
	}{
		{nil, 0},
		{[][2]time.Time{span(0, 10)}, 10 * time.Millisecond},
		// Both sides answering the same round: one span of 0–12.
		{[][2]time.Time{span(0, 10), span(2, 12)}, 12 * time.Millisecond},
		// Nested, out of order, and a gap of 8 ms the arbiter spent.
		{[][2]time.Time{span(20, 25), span(0, 12), span(3, 5), span(21, 22)}, 17 * time.Millisecond},
		// Touching spans.
		{[][2]time.Time{span(0, 5), span(5, 9)}, 9 * time.Millisecond},
	} {
		assert.Equal(t, tc.want, union(tc.spans), "%v", tc.spans)
	}
}

// What a report states for an attack: certain when a forged segment is
// replayed whatever the challenge, the sample's chance otherwise, nothing
// when no segment is forged.
func TestStatedDetection(t *testing.T) {
	sel := &verifier.Selection{Segments: 50, TopQ: []int{7}, Final: 49, FiatShamir: []int{3, 30}}
	_, ok := statedDetection(sel, nil)
	assert.False(t, ok)
	for _, forged := range [][]int{{7}, {49}, {1, 7}} {
		p, ok := statedDetection(sel, forged)
		assert.True(t, ok)
		assert.Equal(t, 1.0, p, "forged %v", forged)
	}
	p, ok := statedDetection(sel, []int{20})
	assert.True(t, ok)
	assert.InDelta(t, 2.0/48, p, 1e-12, "two draws from the 48 segments left")
	p2, _ := statedDetection(sel, []int{20, 21, 22})
	assert.Greater(t, p2, p, "more forged segments, more chance")
	// A top-Q segment that is also the final one is counted once.
	assert.Equal(t, 1, certain(&verifier.Selection{Segments: 5, TopQ: []int{4}, Final: 4}))
}

func TestUnknownSection(t *testing.T) {
	cfg := smokeConfig()
	cfg.sections = []string{"speed", "sped"}
	_, err := run(context.Background(), cfg, "", io.Discard)
	require.ErrorContains(t, err, `unknown section "sped"`)
}

func TestPeakOverride(t *testing.T) {
	p := cpuPeak(100)
	assert.Equal(t, 100.0, p.of("float32"))
	assert.Equal(t, 50.0, p.of("float64"))
	assert.Contains(t, p.how, "-peak-gflops")
	if _, err := os.Stat("/proc/cpuinfo"); err == nil {
		p := cpuPeak(0)
		assert.Greater(t, p.of("float32"), 0.0, p.how)
	}
}
