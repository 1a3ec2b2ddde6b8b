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

// RulingVerifierZKTensor is an auto generated low-level Go binding around an user-defined struct.
type RulingVerifierZKTensor struct {
	Name    []byte
	Shape   []uint32
	Leaf    [32]byte
	Digests [][32]byte
}

// RulingVerifierZKMetaData contains all meta data concerning the RulingVerifierZK contract.
var RulingVerifierZKMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"}],\"name\":\"BadArity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ChunkOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"}],\"name\":\"LeafMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"fixedLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyChunkRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyWholeRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50610e7a8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806333908f581461004357806344eb51d014610068578063eb5e4bb51461007b575b5f5ffd5b610056610051366004610820565b61008e565b60405190815260200160405180910390f35b6100566100763660046108c7565b6102bc565b610056610089366004610977565b61043f565b5f606081805b87811161012a57368882106100a957876100cd565b8989838181106100bb576100bb610a01565b90506020028101906100cd9190610a15565b90506100d9818361052a565b6100e39084610a47565b9250836100f36060830183610a60565b60405160200161010593929190610ae3565b604051602081830303815290604052935050808061012290610b01565b915050610094565b505f6101358261064a565b6040516020016101459190610b19565b6040516020818303038152906040528051906020012090505f8183602061016c9190610b5c565b610177906020610a47565b85888a8160206101878183610b87565b610192906020610b9a565b61019c9190610b87565b6001600160401b038111156101b3576101b3610bad565b6040519080825280601f01601f1916602001820160405280156101dd576020820181803683370190505b506040516020016101f49796959493929190610bc1565b60405160208183030381529060405290508a6001600160a01b03163b5f0361022f5760405163c3b0d8cd60e01b815260040160405180910390fd5b5f8b6001600160a01b0316826040516102489190610c0f565b5f60405180830381855afa9150503d805f8114610280576040519150601f19603f3d011682016040523d82523d5f602084013e610285565b606091505b50509050806102a75760405163c3b0d8cd60e01b815260040160405180910390fd5b50505060409095013598975050505050505050565b5f806102c98688876106ca565b9050600187900361037657886001600160a01b031663e1ff50828585604051806040016040528061031e8e8e5f81811061030557610305610a01565b90506020028101906103179190610a15565b5f8d6106ca565b8152602001868152506040518463ffffffff1660e01b815260040161034593929190610c42565b5f6040518083038186803b15801561035b575f5ffd5b505afa15801561036d573d5f5f3e3d5ffd5b5050505061042d565b600287900361040c57886001600160a01b031663f219ed6f858560405180606001604052806103b08e8e5f81811061030557610305610a01565b81526020016103e58e8e60018181106103cb576103cb610a01565b90506020028101906103dd9190610a15565b60018d6106ca565b8152602001868152506040518463ffffffff1660e01b815260040161034593929190610c88565b60405163b3153bc760e01b8152600481018890526024015b60405180910390fd5b50506040840135979650505050505050565b5f6060815b8581101561049f578187878381811061045f5761045f610a01565b90506020020160208101906104749190610cc3565b604051602001610485929190610ce6565b60408051601f198184030181529190529150600101610444565b506040516002906104c6905f9081908b908d9082908c9089908c908e908290602001610d0d565b60408051601f19818403018152908290526104e091610c0f565b602060405180830381855afa1580156104fb573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061051e9190610db5565b98975050505050505050565b5f604083013561055761053d8580610dcc565b61054a6020880188610a60565b61008960608a018a610a60565b1461057857604051631628ba1f60e01b815260048101839052602401610424565b60015f5b6105896020860186610a60565b90508110156105de5761059f6020860186610a60565b828181106105af576105af610a01565b90506020020160208101906105c49190610cc3565b6105d49063ffffffff1683610b5c565b915060010161057c565b50801561060d5761020060016105f48284610a47565b6105fe9190610b9a565b6106089190610e0e565b610610565b60015b9150816106206060860186610a60565b90501461064357604051631628ba1f60e01b815260048101849052602401610424565b5092915050565b6060815f036106705750506040805180820190915260018152600360fc1b602082015290565b81156106c557610681600a83610b87565b61068c906030610a47565b60f81b816040516020016106a1929190610e21565b60408051601f1981840301815291905290506106be600a83610e0e565b9150610670565b919050565b5f5f6106d6858561052a565b90508060010361070e576106ed6060860186610a60565b5f8181106106fd576106fd610a01565b905060200201355f1c915050610769565b80831061073f57604051635bcfa3a960e11b8152600481018590526024810184905260448101829052606401610424565b61074c6060860186610a60565b8481811061075c5761075c610a01565b905060200201355f1c9150505b9392505050565b80356001600160a01b03811681146106c5575f5ffd5b5f5f83601f840112610796575f5ffd5b5081356001600160401b038111156107ac575f5ffd5b6020830191508360208260051b85010111156107c6575f5ffd5b9250929050565b5f608082840312156107dd575f5ffd5b50919050565b5f5f83601f8401126107f3575f5ffd5b5081356001600160401b03811115610809575f5ffd5b6020830191508360208285010111156107c6575f5ffd5b5f5f5f5f5f5f60808789031215610835575f5ffd5b61083e87610770565b955060208701356001600160401b03811115610858575f5ffd5b61086489828a01610786565b90965094505060408701356001600160401b03811115610882575f5ffd5b61088e89828a016107cd565b93505060608701356001600160401b038111156108a9575f5ffd5b6108b589828a016107e3565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60a0888a0312156108dd575f5ffd5b6108e688610770565b965060208801356001600160401b03811115610900575f5ffd5b61090c8a828b01610786565b90975095505060408801356001600160401b0381111561092a575f5ffd5b6109368a828b016107cd565b9450506060880135925060808801356001600160401b03811115610958575f5ffd5b6109648a828b016107e3565b989b979a50959850939692959293505050565b5f5f5f5f5f5f6060878903121561098c575f5ffd5b86356001600160401b038111156109a1575f5ffd5b6109ad89828a016107e3565b90975095505060208701356001600160401b038111156109cb575f5ffd5b6109d789828a01610786565b90955093505060408701356001600160401b038111156109f5575f5ffd5b6108b589828a01610786565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e19833603018112610a29575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610a5a57610a5a610a33565b92915050565b5f5f8335601e19843603018112610a75575f5ffd5b8301803591506001600160401b03821115610a8e575f5ffd5b6020019150600581901b36038213156107c6575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6001600160fb1b03831115610ad0575f5ffd5b8260051b80838637939093019392505050565b5f610af8610af18387610aa5565b8486610abc565b95945050505050565b5f60018201610b1257610b12610a33565b5060010190565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f610b4a601a830184610aa5565b615d2960f01b81526002019392505050565b8082028115828204841417610a5a57610a5a610a33565b634e487b7160e01b5f52601260045260245ffd5b5f82610b9557610b95610b73565b500690565b81810381811115610a5a57610a5a610a33565b634e487b7160e01b5f52604160045260245ffd5b6001600160e01b031988168152600481018790525f610be36024830188610aa5565b868152848660208301375f908501602001908152610c018185610aa5565b9a9950505050505050505050565b5f6107698284610aa5565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f610c55606083018587610c1a565b905060208201835f5b6002811015610c7d578151835260209283019290910190600101610c5e565b505050949350505050565b608081525f610c9b608083018587610c1a565b905060208201835f5b6003811015610c7d578151835260209283019290910190600101610ca4565b5f60208284031215610cd3575f5ffd5b813563ffffffff81168114610769575f5ffd5b5f610cf18285610aa5565b60e09390931b6001600160e01b03191683525050600401919050565b6001600160f81b03198b811682527f70726f6f666c6561726e2f66697865642d74656e736f722f763100000000000060018301528a16601b82015260f089901b6001600160f01b031916601c8201528688601e8301375f87820160ff60f81b8860f81b16601e820152610d83601f820188610aa5565b60e087901b6001600160e01b03191681529050610da4600482018587610abc565b9d9c50505050505050505050505050565b5f60208284031215610dc5575f5ffd5b5051919050565b5f5f8335601e19843603018112610de1575f5ffd5b8301803591506001600160401b03821115610dfa575f5ffd5b6020019150368190038213156107c6575f5ffd5b5f82610e1c57610e1c610b73565b500490565b6001600160f81b0319831681525f610e3c6001830184610aa5565b94935050505056fea2646970667358221220e0a512c4cc0faf54ec53edc10c9358d393c0119ad6878947de632cb818f1006b64736f6c63430008250033",
}

