package chain

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/settlement"
)

const (
	arbiterAcct = iota
	submitterAcct
	solverAcct
	verifierAcct
	whistleAcct
	otherAcct
	nAccts
)

var (
	ether       = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	phaseWithin = 2 * time.Hour
	window      = 24 * time.Hour
	// marketGameClock is each side's chess clock in the market's games.
	marketGameClock = uint64(3 * 3600)
)

// market is a deployed ProofMarket with the default terms and the
// addresses it has seen, for the invariant check.
type market struct {
	t     testing.TB
	sim   *Sim
	addr  common.Address
	m     *bindings.ProofMarket
	terms settlement.Terms
	// The DisputeGame whose results decide the disputes it plays, and its
	// ruling verifier (a RulingByArbiter whose arbiter is the arbiter account).
	gameAddr common.Address
	game     *bindings.DisputeGame
	ruling   *bindings.RulingByArbiter
	// taskHash, shape and stateRoot are what openTask posts and commits:
	// the tiny games' task (tinyTaskHash, tinyShape, tinyStates) unless a
	// test sets its own.
	taskHash  [32]byte
	shape     bindings.ProofMarketShape
	stateRoot [32]byte
}

func newMarket(t testing.TB) *market {
	t.Helper()
	sim, err := NewSim(nAccts, new(big.Int).Mul(big.NewInt(1000), ether))
	require.NoError(t, err)
	t.Cleanup(func() { _ = sim.Close() })
	terms := settlement.DefaultTerms()
	gaddr, game, ruling, err := sim.DeployGame(arbiterAcct, arbiterAcct, big.NewInt(1), marketGameClock)
	require.NoError(t, err)
	addr, m, err := sim.DeployMarket(arbiterAcct, MarketTerms(terms, phaseWithin, window), sim.Addrs[arbiterAcct], gaddr)
	require.NoError(t, err)
	return &market{t: t, sim: sim, addr: addr, m: m, terms: terms, gameAddr: gaddr, game: game, ruling: ruling,
		taskHash: tinyTaskHash, shape: tinyShape, stateRoot: prooflearn.MerkleRoot(tinyStates)}
}

func wei(a settlement.Amount) *big.Int { return big.NewInt(int64(a)) }

func (k *market) send(name string) func(*types.Transaction, error) *types.Receipt {
	return func(tx *types.Transaction, err error) *types.Receipt {
		k.t.Helper()
		r, err := k.sim.Send(name, tx, err)
		require.NoError(k.t, err, "revert %s", RevertError(err, MarketABI()))
		k.checkOwed()
		return r
	}
}

// reverts asserts that a call is refused with the named custom error.
func (k *market) reverts(want string) func(*types.Transaction, error) {
	return func(tx *types.Transaction, err error) {
		k.t.Helper()
		_, err = k.sim.Send("refused", tx, err)
		require.Error(k.t, err)
		require.Equal(k.t, want, RevertError(err, MarketABI()), "%v", err)
		k.checkOwed()
	}
}

// checkOwed is the invariant: the contract holds exactly what it owes, and
// its totals are the sums of its accounts.
func (k *market) checkOwed() {
	k.t.Helper()
	bal, err := k.sim.Balance(k.addr)
	require.NoError(k.t, err)
	owed, err := k.m.Owed(k.sim.Call())
	require.NoError(k.t, err)
	require.Zero(k.t, bal.Cmp(owed), "contract holds %v, owes %v", bal, owed)
	free, locked := new(big.Int), new(big.Int)
	for _, a := range k.sim.Addrs {
		f, err := k.m.FreeOf(k.sim.Call(), a)
		require.NoError(k.t, err)
		l, err := k.m.LockedOf(k.sim.Call(), a)
		require.NoError(k.t, err)
		free.Add(free, f)
		locked.Add(locked, l)
	}
	tf, err := k.m.TotalFree(k.sim.Call())
	require.NoError(k.t, err)
	tl, err := k.m.TotalLocked(k.sim.Call())
	require.NoError(k.t, err)
	require.Zero(k.t, free.Cmp(tf), "free balances sum to %v, total says %v", free, tf)
	require.Zero(k.t, locked.Cmp(tl), "locks sum to %v, total says %v", locked, tl)
}

func (k *market) free(i int) int64 {
	k.t.Helper()
	v, err := k.m.FreeOf(k.sim.Call(), k.sim.Addrs[i])
	require.NoError(k.t, err)
	return v.Int64()
}

func (k *market) locked(i int) int64 {
	k.t.Helper()
	v, err := k.m.LockedOf(k.sim.Call(), k.sim.Addrs[i])
	require.NoError(k.t, err)
	return v.Int64()
}

func (k *market) jackpot() int64 {
	k.t.Helper()
	v, err := k.m.Jackpot(k.sim.Call())
	require.NoError(k.t, err)
	return v.Int64()
}

