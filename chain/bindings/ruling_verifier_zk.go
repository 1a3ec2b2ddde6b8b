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

// RulingVerifierZKPartial is an auto generated low-level Go binding around an user-defined struct.
type RulingVerifierZKPartial struct {
	Name    []byte
	M       uint32
	K       uint32
	N       uint32
	Index   uint32
	Leaf    [32]byte
	Digests [][32]byte
}

// RulingVerifierZKTensor is an auto generated low-level Go binding around an user-defined struct.
type RulingVerifierZKTensor struct {
	Name    []byte
	Shape   []uint32
	Leaf    [32]byte
	Digests [][32]byte
}

// RulingVerifierZKMetaData contains all meta data concerning the RulingVerifierZK contract.
var RulingVerifierZKMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"}],\"name\":\"BadArity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ChunkOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"}],\"name\":\"LeafMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"fixedLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"partialLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"transposedPartialLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyChunkRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyRoundRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"next\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifySliceRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"chunk\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyTRoundRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"next\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"chunk\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyTSliceRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyWholeRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506126f08061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80636cdda19e116100635780636cdda19e146100f25780637223766e14610105578063b765766f14610118578063e74113231461012b578063eb5e4bb51461013e575f5ffd5b80631c7581441461009457806333908f58146100b957806344eb51d0146100cc578063485ebfba146100df575b5f5ffd5b6100a76100a2366004611d4d565b610151565b60405190815260200160405180910390f35b6100a76100c7366004611e28565b610197565b6100a76100da366004611ecf565b6103c5565b6100a76100ed366004611f7f565b610548565b6100a761010036600461200c565b6105bf565b6100a761011336600461200c565b61063a565b6100a7610126366004611f7f565b610659565b6100a7610139366004611d4d565b610676565b6100a761014c366004612109565b6106ae565b5f6101916040518060400160405280601781526020017f70726f6f666c6561726e2f7061727469616c2d742f763100000000000000000081525083610799565b92915050565b5f606081805b87811161023357368882106101b257876101d6565b8989838181106101c4576101c4612193565b90506020028101906101d691906121a7565b90506101e2818361088c565b6101ec90846121d9565b9250836101fc60608301836121ec565b60405160200161020e9392919061226f565b604051602081830303815290604052935050808061022b9061228d565b91505061019d565b505f61023e826109ac565b60405160200161024e91906122a5565b6040516020818303038152906040528051906020012090505f8183602061027591906122e8565b6102809060206121d9565b85888a8160206102908183612313565b61029b906020612326565b6102a59190612313565b6001600160401b038111156102bc576102bc612339565b6040519080825280601f01601f1916602001820160405280156102e6576020820181803683370190505b506040516020016102fd979695949392919061234d565b60405160208183030381529060405290508a6001600160a01b03163b5f036103385760405163c3b0d8cd60e01b815260040160405180910390fd5b5f8b6001600160a01b031682604051610351919061239b565b5f60405180830381855afa9150503d805f8114610389576040519150601f19603f3d011682016040523d82523d5f602084013e61038e565b606091505b50509050806103b05760405163c3b0d8cd60e01b815260040160405180910390fd5b50505060409095013598975050505050505050565b5f806103d2868887610a2c565b9050600187900361047f57886001600160a01b031663e1ff5082858560405180604001604052806104278e8e5f81811061040e5761040e612193565b905060200281019061042091906121a7565b5f8d610a2c565b8152602001868152506040518463ffffffff1660e01b815260040161044e939291906123ce565b5f6040518083038186803b158015610464575f5ffd5b505afa158015610476573d5f5f3e3d5ffd5b50505050610536565b600287900361051557886001600160a01b031663f219ed6f858560405180606001604052806104b98e8e5f81811061040e5761040e612193565b81526020016104ee8e8e60018181106104d4576104d4612193565b90506020028101906104e691906121a7565b60018d610a2c565b8152602001868152506040518463ffffffff1660e01b815260040161044e93929190612414565b60405163b3153bc760e01b8152600481018890526024015b60405180910390fd5b50506040840135979650505050505050565b5f866001600160a01b031663e1ff508284846105658a8a8a610ad0565b6040518463ffffffff1660e01b8152600401610583939291906123ce565b5f6040518083038186803b158015610599575f5ffd5b505afa1580156105ab573d5f5f3e3d5ffd5b505050604090950135979650505050505050565b5f886001600160a01b0316636bf062b284846105de8c8c8c8c8c610d92565b6040518463ffffffff1660e01b81526004016105fc9392919061244f565b5f6040518083038186803b158015610612575f5ffd5b505afa158015610624573d5f5f3e3d5ffd5b50505060a0909501359998505050505050505050565b5f886001600160a01b0316636bf062b284846105de8c8c8c8c8c610f21565b5f866001600160a01b031663e1ff508284846105658a8a8a611127565b5f6101916040518060400160405280601581526020017470726f6f666c6561726e2f7061727469616c2f763160581b81525083610799565b5f6060815b8581101561070e57818787838181106106ce576106ce612193565b90506020020160208101906106e3919061248a565b6040516020016106f49291906124ad565b60408051601f1981840301815291905291506001016106b3565b50604051600290610735905f9081908b908d9082908c9089908c908e9082906020016124d4565b60408051601f198184030181529082905261074f9161239b565b602060405180830381855afa15801561076a573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061078d919061257c565b98975050505050505050565b5f60028184816107a98680612593565b90506107b58780612593565b6107c560408a0160208b0161248a565b6107d560608b0160408c0161248a565b6107e560808c0160608d0161248a565b6107f560a08d0160808e0161248a565b61080260c08e018e6121ec565b905061081160c08f018f6121ec565b60405160200161082d9d9c9b9a999897969594939291906125d5565b60408051601f19818403018152908290526108479161239b565b602060405180830381855afa158015610862573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610885919061257c565b9392505050565b5f60408301356108b961089f8580612593565b6108ac60208801886121ec565b61014c60608a018a6121ec565b146108da57604051631628ba1f60e01b81526004810183905260240161052d565b60015f5b6108eb60208601866121ec565b90508110156109405761090160208601866121ec565b8281811061091157610911612193565b9050602002016020810190610926919061248a565b6109369063ffffffff16836122e8565b91506001016108de565b50801561096f57610200600161095682846121d9565b6109609190612326565b61096a919061267d565b610972565b60015b91508161098260608601866121ec565b9050146109a557604051631628ba1f60e01b81526004810184905260240161052d565b5092915050565b6060815f036109d25750506040805180820190915260018152600360fc1b602082015290565b8115610a27576109e3600a83612313565b6109ee9060306121d9565b60f81b81604051602001610a03929190612690565b60408051601f198184030181529190529050610a20600a8361267d565b91506109d2565b919050565b5f5f610a38858561088c565b905080600103610a7057610a4f60608601866121ec565b5f818110610a5f57610a5f612193565b905060200201355f1c915050610885565b808310610aa157604051635bcfa3a960e11b815260048101859052602481018490526044810182905260640161052d565b610aae60608601866121ec565b84818110610abe57610abe612193565b60200291909101359695505050505050565b610ad8611d01565b5f610ae9608086016060870161248a565b63ffffffff169050801580610b085750610b0581610200612313565b15155b80610b3d5750610b1a8161020061267d565b610b2a606087016040880161248a565b63ffffffff16610b3a9190612313565b15155b15610b5b57604051630f1167ff60e41b815260040160405180910390fd5b610b678161020061267d565b610b77606087016040880161248a565b63ffffffff16610b87919061267d565b610b9760a087016080880161248a565b63ffffffff16141580610bbf5750610bb5604086016020870161248a565b63ffffffff168310155b15610bdd57604051630f1167ff60e41b815260040160405180910390fd5b610be78480612593565b604051610bf59291906126ab565b604051908190039020610c088680612593565b604051610c169291906126ab565b604051809103902014610c3c57604051630f1167ff60e41b815260040160405180910390fd5b610c4960208501856121ec565b90506002141580610ca65750610c65604086016020870161248a565b63ffffffff16610c7860208601866121ec565b5f818110610c8857610c88612193565b9050602002016020810190610c9d919061248a565b63ffffffff1614155b80610ce9575080610cba60208601866121ec565b6001818110610ccb57610ccb612193565b9050602002016020810190610ce0919061248a565b63ffffffff1614155b15610d0757604051630f1167ff60e41b815260040160405180910390fd5b610d11855f611394565b610d1c84600161088c565b50610d2a60c08601866121ec565b84818110610d3a57610d3a612193565b6020029190910135835250610d5260608501856121ec565b610200610d5f84876122e8565b610d69919061267d565b818110610d7857610d78612193565b602002919091013590508260016020020152509392505050565b610d9a611d1f565b610da786868686866113f7565b610db1865f61088c565b50610dbd85600161088c565b50610dc9846002611394565b610dd4836003611394565b5f610de5608085016060860161248a565b610df79063ffffffff1661020061267d565b90505f610e0a60a086016080870161248a565b63ffffffff169050610e1f60608901896121ec565b61020084610e2e600186612326565b610e3891906122e8565b610e4860608a0160408b0161248a565b610e589063ffffffff16896122e8565b610e6291906121d9565b610e6c919061267d565b818110610e7b57610e7b612193565b6020029190910135845250610e9360608801886121ec565b610e9e600184612326565b818110610ead57610ead612193565b602002919091013590508360016020020152610ecc60c08701876121ec565b85818110610edc57610edc612193565b6020029190910135604085015250610ef760c08601866121ec565b85818110610f0757610f07612193565b602002919091013560608501525091979650505050505050565b610f29611d1f565b5f610f3687878787611806565b90505f610200610f4c608087016060880161248a565b63ffffffff16610f62604088016020890161248a565b63ffffffff16610f7291906122e8565b610f7c919061267d565b9050808410610faf57604051635bcfa3a960e11b815260036004820152602481018590526044810182905260640161052d565b610fb9885f61088c565b50610fc587600161088c565b50610fd1866002611b98565b610fdc856003611b98565b5f6001610fef60a088016080890161248a565b63ffffffff16610fff9190612326565b905061100e60608a018a6121ec565b61020061101b86896122e8565b61102b60408b0160208c0161248a565b61103b9063ffffffff16866122e8565b61104591906121d9565b61104f919061267d565b81811061105e5761105e612193565b602002919091013585525061107660608901896121ec565b61020061108960808a0160608b0161248a565b6110999063ffffffff16856122e8565b6110a3919061267d565b8181106110b2576110b2612193565b6020029190910135905084600160200201526110d160c08801886121ec565b868181106110e1576110e1612193565b60200291909101356040860152506110fc60c08701876121ec565b8681811061110c5761110c612193565b60200291909101356060860152509298975050505050505050565b61112f611d01565b61113884611bfe565b50611149606085016040860161248a565b63ffffffff1661115f60a086016080870161248a565b63ffffffff161461118357604051630f1167ff60e41b815260040160405180910390fd5b61118d8380612593565b60405161119b9291906126ab565b6040519081900390206111ae8580612593565b6040516111bc9291906126ab565b6040518091039020146111e257604051630f1167ff60e41b815260040160405180910390fd5b6111ef60208401846121ec565b9050600214158061124c575061120b604085016020860161248a565b63ffffffff1661121e60208501856121ec565b5f81811061122e5761122e612193565b9050602002016020810190611243919061248a565b63ffffffff1614155b806112a45750611262608085016060860161248a565b63ffffffff1661127560208501856121ec565b600181811061128657611286612193565b905060200201602081019061129b919061248a565b63ffffffff1614155b156112c257604051630f1167ff60e41b815260040160405180910390fd5b5f6102006112d6608087016060880161248a565b63ffffffff166112ec604088016020890161248a565b63ffffffff166112fc91906122e8565b611306919061267d565b905080831061133957604051635bcfa3a960e11b815260016004820152602481018490526044810182905260640161052d565b611343855f611b98565b61134e84600161088c565b5061135c60c08601866121ec565b8481811061136c5761136c612193565b602002919091013583525061138460608501856121ec565b84818110610d7857610d78612193565b8160a001356113a283610676565b1415806113d257506113ba604083016020840161248a565b63ffffffff166113cd60c08401846121ec565b905014155b156113f357604051631628ba1f60e01b81526004810182905260240161052d565b5050565b5f611408608084016060850161248a565b63ffffffff169050801580611427575061142481610200612313565b15155b1561144557604051630f1167ff60e41b815260040160405180910390fd5b5f6114528261020061267d565b905080611465606086016040870161248a565b63ffffffff166114759190612313565b151580611495575061148d60a085016080860161248a565b63ffffffff16155b806114d45750806114ac606086016040870161248a565b63ffffffff166114bc919061267d565b6114cc60a086016080870161248a565b63ffffffff16115b806114f457506114ea604085016020860161248a565b63ffffffff168310155b1561151257604051630f1167ff60e41b815260040160405180910390fd5b61152260a085016080860161248a565b63ffffffff1661153860a087016080880161248a565b6115499063ffffffff1660016121d9565b1415806115805750611561604085016020860161248a565b63ffffffff16611577604087016020880161248a565b63ffffffff1614155b806115b55750611596606085016040860161248a565b63ffffffff166115ac606087016040880161248a565b63ffffffff1614155b806115d55750816115cc608087016060880161248a565b63ffffffff1614155b156115f357604051630f1167ff60e41b815260040160405180910390fd5b6115fd8480612593565b60405161160b9291906126ab565b60405190819003902061161e8680612593565b60405161162c9291906126ab565b60405180910390201461165257604051630f1167ff60e41b815260040160405180910390fd5b61165f60208801886121ec565b9050600214158061167f575061167860208701876121ec565b9050600214155b1561169d57604051630f1167ff60e41b815260040160405180910390fd5b6116ad604085016020860161248a565b63ffffffff166116c060208901896121ec565b5f8181106116d0576116d0612193565b90506020020160208101906116e5919061248a565b63ffffffff161415806117455750611703606085016040860161248a565b63ffffffff1661171660208901896121ec565b600181811061172757611727612193565b905060200201602081019061173c919061248a565b63ffffffff1614155b8061179c575061175b606085016040860161248a565b63ffffffff1661176e60208801886121ec565b5f81811061177e5761177e612193565b9050602002016020810190611793919061248a565b63ffffffff1614155b806117df5750816117b060208801886121ec565b60018181106117c1576117c1612193565b90506020020160208101906117d6919061248a565b63ffffffff1614155b156117fd57604051630f1167ff60e41b815260040160405180910390fd5b50505050505050565b5f61181082611bfe565b905061182260a083016080840161248a565b63ffffffff16158061185d575061183f606083016040840161248a565b63ffffffff1661185560a084016080850161248a565b63ffffffff16115b1561187b57604051630f1167ff60e41b815260040160405180910390fd5b61188b60a083016080840161248a565b63ffffffff166118a160a085016080860161248a565b6118b29063ffffffff1660016121d9565b1415806118e957506118ca604083016020840161248a565b63ffffffff166118e0604085016020860161248a565b63ffffffff1614155b8061191e57506118ff606083016040840161248a565b63ffffffff16611915606085016040860161248a565b63ffffffff1614155b806119535750611934608083016060840161248a565b63ffffffff1661194a608085016060860161248a565b63ffffffff1614155b1561197157604051630f1167ff60e41b815260040160405180910390fd5b61197b8280612593565b6040516119899291906126ab565b60405190819003902061199c8480612593565b6040516119aa9291906126ab565b6040518091039020146119d057604051630f1167ff60e41b815260040160405180910390fd5b6119dd60208601866121ec565b905060021415806119fd57506119f660208501856121ec565b9050600214155b15611a1b57604051630f1167ff60e41b815260040160405180910390fd5b611a2b606083016040840161248a565b63ffffffff16611a3e60208701876121ec565b5f818110611a4e57611a4e612193565b9050602002016020810190611a63919061248a565b63ffffffff16141580611ac35750611a81604083016020840161248a565b63ffffffff16611a9460208701876121ec565b6001818110611aa557611aa5612193565b9050602002016020810190611aba919061248a565b63ffffffff1614155b80611b1a5750611ad9606083016040840161248a565b63ffffffff16611aec60208601866121ec565b5f818110611afc57611afc612193565b9050602002016020810190611b11919061248a565b63ffffffff1614155b80611b725750611b30608083016060840161248a565b63ffffffff16611b4360208601866121ec565b6001818110611b5457611b54612193565b9050602002016020810190611b69919061248a565b63ffffffff1614155b15611b9057604051630f1167ff60e41b815260040160405180910390fd5b949350505050565b8160a00135611ba683610151565b1415806113d25750610200611bc1608084016060850161248a565b63ffffffff16611bd7604085016020860161248a565b63ffffffff16611be791906122e8565b611bf1919061267d565b6113cd60c08401846121ec565b5f80611c10608084016060850161248a565b63ffffffff169050801580611c2f5750611c2c81610200612313565b15155b15611c4d57604051630f1167ff60e41b815260040160405180910390fd5b611c598161020061267d565b9150611c6b604084016020850161248a565b63ffffffff161580611c9c575081611c89604085016020860161248a565b63ffffffff16611c999190612313565b15155b80611cbc57506002611cb4606085016040860161248a565b63ffffffff16105b80611cdd5750614000611cd5606085016040860161248a565b63ffffffff16115b15611cfb57604051630f1167ff60e41b815260040160405180910390fd5b50919050565b60405180604001604052806002906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b5f60e08284031215611cfb575f5ffd5b5f60208284031215611d5d575f5ffd5b81356001600160401b03811115611d72575f5ffd5b611b9084828501611d3d565b80356001600160a01b0381168114610a27575f5ffd5b5f5f83601f840112611da4575f5ffd5b5081356001600160401b03811115611dba575f5ffd5b6020830191508360208260051b8501011115611dd4575f5ffd5b9250929050565b5f60808284031215611cfb575f5ffd5b5f5f83601f840112611dfb575f5ffd5b5081356001600160401b03811115611e11575f5ffd5b602083019150836020828501011115611dd4575f5ffd5b5f5f5f5f5f5f60808789031215611e3d575f5ffd5b611e4687611d7e565b955060208701356001600160401b03811115611e60575f5ffd5b611e6c89828a01611d94565b90965094505060408701356001600160401b03811115611e8a575f5ffd5b611e9689828a01611ddb565b93505060608701356001600160401b03811115611eb1575f5ffd5b611ebd89828a01611deb565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60a0888a031215611ee5575f5ffd5b611eee88611d7e565b965060208801356001600160401b03811115611f08575f5ffd5b611f148a828b01611d94565b90975095505060408801356001600160401b03811115611f32575f5ffd5b611f3e8a828b01611ddb565b9450506060880135925060808801356001600160401b03811115611f60575f5ffd5b611f6c8a828b01611deb565b989b979a50959850939692959293505050565b5f5f5f5f5f5f60a08789031215611f94575f5ffd5b611f9d87611d7e565b955060208701356001600160401b03811115611fb7575f5ffd5b611fc389828a01611d3d565b95505060408701356001600160401b03811115611fde575f5ffd5b611fea89828a01611ddb565b9450506060870135925060808701356001600160401b03811115611eb1575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215612023575f5ffd5b61202c89611d7e565b975060208901356001600160401b03811115612046575f5ffd5b6120528b828c01611ddb565b97505060408901356001600160401b0381111561206d575f5ffd5b6120798b828c01611ddb565b96505060608901356001600160401b03811115612094575f5ffd5b6120a08b828c01611d3d565b95505060808901356001600160401b038111156120bb575f5ffd5b6120c78b828c01611d3d565b94505060a0890135925060c08901356001600160401b038111156120e9575f5ffd5b6120f58b828c01611deb565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f6060878903121561211e575f5ffd5b86356001600160401b03811115612133575f5ffd5b61213f89828a01611deb565b90975095505060208701356001600160401b0381111561215d575f5ffd5b61216989828a01611d94565b90955093505060408701356001600160401b03811115612187575f5ffd5b611ebd89828a01611d94565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e198336030181126121bb575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610191576101916121c5565b5f5f8335601e19843603018112612201575f5ffd5b8301803591506001600160401b0382111561221a575f5ffd5b6020019150600581901b3603821315611dd4575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6001600160fb1b0383111561225c575f5ffd5b8260051b80838637939093019392505050565b5f61228461227d8387612231565b8486612248565b95945050505050565b5f6001820161229e5761229e6121c5565b5060010190565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f6122d6601a830184612231565b615d2960f01b81526002019392505050565b8082028115828204841417610191576101916121c5565b634e487b7160e01b5f52601260045260245ffd5b5f82612321576123216122ff565b500690565b81810381811115610191576101916121c5565b634e487b7160e01b5f52604160045260245ffd5b6001600160e01b031988168152600481018790525f61236f6024830188612231565b868152848660208301375f90850160200190815261238d8185612231565b9a9950505050505050505050565b5f6108858284612231565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f6123e16060830185876123a6565b905060208201835f5b60028110156124095781518352602092830192909101906001016123ea565b505050949350505050565b608081525f6124276080830185876123a6565b905060208201835f5b6003811015612409578151835260209283019290910190600101612430565b60a081525f61246260a0830185876123a6565b905060208201835f5b600481101561240957815183526020928301929091019060010161246b565b5f6020828403121561249a575f5ffd5b813563ffffffff81168114610885575f5ffd5b5f6124b88285612231565b60e09390931b6001600160e01b03191683525050600401919050565b6001600160f81b03198b811682527f70726f6f666c6561726e2f66697865642d74656e736f722f763100000000000060018301528a16601b82015260f089901b6001600160f01b031916601c8201528688601e8301375f87820160ff60f81b8860f81b16601e82015261254a601f820188612231565b60e087901b6001600160e01b0319168152905061256b600482018587612248565b9d9c50505050505050505050505050565b5f6020828403121561258c575f5ffd5b5051919050565b5f5f8335601e198436030181126125a8575f5ffd5b8301803591506001600160401b038211156125c1575f5ffd5b602001915036819003821315611dd4575f5ffd5b6001600160f81b03198e1681525f6125f0600183018f612231565b6001600160f81b03198e16815260f08d901b6001600160f01b03191660018201528a8c60038301376001600160e01b031960e08b811b8216928d0160038101939093528a811b8216600784015289811b8216600b84015288811b8216600f84015287901b166013820152612668601782018587612248565b9150509e9d5050505050505050505050505050565b5f8261268b5761268b6122ff565b500490565b6001600160f81b0319831681525f611b906001830184612231565b818382375f910190815291905056fea26469706673582212208a279c70dff0ab7a5522811250d0278e006a6657fa27288234f0486e81bd24d464736f6c63430008250033",
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

