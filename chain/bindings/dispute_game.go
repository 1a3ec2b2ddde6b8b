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

// DisputeGameBinding is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameBinding struct {
	State     uint32
	Node      uint32
	Leaf      [32]byte
	NodePath  [][32]byte
	StatePath [][32]byte
}

// DisputeGameInputOpening is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameInputOpening struct {
	Node uint32
	Leaf [32]byte
	Path [][32]byte
}

// DisputeGameOpening is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameOpening struct {
	Index uint32
	Leaf  [32]byte
	Path  [][32]byte
}

// DisputeGameSliceCase is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameSliceCase struct {
	A          IChunkRulingTensor
	B          IChunkRulingTensor
	APath      [][32]byte
	BPath      [][32]byte
	Prev       IInnerRulingPartial
	Next       IInnerRulingPartial
	SolverNext IInnerRulingPartial
	Row        *big.Int
	Proof      []byte
}

// DisputeGameSliceCircuit is an auto generated low-level Go binding around an user-defined struct.
type DisputeGameSliceCircuit struct {
	Slice  common.Address
	Round  common.Address
	Inputs []uint32
	Slices uint32
	Zero   [32]byte
}

// IChunkRulingTensor is an auto generated low-level Go binding around an user-defined struct.
type IChunkRulingTensor struct {
	Name    []byte
	Shape   []uint32
	Leaf    [32]byte
	Digests [][32]byte
}

// IInnerRulingPartial is an auto generated low-level Go binding around an user-defined struct.
type IInnerRulingPartial struct {
	Name    []byte
	M       uint32
	K       uint32
	N       uint32
	Index   uint32
	Leaf    [32]byte
	Digests [][32]byte
}

// IMarketGameSpec is an auto generated low-level Go binding around an user-defined struct.
type IMarketGameSpec struct {
	Task            [32]byte
	FromStep        uint64
	Steps           uint32
	Start           [32]byte
	SolverClaim     [32]byte
	ChallengerClaim [32]byte
	Nodes           uint32
	Writers         []uint32
}

