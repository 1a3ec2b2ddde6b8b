package main

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/settlement"
	"github.com/prooflearn/prooflearn/verifier"
)

// config is one simulated network.
type config struct {
	Tasks          int     `json:"tasks"`
	Solvers        int     `json:"solvers"`
	Verifiers      int     `json:"verifiers"`
	Whistleblowers int     `json:"whistleblowers"`
	Cheaters       float64 `json:"cheaters"`       // fraction of solvers that cheat at times
	Cheat          float64 `json:"cheat"`          // probability such a solver cheats on a task
	LazyVerifiers  float64 `json:"lazy_verifiers"` // fraction of verifiers that are lazy at times
	Lazy           float64 `json:"lazy"`           // probability such a verifier skips the replay
	Griefers       float64 `json:"griefers"`       // fraction of whistleblowers that challenge honest proofs
	Grief          float64 `json:"grief"`          // probability a griefer challenges an accepted honest proof
	Forced         float64 `json:"forced"`         // rate of forced-error tasks
	Silent         float64 `json:"silent"`         // probability a party bound to lose a dispute stops answering
	Purse          int64   `json:"purse"`          // each party's starting balance
	Seed           uint64  `json:"seed"`
}

func defaultConfig() config {
	return config{Tasks: 500, Solvers: 6, Verifiers: 6, Whistleblowers: 3,
		Cheaters: 0.5, Cheat: 0.3, LazyVerifiers: 0.5, Lazy: 0.5, Griefers: 0.34, Grief: 0.05,
		Forced: 0.05, Silent: 0.3, Purse: 5000, Seed: 1}
}

func (c config) validate() error {
	for _, p := range []struct {
		name string
		v    float64
	}{{"cheaters", c.Cheaters}, {"cheat", c.Cheat}, {"lazy-verifiers", c.LazyVerifiers}, {"lazy", c.Lazy},
		{"griefers", c.Griefers}, {"grief", c.Grief}, {"forced", c.Forced}, {"silent", c.Silent}} {
		if !(p.v >= 0 && p.v <= 1) {
			return fmt.Errorf("-%s %v: a probability must be in [0, 1]", p.name, p.v)
		}
	}
	switch {
	case c.Tasks < 0 || c.Tasks > 1_000_000:
		return fmt.Errorf("-tasks %d: want 0…1000000", c.Tasks)
	case c.Solvers < 1 || c.Verifiers < 1 || c.Whistleblowers < 0:
		return errors.New("need at least one solver and one verifier (and no negative counts)")
	case c.Solvers+c.Verifiers+c.Whistleblowers > 10_000:
		return errors.New("at most 10000 parties")
	case c.Purse <= 0 || c.Purse > 1<<40:
		return fmt.Errorf("-purse %d: want 1…2^40", c.Purse)
	}
	return nil
}

// Roles and behaviours.
const (
	roleSubmitter     = "submitter"
	roleSolver        = "solver"
	roleVerifier      = "verifier"
	roleWhistleblower = "whistleblower"

	kindHonest   = "honest"
	kindCheater  = "cheater"
	kindDiligent = "diligent"
	kindLazy     = "lazy"
	kindGriefer  = "griefer"
)

type party struct {
	name, role, kind string
	p                float64 // probability of misbehaving on a task
	// tasks counts its tasks (for a whistleblower: its disputes) and
	// deviations those on which it actually misbehaved.
	tasks, deviations int
}

// Report is the simulation's outcome, as -report writes it.
type Report struct {
	Config   config            `json:"config"`
	Terms    settlement.Terms  `json:"terms"`
	Resolver string            `json:"resolver"`
	Counts   Counts            `json:"counts"`
	Parties  []PartyReport     `json:"parties"`
	Roles    []RoleReport      `json:"roles"`
	Supply   settlement.Amount `json:"supply"`
	// Holdings is every account plus the jackpot at the end; Conserved says
	// it equals Supply and the ledger audited clean after every task.
	Holdings  settlement.Amount `json:"holdings"`
	Jackpot   settlement.Amount `json:"jackpot"`
	Conserved bool              `json:"conserved"`
	// HonestNeverLost: no party that never misbehaved lost stake or bond.
	HonestNeverLost bool     `json:"honest_never_lost"`
	Violations      []string `json:"violations"`
	Seconds         float64  `json:"seconds"`
}