// PartialLeaf is a free data retrieval call binding the contract method 0xe7411323.
//
// Solidity: function partialLeaf((bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) PartialLeaf(opts *bind.CallOpts, p RulingVerifierZKPartial) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "partialLeaf", p)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// PartialLeaf is a free data retrieval call binding the contract method 0xe7411323.
//
// Solidity: function partialLeaf((bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) PartialLeaf(p RulingVerifierZKPartial) ([32]byte, error) {
	return _RulingVerifierZK.Contract.PartialLeaf(&_RulingVerifierZK.CallOpts, p)
}

// PartialLeaf is a free data retrieval call binding the contract method 0xe7411323.
//
// Solidity: function partialLeaf((bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) PartialLeaf(p RulingVerifierZKPartial) ([32]byte, error) {
	return _RulingVerifierZK.Contract.PartialLeaf(&_RulingVerifierZK.CallOpts, p)
}

// TransposedPartialLeaf is a free data retrieval call binding the contract method 0x1c758144.
//
// Solidity: function transposedPartialLeaf((bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) TransposedPartialLeaf(opts *bind.CallOpts, p RulingVerifierZKPartial) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "transposedPartialLeaf", p)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// TransposedPartialLeaf is a free data retrieval call binding the contract method 0x1c758144.
//
// Solidity: function transposedPartialLeaf((bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) TransposedPartialLeaf(p RulingVerifierZKPartial) ([32]byte, error) {
	return _RulingVerifierZK.Contract.TransposedPartialLeaf(&_RulingVerifierZK.CallOpts, p)
}

