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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"}],\"name\":\"BadArity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSlice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ChunkOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tensor\",\"type\":\"uint256\"}],\"name\":\"LeafMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"name\":\"fixedLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"p\",\"type\":\"tuple\"}],\"name\":\"partialLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyChunkRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"a\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"b\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"prev\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32\",\"name\":\"m\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"k\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"n\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Partial\",\"name\":\"next\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"row\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifySliceRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor[]\",\"name\":\"inputs\",\"type\":\"tuple[]\"},{\"components\":[{\"internalType\":\"bytes\",\"name\":\"name\",\"type\":\"bytes\"},{\"internalType\":\"uint32[]\",\"name\":\"shape\",\"type\":\"uint32[]\"},{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32[]\",\"name\":\"digests\",\"type\":\"bytes32[]\"}],\"internalType\":\"structRulingVerifierZK.Tensor\",\"name\":\"output\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyWholeRuling\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6080604052348015600e575f5ffd5b506118a48061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806333908f581461005957806344eb51d01461007e5780636cdda19e14610091578063e7411323146100a4578063eb5e4bb5146100b7575b5f5ffd5b61006c610067366004610fe6565b6100ca565b60405190815260200160405180910390f35b61006c61008c36600461108d565b6102f8565b61006c61009f36600461114d565b61047b565b61006c6100b236600461124a565b6104f6565b61006c6100c5366004611283565b6105e6565b5f606081805b87811161016657368882106100e55787610109565b8989838181106100f7576100f761130d565b90506020028101906101099190611321565b905061011581836106d1565b61011f9084611353565b92508361012f6060830183611366565b604051602001610141939291906113e9565b604051602081830303815290604052935050808061015e90611407565b9150506100d0565b505f610171826107f1565b604051602001610181919061141f565b6040516020818303038152906040528051906020012090505f818360206101a89190611462565b6101b3906020611353565b85888a8160206101c3818361148d565b6101ce9060206114a0565b6101d8919061148d565b6001600160401b038111156101ef576101ef6114b3565b6040519080825280601f01601f191660200182016040528015610219576020820181803683370190505b5060405160200161023097969594939291906114c7565b60405160208183030381529060405290508a6001600160a01b03163b5f0361026b5760405163c3b0d8cd60e01b815260040160405180910390fd5b5f8b6001600160a01b0316826040516102849190611515565b5f60405180830381855afa9150503d805f81146102bc576040519150601f19603f3d011682016040523d82523d5f602084013e6102c1565b606091505b50509050806102e35760405163c3b0d8cd60e01b815260040160405180910390fd5b50505060409095013598975050505050505050565b5f80610305868887610871565b905060018790036103b257886001600160a01b031663e1ff50828585604051806040016040528061035a8e8e5f8181106103415761034161130d565b90506020028101906103539190611321565b5f8d610871565b8152602001868152506040518463ffffffff1660e01b815260040161038193929190611548565b5f6040518083038186803b158015610397575f5ffd5b505afa1580156103a9573d5f5f3e3d5ffd5b50505050610469565b600287900361044857886001600160a01b031663f219ed6f858560405180606001604052806103ec8e8e5f8181106103415761034161130d565b81526020016104218e8e60018181106104075761040761130d565b90506020028101906104199190611321565b60018d610871565b8152602001868152506040518463ffffffff1660e01b81526004016103819392919061158e565b60405163b3153bc760e01b8152600481018890526024015b60405180910390fd5b50506040840135979650505050505050565b5f886001600160a01b0316636bf062b2848461049a8c8c8c8c8c610917565b6040518463ffffffff1660e01b81526004016104b8939291906115c9565b5f6040518083038186803b1580156104ce575f5ffd5b505afa1580156104e0573d5f5f3e3d5ffd5b50505060a0909501359998505050505050505050565b5f600281806105058580611604565b90506105118680611604565b6105216040890160208a01611646565b61053160608a0160408b01611646565b61054160808b0160608c01611646565b61055160a08c0160808d01611646565b61055e60c08d018d611366565b905061056d60c08e018e611366565b6040516020016105889c9b9a99989796959493929190611669565b60408051601f19818403018152908290526105a291611515565b602060405180830381855afa1580156105bd573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906105e0919061174b565b92915050565b5f6060815b8581101561064657818787838181106106065761060661130d565b905060200201602081019061061b9190611646565b60405160200161062c929190611762565b60408051601f1981840301815291905291506001016105eb565b5060405160029061066d905f9081908b908d9082908c9089908c908e908290602001611789565b60408051601f198184030181529082905261068791611515565b602060405180830381855afa1580156106a2573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906106c5919061174b565b98975050505050505050565b5f60408301356106fe6106e48580611604565b6106f16020880188611366565b6100c560608a018a611366565b1461071f57604051631628ba1f60e01b815260048101839052602401610460565b60015f5b6107306020860186611366565b9050811015610785576107466020860186611366565b828181106107565761075661130d565b905060200201602081019061076b9190611646565b61077b9063ffffffff1683611462565b9150600101610723565b5080156107b457610200600161079b8284611353565b6107a591906114a0565b6107af9190611831565b6107b7565b60015b9150816107c76060860186611366565b9050146107ea57604051631628ba1f60e01b815260048101849052602401610460565b5092915050565b6060815f036108175750506040805180820190915260018152600360fc1b602082015290565b811561086c57610828600a8361148d565b610833906030611353565b60f81b81604051602001610848929190611844565b60408051601f198184030181529190529050610865600a83611831565b9150610817565b919050565b5f5f61087d85856106d1565b9050806001036108b5576108946060860186611366565b5f8181106108a4576108a461130d565b905060200201355f1c915050610910565b8083106108e657604051635bcfa3a960e11b8152600481018590526024810184905260448101829052606401610460565b6108f36060860186611366565b848181106109035761090361130d565b905060200201355f1c9150505b9392505050565b61091f610f18565b61092c8686868686610aa6565b610936865f6106d1565b506109428560016106d1565b5061094e846002610eb5565b610959836003610eb5565b5f61096a6080850160608601611646565b61097c9063ffffffff16610200611831565b90505f61098f60a0860160808701611646565b63ffffffff1690506109a46060890189611366565b610200846109b36001866114a0565b6109bd9190611462565b6109cd60608a0160408b01611646565b6109dd9063ffffffff1689611462565b6109e79190611353565b6109f19190611831565b818110610a0057610a0061130d565b6020029190910135845250610a186060880188611366565b610a236001846114a0565b818110610a3257610a3261130d565b602002919091013590508360016020020152610a5160c0870187611366565b85818110610a6157610a6161130d565b6020029190910135604085015250610a7c60c0860186611366565b85818110610a8c57610a8c61130d565b602002919091013560608501525091979650505050505050565b5f610ab76080840160608501611646565b63ffffffff169050801580610ad65750610ad38161020061148d565b15155b15610af457604051630f1167ff60e41b815260040160405180910390fd5b5f610b0182610200611831565b905080610b146060860160408701611646565b63ffffffff16610b24919061148d565b151580610b445750610b3c60a0850160808601611646565b63ffffffff16155b80610b83575080610b5b6060860160408701611646565b63ffffffff16610b6b9190611831565b610b7b60a0860160808701611646565b63ffffffff16115b80610ba35750610b996040850160208601611646565b63ffffffff168310155b15610bc157604051630f1167ff60e41b815260040160405180910390fd5b610bd160a0850160808601611646565b63ffffffff16610be760a0870160808801611646565b610bf89063ffffffff166001611353565b141580610c2f5750610c106040850160208601611646565b63ffffffff16610c266040870160208801611646565b63ffffffff1614155b80610c645750610c456060850160408601611646565b63ffffffff16610c5b6060870160408801611646565b63ffffffff1614155b80610c84575081610c7b6080870160608801611646565b63ffffffff1614155b15610ca257604051630f1167ff60e41b815260040160405180910390fd5b610cac8480611604565b604051610cba92919061185f565b604051908190039020610ccd8680611604565b604051610cdb92919061185f565b604051809103902014610d0157604051630f1167ff60e41b815260040160405180910390fd5b610d0e6020880188611366565b90506002141580610d2e5750610d276020870187611366565b9050600214155b15610d4c57604051630f1167ff60e41b815260040160405180910390fd5b610d5c6040850160208601611646565b63ffffffff16610d6f6020890189611366565b5f818110610d7f57610d7f61130d565b9050602002016020810190610d949190611646565b63ffffffff16141580610df45750610db26060850160408601611646565b63ffffffff16610dc56020890189611366565b6001818110610dd657610dd661130d565b9050602002016020810190610deb9190611646565b63ffffffff1614155b80610e4b5750610e0a6060850160408601611646565b63ffffffff16610e1d6020880188611366565b5f818110610e2d57610e2d61130d565b9050602002016020810190610e429190611646565b63ffffffff1614155b80610e8e575081610e5f6020880188611366565b6001818110610e7057610e7061130d565b9050602002016020810190610e859190611646565b63ffffffff1614155b15610eac57604051630f1167ff60e41b815260040160405180910390fd5b50505050505050565b8160a00135610ec3836104f6565b141580610ef35750610edb6040830160208401611646565b63ffffffff16610eee60c0840184611366565b905014155b15610f1457604051631628ba1f60e01b815260048101829052602401610460565b5050565b60405180608001604052806004906020820280368337509192915050565b80356001600160a01b038116811461086c575f5ffd5b5f5f83601f840112610f5c575f5ffd5b5081356001600160401b03811115610f72575f5ffd5b6020830191508360208260051b8501011115610f8c575f5ffd5b9250929050565b5f60808284031215610fa3575f5ffd5b50919050565b5f5f83601f840112610fb9575f5ffd5b5081356001600160401b03811115610fcf575f5ffd5b602083019150836020828501011115610f8c575f5ffd5b5f5f5f5f5f5f60808789031215610ffb575f5ffd5b61100487610f36565b955060208701356001600160401b0381111561101e575f5ffd5b61102a89828a01610f4c565b90965094505060408701356001600160401b03811115611048575f5ffd5b61105489828a01610f93565b93505060608701356001600160401b0381111561106f575f5ffd5b61107b89828a01610fa9565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60a0888a0312156110a3575f5ffd5b6110ac88610f36565b965060208801356001600160401b038111156110c6575f5ffd5b6110d28a828b01610f4c565b90975095505060408801356001600160401b038111156110f0575f5ffd5b6110fc8a828b01610f93565b9450506060880135925060808801356001600160401b0381111561111e575f5ffd5b61112a8a828b01610fa9565b989b979a50959850939692959293505050565b5f60e08284031215610fa3575f5ffd5b5f5f5f5f5f5f5f5f60e0898b031215611164575f5ffd5b61116d89610f36565b975060208901356001600160401b03811115611187575f5ffd5b6111938b828c01610f93565b97505060408901356001600160401b038111156111ae575f5ffd5b6111ba8b828c01610f93565b96505060608901356001600160401b038111156111d5575f5ffd5b6111e18b828c0161113d565b95505060808901356001600160401b038111156111fc575f5ffd5b6112088b828c0161113d565b94505060a0890135925060c08901356001600160401b0381111561122a575f5ffd5b6112368b828c01610fa9565b999c989b5096995094979396929594505050565b5f6020828403121561125a575f5ffd5b81356001600160401b0381111561126f575f5ffd5b61127b8482850161113d565b949350505050565b5f5f5f5f5f5f60608789031215611298575f5ffd5b86356001600160401b038111156112ad575f5ffd5b6112b989828a01610fa9565b90975095505060208701356001600160401b038111156112d7575f5ffd5b6112e389828a01610f4c565b90955093505060408701356001600160401b03811115611301575f5ffd5b61107b89828a01610f4c565b634e487b7160e01b5f52603260045260245ffd5b5f8235607e19833603018112611335575f5ffd5b9190910192915050565b634e487b7160e01b5f52601160045260245ffd5b808201808211156105e0576105e061133f565b5f5f8335601e1984360301811261137b575f5ffd5b8301803591506001600160401b03821115611394575f5ffd5b6020019150600581901b3603821315610f8c575f5ffd5b5f81518060208401855e5f93019283525090919050565b5f6001600160fb1b038311156113d6575f5ffd5b8260051b80838637939093019392505050565b5f6113fe6113f783876113ab565b84866113c2565b95945050505050565b5f600182016114185761141861133f565b5060010190565b7f76657269667950726f6f662862797465732c75696e743235365b00000000000081525f611450601a8301846113ab565b615d2960f01b81526002019392505050565b80820281158282048414176105e0576105e061133f565b634e487b7160e01b5f52601260045260245ffd5b5f8261149b5761149b611479565b500690565b818103818111156105e0576105e061133f565b634e487b7160e01b5f52604160045260245ffd5b6001600160e01b031988168152600481018790525f6114e960248301886113ab565b868152848660208301375f90850160200190815261150781856113ab565b9a9950505050505050505050565b5f61091082846113ab565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b606081525f61155b606083018587611520565b905060208201835f5b6002811015611583578151835260209283019290910190600101611564565b505050949350505050565b608081525f6115a1608083018587611520565b905060208201835f5b60038110156115835781518352602092830192909101906001016115aa565b60a081525f6115dc60a083018587611520565b905060208201835f5b60048110156115835781518352602092830192909101906001016115e5565b5f5f8335601e19843603018112611619575f5ffd5b8301803591506001600160401b03821115611632575f5ffd5b602001915036819003821315610f8c575f5ffd5b5f60208284031215611656575f5ffd5b813563ffffffff81168114610910575f5ffd5b6001600160f81b03198d811682527470726f6f666c6561726e2f7061727469616c2f763160581b60018301528c16601682015260f08b901b6001600160f01b0319166017820152888a60198301375f89820163ffffffff60e01b8a60e01b16601982015263ffffffff60e01b8960e01b16601d8201526116f8602182018960e01b6001600160e01b0319169052565b611711602582018860e01b6001600160e01b0319169052565b61172a602982018760e01b6001600160e01b0319169052565b611738602d820185876113c2565b9f9e505050505050505050505050505050565b5f6020828403121561175b575f5ffd5b5051919050565b5f61176d82856113ab565b60e09390931b6001600160e01b03191683525050600401919050565b6001600160f81b03198b811682527f70726f6f666c6561726e2f66697865642d74656e736f722f763100000000000060018301528a16601b82015260f089901b6001600160f01b031916601c8201528688601e8301375f87820160ff60f81b8860f81b16601e8201526117ff601f8201886113ab565b60e087901b6001600160e01b031916815290506118206004820185876113c2565b9d9c50505050505050505050505050565b5f8261183f5761183f611479565b500490565b6001600160f81b0319831681525f61127b60018301846113ab565b818382375f910190815291905056fea26469706673582212208442cfa42ebc949d4f9550dd1bd307078ca0e585c53171d3126ec837f09b857f64736f6c63430008250033",
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
