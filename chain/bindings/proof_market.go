// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ProofMarketShape is an auto generated low-level Go binding around an user-defined struct.
type ProofMarketShape struct {
	Interval  uint32
	Steps     uint64
	GraphHash [32]byte
}

// ProofMarketTask is an auto generated low-level Go binding around an user-defined struct.
type ProofMarketTask struct {
	Submitter       common.Address
	Solver          common.Address
	Verifier        common.Address
	Phase           uint8
	Accepted        bool
	VerifierSlashed bool
	Deadline        uint64
	RootBlock       uint64
	TaskHash        [32]byte
	DatasetRoot     [32]byte
	SeedCommit      [32]byte
	Seed            [32]byte
	ProofRoot       [32]byte
	StateRoot       [32]byte
	Challenge       [32]byte
	VerdictCommit   [32]byte
	Passed          *big.Int
	Escrow          *big.Int
	SolverStake     *big.Int
	VerifierStake   *big.Int
	Dispute         *big.Int
	Shape           ProofMarketShape
}

// ProofMarketTerms is an auto generated low-level Go binding around an user-defined struct.
type ProofMarketTerms struct {
	Reward          *big.Int
	VerifierFee     *big.Int
	JackpotTax      *big.Int
	SolverStake     *big.Int
	VerifierStake   *big.Int
	Bond            *big.Int
	JackpotPrize    *big.Int
	WinnerShare     *big.Int
	AnswerWithin    uint64
	PhaseWithin     uint64
	ChallengeWindow uint64
}