// DisputeGameMetaData contains all meta data concerning the DisputeGame contract.
var DisputeGameMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRulingVerifier\",\"name\":\"ruling_\",\"type\":\"address\"},{\"internalType\":\"contractIChunkRuling\",\"name\":\"chunkRuling_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bond_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"clockSeconds_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAnswered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"BadAnswer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadBond\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CircuitRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoCircuit\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAPlayer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistrar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OutOfTime\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimeLeft\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongPhase\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"}],\"name\":\"Answered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"graph\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"CircuitSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"}],\"name\":\"Created\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"winner\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"reason\",\"type\":\"string\"}],\"name\":\"Ended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"}],\"name\":\"Narrowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"game\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"side\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"PartialOpened\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"bond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"caseOf\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"fromStep\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"solverClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nodes\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"chunkRuling\",\"outputs\":[{\"internalType\":\"contractIChunkRuling\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"graph\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"}],\"name\":\"circuitKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"graph\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"}],\"name\":\"circuitOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"inputs\",\"type\":\"uint32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"claimTimeout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"clockSeconds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"step\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nodes\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"state\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"nodePath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"statePath\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.Binding[]\",\"name\":\"bindings\",\"type\":\"tuple[]\"}],\"name\":\"commitNodes\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"firstPath\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIInnerRuling.Partial\",\"name\":\"last\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"lastPath\",\"type\":\"bytes32[]\"}],\"name\":\"commitPartials\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.Opening\",\"name\":\"first\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.Opening\",\"name\":\"last\",\"type\":\"tuple\"}],\"name\":\"commitSteps\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"task\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"fromStep\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"solverClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32[]\",\"name\":\"writers\",\"type\":\"uint32[]\"}],\"name\":\"create\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"gameCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"innerStatus\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"round\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"agreed\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"solver\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"task\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"fromStep\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"steps\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"start\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"solverClaim\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"challengerClaim\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"nodes\",\"type\":\"uint32\"},{\"internalType\":\"uint32[]\",\"name\":\"writers\",\"type\":\"uint32[]\"}],\"internalType\":\"structIMarketGame.Spec\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"openInner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIInnerRuling.Partial\",\"name\":\"p\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"name\":\"openPartial\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"size\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"prefixRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"openPrefix\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.Opening\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"openState\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"outcome\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"market\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dispute\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"over\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"winner\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"timedOut\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIChunkRuling.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes32[][]\",\"name\":\"inputPaths\",\"type\":\"bytes32[][]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIChunkRuling.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIChunkRuling.Tensor\",\"name\":\"solverOutput\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveChunkWrong\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIInnerRuling.Partial\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIChunkRuling.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveRoundWrong\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIChunkRuling.Tensor\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIChunkRuling.Tensor\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"aPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"bPath\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIInnerRuling.Partial\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIInnerRuling.Partial\",\"name\":\"next\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structIInnerRuling.Partial\",\"name\":\"solverNext\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structDisputeGame.SliceCase\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"proveSliceWrong\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256[8]\",\"name\":\"proof\",\"type\":\"uint256[8]\"}],\"name\":\"proveSolverWrong\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"graph\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"inputs\",\"type\":\"uint32[]\"}],\"name\":\"registerChunkCircuit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"graph\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"slice\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"round\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"inputs\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"slices\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"zero\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.SliceCircuit\",\"name\":\"c\",\"type\":\"tuple\"}],\"name\":\"registerSliceCircuit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registrar\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"output\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"outputPath\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"consistency\",\"type\":\"bytes32[]\"},{\"components\":[{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"path\",\"type\":\"bytes32[]\"}],\"internalType\":\"structDisputeGame.InputOpening[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"}],\"name\":\"reveal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ruling\",\"outputs\":[{\"internalType\":\"contractIRulingVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"rulingInput\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"graph\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"node\",\"type\":\"uint32\"}],\"name\":\"sliceCircuitOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"slice\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"round\",\"type\":\"address\"},{\"internalType\":\"uint32[]\",\"name\":\"inputs\",\"type\":\"uint32[]\"},{\"internalType\":\"uint32\",\"name\":\"slices\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"zero\",\"type\":\"bytes32\"}],\"internalType\":\"structDisputeGame.SliceCircuit\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"status\",\"outputs\":[{\"internalType\":\"enumDisputeGame.Phase\",\"name\":\"phase\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"winner\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"rounds\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"lo\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"hi\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"solverClock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"challengerClock\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x610120604052348015610010575f5ffd5b506040516160fc3803806160fc83398101604081905261002f916100f2565b6001600160a01b0384161580159061004657505f82115b801561005a57505f816001600160401b0316115b6100aa5760405162461bcd60e51b815260206004820152601460248201527f67616d653a2062616420706172616d6574657273000000000000000000000000604482015260640160405180910390fd5b6001600160a01b039384166080529190921660a0523360c05260e0919091526001600160401b03166101005261014f565b6001600160a01b03811681146100ef575f5ffd5b50565b5f5f5f5f60808587031215610105575f5ffd5b8451610110816100db565b6020860151909450610121816100db565b6040860151606087015191945092506001600160401b0381168114610144575f5ffd5b939692955090935050565b60805160a05160c05160e05161010051615f0e6101ee5f395f81816107b40152613aba01525f818161055601528181610f0001526131e201525f818161026c01528181611062015261144301525f818161065101528181610b7d01528181611d84015281816124f8015281816126d60152818161363b015281816137c801528181613c220152613e5701525f818161021c0152611f490152615f0e5ff3fe6080604052600436106101e6575f3560e01c80638b90be5a11610108578063bffcbd5e1161009d578063d1cdf2b91161006d578063d1cdf2b914610758578063d3713f7314610784578063df093e33146107a3578063e9e28b60146107ee578063f6d4670014610801575f5ffd5b8063bffcbd5e146106d0578063c101b289146106ef578063c45898b41461070e578063ce513b6f1461072d575f5ffd5b80639ed0c89a116100d85780639ed0c89a14610640578063a8c991fe14610673578063adebd09a14610692578063b6979b11146106b1575f5ffd5b80638b90be5a146105c4578063941de644146105e3578063973c3465146106025780639c7870ec14610621575f5ffd5b8063467d06fe1161017e578063611d1b2d1161014e578063611d1b2d1461052657806364c9ec6f146105455780637644affc1461057857806386e773f1146105a5575f5ffd5b8063467d06fe146104175780634d1975b41461049657806357124d25146104b85780635a11492a146104cb575f5ffd5b80633ccfd60b116101b95780633ccfd60b146102ad5780633ead10f8146102c157806340a8c537146102e057806342d21ef714610388575f5ffd5b806308cd1998146101ea57806317efc3df1461020b5780632b20e3971461025b5780633994b6551461028e575b5f5ffd5b3480156101f5575f5ffd5b506102096102043660046145b0565b61082d565b005b348015610216575f5ffd5b5061023e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b348015610266575f5ffd5b5061023e7f000000000000000000000000000000000000000000000000000000000000000081565b348015610299575f5ffd5b506102096102a8366004614677565b610a3c565b3480156102b8575f5ffd5b50610209610c6a565b3480156102cc575f5ffd5b506102096102db36600461471b565b610d13565b3480156102eb575f5ffd5b506103496102fa366004614789565b5f90815260016020526040902060068101546009820154600a830154600b909301546001600160401b03600160a01b8404169463ffffffff600160201b85048116959394600160401b90041690565b604080516001600160401b03909716875263ffffffff9586166020880152860193909352606085019190915260808401521660a082015260c001610252565b348015610393575f5ffd5b506104046103a2366004614789565b5f9081526001602052604090206002810154600682015460059092015460ff80831694610100909304169263ffffffff80821693600160601b8304821693600160801b909304909116916001600160401b0380821692600160401b9092041690565b60405161025297969594939291906147d4565b348015610422575f5ffd5b50610468610431366004614789565b5f908152600560205260409020805460079091015463ffffffff80831693600160201b840490911692600160401b900460ff169190565b6040805163ffffffff9586168152949093166020850152901515918301919091526060820152608001610252565b3480156104a1575f5ffd5b506104aa5f5481565b604051908152602001610252565b6104aa6104c6366004614853565b610efd565b3480156104d6575f5ffd5b506104ea6104e5366004614789565b610fea565b604080516001600160a01b03909616865260208601949094529115159284019290925260ff90911660608301521515608082015260a001610252565b348015610531575f5ffd5b50610209610540366004614902565b611057565b348015610550575f5ffd5b506104aa7f000000000000000000000000000000000000000000000000000000000000000081565b348015610583575f5ffd5b5061059761059236600461495c565b611229565b60405161025292919061498a565b3480156105b0575f5ffd5b506102096105bf366004614789565b6112e3565b3480156105cf575f5ffd5b506102096105de3660046149e5565b611438565b3480156105ee575f5ffd5b506102096105fd366004614a35565b61159b565b34801561060d575f5ffd5b5061020961061c366004614a97565b61193e565b34801561062c575f5ffd5b5061020961063b366004614b59565b611d31565b34801561064b575f5ffd5b5061023e7f000000000000000000000000000000000000000000000000000000000000000081565b34801561067e575f5ffd5b5061020961068d366004614c43565b611f11565b34801561069d575f5ffd5b506102096106ac366004614c85565b611ffa565b3480156106bc575f5ffd5b506102096106cb366004614cc8565b612205565b3480156106db575f5ffd5b506102096106ea366004614789565b6127df565b3480156106fa575f5ffd5b50610209610709366004614d07565b6128b0565b348015610719575f5ffd5b506104aa610728366004614db0565b612a2d565b348015610738575f5ffd5b506104aa610747366004614e1c565b60036020525f908152604090205481565b348015610763575f5ffd5b50610777610772366004614789565b612a72565b6040516102529190614e59565b34801561078f575f5ffd5b506104aa61079e36600461495c565b612b94565b3480156107ae575f5ffd5b506107d67f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610252565b6102096107fc366004614e67565b612bd6565b34801561080c575f5ffd5b5061082061081b36600461495c565b612e7a565b6040516102529190614edc565b5f5f61083a876004612f83565b600682015491935091505f906002906108699063ffffffff600160601b8204811691600160801b900416614f89565b6108739190614fa5565b600684015461088f9190600160601b900463ffffffff16614fd8565b90508063ffffffff168763ffffffff16146108f25760405163ee9e434f60e01b815260206004820152601860248201527f6e6f7420746865207072656669782061736b656420666f72000000000000000060448201526064015b60405180910390fd5b600683015461092e9063ffffffff80841691600160401b90041687878a600c890160ff89166002811061092757610927614ff4565b01546132ad565b61098a5760405163ee9e434f60e01b815260206004820152602660248201527f707265666978206973206e6f7420636f6e73697374656e74207769746820746860448201526519481c9bdbdd60d21b60648201526084016108e9565b8583600e018360ff16600281106109a3576109a3614ff4565b01556109b0888484613489565b15610a3257600f830154600e840154036109f55760068301805463ffffffff60601b1916600160601b63ffffffff841602179055600e83015f01546013840155610a28565b60068301805463ffffffff60801b1916600160801b63ffffffff84160217905560148301610a26600e85018261501c565b505b610a328884613557565b5050505050505050565b5f5f610a4988600a612f83565b909250905060ff8116600114610a725760405163abca351760e01b815260040160405180910390fd5b5f8881526005602052604090208054600160401b900460ff16610ad85760405163ee9e434f60e01b815260206004820152601e60248201527f746865207369646573206469737075746520746865207061727469616c73000060448201526064016108e9565b80600701548860a0013514610b295760405163ee9e434f60e01b81526020600482015260166024820152751b9bdd081d1a19481859dc995959081c185c9d1a585b60521b60448201526064016108e9565b6016830154604088013514610b7b5760405163ee9e434f60e01b81526020600482015260176024820152761b9bdd081d1a19481cdbdb1d995c89dcc81bdd5d1c1d5d604a1b60448201526064016108e9565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663485ebfba610bb385613608565b600101546040516001600160e01b031960e084901b168152610beb916001600160a01b0316908c908c908c908c908c9060040161527f565b602060405180830381865afa158015610c06573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c2a91906152dc565b50610c5f898460016040518060400160405280600f81526020016e726f756e64696e672072756c696e6760881b815250613688565b505050505050505050565b335f9081526003602052604081205490819003610c9a57604051630686827b60e51b815260040160405180910390fd5b335f818152600360205260408082208290555190919083908381818185875af1925050503d805f8114610ce8576040519150601f19603f3d011682016040523d82523d5f602084013e610ced565b606091505b5050905080610d0f576040516312171d8360e31b815260040160405180910390fd5b5050565b5f5f610d20866009612f83565b5f88815260056020526040812080549395509193509091600290610d549063ffffffff80821691600160201b900416614f89565b610d5e9190614fa5565b8254610d70919063ffffffff16614fd8565b9050610dab81610d7f86613608565b6003015463ffffffff168989896001880160ff8a1660028110610da457610da4614ff4565b0154613740565b877f49cb2d503a66935b71d0324bce9030420c3e9dfe9491fe716f15c557b5f0008d8483610ddc60c08c018c6152f3565b604051610dec9493929190615338565b60405180910390a28660a00135826005018460ff1660028110610e1157610e11614ff4565b0155610e1e888585613489565b15610a32576006820154600583015403610e5657815463ffffffff191663ffffffff8216178255600582015f01546007830155610e86565b815467ffffffff000000001916600160201b63ffffffff83160217825560038201610e84600584018261501c565b505b8154600190610ea59063ffffffff80821691600160201b900416614f89565b63ffffffff161115610ef257815460405189915f516020615eb95f395f51905f5291610ee59160099163ffffffff80831692600160201b90041690615360565b60405180910390a2610a32565b610a32888584613904565b5f7f00000000000000000000000000000000000000000000000000000000000000003414610f3e5760405163c2fb134f60e01b815260040160405180910390fd5b610fc78b336040518061010001604052808e81526020018d6001600160401b031681526020018c63ffffffff1681526020018b81526020018a81526020018981526020018863ffffffff1681526020018787808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152505050915250613978565b5f81815260016020526040902034601b909101559b9a5050505050505050505050565b5f818152600160205260408120601c810154601d8201548392839283928392916001600160a01b0316906007600284015460ff16600a81111561102f5761102f6147a0565b6002850154601e90950154939b929a5014975061010090920460ff9081169650169350915050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146110a057604051632ad9535160e01b815260040160405180910390fd5b5f60045f6110ae8686612b94565b815260208101919091526040015f2080549091506001600160a01b0316156110e9576040516302b8168360e31b815260040160405180910390fd5b5f6110f76020840184614e1c565b6001600160a01b03161415801561112657505f61111a6040840160208501614e1c565b6001600160a01b031614155b8015611140575061113a60408301836152f3565b90506002145b801561116257506002611159608084016060850161538e565b63ffffffff1610155b6111a25760405162461bcd60e51b815260206004820152601160248201527019d85b594e881898590818da5c98dd5a5d607a1b60448201526064016108e9565b8160045f6111b08787612b94565b81526020019081526020015f2081816111c9919061551b565b508490507fd48356330c00eda6eecc24ee862cf274d967dff8e61630770f2ef304037b10a5846111fc6020860186614e1c565b6040805163ffffffff90931683526001600160a01b0390911660208301520160405180910390a250505050565b5f60605f60025f61123a8787612b94565b815260208082019290925260409081015f2080546001820180548451818702810187019095528085529295506001600160a01b039091169390929183918301828280156112cf57602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff16815260200190600401906020826003010492830192600103820291508084116112925790505b5050505050905092509250505b9250929050565b5f81815260016020526040812090600282015460ff16600a81111561130a5761130a6147a0565b148061132e57506007600282015460ff16600a81111561132c5761132c6147a0565b145b1561134c576040516338961af360e21b815260040160405180910390fd5b60048101545f90611366906001600160401b0316426155da565b60038301549091505f9060ff1615801561138c575060058301546001600160401b031682115b60038401549091505f90610100900460ff161580156113be57506005840154600160401b90046001600160401b031683115b9050811580156113cc575080155b156113ea5760405163de824f9360e01b815260040160405180910390fd5b601e8401805460ff1916600117905561143185858361140a57600161140c565b5f5b604051806040016040528060078152602001661d1a5b595bdd5d60ca1b815250613688565b5050505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461148157604051632ad9535160e01b815260040160405180910390fd5b5f60025f61148f8888612b94565b815260208101919091526040015f2080549091506001600160a01b0316156114ca576040516302b8168360e31b815260040160405180910390fd5b6001600160a01b038416158015906114e157508115155b6115215760405162461bcd60e51b815260206004820152601160248201527019d85b594e881898590818da5c98dd5a5d607a1b60448201526064016108e9565b80546001600160a01b0319166001600160a01b0385161781556001810161154983858361544b565b506040805163ffffffff871681526001600160a01b038616602082015287917fd48356330c00eda6eecc24ee862cf274d967dff8e61630770f2ef304037b10a5910160405180910390a2505050505050565b5f5f6115a8886003612f83565b600782015491935091506001600160401b0388811691161415806115e05750600682015463ffffffff868116600160401b9092041614155b1561163f5760405163ee9e434f60e01b815260206004820152602860248201527f6e6f74207468652073746570206f72206f70657261746f7220636f756e74206160448201526739b5b2b2103337b960c11b60648201526084016108e9565b601a8201548381146116a45760405163ee9e434f60e01b815260206004820152602760248201527f62696e6473207468652077726f6e67206e756d626572206f662073746174652060448201526674656e736f727360c81b60648201526084016108e9565b5f836011018360ff16600281106116bd576116bd614ff4565b015490505f5b828110156118b457368787838181106116de576116de614ff4565b90506020028101906116f091906155ed565b905081611700602083018361538e565b63ffffffff16141580611761575085601a01828154811061172357611723614ff4565b5f91825260209182902060088204015460079091166004026101000a900463ffffffff1690611758906040840190840161538e565b63ffffffff1614155b156117af5760405163ee9e434f60e01b815260206004820152601f60248201527f62696e64696e672074696573207468652077726f6e67206f70657261746f720060448201526064016108e9565b6117e56117c2604083016020840161538e565b63ffffffff908116908b1660408401356117df60608601866152f3565b8f613c04565b6118295760405163ee9e434f60e01b815260206004820152601460248201527337baba383aba103237b2b9903737ba1037b832b760611b60448201526064016108e9565b6118468285604084013561184060808601866152f3565b88613c04565b6118ab5760405163ee9e434f60e01b815260206004820152602f60248201527f73746174652074656e736f72206973206e6f7420696e2074686520737461746560448201526e020616674657220746865207374657608c1b60648201526084016108e9565b506001016116c3565b508784600c018460ff16600281106118ce576118ce614ff4565b01556118db8a8585613489565b1561193257600684018054600160801b600160401b63ffffffff60601b1983160463ffffffff160267ffffffffffffffff60601b1990911617905560148401611927600c86018261501c565b506119328a85613557565b50505050505050505050565b5f5f61194b8b6005612f83565b6006820154919350915063ffffffff600160601b9091048116908b1681146119b65760405163ee9e434f60e01b815260206004820152601a60248201527f6e6f7420746865206f70657261746f722061736b656420666f7200000000000060448201526064016108e9565b6119ed63ffffffff82166119cb81600161560b565b8c8c8c886014018860ff16600281106119e6576119e6614ff4565b0154613c04565b611a315760405163ee9e434f60e01b815260206004820152601460248201527337baba383aba103237b2b9903737ba1037b832b760611b60448201526064016108e9565b63ffffffff811615611ad157611a7163ffffffff8216611a5281600161560b565b89898760130154886014018860ff166002811061092757610927614ff4565b611acc5760405163ee9e434f60e01b815260206004820152602560248201527f70726566697820646f6573206e6f7420657874656e642074686520616772656560448201526464206f6e6560d81b60648201526084016108e9565b611b20565b8515611b205760405163ee9e434f60e01b815260206004820181905260248201527f636f6e73697374656e63792070726f6f6620666f72206f70657261746f72203060448201526064016108e9565b5f846001600160401b03811115611b3957611b39615008565b604051908082528060200260200182016040528015611b62578160200160208202803683370190505b5090505f5b85811015611c815736878783818110611b8257611b82614ff4565b9050602002810190611b94919061561e565b905063ffffffff8416611baa602083018361538e565b63ffffffff16101580611bf15750611bef611bc8602083018361538e565b63ffffffff9081169086166020840135611be560408601866152f3565b8b60130154613c04565b155b15611c565760405163ee9e434f60e01b815260206004820152602e60248201527f696e70757420646f6573206e6f74206f70656e20616761696e7374207468652060448201526d616772656564206f75747075747360901b60648201526084016108e9565b8060200135838381518110611c6d57611c6d614ff4565b602090810291909101015250600101611b67565b508a846016018460ff1660028110611c9b57611c9b614ff4565b0155604051611cae908290602001615632565b60405160208183030381529060405280519060200120846018018460ff1660028110611cdc57611cdc614ff4565b0155611ce98d8585613489565b15611d225760028401805460ff1916600617905560408051808201909152600181525f60208201526003850190611d209082615667565b505b50505050505050505050505050565b5f5f611d3e8c6006612f83565b909250905060ff8116600114611d675760405163abca351760e01b815260040160405180910390fd5b5f611d75838d8d8d8d613c1f565b9050611d82838989613df6565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166344eb51d0828e8e8c8b8b8b6040518863ffffffff1660e01b8152600401611dda97969594939291906156a7565b602060405180830381865afa158015611df5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e1991906152dc565b505f611e2860608a018a6152f3565b9050600114611e375786611e39565b5f5b9050611e4860608a018a6152f3565b82818110611e5857611e58614ff4565b90506020020135888060600190611e6f91906152f3565b83818110611e7f57611e7f614ff4565b9050602002013503611ee05760405163ee9e434f60e01b8152602060048201526024808201527f74686520736f6c7665722773206368756e6b206973207468652070726f76656e604482015263206f6e6560e01b60648201526084016108e9565b611d208e8560016040518060400160405280600c81526020016b6368756e6b2072756c696e6760a01b815250613688565b5f5f611f1e846006612f83565b909250905060ff8116600114611f475760405163abca351760e01b815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316632357251184611f8087612a72565b6040518363ffffffff1660e01b8152600401611f9d92919061575e565b5f6040518083038186803b158015611fb3575f5ffd5b505afa158015611fc5573d5f5f3e3d5ffd5b50505050611ff4848360016040518060400160405280600681526020016572756c696e6760d01b815250613688565b50505050565b5f5f612007846002612f83565b600682015491935091505f906002906120369063ffffffff600160601b8204811691600160801b900416614f89565b6120409190614fa5565b600684015461205c9190600160601b900463ffffffff16614fd8565b905063ffffffff8116612072602086018661538e565b63ffffffff16146120c65760405163ee9e434f60e01b815260206004820152601760248201527f6e6f74207468652073746174652061736b656420666f7200000000000000000060448201526064016108e9565b60068301546121169063ffffffff808416916120ec91600160201b90910416600161560b565b60208701356120fe60408901896152f3565b88600c018860ff16600281106119e6576119e6614ff4565b6121595760405163ee9e434f60e01b815260206004820152601360248201527239ba30ba32903237b2b9903737ba1037b832b760691b60448201526064016108e9565b836020013583600e018360ff166002811061217657612176614ff4565b0155612183858484613489565b1561143157600f830154600e840154036121c85760068301805463ffffffff60601b1916600160601b63ffffffff841602179055600e83015f015460108401556121fb565b60068301805463ffffffff60801b1916600160801b63ffffffff841602179055601183016121f9600e85018261501c565b505b6114318584614058565b5f5f61221284600a612f83565b909250905060ff811660011461223b5760405163abca351760e01b815260040160405180910390fd5b5f8481526005602052604090208054600160401b900460ff16156122ae5760405163ee9e434f60e01b815260206004820152602360248201527f746865207369646573206167726565206f6e20746865206c61737420706172746044820152621a585b60ea1b60648201526084016108e9565b5f6122b884613608565b905061232d816002015f815481106122d2576122d2614ff4565b5f9182526020909120600882040154600687015460079092166004026101000a900463ffffffff90811691600160601b90041661230f8880615777565b6040013588806040019061232391906152f3565b8960130154614146565b15806123a257506123a08160020160018154811061234d5761234d614ff4565b5f918252602091829020600882040154600688015460079092166004026101000a900463ffffffff90811692600160601b909204169061238f90890189615777565b6040013561232360608a018a6152f3565b155b156123c05760405163ee9e434f60e01b81526004016108e99061578b565b60078201546123d260808701876157d0565b60a001351461241d5760405163ee9e434f60e01b81526020600482015260166024820152751b9bdd081d1a19481859dc995959081c185c9d1a585b60521b60448201526064016108e9565b600482015461242f60a08701876157d0565b60a0013514158061247157508154600160201b900463ffffffff1661245760a08701876157d0565b6124689060a081019060800161538e565b63ffffffff1614155b156124bf5760405163ee9e434f60e01b815260206004820152601c60248201527f6e6f7420746865206368616c6c656e6765722773207061727469616c0000000060448201526064016108e9565b60038201546124d160c08701876157d0565b60a0013514158061258857506124ea60c08601866157d0565b60a001356001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663e741132361252a60c08901896157d0565b6040518263ffffffff1660e01b815260040161254691906157e4565b602060405180830381865afa158015612561573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061258591906152dc565b14155b156125d65760405163ee9e434f60e01b815260206004820152601860248201527f6e6f742074686520736f6c7665722773207061727469616c000000000000000060448201526064016108e9565b6125e360c08601866157d0565b6125f19060c08101906152f3565b90508560e00135101580612671575061260d60a08601866157d0565b61261b9060c08101906152f3565b8660e0013581811061262f5761262f614ff4565b90506020020135858060c0019061264691906157d0565b6126549060c08101906152f3565b8760e0013581811061266857612668614ff4565b90506020020135145b156126ca5760405163ee9e434f60e01b815260206004820152602260248201527f74686520736f6c766572277320726f77206973207468652070726f76656e206f6044820152616e6560f01b60648201526084016108e9565b80546001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811691636cdda19e91166127098880615777565b61271660208a018a615777565b61272360808b018b6157d0565b61273060a08c018c6157d0565b60e08c01356127436101008e018e6157f6565b6040518963ffffffff1660e01b8152600401612766989796959493929190615838565b602060405180830381865afa158015612781573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127a591906152dc565b506127d7868560016040518060400160405280600c81526020016b736c6963652072756c696e6760a01b815250613688565b505050505050565b5f5f6127ec836006612f83565b909250905060ff81166001146128155760405163abca351760e01b815260040160405180910390fd5b61281e82613608565b5060028201805460ff19166008179055604080518082019091525f808252602082015260038301906128509082615667565b50600682018054600191905f9061286e90849063ffffffff16614fd8565b82546101009290920a63ffffffff8181021990931691909216919091021790555050600401805467ffffffffffffffff1916426001600160401b031617905550565b5f5f6128bd896008612f83565b915091505f6128cb83613608565b60038101549091506128f7905f906128ea9063ffffffff16600161560b565b83600401548b8b8e614146565b61294e5760405163ee9e434f60e01b815260206004820152602160248201527f7061727469616c2030206973206e6f7420746865207a65726f207061727469616044820152601b60fa1b60648201526084016108e9565b60038101546129679063ffffffff16808888888e613740565b60038101548a907f49cb2d503a66935b71d0324bce9030420c3e9dfe9491fe716f15c557b5f0008d90849063ffffffff166129a560c08b018b6152f3565b6040516129b59493929190615338565b60405180910390a25f8a8152600560205260409020896001820160ff8516600281106129e3576129e3614ff4565b015560a08701356003820160ff851660028110612a0257612a02614ff4565b0155612a0f8b8585613489565b15612a2057612a208b8583856141ac565b5050505050505050505050565b5f612a418585612a3c85615996565b613978565b5f818152600160205260409020601c810180546001600160a01b03191633179055601d019390935550909392505050565b612a7a614533565b5f8281526001602052604090206006600282015460ff16600a811115612aa257612aa26147a0565b14612ac0576040516338961af360e21b815260040160405180910390fd5b60078101546001600160401b03168252600681015463ffffffff600160601b90910416602080840191909152600880830154601084015460138501546018860154604080519687019490945292850191909152606084015260808301529060029060a00160408051601f1981840301815290829052612b3e91615a34565b602060405180830381855afa158015612b59573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190612b7c91906152dc565b901c60408301526016015460081c6060820152919050565b5f8282604051602001612bb792919091825263ffffffff16602082015260400190565b6040516020818303038152906040528051906020012090505b92915050565b5f5f612be3866001612f83565b60068201549193509150600160201b900463ffffffff16612c07602086018661538e565b63ffffffff16151580612c2257508260090154856020013514155b15612c7c5760405163ee9e434f60e01b815260206004820152602360248201527f6669727374207374617465206973206e6f742074686520616772656564207374604482015262185c9d60ea1b60648201526084016108e9565b80612c8a602086018661538e565b63ffffffff16141580612cba575082600a018260ff1660028110612cb057612cb0614ff4565b0154846020013514155b15612d085760405163ee9e434f60e01b815260206004820152601b60248201527f6c617374207374617465206973206e6f742074686520636c61696d000000000060448201526064016108e9565b612d2f5f612d1783600161560b565b6020880135612d2960408a018a6152f3565b8b613c04565b612d7c5760405163ee9e434f60e01b815260206004820152601960248201527f666972737420737461746520646f6573206e6f74206f70656e0000000000000060448201526064016108e9565b612d9d81612d8b81600161560b565b6020870135612d2960408901896152f3565b612dea5760405163ee9e434f60e01b815260206004820152601860248201527f6c61737420737461746520646f6573206e6f74206f70656e000000000000000060448201526064016108e9565b8583600c018360ff1660028110612e0357612e03614ff4565b0155612e10878484613489565b15612e7157600683018054600160801b600160201b63ffffffff60601b1983160463ffffffff160267ffffffffffffffff60601b199091161790556009830154601084015560118301612e66600a85018261501c565b50612e718784614058565b50505050505050565b6040805160a0810182525f808252602082018190526060928201839052918101829052608081019190915260045f612eb28585612b94565b815260208082019290925260409081015f20815160a08101835281546001600160a01b03908116825260018301541681850152600282018054845181870281018701865281815292959394860193830182828015612f5857602002820191905f5260205f20905f905b82829054906101000a900463ffffffff1663ffffffff1681526020019060040190602082600301049283019260010382029150808411612f1b5790505b5050509183525050600382015463ffffffff1660208201526004909101546040909101529392505050565b5f8281526001602052604081209082600a811115612fa357612fa36147a0565b600283015460ff16600a811115612fbc57612fbc6147a0565b14612fda576040516338961af360e21b815260040160405180910390fd5b81546001600160a01b03163303612ff257505f613027565b81600101546001600160a01b0316330361300e57506001613027565b60405163abca351760e01b815260040160405180910390fd5b816003018160ff166002811061303f5761303f614ff4565b602081049091015460ff601f9092166101000a900416156130735760405163dc1a1b7d60e01b815260040160405180910390fd5b60048201545f9061308d906001600160401b0316426155da565b9050826005018260ff16600281106130a7576130a7614ff4565b600491828204019190066008029054906101000a90046001600160401b03166001600160401b03168111156130ef57604051637b7a7a8760e01b815260040160405180910390fd5b80836005018360ff166002811061310857613108614ff4565b600491828204019190066008028282829054906101000a90046001600160401b03166131349190615a4a565b92506101000a8154816001600160401b0302191690836001600160401b031602179055506001836003018360ff166002811061317257613172614ff4565b602091828204019190066101000a81548160ff0219169083151502179055506001600a8111156131a4576131a46147a0565b84600a8111156131b6576131b66147a0565b1480156131c4575060ff8216155b80156131db5750601c8301546001600160a01b0316155b1561323e577f000000000000000000000000000000000000000000000000000000000000000034146132205760405163c2fb134f60e01b815260040160405180910390fd5b3483601b015f828254613233919061560b565b9091555061325d9050565b341561325d5760405163c2fb134f60e01b815260040160405180910390fd5b600683015460405186917f72bae42b0b3768472caa20642c94b12d2d189380890b05e4d33f9f0b768ba8229161329d918691899163ffffffff1690615a69565b60405180910390a2509250929050565b5f8615806132bb5750858710155b806132c4575083155b156132d057505f61347f565b5f6132f06132df6001896155da565b6132ea60018b6155da565b1861427d565b90505f6133098261330260018c6155da565b901c61429e565b90505f6133158a6142c1565b905061332181846155da565b92505f88885f81811061333657613336614ff4565b602002919091013591506001905080831b8c0361335357508690505f5b8361335e868361560b565b613368919061560b565b891461337b575f9550505050505061347f565b5f8361338860018f6155da565b901c905082805f5b888110156133fe575f8e8e6133a5848961560b565b8181106133b4576133b4614ff4565b9050602002013590508185901c6001166001036133e8576133d581856142e6565b93506133e181846142e6565b92506133f5565b6133f283826142e6565b92505b50600101613390565b505f61340a898661560b565b90505b8c811015613465576134378e8e8381811061342a5761342a614ff4565b90506020020135846142e6565b925061345b8e8e8381811061344e5761344e614ff4565b90506020020135836142e6565b915060010161340d565b508a8214801561347457508981145b985050505050505050505b9695505050505050565b5f60038301613499836001615a94565b60ff16600281106134ac576134ac614ff4565b602081049091015460ff601f9092166101000a9004166134cd57505f613550565b604080518082019091525f808252602082015260038401906134ef9082615667565b50600683018054600191905f9061350d90849063ffffffff16614fd8565b82546101009290920a63ffffffff818102199093169190921691909102179055505060048201805467ffffffffffffffff1916426001600160401b031617905560015b9392505050565b600681015460019061357f9063ffffffff600160601b8204811691600160801b900416614f89565b63ffffffff1611613591576005613594565b60045b60028201805460ff1916600183600a8111156135b2576135b26147a0565b02179055506002810154600682015460405184925f516020615eb95f395f51905f52926135fc9260ff9092169163ffffffff600160601b8304811692600160801b90041690615360565b60405180910390a25050565b5f60045f61361584614361565b815260208101919091526040015f2080549091506001600160a01b0316158061366557507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316155b1561368357604051633b2b16e560e21b815260040160405180910390fd5b919050565b6002838101805460ff8516610100810261ffff1990921691909117600717909155601b850180545f918290559283926003929188919081106136cc576136cc614ff4565b01546001600160a01b0316815260208101919091526040015f90812080549091906136f890849061560b565b92505081905550847f107a952143ca728a259d33ae80bad88ec637767ce8499cd13efdfa23ab4063ce8484604051613731929190615aad565b60405180910390a25050505050565b63ffffffff861661375760a086016080870161538e565b63ffffffff16146137ab5760405163ee9e434f60e01b815260206004820152601960248201527f6e6f7420746865207061727469616c2061736b656420666f720000000000000060448201526064016108e9565b60405163e741132360e01b815260a0850135906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063e7411323906137fd9088906004016157e4565b602060405180830381865afa158015613818573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061383c91906152dc565b146138955760405163ee9e434f60e01b815260206004820152602260248201527f6469676573747320617265206e6f7420746865207061727469616c2773206c6560448201526130b360f11b60648201526084016108e9565b6138bf8663ffffffff168663ffffffff1660016138b2919061560b565b8660a00135868686614146565b6127d75760405163ee9e434f60e01b81526020600482015260156024820152743830b93a34b0b6103237b2b9903737ba1037b832b760591b60448201526064016108e9565b60028201805460ff1916600a17905560408051808201909152600181525f602082015260038301906139369082615667565b50805460405184915f516020615eb95f395f51905f529161396b91600a9163ffffffff80831692600160201b90041690615360565b60405180910390a2505050565b5f5f826040015163ffffffff1611801561399b57505f8260c0015163ffffffff16115b80156139ab57505f8260e0015151115b80156139bf57508160a00151826080015114155b80156139dd5750826001600160a01b0316846001600160a01b031614155b613a295760405162461bcd60e51b815260206004820152601860248201527f67616d653a206e6f7468696e6720746f2064697370757465000000000000000060448201526064016108e9565b5f5f8154613a3690615aec565b91829055505f8181526001602090815260409182902082518084019093526001600160a01b0380891684528716918301919091529192508190613a799082615b04565b5060028101805460ff191660011790556004810180546001600160401b0342811667ffffffffffffffff1990921691909117909155604080518082019091527f000000000000000000000000000000000000000000000000000000000000000090911680825260208201526005820190613af39082615b2d565b5060408381015160068301805460c08701516020808901516bffffffffffffffff0000000019909316600160201b63ffffffff968716026bffffffff0000000000000000191617600160401b95909216949094021767ffffffffffffffff60a01b1916600160a01b6001600160401b0390921691909102179055845160088401556060850151600984015581518083019092526080850151825260a085015190820152600a820190613ba59082615b69565b5060e0830151601a820190613bba9082615b89565b50836001600160a01b0316856001600160a01b0316837fcbd6f84bfed2ee8cc01ea152b5d9f7126a72c410dbc5ab04c486a5800627b19060405160405180910390a4509392505050565b5f81613c1388888888886143c4565b14979650505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316613c6757604051633b2b16e560e21b815260040160405180910390fd5b5f60025f613c7489614361565b815260208101919091526040015f2080549091506001600160a01b0316613cae57604051633b2b16e560e21b815260040160405180910390fd5b60018101548581141580613cc25750838114155b15613d105760405163ee9e434f60e01b815260206004820152601960248201527f6e6f7420746865206f70657261746f72277320696e707574730000000000000060448201526064016108e9565b5f5b81811015613de057613dbb836001018281548110613d3257613d32614ff4565b5f918252602090912060088204015460068c015460079092166004026101000a900463ffffffff90811691600160601b9004168a8a85818110613d7757613d77614ff4565b9050602002810190613d899190615777565b60400135898986818110613d9f57613d9f614ff4565b9050602002810190613db191906152f3565b8e60130154613c04565b613dd85760405163ee9e434f60e01b81526004016108e99061578b565b600101613d12565b5050546001600160a01b03169695505050505050565b6016830154604082013514613e485760405163ee9e434f60e01b81526020600482015260176024820152761b9bdd081d1a19481cdbdb1d995c89dcc81bdd5d1c1d5d604a1b60448201526064016108e9565b60408101356001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663eb5e4bb5613e8684806157f6565b613e9360208701876152f3565b613ea060608901896152f3565b6040518763ffffffff1660e01b8152600401613ec196959493929190615c8a565b602060405180830381865afa158015613edc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613f0091906152dc565b14613f5a5760405163ee9e434f60e01b815260206004820152602360248201527f6469676573747320617265206e6f742074686520736f6c7665722773206f75746044820152621c1d5d60ea1b60648201526084016108e9565b613f6481806157f6565b613f7160208401846152f3565b604051602001613f849493929190615cc5565b60408051601f198184030181529190528051602090910120613fa683806157f6565b613fb360208601866152f3565b604051602001613fc69493929190615cc5565b604051602081830303815290604052805190602001201415806140055750613ff160608201826152f3565b905061400060608401846152f3565b905014155b156140535760405163ee9e434f60e01b815260206004820152601760248201527f6e6f742074686520736f6c76657227732074656e736f7200000000000000000060448201526064016108e9565b505050565b60068101546001906140809063ffffffff600160601b8204811691600160801b900416614f89565b63ffffffff1611156140a1576002818101805460ff19169091179055614101565b60028101805460ff1916600317905560068101546140dd9063ffffffff600160601b820416906001600160401b03600160a01b90910416615ceb565b60078201805467ffffffffffffffff19166001600160401b03929092169190911790555b6002810154600682015460405184925f516020615eb95f395f51905f52926135fc9260ff9092169163ffffffff600160601b8304811692600160801b90041690615360565b5f85871061415557505f61347f565b5f61416b6141646001896155da565b891861427d565b905061417888821c61429e565b614182908261560b565b8414614191575f91505061347f565b8261419f89898989896143c4565b1498975050505050505050565b60038082015463ffffffff1690830160010154600384015f0154036142175760038301546007840155825463ffffffff1963ffffffff8316600160201b810268ffffffffff000000001990931692909217600160401b1716178355614212858585613904565b611431565b60048201546007840155825467ffffffffffffffff1916600160201b63ffffffff83160263ffffffff19161783556002840180546009919060ff19166001830217905550845f516020615eb95f395f51905f5260095f8460405161373193929190615360565b5f5b81156136835760019190911c908061429681615aec565b91505061427f565b5f5b8115613683576142b3600183168261560b565b9050600182901c91506142a0565b5f5b816001165f036136835760019190911c90806142de81615aec565b9150506142c3565b604051600160f81b602082015260218101839052604181018290525f9060029060610160408051601f198184030181529082905261432391615a34565b602060405180830381855afa15801561433e573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061355091906152dc565b5f612bd082600801548360060160089054906101000a900463ffffffff1684601a0160405160200161439593929190615d0a565b60408051808303601f1901815291905280516020909101206006840154600160601b900463ffffffff16612b94565b5f8486106144145760405162461bcd60e51b815260206004820152601a60248201527f6d65726b6c653a20696e646578206f7574206f662072616e676500000000000060448201526064016108e9565b5f61442a6144236001886155da565b881861427d565b90505f61443888831c61429e565b9050614444818361560b565b84146144925760405162461bcd60e51b815260206004820152601960248201527f6d65726b6c653a2077726f6e672070617468206c656e6774680000000000000060448201526064016108e9565b8592505f5b828110156144fd57600189821c16156144d1576144cc8686838181106144bf576144bf614ff4565b90506020020135856142e6565b6144f3565b6144f3848787848181106144e7576144e7614ff4565b905060200201356142e6565b9350600101614497565b50815b848110156145275761451d8686838181106144bf576144bf614ff4565b9350600101614500565b50505095945050505050565b60405180608001604052806004906020820280368337509192915050565b63ffffffff81168114614562575f5ffd5b50565b803561368381614551565b5f5f83601f840112614580575f5ffd5b5081356001600160401b03811115614596575f5ffd5b6020830191508360208260051b85010111156112dc575f5ffd5b5f5f5f5f5f608086880312156145c4575f5ffd5b8535945060208601356145d681614551565b93506040860135925060608601356001600160401b038111156145f7575f5ffd5b61460388828901614570565b969995985093965092949392505050565b5f60e08284031215614624575f5ffd5b50919050565b5f60808284031215614624575f5ffd5b5f5f83601f84011261464a575f5ffd5b5081356001600160401b03811115614660575f5ffd5b6020830191508360208285010111156112dc575f5ffd5b5f5f5f5f5f5f60a0878903121561468c575f5ffd5b8635955060208701356001600160401b038111156146a8575f5ffd5b6146b489828a01614614565b95505060408701356001600160401b038111156146cf575f5ffd5b6146db89828a0161462a565b9450506060870135925060808701356001600160401b038111156146fd575f5ffd5b61470989828a0161463a565b979a9699509497509295939492505050565b5f5f5f5f6060858703121561472e575f5ffd5b8435935060208501356001600160401b0381111561474a575f5ffd5b61475687828801614614565b93505060408501356001600160401b03811115614771575f5ffd5b61477d87828801614570565b95989497509550505050565b5f60208284031215614799575f5ffd5b5035919050565b634e487b7160e01b5f52602160045260245ffd5b600b81106147d057634e487b7160e01b5f52602160045260245ffd5b9052565b60e081016147e2828a6147b4565b60ff97909716602082015263ffffffff958616604082015293851660608501529190931660808301526001600160401b0392831660a083015290911660c090910152919050565b6001600160a01b0381168114614562575f5ffd5b80356001600160401b0381168114613683575f5ffd5b5f5f5f5f5f5f5f5f5f5f6101208b8d03121561486d575f5ffd5b8a3561487881614829565b995060208b0135985061488d60408c0161483d565b975060608b013561489d81614551565b965060808b0135955060a08b0135945060c08b0135935060e08b01356148c281614551565b92506101008b01356001600160401b038111156148dd575f5ffd5b6148e98d828e01614570565b915080935050809150509295989b9194979a5092959850565b5f5f5f60608486031215614914575f5ffd5b83359250602084013561492681614551565b915060408401356001600160401b03811115614940575f5ffd5b840160a08187031215614951575f5ffd5b809150509250925092565b5f5f6040838503121561496d575f5ffd5b82359150602083013561497f81614551565b809150509250929050565b6001600160a01b03831681526040602080830182905283519183018290525f91908401906060840190835b818110156149d957835163ffffffff168352602093840193909201916001016149b5565b50909695505050505050565b5f5f5f5f5f608086880312156149f9575f5ffd5b853594506020860135614a0b81614551565b93506040860135614a1b81614829565b925060608601356001600160401b038111156145f7575f5ffd5b5f5f5f5f5f5f60a08789031215614a4a575f5ffd5b86359550614a5a6020880161483d565b9450604087013593506060870135614a7181614551565b925060808701356001600160401b03811115614a8b575f5ffd5b61470989828a01614570565b5f5f5f5f5f5f5f5f5f60c08a8c031215614aaf575f5ffd5b8935985060208a0135614ac181614551565b975060408a0135965060608a01356001600160401b03811115614ae2575f5ffd5b614aee8c828d01614570565b90975095505060808a01356001600160401b03811115614b0c575f5ffd5b614b188c828d01614570565b90955093505060a08a01356001600160401b03811115614b36575f5ffd5b614b428c828d01614570565b915080935050809150509295985092959850929598565b5f5f5f5f5f5f5f5f5f5f60e08b8d031215614b72575f5ffd5b8a35995060208b01356001600160401b03811115614b8e575f5ffd5b614b9a8d828e01614570565b909a5098505060408b01356001600160401b03811115614bb8575f5ffd5b614bc48d828e01614570565b90985096505060608b01356001600160401b03811115614be2575f5ffd5b614bee8d828e0161462a565b95505060808b01356001600160401b03811115614c09575f5ffd5b614c158d828e0161462a565b94505060a08b0135925060c08b01356001600160401b03811115614c37575f5ffd5b6148e98d828e0161463a565b5f5f6101208385031215614c55575f5ffd5b823591506101208301841015614c69575f5ffd5b50926020919091019150565b5f60608284031215614624575f5ffd5b5f5f60408385031215614c96575f5ffd5b8235915060208301356001600160401b03811115614cb2575f5ffd5b614cbe85828601614c75565b9150509250929050565b5f5f60408385031215614cd9575f5ffd5b8235915060208301356001600160401b03811115614cf5575f5ffd5b8301610120818603121561497f575f5ffd5b5f5f5f5f5f5f5f60a0888a031215614d1d575f5ffd5b873596506020880135955060408801356001600160401b03811115614d40575f5ffd5b614d4c8a828b01614570565b90965094505060608801356001600160401b03811115614d6a575f5ffd5b614d768a828b01614614565b93505060808801356001600160401b03811115614d91575f5ffd5b614d9d8a828b01614570565b989b979a50959850939692959293505050565b5f5f5f5f60808587031215614dc3575f5ffd5b8435614dce81614829565b93506020850135614dde81614829565b92506040850135915060608501356001600160401b03811115614dff575f5ffd5b85016101008188031215614e11575f5ffd5b939692955090935050565b5f60208284031215614e2c575f5ffd5b813561355081614829565b805f5b6004811015611ff4578151845260209384019390910190600101614e3a565b60808101612bd08284614e37565b5f5f5f5f60808587031215614e7a575f5ffd5b843593506020850135925060408501356001600160401b03811115614e9d575f5ffd5b614ea987828801614c75565b92505060608501356001600160401b03811115614ec4575f5ffd5b614ed087828801614c75565b91505092959194509250565b602080825282516001600160a01b0390811683830152838201511660408084019190915283015160a06060840152805160c084018190525f929190910190829060e08501905b80831015614f4b5763ffffffff8451168252602082019150602084019350600183019250614f22565b50606086015163ffffffff811660808701529250608086015160a086015280935050505092915050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff8281168282160390811115612bd057612bd0614f75565b5f63ffffffff831680614fc657634e487b7160e01b5f52601260045260245ffd5b8063ffffffff84160491505092915050565b63ffffffff8181168382160190811115612bd057612bd0614f75565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b818103615027575050565b815482905f5b6002811015611431576001928301805485830193909355920161502d565b5f5f8335601e19843603018112615060575f5ffd5b83016020810192503590506001600160401b0381111561507e575f5ffd5b8036038213156112dc575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b5f5f8335601e198436030181126150c9575f5ffd5b83016020810192503590506001600160401b038111156150e7575f5ffd5b8060051b36038213156112dc575f5ffd5b8183525f6001600160fb1b0383111561510f575f5ffd5b8260051b80836020870137939093016020019392505050565b5f615133828361504b565b60e0855261514560e08601828461508c565b915050602083013561515681614551565b63ffffffff166020850152604083013561516f81614551565b63ffffffff16604085015261518660608401614565565b63ffffffff16606085015261519d60808401614565565b63ffffffff16608085015260a083810135908501526151bf60c08401846150b4565b85830360c087015261347f8382846150f8565b5f6151dd828361504b565b608085526151ef60808601828461508c565b9150506151ff60208401846150b4565b85830360208088019190915281845291925f92015b8183101561524257833561522781614551565b63ffffffff1681526020938401936001939093019201615214565b604086810135908801819052935061525d60608701876150b4565b9450925086810360608801526152748185856150f8565b979650505050505050565b6001600160a01b038716815260a0602082018190525f906152a290830188615128565b82810360408401526152b481886151d2565b905085606084015282810360808401526152cf81858761508c565b9998505050505050505050565b5f602082840312156152ec575f5ffd5b5051919050565b5f5f8335601e19843603018112615308575f5ffd5b8301803591506001600160401b03821115615321575f5ffd5b6020019150600581901b36038213156112dc575f5ffd5b60ff8516815263ffffffff84166020820152606060408201525f61347f6060830184866150f8565b6060810161536e82866147b4565b63ffffffff8416602083015263ffffffff83166040830152949350505050565b5f6020828403121561539e575f5ffd5b813561355081614551565b80546001600160a01b0319166001600160a01b0392909216919091179055565b600160401b8211156153dd576153dd615008565b805482825580831015614053576007830160031c825f528060205f2001601c8560021b16801561541c575f19820180545f198360200360031b1c168155505b50816007840160031c0391505f5b828110156127d7575f8282015560010161542a565b5f8135612bd081614551565b6001600160401b0383111561546257615462615008565b61546c83826153c9565b5f8181526020902082908460031c5f5b818110156154d4575f5f5b60088110156154c7576154b661549c8761543f565b63ffffffff908116600584901b90811b91901b1984161790565b602096909601959150600101615487565b508382015560010161547c565b506007198616808703818814610a32575f5f5b8281101561550c576154fb61549c8861543f565b6020979097019691506001016154e7565b50848401555050505050505050565b813561552681614829565b61553081836153a9565b50602082013561553f81614829565b61554c81600184016153a9565b506040820135601e19833603018112615563575f5ffd5b820180356001600160401b0381111561557a575f5ffd5b6020820191508060051b3603821315615591575f5ffd5b61559f81836002860161544b565b50506155cb6155b06060840161543f565b6003830163ffffffff821663ffffffff198254161781555050565b60809190910135600490910155565b81810381811115612bd057612bd0614f75565b5f8235609e19833603018112615601575f5ffd5b9190910192915050565b80820180821115612bd057612bd0614f75565b5f8235605e19833603018112615601575f5ffd5b81515f90829060208501835b8281101561565c57815184526020938401939091019060010161563e565b509195945050505050565b815f805b600281101561569f57825160209093019260ff600383901b81811b19949094169115151690921b919091179060010161566b565b509091555050565b6001600160a01b038816815260a06020820181905281018690525f60c0600588901b830181019083018983607e1936839003015b8b82101561571f5786850360bf1901845282358181126156f9575f5ffd5b615705868f83016151d2565b9550506020830192506020840193506001820191506156db565b50505050828103604084015261573581886151d2565b9050856060840152828103608084015261575081858761508c565b9a9950505050505050505050565b6101808101610100848337613550610100830184614e37565b5f8235607e19833603018112615601575f5ffd5b60208082526025908201527f696e707574206973206e6f7420697473206e6f6465277320616772656564206f6040820152641d5d1c1d5d60da1b606082015260800190565b5f823560de19833603018112615601575f5ffd5b602081525f6135506020830184615128565b5f5f8335601e1984360301811261580b575f5ffd5b8301803591506001600160401b03821115615824575f5ffd5b6020019150368190038213156112dc575f5ffd5b6001600160a01b038916815260e0602082018190525f9061585b9083018a6151d2565b828103604084015261586d818a6151d2565b905082810360608401526158818189615128565b905082810360808401526158958188615128565b90508560a084015282810360c08401526158b081858761508c565b9b9a5050505050505050505050565b60405161010081016001600160401b03811182821017156158e2576158e2615008565b60405290565b604051601f8201601f191681016001600160401b038111828210171561591057615910615008565b604052919050565b5f82601f830112615927575f5ffd5b81356001600160401b0381111561594057615940615008565b8060051b615950602082016158e8565b9182526020818501810192908101908684111561596b575f5ffd5b6020860192505b8383101561347f57823561598581614551565b825260209283019290910190615972565b5f61010082360312156159a7575f5ffd5b6159af6158bf565b823581526159bf6020840161483d565b60208201526159d060408401614565565b6040820152606083810135908201526080808401359082015260a080840135908201526159ff60c08401614565565b60c082015260e08301356001600160401b03811115615a1c575f5ffd5b615a2836828601615918565b60e08301525092915050565b5f82518060208501845e5f920191825250919050565b6001600160401b038281168282160390811115612bd057612bd0614f75565b60ff8416815260608101615a8060208301856147b4565b63ffffffff83166040830152949350505050565b60ff8281168282160390811115612bd057612bd0614f75565b60ff83168152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f8301168401019150509392505050565b5f60018201615afd57615afd614f75565b5060010190565b815f5b6002811015611ff45781516001600160a01b031683820155602090910190600101615b07565b815f805b600281101561569f5782516020909301926001600160401b03600683901b81811b1994909416911690921b9190911790600101615b31565b815f5b6002811015611ff457815183820155602090910190600101615b6c565b81516001600160401b03811115615ba257615ba2615008565b615bac81836153c9565b60208301615bbf835f9081526020902090565b8260031c5f5b81811015615c08575f5f5b6008811015615bfb57615bea61549c875163ffffffff1690565b602096909601959150600101615bd0565b5083820155600101615bc5565b506007198416808503818614610a32575f5f5b8281101561550c57615c3461549c885163ffffffff1690565b602097909701969150600101615c1b565b8183526020830192505f815f5b84811015615c80578135615c6581614551565b63ffffffff1686526020958601959190910190600101615c52565b5093949350505050565b606081525f615c9d60608301888a61508c565b8281036020840152615cb0818789615c45565b905082810360408401526152cf8185876150f8565b604081525f615cd860408301868861508c565b8281036020840152615274818587615c45565b6001600160401b038181168382160190811115612bd057612bd0614f75565b5f6060820185835263ffffffff8516602084015260606040840152808454615d36818490815260200190565b5f8781526020812094509092505b81600782011015615dbc57835463ffffffff8082168552602082811c821690860152604082811c821690860152606082811c821690860152608082811c82169086015260a082811c82169086015260c082811c9091169085015260e090811c9084015260019093019261010090920191600801615d44565b92549281811015615dda5763ffffffff841683526020909201916001015b81811015615dfa57602084901c63ffffffff168352602092909201916001015b81811015615e195763ffffffff604085901c1683526020909201916001015b81811015615e385763ffffffff606085901c1683526020909201916001015b81811015615e575763ffffffff608085901c1683526020909201916001015b81811015615e765763ffffffff60a085901c1683526020909201916001015b81811015615e955763ffffffff60c085901c1683526020909201916001015b81811015615eab5760e084901c83526020830192505b509097965050505050505056fec13b714af622f64535ff23936fb03b738cb27be071a9302c1988ac31bfc85c98a2646970667358221220fd6bac8581f30bca8b79dd0e9e6c0b603dfed9cf95a43b297362405550d78ff964736f6c63430008250033",
}

