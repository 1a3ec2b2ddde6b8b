package chain

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/settlement"
)

// MarketTerms are settlement terms as ProofMarket's constructor takes them,
// with the chain-only deadlines: phaseWithin for each phase of a task before
// its verdict, window for the challenge window of a verified task. Amounts
// are in wei.
func MarketTerms(t settlement.Terms, phaseWithin, window time.Duration) bindings.ProofMarketTerms {
	w := func(a settlement.Amount) *big.Int { return big.NewInt(int64(a)) }
	return bindings.ProofMarketTerms{
		Reward: w(t.Reward), VerifierFee: w(t.VerifierFee), JackpotTax: w(t.JackpotTax),
		SolverStake: w(t.SolverStake), VerifierStake: w(t.VerifierStake), Bond: w(t.Bond),
		JackpotPrize: w(t.JackpotPrize), WinnerShare: big.NewInt(int64(t.WinnerShare)),
		AnswerWithin: uint64(t.AnswerWithin / time.Second), PhaseWithin: uint64(phaseWithin / time.Second),
		ChallengeWindow: uint64(window / time.Second),
	}
}

// DeployMarket deploys ProofMarket from account i with arbiter as the
// account that decides disputes no game plays and settles forced errors,
// and game as the DisputeGame whose results decide the disputes it plays
// (the zero address: none).
func (s *Sim) DeployMarket(i int, terms bindings.ProofMarketTerms, arbiter, game common.Address) (common.Address, *bindings.ProofMarket, error) {
	addr, tx, m, err := bindings.DeployProofMarket(s.Opts(i, nil), s.Contracts, terms, arbiter, game)
	if _, err := s.Send("ProofMarket.deploy", tx, err); err != nil {
		return common.Address{}, nil, err
	}
	return addr, m, nil
}

// MarketABI is ProofMarket's ABI, for RevertError.
func MarketABI() *abi.ABI { return mustABI(bindings.ProofMarketMetaData.GetAbi()) }

func mustABI(a *abi.ABI, err error) *abi.ABI {
	if err != nil {
		panic(fmt.Sprintf("chain: a generated ABI does not parse: %v", err))
	}
	return a
}

var (
	tBytes32, _ = abi.NewType("bytes32", "", nil)
	tUint256, _ = abi.NewType("uint256", "", nil)
	tAddress, _ = abi.NewType("address", "", nil)
	tBool, _    = abi.NewType("bool", "", nil)
)

// SeedCommitment is keccak256(abi.encode(seed, salt)), what postTask binds.
func SeedCommitment(seed, salt [32]byte) [32]byte {
	b, err := abi.Arguments{{Type: tBytes32}, {Type: tBytes32}}.Pack(seed, salt)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(b)
}

// PassedBitmap is a verdict's passed segments as revealVerdict takes them:
// bit s for segment s. Segments outside 0–255 cannot be declared.
func PassedBitmap(segments []int) (*big.Int, error) {
	m := new(big.Int)
	for _, s := range segments {
		if s < 0 || s > 255 {
			return nil, fmt.Errorf("chain: segment %d does not fit the 256-bit passed bitmap", s)
		}
		m.SetBit(m, s, 1)
	}
	return m, nil
}

// VerdictCommitment is keccak256(abi.encode(task, verifier, accepted,
// passed, salt)), what commitVerdict binds and revealVerdict opens.
func VerdictCommitment(task *big.Int, verifier common.Address, accepted bool, passed *big.Int, salt [32]byte) [32]byte {
	b, err := abi.Arguments{{Type: tUint256}, {Type: tAddress}, {Type: tBool}, {Type: tUint256}, {Type: tBytes32}}.Pack(task, verifier, accepted, passed, salt)
	if err != nil {
		panic(err)
	}
	return crypto.Keccak256Hash(b)
}

// SeededTask is task with the seed ProofMarket's revealSeed published: the
// chain checked it against its own commitment (keccak256 of seed and salt,
// SeedCommitment), and this checks it against the task's, the SHA-256 its
// seed_commitment field holds and its hash covers (prooflearn.CommitSeed).
// A seed that opens the chain's commitment but not the task's is refused:
// training on it would prove another task. The task is copied, not changed.
func SeededTask(task *prooflearn.Task, seed [32]byte) (*prooflearn.Task, error) {
	if got := prooflearn.CommitSeed(seed[:]); got != task.SeedCommitment {
		return nil, fmt.Errorf("%w: the seed revealed on-chain hashes to %s, the task commits to %s", prooflearn.ErrCommitment, got, task.SeedCommitment)
	}
	c := *task
	c.Seed = hex.EncodeToString(seed[:])
	if _, err := c.RevealedSeed(); err != nil {
		return nil, err
	}
	return &c, nil
}