// RulingVerifierZKABI is the input ABI used to generate the binding from.
// Deprecated: Use RulingVerifierZKMetaData.ABI instead.
var RulingVerifierZKABI = RulingVerifierZKMetaData.ABI

// RulingVerifierZKBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RulingVerifierZKMetaData.Bin instead.
var RulingVerifierZKBin = RulingVerifierZKMetaData.Bin

// DeployRulingVerifierZK deploys a new Ethereum contract, binding an instance of RulingVerifierZK to it.
func DeployRulingVerifierZK(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RulingVerifierZK, error) {
	parsed, err := RulingVerifierZKMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RulingVerifierZKBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RulingVerifierZK{RulingVerifierZKCaller: RulingVerifierZKCaller{contract: contract}, RulingVerifierZKTransactor: RulingVerifierZKTransactor{contract: contract}, RulingVerifierZKFilterer: RulingVerifierZKFilterer{contract: contract}}, nil
}

// RulingVerifierZK is an auto generated Go binding around an Ethereum contract.
type RulingVerifierZK struct {
	RulingVerifierZKCaller     // Read-only binding to the contract
	RulingVerifierZKTransactor // Write-only binding to the contract
	RulingVerifierZKFilterer   // Log filterer for contract events
}

// RulingVerifierZKCaller is an auto generated read-only Go binding around an Ethereum contract.
type RulingVerifierZKCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingVerifierZKTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RulingVerifierZKTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingVerifierZKFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RulingVerifierZKFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingVerifierZKSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RulingVerifierZKSession struct {
	Contract     *RulingVerifierZK // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RulingVerifierZKCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RulingVerifierZKCallerSession struct {
	Contract *RulingVerifierZKCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// RulingVerifierZKTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RulingVerifierZKTransactorSession struct {
	Contract     *RulingVerifierZKTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// RulingVerifierZKRaw is an auto generated low-level Go binding around an Ethereum contract.
type RulingVerifierZKRaw struct {
	Contract *RulingVerifierZK // Generic contract binding to access the raw methods on
}

// RulingVerifierZKCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RulingVerifierZKCallerRaw struct {
	Contract *RulingVerifierZKCaller // Generic read-only contract binding to access the raw methods on
}

// RulingVerifierZKTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RulingVerifierZKTransactorRaw struct {
	Contract *RulingVerifierZKTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRulingVerifierZK creates a new instance of RulingVerifierZK, bound to a specific deployed contract.
func NewRulingVerifierZK(address common.Address, backend bind.ContractBackend) (*RulingVerifierZK, error) {
	contract, err := bindRulingVerifierZK(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierZK{RulingVerifierZKCaller: RulingVerifierZKCaller{contract: contract}, RulingVerifierZKTransactor: RulingVerifierZKTransactor{contract: contract}, RulingVerifierZKFilterer: RulingVerifierZKFilterer{contract: contract}}, nil
}

// NewRulingVerifierZKCaller creates a new read-only instance of RulingVerifierZK, bound to a specific deployed contract.
func NewRulingVerifierZKCaller(address common.Address, caller bind.ContractCaller) (*RulingVerifierZKCaller, error) {
	contract, err := bindRulingVerifierZK(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierZKCaller{contract: contract}, nil
}

// NewRulingVerifierZKTransactor creates a new write-only instance of RulingVerifierZK, bound to a specific deployed contract.
func NewRulingVerifierZKTransactor(address common.Address, transactor bind.ContractTransactor) (*RulingVerifierZKTransactor, error) {
	contract, err := bindRulingVerifierZK(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierZKTransactor{contract: contract}, nil
}

// NewRulingVerifierZKFilterer creates a new log filterer instance of RulingVerifierZK, bound to a specific deployed contract.
func NewRulingVerifierZKFilterer(address common.Address, filterer bind.ContractFilterer) (*RulingVerifierZKFilterer, error) {
	contract, err := bindRulingVerifierZK(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierZKFilterer{contract: contract}, nil
}

// bindRulingVerifierZK binds a generic wrapper to an already deployed contract.
func bindRulingVerifierZK(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RulingVerifierZKMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulingVerifierZK *RulingVerifierZKRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulingVerifierZK.Contract.RulingVerifierZKCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulingVerifierZK *RulingVerifierZKRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulingVerifierZK.Contract.RulingVerifierZKTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulingVerifierZK *RulingVerifierZKRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulingVerifierZK.Contract.RulingVerifierZKTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulingVerifierZK *RulingVerifierZKCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulingVerifierZK.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulingVerifierZK *RulingVerifierZKTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulingVerifierZK.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulingVerifierZK *RulingVerifierZKTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulingVerifierZK.Contract.contract.Transact(opts, method, params...)
}

// FixedLeaf is a free data retrieval call binding the contract method 0xeb5e4bb5.
//
// Solidity: function fixedLeaf(bytes name, uint32[] shape, bytes32[] digests) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) FixedLeaf(opts *bind.CallOpts, name []byte, shape []uint32, digests [][32]byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "fixedLeaf", name, shape, digests)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// FixedLeaf is a free data retrieval call binding the contract method 0xeb5e4bb5.
//
// Solidity: function fixedLeaf(bytes name, uint32[] shape, bytes32[] digests) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) FixedLeaf(name []byte, shape []uint32, digests [][32]byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.FixedLeaf(&_RulingVerifierZK.CallOpts, name, shape, digests)
}

// FixedLeaf is a free data retrieval call binding the contract method 0xeb5e4bb5.
//
// Solidity: function fixedLeaf(bytes name, uint32[] shape, bytes32[] digests) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) FixedLeaf(name []byte, shape []uint32, digests [][32]byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.FixedLeaf(&_RulingVerifierZK.CallOpts, name, shape, digests)
}

// VerifyChunkRuling is a free data retrieval call binding the contract method 0x44eb51d0.
//
// Solidity: function verifyChunkRuling(address verifier, (bytes,uint32[],bytes32,bytes32[])[] inputs, (bytes,uint32[],bytes32,bytes32[]) output, uint256 index, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) VerifyChunkRuling(opts *bind.CallOpts, verifier common.Address, inputs []RulingVerifierZKTensor, output RulingVerifierZKTensor, index *big.Int, proof []byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "verifyChunkRuling", verifier, inputs, output, index, proof)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VerifyChunkRuling is a free data retrieval call binding the contract method 0x44eb51d0.
//
// Solidity: function verifyChunkRuling(address verifier, (bytes,uint32[],bytes32,bytes32[])[] inputs, (bytes,uint32[],bytes32,bytes32[]) output, uint256 index, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) VerifyChunkRuling(verifier common.Address, inputs []RulingVerifierZKTensor, output RulingVerifierZKTensor, index *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyChunkRuling(&_RulingVerifierZK.CallOpts, verifier, inputs, output, index, proof)
}

// VerifyChunkRuling is a free data retrieval call binding the contract method 0x44eb51d0.
//
// Solidity: function verifyChunkRuling(address verifier, (bytes,uint32[],bytes32,bytes32[])[] inputs, (bytes,uint32[],bytes32,bytes32[]) output, uint256 index, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) VerifyChunkRuling(verifier common.Address, inputs []RulingVerifierZKTensor, output RulingVerifierZKTensor, index *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyChunkRuling(&_RulingVerifierZK.CallOpts, verifier, inputs, output, index, proof)
}