// DisputeGameABI is the input ABI used to generate the binding from.
// Deprecated: Use DisputeGameMetaData.ABI instead.
var DisputeGameABI = DisputeGameMetaData.ABI

// DisputeGameBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DisputeGameMetaData.Bin instead.
var DisputeGameBin = DisputeGameMetaData.Bin

// DeployDisputeGame deploys a new Ethereum contract, binding an instance of DisputeGame to it.
func DeployDisputeGame(auth *bind.TransactOpts, backend bind.ContractBackend, ruling_ common.Address, chunkRuling_ common.Address, bond_ *big.Int, clockSeconds_ uint64) (common.Address, *types.Transaction, *DisputeGame, error) {
	parsed, err := DisputeGameMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DisputeGameBin), backend, ruling_, chunkRuling_, bond_, clockSeconds_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DisputeGame{DisputeGameCaller: DisputeGameCaller{contract: contract}, DisputeGameTransactor: DisputeGameTransactor{contract: contract}, DisputeGameFilterer: DisputeGameFilterer{contract: contract}}, nil
}

// DisputeGame is an auto generated Go binding around an Ethereum contract.
type DisputeGame struct {
	DisputeGameCaller     // Read-only binding to the contract
	DisputeGameTransactor // Write-only binding to the contract
	DisputeGameFilterer   // Log filterer for contract events
}