// ProofMarketMetaData contains all meta data concerning the ProofMarket contract.
var ProofMarketMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotTax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotPrize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winnerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"phaseWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"internalType\":\"structProofMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"arbiter_\",\"type\":\"address\"},{\"internalType\":\"contractIMarketGame\",\"name\":\"game_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Duplicate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameInProgress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotOfDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotOfMarket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SegmentOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverClaimNotCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StartNotCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongGraph\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumProofMarket.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongStepRange\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerMoved\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byVerifier\",\"type\":\"bool\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ForcedErrorOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"prize\",\"type\":\"uint256\"}],\"name\":\"ForcedErrorSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rootBlock\",\"type\":\"uint64\"}],\"name\":\"RootCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"verifierAtFault\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byTimeout\",\"type\":\"bool\"}],\"name\":\"Ruled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"SeedRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"TaskAbandoned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"TaskPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"taskHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seedCommit\",\"type\":\"bytes32\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"challenge\",\"type\":\"bytes32\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"passed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"}],\"name\":\"VerdictRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"abandon\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arbiter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"challengeOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimRevealTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"name\":\"claimTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"commitRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"verifierAtFault\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"name\":\"decide\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"byVerifier\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"challengerOnMove\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"forcedErrors\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"freeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIMarketGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"enumProofMarket.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"verifierSlashed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"rootBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seedCommit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challenge\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"verdictCommit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"passed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"graphHash\",\"type\":\"bytes32\"}],\"internalType\":\"structProofMarket.Shape\",\"name\":\"shape\",\"type\":\"tuple\"}],\"internalType\":\"structProofMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"lockedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSlashProduct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fid\",\"type\":\"bytes32\"}],\"name\":\"openForcedError\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"fromStep\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"solverClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32[]\",\"name\":\"writers\",\"type\":\"uint32[]\"}],\"internalType\":\"structIMarketGame.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"startPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimPath\",\"type\":\"bytes32[]\"}],\"name\":\"openGame\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seedCommit\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"graphHash\",\"type\":\"bytes32\"}],\"internalType\":\"structProofMarket.Shape\",\"name\":\"shape\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"passed\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gid\",\"type\":\"uint256\"}],\"name\":\"settleByGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fid\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"}],\"name\":\"settleForcedError\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"prize\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"terms\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotTax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotPrize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winnerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"phaseWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b506040516138cf3803806138cf83398101604081905261002f9161023f565b6060830151158061004257506080830151155b8061004f575060a0830151155b8061005e575060648360e00151115b8061007557506101008301516001600160401b0316155b8061008c57506101208301516001600160401b0316155b8061009e57506001600160a01b038216155b156100bc57604051630256965f60e01b815260040160405180910390fd5b6040830151602084015184516100d29190610328565b6100dc9190610328565b60c052608083015160608401515f91106100fa578360800151610100565b83606001515b9050808460a001511115610115575060a08301515b60e08401516101249082610341565b60e090815284515f5560208501516001556040850151600255606085015160035560808086015160045560a08087015160055560c08701516006559186015160075561010086015160088054610120890151610140909901516001600160401b03908116600160801b02600160801b600160c01b03199a821668010000000000000000026001600160801b031990931691909416171797909716179095556001600160a01b0393841690945250169052610358565b60405161016081016001600160401b038111828210171561020857634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610224575f5ffd5b919050565b80516001600160a01b0381168114610224575f5ffd5b5f5f5f8385036101a0811215610253575f5ffd5b610160811215610261575f5ffd5b5061026a6101d9565b845181526020808601519082015260408086015190820152606080860151908201526080808601519082015260a0808601519082015260c0808601519082015260e080860151908201526102c1610100860161020e565b6101008201526102d4610120860161020e565b6101208201526102e7610140860161020e565b61014082015292506102fc6101608501610229565b915061030b6101808501610229565b90509250925092565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561033b5761033b610314565b92915050565b808202811582820484141761033b5761033b610314565b60805160a05160c05160e0516135136103bc5f395f61063801525f81816103b00152611af101525f818161068001528181610bfc01528181610c4801528181610d8f0152610e9901525f818161080d0152818161140a0152611e0f01526135135ff3fe608060405260043610610207575f3560e01c806385241aca11610113578063c3fe3e281161009d578063d13256891161006d578063d1325689146106e9578063d502562514610708578063e0d217f2146107be578063e548c342146107dd578063fe25e00a146107fc575f5ffd5b8063c3fe3e281461066f578063c87d6779146106ba578063c970471e146106ce578063d0e30db0146106e1575f5ffd5b806398a68a31116100e357806398a68a3114610579578063a28889e1146105e7578063a5f1e282146105fc578063b02b1ef514610627578063b6cb58a51461065a575f5ffd5b806385241aca1461051557806386560f3c1461053457806386e773f1146105475780638dd3349514610566575f5ffd5b806333e25bb91161019457806347a7846f1161016457806347a7846f1461039f578063541487c5146103d2578063564a565d146103f157806356891412146104eb5780636b31ee0114610500575f5ffd5b806333e25bb91461032e5780633ccfd60b146103595780633f430a3f1461036d578063400ca6a214610380575f5ffd5b80631d5d10fa116101da5780631d5d10fa146102895780631d65e77e146102bb57806327d00fb0146102e75780632a4ccee5146102fa578063333e44e614610319575f5ffd5b806302ca28061461020b57806305261aea1461022c57806306f702951461024b57806311cede881461026a575b5f5ffd5b348015610216575f5ffd5b5061022a610225366004612c70565b61082f565b005b348015610237575f5ffd5b5061022a610246366004612c70565b61090d565b348015610256575f5ffd5b5061022a610265366004612c70565b610a48565b348015610275575f5ffd5b5061022a610284366004612c87565b610bee565b348015610294575f5ffd5b506102a86102a3366004612cee565b610d8c565b6040519081526020015b60405180910390f35b3480156102c6575f5ffd5b506102da6102d5366004612c70565b610f6c565b6040516102b29190612dcf565b6102a86102f5366004612c70565b61110f565b348015610305575f5ffd5b506102a8610314366004612c70565b611182565b348015610324575f5ffd5b506102a8600c5481565b348015610339575f5ffd5b506102a8610348366004612f79565b60096020525f908152604090205481565b348015610364575f5ffd5b5061022a611273565b61022a61037b366004612c70565b61136a565b34801561038b575f5ffd5b506102a861039a366004612fa1565b6113fe565b3480156103aa575f5ffd5b506102a87f000000000000000000000000000000000000000000000000000000000000000081565b3480156103dd575f5ffd5b5061022a6103ec366004612fcf565b611590565b3480156103fc575f5ffd5b5061048461040b366004612c70565b60116020525f908152604090208054600182015460028301546003840154600485015460059095015493946001600160a01b03841694600160a01b850460ff90811695600160a81b8104821695600160b01b820490921694600160b81b9091046001600160401b03169363ffffffff909216929091908a565b604080519a8b526001600160a01b0390991660208b015296151597890197909752931515606088015291151560808701526001600160401b031660a086015263ffffffff1660c085015260e0840152610100830191909152610120820152610140016102b2565b3480156104f6575f5ffd5b506102a8600d5481565b34801561050b575f5ffd5b506102a8600b5481565b348015610520575f5ffd5b506102a861052f366004612ff8565b611651565b61022a610542366004612c87565b6117fe565b348015610552575f5ffd5b5061022a610561366004612c70565b6118da565b61022a610574366004612c70565b61193c565b348015610584575f5ffd5b506105c0610593366004612c70565b60126020525f90815260409020805460018201546002909201546001600160a01b03909116919060ff1683565b604080516001600160a01b03909416845260208401929092521515908201526060016102b2565b3480156105f2575f5ffd5b506102a8600f5481565b348015610607575f5ffd5b506102a8610616366004612f79565b600a6020525f908152604090205481565b348015610632575f5ffd5b506102a87f000000000000000000000000000000000000000000000000000000000000000081565b348015610665575f5ffd5b506102a8600e5481565b34801561067a575f5ffd5b506106a27f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b2565b3480156106c5575f5ffd5b506102a86119b8565b6102a86106dc366004613032565b6119db565b61022a611bd8565b3480156106f4575f5ffd5b5061022a610703366004612fcf565b611be4565b348015610713575f5ffd5b505f5460015460025460035460045460055460065460075460085461075c9897969594939291906001600160401b0380821691600160401b8104821691600160801b909104168b565b604080519b8c5260208c019a909a52988a01979097526060890195909552608088019390935260a087019190915260c086015260e08501526001600160401b0390811661010085015290811661012084015216610140820152610160016102b2565b3480156107c9575f5ffd5b5061022a6107d8366004612c70565b611cae565b3480156107e8575f5ffd5b5061022a6107f7366004613077565b611e04565b348015610807575f5ffd5b506106a27f000000000000000000000000000000000000000000000000000000000000000081565b5f61083b826005611e6e565b6002810154909150600160b81b90046001600160401b03164211610872576040516302eb354360e41b815260040160405180910390fd5b6002810154600f8201546001600160a01b03909116906108928282611f34565b80600b5f8282546108a391906130d0565b90915550505f600f84018190556002840180546001600160a01b0319169055600b8401556108d2836004611f7c565b6040516001600160a01b0383169085907f0b568801acc62a6c3081c224c13f23c7d8e1369c8372dd99d66d1fef45e7b1b6905f90a350505050565b5f61091782611ff0565b6002810154909150600160b81b90046001600160401b0316421161094e576040516302eb354360e41b815260040160405180910390fd5b60028101805460ff60a01b1916600760a01b17905560018101545f546109819183916001600160a01b0390911690612075565b6001810154600e82015461099e916001600160a01b0316906120b1565b5f600e8201556002810154600160b01b900460ff166109fa5760028101546001546109d69183916001600160a01b0390911690612075565b6002810154600f8201546109f3916001600160a01b0316906120b1565b5f600f8201555b8054600d820154610a14916001600160a01b0316906120b1565b5f600d820181905560405183917f357f3eae572babfa078658d7f9f741ecb1332b43f73f4fac3a67846cfd8355d491a25050565b5f610a52826120c5565b80545f908152601060205260408120600183015492935091600160a81b900460ff16610a8b5760018201546001600160a01b0316610a9a565b60018301546001600160a01b03165b9050336001600160a01b03821614610ac557604051631eb49d6d60e11b815260040160405180910390fd5b6001830154600160b81b90046001600160401b0316421115610afa5760405163387b2e5560e11b815260040160405180910390fd5b60018301805460ff60a81b198116600160a81b9182900460ff1615909102179055600854610b30906001600160401b03166120f5565b600180850180546001600160401b0393909316600160b81b0267ffffffffffffffff60b81b19909316929092179091556002840180545f90610b7990849063ffffffff166130e3565b82546101009290920a63ffffffff8181021990931691831602179091556001850154600286015460408051600160a81b90930460ff16158352921660208201528692507f341eb90e24e81de22f5dda749a2c4cf6208e12eb16694070b5fc90008a5ca4d091015b60405180910390a250505050565b5f610bf883612100565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610c41576040516349eff1bb60e01b815260040160405180910390fd5b5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635a11492a886040518263ffffffff1660e01b8152600401610c9491815260200190565b60a060405180830381865afa158015610caf573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cd391906130ff565b94509450945094509450306001600160a01b0316856001600160a01b031614610d0f5760405163636340d960e01b815260040160405180910390fd5b8784141580610d22575086866004015414155b15610d405760405163618c0c9160e11b815260040160405180910390fd5b82610d5e576040516304643c3960e01b815260040160405180910390fd5b600160ff831614610d81898883808015610d76575085155b8b600501548761215b565b505050505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610dd4576040516349eff1bb60e01b815260040160405180910390fd5b5f610dde896120c5565b60018101549091506001600160a01b03163314610e0e57604051631eb49d6d60e11b815260040160405180910390fd5b6001810154600160b81b90046001600160401b0316421115610e435760405163387b2e5560e11b815260040160405180910390fd5b80545f908152601060205260409020610e619089898989898961241f565b6005810188905580545f90815260106020526040908190206001908101549083015491516301ca10dd60e61b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811693637284374093610eda939083169291909116908e908d90600401613224565b6020604051808303815f875af1158015610ef6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f1a91906132e3565b915081816004018190555081897f929dea9fc0302618dfff007d1ed25dd80182f05abb2a20eff74ec9c911bd88ee8a604051610f5891815260200190565b60405180910390a350979650505050505050565b610f74612b98565b5f8281526010602090815260409182902082516102c08101845281546001600160a01b0390811682526001830154811693820193909352600282015492831693810193909352906060830190600160a01b900460ff166009811115610fdb57610fdb612d9b565b6009811115610fec57610fec612d9b565b81526002820154600160a81b810460ff9081161515602080850191909152600160b01b83049091161515604080850191909152600160b81b9092046001600160401b03908116606080860191909152600386015482166080860152600486015460a0860152600586015460c0860152600686015460e0860152600786015461010086015260088601546101208601526009860154610140860152600a860154610160860152600b860154610180860152600c8601546101a0860152600d8601546101c0860152600e8601546101e0860152600f860154610200860152601086015461022086015283519081018452601186015463ffffffff8116825264010000000090049091169181019190915260129093015490830152610240015292915050565b5f61111a333461252d565b5f61112483611ff0565b6002810154909150600160b81b90046001600160401b031642111561115c5760405163387b2e5560e11b815260040160405180910390fd5b5f61116b335f60050154612577565b905061117a8483335f85612608565b949350505050565b5f81815260106020526040812060046002820154600160a01b900460ff1660098111156111b1576111b1612d9b565b10156111e95760028101546040516396fe8cdd60e01b81526111e091600160a01b900460ff16906004016132fa565b60405180910390fd5b600a810154156111fd57600a015492915050565b6003810154611216906001600160401b031660016130d0565b4311611235576040516329b6095b60e01b815260040160405180910390fd5b60038101545f90611250906001600160401b031660016130d0565b4090505f81900361126c57611266600143613308565b4061117a565b9392505050565b335f90815260096020526040812054908190036112a357604051630686827b60e51b815260040160405180910390fd5b335f908152600960205260408120819055600c80548392906112c6908490613308565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f811461133f576040519150601f19603f3d011682016040523d82523d5f602084013e611344565b606091505b5050905080611366576040516312171d8360e31b815260040160405180910390fd5b5050565b611374333461252d565b5f81815260126020526040902080546001600160a01b0316156113aa576040516306ca7a9d60e21b815260040160405180910390fd5b80546001600160a01b0319163390811782556004546113c99190612577565b6001820155604051339083907fd489a8b17d42be62a061a0a9101fa4073bd091f01de9766b109d261d09975869905f90a35050565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461144857604051631eb49d6d60e11b815260040160405180910390fd5b5f83815260126020526040902080546001600160a01b031661147d57604051631eb49d6d60e11b815260040160405180910390fd5b600281015460ff16156114a25760405162560ff960e81b815260040160405180910390fd5b60028101805460ff19166001908117909155810180545f909155836114f25781546114d6906001600160a01b031682611f34565b80600b5f8282546114e791906130d0565b9091555061154b9050565b8154611507906001600160a01b0316826120b1565b600b546006541061151a57600b5461151e565b6006545b925082600b5f8282546115319190613308565b9091555050815461154b906001600160a01b03168461252d565b6040805185151581526020810185905286917fa6e60e1dbe7cf99ec5f7669e740d5792222b0cf7aa528a065cffc36747ad090a910160405180910390a2505092915050565b5f61159c846003611e6e565b60018101549091506001600160a01b031633146115cc57604051631eb49d6d60e11b815260040160405180910390fd5b600881018390556009810182905560038101805467ffffffffffffffff1916436001600160401b0316179055611603816004611f7c565b600381015460408051858152602081018590526001600160401b039092169082015284907f306fbb2065ed6b0f9fcabc72ab145122eaec76e7fa20ffc293c2ac46b8b89e6390606001610be0565b5f5f61165e866005611e6e565b60028101549091506001600160a01b0316331461168e57604051631eb49d6d60e11b815260040160405180910390fd5b6002810154600160b81b90046001600160401b03164211156116c35760405163387b2e5560e11b815260040160405180910390fd5b600b8101546040805160208101899052339181019190915286151560608201526080810186905260a0810185905260c001604051602081830303815290604052805190602001201461172857604051638ff14e0d60e01b815260040160405180910390fd5b600281018054600c830186905561ffff60a01b1916600160a81b8715150260ff60a01b191617600360a11b17905560085461177290600160801b90046001600160401b03166120f5565b8160020160176101000a8154816001600160401b0302191690836001600160401b03160217905550846117b0576117ad86823360015f612608565b91505b6040805186151581526020810186905290810183905286907f411f2ce875b850562fa3117047866a4c70fe9a71dbeef9c7fe47e2223313eba59060600160405180910390a250949350505050565b611808333461252d565b5f611814836004611e6e565b60018101549091506001600160a01b0316330361184457604051631eb49d6d60e11b815260040160405180910390fd5b61184d83611182565b600a8201556002810180546001600160a01b03191633908117909155600b820183905560045461187d9190612577565b600f82015561188d816005611f7c565b336001600160a01b0316837f4b6fe217d568d49be7f9998e095f21b520ad4e90d39baeb21acb1bdee520775183600a01546040516118cd91815260200190565b60405180910390a3505050565b5f6118e4826120c5565b6001810154909150600160b81b90046001600160401b0316421161191b576040516302eb354360e41b815260040160405180910390fd5b61136682828360010160159054906101000a900460ff16155f5f600161215b565b611946333461252d565b5f611952826001611e6e565b6001810180546001600160a01b0319163390811790915560035491925061197891612577565b600e820155611988816002611f7c565b604051339083907f1d8996e29d44a50435d568c283ce2580e5706f87b19ff3d34f455c9d2a994620905f90a35050565b5f600b54600d54600c546119cc91906130d0565b6119d691906130d0565b905090565b5f6119e9602083018361331b565b63ffffffff161580611a115750611a066040830160208401613336565b6001600160401b0316155b15611a2f5760405163a9b0b66560e01b815260040160405180910390fd5b611a39333461252d565b600e5f8154611a4790613351565b91829055505f81815260106020526040902080546001600160a01b031916331781556004810187905560058101869055600681018590559091508260118201611a908282613369565b505060028101805460ff60a01b1916600160a01b179055600854611ac390600160401b90046001600160401b03166120f5565b8160020160176101000a8154816001600160401b0302191690836001600160401b03160217905550611b15337f0000000000000000000000000000000000000000000000000000000000000000612577565b600d8201818155600254915f90611b2d908490613308565b9091555050600254335f908152600a602052604081208054909190611b53908490613308565b9091555050600254600d80545f90611b6c908490613308565b9091555050600254600b80545f90611b859084906130d0565b90915550506040805187815260208101879052908101859052339083907f0f4aaf8f73e9a3afbe81ca779361f6ebb6af0072723e980e0d3dc841884c5f829060600160405180910390a350949350505050565b611be2333461252d565b565b5f611bf0846002611e6e565b80549091506001600160a01b03163314611c1d57604051631eb49d6d60e11b815260040160405180910390fd5b600681015460408051602081018690529081018490526060016040516020818303038152906040528051906020012014611c6a57604051638ff14e0d60e01b815260040160405180910390fd5b60078101839055611c7c816003611f7c565b837f8a1c36537d08a9e00e4344b62d903f8e64cbb3a4833468fa225bd5b2f52565e284604051610be091815260200190565b5f818152601060205260408120906002820154600160a01b900460ff166009811115611cdc57611cdc612d9b565b1480611d08575060056002820154600160a01b900460ff166009811115611d0557611d05612d9b565b10155b15611d365760028101546040516396fe8cdd60e01b81526111e091600160a01b900460ff16906004016132fa565b6002810154600160b81b90046001600160401b03164211611d6a576040516302eb354360e41b815260040160405180910390fd5b60028101805460ff60a01b1916600960a01b1790558054600d820154611d99916001600160a01b0316906120b1565b5f600d82015560018101546001600160a01b031615611dd6576001810154600e820154611dcf916001600160a01b0316906120b1565b5f600e8201555b60405182907fec4a3d791b6e8d61ef3dc9ed4edae13ba330a72cd79e85fb59c731cd56fd2580905f90a25050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611e4d57604051631eb49d6d60e11b815260040160405180910390fd5b5f611e57856120c5565b9050611e6785828686865f61215b565b5050505050565b5f828152601060205260409020816009811115611e8d57611e8d612d9b565b6002820154600160a01b900460ff166009811115611ead57611ead612d9b565b14611edb5760028101546040516396fe8cdd60e01b81526111e091600160a01b900460ff16906004016132fa565b6005826009811115611eef57611eef612d9b565b14158015611f1057506002810154600160b81b90046001600160401b031642115b15611f2e5760405163387b2e5560e11b815260040160405180910390fd5b92915050565b6001600160a01b0382165f908152600a602052604081208054839290611f5b908490613308565b9250508190555080600d5f828254611f739190613308565b90915550505050565b60028201805482919060ff60a01b1916600160a01b836009811115611fa357611fa3612d9b565b0217905550600854611fc490600160401b90046001600160401b03166120f5565b8260020160176101000a8154816001600160401b0302191690836001600160401b031602179055505050565b5f81815260106020526040902060066002820154600160a01b900460ff16600981111561201f5761201f612d9b565b1461204d5760028101546040516396fe8cdd60e01b81526111e091600160a01b900460ff16906004016132fa565b6010810154156120705760405163f321c1a360e01b815260040160405180910390fd5b919050565b8083600d015f8282546120889190613308565b909155505082546120a2906001600160a01b031682611f34565b6120ac828261252d565b505050565b6120bb8282611f34565b611366828261252d565b5f6120cf82612100565b905080600401545f1461207057604051633497d0d160e21b815260040160405180910390fd5b5f611f2e82426133c2565b5f818152601160205260408120805490910361212f57604051631eb49d6d60e11b815260040160405180910390fd5b6001810154600160b01b900460ff16156120705760405162560ff960e81b815260040160405180910390fd5b84545f908152601060208190526040822060018801805460ff60b01b1916600160b01b1790559081018290559085156123445760028201805460ff60a01b1916600160a31b179055600180830154600e840154918901546121ca926001600160a01b03928316929091166127d3565b5f600e8301819055825490546121ed9184916001600160a01b0390911690612075565b6001870154600160a01b900460ff161580156122065750845b8015612213575061010084105b801561222957508382600c0154901c6001166001145b6002830154909150600160b01b900460ff166122b3578015612270576002820154600f830154600189015461226b926001600160a01b039081169291166127d3565b6122ac565b600282015460015461228f9184916001600160a01b0390911690612075565b6002820154600f8301546122ac916001600160a01b0316906120b1565b5f600f8301555b8154600d8301546122cd916001600160a01b0316906120b1565b5f600d8301556001870154600160a01b900460ff1661230a5760018701546003880154612303916001600160a01b0316906120b1565b5f60038801555b6002820154600160b01b900460ff16806123215750805b600283018054911515600160b01b0260ff60b01b199092169190911790556123ce565b6001870154600160a01b900460ff16156123a0576002820154600f830154600184015461237e926001600160a01b039081169291166127d3565b5f600f83015560028201805461ffff60a81b191661010160a81b1790556123ce565b6001808801546003890154918401546123c7926001600160a01b03928316929091166127d3565b5f60038801555b604080518715158152821515602082015284151581830152905189917f083f50886e5e881dab868b77275eb1e1d72081ca0ac84246df061141ba07d018919081900360600190a25050505050505050565b5f61244a601189018861243560208a018a613336565b61244560408b0160208c0161331b565b61282a565b6124559060016130d0565b600989015490915061246f888360408a0135898986612902565b61248c576040516301a2471360e01b815260040160405180910390fd5b6124a861249a8960016130d0565b838960600135878786612902565b6124c557604051630da12b2960e41b815260040160405180910390fd5b60128901546124da60c0890160a08a0161331b565b6124e760c08a018a6133e1565b6040516020016124f993929190613426565b6040516020818303038152906040528051906020012014610d81576040516372ebf04b60e01b815260040160405180910390fd5b805f03612538575050565b6001600160a01b0382165f908152600960205260408120805483929061255f9084906130d0565b9250508190555080600c5f828254611f7391906130d0565b6001600160a01b0382165f908152600960205260408120805483919083906125a0908490613308565b9250508190555081600c5f8282546125b89190613308565b90915550506001600160a01b0383165f908152600a6020526040812080548492906125e49084906130d0565b9250508190555081600d5f8282546125fc91906130d0565b90915550919392505050565b5f600f5f815461261790613351565b918290555060408051610140810182528881526001600160a01b0387166020820152851515918101919091525f6060820181905260808201526008549192509060a082019061266e906001600160401b03166120f5565b6001600160401b0390811682525f60208084018290526040808501889052606080860184905260809586018490528784526011835292819020865181559186015160018301805488840151958901519789015160a08a0151909716600160b81b0267ffffffffffffffff60b81b19971515600160b01b0260ff60b01b19991515600160a81b029990991661ffff60a81b19971515600160a01b026001600160a81b03199093166001600160a01b039586161792909217969096161796909617949094169290921790935560c084015160028401805463ffffffff9290921663ffffffff1990921691909117905560e0840151600384015561010084015160048401556101209093015160059092019190915560108701839055905190851690879083907fd1849d57e27a198094f562ec3a9896723f31030d8def4dbcac8fbcc44400e163906127c290881515815260200190565b60405180910390a495945050505050565b6127dd8383611f34565b6007545f906064906127ef908561347d565b6127f99190613494565b9050612805828261252d565b61280f8184613308565b600b5f82825461281f91906130d0565b909155505050505050565b83545f9063ffffffff81169064010000000090046001600160401b031681600161285482846130d0565b61285e9190613308565b6128689190613494565b925082861061288a576040516349b8775160e01b815260040160405180910390fd5b5f612895838861347d565b90505f836128a38385613308565b106128ae57836128b8565b6128b88284613308565b905081876001600160401b03161415806128d85750808663ffffffff1614155b156128f657604051633b6749bf60e01b815260040160405180910390fd5b50505050949350505050565b5f85871061291157505f612960565b5f612927612920600189613308565b891861296a565b905061293488821c61298b565b61293e90826130d0565b841461294d575f915050612960565b8261295b89898989896129ae565b149150505b9695505050505050565b5f5b81156120705760019190911c908061298381613351565b91505061296c565b5f5b8115612070576129a060018316826130d0565b9050600182901c915061298d565b5f8486106129fe5760405162461bcd60e51b815260206004820152601a60248201527f6d65726b6c653a20696e646578206f7574206f662072616e676500000000000060448201526064016111e0565b5f612a14612a0d600188613308565b881861296a565b90505f612a2288831c61298b565b9050612a2e81836130d0565b8414612a7c5760405162461bcd60e51b815260206004820152601960248201527f6d65726b6c653a2077726f6e672070617468206c656e6774680000000000000060448201526064016111e0565b8592505f5b82811015612ae757600189821c1615612abb57612ab6868683818110612aa957612aa96134b3565b9050602002013585612b1d565b612add565b612add84878784818110612ad157612ad16134b3565b90506020020135612b1d565b9350600101612a81565b50815b84811015612b1157612b07868683818110612aa957612aa96134b3565b9350600101612aea565b50505095945050505050565b604051600160f81b602082015260218101839052604181018290525f9060029060610160408051601f1981840301815290829052612b5a916134c7565b602060405180830381855afa158015612b75573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061126c91906132e3565b604080516102c0810182525f8082526020820181905291810182905290606082019081526020015f151581526020015f151581526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001612c6b60405180606001604052805f63ffffffff1681526020015f6001600160401b031681526020015f81525090565b905290565b5f60208284031215612c80575f5ffd5b5035919050565b5f5f60408385031215612c98575f5ffd5b50508035926020909101359150565b5f5f83601f840112612cb7575f5ffd5b5081356001600160401b03811115612ccd575f5ffd5b6020830191508360208260051b8501011115612ce7575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215612d04575f5ffd5b873596506020880135955060408801356001600160401b03811115612d27575f5ffd5b880160e0818b031215612d38575f5ffd5b945060608801356001600160401b03811115612d52575f5ffd5b612d5e8a828b01612ca7565b90955093505060808801356001600160401b03811115612d7c575f5ffd5b612d888a828b01612ca7565b989b979a50959850939692959293505050565b634e487b7160e01b5f52602160045260245ffd5b600a8110612dcb57634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b0316815261030081016020830151612dfb60208401826001600160a01b03169052565b506040830151612e1660408401826001600160a01b03169052565b506060830151612e296060840182612daf565b506080830151612e3d608084018215159052565b5060a0830151612e5160a084018215159052565b5060c0830151612e6c60c08401826001600160401b03169052565b5060e0830151612e8760e08401826001600160401b03169052565b506101008301516101008301526101208301516101208301526101408301516101408301526101608301516101608301526101808301516101808301526101a08301516101a08301526101c08301516101c08301526101e08301516101e08301526102008301516102008301526102208301516102208301526102408301516102408301526102608301516102608301526102808301516102808301526102a0830151612f5b6102a0840182805163ffffffff1682526020808201516001600160401b031690830152604090810151910152565b5092915050565b6001600160a01b0381168114612f76575f5ffd5b50565b5f60208284031215612f89575f5ffd5b813561126c81612f62565b8015158114612f76575f5ffd5b5f5f60408385031215612fb2575f5ffd5b823591506020830135612fc481612f94565b809150509250929050565b5f5f5f60608486031215612fe1575f5ffd5b505081359360208301359350604090920135919050565b5f5f5f5f6080858703121561300b575f5ffd5b84359350602085013561301d81612f94565b93969395505050506040820135916060013590565b5f5f5f5f84860360c0811215613046575f5ffd5b8535945060208601359350604086013592506060605f1982011215613069575f5ffd5b509295919450926060019150565b5f5f5f5f6080858703121561308a575f5ffd5b84359350602085013561309c81612f94565b925060408501356130ac81612f94565b9396929550929360600135925050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611f2e57611f2e6130bc565b63ffffffff8181168382160190811115611f2e57611f2e6130bc565b5f5f5f5f5f60a08688031215613113575f5ffd5b855161311e81612f62565b60208701516040880151919650945061313681612f94565b606087015190935060ff8116811461314c575f5ffd5b608087015190925061315d81612f94565b809150509295509295909350565b6001600160401b0381168114612f76575f5ffd5b63ffffffff81168114612f76575f5ffd5b80356120708161317f565b5f5f8335601e198436030181126131b0575f5ffd5b83016020810192503590506001600160401b038111156131ce575f5ffd5b8060051b3603821315612ce7575f5ffd5b8183526020830192505f815f5b8481101561321a5781356131ff8161317f565b63ffffffff16865260209586019591909101906001016131ec565b5093949350505050565b6001600160a01b0385811682528416602082015260408101839052608060608201525f82356132528161316b565b6001600160401b03166080830152602083013561326e8161317f565b63ffffffff1660a083810191909152604084013560c0840152606084013560e084015260808401356101008401526132a7908401613190565b63ffffffff166101208301526132c060c084018461319b565b60e06101408501526132d7610160850182846131df565b98975050505050505050565b5f602082840312156132f3575f5ffd5b5051919050565b60208101611f2e8284612daf565b81810381811115611f2e57611f2e6130bc565b5f6020828403121561332b575f5ffd5b813561126c8161317f565b5f60208284031215613346575f5ffd5b813561126c8161316b565b5f60018201613362576133626130bc565b5060010190565b81356133748161317f565b815460208401356133848161316b565b6bffffffffffffffff000000008160201b1663ffffffff84166bffffffffffffffffffffffff19841617178455505050604082013560018201555050565b6001600160401b038181168382160190811115611f2e57611f2e6130bc565b5f5f8335601e198436030181126133f6575f5ffd5b8301803591506001600160401b0382111561340f575f5ffd5b6020019150600581901b3603821315612ce7575f5ffd5b63ffffffff8416815260406020820181905281018290525f8360608301825b858110156134725782356134588161317f565b63ffffffff16825260209283019290910190600101613445565b509695505050505050565b8082028115828204841417611f2e57611f2e6130bc565b5f826134ae57634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f92019182525091905056fea2646970667358221220cd731f7ad6061c937d36be6dd64e30e4d9354bbf235be5fdc1724a7df7749b5f64736f6c63430008250033",
}

