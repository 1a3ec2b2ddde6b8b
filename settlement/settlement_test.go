package settlement

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
)

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

const purse = 10_000

// market returns a settlement on default terms with every party funded.
func market(t *testing.T) (*Settlement, *Ledger) {
	t.Helper()
	l := NewLedger()
	for _, a := range []string{"submitter", "solver", "verifier", "wb1", "wb2"} {
		if err := l.Mint(a, purse); err != nil {
			t.Fatal(err)
		}
	}
	s, err := New(l, DefaultTerms())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.OpenTask("t1", "submitter", "solver", "verifier"); err != nil {
		t.Fatal(err)
	}
	return s, l
}

// expect checks every account's holdings against purse + delta.
func expect(t *testing.T, l *Ledger, jackpot Amount, deltas map[string]Amount) {
	t.Helper()
	if err := l.Audit(); err != nil {
		t.Fatal(err)
	}
	for a, d := range deltas {
		if got := l.Holdings(a); got != purse+d {
			t.Errorf("%s holds %d, want %d (%+d)", a, got, purse+d, d)
		}
		if got := l.Locked(a); got != 0 {
			t.Errorf("%s still has %d locked", a, got)
		}
	}
	if got := l.JackpotPool(); got != jackpot {
		t.Errorf("jackpot %d, want %d", got, jackpot)
	}
}

func TestSettleAccepted(t *testing.T) {
	s, l := market(t)
	tm := s.Terms()
	if _, err := s.RecordVerdict("t1", true, []int{1, 2}, t0); err != nil {
		t.Fatal(err)
	}
	if err := s.FinalizeTask("t1"); err != nil {
		t.Fatal(err)
	}
	expect(t, l, tm.JackpotTax, map[string]Amount{
		"submitter": -(tm.Reward + tm.VerifierFee + tm.JackpotTax),
		"solver":    tm.Reward, "verifier": tm.VerifierFee,
	})
	if err := s.FinalizeTask("t1"); !errors.Is(err, ErrAlreadySettled) {
		t.Fatalf("second finalize: %v", err)
	}
}

func TestSettleRejectionUpheld(t *testing.T) {
	s, l := market(t)
	tm := s.Terms()
	id, err := s.RecordVerdict("t1", false, nil, t0)
	if err != nil || id == "" {
		t.Fatalf("rejection opened dispute %q: %v", id, err)
	}
	r, err := s.Decide(id, Outcome{Winner: prooflearn.PartyChallenger, Segment: 3})
	if err != nil {
		t.Fatal(err)
	}
	win := tm.SolverStake * Amount(tm.WinnerShare) / 100
	expect(t, l, tm.JackpotTax+tm.SolverStake-win, map[string]Amount{
		"submitter": -(tm.VerifierFee + tm.JackpotTax),
		"solver":    -tm.SolverStake, "verifier": tm.VerifierFee + win,
	})
	if len(r.Payments) != 2 || r.Payments[0] != (Payment{"verifier", win}) {
		t.Fatalf("ruling payments %+v", r.Payments)
	}
	if _, err := s.Decide(id, Outcome{Winner: prooflearn.PartySolver}); !errors.Is(err, ErrAlreadySettled) {
		t.Fatalf("second decision: %v", err)
	}
	if err := s.FinalizeTask("t1"); !errors.Is(err, ErrAlreadySettled) {
		t.Fatalf("finalize a slashed task: %v", err)
	}
}