// verdict is what a verifier commits to.
type verdict struct {
	accepted bool
	passed   *big.Int
	salt     [32]byte
}

// openTask runs a task up to the verifier's committed verdict: post, claim,
// seed, root, commit. Each party pays its lock with the call.
func (k *market) openTask(sub, sol, ver int, v verdict) *big.Int {
	k.t.Helper()
	return k.openTaskPaying(sub, sol, ver, v, true)
}

// openTaskPaying is openTask; without pay, the locks come out of the
// parties' free balances.
func (k *market) openTaskPaying(sub, sol, ver int, v verdict, pay bool) *big.Int {
	k.t.Helper()
	value := func(a settlement.Amount) *big.Int {
		if !pay {
			return nil
		}
		return wei(a)
	}
	seed, salt := [32]byte{1, 2, 3}, [32]byte{9}
	id := k.nextTask()
	escrow := value(k.terms.Reward + k.terms.VerifierFee + k.terms.JackpotTax)
	k.send("postTask")(k.m.PostTask(k.sim.Opts(sub, escrow), k.taskHash, [32]byte{0xbb}, SeedCommitment(seed, salt), k.shape))
	k.send("claimTask")(k.m.ClaimTask(k.sim.Opts(sol, value(k.terms.SolverStake)), id))
	k.send("revealSeed")(k.m.RevealSeed(k.sim.Opts(sub, nil), id, seed, salt))
	k.send("commitRoot")(k.m.CommitRoot(k.sim.Opts(sol, nil), id, [32]byte{0xcc}, k.stateRoot))
	// The challenge is the hash of the block after the root's, readable
	// from the block after that.
	k.sim.Backend.Commit()
	k.sim.Backend.Commit()
	c := VerdictCommitment(id, k.sim.Addrs[ver], v.accepted, v.passed, v.salt)
	k.send("commitVerdict")(k.m.CommitVerdict(k.sim.Opts(ver, value(k.terms.VerifierStake)), id, c))
	return id
}

func (k *market) nextTask() *big.Int {
	k.t.Helper()
	n, err := k.m.TaskCount(k.sim.Call())
	require.NoError(k.t, err)
	return n.Add(n, big.NewInt(1))
}

func (k *market) nextDispute() *big.Int {
	k.t.Helper()
	n, err := k.m.DisputeCount(k.sim.Call())
	require.NoError(k.t, err)
	return n.Add(n, big.NewInt(1))
}

func accept(segments ...int) verdict {
	p, _ := PassedBitmap(segments)
	return verdict{accepted: true, passed: p, salt: [32]byte{7}}
}

func TestHonestFlow(t *testing.T) {
	k := newMarket(t)
	v := accept(0, 3)
	id := k.openTask(submitterAcct, solverAcct, verifierAcct, v)
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, v.accepted, v.passed, v.salt))
	// Not before the challenge window closes.
	k.reverts("DeadlineNotPassed")(k.m.Finalize(k.sim.Opts(otherAcct, nil), id))
	require.NoError(t, k.sim.Advance(window+time.Second))
	k.send("finalize")(k.m.Finalize(k.sim.Opts(otherAcct, nil), id))
	tm := k.terms
	require.EqualValues(t, tm.Reward+tm.SolverStake, k.free(solverAcct))
	require.EqualValues(t, tm.VerifierFee+tm.VerifierStake, k.free(verifierAcct))
	require.EqualValues(t, 0, k.free(submitterAcct))
	require.EqualValues(t, tm.JackpotTax, k.jackpot())
	for _, a := range []int{submitterAcct, solverAcct, verifierAcct} {
		require.Zero(t, k.locked(a))
	}
	// Pull payment: the solver withdraws exactly its balance, once.
	before, err := k.sim.Balance(k.sim.Addrs[solverAcct])
	require.NoError(t, err)
	r := k.send("withdraw")(k.m.Withdraw(k.sim.Opts(solverAcct, nil)))
	after, err := k.sim.Balance(k.sim.Addrs[solverAcct])
	require.NoError(t, err)
	fee := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	require.Zero(t, new(big.Int).Sub(after, before).Cmp(new(big.Int).Sub(wei(tm.Reward+tm.SolverStake), fee)))
	k.reverts("NothingToWithdraw")(k.m.Withdraw(k.sim.Opts(solverAcct, nil)))
	k.reverts("WrongPhase")(k.m.Finalize(k.sim.Opts(otherAcct, nil), id))
	t.Log("gas of one honest task\n" + k.sim.Gas.Table())
}