// ProofMarketABI is the input ABI used to generate the binding from.
// Deprecated: Use ProofMarketMetaData.ABI instead.
var ProofMarketABI = ProofMarketMetaData.ABI

// ProofMarketBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ProofMarketMetaData.Bin instead.
var ProofMarketBin = ProofMarketMetaData.Bin

// DeployProofMarket deploys a new Ethereum contract, binding an instance of ProofMarket to it.
func DeployProofMarket(auth *bind.TransactOpts, backend bind.ContractBackend, t ProofMarketTerms, arbiter_ common.Address, game_ common.Address) (common.Address, *types.Transaction, *ProofMarket, error) {
	parsed, err := ProofMarketMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ProofMarketBin), backend, t, arbiter_, game_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ProofMarket{ProofMarketCaller: ProofMarketCaller{contract: contract}, ProofMarketTransactor: ProofMarketTransactor{contract: contract}, ProofMarketFilterer: ProofMarketFilterer{contract: contract}}, nil
}

// ProofMarket is an auto generated Go binding around an Ethereum contract.
type ProofMarket struct {
	ProofMarketCaller     // Read-only binding to the contract
	ProofMarketTransactor // Write-only binding to the contract
	ProofMarketFilterer   // Log filterer for contract events
}

// ProofMarketCaller is an auto generated read-only Go binding around an Ethereum contract.
type ProofMarketCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProofMarketTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ProofMarketTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProofMarketFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ProofMarketFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ProofMarketSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ProofMarketSession struct {
	Contract     *ProofMarket      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ProofMarketCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ProofMarketCallerSession struct {
	Contract *ProofMarketCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// ProofMarketTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ProofMarketTransactorSession struct {
	Contract     *ProofMarketTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// ProofMarketRaw is an auto generated low-level Go binding around an Ethereum contract.
type ProofMarketRaw struct {
	Contract *ProofMarket // Generic contract binding to access the raw methods on
}

// ProofMarketCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ProofMarketCallerRaw struct {
	Contract *ProofMarketCaller // Generic read-only contract binding to access the raw methods on
}

// ProofMarketTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ProofMarketTransactorRaw struct {
	Contract *ProofMarketTransactor // Generic write-only contract binding to access the raw methods on
}

// NewProofMarket creates a new instance of ProofMarket, bound to a specific deployed contract.
func NewProofMarket(address common.Address, backend bind.ContractBackend) (*ProofMarket, error) {
	contract, err := bindProofMarket(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ProofMarket{ProofMarketCaller: ProofMarketCaller{contract: contract}, ProofMarketTransactor: ProofMarketTransactor{contract: contract}, ProofMarketFilterer: ProofMarketFilterer{contract: contract}}, nil
}

// NewProofMarketCaller creates a new read-only instance of ProofMarket, bound to a specific deployed contract.
func NewProofMarketCaller(address common.Address, caller bind.ContractCaller) (*ProofMarketCaller, error) {
	contract, err := bindProofMarket(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ProofMarketCaller{contract: contract}, nil
}

// NewProofMarketTransactor creates a new write-only instance of ProofMarket, bound to a specific deployed contract.
func NewProofMarketTransactor(address common.Address, transactor bind.ContractTransactor) (*ProofMarketTransactor, error) {
	contract, err := bindProofMarket(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ProofMarketTransactor{contract: contract}, nil
}

// NewProofMarketFilterer creates a new log filterer instance of ProofMarket, bound to a specific deployed contract.
func NewProofMarketFilterer(address common.Address, filterer bind.ContractFilterer) (*ProofMarketFilterer, error) {
	contract, err := bindProofMarket(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ProofMarketFilterer{contract: contract}, nil
}

// bindProofMarket binds a generic wrapper to an already deployed contract.
func bindProofMarket(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ProofMarketMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProofMarket *ProofMarketRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProofMarket.Contract.ProofMarketCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProofMarket *ProofMarketRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProofMarket.Contract.ProofMarketTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProofMarket *ProofMarketRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProofMarket.Contract.ProofMarketTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ProofMarket *ProofMarketCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ProofMarket.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ProofMarket *ProofMarketTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProofMarket.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ProofMarket *ProofMarketTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ProofMarket.Contract.contract.Transact(opts, method, params...)
}

// Arbiter is a free data retrieval call binding the contract method 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (_ProofMarket *ProofMarketCaller) Arbiter(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "arbiter")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Arbiter is a free data retrieval call binding the contract method 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (_ProofMarket *ProofMarketSession) Arbiter() (common.Address, error) {
	return _ProofMarket.Contract.Arbiter(&_ProofMarket.CallOpts)
}

// Arbiter is a free data retrieval call binding the contract method 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (_ProofMarket *ProofMarketCallerSession) Arbiter() (common.Address, error) {
	return _ProofMarket.Contract.Arbiter(&_ProofMarket.CallOpts)
}

// ChallengeOf is a free data retrieval call binding the contract method 0x2a4ccee5.
//
// Solidity: function challengeOf(uint256 id) view returns(bytes32)
func (_ProofMarket *ProofMarketCaller) ChallengeOf(opts *bind.CallOpts, id *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "challengeOf", id)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChallengeOf is a free data retrieval call binding the contract method 0x2a4ccee5.
//
// Solidity: function challengeOf(uint256 id) view returns(bytes32)
func (_ProofMarket *ProofMarketSession) ChallengeOf(id *big.Int) ([32]byte, error) {
	return _ProofMarket.Contract.ChallengeOf(&_ProofMarket.CallOpts, id)
}

// ChallengeOf is a free data retrieval call binding the contract method 0x2a4ccee5.
//
// Solidity: function challengeOf(uint256 id) view returns(bytes32)
func (_ProofMarket *ProofMarketCallerSession) ChallengeOf(id *big.Int) ([32]byte, error) {
	return _ProofMarket.Contract.ChallengeOf(&_ProofMarket.CallOpts, id)
}

// DisputeCount is a free data retrieval call binding the contract method 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) DisputeCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "disputeCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// DisputeCount is a free data retrieval call binding the contract method 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (_ProofMarket *ProofMarketSession) DisputeCount() (*big.Int, error) {
	return _ProofMarket.Contract.DisputeCount(&_ProofMarket.CallOpts)
}

// DisputeCount is a free data retrieval call binding the contract method 0xa28889e1.
//
// Solidity: function disputeCount() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) DisputeCount() (*big.Int, error) {
	return _ProofMarket.Contract.DisputeCount(&_ProofMarket.CallOpts)
}