func TestSettleRejectionOverturned(t *testing.T) {
	s, l := market(t)
	tm := s.Terms()
	id, _ := s.RecordVerdict("t1", false, nil, t0)
	if err := s.FinalizeTask("t1"); !errors.Is(err, ErrDisputeOpen) {
		t.Fatalf("finalize with a dispute open: %v", err)
	}
	if _, err := s.Decide(id, Outcome{Winner: prooflearn.PartySolver}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinalizeTask("t1"); err != nil {
		t.Fatal(err)
	}
	win := tm.VerifierStake * Amount(tm.WinnerShare) / 100
	expect(t, l, tm.JackpotTax+tm.VerifierStake-win, map[string]Amount{
		"submitter": -(tm.Reward + tm.JackpotTax), // the wrong verifier earns no fee
		"solver":    tm.Reward + win, "verifier": -tm.VerifierStake,
	})
}

// A whistleblower who challenges an honest solver loses its bond, and the
// honest solver and verifier lose nothing.
func TestSettleGriefingWhistleblowerLosesBond(t *testing.T) {
	s, l := market(t)
	tm := s.Terms()
	_, _ = s.RecordVerdict("t1", true, []int{0}, t0)
	if err := s.OpenDispute("d1", "t1", "wb1", t0); err != nil {
		t.Fatal(err)
	}
	if err := s.OpenDispute("d2", "t1", "wb2", t0); !errors.Is(err, ErrDisputeOpen) {
		t.Fatalf("second concurrent dispute: %v", err)
	}
	if _, err := s.Decide("d1", Outcome{Winner: prooflearn.PartySolver}); err != nil {
		t.Fatal(err)
	}
	// The window stays open: another whistleblower may still challenge.
	if err := s.OpenDispute("d2", "t1", "wb2", t0); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Decide("d2", Outcome{Winner: prooflearn.PartySolver}); err != nil {
		t.Fatal(err)
	}
	if err := s.FinalizeTask("t1"); err != nil {
		t.Fatal(err)
	}
	win := tm.Bond * Amount(tm.WinnerShare) / 100
	expect(t, l, tm.JackpotTax+2*(tm.Bond-win), map[string]Amount{
		"solver": tm.Reward + 2*win, "verifier": tm.VerifierFee,
		"wb1": -tm.Bond, "wb2": -tm.Bond,
	})
	if err := s.OpenDispute("d3", "t1", "wb1", t0); !errors.Is(err, ErrAlreadySettled) {
		t.Fatalf("dispute after finalize: %v", err)
	}
}

func TestSettleWhistleblowerCatchesLazyVerifier(t *testing.T) {
	for _, fault := range []bool{false, true} {
		t.Run(fmt.Sprint("verifier-at-fault=", fault), func(t *testing.T) {
			s, l := market(t)
			tm := s.Terms()
			_, _ = s.RecordVerdict("t1", true, []int{4}, t0)
			if err := s.OpenDispute("d1", "t1", "wb1", t0); err != nil {
				t.Fatal(err)
			}
			r, err := s.Decide("d1", Outcome{Winner: prooflearn.PartyChallenger, VerifierAtFault: fault, Segment: 4})
			if err != nil || r.VerifierAtFault != fault {
				t.Fatalf("ruling %+v, %v", r, err)
			}
			ws := tm.SolverStake * Amount(tm.WinnerShare) / 100
			wv := tm.VerifierStake * Amount(tm.WinnerShare) / 100
			if fault {
				expect(t, l, tm.JackpotTax+tm.SolverStake-ws+tm.VerifierStake-wv, map[string]Amount{
					"submitter": -tm.JackpotTax, "solver": -tm.SolverStake,
					"verifier": -tm.VerifierStake, "wb1": ws + wv,
				})
			} else {
				// The verifier's sample missed the bad segment honestly: it keeps its stake and fee.
				expect(t, l, tm.JackpotTax+tm.SolverStake-ws, map[string]Amount{
					"submitter": -(tm.JackpotTax + tm.VerifierFee), "solver": -tm.SolverStake,
					"verifier": tm.VerifierFee, "wb1": ws,
				})
			}
		})
	}
}

// Timeouts decide for the party that answered.
// A claim that the verifier is at fault counts only for a segment its
// report declared passed: an honest verifier cannot be slashed for a
// segment outside its sample, whatever the challenger claims.
func TestSettleVerifierFaultNeedsDeclaredSegment(t *testing.T) {
	s, l := market(t)
	_, _ = s.RecordVerdict("t1", true, []int{4}, t0)
	_ = s.OpenDispute("d1", "t1", "wb1", t0)
	r, err := s.Decide("d1", Outcome{Winner: prooflearn.PartyChallenger, VerifierAtFault: true, Segment: 9})
	if err != nil || r.VerifierAtFault {
		t.Fatalf("ruling %+v, %v: segment 9 was not declared", r, err)
	}
	if got := l.Holdings("verifier"); got != purse+s.Terms().VerifierFee {
		t.Fatalf("verifier holds %d, want its purse plus the fee", got)
	}
}

func TestSettleTimeouts(t *testing.T) {
	hour := DefaultTerms().AnswerWithin
	t.Run("solver silent", func(t *testing.T) {
		s, l := market(t)
		_, _ = s.RecordVerdict("t1", true, nil, t0)
		_ = s.OpenDispute("d1", "t1", "wb1", t0)
		if _, err := s.ClaimTimeout("d1", t0.Add(hour)); !errors.Is(err, ErrDeadlineNotPassed) {
			t.Fatalf("timeout at the deadline: %v", err)
		}
		if err := s.Answer("d1", prooflearn.PartySolver, t0.Add(hour+time.Second)); !errors.Is(err, ErrDeadlinePassed) {
			t.Fatalf("late answer: %v", err)
		}
		r, err := s.ClaimTimeout("d1", t0.Add(hour+time.Second))
		if err != nil || r.Winner != prooflearn.PartyChallenger || !r.ByTimeout {
			t.Fatalf("ruling %+v, %v: want the challenger by timeout", r, err)
		}
		if l.Holdings("wb1") <= purse || l.Holdings("solver") >= purse {
			t.Fatalf("wb1 %d, solver %d: the silent solver must pay the challenger", l.Holdings("wb1"), l.Holdings("solver"))
		}
		if _, err := s.ClaimTimeout("d1", t0.Add(3*hour)); !errors.Is(err, ErrAlreadySettled) {
			t.Fatalf("second timeout: %v", err)
		}
	})
	t.Run("challenger silent", func(t *testing.T) {
		s, l := market(t)
		_, _ = s.RecordVerdict("t1", true, nil, t0)
		_ = s.OpenDispute("d1", "t1", "wb1", t0)
		if err := s.Answer("d1", prooflearn.PartyChallenger, t0.Add(time.Minute)); !errors.Is(err, ErrNotYourTurn) {
			t.Fatalf("challenger moving first: %v", err)
		}
		if err := s.Answer("d1", prooflearn.PartySolver, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if err := s.Answer("d1", prooflearn.PartyChallenger, t0.Add(2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if err := s.Answer("d1", prooflearn.PartySolver, t0.Add(3*time.Minute)); err != nil {
			t.Fatal(err)
		}
		// The deadline restarts with each answer.
		if _, err := s.ClaimTimeout("d1", t0.Add(hour+time.Minute)); !errors.Is(err, ErrDeadlineNotPassed) {
			t.Fatalf("timeout before the restarted deadline: %v", err)
		}
		r, err := s.ClaimTimeout("d1", t0.Add(hour+4*time.Minute))
		if err != nil || r.Winner != prooflearn.PartySolver {
			t.Fatalf("ruling %+v, %v: want the solver, who answered", r, err)
		}
		d, _ := s.Dispute("d1")
		if d.Moves != 3 || !d.Settled {
			t.Fatalf("dispute %+v", d)
		}
		if err := s.FinalizeTask("t1"); err != nil {
			t.Fatal(err)
		}
		if l.Holdings("wb1") >= purse || l.Holdings("solver") <= purse {
			t.Fatalf("wb1 %d, solver %d: the silent challenger must pay", l.Holdings("wb1"), l.Holdings("solver"))
		}
	})
	t.Run("rejected solver silent", func(t *testing.T) {
		s, l := market(t)
		id, _ := s.RecordVerdict("t1", false, nil, t0)
		r, err := s.ClaimTimeout(id, t0.Add(2*hour))
		if err != nil || r.Winner != prooflearn.PartyChallenger {
			t.Fatalf("ruling %+v, %v", r, err)
		}
		if l.Holdings("verifier") <= purse {
			t.Fatalf("the verifier that rejected and was not answered holds %d", l.Holdings("verifier"))
		}
	})
}

func TestSettleForcedError(t *testing.T) {
	s, l := market(t)
	tm := s.Terms()
	_, _ = s.RecordVerdict("t1", true, nil, t0)
	_ = s.FinalizeTask("t1") // funds the pool with one tax
	if err := l.FundJackpot("submitter", 1000, "seed the pool"); err != nil {
		t.Fatal(err)
	}
	pool := l.JackpotPool()
	_ = s.OpenForcedError("f1", "verifier")
	_ = s.OpenForcedError("f2", "wb1") // wb1 plays a lazy verifier here
	if err := s.OpenForcedError("f1", "verifier"); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate forced error: %v", err)
	}
	prize, err := s.SettleForcedError("f1", true)
	if err != nil || prize != tm.JackpotPrize {
		t.Fatalf("prize %d, %v", prize, err)
	}
	if _, err := s.SettleForcedError("f2", false); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SettleForcedError("f2", true); !errors.Is(err, ErrAlreadySettled) {
		t.Fatalf("second settlement: %v", err)
	}
	if _, err := s.SettleForcedError("f9", true); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("unknown forced error: %v", err)
	}
	expect(t, l, pool-tm.JackpotPrize+tm.VerifierStake, map[string]Amount{
		"verifier": tm.VerifierFee + tm.JackpotPrize, "wb1": -tm.VerifierStake,
	})
}

func TestSettleErrors(t *testing.T) {
	s, l := market(t)
	if _, err := s.Decide("nope", Outcome{Winner: prooflearn.PartySolver}); !errors.Is(err, ErrUnknownDispute) {
		t.Fatalf("unknown dispute: %v", err)
	}
	if err := s.Answer("nope", prooflearn.PartySolver, t0); !errors.Is(err, ErrUnknownDispute) {
		t.Fatalf("unknown dispute: %v", err)
	}
	if _, err := s.RecordVerdict("nope", true, nil, t0); !errors.Is(err, ErrUnknownTask) {
		t.Fatalf("unknown task: %v", err)
	}
	if err := s.OpenDispute("d", "t1", "wb1", t0); !errors.Is(err, ErrNoVerdict) {
		t.Fatalf("dispute before the verdict: %v", err)
	}
	if err := s.FinalizeTask("t1"); !errors.Is(err, ErrNoVerdict) {
		t.Fatalf("finalize before the verdict: %v", err)
	}
	if err := s.OpenTask("t1", "submitter", "solver", "verifier"); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate task: %v", err)
	}
	_ = l.Mint("poor", 1)
	before := snap(l)
	if err := s.OpenTask("t2", "submitter", "solver", "poor"); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("underfunded verifier: %v", err)
	}
	if !snap(l).equal(before) {
		t.Fatal("a failed OpenTask locked something")
	}
	_, _ = s.RecordVerdict("t1", true, nil, t0)
	if _, err := s.RecordVerdict("t1", false, nil, t0); !errors.Is(err, ErrAlreadySettled) {
		t.Fatalf("second verdict: %v", err)
	}
	if err := s.OpenDispute("d", "t1", "poor", t0); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("underfunded bond: %v", err)
	}
	_ = s.OpenDispute("d", "t1", "wb1", t0)
	if _, err := s.Decide("d", Outcome{Winner: "arbiter"}); err == nil {
		t.Fatal("a winner that is no party was accepted")
	}
	for _, bad := range []Terms{
		{SolverStake: 1, VerifierStake: 1, Bond: 1, WinnerShare: 101, AnswerWithin: 1},
		{SolverStake: 1, VerifierStake: 1, Bond: 0, AnswerWithin: 1},
		{SolverStake: 1, VerifierStake: 1, Bond: 1, Reward: -1, AnswerWithin: 1},
		{SolverStake: 1, VerifierStake: 1, Bond: 1},
	} {
		if _, err := New(l, bad); !errors.Is(err, ErrInvalidTerms) {
			t.Errorf("terms %+v: %v", bad, err)
		}
	}
	if err := l.Audit(); err != nil {
		t.Fatal(err)
	}
}

