package settlement

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"sync"
)

// Amount is a quantity of the network's token, in its smallest unit. Integer
// arithmetic keeps the books exact: no payout is ever rounded into or out of
// existence.
type Amount int64

// LockID names one stake, bond or escrowed payment held by the ledger.
type LockID string

// Lock kinds.
const (
	KindStake  = "stake"
	KindBond   = "bond"
	KindEscrow = "escrow"
)

// Jackpot is the account name journal entries use for the jackpot pool.
const Jackpot = "jackpot"

// Sentinel errors of the ledger and of settlement.
var (
	// ErrInsufficientFunds: an account cannot cover a transfer or a lock
	// (*InsufficientFundsError carries the figures).
	ErrInsufficientFunds = errors.New("insufficient funds")
	// ErrInvalidAmount: a negative amount, or zero where something must move.
	ErrInvalidAmount = errors.New("invalid amount")
	// ErrUnknownLock: no stake, bond or escrow of that ID.
	ErrUnknownLock = errors.New("unknown lock")
	// ErrLockClosed: the lock was already released or slashed.
	ErrLockClosed = errors.New("lock already closed")
	// ErrDuplicate: an ID that is already in use.
	ErrDuplicate = errors.New("duplicate id")
	// ErrUnknownAccount: an account the ledger has never seen.
	ErrUnknownAccount = errors.New("unknown account")
	// ErrConservation: the books do not balance. Only a bug produces it.
	ErrConservation = errors.New("money not conserved")
)

// InsufficientFundsError is the evidence of a refused debit.
type InsufficientFundsError struct {
	Account string
	Need    Amount
	Have    Amount
}

func (e *InsufficientFundsError) Error() string {
	return fmt.Sprintf("account %q holds %d, needs %d", e.Account, e.Have, e.Need)
}

func (e *InsufficientFundsError) Unwrap() error { return ErrInsufficientFunds }

// Lock is money moved out of an account's free balance and held until it is
// released to its owner or slashed to others.
type Lock struct {
	ID     LockID `json:"id"`
	Owner  string `json:"owner"`
	Kind   string `json:"kind"`
	Amount Amount `json:"amount"`
	Closed bool   `json:"closed"`
}

// Payment is a share of a slashed lock or the jackpot paid to an account.
type Payment struct {
	To     string `json:"to"`
	Amount Amount `json:"amount"`
}

// JournalEntry is one line of the ledger's journal.
type JournalEntry struct {
	Seq    int    `json:"seq"`
	Op     string `json:"op"`
	From   string `json:"from,omitempty"`
	To     string `json:"to,omitempty"`
	Amount Amount `json:"amount"`
	Lock   LockID `json:"lock,omitempty"`
	Memo   string `json:"memo,omitempty"`
}

// Ledger holds every account's free balance, the locked stakes, bonds and
// escrows, and the jackpot pool. Money enters only through Mint; every other
// operation moves it, so Free + Locked + Jackpot equals Supply after each
// operation (Audit checks it). An operation that fails changes nothing.
// A Ledger is safe for concurrent use.
type Ledger struct {
	mu      sync.Mutex
	free    map[string]Amount
	locks   map[LockID]*Lock
	jackpot Amount
	supply  Amount
	journal []JournalEntry
}

// NewLedger returns an empty ledger.
func NewLedger() *Ledger {
	return &Ledger{free: map[string]Amount{}, locks: map[LockID]*Lock{}}
}

// Mint creates amount in account: the genesis allocation, and the only
// operation that changes the supply.
func (l *Ledger) Mint(account string, amount Amount) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := accountName(account); err != nil {
		return err
	}
	if err := positive(amount); err != nil {
		return err
	}
	if amount > math.MaxInt64-l.supply {
		return fmt.Errorf("%w: minting %d would overflow the supply of %d", ErrInvalidAmount, amount, l.supply)
	}
	l.free[account] += amount
	l.supply += amount
	l.record(JournalEntry{Op: "mint", To: account, Amount: amount})
	return nil
}

// Open registers an account with a zero balance, so that it can be paid.
func (l *Ledger) Open(account string) error {
	if err := accountName(account); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.free[account]; !ok {
		l.free[account] = 0
	}
	return nil
}

// Transfer moves amount between free balances.
func (l *Ledger) Transfer(from, to string, amount Amount, memo string) error {
	if err := accountName(to); err != nil {
		return err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.debit(from, amount); err != nil {
		return err
	}
	l.free[to] += amount
	l.record(JournalEntry{Op: "transfer", From: from, To: to, Amount: amount, Memo: memo})
	return nil
}

// Lock moves amount out of owner's free balance into a lock of the given kind.
func (l *Ledger) Lock(id LockID, owner, kind string, amount Amount) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.locks[id]; ok {
		return fmt.Errorf("%w: lock %q", ErrDuplicate, id)
	}
	if err := l.debit(owner, amount); err != nil {
		return fmt.Errorf("lock %s %q: %w", kind, id, err)
	}
	l.locks[id] = &Lock{ID: id, Owner: owner, Kind: kind, Amount: amount}
	l.record(JournalEntry{Op: "lock", From: owner, Amount: amount, Lock: id, Memo: kind})
	return nil
}