// TestCheatSlashed: a whistleblower wins against an accepted task on a
// segment the verifier declared passed: solver and verifier are slashed.
func TestCheatSlashed(t *testing.T) {
	k := newMarket(t)
	v := accept(2, 5)
	id := k.openTask(submitterAcct, solverAcct, verifierAcct, v)
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, v.accepted, v.passed, v.salt))
	did := k.nextDispute()
	k.send("openDispute")(k.m.OpenDispute(k.sim.Opts(whistleAcct, wei(k.terms.Bond)), id))
	k.reverts("DisputeOpen")(k.m.OpenDispute(k.sim.Opts(otherAcct, wei(k.terms.Bond)), id))
	k.send("answer")(k.m.Answer(k.sim.Opts(solverAcct, nil), did))
	k.send("answer")(k.m.Answer(k.sim.Opts(whistleAcct, nil), did))
	// Only the arbiter rules.
	k.reverts("NotAllowed")(k.m.Decide(k.sim.Opts(whistleAcct, nil), did, true, true, big.NewInt(5)))
	k.send("decide")(k.m.Decide(k.sim.Opts(arbiterAcct, nil), did, true, true, big.NewInt(5)))
	tm := k.terms
	half := func(a settlement.Amount) int64 { return int64(a) * int64(tm.WinnerShare) / 100 }
	require.EqualValues(t, int64(tm.Bond)+half(tm.SolverStake)+half(tm.VerifierStake), k.free(whistleAcct))
	require.EqualValues(t, tm.Reward+tm.VerifierFee, k.free(submitterAcct))
	require.Zero(t, k.free(solverAcct))
	require.Zero(t, k.free(verifierAcct))
	require.EqualValues(t, int64(tm.JackpotTax)+int64(tm.SolverStake)-half(tm.SolverStake)+int64(tm.VerifierStake)-half(tm.VerifierStake), k.jackpot())
	k.reverts("AlreadySettled")(k.m.Decide(k.sim.Opts(arbiterAcct, nil), did, false, false, big.NewInt(0)))
	k.reverts("WrongPhase")(k.m.Finalize(k.sim.Opts(otherAcct, nil), id))
}

// TestTimeouts: a dispute's clock, the verifier's reveal deadline and a
// task abandoned before its seed.
func TestTimeouts(t *testing.T) {
	k := newMarket(t)
	tm := k.terms
	// A rejection's dispute where the solver never answers: the verifier wins.
	rej := verdict{accepted: false, passed: new(big.Int), salt: [32]byte{3}}
	id := k.openTask(submitterAcct, solverAcct, verifierAcct, rej)
	did := k.nextDispute()
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, rej.accepted, rej.passed, rej.salt))
	k.reverts("DeadlineNotPassed")(k.m.ClaimTimeout(k.sim.Opts(otherAcct, nil), did))
	require.NoError(t, k.sim.Advance(tm.AnswerWithin+time.Second))
	k.reverts("DeadlinePassed")(k.m.Answer(k.sim.Opts(solverAcct, nil), did))
	k.send("claimTimeout")(k.m.ClaimTimeout(k.sim.Opts(otherAcct, nil), did))
	half := int64(tm.SolverStake) * int64(tm.WinnerShare) / 100
	require.EqualValues(t, int64(tm.VerifierStake+tm.VerifierFee)+half, k.free(verifierAcct))
	require.EqualValues(t, tm.Reward, k.free(submitterAcct))

	// A verifier that commits and never reveals loses its stake to the pool;
	// the task waits for another verifier.
	v := accept(1)
	id = k.openTask(submitterAcct, solverAcct, otherAcct, v)
	k.reverts("DeadlineNotPassed")(k.m.ClaimRevealTimeout(k.sim.Opts(whistleAcct, nil), id))
	require.NoError(t, k.sim.Advance(phaseWithin+time.Second))
	k.reverts("DeadlinePassed")(k.m.RevealVerdict(k.sim.Opts(otherAcct, nil), id, v.accepted, v.passed, v.salt))
	pool := k.jackpot()
	k.send("claimRevealTimeout")(k.m.ClaimRevealTimeout(k.sim.Opts(whistleAcct, nil), id))
	require.EqualValues(t, pool+int64(tm.VerifierStake), k.jackpot())
	require.Zero(t, k.locked(otherAcct))
	task, err := k.m.GetTask(k.sim.Call(), id)
	require.NoError(t, err)
	require.EqualValues(t, 4, task.Phase) // Rooted again
	require.NoError(t, k.sim.Advance(phaseWithin+time.Second))
	// Nobody verified it in time: every lock goes home.
	solverFree := k.free(solverAcct)
	k.send("abandon")(k.m.Abandon(k.sim.Opts(whistleAcct, nil), id))
	require.EqualValues(t, solverFree+int64(tm.SolverStake), k.free(solverAcct))
	require.Zero(t, k.locked(submitterAcct))
	require.Zero(t, k.locked(solverAcct))
}

