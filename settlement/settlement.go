package settlement

import (
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Settlement errors.
var (
	// ErrAlreadySettled: a task, dispute or forced error that was already paid out.
	ErrAlreadySettled = errors.New("already settled")
	// ErrUnknownDispute: no dispute of that ID.
	ErrUnknownDispute = errors.New("unknown dispute")
	// ErrUnknownTask: no task of that ID.
	ErrUnknownTask = errors.New("unknown task")
	// ErrDisputeOpen: the task has a dispute in progress; it must end first.
	ErrDisputeOpen = errors.New("a dispute is in progress")
	// ErrNoVerdict: the task has no verification verdict yet.
	ErrNoVerdict = errors.New("no verdict recorded")
	// ErrNotYourTurn: a party answered when the other party was to move.
	ErrNotYourTurn = errors.New("not this party's turn")
	// ErrDeadlinePassed: an answer after the deadline; the other party may claim the timeout.
	ErrDeadlinePassed = errors.New("deadline passed")
	// ErrDeadlineNotPassed: a timeout claimed while the party on move still has time.
	ErrDeadlineNotPassed = errors.New("deadline not passed")
	// ErrInvalidTerms: terms that would let money be created or lost.
	ErrInvalidTerms = errors.New("invalid terms")
)

// Terms are the amounts and deadlines of the market. Every payout is one of
// these amounts or a share of a lock, so no rule can pay out more than was put in.
type Terms struct {
	// Reward is what the submitter pays the solver of an accepted task.
	Reward Amount `json:"reward"`
	// VerifierFee is what the submitter pays the verifier that checked a task.
	VerifierFee Amount `json:"verifier_fee"`
	// JackpotTax is what the submitter pays into the jackpot pool per task;
	// it funds the forced-error prizes.
	JackpotTax Amount `json:"jackpot_tax"`
	// SolverStake and VerifierStake are locked for the life of a task.
	SolverStake   Amount `json:"solver_stake"`
	VerifierStake Amount `json:"verifier_stake"`
	// Bond is what a whistleblower locks to open a dispute.
	Bond Amount `json:"bond"`
	// JackpotPrize is paid from the pool (at most what it holds) to a
	// verifier that reports a forced error.
	JackpotPrize Amount `json:"jackpot_prize"`
	// WinnerShare is the percentage of a loser's slashed lock paid to the
	// winner of a dispute; the rest goes to the jackpot pool, so that
	// colluding parties cannot recycle a slash between themselves for free.
	WinnerShare int `json:"winner_share_percent"`
	// AnswerWithin is each move's deadline in a dispute.
	AnswerWithin time.Duration `json:"answer_within_ns"`
}

// DefaultTerms are the terms the simulator and the documentation use.
func DefaultTerms() Terms {
	return Terms{
		Reward: 100, VerifierFee: 10, JackpotTax: 5,
		SolverStake: 200, VerifierStake: 100, Bond: 50,
		JackpotPrize: 150, WinnerShare: 50, AnswerWithin: time.Hour,
	}
}

// Validate rejects terms with a negative amount, a share outside 0–100 or no deadline.
func (t Terms) Validate() error {
	for _, a := range []struct {
		name string
		v    Amount
	}{{"reward", t.Reward}, {"verifier fee", t.VerifierFee}, {"jackpot tax", t.JackpotTax},
		{"solver stake", t.SolverStake}, {"verifier stake", t.VerifierStake}, {"bond", t.Bond}, {"jackpot prize", t.JackpotPrize}} {
		if a.v < 0 {
			return fmt.Errorf("%w: %s is %d", ErrInvalidTerms, a.name, a.v)
		}
	}
	if t.SolverStake == 0 || t.VerifierStake == 0 || t.Bond == 0 {
		return fmt.Errorf("%w: stakes and bond must be positive: nothing else makes lying cost", ErrInvalidTerms)
	}
	if t.WinnerShare < 0 || t.WinnerShare > 100 {
		return fmt.Errorf("%w: winner share %d%% is outside 0–100", ErrInvalidTerms, t.WinnerShare)
	}
	if t.AnswerWithin <= 0 {
		return fmt.Errorf("%w: answer deadline %v must be positive", ErrInvalidTerms, t.AnswerWithin)
	}
	return nil
}

func (t Terms) share(a Amount) Amount { return a * Amount(t.WinnerShare) / 100 }

// Task states.
const (
	TaskOpen     = "open"     // waiting for the verifier's verdict
	TaskVerified = "verified" // a verdict is in; disputes may be opened
	TaskPaid     = "paid"     // the solver was paid
	TaskSlashed  = "slashed"  // the solver lost a dispute
)

// TaskAccount is one task's money: who is involved and what each locked.
type TaskAccount struct {
	ID        string `json:"id"`
	Submitter string `json:"submitter"`
	Solver    string `json:"solver"`
	Verifier  string `json:"verifier"`
	State     string `json:"state"`
	// Accepted is the verifier's verdict; Passed lists the segments its
	// report says it replayed and found within δ.
	Accepted bool  `json:"accepted"`
	Passed   []int `json:"passed_segments,omitempty"`

	escrow, solverStake, verifierStake LockID
	// verifierSlashed records that the verifier's stake is gone (or is the
	// bond of a rejection dispute it lost).
	verifierSlashed bool
	dispute         DisputeID
}

// Dispute is one challenge of a solver's proof and its move clock.
type Dispute struct {
	ID         DisputeID `json:"id"`
	Task       string    `json:"task"`
	Challenger string    `json:"challenger"`
	// ByVerifier marks the dispute a rejection opens: the verifier's stake is its bond.
	ByVerifier bool `json:"by_verifier"`
	// Turn is the party to move next and Deadline the time it must move by.
	Turn     prooflearn.Party `json:"turn"`
	Deadline time.Time        `json:"deadline"`
	Moves    int              `json:"moves"`
	Settled  bool             `json:"settled"`
	Ruling   *Ruling          `json:"ruling,omitempty"`

	bond LockID
}

// DisputeID names a dispute.
type DisputeID string

// Outcome is what the arbitration game decided.
type Outcome struct {
	Winner prooflearn.Party `json:"winner"`
	// VerifierAtFault claims that Segment, which the verifier's report
	// declared replayed and passed, fails on replay (a whistleblower's
	// Assessment establishes it; the sample is fixed by the proof root, so
	// anyone can re-run it). It counts only when the challenger wins, is not
	// the verifier, and Segment is one the verdict declared passed.
	VerifierAtFault bool `json:"verifier_at_fault,omitempty"`
	// Segment is the disputed segment (-1 when unknown).
	Segment int `json:"segment"`
}

// Ruling is how a dispute ended and what it paid. Its VerifierAtFault is
// what settlement applied: the outcome's claim where it counted, else false.
type Ruling struct {
	Outcome
	// ByTimeout: the loser did not answer in time.
	ByTimeout bool `json:"by_timeout"`
	// Recomputed names the check whose finding decided the dispute without
	// a game (SlashRecomputed); empty when the game or a timeout did.
	Recomputed string `json:"recomputed,omitempty"`
	// Payments lists every payment the ruling made, jackpot included.
	Payments []Payment `json:"payments"`
}

// Settlement applies the protocol's payout rules to a Ledger: it opens a
// task's stakes and escrow, runs each dispute's move clock, and pays out
// the game's outcome. Every payout is a ledger operation, so the ledger's
// conservation invariant covers settlement too. Safe for concurrent use.
type Settlement struct {
	mu       sync.Mutex
	ledger   *Ledger
	terms    Terms
	tasks    map[string]*TaskAccount
	disputes map[DisputeID]*Dispute
	forced   map[string]*forcedError
}

type forcedError struct {
	verifier string
	stake    LockID
	settled  bool
}

// NewSettlement applies terms to ledger.
func New(ledger *Ledger, terms Terms) (*Settlement, error) {
	if err := terms.Validate(); err != nil {
		return nil, err
	}
	return &Settlement{ledger: ledger, terms: terms, tasks: map[string]*TaskAccount{},
		disputes: map[DisputeID]*Dispute{}, forced: map[string]*forcedError{}}, nil
}

// Terms returns the terms in force.
func (s *Settlement) Terms() Terms { return s.terms }

// Ledger returns the ledger settlement pays through.
func (s *Settlement) Ledger() *Ledger { return s.ledger }

// OpenTask locks the submitter's payment (reward, fee and jackpot tax), the
// solver's stake and the verifier's stake. It fails whole: on an error
// nothing stays locked.
func (s *Settlement) OpenTask(id, submitter, solver, verifier string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.tasks[id]; ok {
		return fmt.Errorf("%w: task %q", ErrDuplicate, id)
	}
	t := &TaskAccount{ID: id, Submitter: submitter, Solver: solver, Verifier: verifier, State: TaskOpen,
		escrow: LockID("task/" + id + "/escrow"), solverStake: LockID("task/" + id + "/solver-stake"),
		verifierStake: LockID("task/" + id + "/verifier-stake")}
	if err := s.ledger.LockAll(
		LockRequest{t.escrow, submitter, KindEscrow, s.terms.Reward + s.terms.VerifierFee + s.terms.JackpotTax},
		LockRequest{t.solverStake, solver, KindStake, s.terms.SolverStake},
		LockRequest{t.verifierStake, verifier, KindStake, s.terms.VerifierStake},
	); err != nil {
		return fmt.Errorf("task %q: %w", id, err)
	}
	if s.terms.JackpotTax > 0 {
		if err := s.ledger.PayFromLock(t.escrow, Jackpot, s.terms.JackpotTax, "jackpot tax "+id); err != nil {
			return err
		}
	}
	s.tasks[id] = t
	return nil
}

// RecordVerdict records the verifier's verdict and the segments its report
// says passed. A rejection opens a dispute at once, with the verifier as
// challenger and its stake as bond; the solver moves first.
// The returned ID is that dispute's ("" for an acceptance).
func (s *Settlement) RecordVerdict(task string, accepted bool, passed []int, now time.Time) (DisputeID, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.task(task)
	if err != nil {
		return "", err
	}
	if t.State != TaskOpen {
		return "", fmt.Errorf("%w: task %q already has a verdict (%s)", ErrAlreadySettled, task, t.State)
	}
	t.State, t.Accepted, t.Passed = TaskVerified, accepted, slices.Clone(passed)
	if accepted {
		return "", nil
	}
	d := &Dispute{ID: DisputeID("task/" + task + "/rejection"), Task: task, Challenger: t.Verifier, ByVerifier: true,
		Turn: prooflearn.PartySolver, Deadline: now.Add(s.terms.AnswerWithin), bond: t.verifierStake}
	s.disputes[d.ID] = d
	t.dispute = d.ID
	return d.ID, nil
}

// OpenDispute lets a whistleblower challenge an accepted task's proof,
// locking its bond. The solver moves first. One dispute runs at a time per
// task; after a solver's win another whistleblower may challenge until the
// task is finalized.
func (s *Settlement) OpenDispute(id DisputeID, task, challenger string, now time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.task(task)
	if err != nil {
		return err
	}
	if _, ok := s.disputes[id]; ok {
		return fmt.Errorf("%w: dispute %q", ErrDuplicate, id)
	}
	if err := t.awaitingPayout(); err != nil {
		return err
	}
	bond := LockID("dispute/" + string(id) + "/bond")
	if err := s.ledger.Lock(bond, challenger, KindBond, s.terms.Bond); err != nil {
		return err
	}
	s.disputes[id] = &Dispute{ID: id, Task: task, Challenger: challenger, Turn: prooflearn.PartySolver,
		Deadline: now.Add(s.terms.AnswerWithin), bond: bond}
	t.dispute = id
	return nil
}

// Answer records that party moved in the dispute at time now; the other
// party is then on move, with a fresh deadline.
func (s *Settlement) Answer(id DisputeID, party prooflearn.Party, now time.Time) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.openDispute(id)
	if err != nil {
		return err
	}
	if !party.Valid() {
		return fmt.Errorf("%w: party %q", ErrNotYourTurn, party)
	}
	if party != d.Turn {
		return fmt.Errorf("%w: %s answered, %s is on move", ErrNotYourTurn, party, d.Turn)
	}
	if now.After(d.Deadline) {
		return fmt.Errorf("%w: %s answered at %v, deadline was %v", ErrDeadlinePassed, party, now.UTC(), d.Deadline.UTC())
	}
	d.Turn, d.Deadline, d.Moves = party.Other(), now.Add(s.terms.AnswerWithin), d.Moves+1
	return nil
}

