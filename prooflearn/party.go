package prooflearn

// Party is a side of a dispute. The game (arbitration) names its two
// players with it and settlement its payouts, so it lives here, beneath
// both.
type Party string

// The two sides of every dispute: the solver defends its proof; the
// challenger (a verifier that rejected it, or a whistleblower) attacks it.
const (
	PartySolver     Party = "solver"
	PartyChallenger Party = "challenger"
)

// Other returns the opposing side.
func (p Party) Other() Party {
	if p == PartySolver {
		return PartyChallenger
	}
	return PartySolver
}

// Valid reports whether p is one of the two sides.
func (p Party) Valid() bool { return p == PartySolver || p == PartyChallenger }