// Counts tallies what happened.
type Counts struct {
	Tasks            int `json:"tasks"`
	Skipped          int `json:"skipped"` // a party could not cover its stake
	Cheats           int `json:"cheats"`
	CheatsRejected   int `json:"cheats_rejected"`   // by the verifier
	CheatsChallenged int `json:"cheats_challenged"` // by a whistleblower, who won
	CheatsPaid       int `json:"cheats_paid"`       // went through
	LazyVerdicts     int `json:"lazy_verdicts"`
	Disputes         int `json:"disputes"`
	// Recomputed counts the disputes decided without a game: the solver's
	// bundle failed a check anyone can recompute (verifier.SettlesWithoutGame).
	Recomputed        int               `json:"recomputed"`
	DisputesByTimeout int               `json:"disputes_by_timeout"`
	GriefDisputes     int               `json:"grief_disputes"`
	VerifiersSlashed  int               `json:"verifiers_slashed"`
	ForcedErrors      int               `json:"forced_errors"`
	ForcedReported    int               `json:"forced_reported"`
	ForcedMissed      int               `json:"forced_missed"`
	JackpotPaid       settlement.Amount `json:"jackpot_paid"`
	GameRounds        int               `json:"game_rounds"`
}

// PartyReport is one party's account.
type PartyReport struct {
	Name       string            `json:"name"`
	Role       string            `json:"role"`
	Kind       string            `json:"kind"`
	Tasks      int               `json:"tasks"`
	Deviations int               `json:"deviations"`
	Start      settlement.Amount `json:"start"`
	End        settlement.Amount `json:"end"`
	Net        settlement.Amount `json:"net"`
	// Slashed is what it lost from stakes and bonds.
	Slashed settlement.Amount `json:"slashed"`
}

// RoleReport sums the parties of one role and kind.
type RoleReport struct {
	Role    string            `json:"role"`
	Kind    string            `json:"kind"`
	Parties int               `json:"parties"`
	Tasks   int               `json:"tasks"`
	Net     settlement.Amount `json:"net"`
	Slashed settlement.Amount `json:"slashed"`
}

// sim is one run.
type sim struct {
	cfg    config
	w      *world
	rng    *rand.Rand
	set    *settlement.Settlement
	ledger *settlement.Ledger
	now    time.Time

	solvers, verifiers, whistleblowers []*party
	report                             *Report
}

var epoch = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// simulate runs cfg against the proofs of w.
func simulate(cfg config, w *world, terms settlement.Terms) (*Report, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	start := time.Now()
	ledger := settlement.NewLedger()
	set, err := settlement.New(ledger, terms)
	if err != nil {
		return nil, err
	}
	s := &sim{cfg: cfg, w: w, rng: rand.New(rand.NewPCG(cfg.Seed, 0x9e3779b97f4a7c15)), set: set, ledger: ledger, now: epoch,
		report: &Report{Config: cfg, Terms: terms, Resolver: w.resolver.Name(), Violations: []string{}}}
	s.solvers = s.parties(roleSolver, cfg.Solvers, cfg.Cheaters, kindHonest, kindCheater, cfg.Cheat)
	s.verifiers = s.parties(roleVerifier, cfg.Verifiers, cfg.LazyVerifiers, kindDiligent, kindLazy, cfg.Lazy)
	s.whistleblowers = s.parties(roleWhistleblower, cfg.Whistleblowers, cfg.Griefers, kindHonest, kindGriefer, cfg.Grief)
	everyone := slices.Concat(s.solvers, s.verifiers, s.whistleblowers)
	for _, p := range everyone {
		if err := ledger.Mint(p.name, settlement.Amount(cfg.Purse)); err != nil {
			return nil, err
		}
	}
	perTask := terms.Reward + terms.VerifierFee + terms.JackpotTax
	if err := ledger.Mint(roleSubmitter, perTask*settlement.Amount(max(cfg.Tasks, 1))); err != nil {
		return nil, err
	}
	for i := range cfg.Tasks {
		s.now = s.now.Add(24 * time.Hour)
		if err := s.task(fmt.Sprint("task-", i)); err != nil {
			return nil, fmt.Errorf("task %d: %w", i, err)
		}
		if err := ledger.Audit(); err != nil {
			s.report.Violations = append(s.report.Violations, fmt.Sprintf("after task %d: %v", i, err))
			break
		}
	}
	s.finish(everyone)
	s.report.Seconds = time.Since(start).Seconds()
	return s.report, nil
}

