package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/prooflearn/prooflearn/chain/bindings"
)

// Client is one party on a node reached over JSON-RPC (geth, or any
// Ethereum client): its own key, the contracts' backend and the gas of the
// calls it sent. Unlike Sim it mines nothing: the node does, and Send waits
// for the receipt.
type Client struct {
	Eth       *ethclient.Client
	Contracts bind.ContractBackend
	Key       *ecdsa.PrivateKey
	Addr      common.Address
	Gas       *GasReport
	chainID   *big.Int
	ctx       context.Context
}

// Dial connects to the node at url as the holder of key. ctx bounds every
// call the Client makes.
func Dial(ctx context.Context, url string, key *ecdsa.PrivateKey) (*Client, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, err
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		ec.Close()
		return nil, fmt.Errorf("chain: %s: %w", url, err)
	}
	return &Client{Eth: ec, Contracts: rpcMargin{ec}, Key: key, Addr: crypto.PubkeyToAddress(key.PublicKey),
		Gas: NewGasReport(), chainID: id, ctx: ctx}, nil
}

// rpcMargin adds a quarter to every gas estimate, as margin does for Sim
// and for the same reason: a chess clock charged at estimate time and at
// mining time writes different slots.
type rpcMargin struct{ *ethclient.Client }

func (m rpcMargin) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	g, err := m.Client.EstimateGas(ctx, msg)
	return g + g/4, err
}

// Close drops the connection.
func (c *Client) Close() { c.Eth.Close() }

// Opts are the party's transaction options, sending value wei (nil: none).
func (c *Client) Opts(value *big.Int) *bind.TransactOpts {
	o, err := bind.NewKeyedTransactorWithChainID(c.Key, c.chainID)
	if err != nil {
		panic(err) // only a nil key or chain ID fails, and Dial set both
	}
	o.Context, o.Value = c.ctx, value
	return o
}

// Call are read options at the latest block.
func (c *Client) Call() *bind.CallOpts { return &bind.CallOpts{Context: c.ctx} }

// Send is the function that waits until a transaction is mined, records
// its gas under name and returns its receipt: Send(name)(m.Call(...)). A
// transaction the node refused (err) or one that reverted on-chain is an
// error.
func (c *Client) Send(name string) func(*types.Transaction, error) (*types.Receipt, error) {
	return func(tx *types.Transaction, err error) (*types.Receipt, error) {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		r, err := bind.WaitMined(c.ctx, c.Eth, tx)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return r, fmt.Errorf("%s: reverted on-chain (gas %d)", name, r.GasUsed)
		}
		c.Gas.Add(name, r.GasUsed)
		return r, nil
	}
}

// Poke sends the party a transfer of nothing to itself: on a node that
// mines only when a transaction arrives (geth --dev --dev.period 0) it
// makes a block, for a rule such as commitVerdict's "two blocks after the
// root" that waits on the block number.
func (c *Client) Poke(ctx context.Context) error {
	nonce, err := c.Eth.PendingNonceAt(ctx, c.Addr)
	if err != nil {
		return err
	}
	tip, err := c.Eth.SuggestGasTipCap(ctx)
	if err != nil {
		return err
	}
	h, err := c.Eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(h.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(c.Key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID: c.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &c.Addr, Value: new(big.Int)})
	if err != nil {
		return err
	}
	if err := c.Eth.SendTransaction(ctx, tx); err != nil {
		return err
	}
	_, err = bind.WaitMined(ctx, c.Eth, tx)
	return err
}

// WaitBlock waits until the chain's head is at least n, poking it when it
// does not move.
func (c *Client) WaitBlock(ctx context.Context, n uint64) error {
	for {
		head, err := c.Eth.BlockNumber(ctx)
		if err != nil {
			return err
		}
		if head >= n {
			return nil
		}
		if err := c.Poke(ctx); err != nil {
			return err
		}
	}
}

// WaitTask polls the market until task id satisfies ok, and returns it.
func WaitTask(ctx context.Context, m *bindings.ProofMarket, id *big.Int, ok func(t bindings.ProofMarketTask) bool) (bindings.ProofMarketTask, error) {
	for {
		t, err := m.GetTask(&bind.CallOpts{Context: ctx}, id)
		if err != nil {
			return t, err
		}
		if ok(t) {
			return t, nil
		}
		select {
		case <-ctx.Done():
			return t, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Phases of a ProofMarket task (its Phase enum).
const (
	TaskPosted uint8 = iota + 1
	TaskClaimed
	TaskSeeded
	TaskRooted
	TaskCommitted
	TaskVerified
	TaskPaid
	TaskSlashed
	TaskAbandoned
)

// Calls is every recorded call's gas by name, in the order recorded: what a
// party writes for another process to merge with Add.
func (g *GasReport) Calls() map[string][]uint64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	out := make(map[string][]uint64, len(g.calls))
	for name, gs := range g.calls {
		out[name] = append([]uint64(nil), gs...)
	}
	return out
}
