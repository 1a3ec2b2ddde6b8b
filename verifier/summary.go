package verifier

import (
	"fmt"
	"io"
	"strings"
)

// WriteSummary writes a short human-readable account of the report: the
// verdict, each replayed segment and every finding.
func (r *Report) WriteSummary(w io.Writer) {
	fmt.Fprintf(w, "verdict   %s\n", strings.ToUpper(r.Verdict))
	fmt.Fprintf(w, "task      %s (%s)\n", r.Task, r.TaskHash)
	fmt.Fprintf(w, "root      %s\n", r.Root)
	fmt.Fprintf(w, "δ         l1 %.3g  l2 %.3g  linf %.3g  cosine %.3g (from %s)\n", r.Thresholds.L1, r.Thresholds.L2, r.Thresholds.LInf, r.Thresholds.Cosine, r.ThresholdSource)
	fmt.Fprintf(w, "replayed  %d of %d steps in %d segments (budget %.2f, top-Q %d)\n", r.ReplayedSteps, r.TotalSteps, len(r.Segments), r.Budget, r.TopQ)
	for _, s := range r.Segments {
		status := "ok"
		switch {
		case s.Error != "":
			status = "ERROR " + s.Error
		case !s.Passed:
			status = "FAIL"
		}
		fmt.Fprintf(w, "  segment %3d  steps %5d→%-5d  l2 %.3g  linf %.3g  cos %.3g  [%s]  %s\n",
			s.Index, s.FromStep, s.ToStep, s.Distances.L2, s.Distances.LInf, s.Distances.Cosine, strings.Join(s.Reasons, ","), status)
	}
	for _, f := range r.Findings {
		fmt.Fprintf(w, "  rejected by %s\n", f)
	}
}