// ClaimTimeout ends a dispute whose party on move let its deadline pass: the
// party that answered last wins (the challenger, if the solver never answered).
func (s *Settlement) ClaimTimeout(id DisputeID, now time.Time) (*Ruling, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.openDispute(id)
	if err != nil {
		return nil, err
	}
	if !now.After(d.Deadline) {
		return nil, fmt.Errorf("%w: %s has until %v", ErrDeadlineNotPassed, d.Turn, d.Deadline.UTC())
	}
	// A timeout proves nothing about the verifier's sample: it is not at fault.
	return s.rule(d, Outcome{Winner: d.Turn.Other(), Segment: -1}, true)
}

// Decide pays out the arbitration game's outcome.
func (s *Settlement) Decide(id DisputeID, o Outcome) (*Ruling, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.openDispute(id)
	if err != nil {
		return nil, err
	}
	if !o.Winner.Valid() {
		return nil, fmt.Errorf("settlement: outcome names winner %q, want %q or %q", o.Winner, prooflearn.PartySolver, prooflearn.PartyChallenger)
	}
	return s.rule(d, o, false)
}

// SlashRecomputed decides a dispute for the challenger without a game: the
// solver's bundle fails a check that anyone can recompute exactly from the
// task, the dataset and the bundle (verifier.SettlesWithoutGame: the
// binding, a missing or mismatching file, the initialisation, the data
// order, the progress check), so there is no segment to bisect and no
// operator to re-execute. check names the finding; the ruling records it.
// The payout is a lost dispute's: the solver's stake is slashed, the
// submitter refunded, and the verifier, whose sample could not have placed
// such a fault in a segment, keeps its fee and stake.
func (s *Settlement) SlashRecomputed(id DisputeID, check string) (*Ruling, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := s.openDispute(id)
	if err != nil {
		return nil, err
	}
	if check == "" {
		return nil, fmt.Errorf("settlement: a recomputed ruling must name its check")
	}
	r, err := s.rule(d, Outcome{Winner: prooflearn.PartyChallenger, Segment: -1}, false)
	if err != nil {
		return nil, err
	}
	r.Recomputed = check
	return r, nil
}

