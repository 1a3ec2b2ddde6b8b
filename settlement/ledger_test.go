package settlement

import (
	"errors"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"testing"
)

func mustAudit(t *testing.T, l *Ledger, after string) {
	t.Helper()
	if err := l.Audit(); err != nil {
		t.Fatalf("after %s: %v", after, err)
	}
}

func TestLedgerBasics(t *testing.T) {
	l := NewLedger()
	if err := l.Mint("alice", 100); err != nil {
		t.Fatal(err)
	}
	if err := l.Transfer("alice", "bob", 30, "x"); err != nil {
		t.Fatal(err)
	}
	if err := l.Lock("s1", "alice", KindStake, 50); err != nil {
		t.Fatal(err)
	}
	if got := l.Balance("alice"); got != 20 {
		t.Fatalf("alice free %d, want 20", got)
	}
	if got := l.Holdings("alice"); got != 70 {
		t.Fatalf("alice holdings %d, want 70", got)
	}
	if err := l.Slash("s1", "lied", Payment{To: "bob", Amount: 20}); err != nil {
		t.Fatal(err)
	}
	if l.Balance("bob") != 50 || l.JackpotPool() != 30 || l.Holdings("alice") != 20 {
		t.Fatalf("after slash: bob %d jackpot %d alice %d", l.Balance("bob"), l.JackpotPool(), l.Holdings("alice"))
	}
	paid, err := l.PayJackpot("carol", 1000, "prize")
	if err != nil || paid != 30 || l.JackpotPool() != 0 || l.Balance("carol") != 30 {
		t.Fatalf("jackpot paid %d (err %v), pool %d, carol %d: want the whole pool of 30", paid, err, l.JackpotPool(), l.Balance("carol"))
	}
	mustAudit(t, l, "basics")
	if l.Supply() != 100 {
		t.Fatalf("supply %d", l.Supply())
	}
}

func TestLedgerErrors(t *testing.T) {
	l := NewLedger()
	_ = l.Mint("alice", 10)
	var ife *InsufficientFundsError
	err := l.Transfer("alice", "bob", 11, "")
	if !errors.As(err, &ife) || !errors.Is(err, ErrInsufficientFunds) || ife.Need != 11 || ife.Have != 10 || ife.Account != "alice" {
		t.Fatalf("overdraft: %v", err)
	}
	if err := l.Transfer("nobody", "bob", 1, ""); !errors.Is(err, ErrUnknownAccount) {
		t.Fatalf("unknown account: %v", err)
	}
	for _, a := range []Amount{0, -5} {
		if err := l.Transfer("alice", "bob", a, ""); !errors.Is(err, ErrInvalidAmount) {
			t.Fatalf("transfer %d: %v", a, err)
		}
		if err := l.Mint("alice", a); !errors.Is(err, ErrInvalidAmount) {
			t.Fatalf("mint %d: %v", a, err)
		}
	}
	for _, name := range []string{"", Jackpot} {
		if err := l.Mint(name, 1); !errors.Is(err, ErrUnknownAccount) {
			t.Fatalf("mint to %q: %v", name, err)
		}
		if err := l.Transfer("alice", name, 1, ""); !errors.Is(err, ErrUnknownAccount) {
			t.Fatalf("transfer to %q: %v", name, err)
		}
		if err := l.Open(name); !errors.Is(err, ErrUnknownAccount) {
			t.Fatalf("open %q: %v", name, err)
		}
	}
	if err := l.Mint("alice", math.MaxInt64); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("overflowing mint: %v", err)
	}
	if err := l.Lock("k", "alice", KindBond, 5); err != nil {
		t.Fatal(err)
	}
	if err := l.Lock("k", "alice", KindBond, 1); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("duplicate lock: %v", err)
	}
	if err := l.Slash("k", "", Payment{To: "bob", Amount: 6}); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("overpaying slash: %v", err)
	}
	if err := l.Slash("k", "", Payment{To: "bob", Amount: -1}); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("negative payment: %v", err)
	}
	if err := l.Release("k"); err != nil {
		t.Fatal(err)
	}
	if err := l.Release("k"); !errors.Is(err, ErrLockClosed) {
		t.Fatalf("double release: %v", err)
	}
	if err := l.Slash("k", ""); !errors.Is(err, ErrLockClosed) {
		t.Fatalf("slash after release: %v", err)
	}
	if err := l.Release("nope"); !errors.Is(err, ErrUnknownLock) {
		t.Fatalf("unknown lock: %v", err)
	}
	if _, err := l.PayJackpot("bob", -1, ""); !errors.Is(err, ErrInvalidAmount) {
		t.Fatalf("negative jackpot payment: %v", err)
	}
	err = l.LockAll(LockRequest{"a", "alice", KindStake, 6}, LockRequest{"b", "alice", KindStake, 6})
	if !errors.Is(err, ErrInsufficientFunds) || l.Locked("alice") != 0 || l.Balance("alice") != 10 {
		t.Fatalf("LockAll over the balance: %v, locked %d, free %d: want nothing locked", err, l.Locked("alice"), l.Balance("alice"))
	}
	if _, err := l.LockInfo("a"); !errors.Is(err, ErrUnknownLock) {
		t.Fatalf("a failed LockAll left lock a behind: %v", err)
	}
	mustAudit(t, l, "errors")
}