// Disputes is a free data retrieval call binding the contract method 0x564a565d.
//
// Solidity: function disputes(uint256 ) view returns(uint256 task, address challenger, bool byVerifier, bool challengerOnMove, bool settled, uint64 deadline, uint32 moves, uint256 bond, uint256 game, uint256 segment)
func (_ProofMarket *ProofMarketCaller) Disputes(opts *bind.CallOpts, arg0 *big.Int) (struct {
	Task             *big.Int
	Challenger       common.Address
	ByVerifier       bool
	ChallengerOnMove bool
	Settled          bool
	Deadline         uint64
	Moves            uint32
	Bond             *big.Int
	Game             *big.Int
	Segment          *big.Int
}, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "disputes", arg0)

	outstruct := new(struct {
		Task             *big.Int
		Challenger       common.Address
		ByVerifier       bool
		ChallengerOnMove bool
		Settled          bool
		Deadline         uint64
		Moves            uint32
		Bond             *big.Int
		Game             *big.Int
		Segment          *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Task = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.Challenger = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.ByVerifier = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.ChallengerOnMove = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Settled = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Deadline = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.Moves = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	outstruct.Bond = *abi.ConvertType(out[7], new(*big.Int)).(**big.Int)
	outstruct.Game = *abi.ConvertType(out[8], new(*big.Int)).(**big.Int)
	outstruct.Segment = *abi.ConvertType(out[9], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// Disputes is a free data retrieval call binding the contract method 0x564a565d.
//
// Solidity: function disputes(uint256 ) view returns(uint256 task, address challenger, bool byVerifier, bool challengerOnMove, bool settled, uint64 deadline, uint32 moves, uint256 bond, uint256 game, uint256 segment)
func (_ProofMarket *ProofMarketSession) Disputes(arg0 *big.Int) (struct {
	Task             *big.Int
	Challenger       common.Address
	ByVerifier       bool
	ChallengerOnMove bool
	Settled          bool
	Deadline         uint64
	Moves            uint32
	Bond             *big.Int
	Game             *big.Int
	Segment          *big.Int
}, error) {
	return _ProofMarket.Contract.Disputes(&_ProofMarket.CallOpts, arg0)
}

// Disputes is a free data retrieval call binding the contract method 0x564a565d.
//
// Solidity: function disputes(uint256 ) view returns(uint256 task, address challenger, bool byVerifier, bool challengerOnMove, bool settled, uint64 deadline, uint32 moves, uint256 bond, uint256 game, uint256 segment)
func (_ProofMarket *ProofMarketCallerSession) Disputes(arg0 *big.Int) (struct {
	Task             *big.Int
	Challenger       common.Address
	ByVerifier       bool
	ChallengerOnMove bool
	Settled          bool
	Deadline         uint64
	Moves            uint32
	Bond             *big.Int
	Game             *big.Int
	Segment          *big.Int
}, error) {
	return _ProofMarket.Contract.Disputes(&_ProofMarket.CallOpts, arg0)
}

// EscrowAmount is a free data retrieval call binding the contract method 0x47a7846f.
//
// Solidity: function escrowAmount() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) EscrowAmount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "escrowAmount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// EscrowAmount is a free data retrieval call binding the contract method 0x47a7846f.
//
// Solidity: function escrowAmount() view returns(uint256)
func (_ProofMarket *ProofMarketSession) EscrowAmount() (*big.Int, error) {
	return _ProofMarket.Contract.EscrowAmount(&_ProofMarket.CallOpts)
}

// EscrowAmount is a free data retrieval call binding the contract method 0x47a7846f.
//
// Solidity: function escrowAmount() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) EscrowAmount() (*big.Int, error) {
	return _ProofMarket.Contract.EscrowAmount(&_ProofMarket.CallOpts)
}

// ForcedErrors is a free data retrieval call binding the contract method 0x98a68a31.
//
// Solidity: function forcedErrors(bytes32 ) view returns(address verifier, uint256 stake, bool settled)
func (_ProofMarket *ProofMarketCaller) ForcedErrors(opts *bind.CallOpts, arg0 [32]byte) (struct {
	Verifier common.Address
	Stake    *big.Int
	Settled  bool
}, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "forcedErrors", arg0)

	outstruct := new(struct {
		Verifier common.Address
		Stake    *big.Int
		Settled  bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Stake = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Settled = *abi.ConvertType(out[2], new(bool)).(*bool)

	return *outstruct, err

}

// ForcedErrors is a free data retrieval call binding the contract method 0x98a68a31.
//
// Solidity: function forcedErrors(bytes32 ) view returns(address verifier, uint256 stake, bool settled)
func (_ProofMarket *ProofMarketSession) ForcedErrors(arg0 [32]byte) (struct {
	Verifier common.Address
	Stake    *big.Int
	Settled  bool
}, error) {
	return _ProofMarket.Contract.ForcedErrors(&_ProofMarket.CallOpts, arg0)
}

// ForcedErrors is a free data retrieval call binding the contract method 0x98a68a31.
//
// Solidity: function forcedErrors(bytes32 ) view returns(address verifier, uint256 stake, bool settled)
func (_ProofMarket *ProofMarketCallerSession) ForcedErrors(arg0 [32]byte) (struct {
	Verifier common.Address
	Stake    *big.Int
	Settled  bool
}, error) {
	return _ProofMarket.Contract.ForcedErrors(&_ProofMarket.CallOpts, arg0)
}

// FreeOf is a free data retrieval call binding the contract method 0x33e25bb9.
//
// Solidity: function freeOf(address ) view returns(uint256)
func (_ProofMarket *ProofMarketCaller) FreeOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "freeOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// FreeOf is a free data retrieval call binding the contract method 0x33e25bb9.
//
// Solidity: function freeOf(address ) view returns(uint256)
func (_ProofMarket *ProofMarketSession) FreeOf(arg0 common.Address) (*big.Int, error) {
	return _ProofMarket.Contract.FreeOf(&_ProofMarket.CallOpts, arg0)
}

// FreeOf is a free data retrieval call binding the contract method 0x33e25bb9.
//
// Solidity: function freeOf(address ) view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) FreeOf(arg0 common.Address) (*big.Int, error) {
	return _ProofMarket.Contract.FreeOf(&_ProofMarket.CallOpts, arg0)
}

// Game is a free data retrieval call binding the contract method 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (_ProofMarket *ProofMarketCaller) Game(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "game")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Game is a free data retrieval call binding the contract method 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (_ProofMarket *ProofMarketSession) Game() (common.Address, error) {
	return _ProofMarket.Contract.Game(&_ProofMarket.CallOpts)
}

// Game is a free data retrieval call binding the contract method 0xc3fe3e28.
//
// Solidity: function game() view returns(address)
func (_ProofMarket *ProofMarketCallerSession) Game() (common.Address, error) {
	return _ProofMarket.Contract.Game(&_ProofMarket.CallOpts)
}

// GetTask is a free data retrieval call binding the contract method 0x1d65e77e.
//
// Solidity: function getTask(uint256 id) view returns((address,address,address,uint8,bool,bool,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,(uint32,uint64,bytes32)))
func (_ProofMarket *ProofMarketCaller) GetTask(opts *bind.CallOpts, id *big.Int) (ProofMarketTask, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "getTask", id)

	if err != nil {
		return *new(ProofMarketTask), err
	}

	out0 := *abi.ConvertType(out[0], new(ProofMarketTask)).(*ProofMarketTask)

	return out0, err

}

// GetTask is a free data retrieval call binding the contract method 0x1d65e77e.
//
// Solidity: function getTask(uint256 id) view returns((address,address,address,uint8,bool,bool,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,(uint32,uint64,bytes32)))
func (_ProofMarket *ProofMarketSession) GetTask(id *big.Int) (ProofMarketTask, error) {
	return _ProofMarket.Contract.GetTask(&_ProofMarket.CallOpts, id)
}

// GetTask is a free data retrieval call binding the contract method 0x1d65e77e.
//
// Solidity: function getTask(uint256 id) view returns((address,address,address,uint8,bool,bool,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,bytes32,uint256,uint256,uint256,uint256,uint256,(uint32,uint64,bytes32)))
func (_ProofMarket *ProofMarketCallerSession) GetTask(id *big.Int) (ProofMarketTask, error) {
	return _ProofMarket.Contract.GetTask(&_ProofMarket.CallOpts, id)
}

// Jackpot is a free data retrieval call binding the contract method 0x6b31ee01.
//
// Solidity: function jackpot() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) Jackpot(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "jackpot")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Jackpot is a free data retrieval call binding the contract method 0x6b31ee01.
//
// Solidity: function jackpot() view returns(uint256)
func (_ProofMarket *ProofMarketSession) Jackpot() (*big.Int, error) {
	return _ProofMarket.Contract.Jackpot(&_ProofMarket.CallOpts)
}

// Jackpot is a free data retrieval call binding the contract method 0x6b31ee01.
//
// Solidity: function jackpot() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) Jackpot() (*big.Int, error) {
	return _ProofMarket.Contract.Jackpot(&_ProofMarket.CallOpts)
}

// LockedOf is a free data retrieval call binding the contract method 0xa5f1e282.
//
// Solidity: function lockedOf(address ) view returns(uint256)
func (_ProofMarket *ProofMarketCaller) LockedOf(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "lockedOf", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// LockedOf is a free data retrieval call binding the contract method 0xa5f1e282.
//
// Solidity: function lockedOf(address ) view returns(uint256)
func (_ProofMarket *ProofMarketSession) LockedOf(arg0 common.Address) (*big.Int, error) {
	return _ProofMarket.Contract.LockedOf(&_ProofMarket.CallOpts, arg0)
}

// LockedOf is a free data retrieval call binding the contract method 0xa5f1e282.
//
// Solidity: function lockedOf(address ) view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) LockedOf(arg0 common.Address) (*big.Int, error) {
	return _ProofMarket.Contract.LockedOf(&_ProofMarket.CallOpts, arg0)
}

// MaxSlashProduct is a free data retrieval call binding the contract method 0xb02b1ef5.
//
// Solidity: function maxSlashProduct() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) MaxSlashProduct(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "maxSlashProduct")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MaxSlashProduct is a free data retrieval call binding the contract method 0xb02b1ef5.
//
// Solidity: function maxSlashProduct() view returns(uint256)
func (_ProofMarket *ProofMarketSession) MaxSlashProduct() (*big.Int, error) {
	return _ProofMarket.Contract.MaxSlashProduct(&_ProofMarket.CallOpts)
}

// MaxSlashProduct is a free data retrieval call binding the contract method 0xb02b1ef5.
//
// Solidity: function maxSlashProduct() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) MaxSlashProduct() (*big.Int, error) {
	return _ProofMarket.Contract.MaxSlashProduct(&_ProofMarket.CallOpts)
}

// Owed is a free data retrieval call binding the contract method 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) Owed(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "owed")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Owed is a free data retrieval call binding the contract method 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (_ProofMarket *ProofMarketSession) Owed() (*big.Int, error) {
	return _ProofMarket.Contract.Owed(&_ProofMarket.CallOpts)
}

// Owed is a free data retrieval call binding the contract method 0xc87d6779.
//
// Solidity: function owed() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) Owed() (*big.Int, error) {
	return _ProofMarket.Contract.Owed(&_ProofMarket.CallOpts)
}

// TaskCount is a free data retrieval call binding the contract method 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) TaskCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "taskCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TaskCount is a free data retrieval call binding the contract method 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (_ProofMarket *ProofMarketSession) TaskCount() (*big.Int, error) {
	return _ProofMarket.Contract.TaskCount(&_ProofMarket.CallOpts)
}

// TaskCount is a free data retrieval call binding the contract method 0xb6cb58a5.
//
// Solidity: function taskCount() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) TaskCount() (*big.Int, error) {
	return _ProofMarket.Contract.TaskCount(&_ProofMarket.CallOpts)
}

// Terms is a free data retrieval call binding the contract method 0xd5025625.
//
// Solidity: function terms() view returns(uint256 reward, uint256 verifierFee, uint256 jackpotTax, uint256 solverStake, uint256 verifierStake, uint256 bond, uint256 jackpotPrize, uint256 winnerShare, uint64 answerWithin, uint64 phaseWithin, uint64 challengeWindow)
func (_ProofMarket *ProofMarketCaller) Terms(opts *bind.CallOpts) (struct {
	Reward          *big.Int
	VerifierFee     *big.Int
	JackpotTax      *big.Int
	SolverStake     *big.Int
	VerifierStake   *big.Int
	Bond            *big.Int
	JackpotPrize    *big.Int
	WinnerShare     *big.Int
	AnswerWithin    uint64
	PhaseWithin     uint64
	ChallengeWindow uint64
}, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "terms")

	outstruct := new(struct {
		Reward          *big.Int
		VerifierFee     *big.Int
		JackpotTax      *big.Int
		SolverStake     *big.Int
		VerifierStake   *big.Int
		Bond            *big.Int
		JackpotPrize    *big.Int
		WinnerShare     *big.Int
		AnswerWithin    uint64
		PhaseWithin     uint64
		ChallengeWindow uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Reward = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.VerifierFee = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.JackpotTax = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)
	outstruct.SolverStake = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifierStake = *abi.ConvertType(out[4], new(*big.Int)).(**big.Int)
	outstruct.Bond = *abi.ConvertType(out[5], new(*big.Int)).(**big.Int)
	outstruct.JackpotPrize = *abi.ConvertType(out[6], new(*big.Int)).(**big.Int)
	outstruct.WinnerShare = *abi.ConvertType(out[7], new(*big.Int)).(**big.Int)
	outstruct.AnswerWithin = *abi.ConvertType(out[8], new(uint64)).(*uint64)
	outstruct.PhaseWithin = *abi.ConvertType(out[9], new(uint64)).(*uint64)
	outstruct.ChallengeWindow = *abi.ConvertType(out[10], new(uint64)).(*uint64)

	return *outstruct, err

}

// Terms is a free data retrieval call binding the contract method 0xd5025625.
//
// Solidity: function terms() view returns(uint256 reward, uint256 verifierFee, uint256 jackpotTax, uint256 solverStake, uint256 verifierStake, uint256 bond, uint256 jackpotPrize, uint256 winnerShare, uint64 answerWithin, uint64 phaseWithin, uint64 challengeWindow)
func (_ProofMarket *ProofMarketSession) Terms() (struct {
	Reward          *big.Int
	VerifierFee     *big.Int
	JackpotTax      *big.Int
	SolverStake     *big.Int
	VerifierStake   *big.Int
	Bond            *big.Int
	JackpotPrize    *big.Int
	WinnerShare     *big.Int
	AnswerWithin    uint64
	PhaseWithin     uint64
	ChallengeWindow uint64
}, error) {
	return _ProofMarket.Contract.Terms(&_ProofMarket.CallOpts)
}

// Terms is a free data retrieval call binding the contract method 0xd5025625.
//
// Solidity: function terms() view returns(uint256 reward, uint256 verifierFee, uint256 jackpotTax, uint256 solverStake, uint256 verifierStake, uint256 bond, uint256 jackpotPrize, uint256 winnerShare, uint64 answerWithin, uint64 phaseWithin, uint64 challengeWindow)
func (_ProofMarket *ProofMarketCallerSession) Terms() (struct {
	Reward          *big.Int
	VerifierFee     *big.Int
	JackpotTax      *big.Int
	SolverStake     *big.Int
	VerifierStake   *big.Int
	Bond            *big.Int
	JackpotPrize    *big.Int
	WinnerShare     *big.Int
	AnswerWithin    uint64
	PhaseWithin     uint64
	ChallengeWindow uint64
}, error) {
	return _ProofMarket.Contract.Terms(&_ProofMarket.CallOpts)
}

// TotalFree is a free data retrieval call binding the contract method 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) TotalFree(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "totalFree")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalFree is a free data retrieval call binding the contract method 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (_ProofMarket *ProofMarketSession) TotalFree() (*big.Int, error) {
	return _ProofMarket.Contract.TotalFree(&_ProofMarket.CallOpts)
}

// TotalFree is a free data retrieval call binding the contract method 0x333e44e6.
//
// Solidity: function totalFree() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) TotalFree() (*big.Int, error) {
	return _ProofMarket.Contract.TotalFree(&_ProofMarket.CallOpts)
}

// TotalLocked is a free data retrieval call binding the contract method 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (_ProofMarket *ProofMarketCaller) TotalLocked(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ProofMarket.contract.Call(opts, &out, "totalLocked")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalLocked is a free data retrieval call binding the contract method 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (_ProofMarket *ProofMarketSession) TotalLocked() (*big.Int, error) {
	return _ProofMarket.Contract.TotalLocked(&_ProofMarket.CallOpts)
}