// FinalizeTask ends the challenge window of a task nobody successfully
// challenged: the solver gets the reward and its stake, the verifier its fee
// and stake (unless a lost rejection dispute took them).
func (s *Settlement) FinalizeTask(task string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.task(task)
	if err != nil {
		return err
	}
	if err := t.awaitingPayout(); err != nil {
		return err
	}
	var ops []func() error
	ops = append(ops,
		func() error { return s.ledger.PayFromLock(t.escrow, t.Solver, s.terms.Reward, "reward "+task) },
		func() error { return s.ledger.Release(t.solverStake) })
	if t.verifierSlashed {
		ops = append(ops, func() error { return s.ledger.Release(t.escrow) }) // the fee goes back
	} else {
		ops = append(ops,
			func() error { return s.ledger.PayFromLock(t.escrow, t.Verifier, s.terms.VerifierFee, "fee "+task) },
			func() error { return s.ledger.Release(t.escrow) },
			func() error { return s.ledger.Release(t.verifierStake) })
	}
	if err := run(ops); err != nil {
		return err
	}
	t.State = TaskPaid
	return nil
}

// Task returns a copy of a task's account.
func (s *Settlement) Task(id string) (TaskAccount, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, err := s.task(id)
	if err != nil {
		return TaskAccount{}, err
	}
	return *t, nil
}