// TransposedPartialLeaf is a free data retrieval call binding the contract method 0x1c758144.
//
// Solidity: function transposedPartialLeaf((bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) p) pure returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) TransposedPartialLeaf(p RulingVerifierZKPartial) ([32]byte, error) {
	return _RulingVerifierZK.Contract.TransposedPartialLeaf(&_RulingVerifierZK.CallOpts, p)
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

// VerifyRoundRuling is a free data retrieval call binding the contract method 0x485ebfba.
//
// Solidity: function verifyRoundRuling(address verifier, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 row, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) VerifyRoundRuling(opts *bind.CallOpts, verifier common.Address, last RulingVerifierZKPartial, output RulingVerifierZKTensor, row *big.Int, proof []byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "verifyRoundRuling", verifier, last, output, row, proof)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VerifyRoundRuling is a free data retrieval call binding the contract method 0x485ebfba.
//
// Solidity: function verifyRoundRuling(address verifier, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 row, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) VerifyRoundRuling(verifier common.Address, last RulingVerifierZKPartial, output RulingVerifierZKTensor, row *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyRoundRuling(&_RulingVerifierZK.CallOpts, verifier, last, output, row, proof)
}

// VerifyRoundRuling is a free data retrieval call binding the contract method 0x485ebfba.
//
// Solidity: function verifyRoundRuling(address verifier, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 row, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) VerifyRoundRuling(verifier common.Address, last RulingVerifierZKPartial, output RulingVerifierZKTensor, row *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyRoundRuling(&_RulingVerifierZK.CallOpts, verifier, last, output, row, proof)
}