func (s *sim) parties(role string, n int, frac float64, good, bad string, p float64) []*party {
	out := make([]*party, n)
	for i := range out {
		out[i] = &party{name: fmt.Sprintf("%s-%d", role, i), role: role, kind: good}
		if s.rng.Float64() < frac {
			out[i].kind, out[i].p = bad, p
		}
	}
	return out
}

func (s *sim) pick(ps []*party) *party { return ps[s.rng.IntN(len(ps))] }

// misbehaves draws whether p misbehaves this time and counts it.
func (s *sim) misbehaves(p *party) bool {
	if p.p > 0 && s.rng.Float64() < p.p {
		p.deviations++
		return true
	}
	return false
}

func (s *sim) task(id string) error {
	c := &s.report.Counts
	if len(s.w.forced) > 0 && s.rng.Float64() < s.cfg.Forced {
		return s.forcedError(id)
	}
	c.Tasks++
	sol, ver := s.pick(s.solvers), s.pick(s.verifiers)
	cheat := s.misbehaves(sol)
	proof := s.w.honest
	if cheat {
		proof = s.w.cheats[s.rng.IntN(len(s.w.cheats))]
	}
	lazy := s.misbehaves(ver)
	report, err := s.verdict(proof, lazy)
	if err != nil {
		return err
	}
	if err := s.set.OpenTask(id, roleSubmitter, sol.name, ver.name); err != nil {
		if errors.Is(err, settlement.ErrInsufficientFunds) {
			c.Skipped++
			c.Tasks--
			return nil
		}
		return err
	}
	sol.tasks++
	ver.tasks++
	if cheat {
		c.Cheats++
	}
	if lazy {
		c.LazyVerdicts++
	}
	accepted := report.Verdict == verifier.Accepted
	rejection, err := s.set.RecordVerdict(id, accepted, passed(report), s.now)
	if err != nil {
		return err
	}
	if !accepted {
		// The verifier stands on its own (honest) proof of the task.
		r, err := s.dispute(rejection, proof, s.w.honest, cheat, false, nil)
		if err != nil {
			return err
		}
		if r.Winner == prooflearn.PartyChallenger {
			if cheat {
				c.CheatsRejected++
			}
			return nil
		}
	}
	for _, i := range s.rng.Perm(len(s.whistleblowers)) {
		wb := s.whistleblowers[i]
		ruling, err := s.watch(id, wb, proof, cheat, lazy)
		if err != nil {
			return err
		}
		if ruling != nil && ruling.Winner == prooflearn.PartyChallenger {
			if cheat {
				c.CheatsChallenged++
			}
			if ruling.VerifierAtFault {
				c.VerifiersSlashed++
			}
			return nil
		}
	}
	if cheat {
		c.CheatsPaid++
	}
	return s.set.FinalizeTask(id)
}

// verdict is the verifier's report on proof.
func (s *sim) verdict(proof string, lazy bool) (*verifier.Report, error) {
	if lazy {
		return s.w.lazy(proof)
	}
	return s.w.diligent(proof)
}

