// Package whistleblower re-checks verification reports and decides when a
// dispute is worth a bond.
//
// A verifier replays a sample of a proof's segments and publishes a
// verifier.Report. A whistleblower watches those reports and checks two
// things with verifier.Verify itself:
//
//   - the verifier's work: it replays the very sample the protocol makes the
//     verifier replay (Fiat–Shamir from the proof root and the challenge the
//     report records, plus the top-Q updates, at the budget, δ and minimum
//     progress the protocol requires). A verifier that accepted although a
//     segment of that sample fails, that did not replay the sample, that
//     does not record its challenge, or that loosened δ or the progress
//     check, is at fault.
//   - the solver's work: it replays every segment (or the budget given with
//     WithBudget). A proof that fails is wrong, whatever the verifier said.
//
// Assess returns both as an Assessment; Assessment.Challenge says whether to
// open a dispute and what it claims. The dispute itself is played by the
// arbitration game and paid by its settlement: this package only decides.
//
// Forced errors keep verifiers diligent: PlantForcedError copies an honest
// proof, perturbs one checkpoint and re-commits it, so the bundle is
// internally consistent but wrong. A verifier that reports it wins the
// jackpot; one that passes it loses its stake (ForcedError.Reported decides).
package whistleblower

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/verifier"
)

// Errors.
var (
	// ErrMalformedReport: a verification report that does not parse.
	ErrMalformedReport = errors.New("malformed verification report")
	// ErrForeignReport: a report about another task or another proof than the one given.
	ErrForeignReport = errors.New("report is about another proof")
)

// MaxReportBytes bounds a report a whistleblower will parse.
const MaxReportBytes = 64 << 20

// DecodeReport parses a verifier.Report as examples/verifier writes it,
// refusing unknown fields, trailing data and verdicts other than accepted
// or rejected.
func DecodeReport(b []byte) (*verifier.Report, error) {
	if len(b) > MaxReportBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrMalformedReport, len(b), MaxReportBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var r verifier.Report
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformedReport, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrMalformedReport)
	}
	if r.Verdict != verifier.Accepted && r.Verdict != verifier.Rejected {
		return nil, fmt.Errorf("%w: verdict %q", ErrMalformedReport, r.Verdict)
	}
	if r.Budget < 0 || r.TopQ < 0 || r.ReplayedSteps < 0 || r.TotalSteps < 0 {
		return nil, fmt.Errorf("%w: negative budget, top-Q or step count", ErrMalformedReport)
	}
	return &r, nil
}

