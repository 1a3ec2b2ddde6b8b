package zkruling

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// ErrRejectedOnChain is returned when the verifier contract reverts.
var ErrRejectedOnChain = errors.New("zkruling: the verifier contract rejected the ruling")

// ErrNoSolc is returned when no solcjs can be found.
var ErrNoSolc = errors.New("zkruling: no solcjs (run scripts/solc.sh and set PROOFLEARN_SOLCJS)")

// SolcVersion is the compiler the exported verifiers are built and measured
// with.
const SolcVersion = "0.8.37"

// FindSolc returns the solcjs to compile verifiers with: $PROOFLEARN_SOLCJS,
// else the one scripts/solc.sh installs into the cache, else solcjs on PATH.
func FindSolc() (string, error) {
	if p := os.Getenv("PROOFLEARN_SOLCJS"); p != "" {
		return p, nil
	}
	if dir, err := os.UserCacheDir(); err == nil {
		p := filepath.Join(dir, "prooflearn", "solc", "node_modules", ".bin", "solcjs")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath("solcjs"); err == nil {
		return p, nil
	}
	return "", ErrNoSolc
}

// fallbackGas is the limit of a transaction whose estimation failed: above
// any verification's cost, below the per-transaction cap (2^24, EIP-7825).
const fallbackGas = 5_000_000

// Chain is an in-process Ethereum chain (go-ethereum's simulated backend, a
// real EVM with the current fork's precompile prices) holding one verifier
// contract per circuit, deployed on first use.
type Chain struct {
	solc    string
	backend *simulated.Backend
	client  simulated.Client
	key     *ecdsa.PrivateKey
	from    common.Address
	chainID *big.Int

	mu        sync.Mutex
	verifiers map[string]*verifierContract
}

type verifierContract struct {
	addr      common.Address
	abi       abi.ABI
	deployGas uint64
}

// NewChain starts a simulated chain with one funded account; solcjs compiles
// the verifiers.
func NewChain(solcjs string) (*Chain, error) {
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	funds := new(big.Int).Lsh(big.NewInt(1), 100)
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: funds}})
	client := backend.Client()
	chainID, err := client.ChainID(context.Background())
	if err != nil {
		backend.Close()
		return nil, err
	}
	return &Chain{solc: solcjs, backend: backend, client: client, key: key, from: from, chainID: chainID,
		verifiers: map[string]*verifierContract{}}, nil
}

// Close stops the chain.
func (c *Chain) Close() error { return c.backend.Close() }

// VerifyOnChain sends the ruling to its circuit's verifier contract (deploying
// it first if needed) in a transaction, and returns the gas the transaction
// used; the report records it and the deployment's gas. A reverted
// verification is ErrRejectedOnChain.
func (r *Ruling) VerifyOnChain(c *Chain) (uint64, error) {
	v, err := c.verifier(r.circuit)
	if err != nil {
		return 0, err
	}
	r.Report.DeployGas = v.deployGas
	inputs := r.PublicInputs()
	arr := reflect.New(reflect.ArrayOf(len(inputs), reflect.TypeFor[*big.Int]())).Elem()
	for i, x := range inputs {
		arr.Index(i).Set(reflect.ValueOf(x))
	}
	data, err := v.abi.Pack("verifyProof", r.SolidityProof(), arr.Interface())
	if err != nil {
		return 0, err
	}
	receipt, err := c.send(&v.addr, data)
	if err != nil {
		return 0, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt.GasUsed, fmt.Errorf("%w (%s, gas %d)", ErrRejectedOnChain, r.circuit.name, receipt.GasUsed)
	}
	r.Report.VerifyGas = receipt.GasUsed
	return receipt.GasUsed, nil
}

func (c *Chain) verifier(cc *compiled) (*verifierContract, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.verifiers[cc.name]; ok {
		return v, nil
	}
	src, err := cc.solidity()
	if err != nil {
		return nil, err
	}
	bin, abiJSON, err := CompileVerifier(c.solc, src)
	if err != nil {
		return nil, err
	}
	parsed, err := abi.JSON(strings.NewReader(abiJSON))
	if err != nil {
		return nil, err
	}
	receipt, err := c.send(nil, bin)
	if err != nil {
		return nil, err
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("zkruling: deploying the %s verifier reverted", cc.name)
	}
	v := &verifierContract{addr: receipt.ContractAddress, abi: parsed, deployGas: receipt.GasUsed}
	c.verifiers[cc.name] = v
	return v, nil
}

// send mines one transaction and returns its receipt. Its gas limit comes
// from estimation, or fallbackGas when estimation fails (a reverting call),
// so that a rejected proof still lands as a failed transaction.
func (c *Chain) send(to *common.Address, data []byte) (*types.Receipt, error) {
	ctx := context.Background()
	nonce, err := c.client.PendingNonceAt(ctx, c.from)
	if err != nil {
		return nil, err
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, err := c.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	gas, err := c.client.EstimateGas(ctx, ethereum.CallMsg{From: c.from, To: to, Data: data})
	if err != nil {
		gas = fallbackGas
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(c.key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: to, Data: data,
	})
	if err != nil {
		return nil, err
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		return nil, err
	}
	c.backend.Commit()
	return c.client.TransactionReceipt(ctx, tx.Hash())
}

// CompileVerifier compiles gnark's exported contract "Verifier" (src, as
// a circuit's ExportSolidity writes it) with solcjs --optimize and returns
// its creation bytecode and ABI: the code a registered verifier must have.
func CompileVerifier(solcjs string, src []byte) (bin []byte, abiJSON string, err error) {
	return compileContract(solcjs, src, "Verifier")
}

// compileContract compiles the contract named name in src with solcjs
// --optimize and returns its creation bytecode and ABI.
func compileContract(solcjs string, src []byte, name string) (bin []byte, abiJSON string, err error) {
	dir, err := os.MkdirTemp("", "zkruling-solc-")
	if err != nil {
		return nil, "", err
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "Verifier.sol"), src, 0o644); err != nil {
		return nil, "", err
	}
	cmd := exec.Command(solcjs, "--bin", "--abi", "--optimize", "-o", "out", "Verifier.sol")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, "", fmt.Errorf("zkruling: solcjs: %w: %s", err, out)
	}
	read := func(ext string) ([]byte, error) {
		m, err := filepath.Glob(filepath.Join(dir, "out", "*_"+name+"."+ext))
		if err != nil || len(m) != 1 {
			return nil, fmt.Errorf("zkruling: solcjs wrote %d %s.%s files", len(m), name, ext)
		}
		return os.ReadFile(m[0])
	}
	hexBin, err := read("bin")
	if err != nil {
		return nil, "", err
	}
	if bin, err = hex.DecodeString(strings.TrimSpace(string(hexBin))); err != nil {
		return nil, "", err
	}
	a, err := read("abi")
	return bin, string(a), err
}