// VerifySliceRuling is a free data retrieval call binding the contract method 0x6cdda19e.
//
// Solidity: function verifySliceRuling(address verifier, (bytes,uint32[],bytes32,bytes32[]) a, (bytes,uint32[],bytes32,bytes32[]) b, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) prev, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) next, uint256 row, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) VerifySliceRuling(opts *bind.CallOpts, verifier common.Address, a RulingVerifierZKTensor, b RulingVerifierZKTensor, prev RulingVerifierZKPartial, next RulingVerifierZKPartial, row *big.Int, proof []byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "verifySliceRuling", verifier, a, b, prev, next, row, proof)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VerifySliceRuling is a free data retrieval call binding the contract method 0x6cdda19e.
//
// Solidity: function verifySliceRuling(address verifier, (bytes,uint32[],bytes32,bytes32[]) a, (bytes,uint32[],bytes32,bytes32[]) b, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) prev, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) next, uint256 row, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) VerifySliceRuling(verifier common.Address, a RulingVerifierZKTensor, b RulingVerifierZKTensor, prev RulingVerifierZKPartial, next RulingVerifierZKPartial, row *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifySliceRuling(&_RulingVerifierZK.CallOpts, verifier, a, b, prev, next, row, proof)
}

// VerifySliceRuling is a free data retrieval call binding the contract method 0x6cdda19e.
//
// Solidity: function verifySliceRuling(address verifier, (bytes,uint32[],bytes32,bytes32[]) a, (bytes,uint32[],bytes32,bytes32[]) b, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) prev, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) next, uint256 row, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) VerifySliceRuling(verifier common.Address, a RulingVerifierZKTensor, b RulingVerifierZKTensor, prev RulingVerifierZKPartial, next RulingVerifierZKPartial, row *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifySliceRuling(&_RulingVerifierZK.CallOpts, verifier, a, b, prev, next, row, proof)
}

