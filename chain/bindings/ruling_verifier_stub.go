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

// RulingVerifierStubMetaData contains all meta data concerning the RulingVerifierStub contract.
var RulingVerifierStubMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"accepts\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"},{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"setAccepts\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516103126100315f395f8181609f015261017e01526103125ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c80631914f4471461004e57806323572511146100855780638da5cb5b1461009a578063dbe9f024146100d9575b5f5ffd5b61007061005c36600461022c565b5f6020819052908152604090205460ff1681565b60405190151581526020015b60405180910390f35b610098610093366004610259565b6100ec565b005b6100c17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161007c565b6100986100e7366004610293565b610173565b5f5f826040516020016100ff91906102cd565b60408051601f198184030181529181528151602092830120835290820192909252015f205460ff1661016f5760405162461bcd60e51b81526020600482015260146024820152731cdd1d588e881c1c9bdbd9881c995a9958dd195960621b60448201526064015b60405180910390fd5b5050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101e15760405162461bcd60e51b815260206004820152601360248201527239ba3ab11d103737ba103a34329037bbb732b960691b6044820152606401610166565b805f5f846040516020016101f591906102cd565b60408051808303601f190181529181528151602092830120835290820192909252015f20805460ff19169115159190911790555050565b5f6020828403121561023c575f5ffd5b5035919050565b8060808101831015610253575f5ffd5b92915050565b5f5f610180838503121561026b575f5ffd5b61010083018481111561027c575f5ffd5b8392506102898582610243565b9150509250929050565b5f5f60a083850312156102a4575f5ffd5b6102ae8484610243565b9150608083013580151581146102c2575f5ffd5b809150509250929050565b6080818101908383379291505056fea26469706673582212205191c1c9f0757c685ef75943487011c5bbecdab3d889570aab39ce45ea6b02cf64736f6c63430008250033",
}

// RulingVerifierStubABI is the input ABI used to generate the binding from.
// Deprecated: Use RulingVerifierStubMetaData.ABI instead.
var RulingVerifierStubABI = RulingVerifierStubMetaData.ABI

// RulingVerifierStubBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RulingVerifierStubMetaData.Bin instead.
var RulingVerifierStubBin = RulingVerifierStubMetaData.Bin

// DeployRulingVerifierStub deploys a new Ethereum contract, binding an instance of RulingVerifierStub to it.
func DeployRulingVerifierStub(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *RulingVerifierStub, error) {
	parsed, err := RulingVerifierStubMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RulingVerifierStubBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RulingVerifierStub{RulingVerifierStubCaller: RulingVerifierStubCaller{contract: contract}, RulingVerifierStubTransactor: RulingVerifierStubTransactor{contract: contract}, RulingVerifierStubFilterer: RulingVerifierStubFilterer{contract: contract}}, nil
}

// RulingVerifierStub is an auto generated Go binding around an Ethereum contract.
type RulingVerifierStub struct {
	RulingVerifierStubCaller     // Read-only binding to the contract
	RulingVerifierStubTransactor // Write-only binding to the contract
	RulingVerifierStubFilterer   // Log filterer for contract events
}

// RulingVerifierStubCaller is an auto generated read-only Go binding around an Ethereum contract.
type RulingVerifierStubCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingVerifierStubTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RulingVerifierStubTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingVerifierStubFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RulingVerifierStubFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingVerifierStubSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RulingVerifierStubSession struct {
	Contract     *RulingVerifierStub // Generic contract binding to set the session for
	CallOpts     bind.CallOpts       // Call options to use throughout this session
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// RulingVerifierStubCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RulingVerifierStubCallerSession struct {
	Contract *RulingVerifierStubCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts             // Call options to use throughout this session
}

// RulingVerifierStubTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RulingVerifierStubTransactorSession struct {
	Contract     *RulingVerifierStubTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts             // Transaction auth options to use throughout this session
}

// RulingVerifierStubRaw is an auto generated low-level Go binding around an Ethereum contract.
type RulingVerifierStubRaw struct {
	Contract *RulingVerifierStub // Generic contract binding to access the raw methods on
}

// RulingVerifierStubCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RulingVerifierStubCallerRaw struct {
	Contract *RulingVerifierStubCaller // Generic read-only contract binding to access the raw methods on
}

// RulingVerifierStubTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RulingVerifierStubTransactorRaw struct {
	Contract *RulingVerifierStubTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRulingVerifierStub creates a new instance of RulingVerifierStub, bound to a specific deployed contract.
