// Package settlement is the protocol's money: a Ledger of free balances,
// locks (stakes, bonds, escrowed payments) and the jackpot pool, and the
// payout rules (Settlement) that open a task's stakes and escrow, run each
// dispute's move clock and pay out its outcome — the game's
// (arbitration.Result.Outcome), a timeout's, or a recomputed check's
// (SlashRecomputed) — and forced errors. Amounts are integers, every payout
// is a ledger operation, and Ledger.Audit checks that money is conserved:
// Σ free + Σ open locks + jackpot = supply, nothing negative.
//
// The package knows nothing of training or of the game beyond the two
// sides of a dispute (prooflearn.Party); the Go ledger is the model an
// on-chain implementation is tested against. See docs/settlement.md.
package settlement
