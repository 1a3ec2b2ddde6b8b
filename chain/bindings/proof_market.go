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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotTax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotPrize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winnerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"phaseWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"internalType\":\"structProofMarket.Terms\",\"name\":\"t\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"arbiter_\",\"type\":\"address\"},{\"internalType\":\"contractIMarketGame\",\"name\":\"game_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadySettled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReveal\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadShape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ChallengeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DisputeOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Duplicate\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameInProgress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotOfDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotOfMarket\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"GameNotOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidTerms\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoGame\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAllowed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SegmentOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SolverClaimNotCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StartNotCommitted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongGraph\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumProofMarket.Phase\",\"name\":\"have\",\"type\":\"uint8\"}],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongStepRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongTask\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerMoved\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byVerifier\",\"type\":\"bool\"}],\"name\":\"DisputeOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"ForcedErrorOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"prize\",\"type\":\"uint256\"}],\"name\":\"ForcedErrorSettled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"name\":\"GameOpened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"rootBlock\",\"type\":\"uint64\"}],\"name\":\"RootCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"verifierAtFault\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byTimeout\",\"type\":\"bool\"}],\"name\":\"Ruled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"}],\"name\":\"SeedRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"TaskAbandoned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"}],\"name\":\"TaskClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"}],\"name\":\"TaskPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"taskHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"seedCommit\",\"type\":\"bytes32\"}],\"name\":\"TaskPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"challenge\",\"type\":\"bytes32\"}],\"name\":\"VerdictCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"passed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"}],\"name\":\"VerdictRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierTimedOut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"abandon\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"name\":\"answer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"arbiter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"challengeOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimRevealTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimTask\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"name\":\"claimTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"}],\"name\":\"commitRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"commitment\",\"type\":\"bytes32\"}],\"name\":\"commitVerdict\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"challengerWon\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"verifierAtFault\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"name\":\"decide\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disputeCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"disputes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"task\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"byVerifier\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"challengerOnMove\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"moves\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrowAmount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"finalize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"forcedErrors\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"settled\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"freeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"game\",\"outputs\":[{\"internalType\":\"contractIMarketGame\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getTask\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"enumProofMarket.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"verifierSlashed\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"rootBlock\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"taskHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seedCommit\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"proofRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"stateRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challenge\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"verdictCommit\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"passed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"graphHash\",\"type\":\"bytes32\"}],\"internalType\":\"structProofMarket.Shape\",\"name\":\"shape\",\"type\":\"tuple\"}],\"internalType\":\"structProofMarket.Task\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"jackpot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"lockedOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"maxSlashProduct\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"openDispute\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fid\",\"type\":\"bytes32\"}],\"name\":\"openForcedError\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"segment\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"task\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"fromStep\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"solverClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32[]\",\"name\":\"writers\",\"type\":\"uint32[]\"}],\"internalType\":\"structIMarketGame.Spec\",\"name\":\"spec\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"startPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"claimPath\",\"type\":\"bytes32[]\"}],\"name\":\"openGame\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"datasetRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"seedCommit\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"interval\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"steps\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"graphHash\",\"type\":\"bytes32\"}],\"internalType\":\"structProofMarket.Shape\",\"name\":\"shape\",\"type\":\"tuple\"}],\"name\":\"postTask\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"seed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealSeed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"accepted\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"passed\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"revealVerdict\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"did\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gid\",\"type\":\"uint256\"}],\"name\":\"settleByGame\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"fid\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"reported\",\"type\":\"bool\"}],\"name\":\"settleForcedError\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"prize\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"taskCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"terms\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierFee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotTax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"solverStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifierStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"jackpotPrize\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"winnerShare\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"answerWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"phaseWithin\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengeWindow\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalFree\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalLocked\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161390938038061390983398101604081905261002f9161023f565b6060830151158061004257506080830151155b8061004f575060a0830151155b8061005e575060648360e00151115b8061007557506101008301516001600160401b0316155b8061008c57506101208301516001600160401b0316155b8061009e57506001600160a01b038216155b156100bc57604051630256965f60e01b815260040160405180910390fd5b6040830151602084015184516100d29190610328565b6100dc9190610328565b60c052608083015160608401515f91106100fa578360800151610100565b83606001515b9050808460a001511115610115575060a08301515b60e08401516101249082610341565b60e090815284515f5560208501516001556040850151600255606085015160035560808086015160045560a08087015160055560c08701516006559186015160075561010086015160088054610120890151610140909901516001600160401b03908116600160801b02600160801b600160c01b03199a821668010000000000000000026001600160801b031990931691909416171797909716179095556001600160a01b0393841690945250169052610358565b60405161016081016001600160401b038111828210171561020857634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610224575f5ffd5b919050565b80516001600160a01b0381168114610224575f5ffd5b5f5f5f8385036101a0811215610253575f5ffd5b610160811215610261575f5ffd5b5061026a6101d9565b845181526020808601519082015260408086015190820152606080860151908201526080808601519082015260a0808601519082015260c0808601519082015260e080860151908201526102c1610100860161020e565b6101008201526102d4610120860161020e565b6101208201526102e7610140860161020e565b61014082015292506102fc6101608501610229565b915061030b6101808501610229565b90509250925092565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561033b5761033b610314565b92915050565b808202811582820484141761033b5761033b610314565b60805160a05160c05160e05161354d6103bc5f395f61063c01525f81816103950152611af501525f818161068401528181610c0001528181610c4c01528181611478015261158201525f81816108110152818161122e0152611e13015261354d5ff3fe608060405260043610610207575f3560e01c806385241aca11610113578063c3fe3e281161009d578063d13256891161006d578063d1325689146106ed578063d50256251461070c578063e0d217f2146107c2578063e548c342146107e1578063fe25e00a14610800575f5ffd5b8063c3fe3e2814610673578063c87d6779146106be578063c970471e146106d2578063d0e30db0146106e5575f5ffd5b806398a68a31116100e357806398a68a311461057d578063a28889e1146105eb578063a5f1e28214610600578063b02b1ef51461062b578063b6cb58a51461065e575f5ffd5b806385241aca1461051957806386560f3c1461053857806386e773f11461054b5780638dd334951461056a575f5ffd5b80633ccfd60b11610194578063541487c511610164578063541487c5146103b7578063564a565d146103d657806356891412146104d057806360fbb494146104e55780636b31ee0114610504575f5ffd5b80633ccfd60b1461033e5780633f430a3f14610352578063400ca6a21461036557806347a7846f14610384575f5ffd5b80631d65e77e116101da5780631d65e77e1461028957806327d00fb0146102be5780632a4ccee5146102df578063333e44e6146102fe57806333e25bb914610313575f5ffd5b806302ca28061461020b57806305261aea1461022c57806306f702951461024b57806311cede881461026a575b5f5ffd5b348015610216575f5ffd5b5061022a610225366004612c9c565b610833565b005b348015610237575f5ffd5b5061022a610246366004612c9c565b610911565b348015610256575f5ffd5b5061022a610265366004612c9c565b610a4c565b348015610275575f5ffd5b5061022a610284366004612cb3565b610bf2565b348015610294575f5ffd5b506102a86102a3366004612c9c565b610d90565b6040516102b59190612d07565b60405180910390f35b6102d16102cc366004612c9c565b610f33565b6040519081526020016102b5565b3480156102ea575f5ffd5b506102d16102f9366004612c9c565b610fa6565b348015610309575f5ffd5b506102d1600c5481565b34801561031e575f5ffd5b506102d161032d366004612eb1565b60096020525f908152604090205481565b348015610349575f5ffd5b5061022a611097565b61022a610360366004612c9c565b61118e565b348015610370575f5ffd5b506102d161037f366004612ed9565b611222565b34801561038f575f5ffd5b506102d17f000000000000000000000000000000000000000000000000000000000000000081565b3480156103c2575f5ffd5b5061022a6103d1366004612f07565b6113b4565b3480156103e1575f5ffd5b506104696103f0366004612c9c565b60116020525f908152604090208054600182015460028301546003840154600485015460059095015493946001600160a01b03841694600160a01b850460ff90811695600160a81b8104821695600160b01b820490921694600160b81b9091046001600160401b03169363ffffffff909216929091908a565b604080519a8b526001600160a01b0390991660208b015296151597890197909752931515606088015291151560808701526001600160401b031660a086015263ffffffff1660c085015260e0840152610100830191909152610120820152610140016102b5565b3480156104db575f5ffd5b506102d1600d5481565b3480156104f0575f5ffd5b506102d16104ff366004612f77565b611475565b34801561050f575f5ffd5b506102d1600b5481565b348015610524575f5ffd5b506102d1610533366004613025565b611655565b61022a610546366004612cb3565b611802565b348015610556575f5ffd5b5061022a610565366004612c9c565b6118de565b61022a610578366004612c9c565b611940565b348015610588575f5ffd5b506105c4610597366004612c9c565b60126020525f90815260409020805460018201546002909201546001600160a01b03909116919060ff1683565b604080516001600160a01b03909416845260208401929092521515908201526060016102b5565b3480156105f6575f5ffd5b506102d1600f5481565b34801561060b575f5ffd5b506102d161061a366004612eb1565b600a6020525f908152604090205481565b348015610636575f5ffd5b506102d17f000000000000000000000000000000000000000000000000000000000000000081565b348015610669575f5ffd5b506102d1600e5481565b34801561067e575f5ffd5b506106a67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b5565b3480156106c9575f5ffd5b506102d16119bc565b6102d16106e036600461305f565b6119df565b61022a611bdc565b3480156106f8575f5ffd5b5061022a610707366004612f07565b611be8565b348015610717575f5ffd5b505f546001546002546003546004546005546006546007546008546107609897969594939291906001600160401b0380821691600160401b8104821691600160801b909104168b565b604080519b8c5260208c019a909a52988a01979097526060890195909552608088019390935260a087019190915260c086015260e08501526001600160401b0390811661010085015290811661012084015216610140820152610160016102b5565b3480156107cd575f5ffd5b5061022a6107dc366004612c9c565b611cb2565b3480156107ec575f5ffd5b5061022a6107fb3660046130a4565b611e08565b34801561080b575f5ffd5b506106a67f000000000000000000000000000000000000000000000000000000000000000081565b5f61083f826005611e72565b6002810154909150600160b81b90046001600160401b03164211610876576040516302eb354360e41b815260040160405180910390fd5b6002810154600f8201546001600160a01b03909116906108968282611f38565b80600b5f8282546108a791906130fd565b90915550505f600f84018190556002840180546001600160a01b0319169055600b8401556108d6836004611f80565b6040516001600160a01b0383169085907f0b568801acc62a6c3081c224c13f23c7d8e1369c8372dd99d66d1fef45e7b1b6905f90a350505050565b5f61091b82611ff4565b6002810154909150600160b81b90046001600160401b03164211610952576040516302eb354360e41b815260040160405180910390fd5b60028101805460ff60a01b1916600760a01b17905560018101545f546109859183916001600160a01b0390911690612079565b6001810154600e8201546109a2916001600160a01b0316906120b5565b5f600e8201556002810154600160b01b900460ff166109fe5760028101546001546109da9183916001600160a01b0390911690612079565b6002810154600f8201546109f7916001600160a01b0316906120b5565b5f600f8201555b8054600d820154610a18916001600160a01b0316906120b5565b5f600d820181905560405183917f357f3eae572babfa078658d7f9f741ecb1332b43f73f4fac3a67846cfd8355d491a25050565b5f610a56826120c9565b80545f908152601060205260408120600183015492935091600160a81b900460ff16610a8f5760018201546001600160a01b0316610a9e565b60018301546001600160a01b03165b9050336001600160a01b03821614610ac957604051631eb49d6d60e11b815260040160405180910390fd5b6001830154600160b81b90046001600160401b0316421115610afe5760405163387b2e5560e11b815260040160405180910390fd5b60018301805460ff60a81b198116600160a81b9182900460ff1615909102179055600854610b34906001600160401b03166120f9565b600180850180546001600160401b0393909316600160b81b0267ffffffffffffffff60b81b19909316929092179091556002840180545f90610b7d90849063ffffffff16613110565b82546101009290920a63ffffffff8181021990931691831602179091556001850154600286015460408051600160a81b90930460ff16158352921660208201528692507f341eb90e24e81de22f5dda749a2c4cf6208e12eb16694070b5fc90008a5ca4d091015b60405180910390a250505050565b5f610bfc83612104565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610c45576040516349eff1bb60e01b815260040160405180910390fd5b5f5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635a11492a886040518263ffffffff1660e01b8152600401610c9891815260200190565b60a060405180830381865afa158015610cb3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cd7919061312c565b94509450945094509450306001600160a01b0316856001600160a01b031614610d135760405163636340d960e01b815260040160405180910390fd5b8784141580610d26575086866004015414155b15610d445760405163618c0c9160e11b815260040160405180910390fd5b82610d62576040516304643c3960e01b815260040160405180910390fd5b600160ff831614610d85898883808015610d7a575085155b8b600501548761215f565b505050505050505050565b610d98612bc4565b5f8281526010602090815260409182902082516102c08101845281546001600160a01b0390811682526001830154811693820193909352600282015492831693810193909352906060830190600160a01b900460ff166009811115610dff57610dff612cd3565b6009811115610e1057610e10612cd3565b81526002820154600160a81b810460ff9081161515602080850191909152600160b01b83049091161515604080850191909152600160b81b9092046001600160401b03908116606080860191909152600386015482166080860152600486015460a0860152600586015460c0860152600686015460e0860152600786015461010086015260088601546101208601526009860154610140860152600a860154610160860152600b860154610180860152600c8601546101a0860152600d8601546101c0860152600e8601546101e0860152600f860154610200860152601086015461022086015283519081018452601186015463ffffffff8116825264010000000090049091169181019190915260129093015490830152610240015292915050565b5f610f3e3334612423565b5f610f4883611ff4565b6002810154909150600160b81b90046001600160401b0316421115610f805760405163387b2e5560e11b815260040160405180910390fd5b5f610f8f335f6005015461246d565b9050610f9e8483335f856124fe565b949350505050565b5f81815260106020526040812060046002820154600160a01b900460ff166009811115610fd557610fd5612cd3565b101561100d5760028101546040516396fe8cdd60e01b815261100491600160a01b900460ff1690600401613198565b60405180910390fd5b600a8101541561102157600a015492915050565b600381015461103a906001600160401b031660016130fd565b4311611059576040516329b6095b60e01b815260040160405180910390fd5b60038101545f90611074906001600160401b031660016130fd565b4090505f8190036110905761108a6001436131a6565b40610f9e565b9392505050565b335f90815260096020526040812054908190036110c757604051630686827b60e51b815260040160405180910390fd5b335f908152600960205260408120819055600c80548392906110ea9084906131a6565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26040515f90339083908381818185875af1925050503d805f8114611163576040519150601f19603f3d011682016040523d82523d5f602084013e611168565b606091505b505090508061118a576040516312171d8360e31b815260040160405180910390fd5b5050565b6111983334612423565b5f81815260126020526040902080546001600160a01b0316156111ce576040516306ca7a9d60e21b815260040160405180910390fd5b80546001600160a01b0319163390811782556004546111ed919061246d565b6001820155604051339083907fd489a8b17d42be62a061a0a9101fa4073bd091f01de9766b109d261d09975869905f90a35050565b5f336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461126c57604051631eb49d6d60e11b815260040160405180910390fd5b5f83815260126020526040902080546001600160a01b03166112a157604051631eb49d6d60e11b815260040160405180910390fd5b600281015460ff16156112c65760405162560ff960e81b815260040160405180910390fd5b60028101805460ff19166001908117909155810180545f909155836113165781546112fa906001600160a01b031682611f38565b80600b5f82825461130b91906130fd565b9091555061136f9050565b815461132b906001600160a01b0316826120b5565b600b546006541061133e57600b54611342565b6006545b925082600b5f82825461135591906131a6565b9091555050815461136f906001600160a01b031684612423565b6040805185151581526020810185905286917fa6e60e1dbe7cf99ec5f7669e740d5792222b0cf7aa528a065cffc36747ad090a910160405180910390a2505092915050565b5f6113c0846003611e72565b60018101549091506001600160a01b031633146113f057604051631eb49d6d60e11b815260040160405180910390fd5b600881018390556009810182905560038101805467ffffffffffffffff1916436001600160401b0316179055611427816004611f80565b600381015460408051858152602081018590526001600160401b039092169082015284907f306fbb2065ed6b0f9fcabc72ab145122eaec76e7fa20ffc293c2ac46b8b89e6390606001610be4565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166114bd576040516349eff1bb60e01b815260040160405180910390fd5b5f6114c7896120c9565b60018101549091506001600160a01b031633146114f757604051631eb49d6d60e11b815260040160405180910390fd5b6001810154600160b81b90046001600160401b031642111561152c5760405163387b2e5560e11b815260040160405180910390fd5b80545f90815260106020526040902061154a908989898989896126c9565b6005810188905580545f9081526010602052604090819020600190810154908301549151633116262d60e21b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169363c45898b4936115c3939083169291909116908e908d90600401613272565b6020604051808303815f875af11580156115df573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611603919061333e565b915081816004018190555081897f929dea9fc0302618dfff007d1ed25dd80182f05abb2a20eff74ec9c911bd88ee8a60405161164191815260200190565b60405180910390a350979650505050505050565b5f5f611662866005611e72565b60028101549091506001600160a01b0316331461169257604051631eb49d6d60e11b815260040160405180910390fd5b6002810154600160b81b90046001600160401b03164211156116c75760405163387b2e5560e11b815260040160405180910390fd5b600b8101546040805160208101899052339181019190915286151560608201526080810186905260a0810185905260c001604051602081830303815290604052805190602001201461172c57604051638ff14e0d60e01b815260040160405180910390fd5b600281018054600c830186905561ffff60a01b1916600160a81b8715150260ff60a01b191617600360a11b17905560085461177690600160801b90046001600160401b03166120f9565b8160020160176101000a8154816001600160401b0302191690836001600160401b03160217905550846117b4576117b186823360015f6124fe565b91505b6040805186151581526020810186905290810183905286907f411f2ce875b850562fa3117047866a4c70fe9a71dbeef9c7fe47e2223313eba59060600160405180910390a250949350505050565b61180c3334612423565b5f611818836004611e72565b60018101549091506001600160a01b0316330361184857604051631eb49d6d60e11b815260040160405180910390fd5b61185183610fa6565b600a8201556002810180546001600160a01b03191633908117909155600b8201839055600454611881919061246d565b600f820155611891816005611f80565b336001600160a01b0316837f4b6fe217d568d49be7f9998e095f21b520ad4e90d39baeb21acb1bdee520775183600a01546040516118d191815260200190565b60405180910390a3505050565b5f6118e8826120c9565b6001810154909150600160b81b90046001600160401b0316421161191f576040516302eb354360e41b815260040160405180910390fd5b61118a82828360010160159054906101000a900460ff16155f5f600161215f565b61194a3334612423565b5f611956826001611e72565b6001810180546001600160a01b0319163390811790915560035491925061197c9161246d565b600e82015561198c816002611f80565b604051339083907f1d8996e29d44a50435d568c283ce2580e5706f87b19ff3d34f455c9d2a994620905f90a35050565b5f600b54600d54600c546119d091906130fd565b6119da91906130fd565b905090565b5f6119ed6020830183613355565b63ffffffff161580611a155750611a0a6040830160208401613370565b6001600160401b0316155b15611a335760405163a9b0b66560e01b815260040160405180910390fd5b611a3d3334612423565b600e5f8154611a4b9061338b565b91829055505f81815260106020526040902080546001600160a01b031916331781556004810187905560058101869055600681018590559091508260118201611a9482826133a3565b505060028101805460ff60a01b1916600160a01b179055600854611ac790600160401b90046001600160401b03166120f9565b8160020160176101000a8154816001600160401b0302191690836001600160401b03160217905550611b19337f000000000000000000000000000000000000000000000000000000000000000061246d565b600d8201818155600254915f90611b319084906131a6565b9091555050600254335f908152600a602052604081208054909190611b579084906131a6565b9091555050600254600d80545f90611b709084906131a6565b9091555050600254600b80545f90611b899084906130fd565b90915550506040805187815260208101879052908101859052339083907f0f4aaf8f73e9a3afbe81ca779361f6ebb6af0072723e980e0d3dc841884c5f829060600160405180910390a350949350505050565b611be63334612423565b565b5f611bf4846002611e72565b80549091506001600160a01b03163314611c2157604051631eb49d6d60e11b815260040160405180910390fd5b600681015460408051602081018690529081018490526060016040516020818303038152906040528051906020012014611c6e57604051638ff14e0d60e01b815260040160405180910390fd5b60078101839055611c80816003611f80565b837f8a1c36537d08a9e00e4344b62d903f8e64cbb3a4833468fa225bd5b2f52565e284604051610be491815260200190565b5f818152601060205260408120906002820154600160a01b900460ff166009811115611ce057611ce0612cd3565b1480611d0c575060056002820154600160a01b900460ff166009811115611d0957611d09612cd3565b10155b15611d3a5760028101546040516396fe8cdd60e01b815261100491600160a01b900460ff1690600401613198565b6002810154600160b81b90046001600160401b03164211611d6e576040516302eb354360e41b815260040160405180910390fd5b60028101805460ff60a01b1916600960a01b1790558054600d820154611d9d916001600160a01b0316906120b5565b5f600d82015560018101546001600160a01b031615611dda576001810154600e820154611dd3916001600160a01b0316906120b5565b5f600e8201555b60405182907fec4a3d791b6e8d61ef3dc9ed4edae13ba330a72cd79e85fb59c731cd56fd2580905f90a25050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611e5157604051631eb49d6d60e11b815260040160405180910390fd5b5f611e5b856120c9565b9050611e6b85828686865f61215f565b5050505050565b5f828152601060205260409020816009811115611e9157611e91612cd3565b6002820154600160a01b900460ff166009811115611eb157611eb1612cd3565b14611edf5760028101546040516396fe8cdd60e01b815261100491600160a01b900460ff1690600401613198565b6005826009811115611ef357611ef3612cd3565b14158015611f1457506002810154600160b81b90046001600160401b031642115b15611f325760405163387b2e5560e11b815260040160405180910390fd5b92915050565b6001600160a01b0382165f908152600a602052604081208054839290611f5f9084906131a6565b9250508190555080600d5f828254611f7791906131a6565b90915550505050565b60028201805482919060ff60a01b1916600160a01b836009811115611fa757611fa7612cd3565b0217905550600854611fc890600160401b90046001600160401b03166120f9565b8260020160176101000a8154816001600160401b0302191690836001600160401b031602179055505050565b5f81815260106020526040902060066002820154600160a01b900460ff16600981111561202357612023612cd3565b146120515760028101546040516396fe8cdd60e01b815261100491600160a01b900460ff1690600401613198565b6010810154156120745760405163f321c1a360e01b815260040160405180910390fd5b919050565b8083600d015f82825461208c91906131a6565b909155505082546120a6906001600160a01b031682611f38565b6120b08282612423565b505050565b6120bf8282611f38565b61118a8282612423565b5f6120d382612104565b905080600401545f1461207457604051633497d0d160e21b815260040160405180910390fd5b5f611f3282426133fc565b5f818152601160205260408120805490910361213357604051631eb49d6d60e11b815260040160405180910390fd5b6001810154600160b01b900460ff16156120745760405162560ff960e81b815260040160405180910390fd5b84545f908152601060208190526040822060018801805460ff60b01b1916600160b01b1790559081018290559085156123485760028201805460ff60a01b1916600160a31b179055600180830154600e840154918901546121ce926001600160a01b03928316929091166127ff565b5f600e8301819055825490546121f19184916001600160a01b0390911690612079565b6001870154600160a01b900460ff1615801561220a5750845b8015612217575061010084105b801561222d57508382600c0154901c6001166001145b6002830154909150600160b01b900460ff166122b7578015612274576002820154600f830154600189015461226f926001600160a01b039081169291166127ff565b6122b0565b60028201546001546122939184916001600160a01b0390911690612079565b6002820154600f8301546122b0916001600160a01b0316906120b5565b5f600f8301555b8154600d8301546122d1916001600160a01b0316906120b5565b5f600d8301556001870154600160a01b900460ff1661230e5760018701546003880154612307916001600160a01b0316906120b5565b5f60038801555b6002820154600160b01b900460ff16806123255750805b600283018054911515600160b01b0260ff60b01b199092169190911790556123d2565b6001870154600160a01b900460ff16156123a4576002820154600f8301546001840154612382926001600160a01b039081169291166127ff565b5f600f83015560028201805461ffff60a81b191661010160a81b1790556123d2565b6001808801546003890154918401546123cb926001600160a01b03928316929091166127ff565b5f60038801555b604080518715158152821515602082015284151581830152905189917f083f50886e5e881dab868b77275eb1e1d72081ca0ac84246df061141ba07d018919081900360600190a25050505050505050565b805f0361242e575050565b6001600160a01b0382165f90815260096020526040812080548392906124559084906130fd565b9250508190555080600c5f828254611f7791906130fd565b6001600160a01b0382165f908152600960205260408120805483919083906124969084906131a6565b9250508190555081600c5f8282546124ae91906131a6565b90915550506001600160a01b0383165f908152600a6020526040812080548492906124da9084906130fd565b9250508190555081600d5f8282546124f291906130fd565b90915550919392505050565b5f600f5f815461250d9061338b565b918290555060408051610140810182528881526001600160a01b0387166020820152851515918101919091525f6060820181905260808201526008549192509060a0820190612564906001600160401b03166120f9565b6001600160401b0390811682525f60208084018290526040808501889052606080860184905260809586018490528784526011835292819020865181559186015160018301805488840151958901519789015160a08a0151909716600160b81b0267ffffffffffffffff60b81b19971515600160b01b0260ff60b01b19991515600160a81b029990991661ffff60a81b19971515600160a01b026001600160a81b03199093166001600160a01b039586161792909217969096161796909617949094169290921790935560c084015160028401805463ffffffff9290921663ffffffff1990921691909117905560e0840151600384015561010084015160048401556101209093015160059092019190915560108701839055905190851690879083907fd1849d57e27a198094f562ec3a9896723f31030d8def4dbcac8fbcc44400e163906126b890881515815260200190565b60405180910390a495945050505050565b5f6126f760118901886126e260408a0160208b01613370565b6126f260608b0160408c01613355565b612856565b6127029060016130fd565b600989015490915061271c888360608a013589898661292e565b612739576040516301a2471360e01b815260040160405180910390fd5b6127556127478960016130fd565b83896080013587878661292e565b61277257604051630da12b2960e41b815260040160405180910390fd5b601289015461278760e0890160c08a01613355565b61279460e08a018a61341b565b6040516020016127a693929190613460565b60405160208183030381529060405280519060200120146127da576040516372ebf04b60e01b815260040160405180910390fd5b6004890154873514610d8557604051638812562960e01b815260040160405180910390fd5b6128098383611f38565b6007545f9060649061281b90856134b7565b61282591906134ce565b90506128318282612423565b61283b81846131a6565b600b5f82825461284b91906130fd565b909155505050505050565b83545f9063ffffffff81169064010000000090046001600160401b031681600161288082846130fd565b61288a91906131a6565b61289491906134ce565b92508286106128b6576040516349b8775160e01b815260040160405180910390fd5b5f6128c183886134b7565b90505f836128cf83856131a6565b106128da57836128e4565b6128e482846131a6565b905081876001600160401b03161415806129045750808663ffffffff1614155b1561292257604051633b6749bf60e01b815260040160405180910390fd5b50505050949350505050565b5f85871061293d57505f61298c565b5f61295361294c6001896131a6565b8918612996565b905061296088821c6129b7565b61296a90826130fd565b8414612979575f91505061298c565b8261298789898989896129da565b149150505b9695505050505050565b5f5b81156120745760019190911c90806129af8161338b565b915050612998565b5f5b8115612074576129cc60018316826130fd565b9050600182901c91506129b9565b5f848610612a2a5760405162461bcd60e51b815260206004820152601a60248201527f6d65726b6c653a20696e646578206f7574206f662072616e67650000000000006044820152606401611004565b5f612a40612a396001886131a6565b8818612996565b90505f612a4e88831c6129b7565b9050612a5a81836130fd565b8414612aa85760405162461bcd60e51b815260206004820152601960248201527f6d65726b6c653a2077726f6e672070617468206c656e677468000000000000006044820152606401611004565b8592505f5b82811015612b1357600189821c1615612ae757612ae2868683818110612ad557612ad56134ed565b9050602002013585612b49565b612b09565b612b0984878784818110612afd57612afd6134ed565b90506020020135612b49565b9350600101612aad565b50815b84811015612b3d57612b33868683818110612ad557612ad56134ed565b9350600101612b16565b50505095945050505050565b604051600160f81b602082015260218101839052604181018290525f9060029060610160408051601f1981840301815290829052612b8691613501565b602060405180830381855afa158015612ba1573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190611090919061333e565b604080516102c0810182525f8082526020820181905291810182905290606082019081526020015f151581526020015f151581526020015f6001600160401b031681526020015f6001600160401b031681526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f8152602001612c9760405180606001604052805f63ffffffff1681526020015f6001600160401b031681526020015f81525090565b905290565b5f60208284031215612cac575f5ffd5b5035919050565b5f5f60408385031215612cc4575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b600a8110612d0357634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b0316815261030081016020830151612d3360208401826001600160a01b03169052565b506040830151612d4e60408401826001600160a01b03169052565b506060830151612d616060840182612ce7565b506080830151612d75608084018215159052565b5060a0830151612d8960a084018215159052565b5060c0830151612da460c08401826001600160401b03169052565b5060e0830151612dbf60e08401826001600160401b03169052565b506101008301516101008301526101208301516101208301526101408301516101408301526101608301516101608301526101808301516101808301526101a08301516101a08301526101c08301516101c08301526101e08301516101e08301526102008301516102008301526102208301516102208301526102408301516102408301526102608301516102608301526102808301516102808301526102a0830151612e936102a0840182805163ffffffff1682526020808201516001600160401b031690830152604090810151910152565b5092915050565b6001600160a01b0381168114612eae575f5ffd5b50565b5f60208284031215612ec1575f5ffd5b813561109081612e9a565b8015158114612eae575f5ffd5b5f5f60408385031215612eea575f5ffd5b823591506020830135612efc81612ecc565b809150509250929050565b5f5f5f60608486031215612f19575f5ffd5b505081359360208301359350604090920135919050565b5f5f83601f840112612f40575f5ffd5b5081356001600160401b03811115612f56575f5ffd5b6020830191508360208260051b8501011115612f70575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215612f8d575f5ffd5b873596506020880135955060408801356001600160401b03811115612fb0575f5ffd5b8801610100818b031215612fc2575f5ffd5b945060608801356001600160401b03811115612fdc575f5ffd5b612fe88a828b01612f30565b90955093505060808801356001600160401b03811115613006575f5ffd5b6130128a828b01612f30565b989b979a50959850939692959293505050565b5f5f5f5f60808587031215613038575f5ffd5b84359350602085013561304a81612ecc565b93969395505050506040820135916060013590565b5f5f5f5f84860360c0811215613073575f5ffd5b8535945060208601359350604086013592506060605f1982011215613096575f5ffd5b509295919450926060019150565b5f5f5f5f608085870312156130b7575f5ffd5b8435935060208501356130c981612ecc565b925060408501356130d981612ecc565b9396929550929360600135925050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115611f3257611f326130e9565b63ffffffff8181168382160190811115611f3257611f326130e9565b5f5f5f5f5f60a08688031215613140575f5ffd5b855161314b81612e9a565b60208701516040880151919650945061316381612ecc565b606087015190935060ff81168114613179575f5ffd5b608087015190925061318a81612ecc565b809150509295509295909350565b60208101611f328284612ce7565b81810381811115611f3257611f326130e9565b6001600160401b0381168114612eae575f5ffd5b63ffffffff81168114612eae575f5ffd5b8035612074816131cd565b5f5f8335601e198436030181126131fe575f5ffd5b83016020810192503590506001600160401b0381111561321c575f5ffd5b8060051b3603821315612f70575f5ffd5b8183526020830192505f815f5b8481101561326857813561324d816131cd565b63ffffffff168652602095860195919091019060010161323a565b5093949350505050565b6001600160a01b0385811682528416602080830191909152604082018490526080606083018190528335908301525f908301356132ae816131b9565b6001600160401b031660a08301526132c8604084016131de565b63ffffffff811660c084015250606083013560e0830152608083013561010083015260a083013561012083015261330160c084016131de565b63ffffffff1661014083015261331a60e08401846131e9565b6101006101608501526133326101808501828461322d565b98975050505050505050565b5f6020828403121561334e575f5ffd5b5051919050565b5f60208284031215613365575f5ffd5b8135611090816131cd565b5f60208284031215613380575f5ffd5b8135611090816131b9565b5f6001820161339c5761339c6130e9565b5060010190565b81356133ae816131cd565b815460208401356133be816131b9565b6bffffffffffffffff000000008160201b1663ffffffff84166bffffffffffffffffffffffff19841617178455505050604082013560018201555050565b6001600160401b038181168382160190811115611f3257611f326130e9565b5f5f8335601e19843603018112613430575f5ffd5b8301803591506001600160401b03821115613449575f5ffd5b6020019150600581901b3603821315612f70575f5ffd5b63ffffffff8416815260406020820181905281018290525f8360608301825b858110156134ac578235613492816131cd565b63ffffffff1682526020928301929091019060010161347f565b509695505050505050565b8082028115828204841417611f3257611f326130e9565b5f826134e857634e487b7160e01b5f52601260045260245ffd5b500490565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f92019182525091905056fea26469706673582212207303b763d83846f5313d1fc850571f59ba99ee44bdd4956457edc0c6a733e70264736f6c63430008250033",
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