// DisputeGameCaller is an auto generated read-only Go binding around an Ethereum contract.
type DisputeGameCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DisputeGameTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DisputeGameTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DisputeGameFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DisputeGameFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DisputeGameSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DisputeGameSession struct {
	Contract     *DisputeGame      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DisputeGameCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DisputeGameCallerSession struct {
	Contract *DisputeGameCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// DisputeGameTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DisputeGameTransactorSession struct {
	Contract     *DisputeGameTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// DisputeGameRaw is an auto generated low-level Go binding around an Ethereum contract.
type DisputeGameRaw struct {
	Contract *DisputeGame // Generic contract binding to access the raw methods on
}

// DisputeGameCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DisputeGameCallerRaw struct {
	Contract *DisputeGameCaller // Generic read-only contract binding to access the raw methods on
}

// DisputeGameTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DisputeGameTransactorRaw struct {
	Contract *DisputeGameTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDisputeGame creates a new instance of DisputeGame, bound to a specific deployed contract.
func NewDisputeGame(address common.Address, backend bind.ContractBackend) (*DisputeGame, error) {
	contract, err := bindDisputeGame(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DisputeGame{DisputeGameCaller: DisputeGameCaller{contract: contract}, DisputeGameTransactor: DisputeGameTransactor{contract: contract}, DisputeGameFilterer: DisputeGameFilterer{contract: contract}}, nil
}

// NewDisputeGameCaller creates a new read-only instance of DisputeGame, bound to a specific deployed contract.
func NewDisputeGameCaller(address common.Address, caller bind.ContractCaller) (*DisputeGameCaller, error) {
	contract, err := bindDisputeGame(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DisputeGameCaller{contract: contract}, nil
}

// NewDisputeGameTransactor creates a new write-only instance of DisputeGame, bound to a specific deployed contract.
func NewDisputeGameTransactor(address common.Address, transactor bind.ContractTransactor) (*DisputeGameTransactor, error) {
	contract, err := bindDisputeGame(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DisputeGameTransactor{contract: contract}, nil
}

// NewDisputeGameFilterer creates a new log filterer instance of DisputeGame, bound to a specific deployed contract.
func NewDisputeGameFilterer(address common.Address, filterer bind.ContractFilterer) (*DisputeGameFilterer, error) {
	contract, err := bindDisputeGame(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DisputeGameFilterer{contract: contract}, nil
}

// bindDisputeGame binds a generic wrapper to an already deployed contract.
func bindDisputeGame(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DisputeGameMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DisputeGame *DisputeGameRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DisputeGame.Contract.DisputeGameCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DisputeGame *DisputeGameRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DisputeGame.Contract.DisputeGameTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DisputeGame *DisputeGameRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DisputeGame.Contract.DisputeGameTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DisputeGame *DisputeGameCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DisputeGame.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DisputeGame *DisputeGameTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DisputeGame.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DisputeGame *DisputeGameTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DisputeGame.Contract.contract.Transact(opts, method, params...)
}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_DisputeGame *DisputeGameCaller) Bond(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "bond")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_DisputeGame *DisputeGameSession) Bond() (*big.Int, error) {
	return _DisputeGame.Contract.Bond(&_DisputeGame.CallOpts)
}

// Bond is a free data retrieval call binding the contract method 0x64c9ec6f.
//
// Solidity: function bond() view returns(uint256)
func (_DisputeGame *DisputeGameCallerSession) Bond() (*big.Int, error) {
	return _DisputeGame.Contract.Bond(&_DisputeGame.CallOpts)
}

// CaseOf is a free data retrieval call binding the contract method 0x40a8c537.
//
// Solidity: function caseOf(uint256 id) view returns(uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes)
func (_DisputeGame *DisputeGameCaller) CaseOf(opts *bind.CallOpts, id *big.Int) (struct {
	FromStep        uint64
	Steps           uint32
	Start           [32]byte
	SolverClaim     [32]byte
	ChallengerClaim [32]byte
	Nodes           uint32
}, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "caseOf", id)

	outstruct := new(struct {
		FromStep        uint64
		Steps           uint32
		Start           [32]byte
		SolverClaim     [32]byte
		ChallengerClaim [32]byte
		Nodes           uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.FromStep = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Steps = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Start = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.SolverClaim = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	outstruct.ChallengerClaim = *abi.ConvertType(out[4], new([32]byte)).(*[32]byte)
	outstruct.Nodes = *abi.ConvertType(out[5], new(uint32)).(*uint32)

	return *outstruct, err

}

// CaseOf is a free data retrieval call binding the contract method 0x40a8c537.
//
// Solidity: function caseOf(uint256 id) view returns(uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes)
func (_DisputeGame *DisputeGameSession) CaseOf(id *big.Int) (struct {
	FromStep        uint64
	Steps           uint32
	Start           [32]byte
	SolverClaim     [32]byte
	ChallengerClaim [32]byte
	Nodes           uint32
}, error) {
	return _DisputeGame.Contract.CaseOf(&_DisputeGame.CallOpts, id)
}

// CaseOf is a free data retrieval call binding the contract method 0x40a8c537.
//
// Solidity: function caseOf(uint256 id) view returns(uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes)
func (_DisputeGame *DisputeGameCallerSession) CaseOf(id *big.Int) (struct {
	FromStep        uint64
	Steps           uint32
	Start           [32]byte
	SolverClaim     [32]byte
	ChallengerClaim [32]byte
	Nodes           uint32
}, error) {
	return _DisputeGame.Contract.CaseOf(&_DisputeGame.CallOpts, id)
}

// ChunkRuling is a free data retrieval call binding the contract method 0x9ed0c89a.
//
// Solidity: function chunkRuling() view returns(address)
func (_DisputeGame *DisputeGameCaller) ChunkRuling(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "chunkRuling")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ChunkRuling is a free data retrieval call binding the contract method 0x9ed0c89a.
//
// Solidity: function chunkRuling() view returns(address)
func (_DisputeGame *DisputeGameSession) ChunkRuling() (common.Address, error) {
	return _DisputeGame.Contract.ChunkRuling(&_DisputeGame.CallOpts)
}

// ChunkRuling is a free data retrieval call binding the contract method 0x9ed0c89a.
//
// Solidity: function chunkRuling() view returns(address)
func (_DisputeGame *DisputeGameCallerSession) ChunkRuling() (common.Address, error) {
	return _DisputeGame.Contract.ChunkRuling(&_DisputeGame.CallOpts)
}

// CircuitKey is a free data retrieval call binding the contract method 0xd3713f73.
//
// Solidity: function circuitKey(bytes32 graph, uint32 node) pure returns(bytes32)
func (_DisputeGame *DisputeGameCaller) CircuitKey(opts *bind.CallOpts, graph [32]byte, node uint32) ([32]byte, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "circuitKey", graph, node)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// CircuitKey is a free data retrieval call binding the contract method 0xd3713f73.
//
// Solidity: function circuitKey(bytes32 graph, uint32 node) pure returns(bytes32)
func (_DisputeGame *DisputeGameSession) CircuitKey(graph [32]byte, node uint32) ([32]byte, error) {
	return _DisputeGame.Contract.CircuitKey(&_DisputeGame.CallOpts, graph, node)
}

// CircuitKey is a free data retrieval call binding the contract method 0xd3713f73.
//
// Solidity: function circuitKey(bytes32 graph, uint32 node) pure returns(bytes32)
func (_DisputeGame *DisputeGameCallerSession) CircuitKey(graph [32]byte, node uint32) ([32]byte, error) {
	return _DisputeGame.Contract.CircuitKey(&_DisputeGame.CallOpts, graph, node)
}

// CircuitOf is a free data retrieval call binding the contract method 0x7644affc.
//
// Solidity: function circuitOf(bytes32 graph, uint32 node) view returns(address verifier, uint32[] inputs)
func (_DisputeGame *DisputeGameCaller) CircuitOf(opts *bind.CallOpts, graph [32]byte, node uint32) (struct {
	Verifier common.Address
	Inputs   []uint32
}, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "circuitOf", graph, node)

	outstruct := new(struct {
		Verifier common.Address
		Inputs   []uint32
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Inputs = *abi.ConvertType(out[1], new([]uint32)).(*[]uint32)

	return *outstruct, err

}

// CircuitOf is a free data retrieval call binding the contract method 0x7644affc.
//
// Solidity: function circuitOf(bytes32 graph, uint32 node) view returns(address verifier, uint32[] inputs)
func (_DisputeGame *DisputeGameSession) CircuitOf(graph [32]byte, node uint32) (struct {
	Verifier common.Address
	Inputs   []uint32
}, error) {
	return _DisputeGame.Contract.CircuitOf(&_DisputeGame.CallOpts, graph, node)
}

// CircuitOf is a free data retrieval call binding the contract method 0x7644affc.
//
// Solidity: function circuitOf(bytes32 graph, uint32 node) view returns(address verifier, uint32[] inputs)
func (_DisputeGame *DisputeGameCallerSession) CircuitOf(graph [32]byte, node uint32) (struct {
	Verifier common.Address
	Inputs   []uint32
}, error) {
	return _DisputeGame.Contract.CircuitOf(&_DisputeGame.CallOpts, graph, node)
}

// ClockSeconds is a free data retrieval call binding the contract method 0xdf093e33.
//
// Solidity: function clockSeconds() view returns(uint64)
func (_DisputeGame *DisputeGameCaller) ClockSeconds(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "clockSeconds")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ClockSeconds is a free data retrieval call binding the contract method 0xdf093e33.
//
// Solidity: function clockSeconds() view returns(uint64)
func (_DisputeGame *DisputeGameSession) ClockSeconds() (uint64, error) {
	return _DisputeGame.Contract.ClockSeconds(&_DisputeGame.CallOpts)
}

// ClockSeconds is a free data retrieval call binding the contract method 0xdf093e33.
//
// Solidity: function clockSeconds() view returns(uint64)
func (_DisputeGame *DisputeGameCallerSession) ClockSeconds() (uint64, error) {
	return _DisputeGame.Contract.ClockSeconds(&_DisputeGame.CallOpts)
}

// GameCount is a free data retrieval call binding the contract method 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (_DisputeGame *DisputeGameCaller) GameCount(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "gameCount")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GameCount is a free data retrieval call binding the contract method 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (_DisputeGame *DisputeGameSession) GameCount() (*big.Int, error) {
	return _DisputeGame.Contract.GameCount(&_DisputeGame.CallOpts)
}

// GameCount is a free data retrieval call binding the contract method 0x4d1975b4.
//
// Solidity: function gameCount() view returns(uint256)
func (_DisputeGame *DisputeGameCallerSession) GameCount() (*big.Int, error) {
	return _DisputeGame.Contract.GameCount(&_DisputeGame.CallOpts)
}

// InnerStatus is a free data retrieval call binding the contract method 0x467d06fe.
//
// Solidity: function innerStatus(uint256 id) view returns(uint32 lo, uint32 hi, bool round, bytes32 agreed)
func (_DisputeGame *DisputeGameCaller) InnerStatus(opts *bind.CallOpts, id *big.Int) (struct {
	Lo     uint32
	Hi     uint32
	Round  bool
	Agreed [32]byte
}, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "innerStatus", id)

	outstruct := new(struct {
		Lo     uint32
		Hi     uint32
		Round  bool
		Agreed [32]byte
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Lo = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Hi = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Round = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Agreed = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)

	return *outstruct, err

}

// InnerStatus is a free data retrieval call binding the contract method 0x467d06fe.
//
// Solidity: function innerStatus(uint256 id) view returns(uint32 lo, uint32 hi, bool round, bytes32 agreed)
func (_DisputeGame *DisputeGameSession) InnerStatus(id *big.Int) (struct {
	Lo     uint32
	Hi     uint32
	Round  bool
	Agreed [32]byte
}, error) {
	return _DisputeGame.Contract.InnerStatus(&_DisputeGame.CallOpts, id)
}

// InnerStatus is a free data retrieval call binding the contract method 0x467d06fe.
//
// Solidity: function innerStatus(uint256 id) view returns(uint32 lo, uint32 hi, bool round, bytes32 agreed)
func (_DisputeGame *DisputeGameCallerSession) InnerStatus(id *big.Int) (struct {
	Lo     uint32
	Hi     uint32
	Round  bool
	Agreed [32]byte
}, error) {
	return _DisputeGame.Contract.InnerStatus(&_DisputeGame.CallOpts, id)
}

// Outcome is a free data retrieval call binding the contract method 0x5a11492a.
//
// Solidity: function outcome(uint256 id) view returns(address market, uint256 dispute, bool over, uint8 winner, bool timedOut)
func (_DisputeGame *DisputeGameCaller) Outcome(opts *bind.CallOpts, id *big.Int) (struct {
	Market   common.Address
	Dispute  *big.Int
	Over     bool
	Winner   uint8
	TimedOut bool
}, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "outcome", id)

	outstruct := new(struct {
		Market   common.Address
		Dispute  *big.Int
		Over     bool
		Winner   uint8
		TimedOut bool
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Market = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Dispute = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.Over = *abi.ConvertType(out[2], new(bool)).(*bool)
	outstruct.Winner = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	outstruct.TimedOut = *abi.ConvertType(out[4], new(bool)).(*bool)

	return *outstruct, err

}

// Outcome is a free data retrieval call binding the contract method 0x5a11492a.
//
// Solidity: function outcome(uint256 id) view returns(address market, uint256 dispute, bool over, uint8 winner, bool timedOut)
func (_DisputeGame *DisputeGameSession) Outcome(id *big.Int) (struct {
	Market   common.Address
	Dispute  *big.Int
	Over     bool
	Winner   uint8
	TimedOut bool
}, error) {
	return _DisputeGame.Contract.Outcome(&_DisputeGame.CallOpts, id)
}

// Outcome is a free data retrieval call binding the contract method 0x5a11492a.
//
// Solidity: function outcome(uint256 id) view returns(address market, uint256 dispute, bool over, uint8 winner, bool timedOut)
func (_DisputeGame *DisputeGameCallerSession) Outcome(id *big.Int) (struct {
	Market   common.Address
	Dispute  *big.Int
	Over     bool
	Winner   uint8
	TimedOut bool
}, error) {
	return _DisputeGame.Contract.Outcome(&_DisputeGame.CallOpts, id)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_DisputeGame *DisputeGameCaller) Registrar(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "registrar")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_DisputeGame *DisputeGameSession) Registrar() (common.Address, error) {
	return _DisputeGame.Contract.Registrar(&_DisputeGame.CallOpts)
}

// Registrar is a free data retrieval call binding the contract method 0x2b20e397.
//
// Solidity: function registrar() view returns(address)
func (_DisputeGame *DisputeGameCallerSession) Registrar() (common.Address, error) {
	return _DisputeGame.Contract.Registrar(&_DisputeGame.CallOpts)
}

// Ruling is a free data retrieval call binding the contract method 0x17efc3df.
//
// Solidity: function ruling() view returns(address)
func (_DisputeGame *DisputeGameCaller) Ruling(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "ruling")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Ruling is a free data retrieval call binding the contract method 0x17efc3df.
//
// Solidity: function ruling() view returns(address)
func (_DisputeGame *DisputeGameSession) Ruling() (common.Address, error) {
	return _DisputeGame.Contract.Ruling(&_DisputeGame.CallOpts)
}

// Ruling is a free data retrieval call binding the contract method 0x17efc3df.
//
// Solidity: function ruling() view returns(address)
func (_DisputeGame *DisputeGameCallerSession) Ruling() (common.Address, error) {
	return _DisputeGame.Contract.Ruling(&_DisputeGame.CallOpts)
}

// RulingInput is a free data retrieval call binding the contract method 0xd1cdf2b9.
//
// Solidity: function rulingInput(uint256 id) view returns(uint256[4] input)
func (_DisputeGame *DisputeGameCaller) RulingInput(opts *bind.CallOpts, id *big.Int) ([4]*big.Int, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "rulingInput", id)

	if err != nil {
		return *new([4]*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)

	return out0, err

}

// RulingInput is a free data retrieval call binding the contract method 0xd1cdf2b9.
//
// Solidity: function rulingInput(uint256 id) view returns(uint256[4] input)
func (_DisputeGame *DisputeGameSession) RulingInput(id *big.Int) ([4]*big.Int, error) {
	return _DisputeGame.Contract.RulingInput(&_DisputeGame.CallOpts, id)
}

// RulingInput is a free data retrieval call binding the contract method 0xd1cdf2b9.
//
// Solidity: function rulingInput(uint256 id) view returns(uint256[4] input)
func (_DisputeGame *DisputeGameCallerSession) RulingInput(id *big.Int) ([4]*big.Int, error) {
	return _DisputeGame.Contract.RulingInput(&_DisputeGame.CallOpts, id)
}

// SliceCircuitOf is a free data retrieval call binding the contract method 0xf6d46700.
//
// Solidity: function sliceCircuitOf(bytes32 graph, uint32 node) view returns((address,address,uint32[],uint32,bytes32))
func (_DisputeGame *DisputeGameCaller) SliceCircuitOf(opts *bind.CallOpts, graph [32]byte, node uint32) (DisputeGameSliceCircuit, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "sliceCircuitOf", graph, node)

	if err != nil {
		return *new(DisputeGameSliceCircuit), err
	}

	out0 := *abi.ConvertType(out[0], new(DisputeGameSliceCircuit)).(*DisputeGameSliceCircuit)

	return out0, err

}

// SliceCircuitOf is a free data retrieval call binding the contract method 0xf6d46700.
//
// Solidity: function sliceCircuitOf(bytes32 graph, uint32 node) view returns((address,address,uint32[],uint32,bytes32))
func (_DisputeGame *DisputeGameSession) SliceCircuitOf(graph [32]byte, node uint32) (DisputeGameSliceCircuit, error) {
	return _DisputeGame.Contract.SliceCircuitOf(&_DisputeGame.CallOpts, graph, node)
}

// SliceCircuitOf is a free data retrieval call binding the contract method 0xf6d46700.
//
// Solidity: function sliceCircuitOf(bytes32 graph, uint32 node) view returns((address,address,uint32[],uint32,bytes32))
func (_DisputeGame *DisputeGameCallerSession) SliceCircuitOf(graph [32]byte, node uint32) (DisputeGameSliceCircuit, error) {
	return _DisputeGame.Contract.SliceCircuitOf(&_DisputeGame.CallOpts, graph, node)
}

// Status is a free data retrieval call binding the contract method 0x42d21ef7.
//
// Solidity: function status(uint256 id) view returns(uint8 phase, uint8 winner, uint32 rounds, uint32 lo, uint32 hi, uint64 solverClock, uint64 challengerClock)
func (_DisputeGame *DisputeGameCaller) Status(opts *bind.CallOpts, id *big.Int) (struct {
	Phase           uint8
	Winner          uint8
	Rounds          uint32
	Lo              uint32
	Hi              uint32
	SolverClock     uint64
	ChallengerClock uint64
}, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "status", id)

	outstruct := new(struct {
		Phase           uint8
		Winner          uint8
		Rounds          uint32
		Lo              uint32
		Hi              uint32
		SolverClock     uint64
		ChallengerClock uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Phase = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Winner = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Rounds = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Lo = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.Hi = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.SolverClock = *abi.ConvertType(out[5], new(uint64)).(*uint64)
	outstruct.ChallengerClock = *abi.ConvertType(out[6], new(uint64)).(*uint64)

	return *outstruct, err

}

// Status is a free data retrieval call binding the contract method 0x42d21ef7.
//
// Solidity: function status(uint256 id) view returns(uint8 phase, uint8 winner, uint32 rounds, uint32 lo, uint32 hi, uint64 solverClock, uint64 challengerClock)
func (_DisputeGame *DisputeGameSession) Status(id *big.Int) (struct {
	Phase           uint8
	Winner          uint8
	Rounds          uint32
	Lo              uint32
	Hi              uint32
	SolverClock     uint64
	ChallengerClock uint64
}, error) {
	return _DisputeGame.Contract.Status(&_DisputeGame.CallOpts, id)
}

// Status is a free data retrieval call binding the contract method 0x42d21ef7.
//
// Solidity: function status(uint256 id) view returns(uint8 phase, uint8 winner, uint32 rounds, uint32 lo, uint32 hi, uint64 solverClock, uint64 challengerClock)
func (_DisputeGame *DisputeGameCallerSession) Status(id *big.Int) (struct {
	Phase           uint8
	Winner          uint8
	Rounds          uint32
	Lo              uint32
	Hi              uint32
	SolverClock     uint64
	ChallengerClock uint64
}, error) {
	return _DisputeGame.Contract.Status(&_DisputeGame.CallOpts, id)
}

// Withdrawable is a free data retrieval call binding the contract method 0xce513b6f.
//
// Solidity: function withdrawable(address ) view returns(uint256)
func (_DisputeGame *DisputeGameCaller) Withdrawable(opts *bind.CallOpts, arg0 common.Address) (*big.Int, error) {
	var out []interface{}
	err := _DisputeGame.contract.Call(opts, &out, "withdrawable", arg0)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Withdrawable is a free data retrieval call binding the contract method 0xce513b6f.
//
// Solidity: function withdrawable(address ) view returns(uint256)
func (_DisputeGame *DisputeGameSession) Withdrawable(arg0 common.Address) (*big.Int, error) {
	return _DisputeGame.Contract.Withdrawable(&_DisputeGame.CallOpts, arg0)
}

// Withdrawable is a free data retrieval call binding the contract method 0xce513b6f.
//
// Solidity: function withdrawable(address ) view returns(uint256)
func (_DisputeGame *DisputeGameCallerSession) Withdrawable(arg0 common.Address) (*big.Int, error) {
	return _DisputeGame.Contract.Withdrawable(&_DisputeGame.CallOpts, arg0)
}

// ClaimTimeout is a paid mutator transaction binding the contract method 0x86e773f1.
//
// Solidity: function claimTimeout(uint256 id) returns()
func (_DisputeGame *DisputeGameTransactor) ClaimTimeout(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "claimTimeout", id)
}

// ClaimTimeout is a paid mutator transaction binding the contract method 0x86e773f1.
//
// Solidity: function claimTimeout(uint256 id) returns()
func (_DisputeGame *DisputeGameSession) ClaimTimeout(id *big.Int) (*types.Transaction, error) {
	return _DisputeGame.Contract.ClaimTimeout(&_DisputeGame.TransactOpts, id)
}

// ClaimTimeout is a paid mutator transaction binding the contract method 0x86e773f1.
//
// Solidity: function claimTimeout(uint256 id) returns()
func (_DisputeGame *DisputeGameTransactorSession) ClaimTimeout(id *big.Int) (*types.Transaction, error) {
	return _DisputeGame.Contract.ClaimTimeout(&_DisputeGame.TransactOpts, id)
}

// CommitNodes is a paid mutator transaction binding the contract method 0x941de644.
//
// Solidity: function commitNodes(uint256 id, uint64 step, bytes32 root, uint32 nodes, (uint32,uint32,bytes32,bytes32[],bytes32[])[] bindings) returns()
func (_DisputeGame *DisputeGameTransactor) CommitNodes(opts *bind.TransactOpts, id *big.Int, step uint64, root [32]byte, nodes uint32, bindings []DisputeGameBinding) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "commitNodes", id, step, root, nodes, bindings)
}

// CommitNodes is a paid mutator transaction binding the contract method 0x941de644.
//
// Solidity: function commitNodes(uint256 id, uint64 step, bytes32 root, uint32 nodes, (uint32,uint32,bytes32,bytes32[],bytes32[])[] bindings) returns()
func (_DisputeGame *DisputeGameSession) CommitNodes(id *big.Int, step uint64, root [32]byte, nodes uint32, bindings []DisputeGameBinding) (*types.Transaction, error) {
	return _DisputeGame.Contract.CommitNodes(&_DisputeGame.TransactOpts, id, step, root, nodes, bindings)
}

// CommitNodes is a paid mutator transaction binding the contract method 0x941de644.
//
// Solidity: function commitNodes(uint256 id, uint64 step, bytes32 root, uint32 nodes, (uint32,uint32,bytes32,bytes32[],bytes32[])[] bindings) returns()
func (_DisputeGame *DisputeGameTransactorSession) CommitNodes(id *big.Int, step uint64, root [32]byte, nodes uint32, bindings []DisputeGameBinding) (*types.Transaction, error) {
	return _DisputeGame.Contract.CommitNodes(&_DisputeGame.TransactOpts, id, step, root, nodes, bindings)
}

// CommitPartials is a paid mutator transaction binding the contract method 0xc101b289.
//
// Solidity: function commitPartials(uint256 id, bytes32 root, bytes32[] firstPath, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, bytes32[] lastPath) returns()
func (_DisputeGame *DisputeGameTransactor) CommitPartials(opts *bind.TransactOpts, id *big.Int, root [32]byte, firstPath [][32]byte, last IInnerRulingPartial, lastPath [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "commitPartials", id, root, firstPath, last, lastPath)
}

// CommitPartials is a paid mutator transaction binding the contract method 0xc101b289.
//
// Solidity: function commitPartials(uint256 id, bytes32 root, bytes32[] firstPath, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, bytes32[] lastPath) returns()
func (_DisputeGame *DisputeGameSession) CommitPartials(id *big.Int, root [32]byte, firstPath [][32]byte, last IInnerRulingPartial, lastPath [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.CommitPartials(&_DisputeGame.TransactOpts, id, root, firstPath, last, lastPath)
}

// CommitPartials is a paid mutator transaction binding the contract method 0xc101b289.
//
// Solidity: function commitPartials(uint256 id, bytes32 root, bytes32[] firstPath, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, bytes32[] lastPath) returns()
func (_DisputeGame *DisputeGameTransactorSession) CommitPartials(id *big.Int, root [32]byte, firstPath [][32]byte, last IInnerRulingPartial, lastPath [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.CommitPartials(&_DisputeGame.TransactOpts, id, root, firstPath, last, lastPath)
}

// CommitSteps is a paid mutator transaction binding the contract method 0xe9e28b60.
//
// Solidity: function commitSteps(uint256 id, bytes32 root, (uint32,bytes32,bytes32[]) first, (uint32,bytes32,bytes32[]) last) payable returns()
func (_DisputeGame *DisputeGameTransactor) CommitSteps(opts *bind.TransactOpts, id *big.Int, root [32]byte, first DisputeGameOpening, last DisputeGameOpening) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "commitSteps", id, root, first, last)
}

// CommitSteps is a paid mutator transaction binding the contract method 0xe9e28b60.
//
// Solidity: function commitSteps(uint256 id, bytes32 root, (uint32,bytes32,bytes32[]) first, (uint32,bytes32,bytes32[]) last) payable returns()
func (_DisputeGame *DisputeGameSession) CommitSteps(id *big.Int, root [32]byte, first DisputeGameOpening, last DisputeGameOpening) (*types.Transaction, error) {
	return _DisputeGame.Contract.CommitSteps(&_DisputeGame.TransactOpts, id, root, first, last)
}

// CommitSteps is a paid mutator transaction binding the contract method 0xe9e28b60.
//
// Solidity: function commitSteps(uint256 id, bytes32 root, (uint32,bytes32,bytes32[]) first, (uint32,bytes32,bytes32[]) last) payable returns()
func (_DisputeGame *DisputeGameTransactorSession) CommitSteps(id *big.Int, root [32]byte, first DisputeGameOpening, last DisputeGameOpening) (*types.Transaction, error) {
	return _DisputeGame.Contract.CommitSteps(&_DisputeGame.TransactOpts, id, root, first, last)
}

// Create is a paid mutator transaction binding the contract method 0x57124d25.
//
// Solidity: function create(address solver, bytes32 task, uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes, uint32[] writers) payable returns(uint256 id)
func (_DisputeGame *DisputeGameTransactor) Create(opts *bind.TransactOpts, solver common.Address, task [32]byte, fromStep uint64, steps uint32, start [32]byte, solverClaim [32]byte, challengerClaim [32]byte, nodes uint32, writers []uint32) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "create", solver, task, fromStep, steps, start, solverClaim, challengerClaim, nodes, writers)
}