// Release returns a lock to its owner.
func (l *Ledger) Release(id LockID) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	lk, err := l.open(id)
	if err != nil {
		return err
	}
	lk.Closed = true
	l.free[lk.Owner] += lk.Amount
	l.record(JournalEntry{Op: "release", To: lk.Owner, Amount: lk.Amount, Lock: id})
	return nil
}

// Slash closes a lock against its owner: each payment goes to its account
// and whatever the payments leave goes to the jackpot pool. Payments must not
// exceed the lock.
func (l *Ledger) Slash(id LockID, memo string, payments ...Payment) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	lk, err := l.open(id)
	if err != nil {
		return err
	}
	var total Amount
	for _, p := range payments {
		if p.Amount < 0 {
			return fmt.Errorf("%w: payment of %d to %q", ErrInvalidAmount, p.Amount, p.To)
		}
		total += p.Amount
	}
	if total > lk.Amount {
		return &InsufficientFundsError{Account: string(id), Need: total, Have: lk.Amount}
	}
	lk.Closed = true
	for _, p := range payments {
		if p.Amount == 0 {
			continue
		}
		l.free[p.To] += p.Amount
		l.record(JournalEntry{Op: "slash", From: lk.Owner, To: p.To, Amount: p.Amount, Lock: id, Memo: memo})
	}
	if rest := lk.Amount - total; rest > 0 {
		l.jackpot += rest
		l.record(JournalEntry{Op: "slash", From: lk.Owner, To: Jackpot, Amount: rest, Lock: id, Memo: memo})
	}
	return nil
}

// PayFromLock pays part of an escrow lock to an account and keeps the rest
// locked; it is how an escrowed reward is split between recipients.
func (l *Ledger) PayFromLock(id LockID, to string, amount Amount, memo string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	lk, err := l.open(id)
	if err != nil {
		return err
	}
	if err := positiveOrZero(amount); err != nil {
		return err
	}
	if amount > lk.Amount {
		return &InsufficientFundsError{Account: string(id), Need: amount, Have: lk.Amount}
	}
	lk.Amount -= amount
	if to == Jackpot {
		l.jackpot += amount
	} else {
		l.free[to] += amount
	}
	l.record(JournalEntry{Op: "pay", From: lk.Owner, To: to, Amount: amount, Lock: id, Memo: memo})
	return nil
}

// FundJackpot moves amount from an account's free balance into the pool.
func (l *Ledger) FundJackpot(from string, amount Amount, memo string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.debit(from, amount); err != nil {
		return err
	}
	l.jackpot += amount
	l.record(JournalEntry{Op: "fund-jackpot", From: from, To: Jackpot, Amount: amount, Memo: memo})
	return nil
}

// PayJackpot pays up to amount from the pool to an account and returns what
// was paid: the pool never goes negative, so a winner of an empty pool gets
// what is there.
func (l *Ledger) PayJackpot(to string, amount Amount, memo string) (Amount, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := positiveOrZero(amount); err != nil {
		return 0, err
	}
	paid := min(amount, l.jackpot)
	l.jackpot -= paid
	l.free[to] += paid
	l.record(JournalEntry{Op: "pay-jackpot", From: Jackpot, To: to, Amount: paid, Memo: memo})
	return paid, nil
}

// Balance is an account's free balance.
func (l *Ledger) Balance(account string) Amount {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.free[account]
}

// Locked is the total an account holds in open locks.
func (l *Ledger) Locked(account string) Amount {
	l.mu.Lock()
	defer l.mu.Unlock()
	var n Amount
	for _, lk := range l.locks {
		if !lk.Closed && lk.Owner == account {
			n += lk.Amount
		}
	}
	return n
}

// LockInfo returns a copy of a lock.
func (l *Ledger) LockInfo(id LockID) (Lock, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	lk, ok := l.locks[id]
	if !ok {
		return Lock{}, fmt.Errorf("%w: %q", ErrUnknownLock, id)
	}
	return *lk, nil
}

// JackpotPool is the money in the jackpot pool.
func (l *Ledger) JackpotPool() Amount {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.jackpot
}

// Supply is the money minted.
func (l *Ledger) Supply() Amount {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.supply
}

