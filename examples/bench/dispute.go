package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/spoof"
)

var disputeHeader = []string{"attack", "k", "segment", "winner", "reason", "op", "rounds", "max_rounds", "answer_bytes",
	"case_s", "game_s", "arbiter_s", "case_over_step", "arbiter_over_step"}

// meter is a Player that passes every query to p and records what the
// answers cost: their canonical encoding's size (what crosses the wire) and
// when each call ran. The game asks both sides at once, so the arbiter's own
// time is the game's minus the union of the players' calls.
type meter struct {
	p     arbitration.Player
	mu    *sync.Mutex
	spans *[][2]time.Time
	bytes int
}

// record adds one call that began at t0 and answered size bytes.
func (m *meter) record(t0 time.Time, size func() int) {
	end := time.Now()
	m.bytes += size()
	m.mu.Lock()
	*m.spans = append(*m.spans, [2]time.Time{t0, end})
	m.mu.Unlock()
}

func (m *meter) CommitSteps(ctx context.Context, q arbitration.StepsQuery) (r *arbitration.StepsCommit, err error) {
	defer m.record(time.Now(), func() int { return size(r) })
	return m.p.CommitSteps(ctx, q)
}

func (m *meter) OpenState(ctx context.Context, q arbitration.StateQuery) (r *arbitration.Opening, err error) {
	defer m.record(time.Now(), func() int { return size(r) })
	return m.p.OpenState(ctx, q)
}

func (m *meter) CommitNodes(ctx context.Context, q arbitration.NodesQuery) (r *arbitration.NodesCommit, err error) {
	defer m.record(time.Now(), func() int { return size(r) })
	return m.p.CommitNodes(ctx, q)
}

func (m *meter) OpenPrefix(ctx context.Context, q arbitration.PrefixQuery) (r *arbitration.PrefixOpening, err error) {
	defer m.record(time.Now(), func() int { return size(r) })
	return m.p.OpenPrefix(ctx, q)
}

func (m *meter) Reveal(ctx context.Context, q arbitration.RevealQuery) (r *arbitration.NodeReveal, err error) {
	defer m.record(time.Now(), func() int { return size(r) })
	return m.p.Reveal(ctx, q)
}

// size is the length of an answer's canonical encoding, 0 for none.
func size[T any, M interface {
	*T
	Encode() []byte
}](m M) int {
	if m == nil {
		return 0
	}
	return len(m.Encode())
}

// union is the total length of the time covered by spans.
func union(spans [][2]time.Time) time.Duration {
	slices.SortFunc(spans, func(a, b [2]time.Time) int { return a[0].Compare(b[0]) })
	var total time.Duration
	var cur [2]time.Time
	for i, s := range spans {
		switch {
		case i == 0:
			cur = s
		case s[0].After(cur[1]):
			total += cur[1].Sub(cur[0])
			cur = s
		case s[1].After(cur[1]):
			cur[1] = s[1]
		}
	}
	if len(spans) > 0 {
		total += cur[1].Sub(cur[0])
	}
	return total
}

// dispute is one game's measurements.
type dispute struct {
	label            string
	k, segment       int
	res              *arbitration.Result
	noGame           string // why there was no game, when there was none
	bytes            int
	caseS, gameS     float64
	arbiterS, stepsS float64
}

// playDispute finds the disputed segment between the forged bundle (the
// solver's) and an honest one (the challenger's) and plays the game, as
// examples/arbiter does.
//
// The game runs repeat times from fresh players: rounds and bytes are the
// same every time, and the arbiter's time is the least, which other load on
// the machine disturbs least.
func playDispute(ctx context.Context, task *prooflearn.Task, data solver.Dataset, forged, honest string, repeat int) (*dispute, error) {
	d := &dispute{k: task.CheckpointInterval, segment: -1}
	sb, err := arbitration.OpenBundle(forged, task)
	if err != nil {
		return nil, err
	}
	cb, err := arbitration.OpenBundle(honest, task)
	if err != nil {
		return nil, err
	}
	t0 := time.Now()
	c, err := arbitration.CaseFromBundles(task, data, sb, cb)
	d.caseS = time.Since(t0).Seconds()
	var forfeit *arbitration.ForfeitError
	switch {
	case errors.As(err, &forfeit):
		d.noGame = "forfeit by " + string(forfeit.Party)
		return d, nil
	case errors.Is(err, arbitration.ErrNoDispute):
		// Every segment replays: the forgery is elsewhere (the
		// initialisation), which anyone recomputes without a game.
		d.noGame = "no disputed segment"
		return d, nil
	case err != nil:
		return nil, err
	}
	d.segment = c.Segment
	for i := range max(1, repeat) {
		sp, cp, err := arbitration.NewPlayers(c, data, sb, cb)
		if err != nil {
			return nil, err
		}
		var mu sync.Mutex
		var spans [][2]time.Time
		ms, mc := &meter{p: sp, mu: &mu, spans: &spans}, &meter{p: cp, mu: &mu, spans: &spans}
		t0 = time.Now()
		res, err := arbitration.Play(ctx, c, ms, mc)
		if err != nil {
			return nil, err
		}
		game := time.Since(t0)
		arb := (game - union(spans)).Seconds()
		if i == 0 || arb < d.arbiterS {
			d.arbiterS, d.gameS = arb, game.Seconds()
		}
		d.res, d.bytes = res, ms.bytes+mc.bytes
	}
	return d, nil
}