// Create is a paid mutator transaction binding the contract method 0x57124d25.
//
// Solidity: function create(address solver, bytes32 task, uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes, uint32[] writers) payable returns(uint256 id)
func (_DisputeGame *DisputeGameSession) Create(solver common.Address, task [32]byte, fromStep uint64, steps uint32, start [32]byte, solverClaim [32]byte, challengerClaim [32]byte, nodes uint32, writers []uint32) (*types.Transaction, error) {
	return _DisputeGame.Contract.Create(&_DisputeGame.TransactOpts, solver, task, fromStep, steps, start, solverClaim, challengerClaim, nodes, writers)
}

// Create is a paid mutator transaction binding the contract method 0x57124d25.
//
// Solidity: function create(address solver, bytes32 task, uint64 fromStep, uint32 steps, bytes32 start, bytes32 solverClaim, bytes32 challengerClaim, uint32 nodes, uint32[] writers) payable returns(uint256 id)
func (_DisputeGame *DisputeGameTransactorSession) Create(solver common.Address, task [32]byte, fromStep uint64, steps uint32, start [32]byte, solverClaim [32]byte, challengerClaim [32]byte, nodes uint32, writers []uint32) (*types.Transaction, error) {
	return _DisputeGame.Contract.Create(&_DisputeGame.TransactOpts, solver, task, fromStep, steps, start, solverClaim, challengerClaim, nodes, writers)
}