// TestAdversarial: moves that must be refused.
func TestAdversarial(t *testing.T) {
	k := newMarket(t)
	tm := k.terms
	seed, salt := [32]byte{5}, [32]byte{6}
	id := k.nextTask()
	escrow := wei(tm.Reward + tm.VerifierFee + tm.JackpotTax)
	// Underpaying the escrow is an arithmetic underflow of the free balance.
	k.reverts("Panic(0x11)")(k.m.PostTask(k.sim.Opts(submitterAcct, big.NewInt(1)), [32]byte{1}, [32]byte{2}, SeedCommitment(seed, salt), tinyShape))
	// A task without steps or checkpoint interval has no segments to dispute.
	k.reverts("BadShape")(k.m.PostTask(k.sim.Opts(submitterAcct, escrow), [32]byte{1}, [32]byte{2}, SeedCommitment(seed, salt), bindings.ProofMarketShape{Steps: 8}))
	k.reverts("BadShape")(k.m.PostTask(k.sim.Opts(submitterAcct, escrow), [32]byte{1}, [32]byte{2}, SeedCommitment(seed, salt), bindings.ProofMarketShape{Interval: 1}))
	k.send("postTask")(k.m.PostTask(k.sim.Opts(submitterAcct, escrow), [32]byte{1}, [32]byte{2}, SeedCommitment(seed, salt), tinyShape))
	k.reverts("WrongPhase")(k.m.RevealSeed(k.sim.Opts(submitterAcct, nil), id, seed, salt))
	k.send("claimTask")(k.m.ClaimTask(k.sim.Opts(solverAcct, wei(tm.SolverStake)), id))
	k.reverts("WrongPhase")(k.m.ClaimTask(k.sim.Opts(otherAcct, wei(tm.SolverStake)), id))
	// A seed that does not match its commitment, and a seed from the wrong party.
	k.reverts("BadReveal")(k.m.RevealSeed(k.sim.Opts(submitterAcct, nil), id, [32]byte{4}, salt))
	k.reverts("NotAllowed")(k.m.RevealSeed(k.sim.Opts(solverAcct, nil), id, seed, salt))
	k.send("revealSeed")(k.m.RevealSeed(k.sim.Opts(submitterAcct, nil), id, seed, salt))
	k.reverts("NotAllowed")(k.m.CommitRoot(k.sim.Opts(otherAcct, nil), id, [32]byte{3}, [32]byte{4}))
	k.send("commitRoot")(k.m.CommitRoot(k.sim.Opts(solverAcct, nil), id, [32]byte{3}, [32]byte{4}))
	// The challenge is not known in the root's own block's successor yet.
	c := VerdictCommitment(id, k.sim.Addrs[verifierAcct], true, big.NewInt(1), [32]byte{8})
	k.reverts("ChallengeNotReady")(k.m.CommitVerdict(k.sim.Opts(verifierAcct, wei(tm.VerifierStake)), id, c))
	k.sim.Backend.Commit()
	k.reverts("ChallengeNotReady")(k.m.CommitVerdict(k.sim.Opts(verifierAcct, wei(tm.VerifierStake)), id, c))
	k.sim.Backend.Commit()
	k.reverts("NotAllowed")(k.m.CommitVerdict(k.sim.Opts(solverAcct, wei(tm.VerifierStake)), id, c))
	k.send("commitVerdict")(k.m.CommitVerdict(k.sim.Opts(verifierAcct, wei(tm.VerifierStake)), id, c))
	// A verdict that does not match the commitment: another verdict, other
	// segments, another salt, another sender.
	k.reverts("BadReveal")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, false, big.NewInt(1), [32]byte{8}))
	k.reverts("BadReveal")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, true, big.NewInt(3), [32]byte{8}))
	k.reverts("BadReveal")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, true, big.NewInt(1), [32]byte{9}))
	k.reverts("NotAllowed")(k.m.RevealVerdict(k.sim.Opts(otherAcct, nil), id, true, big.NewInt(1), [32]byte{8}))
	k.send("revealVerdict")(k.m.RevealVerdict(k.sim.Opts(verifierAcct, nil), id, true, big.NewInt(1), [32]byte{8}))
	// A dispute without its bond; moves by the wrong party.
	k.reverts("Panic(0x11)")(k.m.OpenDispute(k.sim.Opts(whistleAcct, big.NewInt(1)), id))
	did := k.nextDispute()
	k.send("openDispute")(k.m.OpenDispute(k.sim.Opts(whistleAcct, wei(tm.Bond)), id))
	k.reverts("NotAllowed")(k.m.Answer(k.sim.Opts(whistleAcct, nil), did)) // the solver is on move
	k.reverts("NotAllowed")(k.m.Answer(k.sim.Opts(otherAcct, nil), did))
	k.send("answer")(k.m.Answer(k.sim.Opts(solverAcct, nil), did))
	k.reverts("NotAllowed")(k.m.Answer(k.sim.Opts(solverAcct, nil), did))
	k.reverts("NotAllowed")(k.m.Answer(k.sim.Opts(arbiterAcct, nil), big.NewInt(99))) // no such dispute
	k.reverts("DisputeOpen")(k.m.Finalize(k.sim.Opts(otherAcct, nil), id))
	// The challenger does not answer: after the deadline it cannot, and loses.
	require.NoError(t, k.sim.Advance(tm.AnswerWithin+time.Second))
	k.reverts("DeadlinePassed")(k.m.Answer(k.sim.Opts(whistleAcct, nil), did))
	k.send("claimTimeout")(k.m.ClaimTimeout(k.sim.Opts(otherAcct, nil), did))
	k.reverts("AlreadySettled")(k.m.ClaimTimeout(k.sim.Opts(otherAcct, nil), did))
	require.EqualValues(t, int64(tm.Bond)*int64(tm.WinnerShare)/100, k.free(solverAcct))
	// Withdrawing twice pays once.
	k.send("withdraw")(k.m.Withdraw(k.sim.Opts(solverAcct, nil)))
	k.reverts("NothingToWithdraw")(k.m.Withdraw(k.sim.Opts(solverAcct, nil)))
	// Forced errors: only the arbiter settles, once.
	fid := [32]byte{0xf0}
	k.send("openForcedError")(k.m.OpenForcedError(k.sim.Opts(otherAcct, wei(tm.VerifierStake)), fid))
	k.reverts("Duplicate")(k.m.OpenForcedError(k.sim.Opts(otherAcct, wei(tm.VerifierStake)), fid))
	k.reverts("NotAllowed")(k.m.SettleForcedError(k.sim.Opts(otherAcct, nil), fid, true))
	k.send("settleForcedError")(k.m.SettleForcedError(k.sim.Opts(arbiterAcct, nil), fid, true))
	k.reverts("AlreadySettled")(k.m.SettleForcedError(k.sim.Opts(arbiterAcct, nil), fid, true))
}