func NewRulingVerifierStub(address common.Address, backend bind.ContractBackend) (*RulingVerifierStub, error) {
	contract, err := bindRulingVerifierStub(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierStub{RulingVerifierStubCaller: RulingVerifierStubCaller{contract: contract}, RulingVerifierStubTransactor: RulingVerifierStubTransactor{contract: contract}, RulingVerifierStubFilterer: RulingVerifierStubFilterer{contract: contract}}, nil
}

// NewRulingVerifierStubCaller creates a new read-only instance of RulingVerifierStub, bound to a specific deployed contract.
func NewRulingVerifierStubCaller(address common.Address, caller bind.ContractCaller) (*RulingVerifierStubCaller, error) {
	contract, err := bindRulingVerifierStub(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierStubCaller{contract: contract}, nil
}

// NewRulingVerifierStubTransactor creates a new write-only instance of RulingVerifierStub, bound to a specific deployed contract.
func NewRulingVerifierStubTransactor(address common.Address, transactor bind.ContractTransactor) (*RulingVerifierStubTransactor, error) {
	contract, err := bindRulingVerifierStub(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierStubTransactor{contract: contract}, nil
}

// NewRulingVerifierStubFilterer creates a new log filterer instance of RulingVerifierStub, bound to a specific deployed contract.
func NewRulingVerifierStubFilterer(address common.Address, filterer bind.ContractFilterer) (*RulingVerifierStubFilterer, error) {
	contract, err := bindRulingVerifierStub(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RulingVerifierStubFilterer{contract: contract}, nil
}

// bindRulingVerifierStub binds a generic wrapper to an already deployed contract.
func bindRulingVerifierStub(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RulingVerifierStubMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulingVerifierStub *RulingVerifierStubRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulingVerifierStub.Contract.RulingVerifierStubCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulingVerifierStub *RulingVerifierStubRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulingVerifierStub.Contract.RulingVerifierStubTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulingVerifierStub *RulingVerifierStubRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulingVerifierStub.Contract.RulingVerifierStubTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulingVerifierStub *RulingVerifierStubCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulingVerifierStub.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulingVerifierStub *RulingVerifierStubTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulingVerifierStub.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulingVerifierStub *RulingVerifierStubTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulingVerifierStub.Contract.contract.Transact(opts, method, params...)
}

// Accepts is a free data retrieval call binding the contract method 0x1914f447.
//
// Solidity: function accepts(bytes32 ) view returns(bool)
func (_RulingVerifierStub *RulingVerifierStubCaller) Accepts(opts *bind.CallOpts, arg0 [32]byte) (bool, error) {
	var out []interface{}
	err := _RulingVerifierStub.contract.Call(opts, &out, "accepts", arg0)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Accepts is a free data retrieval call binding the contract method 0x1914f447.
//
// Solidity: function accepts(bytes32 ) view returns(bool)
func (_RulingVerifierStub *RulingVerifierStubSession) Accepts(arg0 [32]byte) (bool, error) {
	return _RulingVerifierStub.Contract.Accepts(&_RulingVerifierStub.CallOpts, arg0)
}

// Accepts is a free data retrieval call binding the contract method 0x1914f447.
//
// Solidity: function accepts(bytes32 ) view returns(bool)
func (_RulingVerifierStub *RulingVerifierStubCallerSession) Accepts(arg0 [32]byte) (bool, error) {
	return _RulingVerifierStub.Contract.Accepts(&_RulingVerifierStub.CallOpts, arg0)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RulingVerifierStub *RulingVerifierStubCaller) Owner(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RulingVerifierStub.contract.Call(opts, &out, "owner")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RulingVerifierStub *RulingVerifierStubSession) Owner() (common.Address, error) {
	return _RulingVerifierStub.Contract.Owner(&_RulingVerifierStub.CallOpts)
}

// Owner is a free data retrieval call binding the contract method 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (_RulingVerifierStub *RulingVerifierStubCallerSession) Owner() (common.Address, error) {
	return _RulingVerifierStub.Contract.Owner(&_RulingVerifierStub.CallOpts)
}

// VerifyProof is a free data retrieval call binding the contract method 0x23572511.
//
// Solidity: function verifyProof(uint256[8] , uint256[4] input) view returns()
func (_RulingVerifierStub *RulingVerifierStubCaller) VerifyProof(opts *bind.CallOpts, arg0 [8]*big.Int, input [4]*big.Int) error {
	var out []interface{}
	err := _RulingVerifierStub.contract.Call(opts, &out, "verifyProof", arg0, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0x23572511.
//
// Solidity: function verifyProof(uint256[8] , uint256[4] input) view returns()
func (_RulingVerifierStub *RulingVerifierStubSession) VerifyProof(arg0 [8]*big.Int, input [4]*big.Int) error {
	return _RulingVerifierStub.Contract.VerifyProof(&_RulingVerifierStub.CallOpts, arg0, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x23572511.
//
// Solidity: function verifyProof(uint256[8] , uint256[4] input) view returns()
func (_RulingVerifierStub *RulingVerifierStubCallerSession) VerifyProof(arg0 [8]*big.Int, input [4]*big.Int) error {
	return _RulingVerifierStub.Contract.VerifyProof(&_RulingVerifierStub.CallOpts, arg0, input)
}

// SetAccepts is a paid mutator transaction binding the contract method 0xdbe9f024.
//
// Solidity: function setAccepts(uint256[4] input, bool ok) returns()
func (_RulingVerifierStub *RulingVerifierStubTransactor) SetAccepts(opts *bind.TransactOpts, input [4]*big.Int, ok bool) (*types.Transaction, error) {
	return _RulingVerifierStub.contract.Transact(opts, "setAccepts", input, ok)
}

// SetAccepts is a paid mutator transaction binding the contract method 0xdbe9f024.
//
// Solidity: function setAccepts(uint256[4] input, bool ok) returns()
func (_RulingVerifierStub *RulingVerifierStubSession) SetAccepts(input [4]*big.Int, ok bool) (*types.Transaction, error) {
	return _RulingVerifierStub.Contract.SetAccepts(&_RulingVerifierStub.TransactOpts, input, ok)
}

// SetAccepts is a paid mutator transaction binding the contract method 0xdbe9f024.
//
// Solidity: function setAccepts(uint256[4] input, bool ok) returns()
func (_RulingVerifierStub *RulingVerifierStubTransactorSession) SetAccepts(input [4]*big.Int, ok bool) (*types.Transaction, error) {
	return _RulingVerifierStub.Contract.SetAccepts(&_RulingVerifierStub.TransactOpts, input, ok)
}
