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
	Bin: "0x6080604052348015600e575f5ffd5b506127dd8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c80636cdda19e116100635780636cdda19e146100f25780637223766e14610105578063b765766f14610118578063e74113231461012b578063eb5e4bb51461013e575f5ffd5b80631c7581441461009457806333908f58146100b957806344eb51d0146100cc578063485ebfba146100df575b5f5ffd5b6100a76100a2366004611d60565b610151565b60405190815260200160405180910390f35b6100a76100c7366004611e3b565b610241565b6100a76100da366004611ee2565b61046f565b6100a76100ed366004611f92565b6105f2565b6100a761010036600461201f565b610669565b6100a761011336600461201f565b6106e4565b6100a7610126366004611f92565b610703565b6100a7610139366004611d60565b610720565b6100a761014c36600461211c565b6107b2565b5f6002818061016085806121a6565b905061016c86806121a6565b61017c6040890160208a016121e8565b61018c60608a0160408b016121e8565b61019c60808b0160608c016121e8565b6101ac60a08c0160808d016121e8565b6101b960c08d018d61220b565b90506101c860c08e018e61220b565b6040516020016101e39c9b9a99989796959493929190612288565b60408051601f19818403018152908290526101fd91612365565b602060405180830381855afa158015610218573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061023b9190612370565b92915050565b5f606081805b8781116102dd573688821061025c5787610280565b89898381811061026e5761026e612387565b9050602002810190610280919061239b565b905061028c818361089d565b61029690846123cd565b9250836102a6606083018361220b565b6040516020016102b8939291906123e0565b60405160208183030381529060405293505080806102d5906123fe565b915050610247565b505f6102e8826109bd565b6040516020016102f89190612416565b6040516020818303038152906040528051906020012090505f8183602061031f9190612459565b61032a9060206123cd565b85888a81602061033a8183612484565b610345906020612497565b61034f9190612484565b6001600160401b03811115610366576103666124aa565b6040519080825280601f01601f191660200182016040528015610390576020820181803683370190505b506040516020016103a797969594939291906124be565b60405160208183030381529060405290508a6001600160a01b03163b5f036103e25760405163c3b0d8cd60e01b815260040160405180910390fd5b5f8b6001600160a01b0316826040516103fb9190612365565b5f60405180830381855afa9150503d805f8114610433576040519150601f19603f3d011682016040523d82523d5f602084013e610438565b606091505b505090508061045a5760405163c3b0d8cd60e01b815260040160405180910390fd5b50505060409095013598975050505050505050565b5f8061047c868887610a3d565b9050600187900361052957886001600160a01b031663e1ff5082858560405180604001604052806104d18e8e5f8181106104b8576104b8612387565b90506020028101906104ca919061239b565b5f8d610a3d565b8152602001868152506040518463ffffffff1660e01b81526004016104f893929190612534565b5f6040518083038186803b15801561050e575f5ffd5b505afa158015610520573d5f5f3e3d5ffd5b505050506105e0565b60028790036105bf57886001600160a01b031663f219ed6f858560405180606001604052806105638e8e5f8181106104b8576104b8612387565b81526020016105988e8e600181811061057e5761057e612387565b9050602002810190610590919061239b565b60018d610a3d565b8152602001868152506040518463ffffffff1660e01b81526004016104f89392919061257a565b60405163b3153bc760e01b8152600481018890526024015b60405180910390fd5b50506040840135979650505050505050565b5f866001600160a01b031663e1ff5082848461060f8a8a8a610ae3565b6040518463ffffffff1660e01b815260040161062d93929190612534565b5f6040518083038186803b158015610643575f5ffd5b505afa158015610655573d5f5f3e3d5ffd5b505050604090950135979650505050505050565b5f886001600160a01b0316636bf062b284846106888c8c8c8c8c610da5565b6040518463ffffffff1660e01b81526004016106a6939291906125b5565b5f6040518083038186803b1580156106bc575f5ffd5b505afa1580156106ce573d5f5f3e3d5ffd5b50505060a0909501359998505050505050505050565b5f886001600160a01b0316636bf062b284846106888c8c8c8c8c610f34565b5f866001600160a01b031663e1ff5082848461060f8a8a8a61113a565b5f6002818061072f85806121a6565b905061073b86806121a6565b61074b6040890160208a016121e8565b61075b60608a0160408b016121e8565b61076b60808b0160608c016121e8565b61077b60a08c0160808d016121e8565b61078860c08d018d61220b565b905061079760c08e018e61220b565b6040516020016101e39c9b9a999897969594939291906125f0565b5f6060815b8581101561081257818787838181106107d2576107d2612387565b90506020020160208101906107e791906121e8565b6040516020016107f892919061269b565b60408051601f1981840301815291905291506001016107b7565b50604051600290610839905f9081908b908d9082908c9089908c908e9082906020016126c2565b60408051601f198184030181529082905261085391612365565b602060405180830381855afa15801561086e573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906108919190612370565b98975050505050505050565b5f60408301356108ca6108b085806121a6565b6108bd602088018861220b565b61014c60608a018a61220b565b146108eb57604051631628ba1f60e01b8152600481018390526024016105d7565b60015f5b6108fc602086018661220b565b905081101561095157610912602086018661220b565b8281811061092257610922612387565b905060200201602081019061093791906121e8565b6109479063ffffffff1683612459565b91506001016108ef565b50801561098057610200600161096782846123cd565b6109719190612497565b61097b919061276a565b610983565b60015b915081610993606086018661220b565b9050146109b657604051631628ba1f60e01b8152600481018490526024016105d7565b5092915050565b6060815f036109e35750506040805180820190915260018152600360fc1b602082015290565b8115610a38576109f4600a83612484565b6109ff9060306123cd565b60f81b81604051602001610a1492919061277d565b60408051601f198184030181529190529050610a31600a8361276a565b91506109e3565b919050565b5f5f610a49858561089d565b905080600103610a8157610a60606086018661220b565b5f818110610a7057610a70612387565b905060200201355f1c915050610adc565b808310610ab257604051635bcfa3a960e11b81526004810185905260248101849052604481018290526064016105d7565b610abf606086018661220b565b84818110610acf57610acf612387565b905060200201355f1c9150505b9392505050565b610aeb611d14565b5f610afc60808601606087016121e8565b63ffffffff169050801580610b1b5750610b1881610200612484565b15155b80610b505750610b2d8161020061276a565b610b3d60608701604088016121e8565b63ffffffff16610b4d9190612484565b15155b15610b6e57604051630f1167ff60e41b815260040160405180910390fd5b610b7a8161020061276a565b610b8a60608701604088016121e8565b63ffffffff16610b9a919061276a565b610baa60a08701608088016121e8565b63ffffffff16141580610bd25750610bc860408601602087016121e8565b63ffffffff168310155b15610bf057604051630f1167ff60e41b815260040160405180910390fd5b610bfa84806121a6565b604051610c08929190612798565b604051908190039020610c1b86806121a6565b604051610c29929190612798565b604051809103902014610c4f57604051630f1167ff60e41b815260040160405180910390fd5b610c5c602085018561220b565b90506002141580610cb95750610c7860408601602087016121e8565b63ffffffff16610c8b602086018661220b565b5f818110610c9b57610c9b612387565b9050602002016020810190610cb091906121e8565b63ffffffff1614155b80610cfc575080610ccd602086018661220b565b6001818110610cde57610cde612387565b9050602002016020810190610cf391906121e8565b63ffffffff1614155b15610d1a57604051630f1167ff60e41b815260040160405180910390fd5b610d24855f6113a7565b610d2f84600161089d565b50610d3d60c086018661220b565b84818110610d4d57610d4d612387565b6020029190910135835250610d65606085018561220b565b610200610d728487612459565b610d7c919061276a565b818110610d8b57610d8b612387565b602002919091013590508260016020020152509392505050565b610dad611d32565b610dba868686868661140a565b610dc4865f61089d565b50610dd085600161089d565b50610ddc8460026113a7565b610de78360036113a7565b5f610df860808501606086016121e8565b610e0a9063ffffffff1661020061276a565b90505f610e1d60a08601608087016121e8565b63ffffffff169050610e32606089018961220b565b61020084610e41600186612497565b610e4b9190612459565b610e5b60608a0160408b016121e8565b610e6b9063ffffffff1689612459565b610e7591906123cd565b610e7f919061276a565b818110610e8e57610e8e612387565b6020029190910135845250610ea6606088018861220b565b610eb1600184612497565b818110610ec057610ec0612387565b602002919091013590508360016020020152610edf60c087018761220b565b85818110610eef57610eef612387565b6020029190910135604085015250610f0a60c086018661220b565b85818110610f1a57610f1a612387565b602002919091013560608501525091979650505050505050565b610f3c611d32565b5f610f4987878787611819565b90505f610200610f5f60808701606088016121e8565b63ffffffff16610f7560408801602089016121e8565b63ffffffff16610f859190612459565b610f8f919061276a565b9050808410610fc257604051635bcfa3a960e11b81526003600482015260248101859052604481018290526064016105d7565b610fcc885f61089d565b50610fd887600161089d565b50610fe4866002611bab565b610fef856003611bab565b5f600161100260a08801608089016121e8565b63ffffffff166110129190612497565b905061102160608a018a61220b565b61020061102e8689612459565b61103e60408b0160208c016121e8565b61104e9063ffffffff1686612459565b61105891906123cd565b611062919061276a565b81811061107157611071612387565b6020029190910135855250611089606089018961220b565b61020061109c60808a0160608b016121e8565b6110ac9063ffffffff1685612459565b6110b6919061276a565b8181106110c5576110c5612387565b6020029190910135905084600160200201526110e460c088018861220b565b868181106110f4576110f4612387565b602002919091013560408601525061110f60c087018761220b565b8681811061111f5761111f612387565b60200291909101356060860152509298975050505050505050565b611142611d14565b61114b84611c11565b5061115c60608501604086016121e8565b63ffffffff1661117260a08601608087016121e8565b63ffffffff161461119657604051630f1167ff60e41b815260040160405180910390fd5b6111a083806121a6565b6040516111ae929190612798565b6040519081900390206111c185806121a6565b6040516111cf929190612798565b6040518091039020146111f557604051630f1167ff60e41b815260040160405180910390fd5b611202602084018461220b565b9050600214158061125f575061121e60408501602086016121e8565b63ffffffff16611231602085018561220b565b5f81811061124157611241612387565b905060200201602081019061125691906121e8565b63ffffffff1614155b806112b7575061127560808501606086016121e8565b63ffffffff16611288602085018561220b565b600181811061129957611299612387565b90506020020160208101906112ae91906121e8565b63ffffffff1614155b156112d557604051630f1167ff60e41b815260040160405180910390fd5b5f6102006112e960808701606088016121e8565b63ffffffff166112ff60408801602089016121e8565b63ffffffff1661130f9190612459565b611319919061276a565b905080831061134c57604051635bcfa3a960e11b81526001600482015260248101849052604481018290526064016105d7565b611356855f611bab565b61136184600161089d565b5061136f60c086018661220b565b8481811061137f5761137f612387565b6020029190910135835250611397606085018561220b565b84818110610d8b57610d8b612387565b8160a001356113b583610720565b1415806113e557506113cd60408301602084016121e8565b63ffffffff166113e060c084018461220b565b905014155b1561140657604051631628ba1f60e01b8152600481018290526024016105d7565b5050565b5f61141b60808401606085016121e8565b63ffffffff16905080158061143a575061143781610200612484565b15155b1561145857604051630f1167ff60e41b815260040160405180910390fd5b5f6114658261020061276a565b90508061147860608601604087016121e8565b63ffffffff166114889190612484565b1515806114a857506114a060a08501608086016121e8565b63ffffffff16155b806114e75750806114bf60608601604087016121e8565b63ffffffff166114cf919061276a565b6114df60a08601608087016121e8565b63ffffffff16115b8061150757506114fd60408501602086016121e8565b63ffffffff168310155b1561152557604051630f1167ff60e41b815260040160405180910390fd5b61153560a08501608086016121e8565b63ffffffff1661154b60a08701608088016121e8565b61155c9063ffffffff1660016123cd565b141580611593575061157460408501602086016121e8565b63ffffffff1661158a60408701602088016121e8565b63ffffffff1614155b806115c857506115a960608501604086016121e8565b63ffffffff166115bf60608701604088016121e8565b63ffffffff1614155b806115e85750816115df60808701606088016121e8565b63ffffffff1614155b1561160657604051630f1167ff60e41b815260040160405180910390fd5b61161084806121a6565b60405161161e929190612798565b60405190819003902061163186806121a6565b60405161163f929190612798565b60405180910390201461166557604051630f1167ff60e41b815260040160405180910390fd5b611672602088018861220b565b90506002141580611692575061168b602087018761220b565b9050600214155b156116b057604051630f1167ff60e41b815260040160405180910390fd5b6116c060408501602086016121e8565b63ffffffff166116d3602089018961220b565b5f8181106116e3576116e3612387565b90506020020160208101906116f891906121e8565b63ffffffff16141580611758575061171660608501604086016121e8565b63ffffffff16611729602089018961220b565b600181811061173a5761173a612387565b905060200201602081019061174f91906121e8565b63ffffffff1614155b806117af575061176e60608501604086016121e8565b63ffffffff16611781602088018861220b565b5f81811061179157611791612387565b90506020020160208101906117a691906121e8565b63ffffffff1614155b806117f25750816117c3602088018861220b565b60018181106117d4576117d4612387565b90506020020160208101906117e991906121e8565b63ffffffff1614155b1561181057604051630f1167ff60e41b815260040160405180910390fd5b50505050505050565b5f61182382611c11565b905061183560a08301608084016121e8565b63ffffffff161580611870575061185260608301604084016121e8565b63ffffffff1661186860a08401608085016121e8565b63ffffffff16115b1561188e57604051630f1167ff60e41b815260040160405180910390fd5b61189e60a08301608084016121e8565b63ffffffff166118b460a08501608086016121e8565b6118c59063ffffffff1660016123cd565b1415806118fc57506118dd60408301602084016121e8565b63ffffffff166118f360408501602086016121e8565b63ffffffff1614155b80611931575061191260608301604084016121e8565b63ffffffff1661192860608501604086016121e8565b63ffffffff1614155b80611966575061194760808301606084016121e8565b63ffffffff1661195d60808501606086016121e8565b63ffffffff1614155b1561198457604051630f1167ff60e41b815260040160405180910390fd5b61198e82806121a6565b60405161199c929190612798565b6040519081900390206119af84806121a6565b6040516119bd929190612798565b6040518091039020146119e357604051630f1167ff60e41b815260040160405180910390fd5b6119f0602086018661220b565b90506002141580611a105750611a09602085018561220b565b9050600214155b15611a2e57604051630f1167ff60e41b815260040160405180910390fd5b611a3e60608301604084016121e8565b63ffffffff16611a51602087018761220b565b5f818110611a6157611a61612387565b9050602002016020810190611a7691906121e8565b63ffffffff16141580611ad65750611a9460408301602084016121e8565b63ffffffff16611aa7602087018761220b565b6001818110611ab857611ab8612387565b9050602002016020810190611acd91906121e8565b63ffffffff1614155b80611b2d5750611aec60608301604084016121e8565b63ffffffff16611aff602086018661220b565b5f818110611b0f57611b0f612387565b9050602002016020810190611b2491906121e8565b63ffffffff1614155b80611b855750611b4360808301606084016121e8565b63ffffffff16611b56602086018661220b565b6001818110611b6757611b67612387565b9050602002016020810190611b7c91906121e8565b63ffffffff1614155b15611ba357604051630f1167ff60e41b815260040160405180910390fd5b949350505050565b8160a00135611bb983610151565b1415806113e55750610200611bd460808401606085016121e8565b63ffffffff16611bea60408501602086016121e8565b63ffffffff16611bfa9190612459565b611c04919061276a565b6113e060c084018461220b565b5f80611c2360808401606085016121e8565b63ffffffff169050801580611c425750611c3f81610200612484565b15155b15611c6057604051630f1167ff60e41b815260040160405180910390fd5b611c6c8161020061276a565b9150611c7e60408401602085016121e8565b63ffffffff161580611caf575081611c9c60408501602086016121e8565b63ffffffff16611cac9190612484565b15155b80611ccf57506002611cc760608501604086016121e8565b63ffffffff16105b80611cf05750614000611ce860608501604086016121e8565b63ffffffff16115b15611d0e57604051630f1167ff60e41b815260040160405180910390fd5b50919050565b60405180604001604052806002906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b5f60e08284031215611d0e575f5ffd5b5f60208284031215611d70575f5ffd5b81356001600160401b03811115611d85575f5ffd5b611ba384828501611d50565b80356001600160a01b0381168114610a38575f5ffd5b5f5f83601f840112611db7575f5ffd5b5081356001600160401b03811115611dcd575f5ffd5b6020830191508360208260051b8501011115611de7575f5ffd5b9250929050565b5f60808284031215611d0e575f5ffd5b5f5f83601f840112611e0e575f5ffd5b5081356001600160401b03811115611e24575f5ffd5b602083019150836020828501011115611de7575f5ffd5b5f5f5f5f5f5f60808789031215611e50575f5ffd5b611e5987611d91565b955060208701356001600160401b03811115611e73575f5ffd5b611e7f89828a01611da7565b90965094505060408701356001600160401b03811115611e9d575f5ffd5b611ea989828a01611dee565b93505060608701356001600160401b03811115611ec4575f5ffd5b611ed089828a01611dfe565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60a0888a031215611ef8575f5ffd5b611f0188611d91565b965060208801356001600160401b03811115611f1b575f5ffd5b611f278a828b01611da7565b90975095505060408801356001600160401b03811115611f45575f5ffd5b611f518a828b01611dee565b9450506060880135925060808801356001600160401b03811115611f73575f5ffd5b611f7f8a828b01611dfe565b989b979a50959850939692959293505050565b5f5f5f5f5f5f60a08789031215611fa7575f5ffd5b611fb087611d91565b955060208701356001600160401b03811115611fca575f5ffd5b611fd689828a01611d50565b95505060408701356001600160401b03811115611ff1575f5ffd5b611ffd89828a01611dee565b9450506060870135925060808701356001600160401b03811115611ec4575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215612036575f5ffd5b61203f89611d91565b975060208901356001600160401b03811115612059575f5ffd5b6120658b828c01611dee565b97505060408901356001600160401b03811115612080575f5ffd5b61208c8b828c01611dee565b96505060608901356001600160401b038111156120a7575f5ffd5b6120b38b828c01611d50565b95505060808901356001600160401b038111156120ce575f5ffd5b6120da8b828c01611d50565b94505060a0890135925060c08901356001600160401b038111156120fc575f5ffd5b6121088b828c01611dfe565b999c989b5096995094979396929594505050565b5f5f5f5f5f5f60608789031215612131575f5ffd5b86356001600160401b03811115612146575f5ffd5b61215289828a01611dfe565b90975095505060208701356001600160401b03811115612170575f5ffd5b61217c89828a01611da7565b90955093505060408701356001600160401b0381111561219a575f5ffd5b611ed089828a01611da7565b5f5f8335601e198436030181126121bb575f5ffd5b8301803591506001600160401b038211156121d4575f5ffd5b602001915036819003821315611de7575f5ffd5b5f602082840312156121f8575f5ffd5b813563ffffffff81168114610adc575f5ffd5b5f5f8335601e19843603018112612220575f5ffd5b8301803591506001600160401b03821115612239575f5ffd5b6020019150600581901b3603821315611de7575f5ffd5b60e01b6001600160e01b0319169052565b5f6001600160fb1b03831115612275575f5ffd5b8260051b80838637939093019392505050565b6001600160f81b03198d811682527f70726f6f666c6561726e2f7061727469616c2d742f763100000000000000000060018301528c16601882015260f08b901b6001600160f01b0319166019820152888a601b8301375f89820163ffffffff60e01b8a60e01b16601b82015263ffffffff60e01b8960e01b16601f8201526123136023820189612250565b6123206027820188612250565b61232d602b820187612250565b61233b602f82018587612261565b9f9e505050505050505050505050505050565b5f81518060208401855e5f93019283525090919050565b5f610adc828461234e565b5f60208284031215612380575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e198336030181126123af575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561023b5761023b6123b9565b5f6123f56123ee838761234e565b8486612261565b95945050505050565b5f6001820161240f5761240f6123b9565b5060010190565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f612447601a83018461234e565b615d2960f01b81526002019392505050565b808202811582820484141761023b5761023b6123b9565b634e487b7160e01b5f52601260045260245ffd5b5f8261249257612492612470565b500690565b8181038181111561023b5761023b6123b9565b634e487b7160e01b5f52604160045260245ffd5b6001600160e01b031988168152600481018790525f6124e0602483018861234e565b868152848660208301375f9085016020019081526124fe818561234e565b9a9950505050505050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f61254760608301858761250c565b905060208201835f5b600281101561256f578151835260209283019290910190600101612550565b505050949350505050565b608081525f61258d60808301858761250c565b905060208201835f5b600381101561256f578151835260209283019290910190600101612596565b60a081525f6125c860a08301858761250c565b905060208201835f5b600481101561256f5781518352602092830192909101906001016125d1565b6001600160f81b03198d811682527470726f6f666c6561726e2f7061727469616c2f763160581b60018301528c16601682015260f08b901b6001600160f01b0319166017820152888a60198301375f89820163ffffffff60e01b8a60e01b16601982015263ffffffff60e01b8960e01b16601d8201526126736021820189612250565b6126806025820188612250565b61268d6029820187612250565b61233b602d82018587612261565b5f6126a6828561234e565b60e09390931b6001600160e01b03191683525050600401919050565b6001600160f81b03198b811682527f70726f6f666c6561726e2f66697865642d74656e736f722f763100000000000060018301528a16601b82015260f089901b6001600160f01b031916601c8201528688601e8301375f87820160ff60f81b8860f81b16601e820152612738601f82018861234e565b60e087901b6001600160e01b03191681529050612759600482018587612261565b9d9c50505050505050505050505050565b5f8261277857612778612470565b500490565b6001600160f81b0319831681525f611ba3600183018461234e565b818382375f910190815291905056fea2646970667358221220118c43ea035e340e07074b4db3ebbce24c73bb0fd4722f4216f7305d5537f06264736f6c63430008250033",
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