// VerifyTRoundRuling is a free data retrieval call binding the contract method 0xb765766f.
//
// Solidity: function verifyTRoundRuling(address verifier, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 chunk, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) VerifyTRoundRuling(opts *bind.CallOpts, verifier common.Address, last RulingVerifierZKPartial, output RulingVerifierZKTensor, chunk *big.Int, proof []byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "verifyTRoundRuling", verifier, last, output, chunk, proof)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VerifyTRoundRuling is a free data retrieval call binding the contract method 0xb765766f.
//
// Solidity: function verifyTRoundRuling(address verifier, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 chunk, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) VerifyTRoundRuling(verifier common.Address, last RulingVerifierZKPartial, output RulingVerifierZKTensor, chunk *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyTRoundRuling(&_RulingVerifierZK.CallOpts, verifier, last, output, chunk, proof)
}

// VerifyTRoundRuling is a free data retrieval call binding the contract method 0xb765766f.
//
// Solidity: function verifyTRoundRuling(address verifier, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) last, (bytes,uint32[],bytes32,bytes32[]) output, uint256 chunk, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) VerifyTRoundRuling(verifier common.Address, last RulingVerifierZKPartial, output RulingVerifierZKTensor, chunk *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyTRoundRuling(&_RulingVerifierZK.CallOpts, verifier, last, output, chunk, proof)
}