// TestOverflowTerms: terms whose sums or slash products overflow 256 bits
// are refused at deployment, as are terms settlement.Terms.Validate refuses.
func TestOverflowTerms(t *testing.T) {
	sim, err := NewSim(1, new(big.Int).Mul(big.NewInt(10), ether))
	require.NoError(t, err)
	defer sim.Close()
	huge := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	good := MarketTerms(settlement.DefaultTerms(), phaseWithin, window)
	for name, edit := range map[string]func(*bindings.ProofMarketTerms){
		"escrow sum":    func(x *bindings.ProofMarketTerms) { x.Reward = huge },
		"slash product": func(x *bindings.ProofMarketTerms) { x.SolverStake = new(big.Int).Rsh(huge, 2) },
		"share > 100":   func(x *bindings.ProofMarketTerms) { x.WinnerShare = big.NewInt(101) },
		"no stake":      func(x *bindings.ProofMarketTerms) { x.VerifierStake = new(big.Int) },
		"no deadline":   func(x *bindings.ProofMarketTerms) { x.AnswerWithin = 0 },
	} {
		bad := good
		edit(&bad)
		_, _, err := sim.DeployMarket(0, bad, sim.Addrs[0], common.Address{})
		require.Error(t, err, name)
		want := "InvalidTerms"
		if name == "escrow sum" || name == "slash product" {
			want = "Panic(0x11)"
		}
		require.Equal(t, want, RevertError(err, MarketABI()), "%s: %v", name, err)
	}
	_, _, err = sim.DeployMarket(0, good, sim.Addrs[0], common.Address{})
	require.NoError(t, err)
}

// TestDifferential applies one random sequence of moves, valid and invalid,
// to the Go settlement model and to the contract, and requires after every
// move that both accepted or both refused it and that every account's free
// balance, its locks and the pool agree.
func TestDifferential(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) { differential(t, seed, 160) })
	}
}

