package settlement_test

import (
	"fmt"
	"time"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/settlement"
)

// A verifier accepts a proof; a whistleblower challenges it and wins the
// game on a segment the verifier declared passed: the solver and the
// verifier are slashed, the whistleblower is paid, and the books balance.
func ExampleSettlement() {
	ledger := settlement.NewLedger()
	for _, a := range []string{"submitter", "solver", "verifier", "whistleblower"} {
		_ = ledger.Mint(a, 1000)
	}
	s, _ := settlement.New(ledger, settlement.DefaultTerms())
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

	_ = s.OpenTask("t1", "submitter", "solver", "verifier")
	_, _ = s.RecordVerdict("t1", true, []int{3, 17}, now) // accepted; segments 3 and 17 declared passed
	_ = s.OpenDispute("d1", "t1", "whistleblower", now)
	_ = s.Answer("d1", prooflearn.PartySolver, now.Add(time.Minute))
	ruling, _ := s.Decide("d1", settlement.Outcome{Winner: prooflearn.PartyChallenger, VerifierAtFault: true, Segment: 17})

	fmt.Println("winner:", ruling.Winner)
	for _, a := range []string{"submitter", "solver", "verifier", "whistleblower"} {
		fmt.Printf("%-13s %d\n", a, ledger.Holdings(a))
	}
	fmt.Println("jackpot:", ledger.JackpotPool(), "audit:", ledger.Audit())
	// Output:
	// winner: challenger
	// submitter     995
	// solver        800
	// verifier      900
	// whistleblower 1150
	// jackpot: 155 audit: <nil>
}

// A dispute whose solver stops answering is decided for the challenger,
// the party that answered.
func ExampleSettlement_ClaimTimeout() {
	ledger := settlement.NewLedger()
	for _, a := range []string{"submitter", "solver", "verifier", "whistleblower"} {
		_ = ledger.Mint(a, 1000)
	}
	s, _ := settlement.New(ledger, settlement.DefaultTerms())
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	_ = s.OpenTask("t1", "submitter", "solver", "verifier")
	_, _ = s.RecordVerdict("t1", true, nil, now)
	_ = s.OpenDispute("d1", "t1", "whistleblower", now)

	_, err := s.ClaimTimeout("d1", now.Add(30*time.Minute))
	fmt.Println(err)
	ruling, _ := s.ClaimTimeout("d1", now.Add(2*time.Hour))
	fmt.Println("winner:", ruling.Winner, "by timeout:", ruling.ByTimeout)
	// Output:
	// deadline not passed: solver has until 2026-01-01 01:00:00 +0000 UTC
	// winner: challenger by timeout: true
}