// Accounts lists every account the ledger has seen, sorted.
func (l *Ledger) Accounts() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make([]string, 0, len(l.free))
	for a := range l.free {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// Holdings is an account's free balance plus its open locks: what it owns.
func (l *Ledger) Holdings(account string) Amount {
	return l.Balance(account) + l.Locked(account)
}

// Journal returns a copy of every entry so far.
func (l *Ledger) Journal() []JournalEntry {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]JournalEntry(nil), l.journal...)
}

// ConservationError is the evidence of unbalanced books.
type ConservationError struct {
	Supply, Free, Locked, Jackpot Amount
	// Negative names an account or lock below zero, if any.
	Negative string
}

func (e *ConservationError) Error() string {
	if e.Negative != "" {
		return fmt.Sprintf("%q is negative", e.Negative)
	}
	return fmt.Sprintf("supply %d ≠ free %d + locked %d + jackpot %d", e.Supply, e.Free, e.Locked, e.Jackpot)
}

func (e *ConservationError) Unwrap() error { return ErrConservation }

// Audit checks the invariant: no balance, lock or pool is negative, and
// free + locked + jackpot = supply.
func (l *Ledger) Audit() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	e := &ConservationError{Supply: l.supply, Jackpot: l.jackpot}
	for a, v := range l.free {
		if v < 0 && e.Negative == "" {
			e.Negative = a
		}
		e.Free += v
	}
	for id, lk := range l.locks {
		if lk.Amount < 0 && e.Negative == "" {
			e.Negative = string(id)
		}
		if !lk.Closed {
			e.Locked += lk.Amount
		}
	}
	if l.jackpot < 0 && e.Negative == "" {
		e.Negative = Jackpot
	}
	if e.Negative != "" || e.Free+e.Locked+e.Jackpot != e.Supply {
		return e
	}
	return nil
}

func (l *Ledger) debit(account string, amount Amount) error {
	if err := positive(amount); err != nil {
		return err
	}
	have, ok := l.free[account]
	if !ok {
		return fmt.Errorf("%w: %q", ErrUnknownAccount, account)
	}
	if have < amount {
		return &InsufficientFundsError{Account: account, Need: amount, Have: have}
	}
	l.free[account] = have - amount
	return nil
}

func (l *Ledger) open(id LockID) (*Lock, error) {
	lk, ok := l.locks[id]
	if !ok {
		return nil, fmt.Errorf("%w: %q", ErrUnknownLock, id)
	}
	if lk.Closed {
		return nil, fmt.Errorf("%w: %q", ErrLockClosed, id)
	}
	return lk, nil
}

func (l *Ledger) record(e JournalEntry) {
	e.Seq = len(l.journal)
	l.journal = append(l.journal, e)
}

// accountName refuses names an account cannot have: the empty name, and
// the jackpot's, which journal entries use for the pool.
func accountName(name string) error {
	if name == "" || name == Jackpot {
		return fmt.Errorf("%w: %q cannot name an account", ErrUnknownAccount, name)
	}
	return nil
}

func positive(a Amount) error {
	if a <= 0 {
		return fmt.Errorf("%w: %d (must be positive)", ErrInvalidAmount, a)
	}
	return nil
}

func positiveOrZero(a Amount) error {
	if a < 0 {
		return fmt.Errorf("%w: %d (must not be negative)", ErrInvalidAmount, a)
	}
	return nil
}

// LockRequest is one lock of LockAll.
type LockRequest struct {
	ID     LockID
	Owner  string
	Kind   string
	Amount Amount
}

// LockAll opens several locks at once, all or none: if any owner cannot
// cover its lock (counting its earlier locks in the same call), nothing is
// locked. A zero amount opens an empty lock.
func (l *Ledger) LockAll(reqs ...LockRequest) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	need := map[string]Amount{}
	seen := map[LockID]bool{}
	for _, r := range reqs {
		if _, ok := l.locks[r.ID]; ok || seen[r.ID] {
			return fmt.Errorf("%w: lock %q", ErrDuplicate, r.ID)
		}
		seen[r.ID] = true
		if err := positiveOrZero(r.Amount); err != nil {
			return err
		}
		need[r.Owner] += r.Amount
		have, ok := l.free[r.Owner]
		if !ok && need[r.Owner] > 0 {
			return fmt.Errorf("lock %s %q: %w: %q", r.Kind, r.ID, ErrUnknownAccount, r.Owner)
		}
		if need[r.Owner] > have {
			return fmt.Errorf("lock %s %q: %w", r.Kind, r.ID, &InsufficientFundsError{Account: r.Owner, Need: need[r.Owner], Have: have})
		}
	}
	for _, r := range reqs {
		l.free[r.Owner] -= r.Amount
		l.locks[r.ID] = &Lock{ID: r.ID, Owner: r.Owner, Kind: r.Kind, Amount: r.Amount}
		l.record(JournalEntry{Op: "lock", From: r.Owner, Amount: r.Amount, Lock: r.ID, Memo: r.Kind})
	}
	return nil
}
