package verifier

import (
	"fmt"
	"io"
	"strings"
)

// WriteSummary writes a short human-readable account of the report: the
// verdict, how segments were chosen and what that buys, each replayed
// segment and every finding.
func (r *Report) WriteSummary(w io.Writer) {
	fmt.Fprintf(w, "verdict   %s\n", strings.ToUpper(r.Verdict))
	fmt.Fprintf(w, "task      %s (%s)\n", r.Task, r.TaskHash)
	fmt.Fprintf(w, "root      %s\n", r.Root)
	fmt.Fprintf(w, "challenge %s\n", r.Challenge)
	fmt.Fprintf(w, "δ         params    %s  ρ %.3g (from %s)\n", metrics(r.Thresholds.L1, r.Thresholds.L2, r.Thresholds.LInf, r.Thresholds.Cosine), r.Relative, r.ThresholdSource)
	if o := r.Thresholds.Optimizer; o != nil {
		fmt.Fprintf(w, "          optimizer %s\n", metrics(o.L1, o.L2, o.LInf, o.Cosine))
	}
	if s := r.Slack; s != nil {
		warn := ""
		if s.Warning {
			warn = fmt.Sprintf("  WARNING: over %g×, room for a forger that honest training never needs", float64(SlackWarning))
		}
		fmt.Fprintf(w, "slack     %.3g× the calibrated δ (%s, profile %s)%s\n", s.Factor, s.Metric, r.Profile, warn)
	}
	fmt.Fprintf(w, "replayed  %d of %d steps (%.3f of training) in %d segments (budget %.3g, top-Q %d)\n", r.ReplayedSteps, r.TotalSteps, float64(r.ReplayedSteps)/float64(max(1, r.TotalSteps)), len(r.Segments), r.Budget, r.TopQ)
	if s := r.Selection; s != nil {
		var parts []string
		for _, d := range s.Detection {
			parts = append(parts, fmt.Sprintf("%.0f%% forged → %.2f", 100*d.ForgedFraction, d.Probability))
		}
		fmt.Fprintf(w, "detection %s (Fiat–Shamir sample of %d; top-Q and the final segment %d always replayed)\n", strings.Join(parts, ", "), len(s.FiatShamir), s.Final)
		for _, a := range s.Anomalies {
			fmt.Fprintf(w, "  anomalous jump ×%.3g in update size between segments %d and %d\n", a.Ratio, a.Segment-1, a.Segment)
		}
	}
	if p := r.Progress; p != nil {
		fmt.Fprintf(w, "progress  loss on %d committed examples %.4g → %.4g (must be ≤ %.4g: %.3g%% progress)\n", p.Sample, p.InitialLoss, p.FinalLoss, p.MaxFinalLoss, 100*r.MinProgress)
	} else if r.MinProgress == 0 && r.Selection != nil {
		fmt.Fprintf(w, "progress  not checked (minimum progress 0)\n")
	}
	for _, s := range r.Segments {
		status := "ok"
		switch {
		case s.Error != "":
			status = "ERROR " + s.Error
		case !s.Passed:
			status = "FAIL"
		}
		opt := ""
		if o := s.OptimizerDistances; o != nil {
			opt = fmt.Sprintf("  optimizer l2 %.3g linf %.3g", o.L2, o.LInf)
		}
		fmt.Fprintf(w, "  segment %3d  steps %5d→%-5d  l2 %.3g  linf %.3g  cos %.3g  rel %.3g%s  [%s]  %s\n",
			s.Index, s.FromStep, s.ToStep, s.Distances.L2, s.Distances.LInf, s.Distances.Cosine, s.Relative, opt, strings.Join(s.Reasons, ","), status)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  rejected by %s\n", f)
	}
}

// WriteSummary writes a short human-readable account of the profile.
func (p *Profile) WriteSummary(w io.Writer) {
	fmt.Fprintf(w, "profile   %s (%s)\n", p.Task, p.TaskHash)
	fmt.Fprintf(w, "segments  %v replayed under each perturbation\n", p.Segments)
	for _, pt := range p.Perturbations {
		fmt.Fprintf(w, "  %-16s params    %s  rel %.3g  (%d replays)\n", pt.Name, metrics(pt.Max.L1, pt.Max.L2, pt.Max.LInf, pt.Max.Cosine), pt.MaxRelative, pt.Replays)
		if o := pt.MaxOptimizer; o != nil {
			fmt.Fprintf(w, "  %-16s optimizer %s\n", "", metrics(o.L1, o.L2, o.LInf, o.Cosine))
		}
	}
	th := p.Thresholds
	fmt.Fprintf(w, "δ         params    %s  ρ %.3g\n", metrics(th.L1, th.L2, th.LInf, th.Cosine), p.Relative)
	if o := th.Optimizer; o != nil {
		fmt.Fprintf(w, "          optimizer %s\n", metrics(o.L1, o.L2, o.LInf, o.Cosine))
	}
	fmt.Fprintf(w, "method    %s\n", p.Method)
	fmt.Fprintf(w, "false-reject rate ≤ %.3g per replayed segment\n", p.FalseRejectRate)
}

func metrics(l1, l2, linf, cosine float64) string {
	return fmt.Sprintf("l1 %.3g  l2 %.3g  linf %.3g  cosine %.3g", l1, l2, linf, cosine)
}