// VerifyWholeRuling is a free data retrieval call binding the contract method 0x33908f58.
//
// Solidity: function verifyWholeRuling(address verifier, (bytes,uint32[],bytes32,bytes32[])[] inputs, (bytes,uint32[],bytes32,bytes32[]) output, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) VerifyWholeRuling(opts *bind.CallOpts, verifier common.Address, inputs []RulingVerifierZKTensor, output RulingVerifierZKTensor, proof []byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "verifyWholeRuling", verifier, inputs, output, proof)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VerifyWholeRuling is a free data retrieval call binding the contract method 0x33908f58.
//
// Solidity: function verifyWholeRuling(address verifier, (bytes,uint32[],bytes32,bytes32[])[] inputs, (bytes,uint32[],bytes32,bytes32[]) output, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) VerifyWholeRuling(verifier common.Address, inputs []RulingVerifierZKTensor, output RulingVerifierZKTensor, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyWholeRuling(&_RulingVerifierZK.CallOpts, verifier, inputs, output, proof)
}

// VerifyWholeRuling is a free data retrieval call binding the contract method 0x33908f58.
//
// Solidity: function verifyWholeRuling(address verifier, (bytes,uint32[],bytes32,bytes32[])[] inputs, (bytes,uint32[],bytes32,bytes32[]) output, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) VerifyWholeRuling(verifier common.Address, inputs []RulingVerifierZKTensor, output RulingVerifierZKTensor, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyWholeRuling(&_RulingVerifierZK.CallOpts, verifier, inputs, output, proof)
}