// snapshot captures everything an operation could change.
type snapshot struct {
	free    map[string]Amount
	locks   map[LockID]Lock
	jackpot Amount
}

func snap(l *Ledger) snapshot {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := snapshot{free: maps.Clone(l.free), locks: map[LockID]Lock{}, jackpot: l.jackpot}
	for id, lk := range l.locks {
		s.locks[id] = *lk
	}
	return s
}

func (a snapshot) equal(b snapshot) bool {
	return maps.Equal(a.free, b.free) && maps.Equal(a.locks, b.locks) && a.jackpot == b.jackpot
}

// TestLedgerConservationRandom drives the ledger with random operations —
// many of them invalid — and checks after each that the books balance,
// nothing is negative, and a failed operation changed nothing.
func TestLedgerConservationRandom(t *testing.T) {
	seeds := 200
	if testing.Short() {
		seeds = 20
	}
	accounts := []string{"a", "b", "c", "d", "e"}
	for seed := range seeds {
		rng := rand.New(rand.NewPCG(uint64(seed), 0x1ed9e5))
		l := NewLedger()
		var supply Amount
		for _, a := range accounts {
			amt := Amount(1 + rng.IntN(1000))
			if err := l.Mint(a, amt); err != nil {
				t.Fatal(err)
			}
			supply += amt
		}
		var locks []LockID
		acct := func() string { return accounts[rng.IntN(len(accounts))] }
		amount := func() Amount { return Amount(rng.IntN(400) - 20) } // sometimes negative or zero
		lock := func() LockID {
			if len(locks) == 0 || rng.IntN(10) == 0 {
				return LockID(fmt.Sprintf("missing-%d", rng.IntN(3)))
			}
			return locks[rng.IntN(len(locks))]
		}
		for op := range 300 {
			before := snap(l)
			var err error
			var name string
			switch rng.IntN(8) {
			case 0:
				name = "transfer"
				err = l.Transfer(acct(), acct(), amount(), "")
			case 1:
				name = "lock"
				id := LockID(fmt.Sprintf("L%d", rng.IntN(op+1)))
				if err = l.Lock(id, acct(), KindStake, amount()); err == nil {
					locks = append(locks, id)
				}
			case 2:
				name = "release"
				err = l.Release(lock())
			case 3:
				name = "slash"
				var ps []Payment
				for range rng.IntN(3) {
					ps = append(ps, Payment{To: acct(), Amount: amount() / 2})
				}
				err = l.Slash(lock(), "", ps...)
			case 4:
				name = "fund-jackpot"
				err = l.FundJackpot(acct(), amount(), "")
			case 5:
				name = "pay-jackpot"
				_, err = l.PayJackpot(acct(), amount(), "")
			case 6:
				name = "pay-from-lock"
				to := acct()
				if rng.IntN(4) == 0 {
					to = Jackpot
				}
				err = l.PayFromLock(lock(), to, amount()/3, "")
			case 7:
				name = "lock-all"
				var reqs []LockRequest
				for i := range 1 + rng.IntN(3) {
					reqs = append(reqs, LockRequest{LockID(fmt.Sprintf("M%d-%d", op, i)), acct(), KindEscrow, amount()})
				}
				if err = l.LockAll(reqs...); err == nil {
					for _, r := range reqs {
						locks = append(locks, r.ID)
					}
				}
			}
			if err != nil && !snap(l).equal(before) {
				t.Fatalf("seed %d op %d: %s failed (%v) but changed the ledger", seed, op, name, err)
			}
			if err := l.Audit(); err != nil {
				t.Fatalf("seed %d op %d: after %s: %v", seed, op, name, err)
			}
			if l.Supply() != supply {
				t.Fatalf("seed %d op %d: supply moved from %d to %d", seed, op, supply, l.Supply())
			}
		}
	}
}

func TestAuditCatchesImbalance(t *testing.T) {
	l := NewLedger()
	_ = l.Mint("a", 10)
	l.free["a"] = 11 // what a bug would do
	if err := l.Audit(); !errors.Is(err, ErrConservation) {
		t.Fatalf("audit of unbalanced books: %v", err)
	}
	l.free["a"], l.free["b"] = 12, -2
	var ce *ConservationError
	if err := l.Audit(); !errors.As(err, &ce) || ce.Negative != "b" {
		t.Fatalf("audit of a negative balance: %v", err)
	}
}
