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

// RulingByArbiterMetaData contains all meta data concerning the RulingByArbiter contract.
var RulingByArbiterMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"arbiter_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyAttested\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotArbiter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAttested\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"step\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claim\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"solverOutput\",\"type\":\"uint256\"}],\"name\":\"Attested\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"arbiter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"attest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"attested\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[8]\",\"name\":\"\",\"type\":\"uint256[8]\"},{\"internalType\":\"uint256[4]\",\"name\":\"input\",\"type\":\"uint256[4]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161041c38038061041c83398101604081905261002e9161008e565b6001600160a01b03811661007d5760405162461bcd60e51b8152602060048201526012602482015271393ab634b7339d1037379030b93134ba32b960711b604482015260640160405180910390fd5b6001600160a01b03166080526100bb565b5f6020828403121561009e575f5ffd5b81516001600160a01b03811681146100b4575f5ffd5b9392505050565b6080516103436100d95f395f818160a3015261014401526103435ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c8063235725111461004e5780635e8856f714610063578063dcb1158614610076578063fe25e00a1461009e575b5f5ffd5b61006161005c3660046102a3565b6100dd565b005b6100616100713660046102dd565b610139565b6100896100843660046102dd565b61024b565b60405190151581526020015b60405180910390f35b6100c57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610095565b5f5f826040516020016100f091906102fe565b60408051601f198184030181529181528151602092830120835290820192909252015f205460ff166101355760405163099efb8960e41b815260040160405180910390fd5b5050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101825760405163665b32d360e11b815260040160405180910390fd5b5f8160405160200161019491906102fe565b60408051601f1981840301815291815281516020928301205f8181529283905291205490915060ff16156101db576040516335d9080560e01b815260040160405180910390fd5b5f8181526020818152604091829020805460ff191660011790558151843581528482013591810191909152838201358183015260608085013590820152905182917f138f5d0f5a370e114ab3b32427a4fb7e5eb26a6f0ef98d6f5e2c92f90fcebb09919081900360800190a25050565b5f5f5f8360405160200161025f91906102fe565b60408051601f198184030181529181528151602092830120835290820192909252015f205460ff1692915050565b806080810183101561029d575f5ffd5b92915050565b5f5f61018083850312156102b5575f5ffd5b6101008301848111156102c6575f5ffd5b8392506102d3858261028d565b9150509250929050565b5f608082840312156102ed575f5ffd5b6102f7838361028d565b9392505050565b6080818101908383379291505056fea2646970667358221220f2334b439a250044e18e15bae0d4d6eba997faaa522768d57fa7e95fb3334ee264736f6c63430008250033",
}

// RulingByArbiterABI is the input ABI used to generate the binding from.
// Deprecated: Use RulingByArbiterMetaData.ABI instead.
var RulingByArbiterABI = RulingByArbiterMetaData.ABI

// RulingByArbiterBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RulingByArbiterMetaData.Bin instead.
var RulingByArbiterBin = RulingByArbiterMetaData.Bin

// DeployRulingByArbiter deploys a new Ethereum contract, binding an instance of RulingByArbiter to it.
func DeployRulingByArbiter(auth *bind.TransactOpts, backend bind.ContractBackend, arbiter_ common.Address) (common.Address, *types.Transaction, *RulingByArbiter, error) {
	parsed, err := RulingByArbiterMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RulingByArbiterBin), backend, arbiter_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &RulingByArbiter{RulingByArbiterCaller: RulingByArbiterCaller{contract: contract}, RulingByArbiterTransactor: RulingByArbiterTransactor{contract: contract}, RulingByArbiterFilterer: RulingByArbiterFilterer{contract: contract}}, nil
}

// RulingByArbiter is an auto generated Go binding around an Ethereum contract.
type RulingByArbiter struct {
	RulingByArbiterCaller     // Read-only binding to the contract
	RulingByArbiterTransactor // Write-only binding to the contract
	RulingByArbiterFilterer   // Log filterer for contract events
}

// RulingByArbiterCaller is an auto generated read-only Go binding around an Ethereum contract.
type RulingByArbiterCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingByArbiterTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RulingByArbiterTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingByArbiterFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RulingByArbiterFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RulingByArbiterSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RulingByArbiterSession struct {
	Contract     *RulingByArbiter  // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RulingByArbiterCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RulingByArbiterCallerSession struct {
	Contract *RulingByArbiterCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts          // Call options to use throughout this session
}

// RulingByArbiterTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RulingByArbiterTransactorSession struct {
	Contract     *RulingByArbiterTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts          // Transaction auth options to use throughout this session
}

// RulingByArbiterRaw is an auto generated low-level Go binding around an Ethereum contract.
type RulingByArbiterRaw struct {
	Contract *RulingByArbiter // Generic contract binding to access the raw methods on
}

// RulingByArbiterCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RulingByArbiterCallerRaw struct {
	Contract *RulingByArbiterCaller // Generic read-only contract binding to access the raw methods on
}

// RulingByArbiterTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RulingByArbiterTransactorRaw struct {
	Contract *RulingByArbiterTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRulingByArbiter creates a new instance of RulingByArbiter, bound to a specific deployed contract.
func NewRulingByArbiter(address common.Address, backend bind.ContractBackend) (*RulingByArbiter, error) {
	contract, err := bindRulingByArbiter(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &RulingByArbiter{RulingByArbiterCaller: RulingByArbiterCaller{contract: contract}, RulingByArbiterTransactor: RulingByArbiterTransactor{contract: contract}, RulingByArbiterFilterer: RulingByArbiterFilterer{contract: contract}}, nil
}

// NewRulingByArbiterCaller creates a new read-only instance of RulingByArbiter, bound to a specific deployed contract.
func NewRulingByArbiterCaller(address common.Address, caller bind.ContractCaller) (*RulingByArbiterCaller, error) {
	contract, err := bindRulingByArbiter(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RulingByArbiterCaller{contract: contract}, nil
}

// NewRulingByArbiterTransactor creates a new write-only instance of RulingByArbiter, bound to a specific deployed contract.
func NewRulingByArbiterTransactor(address common.Address, transactor bind.ContractTransactor) (*RulingByArbiterTransactor, error) {
	contract, err := bindRulingByArbiter(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RulingByArbiterTransactor{contract: contract}, nil
}

// NewRulingByArbiterFilterer creates a new log filterer instance of RulingByArbiter, bound to a specific deployed contract.
func NewRulingByArbiterFilterer(address common.Address, filterer bind.ContractFilterer) (*RulingByArbiterFilterer, error) {
	contract, err := bindRulingByArbiter(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RulingByArbiterFilterer{contract: contract}, nil
}

// bindRulingByArbiter binds a generic wrapper to an already deployed contract.
func bindRulingByArbiter(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RulingByArbiterMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulingByArbiter *RulingByArbiterRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulingByArbiter.Contract.RulingByArbiterCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulingByArbiter *RulingByArbiterRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulingByArbiter.Contract.RulingByArbiterTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulingByArbiter *RulingByArbiterRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulingByArbiter.Contract.RulingByArbiterTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_RulingByArbiter *RulingByArbiterCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _RulingByArbiter.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_RulingByArbiter *RulingByArbiterTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _RulingByArbiter.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_RulingByArbiter *RulingByArbiterTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _RulingByArbiter.Contract.contract.Transact(opts, method, params...)
}

// Arbiter is a free data retrieval call binding the contract method 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (_RulingByArbiter *RulingByArbiterCaller) Arbiter(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _RulingByArbiter.contract.Call(opts, &out, "arbiter")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Arbiter is a free data retrieval call binding the contract method 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (_RulingByArbiter *RulingByArbiterSession) Arbiter() (common.Address, error) {
	return _RulingByArbiter.Contract.Arbiter(&_RulingByArbiter.CallOpts)
}

// Arbiter is a free data retrieval call binding the contract method 0xfe25e00a.
//
// Solidity: function arbiter() view returns(address)
func (_RulingByArbiter *RulingByArbiterCallerSession) Arbiter() (common.Address, error) {
	return _RulingByArbiter.Contract.Arbiter(&_RulingByArbiter.CallOpts)
}

// Attested is a free data retrieval call binding the contract method 0xdcb11586.
//
// Solidity: function attested(uint256[4] input) view returns(bool)
func (_RulingByArbiter *RulingByArbiterCaller) Attested(opts *bind.CallOpts, input [4]*big.Int) (bool, error) {
	var out []interface{}
	err := _RulingByArbiter.contract.Call(opts, &out, "attested", input)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Attested is a free data retrieval call binding the contract method 0xdcb11586.
//
// Solidity: function attested(uint256[4] input) view returns(bool)
func (_RulingByArbiter *RulingByArbiterSession) Attested(input [4]*big.Int) (bool, error) {
	return _RulingByArbiter.Contract.Attested(&_RulingByArbiter.CallOpts, input)
}

// Attested is a free data retrieval call binding the contract method 0xdcb11586.
//
// Solidity: function attested(uint256[4] input) view returns(bool)
func (_RulingByArbiter *RulingByArbiterCallerSession) Attested(input [4]*big.Int) (bool, error) {
	return _RulingByArbiter.Contract.Attested(&_RulingByArbiter.CallOpts, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x23572511.
//
// Solidity: function verifyProof(uint256[8] , uint256[4] input) view returns()
func (_RulingByArbiter *RulingByArbiterCaller) VerifyProof(opts *bind.CallOpts, arg0 [8]*big.Int, input [4]*big.Int) error {
	var out []interface{}
	err := _RulingByArbiter.contract.Call(opts, &out, "verifyProof", arg0, input)

	if err != nil {
		return err
	}

	return err

}

// VerifyProof is a free data retrieval call binding the contract method 0x23572511.
//
// Solidity: function verifyProof(uint256[8] , uint256[4] input) view returns()
func (_RulingByArbiter *RulingByArbiterSession) VerifyProof(arg0 [8]*big.Int, input [4]*big.Int) error {
	return _RulingByArbiter.Contract.VerifyProof(&_RulingByArbiter.CallOpts, arg0, input)
}

// VerifyProof is a free data retrieval call binding the contract method 0x23572511.
//
// Solidity: function verifyProof(uint256[8] , uint256[4] input) view returns()
func (_RulingByArbiter *RulingByArbiterCallerSession) VerifyProof(arg0 [8]*big.Int, input [4]*big.Int) error {
	return _RulingByArbiter.Contract.VerifyProof(&_RulingByArbiter.CallOpts, arg0, input)
}

// Attest is a paid mutator transaction binding the contract method 0x5e8856f7.
//
// Solidity: function attest(uint256[4] input) returns()
func (_RulingByArbiter *RulingByArbiterTransactor) Attest(opts *bind.TransactOpts, input [4]*big.Int) (*types.Transaction, error) {
	return _RulingByArbiter.contract.Transact(opts, "attest", input)
}

// Attest is a paid mutator transaction binding the contract method 0x5e8856f7.
//
// Solidity: function attest(uint256[4] input) returns()
func (_RulingByArbiter *RulingByArbiterSession) Attest(input [4]*big.Int) (*types.Transaction, error) {
	return _RulingByArbiter.Contract.Attest(&_RulingByArbiter.TransactOpts, input)
}

// Attest is a paid mutator transaction binding the contract method 0x5e8856f7.
//
// Solidity: function attest(uint256[4] input) returns()
func (_RulingByArbiter *RulingByArbiterTransactorSession) Attest(input [4]*big.Int) (*types.Transaction, error) {
	return _RulingByArbiter.Contract.Attest(&_RulingByArbiter.TransactOpts, input)
}

// RulingByArbiterAttestedIterator is returned from FilterAttested and is used to iterate over the raw logs and unpacked data for Attested events raised by the RulingByArbiter contract.
type RulingByArbiterAttestedIterator struct {
	Event *RulingByArbiterAttested // Event containing the contract specifics and raw log

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
func (it *RulingByArbiterAttestedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RulingByArbiterAttested)
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
		it.Event = new(RulingByArbiterAttested)
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
func (it *RulingByArbiterAttestedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RulingByArbiterAttestedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RulingByArbiterAttested represents a Attested event raised by the RulingByArbiter contract.
type RulingByArbiterAttested struct {
	Key          [32]byte
	Step         *big.Int
	Node         *big.Int
	Claim        *big.Int
	SolverOutput *big.Int
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterAttested is a free log retrieval operation binding the contract event 0x138f5d0f5a370e114ab3b32427a4fb7e5eb26a6f0ef98d6f5e2c92f90fcebb09.
//
// Solidity: event Attested(bytes32 indexed key, uint256 step, uint256 node, uint256 claim, uint256 solverOutput)
func (_RulingByArbiter *RulingByArbiterFilterer) FilterAttested(opts *bind.FilterOpts, key [][32]byte) (*RulingByArbiterAttestedIterator, error) {

	var keyRule []interface{}
	for _, keyItem := range key {
		keyRule = append(keyRule, keyItem)
	}

	logs, sub, err := _RulingByArbiter.contract.FilterLogs(opts, "Attested", keyRule)
	if err != nil {
		return nil, err
	}
	return &RulingByArbiterAttestedIterator{contract: _RulingByArbiter.contract, event: "Attested", logs: logs, sub: sub}, nil
}

// WatchAttested is a free log subscription operation binding the contract event 0x138f5d0f5a370e114ab3b32427a4fb7e5eb26a6f0ef98d6f5e2c92f90fcebb09.
//
// Solidity: event Attested(bytes32 indexed key, uint256 step, uint256 node, uint256 claim, uint256 solverOutput)
func (_RulingByArbiter *RulingByArbiterFilterer) WatchAttested(opts *bind.WatchOpts, sink chan<- *RulingByArbiterAttested, key [][32]byte) (event.Subscription, error) {

	var keyRule []interface{}
	for _, keyItem := range key {
		keyRule = append(keyRule, keyItem)
	}

	logs, sub, err := _RulingByArbiter.contract.WatchLogs(opts, "Attested", keyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RulingByArbiterAttested)
				if err := _RulingByArbiter.contract.UnpackLog(event, "Attested", log); err != nil {
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

// ParseAttested is a log parse operation binding the contract event 0x138f5d0f5a370e114ab3b32427a4fb7e5eb26a6f0ef98d6f5e2c92f90fcebb09.
//
// Solidity: event Attested(bytes32 indexed key, uint256 step, uint256 node, uint256 claim, uint256 solverOutput)
func (_RulingByArbiter *RulingByArbiterFilterer) ParseAttested(log types.Log) (*RulingByArbiterAttested, error) {
	event := new(RulingByArbiterAttested)
	if err := _RulingByArbiter.contract.UnpackLog(event, "Attested", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