// Open is a paid mutator transaction binding the contract method 0xc45898b4.
//
// Solidity: function open(address solver, address challenger, uint256 dispute, (bytes32,uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) s) returns(uint256 id)
func (_DisputeGame *DisputeGameTransactor) Open(opts *bind.TransactOpts, solver common.Address, challenger common.Address, dispute *big.Int, s IMarketGameSpec) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "open", solver, challenger, dispute, s)
}

// Open is a paid mutator transaction binding the contract method 0xc45898b4.
//
// Solidity: function open(address solver, address challenger, uint256 dispute, (bytes32,uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) s) returns(uint256 id)
func (_DisputeGame *DisputeGameSession) Open(solver common.Address, challenger common.Address, dispute *big.Int, s IMarketGameSpec) (*types.Transaction, error) {
	return _DisputeGame.Contract.Open(&_DisputeGame.TransactOpts, solver, challenger, dispute, s)
}

// Open is a paid mutator transaction binding the contract method 0xc45898b4.
//
// Solidity: function open(address solver, address challenger, uint256 dispute, (bytes32,uint64,uint32,bytes32,bytes32,bytes32,uint32,uint32[]) s) returns(uint256 id)
func (_DisputeGame *DisputeGameTransactorSession) Open(solver common.Address, challenger common.Address, dispute *big.Int, s IMarketGameSpec) (*types.Transaction, error) {
	return _DisputeGame.Contract.Open(&_DisputeGame.TransactOpts, solver, challenger, dispute, s)
}

// OpenInner is a paid mutator transaction binding the contract method 0xbffcbd5e.
//
// Solidity: function openInner(uint256 id) returns()
func (_DisputeGame *DisputeGameTransactor) OpenInner(opts *bind.TransactOpts, id *big.Int) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "openInner", id)
}

// OpenInner is a paid mutator transaction binding the contract method 0xbffcbd5e.
//
// Solidity: function openInner(uint256 id) returns()
func (_DisputeGame *DisputeGameSession) OpenInner(id *big.Int) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenInner(&_DisputeGame.TransactOpts, id)
}

// OpenInner is a paid mutator transaction binding the contract method 0xbffcbd5e.
//
// Solidity: function openInner(uint256 id) returns()
func (_DisputeGame *DisputeGameTransactorSession) OpenInner(id *big.Int) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenInner(&_DisputeGame.TransactOpts, id)
}

// OpenPartial is a paid mutator transaction binding the contract method 0x3ead10f8.
//
// Solidity: function openPartial(uint256 id, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p, bytes32[] path) returns()
func (_DisputeGame *DisputeGameTransactor) OpenPartial(opts *bind.TransactOpts, id *big.Int, p IInnerRulingPartial, path [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "openPartial", id, p, path)
}

