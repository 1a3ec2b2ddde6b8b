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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"}],\"name\":\"BadArity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ChunkOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"}],\"name\":\"LeafMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"fixedLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"partialLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyChunkRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"last\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyRoundRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"next\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifySliceRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyWholeRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b50611ca68061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806333908f581461006457806344eb51d014610089578063485ebfba1461009c5780636cdda19e146100af578063e7411323146100c2578063eb5e4bb5146100d5575b5f5ffd5b61007761007236600461135b565b6100e8565b60405190815260200160405180910390f35b610077610097366004611402565b610316565b6100776100aa3660046114c2565b610499565b6100776100bd36600461154f565b610510565b6100776100d036600461164c565b61058b565b6100776100e3366004611685565b61067b565b5f606081805b87811161018457368882106101035787610127565b8989838181106101155761011561170f565b90506020028101906101279190611723565b90506101338183610766565b61013d9084611755565b92508361014d6060830183611768565b60405160200161015f939291906117eb565b604051602081830303815290604052935050808061017c90611809565b9150506100ee565b505f61018f82610886565b60405160200161019f9190611821565b6040516020818303038152906040528051906020012090505f818360206101c69190611864565b6101d1906020611755565b85888a8160206101e1818361188f565b6101ec9060206118a2565b6101f6919061188f565b6001600160401b0381111561020d5761020d6118b5565b6040519080825280601f01601f191660200182016040528015610237576020820181803683370190505b5060405160200161024e97969594939291906118c9565b60405160208183030381529060405290508a6001600160a01b03163b5f036102895760405163c3b0d8cd60e01b815260040160405180910390fd5b5f8b6001600160a01b0316826040516102a29190611917565b5f60405180830381855afa9150503d805f81146102da576040519150601f19603f3d011682016040523d82523d5f602084013e6102df565b606091505b50509050806103015760405163c3b0d8cd60e01b815260040160405180910390fd5b50505060409095013598975050505050505050565b5f80610323868887610906565b905060018790036103d057886001600160a01b031663e1ff5082858560405180604001604052806103788e8e5f81811061035f5761035f61170f565b90506020028101906103719190611723565b5f8d610906565b8152602001868152506040518463ffffffff1660e01b815260040161039f9392919061194a565b5f6040518083038186803b1580156103b5575f5ffd5b505afa1580156103c7573d5f5f3e3d5ffd5b50505050610487565b600287900361046657886001600160a01b031663f219ed6f8585604051806060016040528061040a8e8e5f81811061035f5761035f61170f565b815260200161043f8e8e60018181106104255761042561170f565b90506020028101906104379190611723565b60018d610906565b8152602001868152506040518463ffffffff1660e01b815260040161039f93929190611990565b60405163b3153bc760e01b8152600481018890526024015b60405180910390fd5b50506040840135979650505050505050565b5f866001600160a01b031663e1ff508284846104b68a8a8a6109ac565b6040518463ffffffff1660e01b81526004016104d49392919061194a565b5f6040518083038186803b1580156104ea575f5ffd5b505afa1580156104fc573d5f5f3e3d5ffd5b505050604090950135979650505050505050565b5f886001600160a01b0316636bf062b2848461052f8c8c8c8c8c610c6e565b6040518463ffffffff1660e01b815260040161054d939291906119cb565b5f6040518083038186803b158015610563575f5ffd5b505afa158015610575573d5f5f3e3d5ffd5b50505060a0909501359998505050505050505050565b5f6002818061059a8580611a06565b90506105a68680611a06565b6105b66040890160208a01611a48565b6105c660608a0160408b01611a48565b6105d660808b0160608c01611a48565b6105e660a08c0160808d01611a48565b6105f360c08d018d611768565b905061060260c08e018e611768565b60405160200161061d9c9b9a99989796959493929190611a6b565b60408051601f198184030181529082905261063791611917565b602060405180830381855afa158015610652573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906106759190611b4d565b92915050565b5f6060815b858110156106db578187878381811061069b5761069b61170f565b90506020020160208101906106b09190611a48565b6040516020016106c1929190611b64565b60408051601f198184030181529190529150600101610680565b50604051600290610702905f9081908b908d9082908c9089908c908e908290602001611b8b565b60408051601f198184030181529082905261071c91611917565b602060405180830381855afa158015610737573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061075a9190611b4d565b98975050505050505050565b5f60408301356107936107798580611a06565b6107866020880188611768565b6100e360608a018a611768565b146107b457604051631628ba1f60e01b81526004810183905260240161047e565b60015f5b6107c56020860186611768565b905081101561081a576107db6020860186611768565b828181106107eb576107eb61170f565b90506020020160208101906108009190611a48565b6108109063ffffffff1683611864565b91506001016107b8565b5080156108495761020060016108308284611755565b61083a91906118a2565b6108449190611c33565b61084c565b60015b91508161085c6060860186611768565b90501461087f57604051631628ba1f60e01b81526004810184905260240161047e565b5092915050565b6060815f036108ac5750506040805180820190915260018152600360fc1b602082015290565b8115610901576108bd600a8361188f565b6108c8906030611755565b60f81b816040516020016108dd929190611c46565b60408051601f1981840301815291905290506108fa600a83611c33565b91506108ac565b919050565b5f5f6109128585610766565b90508060010361094a576109296060860186611768565b5f8181106109395761093961170f565b905060200201355f1c9150506109a5565b80831061097b57604051635bcfa3a960e11b815260048101859052602481018490526044810182905260640161047e565b6109886060860186611768565b848181106109985761099861170f565b905060200201355f1c9150505b9392505050565b6109b461126f565b5f6109c56080860160608701611a48565b63ffffffff1690508015806109e457506109e18161020061188f565b15155b80610a1957506109f681610200611c33565b610a066060870160408801611a48565b63ffffffff16610a16919061188f565b15155b15610a3757604051630f1167ff60e41b815260040160405180910390fd5b610a4381610200611c33565b610a536060870160408801611a48565b63ffffffff16610a639190611c33565b610a7360a0870160808801611a48565b63ffffffff16141580610a9b5750610a916040860160208701611a48565b63ffffffff168310155b15610ab957604051630f1167ff60e41b815260040160405180910390fd5b610ac38480611a06565b604051610ad1929190611c61565b604051908190039020610ae48680611a06565b604051610af2929190611c61565b604051809103902014610b1857604051630f1167ff60e41b815260040160405180910390fd5b610b256020850185611768565b90506002141580610b825750610b416040860160208701611a48565b63ffffffff16610b546020860186611768565b5f818110610b6457610b6461170f565b9050602002016020810190610b799190611a48565b63ffffffff1614155b80610bc5575080610b966020860186611768565b6001818110610ba757610ba761170f565b9050602002016020810190610bbc9190611a48565b63ffffffff1614155b15610be357604051630f1167ff60e41b815260040160405180910390fd5b610bed855f610dfd565b610bf8846001610766565b50610c0660c0860186611768565b84818110610c1657610c1661170f565b6020029190910135835250610c2e6060850185611768565b610200610c3b8487611864565b610c459190611c33565b818110610c5457610c5461170f565b602002919091013590508260016020020152509392505050565b610c7661128d565b610c838686868686610e60565b610c8d865f610766565b50610c99856001610766565b50610ca5846002610dfd565b610cb0836003610dfd565b5f610cc16080850160608601611a48565b610cd39063ffffffff16610200611c33565b90505f610ce660a0860160808701611a48565b63ffffffff169050610cfb6060890189611768565b61020084610d0a6001866118a2565b610d149190611864565b610d2460608a0160408b01611a48565b610d349063ffffffff1689611864565b610d3e9190611755565b610d489190611c33565b818110610d5757610d5761170f565b6020029190910135845250610d6f6060880188611768565b610d7a6001846118a2565b818110610d8957610d8961170f565b602002919091013590508360016020020152610da860c0870187611768565b85818110610db857610db861170f565b6020029190910135604085015250610dd360c0860186611768565b85818110610de357610de361170f565b602002919091013560608501525091979650505050505050565b8160a00135610e0b8361058b565b141580610e3b5750610e236040830160208401611a48565b63ffffffff16610e3660c0840184611768565b905014155b15610e5c57604051631628ba1f60e01b81526004810182905260240161047e565b5050565b5f610e716080840160608501611a48565b63ffffffff169050801580610e905750610e8d8161020061188f565b15155b15610eae57604051630f1167ff60e41b815260040160405180910390fd5b5f610ebb82610200611c33565b905080610ece6060860160408701611a48565b63ffffffff16610ede919061188f565b151580610efe5750610ef660a0850160808601611a48565b63ffffffff16155b80610f3d575080610f156060860160408701611a48565b63ffffffff16610f259190611c33565b610f3560a0860160808701611a48565b63ffffffff16115b80610f5d5750610f536040850160208601611a48565b63ffffffff168310155b15610f7b57604051630f1167ff60e41b815260040160405180910390fd5b610f8b60a0850160808601611a48565b63ffffffff16610fa160a0870160808801611a48565b610fb29063ffffffff166001611755565b141580610fe95750610fca6040850160208601611a48565b63ffffffff16610fe06040870160208801611a48565b63ffffffff1614155b8061101e5750610fff6060850160408601611a48565b63ffffffff166110156060870160408801611a48565b63ffffffff1614155b8061103e5750816110356080870160608801611a48565b63ffffffff1614155b1561105c57604051630f1167ff60e41b815260040160405180910390fd5b6110668480611a06565b604051611074929190611c61565b6040519081900390206110878680611a06565b604051611095929190611c61565b6040518091039020146110bb57604051630f1167ff60e41b815260040160405180910390fd5b6110c86020880188611768565b905060021415806110e857506110e16020870187611768565b9050600214155b1561110657604051630f1167ff60e41b815260040160405180910390fd5b6111166040850160208601611a48565b63ffffffff166111296020890189611768565b5f8181106111395761113961170f565b905060200201602081019061114e9190611a48565b63ffffffff161415806111ae575061116c6060850160408601611a48565b63ffffffff1661117f6020890189611768565b60018181106111905761119061170f565b90506020020160208101906111a59190611a48565b63ffffffff1614155b8061120557506111c46060850160408601611a48565b63ffffffff166111d76020880188611768565b5f8181106111e7576111e761170f565b90506020020160208101906111fc9190611a48565b63ffffffff1614155b806112485750816112196020880188611768565b600181811061122a5761122a61170f565b905060200201602081019061123f9190611a48565b63ffffffff1614155b1561126657604051630f1167ff60e41b815260040160405180910390fd5b50505050505050565b60405180604001604052806002906020820280368337509192915050565b60405180608001604052806004906020820280368337509192915050565b80356001600160a01b0381168114610901575f5ffd5b5f5f83601f8401126112d1575f5ffd5b5081356001600160401b038111156112e7575f5ffd5b6020830191508360208260051b8501011115611301575f5ffd5b9250929050565b5f60808284031215611318575f5ffd5b50919050565b5f5f83601f84011261132e575f5ffd5b5081356001600160401b03811115611344575f5ffd5b602083019150836020828501011115611301575f5ffd5b5f5f5f5f5f5f60808789031215611370575f5ffd5b611379876112ab565b955060208701356001600160401b03811115611393575f5ffd5b61139f89828a016112c1565b90965094505060408701356001600160401b038111156113bd575f5ffd5b6113c989828a01611308565b93505060608701356001600160401b038111156113e4575f5ffd5b6113f089828a0161131e565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60a0888a031215611418575f5ffd5b611421886112ab565b965060208801356001600160401b0381111561143b575f5ffd5b6114478a828b016112c1565b90975095505060408801356001600160401b03811115611465575f5ffd5b6114718a828b01611308565b9450506060880135925060808801356001600160401b03811115611493575f5ffd5b61149f8a828b0161131e565b989b979a50959850939692959293505050565b5f60e08284031215611318575f5ffd5b5f5f5f5f5f5f60a087890312156114d7575f5ffd5b6114e0876112ab565b955060208701356001600160401b038111156114fa575f5ffd5b61150689828a016114b2565b95505060408701356001600160401b03811115611521575f5ffd5b61152d89828a01611308565b9450506060870135925060808701356001600160401b038111156113e4575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215611566575f5ffd5b61156f896112ab565b975060208901356001600160401b03811115611589575f5ffd5b6115958b828c01611308565b97505060408901356001600160401b038111156115b0575f5ffd5b6115bc8b828c01611308565b96505060608901356001600160401b038111156115d7575f5ffd5b6115e38b828c016114b2565b95505060808901356001600160401b038111156115fe575f5ffd5b61160a8b828c016114b2565b94505060a0890135925060c08901356001600160401b0381111561162c575f5ffd5b6116388b828c0161131e565b999c989b5096995094979396929594505050565b5f6020828403121561165c575f5ffd5b81356001600160401b03811115611671575f5ffd5b61167d848285016114b2565b949350505050565b5f5f5f5f5f5f6060878903121561169a575f5ffd5b86356001600160401b038111156116af575f5ffd5b6116bb89828a0161131e565b90975095505060208701356001600160401b038111156116d9575f5ffd5b6116e589828a016112c1565b90955093505060408701356001600160401b03811115611703575f5ffd5b6113f089828a016112c1565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e19833603018112611737575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561067557610675611741565b5f5f8335601e1984360301811261177d575f5ffd5b8301803591506001600160401b03821115611796575f5ffd5b6020019150600581901b3603821315611301575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6001600160fb1b038311156117d8575f5ffd5b8260051b80838637939093019392505050565b5f6118006117f983876117ad565b84866117c4565b95945050505050565b5f6001820161181a5761181a611741565b5060010190565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f611852601a8301846117ad565b615d2960f01b81526002019392505050565b808202811582820484141761067557610675611741565b634e487b7160e01b5f52601260045260245ffd5b5f8261189d5761189d61187b565b500690565b8181038181111561067557610675611741565b634e487b7160e01b5f52604160045260245ffd5b6001600160e01b031988168152600481018790525f6118eb60248301886117ad565b868152848660208301375f90850160200190815261190981856117ad565b9a9950505050505050505050565b5f6109a582846117ad565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f61195d606083018587611922565b905060208201835f5b6002811015611985578151835260209283019290910190600101611966565b505050949350505050565b608081525f6119a3608083018587611922565b905060208201835f5b60038110156119855781518352602092830192909101906001016119ac565b60a081525f6119de60a083018587611922565b905060208201835f5b60048110156119855781518352602092830192909101906001016119e7565b5f5f8335601e19843603018112611a1b575f5ffd5b8301803591506001600160401b03821115611a34575f5ffd5b602001915036819003821315611301575f5ffd5b5f60208284031215611a58575f5ffd5b813563ffffffff811681146109a5575f5ffd5b6001600160f81b03198d811682527470726f6f666c6561726e2f7061727469616c2f763160581b60018301528c16601682015260f08b901b6001600160f01b0319166017820152888a60198301375f89820163ffffffff60e01b8a60e01b16601982015263ffffffff60e01b8960e01b16601d820152611afa602182018960e01b6001600160e01b0319169052565b611b13602582018860e01b6001600160e01b0319169052565b611b2c602982018760e01b6001600160e01b0319169052565b611b3a602d820185876117c4565b9f9e505050505050505050505050505050565b5f60208284031215611b5d575f5ffd5b5051919050565b5f611b6f82856117ad565b60e09390931b6001600160e01b03191683525050600401919050565b6001600160f81b03198b811682527f70726f6f666c6561726e2f66697865642d74656e736f722f763100000000000060018301528a16601b82015260f089901b6001600160f01b031916601c8201528688601e8301375f87820160ff60f81b8860f81b16601e820152611c01601f8201886117ad565b60e087901b6001600160e01b03191681529050611c226004820185876117c4565b9d9c50505050505050505050505050565b5f82611c4157611c4161187b565b500490565b6001600160f81b0319831681525f61167d60018301846117ad565b818382375f910190815291905056fea2646970667358221220ba2a9a7649baa0a9745b80091e04a4bf3455c1cae2331a38deeff2ead3e85bf064736f6c63430008250033",
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