// TotalLocked is a free data retrieval call binding the contract method 0x56891412.
//
// Solidity: function totalLocked() view returns(uint256)
func (_ProofMarket *ProofMarketCallerSession) TotalLocked() (*big.Int, error) {
	return _ProofMarket.Contract.TotalLocked(&_ProofMarket.CallOpts)
}

// Abandon is a paid mutator transaction binding the contract method 0xe0d217f2.
//
// Solidity: function abandon(uint256 id) returns()
func (_ProofMarket *ProofMarketTransactor) Abandon(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "abandon", id)
}

// Abandon is a paid mutator transaction binding the contract method 0xe0d217f2.
//
// Solidity: function abandon(uint256 id) returns()
func (_ProofMarket *ProofMarketSession) Abandon(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Abandon(&_ProofMarket.TransactOpts, id)
}

// Abandon is a paid mutator transaction binding the contract method 0xe0d217f2.
//
// Solidity: function abandon(uint256 id) returns()
func (_ProofMarket *ProofMarketTransactorSession) Abandon(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Abandon(&_ProofMarket.TransactOpts, id)
}

// Answer is a paid mutator transaction binding the contract method 0x06f70295.
//
// Solidity: function answer(uint256 did) returns()
func (_ProofMarket *ProofMarketTransactor) Answer(opts *bind.TransactOpts, did *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "answer", did)
}

// Answer is a paid mutator transaction binding the contract method 0x06f70295.
//
// Solidity: function answer(uint256 did) returns()
func (_ProofMarket *ProofMarketSession) Answer(did *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Answer(&_ProofMarket.TransactOpts, did)
}

// Answer is a paid mutator transaction binding the contract method 0x06f70295.
//
// Solidity: function answer(uint256 did) returns()
func (_ProofMarket *ProofMarketTransactorSession) Answer(did *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Answer(&_ProofMarket.TransactOpts, did)
}

// ClaimRevealTimeout is a paid mutator transaction binding the contract method 0x02ca2806.
//
// Solidity: function claimRevealTimeout(uint256 id) returns()
func (_ProofMarket *ProofMarketTransactor) ClaimRevealTimeout(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "claimRevealTimeout", id)
}

// ClaimRevealTimeout is a paid mutator transaction binding the contract method 0x02ca2806.
//
// Solidity: function claimRevealTimeout(uint256 id) returns()
func (_ProofMarket *ProofMarketSession) ClaimRevealTimeout(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.ClaimRevealTimeout(&_ProofMarket.TransactOpts, id)
}

// ClaimRevealTimeout is a paid mutator transaction binding the contract method 0x02ca2806.
//
// Solidity: function claimRevealTimeout(uint256 id) returns()
func (_ProofMarket *ProofMarketTransactorSession) ClaimRevealTimeout(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.ClaimRevealTimeout(&_ProofMarket.TransactOpts, id)
}

// ClaimTask is a paid mutator transaction binding the contract method 0x8dd33495.
//
// Solidity: function claimTask(uint256 id) payable returns()
func (_ProofMarket *ProofMarketTransactor) ClaimTask(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "claimTask", id)
}

// ClaimTask is a paid mutator transaction binding the contract method 0x8dd33495.
//
// Solidity: function claimTask(uint256 id) payable returns()
func (_ProofMarket *ProofMarketSession) ClaimTask(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.ClaimTask(&_ProofMarket.TransactOpts, id)
}

// ClaimTask is a paid mutator transaction binding the contract method 0x8dd33495.
//
// Solidity: function claimTask(uint256 id) payable returns()
func (_ProofMarket *ProofMarketTransactorSession) ClaimTask(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.ClaimTask(&_ProofMarket.TransactOpts, id)
}

// ClaimTimeout is a paid mutator transaction binding the contract method 0x86e773f1.
//
// Solidity: function claimTimeout(uint256 did) returns()
func (_ProofMarket *ProofMarketTransactor) ClaimTimeout(opts *bind.TransactOpts, did *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "claimTimeout", did)
}

// ClaimTimeout is a paid mutator transaction binding the contract method 0x86e773f1.
//
// Solidity: function claimTimeout(uint256 did) returns()
func (_ProofMarket *ProofMarketSession) ClaimTimeout(did *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.ClaimTimeout(&_ProofMarket.TransactOpts, did)
}

// ClaimTimeout is a paid mutator transaction binding the contract method 0x86e773f1.
//
// Solidity: function claimTimeout(uint256 did) returns()
func (_ProofMarket *ProofMarketTransactorSession) ClaimTimeout(did *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.ClaimTimeout(&_ProofMarket.TransactOpts, did)
}

// CommitRoot is a paid mutator transaction binding the contract method 0x541487c5.
//
// Solidity: function commitRoot(uint256 id, bytes32 proofRoot, bytes32 stateRoot) returns()
func (_ProofMarket *ProofMarketTransactor) CommitRoot(opts *bind.TransactOpts, id *big.Int, proofRoot [32]byte, stateRoot [32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "commitRoot", id, proofRoot, stateRoot)
}

// CommitRoot is a paid mutator transaction binding the contract method 0x541487c5.
//
// Solidity: function commitRoot(uint256 id, bytes32 proofRoot, bytes32 stateRoot) returns()
func (_ProofMarket *ProofMarketSession) CommitRoot(id *big.Int, proofRoot [32]byte, stateRoot [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.CommitRoot(&_ProofMarket.TransactOpts, id, proofRoot, stateRoot)
}

// CommitRoot is a paid mutator transaction binding the contract method 0x541487c5.
//
// Solidity: function commitRoot(uint256 id, bytes32 proofRoot, bytes32 stateRoot) returns()
func (_ProofMarket *ProofMarketTransactorSession) CommitRoot(id *big.Int, proofRoot [32]byte, stateRoot [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.CommitRoot(&_ProofMarket.TransactOpts, id, proofRoot, stateRoot)
}

// CommitVerdict is a paid mutator transaction binding the contract method 0x86560f3c.
//
// Solidity: function commitVerdict(uint256 id, bytes32 commitment) payable returns()
func (_ProofMarket *ProofMarketTransactor) CommitVerdict(opts *bind.TransactOpts, id *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "commitVerdict", id, commitment)
}

// CommitVerdict is a paid mutator transaction binding the contract method 0x86560f3c.
//
// Solidity: function commitVerdict(uint256 id, bytes32 commitment) payable returns()
func (_ProofMarket *ProofMarketSession) CommitVerdict(id *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.CommitVerdict(&_ProofMarket.TransactOpts, id, commitment)
}

// CommitVerdict is a paid mutator transaction binding the contract method 0x86560f3c.
//
// Solidity: function commitVerdict(uint256 id, bytes32 commitment) payable returns()
func (_ProofMarket *ProofMarketTransactorSession) CommitVerdict(id *big.Int, commitment [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.CommitVerdict(&_ProofMarket.TransactOpts, id, commitment)
}

// Decide is a paid mutator transaction binding the contract method 0xe548c342.
//
// Solidity: function decide(uint256 did, bool challengerWon, bool verifierAtFault, uint256 segment) returns()
func (_ProofMarket *ProofMarketTransactor) Decide(opts *bind.TransactOpts, did *big.Int, challengerWon bool, verifierAtFault bool, segment *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "decide", did, challengerWon, verifierAtFault, segment)
}

// Decide is a paid mutator transaction binding the contract method 0xe548c342.
//
// Solidity: function decide(uint256 did, bool challengerWon, bool verifierAtFault, uint256 segment) returns()
func (_ProofMarket *ProofMarketSession) Decide(did *big.Int, challengerWon bool, verifierAtFault bool, segment *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Decide(&_ProofMarket.TransactOpts, did, challengerWon, verifierAtFault, segment)
}

// Decide is a paid mutator transaction binding the contract method 0xe548c342.
//
// Solidity: function decide(uint256 did, bool challengerWon, bool verifierAtFault, uint256 segment) returns()
func (_ProofMarket *ProofMarketTransactorSession) Decide(did *big.Int, challengerWon bool, verifierAtFault bool, segment *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Decide(&_ProofMarket.TransactOpts, did, challengerWon, verifierAtFault, segment)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_ProofMarket *ProofMarketTransactor) Deposit(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "deposit")
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_ProofMarket *ProofMarketSession) Deposit() (*types.Transaction, error) {
	return _ProofMarket.Contract.Deposit(&_ProofMarket.TransactOpts)
}

// Deposit is a paid mutator transaction binding the contract method 0xd0e30db0.
//
// Solidity: function deposit() payable returns()
func (_ProofMarket *ProofMarketTransactorSession) Deposit() (*types.Transaction, error) {
	return _ProofMarket.Contract.Deposit(&_ProofMarket.TransactOpts)
}

// Finalize is a paid mutator transaction binding the contract method 0x05261aea.
//
// Solidity: function finalize(uint256 id) returns()
func (_ProofMarket *ProofMarketTransactor) Finalize(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "finalize", id)
}

// Finalize is a paid mutator transaction binding the contract method 0x05261aea.
//
// Solidity: function finalize(uint256 id) returns()
func (_ProofMarket *ProofMarketSession) Finalize(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Finalize(&_ProofMarket.TransactOpts, id)
}

// Finalize is a paid mutator transaction binding the contract method 0x05261aea.
//
// Solidity: function finalize(uint256 id) returns()
func (_ProofMarket *ProofMarketTransactorSession) Finalize(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.Finalize(&_ProofMarket.TransactOpts, id)
}

// OpenDispute is a paid mutator transaction binding the contract method 0x27d00fb0.
//
// Solidity: function openDispute(uint256 id) payable returns(uint256 did)
func (_ProofMarket *ProofMarketTransactor) OpenDispute(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "openDispute", id)
}

// OpenDispute is a paid mutator transaction binding the contract method 0x27d00fb0.
//
// Solidity: function openDispute(uint256 id) payable returns(uint256 did)
func (_ProofMarket *ProofMarketSession) OpenDispute(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenDispute(&_ProofMarket.TransactOpts, id)
}

// OpenDispute is a paid mutator transaction binding the contract method 0x27d00fb0.
//
// Solidity: function openDispute(uint256 id) payable returns(uint256 did)
func (_ProofMarket *ProofMarketTransactorSession) OpenDispute(id *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenDispute(&_ProofMarket.TransactOpts, id)
}

// OpenForcedError is a paid mutator transaction binding the contract method 0x3f430a3f.
//
// Solidity: function openForcedError(bytes32 fid) payable returns()
func (_ProofMarket *ProofMarketTransactor) OpenForcedError(opts *bind.TransactOpts, fid [32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "openForcedError", fid)
}