// disputeSection plays the game between every forged bundle and the honest
// one, then between one attack's forgery and an honest bundle at several
// checkpoint intervals k: rounds grow as log2 k, and what one round sends and
// what the arbiter recomputes do not grow with the task's length.
func disputeSection(ctx context.Context, cfg config, l *lab) (*section, error) {
	var ds []*dispute
	for _, f := range l.forged {
		d, err := playDispute(ctx, l.task, l.data.Train, f.res.Dir, l.honest, cfg.disputeRepeat)
		if err != nil {
			return nil, fmt.Errorf("dispute over %s: %w", f.label, err)
		}
		d.label = f.label
		ds = append(ds, d)
	}
	for _, k := range cfg.disputeKs {
		if slices.ContainsFunc(ds, func(d *dispute) bool { return d.label == cfg.disputeAttack && d.k == k }) {
			continue // played above
		}
		task := *l.task
		task.CheckpointInterval = k
		if err := task.Validate(); err != nil {
			return nil, err
		}
		dir := filepath.Join(l.dir, fmt.Sprintf("k%d", k))
		if _, err := solver.Train(ctx, &task, l.data.Train, filepath.Join(dir, "honest")); err != nil {
			return nil, err
		}
		res, err := spoof.Build(ctx, cfg.disputeAttack, &task, l.data.Train, filepath.Join(dir, "forged"))
		if err != nil {
			return nil, err
		}
		d, err := playDispute(ctx, &task, l.data.Train, res.Dir, filepath.Join(dir, "honest"), cfg.disputeRepeat)
		if err != nil {
			return nil, fmt.Errorf("dispute over %s at k = %d: %w", cfg.disputeAttack, k, err)
		}
		d.label = cfg.disputeAttack
		ds = append(ds, d)
		os.RemoveAll(dir)
	}

	rows := [][]string{disputeHeader}
	var rounds, bound plotter.XYs
	var labels []string
	var kib, arb []float64
	for _, d := range ds {
		if d.res == nil {
			rows = append(rows, []string{d.label, strconv.Itoa(d.k), "", "", d.noGame, "", "0", "", "0",
				f3(d.caseS), "0", "0", fmt.Sprintf("%.1f", d.caseS/l.stepSecs), "0"})
			continue
		}
		r := d.res
		rows = append(rows, []string{d.label, strconv.Itoa(d.k), strconv.Itoa(d.segment), string(r.Winner), r.Reason, r.Op,
			strconv.Itoa(r.Rounds), strconv.Itoa(r.MaxRounds), strconv.Itoa(d.bytes),
			f3(d.caseS), f3(d.gameS), fmt.Sprintf("%.4f", d.arbiterS),
			fmt.Sprintf("%.1f", d.caseS/l.stepSecs), fmt.Sprintf("%.1f", d.arbiterS/l.stepSecs)})
		if d.label == cfg.disputeAttack {
			rounds = append(rounds, plotter.XY{X: float64(d.k), Y: float64(r.Rounds)})
			bound = append(bound, plotter.XY{X: float64(d.k), Y: float64(r.MaxRounds)})
		}
		if d.k == l.task.CheckpointInterval {
			labels = append(labels, d.label)
			kib = append(kib, float64(d.bytes)/1024)
			arb = append(arb, d.arbiterS/l.stepSecs)
		}
	}
	sortXY(rounds)
	sortXY(bound)

	p1 := newPlot(fmt.Sprintf("rounds, %s", cfg.disputeAttack), "checkpoint interval k (steps)", "rounds")
	p1.Legend.Top = false
	if err := line(p1, "played", rounds, 0, false); err != nil {
		return nil, err
	}
	if err := line(p1, "bound ceil(log2 k) + ceil(log2 G) + 3", bound, 1, true); err != nil {
		return nil, err
	}
	var ks []int
	for _, xy := range rounds {
		ks = append(ks, int(xy.X))
	}
	logX(p1, ks)
	p1.Y.Min = 0
	p2 := newPlot(fmt.Sprintf("bytes exchanged, k = %d", l.task.CheckpointInterval), "", "KiB of answers (both sides)")
	p3 := newPlot(fmt.Sprintf("arbiter's time in the game, k = %d", l.task.CheckpointInterval), "", "÷ one training step")
	var panels []*plot.Plot
	if len(rounds) > 0 {
		panels = append(panels, p1)
	}
	if len(labels) > 0 {
		if err := bars(p2, labels, kib, 2); err != nil {
			return nil, err
		}
		if err := bars(p3, labels, arb, 3); err != nil {
			return nil, err
		}
		panels = append(panels, p2, p3)
	}
	var maxBytes, maxRounds, maxBound int
	var maxArb, maxCase float64
	for _, d := range ds {
		maxCase = max(maxCase, d.caseS/l.stepSecs)
		if d.res != nil {
			maxBytes, maxRounds, maxBound = max(maxBytes, d.bytes), max(maxRounds, d.res.Rounds), max(maxBound, d.res.MaxRounds)
			maxArb = max(maxArb, d.arbiterS/l.stepSecs)
		}
	}
	return &section{
		headline: fmt.Sprintf("at most %d rounds (bound %d), %.0f KiB of answers, the arbiter %.1f× one training step in the game; finding the segment %.0f× a step",
			maxRounds, maxBound, float64(maxBytes)/1024, maxArb, maxCase),
		name: "dispute",
		title: fmt.Sprintf("disputes: forged bundle (solver) against an honest one (challenger), %s task; one training step %.3f ms",
			l.task.Name, 1e3*l.stepSecs),
		rows:   rows,
		panels: panels,
	}, nil
}

func sortXY(xys plotter.XYs) {
	slices.SortFunc(xys, func(a, b plotter.XY) int { return cmp.Compare(a.X, b.X) })
}