// watch is one whistleblower's look at an accepted task; it returns the
// ruling of the dispute it opened, or nil.
func (s *sim) watch(id string, wb *party, proof string, cheat, lazy bool) (*settlement.Ruling, error) {
	c := &s.report.Counts
	dispute := settlement.DisputeID(fmt.Sprintf("%s/%s", id, wb.name))
	if wb.kind == kindGriefer {
		if cheat || !s.misbehaves(wb) {
			return nil, nil
		}
		// It argues a wrong proof of its own against an honest one.
		claim := s.w.cheats[s.rng.IntN(len(s.w.cheats))]
		if err := s.set.OpenDispute(dispute, id, wb.name, s.now); err != nil {
			return nil, skipBroke(err)
		}
		c.GriefDisputes++
		wb.tasks++
		return s.dispute(dispute, proof, claim, false, s.rng.Float64() < s.cfg.Silent, nil)
	}
	a, err := s.w.assess(proof, lazy)
	if err != nil {
		return nil, err
	}
	ch := a.Challenge()
	if ch == nil {
		return nil, nil
	}
	if err := s.set.OpenDispute(dispute, id, wb.name, s.now); err != nil {
		return nil, skipBroke(err)
	}
	wb.tasks++
	return s.dispute(dispute, proof, s.w.honest, cheat, false, &settlement.Outcome{VerifierAtFault: ch.VerifierAtFault, Segment: ch.Segment})
}

func skipBroke(err error) error {
	if errors.Is(err, settlement.ErrInsufficientFunds) {
		return nil // it cannot afford the bond: no dispute
	}
	return err
}

// dispute plays one dispute on the settlement's clock. A party that knows
// it is wrong may stop answering (-silent); honest parties always answer.
// claim carries the challenger's claim about the verifier (nil: none).
func (s *sim) dispute(id settlement.DisputeID, solverDir, challengerDir string, solverWrong, challengerSilent bool, claim *settlement.Outcome) (*settlement.Ruling, error) {
	c := &s.report.Counts
	c.Disputes++
	deadline := s.set.Terms().AnswerWithin
	t := s.now
	if solverWrong && s.rng.Float64() < s.cfg.Silent {
		c.DisputesByTimeout++
		return s.set.ClaimTimeout(id, t.Add(deadline+time.Second))
	}
	if challengerSilent {
		if err := s.set.Answer(id, prooflearn.PartySolver, t.Add(time.Minute)); err != nil {
			return nil, err
		}
		c.DisputesByTimeout++
		return s.set.ClaimTimeout(id, t.Add(time.Minute+deadline+time.Second))
	}
	// A fault that names no segment (the binding, the initialisation, the
	// data order, progress, a missing file) is recomputed, not bisected.
	rep, err := s.w.diligent(solverDir)
	if err != nil {
		return nil, err
	}
	if f := rep.Recomputable(); len(f) > 0 {
		c.Recomputed++
		if err := s.set.Answer(id, prooflearn.PartySolver, t.Add(time.Minute)); err != nil {
			return nil, err
		}
		return s.set.SlashRecomputed(id, f[0].Check)
	}
	res, err := s.w.resolve(solverDir, challengerDir)
	if err != nil {
		return nil, err
	}
	// Each round is one answer, the solver first.
	mover := prooflearn.PartySolver
	for range max(res.Rounds, 1) {
		t = t.Add(time.Minute)
		if err := s.set.Answer(id, mover, t); err != nil {
			return nil, err
		}
		mover = mover.Other()
	}
	c.GameRounds += res.Rounds
	o := settlement.Outcome{Winner: res.Winner, Segment: res.Segment}
	if claim != nil {
		o.VerifierAtFault, o.Segment = claim.VerifierAtFault, claim.Segment
	}
	return s.set.Decide(id, o)
}

func (s *sim) forcedError(id string) error {
	c := &s.report.Counts
	ver := s.pick(s.verifiers)
	f := s.w.forced[s.rng.IntN(len(s.w.forced))]
	lazy := s.misbehaves(ver)
	report, err := s.verdict(f.dir, lazy)
	if err != nil {
		return err
	}
	if err := s.set.OpenForcedError(id, ver.name); err != nil {
		if errors.Is(err, settlement.ErrInsufficientFunds) {
			c.Skipped++
			return nil
		}
		return err
	}
	c.ForcedErrors++
	ver.tasks++
	reported := f.err.Reported(report)
	prize, err := s.set.SettleForcedError(id, reported)
	if err != nil {
		return err
	}
	if reported {
		c.ForcedReported++
		c.JackpotPaid += prize
	} else {
		c.ForcedMissed++
	}
	return nil
}