// OpenPartial is a paid mutator transaction binding the contract method 0x3ead10f8.
//
// Solidity: function openPartial(uint256 id, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p, bytes32[] path) returns()
func (_DisputeGame *DisputeGameSession) OpenPartial(id *big.Int, p IInnerRulingPartial, path [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenPartial(&_DisputeGame.TransactOpts, id, p, path)
}

// OpenPartial is a paid mutator transaction binding the contract method 0x3ead10f8.
//
// Solidity: function openPartial(uint256 id, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p, bytes32[] path) returns()
func (_DisputeGame *DisputeGameTransactorSession) OpenPartial(id *big.Int, p IInnerRulingPartial, path [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenPartial(&_DisputeGame.TransactOpts, id, p, path)
}

// OpenPrefix is a paid mutator transaction binding the contract method 0x08cd1998.
//
// Solidity: function openPrefix(uint256 id, uint32 size, bytes32 prefixRoot, bytes32[] proof) returns()
func (_DisputeGame *DisputeGameTransactor) OpenPrefix(opts *bind.TransactOpts, id *big.Int, size uint32, prefixRoot [32]byte, proof [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "openPrefix", id, size, prefixRoot, proof)
}

// OpenPrefix is a paid mutator transaction binding the contract method 0x08cd1998.
//
// Solidity: function openPrefix(uint256 id, uint32 size, bytes32 prefixRoot, bytes32[] proof) returns()
func (_DisputeGame *DisputeGameSession) OpenPrefix(id *big.Int, size uint32, prefixRoot [32]byte, proof [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenPrefix(&_DisputeGame.TransactOpts, id, size, prefixRoot, proof)
}

// OpenPrefix is a paid mutator transaction binding the contract method 0x08cd1998.
//
// Solidity: function openPrefix(uint256 id, uint32 size, bytes32 prefixRoot, bytes32[] proof) returns()
func (_DisputeGame *DisputeGameTransactorSession) OpenPrefix(id *big.Int, size uint32, prefixRoot [32]byte, proof [][32]byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenPrefix(&_DisputeGame.TransactOpts, id, size, prefixRoot, proof)
}

// OpenState is a paid mutator transaction binding the contract method 0xadebd09a.
//
// Solidity: function openState(uint256 id, (uint32,bytes32,bytes32[]) o) returns()
func (_DisputeGame *DisputeGameTransactor) OpenState(opts *bind.TransactOpts, id *big.Int, o DisputeGameOpening) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "openState", id, o)
}

// OpenState is a paid mutator transaction binding the contract method 0xadebd09a.
//
// Solidity: function openState(uint256 id, (uint32,bytes32,bytes32[]) o) returns()
func (_DisputeGame *DisputeGameSession) OpenState(id *big.Int, o DisputeGameOpening) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenState(&_DisputeGame.TransactOpts, id, o)
}

// OpenState is a paid mutator transaction binding the contract method 0xadebd09a.
//
// Solidity: function openState(uint256 id, (uint32,bytes32,bytes32[]) o) returns()
func (_DisputeGame *DisputeGameTransactorSession) OpenState(id *big.Int, o DisputeGameOpening) (*types.Transaction, error) {
	return _DisputeGame.Contract.OpenState(&_DisputeGame.TransactOpts, id, o)
}

// ProveChunkWrong is a paid mutator transaction binding the contract method 0x9c7870ec.
//
// Solidity: function proveChunkWrong(uint256 id, (bytes,uint32[],bytes32,bytes32[])[] inputs, bytes32[][] inputPaths, (bytes,uint32[],bytes32,bytes32[]) output, (bytes,uint32[],bytes32,bytes32[]) solverOutput, uint256 index, bytes proof) returns()
func (_DisputeGame *DisputeGameTransactor) ProveChunkWrong(opts *bind.TransactOpts, id *big.Int, inputs []IChunkRulingTensor, inputPaths [][][32]byte, output IChunkRulingTensor, solverOutput IChunkRulingTensor, index *big.Int, proof []byte) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "proveChunkWrong", id, inputs, inputPaths, output, solverOutput, index, proof)
}

// ProveChunkWrong is a paid mutator transaction binding the contract method 0x9c7870ec.
//
// Solidity: function proveChunkWrong(uint256 id, (bytes,uint32[],bytes32,bytes32[])[] inputs, bytes32[][] inputPaths, (bytes,uint32[],bytes32,bytes32[]) output, (bytes,uint32[],bytes32,bytes32[]) solverOutput, uint256 index, bytes proof) returns()
func (_DisputeGame *DisputeGameSession) ProveChunkWrong(id *big.Int, inputs []IChunkRulingTensor, inputPaths [][][32]byte, output IChunkRulingTensor, solverOutput IChunkRulingTensor, index *big.Int, proof []byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveChunkWrong(&_DisputeGame.TransactOpts, id, inputs, inputPaths, output, solverOutput, index, proof)
}

// ProveChunkWrong is a paid mutator transaction binding the contract method 0x9c7870ec.
//
// Solidity: function proveChunkWrong(uint256 id, (bytes,uint32[],bytes32,bytes32[])[] inputs, bytes32[][] inputPaths, (bytes,uint32[],bytes32,bytes32[]) output, (bytes,uint32[],bytes32,bytes32[]) solverOutput, uint256 index, bytes proof) returns()
func (_DisputeGame *DisputeGameTransactorSession) ProveChunkWrong(id *big.Int, inputs []IChunkRulingTensor, inputPaths [][][32]byte, output IChunkRulingTensor, solverOutput IChunkRulingTensor, index *big.Int, proof []byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveChunkWrong(&_DisputeGame.TransactOpts, id, inputs, inputPaths, output, solverOutput, index, proof)
}

// ProveRoundWrong is a paid mutator transaction binding the contract method 0x3994b655.
//
// Solidity: function proveRoundWrong(uint256 id, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 row, bytes proof) returns()
func (_DisputeGame *DisputeGameTransactor) ProveRoundWrong(opts *bind.TransactOpts, id *big.Int, last IInnerRulingPartial, output IChunkRulingTensor, row *big.Int, proof []byte) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "proveRoundWrong", id, last, output, row, proof)
}

// ProveRoundWrong is a paid mutator transaction binding the contract method 0x3994b655.
//
// Solidity: function proveRoundWrong(uint256 id, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 row, bytes proof) returns()
func (_DisputeGame *DisputeGameSession) ProveRoundWrong(id *big.Int, last IInnerRulingPartial, output IChunkRulingTensor, row *big.Int, proof []byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveRoundWrong(&_DisputeGame.TransactOpts, id, last, output, row, proof)
}

// ProveRoundWrong is a paid mutator transaction binding the contract method 0x3994b655.
//
// Solidity: function proveRoundWrong(uint256 id, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 row, bytes proof) returns()
func (_DisputeGame *DisputeGameTransactorSession) ProveRoundWrong(id *big.Int, last IInnerRulingPartial, output IChunkRulingTensor, row *big.Int, proof []byte) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveRoundWrong(&_DisputeGame.TransactOpts, id, last, output, row, proof)
}

// ProveSliceWrong is a paid mutator transaction binding the contract method 0xb6979b11.
//
// Solidity: function proveSliceWrong(uint256 id, ((bytes,uint32[],bytes32,bytes32[]),(bytes,uint32[],bytes32,bytes32[]),bytes32[],bytes32[],(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),uint256,bytes) c) returns()
func (_DisputeGame *DisputeGameTransactor) ProveSliceWrong(opts *bind.TransactOpts, id *big.Int, c DisputeGameSliceCase) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "proveSliceWrong", id, c)
}

// ProveSliceWrong is a paid mutator transaction binding the contract method 0xb6979b11.
//
// Solidity: function proveSliceWrong(uint256 id, ((bytes,uint32[],bytes32,bytes32[]),(bytes,uint32[],bytes32,bytes32[]),bytes32[],bytes32[],(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),uint256,bytes) c) returns()
func (_DisputeGame *DisputeGameSession) ProveSliceWrong(id *big.Int, c DisputeGameSliceCase) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveSliceWrong(&_DisputeGame.TransactOpts, id, c)
}

// ProveSliceWrong is a paid mutator transaction binding the contract method 0xb6979b11.
//
// Solidity: function proveSliceWrong(uint256 id, ((bytes,uint32[],bytes32,bytes32[]),(bytes,uint32[],bytes32,bytes32[]),bytes32[],bytes32[],(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),(bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]),uint256,bytes) c) returns()
func (_DisputeGame *DisputeGameTransactorSession) ProveSliceWrong(id *big.Int, c DisputeGameSliceCase) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveSliceWrong(&_DisputeGame.TransactOpts, id, c)
}

// ProveSolverWrong is a paid mutator transaction binding the contract method 0xa8c991fe.
//
// Solidity: function proveSolverWrong(uint256 id, uint256[8] proof) returns()
func (_DisputeGame *DisputeGameTransactor) ProveSolverWrong(opts *bind.TransactOpts, id *big.Int, proof [8]*big.Int) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "proveSolverWrong", id, proof)
}

// ProveSolverWrong is a paid mutator transaction binding the contract method 0xa8c991fe.
//
// Solidity: function proveSolverWrong(uint256 id, uint256[8] proof) returns()
func (_DisputeGame *DisputeGameSession) ProveSolverWrong(id *big.Int, proof [8]*big.Int) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveSolverWrong(&_DisputeGame.TransactOpts, id, proof)
}

// ProveSolverWrong is a paid mutator transaction binding the contract method 0xa8c991fe.
//
// Solidity: function proveSolverWrong(uint256 id, uint256[8] proof) returns()
func (_DisputeGame *DisputeGameTransactorSession) ProveSolverWrong(id *big.Int, proof [8]*big.Int) (*types.Transaction, error) {
	return _DisputeGame.Contract.ProveSolverWrong(&_DisputeGame.TransactOpts, id, proof)
}

// RegisterChunkCircuit is a paid mutator transaction binding the contract method 0x8b90be5a.
//
// Solidity: function registerChunkCircuit(bytes32 graph, uint32 node, address verifier, uint32[] inputs) returns()
func (_DisputeGame *DisputeGameTransactor) RegisterChunkCircuit(opts *bind.TransactOpts, graph [32]byte, node uint32, verifier common.Address, inputs []uint32) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "registerChunkCircuit", graph, node, verifier, inputs)
}

// RegisterChunkCircuit is a paid mutator transaction binding the contract method 0x8b90be5a.
//
// Solidity: function registerChunkCircuit(bytes32 graph, uint32 node, address verifier, uint32[] inputs) returns()
func (_DisputeGame *DisputeGameSession) RegisterChunkCircuit(graph [32]byte, node uint32, verifier common.Address, inputs []uint32) (*types.Transaction, error) {
	return _DisputeGame.Contract.RegisterChunkCircuit(&_DisputeGame.TransactOpts, graph, node, verifier, inputs)
}

// RegisterChunkCircuit is a paid mutator transaction binding the contract method 0x8b90be5a.
//
// Solidity: function registerChunkCircuit(bytes32 graph, uint32 node, address verifier, uint32[] inputs) returns()
func (_DisputeGame *DisputeGameTransactorSession) RegisterChunkCircuit(graph [32]byte, node uint32, verifier common.Address, inputs []uint32) (*types.Transaction, error) {
	return _DisputeGame.Contract.RegisterChunkCircuit(&_DisputeGame.TransactOpts, graph, node, verifier, inputs)
}

// RegisterSliceCircuit is a paid mutator transaction binding the contract method 0x611d1b2d.
//
// Solidity: function registerSliceCircuit(bytes32 graph, uint32 node, (address,address,uint32[],uint32,bytes32) c) returns()
func (_DisputeGame *DisputeGameTransactor) RegisterSliceCircuit(opts *bind.TransactOpts, graph [32]byte, node uint32, c DisputeGameSliceCircuit) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "registerSliceCircuit", graph, node, c)
}

// RegisterSliceCircuit is a paid mutator transaction binding the contract method 0x611d1b2d.
//
// Solidity: function registerSliceCircuit(bytes32 graph, uint32 node, (address,address,uint32[],uint32,bytes32) c) returns()
func (_DisputeGame *DisputeGameSession) RegisterSliceCircuit(graph [32]byte, node uint32, c DisputeGameSliceCircuit) (*types.Transaction, error) {
	return _DisputeGame.Contract.RegisterSliceCircuit(&_DisputeGame.TransactOpts, graph, node, c)
}

// RegisterSliceCircuit is a paid mutator transaction binding the contract method 0x611d1b2d.
//
// Solidity: function registerSliceCircuit(bytes32 graph, uint32 node, (address,address,uint32[],uint32,bytes32) c) returns()
func (_DisputeGame *DisputeGameTransactorSession) RegisterSliceCircuit(graph [32]byte, node uint32, c DisputeGameSliceCircuit) (*types.Transaction, error) {
	return _DisputeGame.Contract.RegisterSliceCircuit(&_DisputeGame.TransactOpts, graph, node, c)
}

// Reveal is a paid mutator transaction binding the contract method 0x973c3465.
//
// Solidity: function reveal(uint256 id, uint32 node, bytes32 output, bytes32[] outputPath, bytes32[] consistency, (uint32,bytes32,bytes32[])[] inputs) returns()
func (_DisputeGame *DisputeGameTransactor) Reveal(opts *bind.TransactOpts, id *big.Int, node uint32, output [32]byte, outputPath [][32]byte, consistency [][32]byte, inputs []DisputeGameInputOpening) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "reveal", id, node, output, outputPath, consistency, inputs)
}

// Reveal is a paid mutator transaction binding the contract method 0x973c3465.
//
// Solidity: function reveal(uint256 id, uint32 node, bytes32 output, bytes32[] outputPath, bytes32[] consistency, (uint32,bytes32,bytes32[])[] inputs) returns()
func (_DisputeGame *DisputeGameSession) Reveal(id *big.Int, node uint32, output [32]byte, outputPath [][32]byte, consistency [][32]byte, inputs []DisputeGameInputOpening) (*types.Transaction, error) {
	return _DisputeGame.Contract.Reveal(&_DisputeGame.TransactOpts, id, node, output, outputPath, consistency, inputs)
}

// Reveal is a paid mutator transaction binding the contract method 0x973c3465.
//
// Solidity: function reveal(uint256 id, uint32 node, bytes32 output, bytes32[] outputPath, bytes32[] consistency, (uint32,bytes32,bytes32[])[] inputs) returns()
func (_DisputeGame *DisputeGameTransactorSession) Reveal(id *big.Int, node uint32, output [32]byte, outputPath [][32]byte, consistency [][32]byte, inputs []DisputeGameInputOpening) (*types.Transaction, error) {
	return _DisputeGame.Contract.Reveal(&_DisputeGame.TransactOpts, id, node, output, outputPath, consistency, inputs)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DisputeGame *DisputeGameTransactor) Withdraw(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DisputeGame.contract.Transact(opts, "withdraw")
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DisputeGame *DisputeGameSession) Withdraw() (*types.Transaction, error) {
	return _DisputeGame.Contract.Withdraw(&_DisputeGame.TransactOpts)
}

// Withdraw is a paid mutator transaction binding the contract method 0x3ccfd60b.
//
// Solidity: function withdraw() returns()
func (_DisputeGame *DisputeGameTransactorSession) Withdraw() (*types.Transaction, error) {
	return _DisputeGame.Contract.Withdraw(&_DisputeGame.TransactOpts)
}