// ReadReport reads and decodes a report file (examples/verifier -report).
func ReadReport(path string) (*verifier.Report, error) {
	b, err := prooflearn.ReadLimited(path, MaxReportBytes)
	if err != nil {
		return nil, err
	}
	r, err := DecodeReport(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// Assessment is a whistleblower's finding on one report and its proof.
type Assessment struct {
	Task string          `json:"task"`
	Root prooflearn.Hash `json:"root"`
	// VerifierVerdict is what the report said.
	VerifierVerdict string `json:"verifier_verdict"`
	// SampleVerdict is the verdict of the verifier's required sample, replayed here.
	SampleVerdict string `json:"sample_verdict"`
	// VerifierAtFault: the report's verdict is not what its required sample
	// gives, or the report did not do what the protocol requires.
	VerifierAtFault bool `json:"verifier_at_fault"`
	// VerifierFaults say why, one line each.
	VerifierFaults []string `json:"verifier_faults,omitempty"`
	// FailingSegments are segments the report declared passed that fail here.
	FailingSegments []int `json:"failing_segments,omitempty"`
	// SolverVerdict is the verdict of the whistleblower's own (full) check.
	SolverVerdict string `json:"solver_verdict"`
	// SolverAtFault: the proof itself is wrong; Evidence says where.
	SolverAtFault bool               `json:"solver_at_fault"`
	Evidence      []verifier.Finding `json:"evidence,omitempty"`
	// Segment is the first segment the full check found failing (-1 if none).
	Segment int `json:"segment"`
	// ReplayedSteps counts the steps this assessment replayed.
	ReplayedSteps int `json:"replayed_steps"`
}

// Challenge is what a whistleblower claims when it opens a dispute.
type Challenge struct {
	Task string          `json:"task"`
	Root prooflearn.Hash `json:"root"`
	// Segment is the segment the whistleblower will argue (-1 if the proof
	// fails a cheap check with no segment).
	Segment int `json:"segment"`
	// VerifierAtFault: Segment is one the verifier declared passed, so
	// winning it slashes the verifier too. A verifier at fault only for
	// skipping its sample (nothing declared) is left to the forced errors.
	VerifierAtFault bool               `json:"verifier_at_fault"`
	Evidence        []verifier.Finding `json:"evidence"`
}

// Challenge returns the dispute worth opening, or nil. A whistleblower
// disputes only a proof the verifier accepted and its own check rejects: a
// rejected proof is already in dispute between the solver and the verifier,
// and challenging a proof that passes would cost it its bond.
func (a *Assessment) Challenge() *Challenge {
	if !a.SolverAtFault || a.VerifierVerdict != verifier.Accepted {
		return nil
	}
	c := &Challenge{Task: a.Task, Root: a.Root, Segment: a.Segment, Evidence: a.Evidence}
	if len(a.FailingSegments) > 0 {
		// Argue a segment the verifier declared passed: winning it proves
		// the solver and the verifier wrong at once.
		c.Segment, c.VerifierAtFault = a.FailingSegments[0], true
	}
	return c
}

type config struct {
	thresholds  *prooflearn.Thresholds
	relative    float64
	budget      float64
	minBudget   float64
	minTopQ     int
	progress    func(verifier.Progress)
	solverCheck *verifier.Report
}

// Option configures Assess.
type Option func(*config)

// WithBudget sets the fraction of segments the solver check replays
// (default 1: every segment).
func WithBudget(f float64) Option { return func(c *config) { c.budget = f } }

// WithThresholds sets the δ the protocol requires (default: the task's
// "delta"; a calibrated profile's when the network uses one). A report with
// a looser δ is at fault, and both checks replay under this δ.
func WithThresholds(th prooflearn.Thresholds) Option { return func(c *config) { c.thresholds = &th } }

// WithRelative sets the ρ the protocol requires (default verifier.DefaultRelative).
func WithRelative(rho float64) Option { return func(c *config) { c.relative = rho } }

// WithRequiredSample sets the least budget and top-Q a verifier must use
// (default verifier.DefaultBudget and verifier.DefaultTopQ).
func WithRequiredSample(budget float64, topQ int) Option {
	return func(c *config) { c.minBudget, c.minTopQ = budget, topQ }
}

// WithSolverCheck supplies the result of an earlier full check of the same
// proof (a whistleblower watching many verifiers of one proof checks it once).
func WithSolverCheck(r *verifier.Report) Option { return func(c *config) { c.solverCheck = r } }

// WithProgress registers a callback for replay progress.
func WithProgress(fn func(verifier.Progress)) Option { return func(c *config) { c.progress = fn } }

// Assess re-checks report against the proof in dir. The error is for
// problems on the whistleblower's side (bad task, wrong dataset, a report
// about another proof); everything wrong with the report or the proof is in
// the Assessment. The directory is read through bundle.DirFS, so nothing in
// it reaches outside it.
func Assess(ctx context.Context, task *prooflearn.Task, data verifier.Dataset, dir string, report *verifier.Report, opts ...Option) (*Assessment, error) {
	a, err := AssessFS(ctx, task, data, bundle.DirFS(dir), report, opts...)
	if err != nil {
		return nil, fmt.Errorf("proof %s: %w", dir, err)
	}
	return a, nil
}

// AssessFS is Assess for a proof held in any file system: a directory
// (bundle.DirFS), an archive, or memory.
func AssessFS(ctx context.Context, task *prooflearn.Task, data verifier.Dataset, fsys fs.FS, report *verifier.Report, opts ...Option) (*Assessment, error) {
	cfg, err := newConfig(task, opts)
	if err != nil {
		return nil, err
	}
	m, err := bundle.ReadManifestFS(fsys, task)
	if err != nil {
		return nil, err
	}
	if report.TaskHash != task.Hash() || report.Root != m.Root {
		return nil, fmt.Errorf("%w: report is on task %s root %s, the proof is task %s root %s",
			ErrForeignReport, report.TaskHash, report.Root, task.Hash(), m.Root)
	}
	a := &Assessment{Task: task.Name, Root: m.Root, VerifierVerdict: report.Verdict, Segment: -1}
	fault := func(format string, args ...any) {
		a.VerifierAtFault = true
		a.VerifierFaults = append(a.VerifierFaults, fmt.Sprintf(format, args...))
	}

	// The verifier's work: the sample the protocol required of it.
	budget, topQ := max(report.Budget, cfg.minBudget), max(report.TopQ, cfg.minTopQ)
	if budget > 1 {
		budget = 1
	}
	if report.Budget < cfg.minBudget || report.TopQ < cfg.minTopQ {
		fault("sampled at budget %.3g and top-Q %d, the protocol requires at least %.3g and %d", report.Budget, report.TopQ, cfg.minBudget, cfg.minTopQ)
	}
	if looser(report.Thresholds, *cfg.thresholds) {
		fault("used δ %+v, looser than the required %+v", report.Thresholds, *cfg.thresholds)
	}
	if report.Relative > cfg.relative {
		fault("used ρ %.3g, looser than the required %.3g", report.Relative, cfg.relative)
	}
	minProgress := verifier.DefaultMinProgress
	if task.MinProgress != nil {
		minProgress = *task.MinProgress
	}
	if report.MinProgress < minProgress {
		fault("required %.3g progress in loss, less than the task's %.3g", report.MinProgress, minProgress)
	}
	vopts := cfg.verifyOptions()
	sampleOpts := slices.Concat(vopts, []verifier.Option{verifier.WithBudget(budget), verifier.WithTopQ(topQ)})
	// The challenge and the root fix the Fiat–Shamir draw: with the one the
	// report records, this is the very sample the verifier had to replay.
	challenge, err := hex.DecodeString(report.Challenge)
	known := err == nil && len(challenge) > 0
	if known {
		sampleOpts = append(sampleOpts, verifier.WithChallenge(challenge))
	} else {
		fault("records no valid challenge (%q), so its sample cannot be recomputed", report.Challenge)
	}
	sample, err := verifier.VerifyFS(ctx, task, data, fsys, sampleOpts...)
	if err != nil {
		return nil, err
	}
	a.SampleVerdict = sample.Verdict
	a.ReplayedSteps += sample.ReplayedSteps
	if report.Verdict != sample.Verdict {
		fault("reported %s, its required sample is %s", report.Verdict, sample.Verdict)
	}
	replayed := map[int]verifier.SegmentReport{}
	for _, s := range sample.Segments {
		replayed[s.Index] = s
	}
	claimed := map[int]bool{}
	for _, s := range report.Segments {
		claimed[s.Index] = true
		if got, ok := replayed[s.Index]; ok && s.Passed && !got.Passed {
			a.FailingSegments = append(a.FailingSegments, s.Index)
			fault("declared segment %d passed; it fails on replay (%s)", s.Index, exceeded(got))
		}
	}
	var missing []int
	for idx := range replayed {
		if known && !claimed[idx] {
			missing = append(missing, idx)
		}
	}
	if len(missing) > 0 {
		slices.Sort(missing)
		fault("did not replay segments %v, which the protocol selects", missing)
	}
	slices.Sort(a.FailingSegments)

	// The solver's work.
	full := cfg.solverCheck
	if full == nil || full.Root != m.Root || full.TaskHash != task.Hash() {
		if full, err = verifier.VerifyFS(ctx, task, data, fsys, slices.Concat(vopts, []verifier.Option{verifier.WithBudget(cfg.budget), verifier.WithTopQ(topQ)})...); err != nil {
			return nil, err
		}
		a.ReplayedSteps += full.ReplayedSteps
	}
	a.SolverVerdict = full.Verdict
	if full.Verdict == verifier.Rejected {
		a.SolverAtFault = true
		a.Evidence = full.Findings
		for _, f := range full.Findings {
			if f.Segment >= 0 && (a.Segment < 0 || f.Segment < a.Segment) {
				a.Segment = f.Segment
			}
		}
	}
	return a, nil
}

// CheckProof runs the full check Assess makes of the solver's work, for a
// caller that assesses many reports of one proof (pass it WithSolverCheck).
// Of the options, WithThresholds, WithRelative, WithBudget and WithProgress apply.
func CheckProof(ctx context.Context, task *prooflearn.Task, data verifier.Dataset, dir string, opts ...Option) (*verifier.Report, error) {
	return CheckProofFS(ctx, task, data, bundle.DirFS(dir), opts...)
}

// CheckProofFS is CheckProof for a proof held in any file system.
func CheckProofFS(ctx context.Context, task *prooflearn.Task, data verifier.Dataset, fsys fs.FS, opts ...Option) (*verifier.Report, error) {
	cfg, err := newConfig(task, opts)
	if err != nil {
		return nil, err
	}
	return verifier.VerifyFS(ctx, task, data, fsys, append(cfg.verifyOptions(), verifier.WithBudget(cfg.budget), verifier.WithTopQ(cfg.minTopQ))...)
}

func newConfig(task *prooflearn.Task, opts []Option) (*config, error) {
	cfg := &config{budget: 1, minBudget: verifier.DefaultBudget, minTopQ: verifier.DefaultTopQ, relative: verifier.DefaultRelative}
	for _, o := range opts {
		o(cfg)
	}
	switch {
	case task.Exact():
		// Deterministic kernels and fixed point reproduce the claimed bits:
		// nothing is tolerated.
		cfg.thresholds, cfg.relative = &prooflearn.Thresholds{}, 0
	case cfg.thresholds != nil:
	case task.Delta == nil:
		return nil, fmt.Errorf("%w: the task has no \"delta\" and no thresholds were given", prooflearn.ErrInvalidTask)
	default:
		cfg.thresholds = task.Delta
	}
	if err := cfg.thresholds.Validate(); err != nil {
		return nil, fmt.Errorf("whistleblower: %w", err)
	}
	// The required δ covers every kind of state, as the verifier applies it.
	th := cfg.thresholds.Resolve(task)
	cfg.thresholds = &th
	if !(cfg.budget > 0 && cfg.budget <= 1) {
		return nil, fmt.Errorf("whistleblower: budget %v must be in (0, 1]", cfg.budget)
	}
	return cfg, nil
}

// verifyOptions are the replay settings both checks share: the required δ and ρ.
func (c *config) verifyOptions() []verifier.Option {
	vopts := []verifier.Option{verifier.WithThresholds(*c.thresholds, "required"), verifier.WithRelative(c.relative)}
	if c.progress != nil {
		vopts = append(vopts, verifier.WithProgress(c.progress))
	}
	return vopts
}

// looser reports whether any threshold of got admits more than want, for
// any kind of state; a report without thresholds for a kind that want
// bounds did not compare that kind and is looser.
func looser(got, want prooflearn.Thresholds) bool {
	if got.L1 > want.L1 || got.L2 > want.L2 || got.LInf > want.LInf || got.Cosine > want.Cosine {
		return true
	}
	if want.Optimizer != nil {
		return got.Optimizer == nil || looser(*got.Optimizer, *want.Optimizer)
	}
	return false
}

func exceeded(s verifier.SegmentReport) string {
	if s.Error != "" {
		return s.Error
	}
	var b bytes.Buffer
	for i, e := range s.Exceeded {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %.3g > δ %.3g", e.Metric, e.Distance, e.Delta)
	}
	return b.String()
}