// Dispute returns a copy of a dispute.
func (s *Settlement) Dispute(id DisputeID) (Dispute, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	d, ok := s.disputes[id]
	if !ok {
		return Dispute{}, fmt.Errorf("%w: %q", ErrUnknownDispute, id)
	}
	return *d, nil
}

// OpenForcedError locks a verifier's stake on a forced-error task: a proof
// the protocol planted a wrong checkpoint in. The verifier cannot tell it
// from a real task until it has committed to a verdict.
func (s *Settlement) OpenForcedError(id, verifier string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.forced[id]; ok {
		return fmt.Errorf("%w: forced error %q", ErrDuplicate, id)
	}
	stake := LockID("forced/" + id + "/verifier-stake")
	if err := s.ledger.Lock(stake, verifier, KindStake, s.terms.VerifierStake); err != nil {
		return err
	}
	s.forced[id] = &forcedError{verifier: verifier, stake: stake}
	return nil
}

// SettleForcedError pays a verifier that reported the planted error the
// jackpot prize (at most what the pool holds) and returns its stake; a
// verifier that passed it loses its whole stake to the pool. It returns
// the prize paid.
func (s *Settlement) SettleForcedError(id string, reported bool) (Amount, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	f, ok := s.forced[id]
	if !ok {
		return 0, fmt.Errorf("%w: forced error %q", ErrUnknownTask, id)
	}
	if f.settled {
		return 0, fmt.Errorf("%w: forced error %q", ErrAlreadySettled, id)
	}
	if !reported {
		if err := s.ledger.Slash(f.stake, "passed forced error "+id); err != nil {
			return 0, err
		}
		f.settled = true
		return 0, nil
	}
	if err := s.ledger.Release(f.stake); err != nil {
		return 0, err
	}
	f.settled = true
	return s.ledger.PayJackpot(f.verifier, s.terms.JackpotPrize, "forced error reported "+id)
}