// passed lists the segments a report declares replayed and passed.
func passed(r *verifier.Report) []int {
	var out []int
	for _, s := range r.Segments {
		if s.Passed {
			out = append(out, s.Index)
		}
	}
	return out
}

// finish fills in the accounts and checks the guarantees.
func (s *sim) finish(everyone []*party) {
	r := s.report
	// What left a party's stakes and bonds for anyone else, by whatever
	// operation, is what it lost.
	slashed := map[string]settlement.Amount{}
	for _, e := range s.ledger.Journal() {
		if e.Lock == "" || e.Op == "lock" || e.Op == "release" {
			continue
		}
		lk, err := s.ledger.LockInfo(e.Lock)
		if err == nil && lk.Kind != settlement.KindEscrow && e.To != lk.Owner {
			slashed[lk.Owner] += e.Amount
		}
	}
	var total settlement.Amount
	for _, a := range s.ledger.Accounts() {
		total += s.ledger.Holdings(a)
	}
	r.Jackpot = s.ledger.JackpotPool()
	r.Holdings = total + r.Jackpot
	r.Supply = s.ledger.Supply()
	if err := s.ledger.Audit(); err != nil {
		r.Violations = append(r.Violations, err.Error())
	}
	if r.Holdings != r.Supply {
		r.Violations = append(r.Violations, fmt.Sprintf("holdings %d ≠ supply %d", r.Holdings, r.Supply))
	}
	r.Conserved = len(r.Violations) == 0
	purse := settlement.Amount(s.cfg.Purse)
	roles := map[[2]string]*RoleReport{}
	add := func(pr PartyReport) {
		r.Parties = append(r.Parties, pr)
		k := [2]string{pr.Role, pr.Kind}
		if roles[k] == nil {
			roles[k] = &RoleReport{Role: pr.Role, Kind: pr.Kind}
		}
		roles[k].Parties++
		roles[k].Tasks += pr.Tasks
		roles[k].Net += pr.Net
		roles[k].Slashed += pr.Slashed
	}
	subStart := s.ledger.Supply() - purse*settlement.Amount(len(everyone))
	sub := s.ledger.Holdings(roleSubmitter)
	add(PartyReport{Name: roleSubmitter, Role: roleSubmitter, Kind: kindHonest, Tasks: r.Counts.Tasks, Start: subStart, End: sub, Net: sub - subStart})
	r.HonestNeverLost = true
	for _, p := range everyone {
		end := s.ledger.Holdings(p.name)
		pr := PartyReport{Name: p.name, Role: p.role, Kind: p.kind, Tasks: p.tasks, Deviations: p.deviations, Start: purse, End: end, Net: end - purse, Slashed: slashed[p.name]}
		add(pr)
		if p.deviations == 0 && (pr.Slashed > 0 || pr.Net < 0) {
			r.HonestNeverLost = false
			r.Violations = append(r.Violations, fmt.Sprintf("%s (%s, never misbehaved) lost: net %d, slashed %d", p.name, p.kind, pr.Net, pr.Slashed))
		}
	}
	for _, rr := range roles {
		r.Roles = append(r.Roles, *rr)
	}
	sort.Slice(r.Roles, func(i, j int) bool {
		if r.Roles[i].Role != r.Roles[j].Role {
			return roleOrder(r.Roles[i].Role) < roleOrder(r.Roles[j].Role)
		}
		return r.Roles[i].Kind < r.Roles[j].Kind
	})
}

func roleOrder(role string) int {
	return slices.Index([]string{roleSubmitter, roleSolver, roleVerifier, roleWhistleblower}, role)
}