// OpenForcedError is a paid mutator transaction binding the contract method 0x3f430a3f.
//
// Solidity: function openForcedError(bytes32 fid) payable returns()
func (_ProofMarket *ProofMarketSession) OpenForcedError(fid [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenForcedError(&_ProofMarket.TransactOpts, fid)
}

// OpenForcedError is a paid mutator transaction binding the contract method 0x3f430a3f.
//
// Solidity: function openForcedError(bytes32 fid) payable returns()
func (_ProofMarket *ProofMarketTransactorSession) OpenForcedError(fid [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenForcedError(&_ProofMarket.TransactOpts, fid)
}

// OpenGame is a paid mutator transaction binding the contract method 0x1d5d10fa.
//
// Solidity: function openGame(uint256 did, uint256 segment, (uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) spec, bytes32[] startPath, bytes32[] claimPath) returns(uint256 gid)
func (_ProofMarket *ProofMarketTransactor) OpenGame(opts *bind.TransactOpts, did *big.Int, segment *big.Int, spec IMarketGameSpec, startPath [][32]byte, claimPath [][32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "openGame", did, segment, spec, startPath, claimPath)
}

// OpenGame is a paid mutator transaction binding the contract method 0x1d5d10fa.
//
// Solidity: function openGame(uint256 did, uint256 segment, (uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) spec, bytes32[] startPath, bytes32[] claimPath) returns(uint256 gid)
func (_ProofMarket *ProofMarketSession) OpenGame(did *big.Int, segment *big.Int, spec IMarketGameSpec, startPath [][32]byte, claimPath [][32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenGame(&_ProofMarket.TransactOpts, did, segment, spec, startPath, claimPath)
}

// OpenGame is a paid mutator transaction binding the contract method 0x1d5d10fa.
//
// Solidity: function openGame(uint256 did, uint256 segment, (uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) spec, bytes32[] startPath, bytes32[] claimPath) returns(uint256 gid)
func (_ProofMarket *ProofMarketTransactorSession) OpenGame(did *big.Int, segment *big.Int, spec IMarketGameSpec, startPath [][32]byte, claimPath [][32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenGame(&_ProofMarket.TransactOpts, did, segment, spec, startPath, claimPath)
}

// PostTask is a paid mutator transaction binding the contract method 0xc970471e.
//
// Solidity: function postTask(bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit, (uint32,uint64,bytes32) shape) payable returns(uint256 id)
func (_ProofMarket *ProofMarketTransactor) PostTask(opts *bind.TransactOpts, taskHash [32]byte, datasetRoot [32]byte, seedCommit [32]byte, shape ProofMarketShape) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "postTask", taskHash, datasetRoot, seedCommit, shape)
}

// PostTask is a paid mutator transaction binding the contract method 0xc970471e.
//
// Solidity: function postTask(bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit, (uint32,uint64,bytes32) shape) payable returns(uint256 id)
func (_ProofMarket *ProofMarketSession) PostTask(taskHash [32]byte, datasetRoot [32]byte, seedCommit [32]byte, shape ProofMarketShape) (*types.Transaction, error) {
	return _ProofMarket.Contract.PostTask(&_ProofMarket.TransactOpts, taskHash, datasetRoot, seedCommit, shape)
}

// PostTask is a paid mutator transaction binding the contract method 0xc970471e.
//
// Solidity: function postTask(bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit, (uint32,uint64,bytes32) shape) payable returns(uint256 id)
func (_ProofMarket *ProofMarketTransactorSession) PostTask(taskHash [32]byte, datasetRoot [32]byte, seedCommit [32]byte, shape ProofMarketShape) (*types.Transaction, error) {
	return _ProofMarket.Contract.PostTask(&_ProofMarket.TransactOpts, taskHash, datasetRoot, seedCommit, shape)
}

// RevealSeed is a paid mutator transaction binding the contract method 0xd1325689.
//
// Solidity: function revealSeed(uint256 id, bytes32 seed, bytes32 salt) returns()
func (_ProofMarket *ProofMarketTransactor) RevealSeed(opts *bind.TransactOpts, id *big.Int, seed [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "revealSeed", id, seed, salt)
}

// RevealSeed is a paid mutator transaction binding the contract method 0xd1325689.
//
// Solidity: function revealSeed(uint256 id, bytes32 seed, bytes32 salt) returns()
func (_ProofMarket *ProofMarketSession) RevealSeed(id *big.Int, seed [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.RevealSeed(&_ProofMarket.TransactOpts, id, seed, salt)
}

// RevealSeed is a paid mutator transaction binding the contract method 0xd1325689.
//
// Solidity: function revealSeed(uint256 id, bytes32 seed, bytes32 salt) returns()
func (_ProofMarket *ProofMarketTransactorSession) RevealSeed(id *big.Int, seed [32]byte, salt [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.RevealSeed(&_ProofMarket.TransactOpts, id, seed, salt)
}

// RevealVerdict is a paid mutator transaction binding the contract method 0x85241aca.
//
// Solidity: function revealVerdict(uint256 id, bool accepted, uint256 passed, bytes32 salt) returns(uint256 did)
func (_ProofMarket *ProofMarketTransactor) RevealVerdict(opts *bind.TransactOpts, id *big.Int, accepted bool, passed *big.Int, salt [32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "revealVerdict", id, accepted, passed, salt)
}

// RevealVerdict is a paid mutator transaction binding the contract method 0x85241aca.
//
// Solidity: function revealVerdict(uint256 id, bool accepted, uint256 passed, bytes32 salt) returns(uint256 did)
func (_ProofMarket *ProofMarketSession) RevealVerdict(id *big.Int, accepted bool, passed *big.Int, salt [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.RevealVerdict(&_ProofMarket.TransactOpts, id, accepted, passed, salt)
}

// RevealVerdict is a paid mutator transaction binding the contract method 0x85241aca.
//
// Solidity: function revealVerdict(uint256 id, bool accepted, uint256 passed, bytes32 salt) returns(uint256 did)
func (_ProofMarket *ProofMarketTransactorSession) RevealVerdict(id *big.Int, accepted bool, passed *big.Int, salt [32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.RevealVerdict(&_ProofMarket.TransactOpts, id, accepted, passed, salt)
}

// SettleByGame is a paid mutator transaction binding the contract method 0x11cede88.
//
// Solidity: function settleByGame(uint256 did, uint256 gid) returns()
func (_ProofMarket *ProofMarketTransactor) SettleByGame(opts *bind.TransactOpts, did *big.Int, gid *big.Int) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "settleByGame", did, gid)
}

// SettleByGame is a paid mutator transaction binding the contract method 0x11cede88.
//
// Solidity: function settleByGame(uint256 did, uint256 gid) returns()
func (_ProofMarket *ProofMarketSession) SettleByGame(did *big.Int, gid *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.SettleByGame(&_ProofMarket.TransactOpts, did, gid)
}

// SettleByGame is a paid mutator transaction binding the contract method 0x11cede88.
//
// Solidity: function settleByGame(uint256 did, uint256 gid) returns()
func (_ProofMarket *ProofMarketTransactorSession) SettleByGame(did *big.Int, gid *big.Int) (*types.Transaction, error) {
	return _ProofMarket.Contract.SettleByGame(&_ProofMarket.TransactOpts, did, gid)
}

// SettleForcedError is a paid mutator transaction binding the contract method 0x400ca6a2.
//
// Solidity: function settleForcedError(bytes32 fid, bool reported) returns(uint256 prize)
func (_ProofMarket *ProofMarketTransactor) SettleForcedError(opts *bind.TransactOpts, fid [32]byte, reported bool) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "settleForcedError", fid, reported)
}

// SettleForcedError is a paid mutator transaction binding the contract method 0x400ca6a2.
//
// Solidity: function settleForcedError(bytes32 fid, bool reported) returns(uint256 prize)
func (_ProofMarket *ProofMarketSession) SettleForcedError(fid [32]byte, reported bool) (*types.Transaction, error) {
	return _ProofMarket.Contract.SettleForcedError(&_ProofMarket.TransactOpts, fid, reported)
}

// SettleForcedError is a paid mutator transaction binding the contract method 0x400ca6a2.
//
// Solidity: function settleForcedError(bytes32 fid, bool reported) returns(uint256 prize)
func (_ProofMarket *ProofMarketTransactorSession) SettleForcedError(fid [32]byte, reported bool) (*types.Transaction, error) {
	return _ProofMarket.Contract.SettleForcedError(&_ProofMarket.TransactOpts, fid, reported)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ProofMarket *ProofMarketTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ProofMarket *ProofMarketSession) Withdraw() (*types.Transaction, error) {
	return _ProofMarket.Contract.Withdraw(&_ProofMarket.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_ProofMarket *ProofMarketTransactorSession) Withdraw() (*types.Transaction, error) {
	return _ProofMarket.Contract.Withdraw(&_ProofMarket.TransactOpts)
}

// ProofMarketAnsweredIterator is returned from FilterAnswered and is used to iterate over the raw logs and unpacked data for Answered events raised by the ProofMarket contract.
type ProofMarketAnsweredIterator struct {
	Event *ProofMarketAnswered // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketAnsweredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketAnswered)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketAnswered)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketAnsweredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketAnsweredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketAnswered represents a Answered event raised by the ProofMarket contract.
type ProofMarketAnswered struct {
	Dispute         *big.Int
	ChallengerMoved bool
	Moves           uint32
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterAnswered is a free log retrieval operation binding the contract event 0x341eb90e24e81de22f5dda749a2c4cf6208e12eb16694070b5fc90008a5ca4d0.
//
// Solidity: event Answered(uint256 indexed dispute, bool challengerMoved, uint32 moves)
func (_ProofMarket *ProofMarketFilterer) FilterAnswered(opts *bind.FilterOpts, dispute []*big.Int) (*ProofMarketAnsweredIterator, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "Answered", disputeRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketAnsweredIterator{contract: _ProofMarket.contract, event: "Answered", logs: logs, sub: sub}, nil
}

// WatchAnswered is a free log subscription operation binding the contract event 0x341eb90e24e81de22f5dda749a2c4cf6208e12eb16694070b5fc90008a5ca4d0.
//
// Solidity: event Answered(uint256 indexed dispute, bool challengerMoved, uint32 moves)
func (_ProofMarket *ProofMarketFilterer) WatchAnswered(opts *bind.WatchOpts, sink chan<- *ProofMarketAnswered, dispute []*big.Int) (event.Subscription, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "Answered", disputeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketAnswered)
				if err := _ProofMarket.contract.UnpackLog(event, "Answered", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseAnswered is a log parse operation binding the contract event 0x341eb90e24e81de22f5dda749a2c4cf6208e12eb16694070b5fc90008a5ca4d0.
//
// Solidity: event Answered(uint256 indexed dispute, bool challengerMoved, uint32 moves)
func (_ProofMarket *ProofMarketFilterer) ParseAnswered(log types.Log) (*ProofMarketAnswered, error) {
	event := new(ProofMarketAnswered)
	if err := _ProofMarket.contract.UnpackLog(event, "Answered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketDisputeOpenedIterator is returned from FilterDisputeOpened and is used to iterate over the raw logs and unpacked data for DisputeOpened events raised by the ProofMarket contract.
type ProofMarketDisputeOpenedIterator struct {
	Event *ProofMarketDisputeOpened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketDisputeOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketDisputeOpened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketDisputeOpened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketDisputeOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketDisputeOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketDisputeOpened represents a DisputeOpened event raised by the ProofMarket contract.
type ProofMarketDisputeOpened struct {
	Dispute    *big.Int
	Task       *big.Int
	Challenger common.Address
	ByVerifier bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterDisputeOpened is a free log retrieval operation binding the contract event 0xd1849d57e27a198094f562ec3a9896723f31030d8def4dbcac8fbcc44400e163.
//
// Solidity: event DisputeOpened(uint256 indexed dispute, uint256 indexed task, address indexed challenger, bool byVerifier)
func (_ProofMarket *ProofMarketFilterer) FilterDisputeOpened(opts *bind.FilterOpts, dispute []*big.Int, task []*big.Int, challenger []common.Address) (*ProofMarketDisputeOpenedIterator, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}
	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var challengerRule []interface{}
	for _, challengerItem := range challenger {
		challengerRule = append(challengerRule, challengerItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "DisputeOpened", disputeRule, taskRule, challengerRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketDisputeOpenedIterator{contract: _ProofMarket.contract, event: "DisputeOpened", logs: logs, sub: sub}, nil
}

// WatchDisputeOpened is a free log subscription operation binding the contract event 0xd1849d57e27a198094f562ec3a9896723f31030d8def4dbcac8fbcc44400e163.
//
// Solidity: event DisputeOpened(uint256 indexed dispute, uint256 indexed task, address indexed challenger, bool byVerifier)
func (_ProofMarket *ProofMarketFilterer) WatchDisputeOpened(opts *bind.WatchOpts, sink chan<- *ProofMarketDisputeOpened, dispute []*big.Int, task []*big.Int, challenger []common.Address) (event.Subscription, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}
	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var challengerRule []interface{}
	for _, challengerItem := range challenger {
		challengerRule = append(challengerRule, challengerItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "DisputeOpened", disputeRule, taskRule, challengerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketDisputeOpened)
				if err := _ProofMarket.contract.UnpackLog(event, "DisputeOpened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseDisputeOpened is a log parse operation binding the contract event 0xd1849d57e27a198094f562ec3a9896723f31030d8def4dbcac8fbcc44400e163.
//
// Solidity: event DisputeOpened(uint256 indexed dispute, uint256 indexed task, address indexed challenger, bool byVerifier)
func (_ProofMarket *ProofMarketFilterer) ParseDisputeOpened(log types.Log) (*ProofMarketDisputeOpened, error) {
	event := new(ProofMarketDisputeOpened)
	if err := _ProofMarket.contract.UnpackLog(event, "DisputeOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketForcedErrorOpenedIterator is returned from FilterForcedErrorOpened and is used to iterate over the raw logs and unpacked data for ForcedErrorOpened events raised by the ProofMarket contract.
type ProofMarketForcedErrorOpenedIterator struct {
	Event *ProofMarketForcedErrorOpened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketForcedErrorOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketForcedErrorOpened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketForcedErrorOpened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketForcedErrorOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketForcedErrorOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketForcedErrorOpened represents a ForcedErrorOpened event raised by the ProofMarket contract.
type ProofMarketForcedErrorOpened struct {
	Id       [32]byte
	Verifier common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterForcedErrorOpened is a free log retrieval operation binding the contract event 0xd489a8b17d42be62a061a0a9101fa4073bd091f01de9766b109d261d09975869.
//
// Solidity: event ForcedErrorOpened(bytes32 indexed id, address indexed verifier)
func (_ProofMarket *ProofMarketFilterer) FilterForcedErrorOpened(opts *bind.FilterOpts, id [][32]byte, verifier []common.Address) (*ProofMarketForcedErrorOpenedIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "ForcedErrorOpened", idRule, verifierRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketForcedErrorOpenedIterator{contract: _ProofMarket.contract, event: "ForcedErrorOpened", logs: logs, sub: sub}, nil
}

// WatchForcedErrorOpened is a free log subscription operation binding the contract event 0xd489a8b17d42be62a061a0a9101fa4073bd091f01de9766b109d261d09975869.
//
// Solidity: event ForcedErrorOpened(bytes32 indexed id, address indexed verifier)
func (_ProofMarket *ProofMarketFilterer) WatchForcedErrorOpened(opts *bind.WatchOpts, sink chan<- *ProofMarketForcedErrorOpened, id [][32]byte, verifier []common.Address) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "ForcedErrorOpened", idRule, verifierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketForcedErrorOpened)
				if err := _ProofMarket.contract.UnpackLog(event, "ForcedErrorOpened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseForcedErrorOpened is a log parse operation binding the contract event 0xd489a8b17d42be62a061a0a9101fa4073bd091f01de9766b109d261d09975869.
//
// Solidity: event ForcedErrorOpened(bytes32 indexed id, address indexed verifier)
func (_ProofMarket *ProofMarketFilterer) ParseForcedErrorOpened(log types.Log) (*ProofMarketForcedErrorOpened, error) {
	event := new(ProofMarketForcedErrorOpened)
	if err := _ProofMarket.contract.UnpackLog(event, "ForcedErrorOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketForcedErrorSettledIterator is returned from FilterForcedErrorSettled and is used to iterate over the raw logs and unpacked data for ForcedErrorSettled events raised by the ProofMarket contract.
type ProofMarketForcedErrorSettledIterator struct {
	Event *ProofMarketForcedErrorSettled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketForcedErrorSettledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketForcedErrorSettled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketForcedErrorSettled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketForcedErrorSettledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketForcedErrorSettledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketForcedErrorSettled represents a ForcedErrorSettled event raised by the ProofMarket contract.
type ProofMarketForcedErrorSettled struct {
	Id       [32]byte
	Reported bool
	Prize    *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterForcedErrorSettled is a free log retrieval operation binding the contract event 0xa6e60e1dbe7cf99ec5f7669e740d5792222b0cf7aa528a065cffc36747ad090a.
//
// Solidity: event ForcedErrorSettled(bytes32 indexed id, bool reported, uint256 prize)
func (_ProofMarket *ProofMarketFilterer) FilterForcedErrorSettled(opts *bind.FilterOpts, id [][32]byte) (*ProofMarketForcedErrorSettledIterator, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "ForcedErrorSettled", idRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketForcedErrorSettledIterator{contract: _ProofMarket.contract, event: "ForcedErrorSettled", logs: logs, sub: sub}, nil
}

// WatchForcedErrorSettled is a free log subscription operation binding the contract event 0xa6e60e1dbe7cf99ec5f7669e740d5792222b0cf7aa528a065cffc36747ad090a.
//
// Solidity: event ForcedErrorSettled(bytes32 indexed id, bool reported, uint256 prize)
func (_ProofMarket *ProofMarketFilterer) WatchForcedErrorSettled(opts *bind.WatchOpts, sink chan<- *ProofMarketForcedErrorSettled, id [][32]byte) (event.Subscription, error) {

	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "ForcedErrorSettled", idRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketForcedErrorSettled)
				if err := _ProofMarket.contract.UnpackLog(event, "ForcedErrorSettled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseForcedErrorSettled is a log parse operation binding the contract event 0xa6e60e1dbe7cf99ec5f7669e740d5792222b0cf7aa528a065cffc36747ad090a.
//
// Solidity: event ForcedErrorSettled(bytes32 indexed id, bool reported, uint256 prize)
func (_ProofMarket *ProofMarketFilterer) ParseForcedErrorSettled(log types.Log) (*ProofMarketForcedErrorSettled, error) {
	event := new(ProofMarketForcedErrorSettled)
	if err := _ProofMarket.contract.UnpackLog(event, "ForcedErrorSettled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketGameOpenedIterator is returned from FilterGameOpened and is used to iterate over the raw logs and unpacked data for GameOpened events raised by the ProofMarket contract.
type ProofMarketGameOpenedIterator struct {
	Event *ProofMarketGameOpened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketGameOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketGameOpened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketGameOpened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketGameOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketGameOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketGameOpened represents a GameOpened event raised by the ProofMarket contract.
type ProofMarketGameOpened struct {
	Dispute *big.Int
	Game    *big.Int
	Segment *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterGameOpened is a free log retrieval operation binding the contract event 0x929dea9fc0302618dfff007d1ed25dd80182f05abb2a20eff74ec9c911bd88ee.
//
// Solidity: event GameOpened(uint256 indexed dispute, uint256 indexed game, uint256 segment)
func (_ProofMarket *ProofMarketFilterer) FilterGameOpened(opts *bind.FilterOpts, dispute []*big.Int, game []*big.Int) (*ProofMarketGameOpenedIterator, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}
	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "GameOpened", disputeRule, gameRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketGameOpenedIterator{contract: _ProofMarket.contract, event: "GameOpened", logs: logs, sub: sub}, nil
}

// WatchGameOpened is a free log subscription operation binding the contract event 0x929dea9fc0302618dfff007d1ed25dd80182f05abb2a20eff74ec9c911bd88ee.
//
// Solidity: event GameOpened(uint256 indexed dispute, uint256 indexed game, uint256 segment)
func (_ProofMarket *ProofMarketFilterer) WatchGameOpened(opts *bind.WatchOpts, sink chan<- *ProofMarketGameOpened, dispute []*big.Int, game []*big.Int) (event.Subscription, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}
	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "GameOpened", disputeRule, gameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketGameOpened)
				if err := _ProofMarket.contract.UnpackLog(event, "GameOpened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseGameOpened is a log parse operation binding the contract event 0x929dea9fc0302618dfff007d1ed25dd80182f05abb2a20eff74ec9c911bd88ee.
//
// Solidity: event GameOpened(uint256 indexed dispute, uint256 indexed game, uint256 segment)
func (_ProofMarket *ProofMarketFilterer) ParseGameOpened(log types.Log) (*ProofMarketGameOpened, error) {
	event := new(ProofMarketGameOpened)
	if err := _ProofMarket.contract.UnpackLog(event, "GameOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketRootCommittedIterator is returned from FilterRootCommitted and is used to iterate over the raw logs and unpacked data for RootCommitted events raised by the ProofMarket contract.
type ProofMarketRootCommittedIterator struct {
	Event *ProofMarketRootCommitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketRootCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketRootCommitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketRootCommitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketRootCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketRootCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketRootCommitted represents a RootCommitted event raised by the ProofMarket contract.
type ProofMarketRootCommitted struct {
	Task      *big.Int
	ProofRoot [32]byte
	StateRoot [32]byte
	RootBlock uint64
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterRootCommitted is a free log retrieval operation binding the contract event 0x306fbb2065ed6b0f9fcabc72ab145122eaec76e7fa20ffc293c2ac46b8b89e63.
//
// Solidity: event RootCommitted(uint256 indexed task, bytes32 proofRoot, bytes32 stateRoot, uint64 rootBlock)
func (_ProofMarket *ProofMarketFilterer) FilterRootCommitted(opts *bind.FilterOpts, task []*big.Int) (*ProofMarketRootCommittedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "RootCommitted", taskRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketRootCommittedIterator{contract: _ProofMarket.contract, event: "RootCommitted", logs: logs, sub: sub}, nil
}

// WatchRootCommitted is a free log subscription operation binding the contract event 0x306fbb2065ed6b0f9fcabc72ab145122eaec76e7fa20ffc293c2ac46b8b89e63.
//
// Solidity: event RootCommitted(uint256 indexed task, bytes32 proofRoot, bytes32 stateRoot, uint64 rootBlock)
func (_ProofMarket *ProofMarketFilterer) WatchRootCommitted(opts *bind.WatchOpts, sink chan<- *ProofMarketRootCommitted, task []*big.Int) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "RootCommitted", taskRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketRootCommitted)
				if err := _ProofMarket.contract.UnpackLog(event, "RootCommitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRootCommitted is a log parse operation binding the contract event 0x306fbb2065ed6b0f9fcabc72ab145122eaec76e7fa20ffc293c2ac46b8b89e63.
//
// Solidity: event RootCommitted(uint256 indexed task, bytes32 proofRoot, bytes32 stateRoot, uint64 rootBlock)
func (_ProofMarket *ProofMarketFilterer) ParseRootCommitted(log types.Log) (*ProofMarketRootCommitted, error) {
	event := new(ProofMarketRootCommitted)
	if err := _ProofMarket.contract.UnpackLog(event, "RootCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketRuledIterator is returned from FilterRuled and is used to iterate over the raw logs and unpacked data for Ruled events raised by the ProofMarket contract.
type ProofMarketRuledIterator struct {
	Event *ProofMarketRuled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketRuledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketRuled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketRuled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketRuledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketRuledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketRuled represents a Ruled event raised by the ProofMarket contract.
type ProofMarketRuled struct {
	Dispute         *big.Int
	ChallengerWon   bool
	VerifierAtFault bool
	ByTimeout       bool
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterRuled is a free log retrieval operation binding the contract event 0x083f50886e5e881dab868b77275eb1e1d72081ca0ac84246df061141ba07d018.
//
// Solidity: event Ruled(uint256 indexed dispute, bool challengerWon, bool verifierAtFault, bool byTimeout)
func (_ProofMarket *ProofMarketFilterer) FilterRuled(opts *bind.FilterOpts, dispute []*big.Int) (*ProofMarketRuledIterator, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "Ruled", disputeRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketRuledIterator{contract: _ProofMarket.contract, event: "Ruled", logs: logs, sub: sub}, nil
}

// WatchRuled is a free log subscription operation binding the contract event 0x083f50886e5e881dab868b77275eb1e1d72081ca0ac84246df061141ba07d018.
//
// Solidity: event Ruled(uint256 indexed dispute, bool challengerWon, bool verifierAtFault, bool byTimeout)
func (_ProofMarket *ProofMarketFilterer) WatchRuled(opts *bind.WatchOpts, sink chan<- *ProofMarketRuled, dispute []*big.Int) (event.Subscription, error) {

	var disputeRule []interface{}
	for _, disputeItem := range dispute {
		disputeRule = append(disputeRule, disputeItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "Ruled", disputeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketRuled)
				if err := _ProofMarket.contract.UnpackLog(event, "Ruled", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRuled is a log parse operation binding the contract event 0x083f50886e5e881dab868b77275eb1e1d72081ca0ac84246df061141ba07d018.
//
// Solidity: event Ruled(uint256 indexed dispute, bool challengerWon, bool verifierAtFault, bool byTimeout)
func (_ProofMarket *ProofMarketFilterer) ParseRuled(log types.Log) (*ProofMarketRuled, error) {
	event := new(ProofMarketRuled)
	if err := _ProofMarket.contract.UnpackLog(event, "Ruled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketSeedRevealedIterator is returned from FilterSeedRevealed and is used to iterate over the raw logs and unpacked data for SeedRevealed events raised by the ProofMarket contract.
type ProofMarketSeedRevealedIterator struct {
	Event *ProofMarketSeedRevealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketSeedRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketSeedRevealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketSeedRevealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketSeedRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketSeedRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketSeedRevealed represents a SeedRevealed event raised by the ProofMarket contract.
type ProofMarketSeedRevealed struct {
	Task *big.Int
	Seed [32]byte
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterSeedRevealed is a free log retrieval operation binding the contract event 0x8a1c36537d08a9e00e4344b62d903f8e64cbb3a4833468fa225bd5b2f52565e2.
//
// Solidity: event SeedRevealed(uint256 indexed task, bytes32 seed)
func (_ProofMarket *ProofMarketFilterer) FilterSeedRevealed(opts *bind.FilterOpts, task []*big.Int) (*ProofMarketSeedRevealedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "SeedRevealed", taskRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketSeedRevealedIterator{contract: _ProofMarket.contract, event: "SeedRevealed", logs: logs, sub: sub}, nil
}

// WatchSeedRevealed is a free log subscription operation binding the contract event 0x8a1c36537d08a9e00e4344b62d903f8e64cbb3a4833468fa225bd5b2f52565e2.
//
// Solidity: event SeedRevealed(uint256 indexed task, bytes32 seed)
func (_ProofMarket *ProofMarketFilterer) WatchSeedRevealed(opts *bind.WatchOpts, sink chan<- *ProofMarketSeedRevealed, task []*big.Int) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "SeedRevealed", taskRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketSeedRevealed)
				if err := _ProofMarket.contract.UnpackLog(event, "SeedRevealed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseSeedRevealed is a log parse operation binding the contract event 0x8a1c36537d08a9e00e4344b62d903f8e64cbb3a4833468fa225bd5b2f52565e2.
//
// Solidity: event SeedRevealed(uint256 indexed task, bytes32 seed)
func (_ProofMarket *ProofMarketFilterer) ParseSeedRevealed(log types.Log) (*ProofMarketSeedRevealed, error) {
	event := new(ProofMarketSeedRevealed)
	if err := _ProofMarket.contract.UnpackLog(event, "SeedRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketTaskAbandonedIterator is returned from FilterTaskAbandoned and is used to iterate over the raw logs and unpacked data for TaskAbandoned events raised by the ProofMarket contract.
type ProofMarketTaskAbandonedIterator struct {
	Event *ProofMarketTaskAbandoned // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketTaskAbandonedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketTaskAbandoned)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketTaskAbandoned)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketTaskAbandonedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketTaskAbandonedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketTaskAbandoned represents a TaskAbandoned event raised by the ProofMarket contract.
type ProofMarketTaskAbandoned struct {
	Task *big.Int
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterTaskAbandoned is a free log retrieval operation binding the contract event 0xec4a3d791b6e8d61ef3dc9ed4edae13ba330a72cd79e85fb59c731cd56fd2580.
//
// Solidity: event TaskAbandoned(uint256 indexed task)
func (_ProofMarket *ProofMarketFilterer) FilterTaskAbandoned(opts *bind.FilterOpts, task []*big.Int) (*ProofMarketTaskAbandonedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "TaskAbandoned", taskRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketTaskAbandonedIterator{contract: _ProofMarket.contract, event: "TaskAbandoned", logs: logs, sub: sub}, nil
}

// WatchTaskAbandoned is a free log subscription operation binding the contract event 0xec4a3d791b6e8d61ef3dc9ed4edae13ba330a72cd79e85fb59c731cd56fd2580.
//
// Solidity: event TaskAbandoned(uint256 indexed task)
func (_ProofMarket *ProofMarketFilterer) WatchTaskAbandoned(opts *bind.WatchOpts, sink chan<- *ProofMarketTaskAbandoned, task []*big.Int) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "TaskAbandoned", taskRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketTaskAbandoned)
				if err := _ProofMarket.contract.UnpackLog(event, "TaskAbandoned", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskAbandoned is a log parse operation binding the contract event 0xec4a3d791b6e8d61ef3dc9ed4edae13ba330a72cd79e85fb59c731cd56fd2580.
//
// Solidity: event TaskAbandoned(uint256 indexed task)
func (_ProofMarket *ProofMarketFilterer) ParseTaskAbandoned(log types.Log) (*ProofMarketTaskAbandoned, error) {
	event := new(ProofMarketTaskAbandoned)
	if err := _ProofMarket.contract.UnpackLog(event, "TaskAbandoned", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketTaskClaimedIterator is returned from FilterTaskClaimed and is used to iterate over the raw logs and unpacked data for TaskClaimed events raised by the ProofMarket contract.
type ProofMarketTaskClaimedIterator struct {
	Event *ProofMarketTaskClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketTaskClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketTaskClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketTaskClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketTaskClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketTaskClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketTaskClaimed represents a TaskClaimed event raised by the ProofMarket contract.
type ProofMarketTaskClaimed struct {
	Task   *big.Int
	Solver common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterTaskClaimed is a free log retrieval operation binding the contract event 0x1d8996e29d44a50435d568c283ce2580e5706f87b19ff3d34f455c9d2a994620.
//
// Solidity: event TaskClaimed(uint256 indexed task, address indexed solver)
func (_ProofMarket *ProofMarketFilterer) FilterTaskClaimed(opts *bind.FilterOpts, task []*big.Int, solver []common.Address) (*ProofMarketTaskClaimedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var solverRule []interface{}
	for _, solverItem := range solver {
		solverRule = append(solverRule, solverItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "TaskClaimed", taskRule, solverRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketTaskClaimedIterator{contract: _ProofMarket.contract, event: "TaskClaimed", logs: logs, sub: sub}, nil
}

// WatchTaskClaimed is a free log subscription operation binding the contract event 0x1d8996e29d44a50435d568c283ce2580e5706f87b19ff3d34f455c9d2a994620.
//
// Solidity: event TaskClaimed(uint256 indexed task, address indexed solver)
func (_ProofMarket *ProofMarketFilterer) WatchTaskClaimed(opts *bind.WatchOpts, sink chan<- *ProofMarketTaskClaimed, task []*big.Int, solver []common.Address) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var solverRule []interface{}
	for _, solverItem := range solver {
		solverRule = append(solverRule, solverItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "TaskClaimed", taskRule, solverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketTaskClaimed)
				if err := _ProofMarket.contract.UnpackLog(event, "TaskClaimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskClaimed is a log parse operation binding the contract event 0x1d8996e29d44a50435d568c283ce2580e5706f87b19ff3d34f455c9d2a994620.
//
// Solidity: event TaskClaimed(uint256 indexed task, address indexed solver)
func (_ProofMarket *ProofMarketFilterer) ParseTaskClaimed(log types.Log) (*ProofMarketTaskClaimed, error) {
	event := new(ProofMarketTaskClaimed)
	if err := _ProofMarket.contract.UnpackLog(event, "TaskClaimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketTaskPaidIterator is returned from FilterTaskPaid and is used to iterate over the raw logs and unpacked data for TaskPaid events raised by the ProofMarket contract.
type ProofMarketTaskPaidIterator struct {
	Event *ProofMarketTaskPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketTaskPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketTaskPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketTaskPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketTaskPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketTaskPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketTaskPaid represents a TaskPaid event raised by the ProofMarket contract.
type ProofMarketTaskPaid struct {
	Task *big.Int
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterTaskPaid is a free log retrieval operation binding the contract event 0x357f3eae572babfa078658d7f9f741ecb1332b43f73f4fac3a67846cfd8355d4.
//
// Solidity: event TaskPaid(uint256 indexed task)
func (_ProofMarket *ProofMarketFilterer) FilterTaskPaid(opts *bind.FilterOpts, task []*big.Int) (*ProofMarketTaskPaidIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "TaskPaid", taskRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketTaskPaidIterator{contract: _ProofMarket.contract, event: "TaskPaid", logs: logs, sub: sub}, nil
}

// WatchTaskPaid is a free log subscription operation binding the contract event 0x357f3eae572babfa078658d7f9f741ecb1332b43f73f4fac3a67846cfd8355d4.
//
// Solidity: event TaskPaid(uint256 indexed task)
func (_ProofMarket *ProofMarketFilterer) WatchTaskPaid(opts *bind.WatchOpts, sink chan<- *ProofMarketTaskPaid, task []*big.Int) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "TaskPaid", taskRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketTaskPaid)
				if err := _ProofMarket.contract.UnpackLog(event, "TaskPaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskPaid is a log parse operation binding the contract event 0x357f3eae572babfa078658d7f9f741ecb1332b43f73f4fac3a67846cfd8355d4.
//
// Solidity: event TaskPaid(uint256 indexed task)
func (_ProofMarket *ProofMarketFilterer) ParseTaskPaid(log types.Log) (*ProofMarketTaskPaid, error) {
	event := new(ProofMarketTaskPaid)
	if err := _ProofMarket.contract.UnpackLog(event, "TaskPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketTaskPostedIterator is returned from FilterTaskPosted and is used to iterate over the raw logs and unpacked data for TaskPosted events raised by the ProofMarket contract.
type ProofMarketTaskPostedIterator struct {
	Event *ProofMarketTaskPosted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketTaskPostedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketTaskPosted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketTaskPosted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketTaskPostedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketTaskPostedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketTaskPosted represents a TaskPosted event raised by the ProofMarket contract.
type ProofMarketTaskPosted struct {
	Task        *big.Int
	Submitter   common.Address
	TaskHash    [32]byte
	DatasetRoot [32]byte
	SeedCommit  [32]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTaskPosted is a free log retrieval operation binding the contract event 0x0f4aaf8f73e9a3afbe81ca779361f6ebb6af0072723e980e0d3dc841884c5f82.
//
// Solidity: event TaskPosted(uint256 indexed task, address indexed submitter, bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit)
func (_ProofMarket *ProofMarketFilterer) FilterTaskPosted(opts *bind.FilterOpts, task []*big.Int, submitter []common.Address) (*ProofMarketTaskPostedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "TaskPosted", taskRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketTaskPostedIterator{contract: _ProofMarket.contract, event: "TaskPosted", logs: logs, sub: sub}, nil
}

// WatchTaskPosted is a free log subscription operation binding the contract event 0x0f4aaf8f73e9a3afbe81ca779361f6ebb6af0072723e980e0d3dc841884c5f82.
//
// Solidity: event TaskPosted(uint256 indexed task, address indexed submitter, bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit)
func (_ProofMarket *ProofMarketFilterer) WatchTaskPosted(opts *bind.WatchOpts, sink chan<- *ProofMarketTaskPosted, task []*big.Int, submitter []common.Address) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "TaskPosted", taskRule, submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketTaskPosted)
				if err := _ProofMarket.contract.UnpackLog(event, "TaskPosted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTaskPosted is a log parse operation binding the contract event 0x0f4aaf8f73e9a3afbe81ca779361f6ebb6af0072723e980e0d3dc841884c5f82.
//
// Solidity: event TaskPosted(uint256 indexed task, address indexed submitter, bytes32 taskHash, bytes32 datasetRoot, bytes32 seedCommit)
func (_ProofMarket *ProofMarketFilterer) ParseTaskPosted(log types.Log) (*ProofMarketTaskPosted, error) {
	event := new(ProofMarketTaskPosted)
	if err := _ProofMarket.contract.UnpackLog(event, "TaskPosted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketVerdictCommittedIterator is returned from FilterVerdictCommitted and is used to iterate over the raw logs and unpacked data for VerdictCommitted events raised by the ProofMarket contract.
type ProofMarketVerdictCommittedIterator struct {
	Event *ProofMarketVerdictCommitted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketVerdictCommittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketVerdictCommitted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketVerdictCommitted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketVerdictCommittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketVerdictCommittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketVerdictCommitted represents a VerdictCommitted event raised by the ProofMarket contract.
type ProofMarketVerdictCommitted struct {
	Task      *big.Int
	Verifier  common.Address
	Challenge [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterVerdictCommitted is a free log retrieval operation binding the contract event 0x4b6fe217d568d49be7f9998e095f21b520ad4e90d39baeb21acb1bdee5207751.
//
// Solidity: event VerdictCommitted(uint256 indexed task, address indexed verifier, bytes32 challenge)
func (_ProofMarket *ProofMarketFilterer) FilterVerdictCommitted(opts *bind.FilterOpts, task []*big.Int, verifier []common.Address) (*ProofMarketVerdictCommittedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "VerdictCommitted", taskRule, verifierRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketVerdictCommittedIterator{contract: _ProofMarket.contract, event: "VerdictCommitted", logs: logs, sub: sub}, nil
}

// WatchVerdictCommitted is a free log subscription operation binding the contract event 0x4b6fe217d568d49be7f9998e095f21b520ad4e90d39baeb21acb1bdee5207751.
//
// Solidity: event VerdictCommitted(uint256 indexed task, address indexed verifier, bytes32 challenge)
func (_ProofMarket *ProofMarketFilterer) WatchVerdictCommitted(opts *bind.WatchOpts, sink chan<- *ProofMarketVerdictCommitted, task []*big.Int, verifier []common.Address) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "VerdictCommitted", taskRule, verifierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketVerdictCommitted)
				if err := _ProofMarket.contract.UnpackLog(event, "VerdictCommitted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerdictCommitted is a log parse operation binding the contract event 0x4b6fe217d568d49be7f9998e095f21b520ad4e90d39baeb21acb1bdee5207751.
//
// Solidity: event VerdictCommitted(uint256 indexed task, address indexed verifier, bytes32 challenge)
func (_ProofMarket *ProofMarketFilterer) ParseVerdictCommitted(log types.Log) (*ProofMarketVerdictCommitted, error) {
	event := new(ProofMarketVerdictCommitted)
	if err := _ProofMarket.contract.UnpackLog(event, "VerdictCommitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketVerdictRevealedIterator is returned from FilterVerdictRevealed and is used to iterate over the raw logs and unpacked data for VerdictRevealed events raised by the ProofMarket contract.
type ProofMarketVerdictRevealedIterator struct {
	Event *ProofMarketVerdictRevealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketVerdictRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketVerdictRevealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketVerdictRevealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketVerdictRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketVerdictRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketVerdictRevealed represents a VerdictRevealed event raised by the ProofMarket contract.
type ProofMarketVerdictRevealed struct {
	Task     *big.Int
	Accepted bool
	Passed   *big.Int
	Dispute  *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterVerdictRevealed is a free log retrieval operation binding the contract event 0x411f2ce875b850562fa3117047866a4c70fe9a71dbeef9c7fe47e2223313eba5.
//
// Solidity: event VerdictRevealed(uint256 indexed task, bool accepted, uint256 passed, uint256 dispute)
func (_ProofMarket *ProofMarketFilterer) FilterVerdictRevealed(opts *bind.FilterOpts, task []*big.Int) (*ProofMarketVerdictRevealedIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "VerdictRevealed", taskRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketVerdictRevealedIterator{contract: _ProofMarket.contract, event: "VerdictRevealed", logs: logs, sub: sub}, nil
}

// WatchVerdictRevealed is a free log subscription operation binding the contract event 0x411f2ce875b850562fa3117047866a4c70fe9a71dbeef9c7fe47e2223313eba5.
//
// Solidity: event VerdictRevealed(uint256 indexed task, bool accepted, uint256 passed, uint256 dispute)
func (_ProofMarket *ProofMarketFilterer) WatchVerdictRevealed(opts *bind.WatchOpts, sink chan<- *ProofMarketVerdictRevealed, task []*big.Int) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "VerdictRevealed", taskRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketVerdictRevealed)
				if err := _ProofMarket.contract.UnpackLog(event, "VerdictRevealed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerdictRevealed is a log parse operation binding the contract event 0x411f2ce875b850562fa3117047866a4c70fe9a71dbeef9c7fe47e2223313eba5.
//
// Solidity: event VerdictRevealed(uint256 indexed task, bool accepted, uint256 passed, uint256 dispute)
func (_ProofMarket *ProofMarketFilterer) ParseVerdictRevealed(log types.Log) (*ProofMarketVerdictRevealed, error) {
	event := new(ProofMarketVerdictRevealed)
	if err := _ProofMarket.contract.UnpackLog(event, "VerdictRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketVerifierTimedOutIterator is returned from FilterVerifierTimedOut and is used to iterate over the raw logs and unpacked data for VerifierTimedOut events raised by the ProofMarket contract.
type ProofMarketVerifierTimedOutIterator struct {
	Event *ProofMarketVerifierTimedOut // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketVerifierTimedOutIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketVerifierTimedOut)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketVerifierTimedOut)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketVerifierTimedOutIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketVerifierTimedOutIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketVerifierTimedOut represents a VerifierTimedOut event raised by the ProofMarket contract.
type ProofMarketVerifierTimedOut struct {
	Task     *big.Int
	Verifier common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterVerifierTimedOut is a free log retrieval operation binding the contract event 0x0b568801acc62a6c3081c224c13f23c7d8e1369c8372dd99d66d1fef45e7b1b6.
//
// Solidity: event VerifierTimedOut(uint256 indexed task, address indexed verifier)
func (_ProofMarket *ProofMarketFilterer) FilterVerifierTimedOut(opts *bind.FilterOpts, task []*big.Int, verifier []common.Address) (*ProofMarketVerifierTimedOutIterator, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "VerifierTimedOut", taskRule, verifierRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketVerifierTimedOutIterator{contract: _ProofMarket.contract, event: "VerifierTimedOut", logs: logs, sub: sub}, nil
}

// WatchVerifierTimedOut is a free log subscription operation binding the contract event 0x0b568801acc62a6c3081c224c13f23c7d8e1369c8372dd99d66d1fef45e7b1b6.
//
// Solidity: event VerifierTimedOut(uint256 indexed task, address indexed verifier)
func (_ProofMarket *ProofMarketFilterer) WatchVerifierTimedOut(opts *bind.WatchOpts, sink chan<- *ProofMarketVerifierTimedOut, task []*big.Int, verifier []common.Address) (event.Subscription, error) {

	var taskRule []interface{}
	for _, taskItem := range task {
		taskRule = append(taskRule, taskItem)
	}
	var verifierRule []interface{}
	for _, verifierItem := range verifier {
		verifierRule = append(verifierRule, verifierItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "VerifierTimedOut", taskRule, verifierRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketVerifierTimedOut)
				if err := _ProofMarket.contract.UnpackLog(event, "VerifierTimedOut", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVerifierTimedOut is a log parse operation binding the contract event 0x0b568801acc62a6c3081c224c13f23c7d8e1369c8372dd99d66d1fef45e7b1b6.
//
// Solidity: event VerifierTimedOut(uint256 indexed task, address indexed verifier)
func (_ProofMarket *ProofMarketFilterer) ParseVerifierTimedOut(log types.Log) (*ProofMarketVerifierTimedOut, error) {
	event := new(ProofMarketVerifierTimedOut)
	if err := _ProofMarket.contract.UnpackLog(event, "VerifierTimedOut", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ProofMarketWithdrawnIterator is returned from FilterWithdrawn and is used to iterate over the raw logs and unpacked data for Withdrawn events raised by the ProofMarket contract.
type ProofMarketWithdrawnIterator struct {
	Event *ProofMarketWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ProofMarketWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ProofMarketWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ProofMarketWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ProofMarketWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ProofMarketWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ProofMarketWithdrawn represents a Withdrawn event raised by the ProofMarket contract.
type ProofMarketWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterWithdrawn is a free log retrieval operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_ProofMarket *ProofMarketFilterer) FilterWithdrawn(opts *bind.FilterOpts, account []common.Address) (*ProofMarketWithdrawnIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ProofMarket.contract.FilterLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return &ProofMarketWithdrawnIterator{contract: _ProofMarket.contract, event: "Withdrawn", logs: logs, sub: sub}, nil
}

// WatchWithdrawn is a free log subscription operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_ProofMarket *ProofMarketFilterer) WatchWithdrawn(opts *bind.WatchOpts, sink chan<- *ProofMarketWithdrawn, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ProofMarket.contract.WatchLogs(opts, "Withdrawn", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ProofMarketWithdrawn)
				if err := _ProofMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseWithdrawn is a log parse operation binding the contract event 0x7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (_ProofMarket *ProofMarketFilterer) ParseWithdrawn(log types.Log) (*ProofMarketWithdrawn, error) {
	event := new(ProofMarketWithdrawn)
	if err := _ProofMarket.contract.UnpackLog(event, "Withdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