// DisputeGameAnsweredIterator is returned from FilterAnswered and is used to iterate over the raw logs and unpacked data for Answered events raised by the DisputeGame contract.
type DisputeGameAnsweredIterator struct {
	Event *DisputeGameAnswered // Event containing the contract specifics and raw log

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
func (it *DisputeGameAnsweredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DisputeGameAnswered)
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
		it.Event = new(DisputeGameAnswered)
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
func (it *DisputeGameAnsweredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DisputeGameAnsweredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DisputeGameAnswered represents a Answered event raised by the DisputeGame contract.
type DisputeGameAnswered struct {
	Game  *big.Int
	Side  uint8
	Phase uint8
	Round uint32
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterAnswered is a free log retrieval operation binding the contract event 0x72bae42b0b3768472caa20642c94b12d2d189380890b05e4d33f9f0b768ba822.
//
// Solidity: event Answered(uint256 indexed game, uint8 side, uint8 phase, uint32 round)
func (_DisputeGame *DisputeGameFilterer) FilterAnswered(opts *bind.FilterOpts, game []*big.Int) (*DisputeGameAnsweredIterator, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.FilterLogs(opts, "Answered", gameRule)
	if err != nil {
		return nil, err
	}
	return &DisputeGameAnsweredIterator{contract: _DisputeGame.contract, event: "Answered", logs: logs, sub: sub}, nil
}

// WatchAnswered is a free log subscription operation binding the contract event 0x72bae42b0b3768472caa20642c94b12d2d189380890b05e4d33f9f0b768ba822.
//
// Solidity: event Answered(uint256 indexed game, uint8 side, uint8 phase, uint32 round)
func (_DisputeGame *DisputeGameFilterer) WatchAnswered(opts *bind.WatchOpts, sink chan<- *DisputeGameAnswered, game []*big.Int) (event.Subscription, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.WatchLogs(opts, "Answered", gameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DisputeGameAnswered)
				if err := _DisputeGame.contract.UnpackLog(event, "Answered", log); err != nil {
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

// ParseAnswered is a log parse operation binding the contract event 0x72bae42b0b3768472caa20642c94b12d2d189380890b05e4d33f9f0b768ba822.
//
// Solidity: event Answered(uint256 indexed game, uint8 side, uint8 phase, uint32 round)
func (_DisputeGame *DisputeGameFilterer) ParseAnswered(log types.Log) (*DisputeGameAnswered, error) {
	event := new(DisputeGameAnswered)
	if err := _DisputeGame.contract.UnpackLog(event, "Answered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DisputeGameCircuitSetIterator is returned from FilterCircuitSet and is used to iterate over the raw logs and unpacked data for CircuitSet events raised by the DisputeGame contract.
type DisputeGameCircuitSetIterator struct {
	Event *DisputeGameCircuitSet // Event containing the contract specifics and raw log

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
func (it *DisputeGameCircuitSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DisputeGameCircuitSet)
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
		it.Event = new(DisputeGameCircuitSet)
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
func (it *DisputeGameCircuitSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DisputeGameCircuitSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DisputeGameCircuitSet represents a CircuitSet event raised by the DisputeGame contract.
type DisputeGameCircuitSet struct {
	Graph    [32]byte
	Node     uint32
	Verifier common.Address
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterCircuitSet is a free log retrieval operation binding the contract event 0xd48356330c00eda6eecc24ee862cf274d967dff8e61630770f2ef304037b10a5.
//
// Solidity: event CircuitSet(bytes32 indexed graph, uint32 node, address verifier)
func (_DisputeGame *DisputeGameFilterer) FilterCircuitSet(opts *bind.FilterOpts, graph [][32]byte) (*DisputeGameCircuitSetIterator, error) {

	var graphRule []interface{}
	for _, graphItem := range graph {
		graphRule = append(graphRule, graphItem)
	}

	logs, sub, err := _DisputeGame.contract.FilterLogs(opts, "CircuitSet", graphRule)
	if err != nil {
		return nil, err
	}
	return &DisputeGameCircuitSetIterator{contract: _DisputeGame.contract, event: "CircuitSet", logs: logs, sub: sub}, nil
}

// WatchCircuitSet is a free log subscription operation binding the contract event 0xd48356330c00eda6eecc24ee862cf274d967dff8e61630770f2ef304037b10a5.
//
// Solidity: event CircuitSet(bytes32 indexed graph, uint32 node, address verifier)
func (_DisputeGame *DisputeGameFilterer) WatchCircuitSet(opts *bind.WatchOpts, sink chan<- *DisputeGameCircuitSet, graph [][32]byte) (event.Subscription, error) {

	var graphRule []interface{}
	for _, graphItem := range graph {
		graphRule = append(graphRule, graphItem)
	}

	logs, sub, err := _DisputeGame.contract.WatchLogs(opts, "CircuitSet", graphRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DisputeGameCircuitSet)
				if err := _DisputeGame.contract.UnpackLog(event, "CircuitSet", log); err != nil {
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

// ParseCircuitSet is a log parse operation binding the contract event 0xd48356330c00eda6eecc24ee862cf274d967dff8e61630770f2ef304037b10a5.
//
// Solidity: event CircuitSet(bytes32 indexed graph, uint32 node, address verifier)
func (_DisputeGame *DisputeGameFilterer) ParseCircuitSet(log types.Log) (*DisputeGameCircuitSet, error) {
	event := new(DisputeGameCircuitSet)
	if err := _DisputeGame.contract.UnpackLog(event, "CircuitSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DisputeGameCreatedIterator is returned from FilterCreated and is used to iterate over the raw logs and unpacked data for Created events raised by the DisputeGame contract.
type DisputeGameCreatedIterator struct {
	Event *DisputeGameCreated // Event containing the contract specifics and raw log

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
func (it *DisputeGameCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DisputeGameCreated)
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
		it.Event = new(DisputeGameCreated)
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
func (it *DisputeGameCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DisputeGameCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DisputeGameCreated represents a Created event raised by the DisputeGame contract.
type DisputeGameCreated struct {
	Game       *big.Int
	Solver     common.Address
	Challenger common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterCreated is a free log retrieval operation binding the contract event 0xcbd6f84bfed2ee8cc01ea152b5d9f7126a72c410dbc5ab04c486a5800627b190.
//
// Solidity: event Created(uint256 indexed game, address indexed solver, address indexed challenger)
func (_DisputeGame *DisputeGameFilterer) FilterCreated(opts *bind.FilterOpts, game []*big.Int, solver []common.Address, challenger []common.Address) (*DisputeGameCreatedIterator, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}
	var solverRule []interface{}
	for _, solverItem := range solver {
		solverRule = append(solverRule, solverItem)
	}
	var challengerRule []interface{}
	for _, challengerItem := range challenger {
		challengerRule = append(challengerRule, challengerItem)
	}

	logs, sub, err := _DisputeGame.contract.FilterLogs(opts, "Created", gameRule, solverRule, challengerRule)
	if err != nil {
		return nil, err
	}
	return &DisputeGameCreatedIterator{contract: _DisputeGame.contract, event: "Created", logs: logs, sub: sub}, nil
}

// WatchCreated is a free log subscription operation binding the contract event 0xcbd6f84bfed2ee8cc01ea152b5d9f7126a72c410dbc5ab04c486a5800627b190.
//
// Solidity: event Created(uint256 indexed game, address indexed solver, address indexed challenger)
func (_DisputeGame *DisputeGameFilterer) WatchCreated(opts *bind.WatchOpts, sink chan<- *DisputeGameCreated, game []*big.Int, solver []common.Address, challenger []common.Address) (event.Subscription, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}
	var solverRule []interface{}
	for _, solverItem := range solver {
		solverRule = append(solverRule, solverItem)
	}
	var challengerRule []interface{}
	for _, challengerItem := range challenger {
		challengerRule = append(challengerRule, challengerItem)
	}

	logs, sub, err := _DisputeGame.contract.WatchLogs(opts, "Created", gameRule, solverRule, challengerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DisputeGameCreated)
				if err := _DisputeGame.contract.UnpackLog(event, "Created", log); err != nil {
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

// ParseCreated is a log parse operation binding the contract event 0xcbd6f84bfed2ee8cc01ea152b5d9f7126a72c410dbc5ab04c486a5800627b190.
//
// Solidity: event Created(uint256 indexed game, address indexed solver, address indexed challenger)
func (_DisputeGame *DisputeGameFilterer) ParseCreated(log types.Log) (*DisputeGameCreated, error) {
	event := new(DisputeGameCreated)
	if err := _DisputeGame.contract.UnpackLog(event, "Created", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DisputeGameEndedIterator is returned from FilterEnded and is used to iterate over the raw logs and unpacked data for Ended events raised by the DisputeGame contract.
type DisputeGameEndedIterator struct {
	Event *DisputeGameEnded // Event containing the contract specifics and raw log

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
func (it *DisputeGameEndedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DisputeGameEnded)
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
		it.Event = new(DisputeGameEnded)
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
func (it *DisputeGameEndedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DisputeGameEndedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DisputeGameEnded represents a Ended event raised by the DisputeGame contract.
type DisputeGameEnded struct {
	Game   *big.Int
	Winner uint8
	Reason string
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterEnded is a free log retrieval operation binding the contract event 0x107a952143ca728a259d33ae80bad88ec637767ce8499cd13efdfa23ab4063ce.
//
// Solidity: event Ended(uint256 indexed game, uint8 winner, string reason)
func (_DisputeGame *DisputeGameFilterer) FilterEnded(opts *bind.FilterOpts, game []*big.Int) (*DisputeGameEndedIterator, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.FilterLogs(opts, "Ended", gameRule)
	if err != nil {
		return nil, err
	}
	return &DisputeGameEndedIterator{contract: _DisputeGame.contract, event: "Ended", logs: logs, sub: sub}, nil
}

// WatchEnded is a free log subscription operation binding the contract event 0x107a952143ca728a259d33ae80bad88ec637767ce8499cd13efdfa23ab4063ce.
//
// Solidity: event Ended(uint256 indexed game, uint8 winner, string reason)
func (_DisputeGame *DisputeGameFilterer) WatchEnded(opts *bind.WatchOpts, sink chan<- *DisputeGameEnded, game []*big.Int) (event.Subscription, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.WatchLogs(opts, "Ended", gameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DisputeGameEnded)
				if err := _DisputeGame.contract.UnpackLog(event, "Ended", log); err != nil {
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

// ParseEnded is a log parse operation binding the contract event 0x107a952143ca728a259d33ae80bad88ec637767ce8499cd13efdfa23ab4063ce.
//
// Solidity: event Ended(uint256 indexed game, uint8 winner, string reason)
func (_DisputeGame *DisputeGameFilterer) ParseEnded(log types.Log) (*DisputeGameEnded, error) {
	event := new(DisputeGameEnded)
	if err := _DisputeGame.contract.UnpackLog(event, "Ended", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DisputeGameNarrowedIterator is returned from FilterNarrowed and is used to iterate over the raw logs and unpacked data for Narrowed events raised by the DisputeGame contract.
type DisputeGameNarrowedIterator struct {
	Event *DisputeGameNarrowed // Event containing the contract specifics and raw log

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
func (it *DisputeGameNarrowedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DisputeGameNarrowed)
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
		it.Event = new(DisputeGameNarrowed)
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
func (it *DisputeGameNarrowedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DisputeGameNarrowedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DisputeGameNarrowed represents a Narrowed event raised by the DisputeGame contract.
type DisputeGameNarrowed struct {
	Game  *big.Int
	Phase uint8
	Lo    uint32
	Hi    uint32
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterNarrowed is a free log retrieval operation binding the contract event 0xc13b714af622f64535ff23936fb03b738cb27be071a9302c1988ac31bfc85c98.
//
// Solidity: event Narrowed(uint256 indexed game, uint8 phase, uint32 lo, uint32 hi)
func (_DisputeGame *DisputeGameFilterer) FilterNarrowed(opts *bind.FilterOpts, game []*big.Int) (*DisputeGameNarrowedIterator, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.FilterLogs(opts, "Narrowed", gameRule)
	if err != nil {
		return nil, err
	}
	return &DisputeGameNarrowedIterator{contract: _DisputeGame.contract, event: "Narrowed", logs: logs, sub: sub}, nil
}

// WatchNarrowed is a free log subscription operation binding the contract event 0xc13b714af622f64535ff23936fb03b738cb27be071a9302c1988ac31bfc85c98.
//
// Solidity: event Narrowed(uint256 indexed game, uint8 phase, uint32 lo, uint32 hi)
func (_DisputeGame *DisputeGameFilterer) WatchNarrowed(opts *bind.WatchOpts, sink chan<- *DisputeGameNarrowed, game []*big.Int) (event.Subscription, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.WatchLogs(opts, "Narrowed", gameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DisputeGameNarrowed)
				if err := _DisputeGame.contract.UnpackLog(event, "Narrowed", log); err != nil {
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

// ParseNarrowed is a log parse operation binding the contract event 0xc13b714af622f64535ff23936fb03b738cb27be071a9302c1988ac31bfc85c98.
//
// Solidity: event Narrowed(uint256 indexed game, uint8 phase, uint32 lo, uint32 hi)
func (_DisputeGame *DisputeGameFilterer) ParseNarrowed(log types.Log) (*DisputeGameNarrowed, error) {
	event := new(DisputeGameNarrowed)
	if err := _DisputeGame.contract.UnpackLog(event, "Narrowed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DisputeGamePartialOpenedIterator is returned from FilterPartialOpened and is used to iterate over the raw logs and unpacked data for PartialOpened events raised by the DisputeGame contract.
type DisputeGamePartialOpenedIterator struct {
	Event *DisputeGamePartialOpened // Event containing the contract specifics and raw log

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
func (it *DisputeGamePartialOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DisputeGamePartialOpened)
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
		it.Event = new(DisputeGamePartialOpened)
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
func (it *DisputeGamePartialOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DisputeGamePartialOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DisputeGamePartialOpened represents a PartialOpened event raised by the DisputeGame contract.
type DisputeGamePartialOpened struct {
	Game    *big.Int
	Side    uint8
	Index   uint32
	Digests [][32]byte
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPartialOpened is a free log retrieval operation binding the contract event 0x49cb2d503a66935b71d0324bce9030420c3e9dfe9491fe716f15c557b5f0008d.
//
// Solidity: event PartialOpened(uint256 indexed game, uint8 side, uint32 index, bytes32[] digests)
func (_DisputeGame *DisputeGameFilterer) FilterPartialOpened(opts *bind.FilterOpts, game []*big.Int) (*DisputeGamePartialOpenedIterator, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.FilterLogs(opts, "PartialOpened", gameRule)
	if err != nil {
		return nil, err
	}
	return &DisputeGamePartialOpenedIterator{contract: _DisputeGame.contract, event: "PartialOpened", logs: logs, sub: sub}, nil
}

// WatchPartialOpened is a free log subscription operation binding the contract event 0x49cb2d503a66935b71d0324bce9030420c3e9dfe9491fe716f15c557b5f0008d.
//
// Solidity: event PartialOpened(uint256 indexed game, uint8 side, uint32 index, bytes32[] digests)
func (_DisputeGame *DisputeGameFilterer) WatchPartialOpened(opts *bind.WatchOpts, sink chan<- *DisputeGamePartialOpened, game []*big.Int) (event.Subscription, error) {

	var gameRule []interface{}
	for _, gameItem := range game {
		gameRule = append(gameRule, gameItem)
	}

	logs, sub, err := _DisputeGame.contract.WatchLogs(opts, "PartialOpened", gameRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DisputeGamePartialOpened)
				if err := _DisputeGame.contract.UnpackLog(event, "PartialOpened", log); err != nil {
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

// ParsePartialOpened is a log parse operation binding the contract event 0x49cb2d503a66935b71d0324bce9030420c3e9dfe9491fe716f15c557b5f0008d.
//
// Solidity: event PartialOpened(uint256 indexed game, uint8 side, uint32 index, bytes32[] digests)
func (_DisputeGame *DisputeGameFilterer) ParsePartialOpened(log types.Log) (*DisputeGamePartialOpened, error) {
	event := new(DisputeGamePartialOpened)
	if err := _DisputeGame.contract.UnpackLog(event, "PartialOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