// OpenGame is a paid mutator transaction binding the contract method 0x60fbb494.
//
// Solidity: function openGame(uint256 did, uint256 segment, (bytes32,uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) spec, bytes32[] startPath, bytes32[] claimPath) returns(uint256 gid)
func (_ProofMarket *ProofMarketTransactor) OpenGame(opts *bind.TransactOpts, did *big.Int, segment *big.Int, spec IMarketGameSpec, startPath [][32]byte, claimPath [][32]byte) (*types.Transaction, error) {
	return _ProofMarket.contract.Transact(opts, "openGame", did, segment, spec, startPath, claimPath)
}

// OpenGame is a paid mutator transaction binding the contract method 0x60fbb494.
//
// Solidity: function openGame(uint256 did, uint256 segment, (bytes32,uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) spec, bytes32[] startPath, bytes32[] claimPath) returns(uint256 gid)
func (_ProofMarket *ProofMarketSession) OpenGame(did *big.Int, segment *big.Int, spec IMarketGameSpec, startPath [][32]byte, claimPath [][32]byte) (*types.Transaction, error) {
	return _ProofMarket.Contract.OpenGame(&_ProofMarket.TransactOpts, did, segment, spec, startPath, claimPath)
}

// OpenGame is a paid mutator transaction binding the contract method 0x60fbb494.
//
// Solidity: function openGame(uint256 did, uint256 segment, (bytes32,uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) spec, bytes32[] startPath, bytes32[] claimPath) returns(uint256 gid)
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