// rule pays out a dispute. Called with s.mu held.
func (s *Settlement) rule(d *Dispute, o Outcome, byTimeout bool) (*Ruling, error) {
	t := s.tasks[d.Task]
	r := &Ruling{Outcome: o, ByTimeout: byTimeout}
	slash := func(lock LockID, winner, memo string) func() error {
		return func() error {
			lk, err := s.ledger.LockInfo(lock)
			if err != nil {
				return err
			}
			win := s.terms.share(lk.Amount)
			r.Payments = append(r.Payments, Payment{To: winner, Amount: win}, Payment{To: Jackpot, Amount: lk.Amount - win})
			return s.ledger.Slash(lock, memo, Payment{To: winner, Amount: win})
		}
	}
	memo := "dispute " + string(d.ID)
	var ops []func() error
	if o.Winner == prooflearn.PartyChallenger {
		// The proof is wrong: the solver loses its stake, the submitter gets
		// its reward back, and the task is over.
		ops = append(ops, slash(t.solverStake, d.Challenger, memo),
			func() error { return s.ledger.PayFromLock(t.escrow, t.Submitter, s.terms.Reward, "refund "+t.ID) })
		// The verifier is slashed only for a segment its own report declared
		// passed; a segment outside its sample is one it honestly missed,
		// and a verifier's own rejection was right.
		verifierFault := !d.ByVerifier && o.VerifierAtFault && slices.Contains(t.Passed, o.Segment)
		r.VerifierAtFault = verifierFault
		if !t.verifierSlashed {
			if verifierFault {
				ops = append(ops, slash(t.verifierStake, d.Challenger, memo+" (verifier passed a failing segment)"))
			} else {
				ops = append(ops,
					func() error { return s.ledger.PayFromLock(t.escrow, t.Verifier, s.terms.VerifierFee, "fee "+t.ID) },
					func() error { return s.ledger.Release(t.verifierStake) })
			}
		}
		// What is left in escrow (an unearned fee) goes back to the submitter.
		ops = append(ops, func() error { return s.ledger.Release(t.escrow) })
		if !d.ByVerifier {
			ops = append(ops, func() error { return s.ledger.Release(d.bond) })
		}
		t.verifierSlashed = t.verifierSlashed || verifierFault
		if err := run(ops); err != nil {
			return nil, err
		}
		t.State = TaskSlashed
	} else {
		// The proof stands: the challenger's bond compensates the solver.
		r.VerifierAtFault = false
		if err := run([]func() error{slash(d.bond, t.Solver, memo)}); err != nil {
			return nil, err
		}
		if d.ByVerifier {
			t.verifierSlashed = true
			t.Accepted = true
		}
	}
	d.Settled, d.Ruling = true, r
	t.dispute = ""
	return r, nil
}

// awaitingPayout is nil when the task has a verdict, no dispute running and
// no payout yet: when it may be challenged or finalized.
func (t *TaskAccount) awaitingPayout() error {
	switch {
	case t.State == TaskOpen:
		return fmt.Errorf("%w: task %q", ErrNoVerdict, t.ID)
	case t.State != TaskVerified:
		return fmt.Errorf("%w: task %q is %s", ErrAlreadySettled, t.ID, t.State)
	case t.dispute != "":
		return fmt.Errorf("%w: task %q has dispute %q", ErrDisputeOpen, t.ID, t.dispute)
	}
	return nil
}

func (s *Settlement) task(id string) (*TaskAccount, error) {
	t, ok := s.tasks[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownTask, id)
	}
	return t, nil
}

func (s *Settlement) openDispute(id DisputeID) (*Dispute, error) {
	d, ok := s.disputes[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownDispute, id)
	}
	if d.Settled {
		return nil, fmt.Errorf("%w: dispute %q", ErrAlreadySettled, id)
	}
	return d, nil
}

// run applies ledger operations in order. Settlement only builds sequences
// whose locks are open and whose amounts fit, so a failure here is a bug,
// and it is reported as one.
func run(ops []func() error) error {
	for _, op := range ops {
		if err := op(); err != nil {
			return fmt.Errorf("%w: settlement step failed: %v", ErrConservation, err)
		}
	}
	return nil
}