// VerifyTSliceRuling is a free data retrieval call binding the contract method 0x7223766e.
//
// Solidity: function verifyTSliceRuling(address verifier, (bytes,uint32[],bytes32,bytes32[]) a, (bytes,uint32[],bytes32,bytes32[]) b, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) prev, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) next, uint256 chunk, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCaller) VerifyTSliceRuling(opts *bind.CallOpts, verifier common.Address, a RulingVerifierZKTensor, b RulingVerifierZKTensor, prev RulingVerifierZKPartial, next RulingVerifierZKPartial, chunk *big.Int, proof []byte) ([32]byte, error) {
	var out []interface{}
	err := _RulingVerifierZK.contract.Call(opts, &out, "verifyTSliceRuling", verifier, a, b, prev, next, chunk, proof)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// VerifyTSliceRuling is a free data retrieval call binding the contract method 0x7223766e.
//
// Solidity: function verifyTSliceRuling(address verifier, (bytes,uint32[],bytes32,bytes32[]) a, (bytes,uint32[],bytes32,bytes32[]) b, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) prev, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) next, uint256 chunk, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKSession) VerifyTSliceRuling(verifier common.Address, a RulingVerifierZKTensor, b RulingVerifierZKTensor, prev RulingVerifierZKPartial, next RulingVerifierZKPartial, chunk *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyTSliceRuling(&_RulingVerifierZK.CallOpts, verifier, a, b, prev, next, chunk, proof)
}

// VerifyTSliceRuling is a free data retrieval call binding the contract method 0x7223766e.
//
// Solidity: function verifyTSliceRuling(address verifier, (bytes,uint32[],bytes32,bytes32[]) a, (bytes,uint32[],bytes32,bytes32[]) b, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) prev, (bytes,uint32,uint32,uint32,uint32,bytes32,bytes32[]) next, uint256 chunk, bytes proof) view returns(bytes32)
func (_RulingVerifierZK *RulingVerifierZKCallerSession) VerifyTSliceRuling(verifier common.Address, a RulingVerifierZKTensor, b RulingVerifierZKTensor, prev RulingVerifierZKPartial, next RulingVerifierZKPartial, chunk *big.Int, proof []byte) ([32]byte, error) {
	return _RulingVerifierZK.Contract.VerifyTSliceRuling(&_RulingVerifierZK.CallOpts, verifier, a, b, prev, next, chunk, proof)
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
