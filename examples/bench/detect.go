package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/prooflearn/prooflearn/verifier"
)

var detectionHeader = []string{"attack", "forged_segments", "budget", "challenges", "rejected",
	"measured_detection", "stated_detection", "replayed_steps_frac", "verify_s_over_train_s", "rejected_by"}

// detectionSection verifies every forged bundle, and the honest one, under
// cfg.challenges verifier challenges at each budget: the share rejected is
// the measured detection probability, set against the verification's cost
// (replayed steps over training steps, and wall time over the solver's) and
// against the probability the verifier's report states.
//
// The stated figure is the report's own claim for a forger of the attack's
// forged segments: 1 when one of them is replayed for certain (top-Q, the
// final segment), else the hypergeometric chance that the Fiat–Shamir sample
// draws one. It counts the sample alone, so measured ≥ stated but for
// sampling noise; an attack that no segment replay catches (the
// initialisation, a tampered dark pixel) has none.
func detectionSection(ctx context.Context, cfg config, l *lab) (*section, error) {
	rows := [][]string{detectionHeader}
	type curve struct {
		label             string
		measured, claimed plotter.XYs
	}
	var curves []curve
	var oneSegment plotter.XYs // the report's figure for one forged segment in the pool
	var vs plotter.XYs         // stated against measured, every attack and budget
	bundles := append([]forgery{{attack: attack{label: "honest"}}}, l.forged...)
	for bi, f := range bundles {
		dir := l.honest
		if f.res != nil {
			dir = f.res.Dir
		}
		c := curve{label: f.label}
		for _, budget := range cfg.budgets {
			rejected, replayed, secs, stated, hasStated := 0, 0.0, 0.0, 0.0, false
			by := map[string]int{}
			for i := range cfg.challenges {
				ch := sha256.Sum256(fmt.Appendf(nil, "prooflearn/bench/detection/%d", i))
				t0 := time.Now()
				rep, err := verifier.Verify(ctx, l.task, l.data.Train, dir, verifier.WithBudget(budget), verifier.WithChallenge(ch[:]))
				if err != nil {
					return nil, fmt.Errorf("verifying %s: %w", f.label, err)
				}
				secs += time.Since(t0).Seconds()
				replayed += float64(rep.ReplayedSteps) / float64(rep.TotalSteps)
				if rep.Verdict == verifier.Rejected {
					rejected++
					for _, fd := range rep.Findings {
						by[fd.Check]++
					}
				}
				if f.res != nil {
					stated, hasStated = statedDetection(rep.Selection, f.res.Forged)
				}
				if bi == 0 && i == 0 && len(rep.Selection.Detection) > 0 {
					oneSegment = append(oneSegment, plotter.XY{X: float64(rep.ReplayedSteps) / float64(rep.TotalSteps),
						Y: verifier.DetectionProbability(rep.Selection.Segments-certain(rep.Selection), len(rep.Selection.FiatShamir), 1)})
				}
			}
			n := float64(cfg.challenges)
			measured := float64(rejected) / n
			nForged, st := "0", ""
			if f.res != nil {
				nForged = strconv.Itoa(len(f.res.Forged))
			}
			if hasStated {
				st = f3(stated)
				c.claimed = append(c.claimed, plotter.XY{X: replayed / n, Y: stated})
				vs = append(vs, plotter.XY{X: stated, Y: measured})
			}
			rows = append(rows, []string{f.label, nForged, g3(budget), strconv.Itoa(cfg.challenges), strconv.Itoa(rejected),
				f3(measured), st, f3(replayed / n), f3(secs / n / l.trainSecs), checks(by)})
			c.measured = append(c.measured, plotter.XY{X: replayed / n, Y: measured})
		}
		curves = append(curves, c)
	}

	// Attacks rejected at every budget would all lie on y = 1: they are
	// named in the title, and drawn are the others, the honest bundle (false
	// rejections) and the report's figure for one forged segment.
	var always []string
	p1 := newPlot("", "replayed steps ÷ training steps", "share of bundles rejected")
	p1.Legend.Left = true
	i := 0
	for _, c := range curves {
		if c.label != "honest" && !slices.ContainsFunc(c.measured, func(xy plotter.XY) bool { return xy.Y < 1 }) {
			always = append(always, c.label)
			continue
		}
		if err := line(p1, c.label, c.measured, i, false); err != nil {
			return nil, err
		}
		i++
	}
	if err := line(p1, "stated, 1 forged segment", oneSegment, i, true); err != nil {
		return nil, err
	}
	p1.Title.Text = "detection against verification cost"
	// Four names a line: the title spans one panel.
	for i := 0; i < len(always); i += 4 {
		if i == 0 {
			p1.Title.Text += "\nrejected at every budget: "
		} else {
			p1.Title.Text += ",\n"
		}
		p1.Title.Text += strings.Join(always[i:min(i+4, len(always))], ", ")
	}
	p1.X.Min, p1.Y.Min, p1.Y.Max = 0, 0, 1.02

	p2 := newPlot("measured against stated", "stated detection probability", "measured detection")
	if err := line(p2, "measured = stated", plotter.XYs{{X: 0, Y: 0}, {X: 1, Y: 1}}, 1, true); err != nil {
		return nil, err
	}
	if len(vs) > 0 {
		s, err := plotter.NewScatter(vs)
		if err != nil {
			return nil, err
		}
		p2.Add(s)
		p2.Legend.Add("attack × budget", s)
	}
	p2.Legend.Top = false
	p2.X.Min, p2.X.Max, p2.Y.Min, p2.Y.Max = 0, 1.02, 0, 1.02
	// The headline: the smallest budget, where detection is least certain.
	var head string
	caught, attacks, worst, worstP := 0, 0, "", 2.0
	for _, r := range rows[1:] {
		if r[2] != g3(cfg.budgets[0]) {
			continue
		}
		m, _ := strconv.ParseFloat(r[5], 64)
		if r[0] == "honest" {
			head = fmt.Sprintf("budget %s replays %s of the steps in %s× training's wall time; honest bundle rejected %s/%s", r[2], r[7], r[8], r[4], r[3])
			continue
		}
		attacks++
		if m == 1 {
			caught++
		}
		if m < worstP {
			worst, worstP = fmt.Sprintf("%s %s (stated %s)", r[0], r[5], r[6]), m
		}
	}
	head += fmt.Sprintf("; %d of %d attacks always rejected, the least: %s", caught, attacks, worst)
	return &section{
		headline: head,
		name:     "detection",
		title: fmt.Sprintf("detection against verification cost, %s task (%d segments of %d steps), %d challenges per budget; training took %.2f s",
			l.task.Name, len(l.task.CheckpointSteps())-1, l.task.CheckpointInterval, cfg.challenges, l.trainSecs),
		rows:   rows,
		panels: []*plot.Plot{p1, p2},
	}, nil
}

// certain counts the segments the verifier replays whatever the challenge:
// the top-Q and the final one.
func certain(sel *verifier.Selection) int {
	n := 1
	for _, s := range sel.TopQ {
		if s != sel.Final {
			n++
		}
	}
	return n
}

// statedDetection is what a report states for a forger of the segments
// forged: 1 when one of them is replayed for certain, else the chance that
// the Fiat–Shamir sample draws one. ok is false when no segment is forged.
func statedDetection(sel *verifier.Selection, forged []int) (p float64, ok bool) {
	if len(forged) == 0 || sel == nil {
		return 0, false
	}
	for _, s := range forged {
		if s == sel.Final || slices.Contains(sel.TopQ, s) {
			return 1, true
		}
	}
	return verifier.DetectionProbability(sel.Segments-certain(sel), len(sel.FiatShamir), len(forged)), true
}

// checks names the findings' checks, most frequent first.
func checks(by map[string]int) string {
	var names []string
	for c := range by {
		names = append(names, c)
	}
	sort.Slice(names, func(i, j int) bool {
		if by[names[i]] != by[names[j]] {
			return by[names[i]] > by[names[j]]
		}
		return names[i] < names[j]
	})
	return strings.Join(names, " ")
}