// TestSettlementConservationRandom plays random markets — random verdicts,
// disputes, answers, timeouts, outcomes and forced errors, many of them
// out of order — and audits the ledger after every operation.
func TestSettlementConservationRandom(t *testing.T) {
	seeds := 100
	if testing.Short() {
		seeds = 10
	}
	parties := []string{"p0", "p1", "p2", "p3", "p4", "p5"}
	for seed := range seeds {
		rng := rand.New(rand.NewPCG(uint64(seed), 0x5e771e))
		l := NewLedger()
		for _, p := range parties {
			_ = l.Mint(p, Amount(rng.IntN(3000)))
		}
		terms := DefaultTerms()
		terms.WinnerShare = rng.IntN(101)
		s, err := New(l, terms)
		if err != nil {
			t.Fatal(err)
		}
		supply := l.Supply()
		now := t0
		var tasks []string
		var disputes []DisputeID
		var forced []string
		party := func() string { return parties[rng.IntN(len(parties))] }
		pick := func(xs []string) string {
			if len(xs) == 0 {
				return "none"
			}
			return xs[rng.IntN(len(xs))]
		}
		for op := range 400 {
			now = now.Add(time.Duration(rng.IntN(40)) * time.Minute)
			before := snap(l)
			var err error
			switch rng.IntN(9) {
			case 0:
				id := fmt.Sprint("t", op)
				if err = s.OpenTask(id, party(), party(), party()); err == nil {
					tasks = append(tasks, id)
				}
			case 1:
				var id DisputeID
				if id, err = s.RecordVerdict(pick(tasks), rng.IntN(3) > 0, []int{rng.IntN(5)}, now); err == nil && id != "" {
					disputes = append(disputes, id)
				}
			case 2:
				id := DisputeID(fmt.Sprint("d", op))
				if err = s.OpenDispute(id, pick(tasks), party(), now); err == nil {
					disputes = append(disputes, id)
				}
			case 3:
				if len(disputes) > 0 {
					err = s.Answer(disputes[rng.IntN(len(disputes))], []prooflearn.Party{prooflearn.PartySolver, prooflearn.PartyChallenger}[rng.IntN(2)], now)
				}
			case 4:
				if len(disputes) > 0 {
					_, err = s.ClaimTimeout(disputes[rng.IntN(len(disputes))], now)
				}
			case 5:
				if len(disputes) > 0 {
					_, err = s.Decide(disputes[rng.IntN(len(disputes))], Outcome{Winner: []prooflearn.Party{prooflearn.PartySolver, prooflearn.PartyChallenger}[rng.IntN(2)], VerifierAtFault: rng.IntN(2) == 0})
				}
			case 6:
				err = s.FinalizeTask(pick(tasks))
			case 7:
				id := fmt.Sprint("f", op)
				if err = s.OpenForcedError(id, party()); err == nil {
					forced = append(forced, id)
				}
			case 8:
				_, err = s.SettleForcedError(pick(forced), rng.IntN(2) == 0)
			}
			if errors.Is(err, ErrConservation) {
				t.Fatalf("seed %d op %d: %v", seed, op, err)
			}
			if err != nil && !snap(l).equal(before) {
				t.Fatalf("seed %d op %d: failed (%v) but changed the ledger", seed, op, err)
			}
			if err := l.Audit(); err != nil {
				t.Fatalf("seed %d op %d: %v", seed, op, err)
			}
			if l.Supply() != supply {
				t.Fatalf("seed %d op %d: supply moved", seed, op)
			}
		}
		// Settle everything still open: every lock must end closed.
		for _, id := range tasks {
			_, _ = s.RecordVerdict(id, true, nil, now)
		}
		for _, id := range disputes {
			_, _ = s.ClaimTimeout(id, now.Add(48*time.Hour))
		}
		for _, id := range tasks {
			_ = s.FinalizeTask(id)
		}
		for _, id := range forced {
			_, _ = s.SettleForcedError(id, true)
		}
		for _, p := range parties {
			if n := l.Locked(p); n != 0 {
				t.Fatalf("seed %d: %s still has %d locked after everything settled", seed, p, n)
			}
		}
		if err := l.Audit(); err != nil {
			t.Fatal(err)
		}
	}
}