func differential(t *testing.T, seed uint64, moves int) {
	k := newMarket(t)
	rng := rand.New(rand.NewPCG(seed, 99))
	ledger := settlement.NewLedger()
	model, err := settlement.New(ledger, k.terms)
	require.NoError(t, err)
	name := func(i int) string { return k.sim.Addrs[i].Hex() }
	for i := range nAccts {
		require.NoError(t, ledger.Open(name(i)))
	}
	blockTime := func(r *types.Receipt) time.Time {
		h, err := k.sim.Client.HeaderByNumber(t.Context(), r.BlockNumber)
		require.NoError(t, err)
		return time.Unix(int64(h.Time), 0)
	}
	headTime := func() time.Time {
		now, err := k.sim.Now()
		require.NoError(t, err)
		return time.Unix(int64(now), 0)
	}
	// both requires the model and the contract to agree on a move's success.
	both := func(what string, goErr error) func(*types.Transaction, error) {
		return func(tx *types.Transaction, txErr error) {
			t.Helper()
			_, err := k.sim.Send(what, tx, txErr)
			if goErr == nil {
				require.NoError(t, err, "%s: the model accepted it", what)
			} else {
				require.Error(t, err, "%s: the model refused it (%v)", what, goErr)
			}
		}
	}
	type taskRec struct {
		id            *big.Int
		sub, sol, ver int
		v             verdict
	}
	type disputeRec struct {
		id          *big.Int
		task        int
		challenger  int
		goID        settlement.DisputeID
		challengerM bool     // challenger on move
		game        *big.Int // the DisputeGame playing it, once opened
	}
	var tasks []*taskRec
	var disputes []*disputeRec
	var forced []string
	parties := []int{submitterAcct, solverAcct, verifierAcct, whistleAcct, otherAcct}
	pick := func() int { return parties[rng.IntN(len(parties))] }
	// topUp deposits what account a lacks of need.
	topUp := func(a int, need settlement.Amount) {
		if lack := need - ledger.Balance(name(a)); lack > 0 {
			require.NoError(t, ledger.Mint(name(a), lack))
			both("deposit", nil)(k.m.Deposit(k.sim.Opts(a, wei(lack))))
		}
	}
	// reveal records task i's verdict in both.
	reveal := func(i int) {
		tr := tasks[i]
		task, err := k.m.GetTask(k.sim.Call(), tr.id)
		require.NoError(t, err)
		if task.Phase == 5 && uint64(headTime().Unix())+2 > task.Deadline {
			return // the reveal deadline passed: a chain rule the model has no clock for
		}
		did := k.nextDispute()
		segs := []int{}
		for s := 0; s < 4; s++ {
			if tr.v.passed.Bit(s) == 1 {
				segs = append(segs, s)
			}
		}
		tx, txErr := k.m.RevealVerdict(k.sim.Opts(tr.ver, nil), tr.id, tr.v.accepted, tr.v.passed, tr.v.salt)
		r, err := k.sim.Send("revealVerdict", tx, txErr)
		if err != nil {
			_, goErr := model.RecordVerdict(fmt.Sprint(i), tr.v.accepted, segs, headTime())
			require.Error(t, goErr, "the contract refused the verdict: %v", err)
			return
		}
		goID, goErr := model.RecordVerdict(fmt.Sprint(i), tr.v.accepted, segs, blockTime(r))
		require.NoError(t, goErr)
		if !tr.v.accepted {
			disputes = append(disputes, &disputeRec{id: did, task: i, challenger: tr.ver, goID: goID})
		}
	}
	for step := 0; step < moves; step++ {
		// inGame: a move the market refuses once a game plays the dispute,
		// where the model, which has no games, would take it.
		inGame := func(d *disputeRec, what string, tx *types.Transaction, txErr error) bool {
			if d.game == nil {
				return false
			}
			_, err := k.sim.Send(what, tx, txErr)
			require.Error(t, err, "%s of a dispute a game plays", what)
			return true
		}
		switch op := rng.IntN(13); {
		case op == 0 || step < 10: // deposit
			a, amt := pick(), settlement.Amount(500+rng.IntN(1000))
			require.NoError(t, ledger.Mint(name(a), amt))
			both("deposit", nil)(k.m.Deposit(k.sim.Opts(a, wei(amt))))
		case op == 1 || op == 10: // open a task, when all three can pay
			p := rng.Perm(len(parties))
			sub, sol, ver := parties[p[0]], parties[p[1]], parties[p[2]]
			tm := k.terms
			if rng.IntN(5) > 0 { // usually deposit what the parties lack first
				topUp(sub, tm.Reward+tm.VerifierFee+tm.JackpotTax)
				topUp(sol, tm.SolverStake)
				topUp(ver, tm.VerifierStake)
			}
			if ledger.Balance(name(sub)) < tm.Reward+tm.VerifierFee+tm.JackpotTax || ledger.Balance(name(sol)) < tm.SolverStake || ledger.Balance(name(ver)) < tm.VerifierStake {
				continue
			}
			v := accept(rng.IntN(4), rng.IntN(4))
			v.accepted = rng.IntN(3) > 0
			gid := fmt.Sprint(len(tasks))
			require.NoError(t, model.OpenTask(gid, name(sub), name(sol), name(ver)))
			tasks = append(tasks, &taskRec{id: k.openTaskPaying(sub, sol, ver, v, false), sub: sub, sol: sol, ver: ver, v: v})
			if rng.IntN(4) > 0 {
				reveal(len(tasks) - 1)
			}
		case op == 2 && len(tasks) > 0: // the verdict
			reveal(rng.IntN(len(tasks)))
		case op == 3 && len(tasks) > 0: // a whistleblower's dispute, inside the challenge window
			i := rng.IntN(len(tasks))
			tr := tasks[i]
			task, err := k.m.GetTask(k.sim.Call(), tr.id)
			require.NoError(t, err)
			if task.Phase == 6 && uint64(headTime().Unix())+2 > task.Deadline {
				continue // the challenge window closed: a chain rule the model has no clock for
			}
			c := pick()
			topUp(c, k.terms.Bond)
			if ledger.Balance(name(c)) < k.terms.Bond {
				continue
			}
			did := k.nextDispute()
			gid := settlement.DisputeID(fmt.Sprintf("d%d", did))
			tx, txErr := k.m.OpenDispute(k.sim.Opts(c, nil), tr.id)
			r, err := k.sim.Send("openDispute", tx, txErr)
			var goErr error
			if err == nil {
				goErr = model.OpenDispute(gid, fmt.Sprint(i), name(c), blockTime(r))
				require.NoError(t, goErr)
				disputes = append(disputes, &disputeRec{id: did, task: i, challenger: c, goID: gid})
			} else {
				require.Error(t, model.OpenDispute(gid, fmt.Sprint(i), name(c), headTime()), "the contract refused: %v", err)
			}
		case op == 4 && len(disputes) > 0: // a move, by the right or the wrong party
			d := disputes[rng.IntN(len(disputes))]
			tr := tasks[d.task]
			party, who := prooflearn.PartySolver, tr.sol
			if rng.IntN(2) == 0 {
				party, who = prooflearn.PartyChallenger, d.challenger
			}
			if who == tr.sol && who == d.challenger {
				continue // one account on both sides: the model tells them apart, the chain cannot
			}
			tx, txErr := k.m.Answer(k.sim.Opts(who, nil), d.id)
			if inGame(d, "answer", tx, txErr) {
				continue
			}
			r, err := k.sim.Send("answer", tx, txErr)
			if err == nil {
				require.NoError(t, model.Answer(d.goID, party, blockTime(r)))
			} else {
				require.Error(t, model.Answer(d.goID, party, headTime()), "the contract refused: %v", err)
			}
		case op == 5 && len(disputes) > 0: // a timeout, sometimes after the deadline
			d := disputes[rng.IntN(len(disputes))]
			if rng.IntN(2) == 0 {
				require.NoError(t, k.sim.Advance(k.terms.AnswerWithin+time.Second))
			}
			tx, txErr := k.m.ClaimTimeout(k.sim.Opts(otherAcct, nil), d.id)
			if inGame(d, "claimTimeout", tx, txErr) {
				continue
			}
			r, err := k.sim.Send("claimTimeout", tx, txErr)
			if err == nil {
				_, goErr := model.ClaimTimeout(d.goID, blockTime(r))
				require.NoError(t, goErr)
			} else {
				_, goErr := model.ClaimTimeout(d.goID, headTime().Add(-time.Second))
				require.Error(t, goErr, "the contract refused: %v", err)
			}
		case op == 6 && len(disputes) > 0: // the arbiter's ruling
			d := disputes[rng.IntN(len(disputes))]
			o := settlement.Outcome{Winner: prooflearn.PartySolver, VerifierAtFault: rng.IntN(2) == 0, Segment: rng.IntN(5)}
			if rng.IntN(2) == 0 {
				o.Winner = prooflearn.PartyChallenger
			}
			tx, txErr := k.m.Decide(k.sim.Opts(arbiterAcct, nil), d.id, o.Winner == prooflearn.PartyChallenger, o.VerifierAtFault, big.NewInt(int64(o.Segment)))
			if inGame(d, "decide", tx, txErr) {
				continue
			}
			_, goErr := model.Decide(d.goID, o)
			both("decide", goErr)(tx, txErr)
		case op >= 11 && len(disputes) > 0: // the challenger has the dispute played in the game; anyone settles from its result
			d := disputes[rng.IntN(len(disputes))]
			if rng.IntN(4) > 0 { // usually one no ruling or game has touched yet
				for _, c := range disputes {
					if gd, err := model.Dispute(c.goID); err == nil && !gd.Settled && c.game == nil {
						d = c
					}
				}
			}
			tr := tasks[d.task]
			if d.game != nil || tr.sol == d.challenger {
				continue // one game per dispute; a game needs two sides
			}
			seg := rng.IntN(5)
			gid := new(big.Int).Add(must(k.game.GameCount(k.sim.Call())), big.NewInt(1))
			sp, cp := tinyPaths(t, seg)
			tx, txErr := k.m.OpenGame(k.sim.Opts(d.challenger, nil), d.id, big.NewInt(int64(seg)), tinySpec(seg), sp, cp)
			_, err := k.sim.Send("openGame", tx, txErr)
			gd, goErr := model.Dispute(d.goID)
			require.NoError(t, goErr)
			if err != nil {
				rec, cerr := k.m.Disputes(k.sim.Call(), d.id)
				require.NoError(t, cerr)
				// Refused only when settled, or past the dispute's deadline (a chain rule the model has no clock for).
				require.True(t, gd.Settled || uint64(headTime().Unix())+2 > rec.Deadline, "openGame refused: %v", RevertError(err, MarketABI()))
				continue
			}
			require.False(t, gd.Settled, "the market opened a game for a settled dispute")
			d.game = gid
			if rng.IntN(3) == 0 {
				tx, txErr := k.m.SettleByGame(k.sim.Opts(pick(), nil), d.id, gid)
				_, err := k.sim.Send("settleByGame", tx, txErr)
				require.Equal(t, "GameNotOver", RevertError(err, MarketABI()))
			}
			end := tinyEnd(rng.IntN(4))
			winner, timedOut := k.playTiny(gid, seg, tr.sol, d.challenger, end)
			o := settlement.Outcome{Winner: prooflearn.PartySolver, Segment: seg}
			if winner == SideChallenger {
				o.Winner, o.VerifierAtFault = prooflearn.PartyChallenger, !timedOut
			}
			_, goErr = model.Decide(d.goID, o)
			require.NoError(t, goErr)
			both("settleByGame", goErr)(k.m.SettleByGame(k.sim.Opts(pick(), nil), d.id, gid))
			both("settleByGame twice", fmt.Errorf("settled"))(k.m.SettleByGame(k.sim.Opts(pick(), nil), d.id, gid))
		case op == 7 && len(tasks) > 0: // finalize, once the window closed
			i := rng.IntN(len(tasks))
			task, err := k.m.GetTask(k.sim.Call(), tasks[i].id)
			require.NoError(t, err)
			if task.Phase == 6 && uint64(headTime().Unix()) <= task.Deadline {
				require.NoError(t, k.sim.Advance(window+time.Second))
			}
			both("finalize", model.FinalizeTask(fmt.Sprint(i)))(k.m.Finalize(k.sim.Opts(otherAcct, nil), tasks[i].id))
		case op == 8: // forced errors
			if len(forced) > 0 && rng.IntN(2) == 0 {
				fid := forced[rng.IntN(len(forced))]
				rep := rng.IntN(2) == 0
				_, goErr := model.SettleForcedError(fid, rep)
				both("settleForcedError", goErr)(k.m.SettleForcedError(k.sim.Opts(arbiterAcct, nil), forcedID(fid), rep))
				continue
			}
			v := pick()
			if ledger.Balance(name(v)) < k.terms.VerifierStake {
				continue
			}
			fid := fmt.Sprintf("f%d", len(forced))
			forced = append(forced, fid)
			both("openForcedError", model.OpenForcedError(fid, name(v)))(k.m.OpenForcedError(k.sim.Opts(v, nil), forcedID(fid)))
		case op == 9: // withdraw: the model moves the balance out of the market
			a := pick()
			bal := ledger.Balance(name(a))
			var goErr error
			if bal > 0 {
				require.NoError(t, ledger.Open("out:"+name(a)))
				goErr = ledger.Transfer(name(a), "out:"+name(a), bal, "withdraw")
			} else {
				goErr = fmt.Errorf("nothing to withdraw")
			}
			both("withdraw", goErr)(k.m.Withdraw(k.sim.Opts(a, nil)))
		}
		for i := range nAccts {
			require.EqualValues(t, ledger.Balance(name(i)), k.free(i), "step %d: free balance of account %d", step, i)
			require.EqualValues(t, ledger.Locked(name(i)), k.locked(i), "step %d: locks of account %d", step, i)
		}
		require.EqualValues(t, ledger.JackpotPool(), k.jackpot(), "step %d: jackpot", step)
		require.NoError(t, ledger.Audit())
		k.checkOwed()
	}
	// The sequence must have reached the payouts, not only the deposits.
	for _, call := range []string{"commitVerdict", "revealVerdict", "openDispute", "finalize"} {
		require.NotEmpty(t, k.sim.Gas.calls[call], "no successful %s in %d moves", call, moves)
	}
	require.NotEmpty(t, append(k.sim.Gas.calls["decide"], k.sim.Gas.calls["claimTimeout"]...), "no dispute ruled in %d moves", moves)
	require.NotEmpty(t, k.sim.Gas.calls["settleByGame"], "no dispute settled by its game in %d moves", moves)
	t.Log("gas per call (seed", seed, ")\n"+k.sim.Gas.Table())
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func forcedID(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}
