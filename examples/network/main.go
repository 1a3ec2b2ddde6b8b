// Command network runs prooflearn's parties as separate processes against a
// real chain: it starts a local geth --dev node (in memory, mining each
// transaction as it arrives), funds a fresh key per party from the dev
// account, deploys ProofMarket, DisputeGame and its ruling verifier stub,
// and runs examples/node for every party through two tasks:
//
//  1. an honest solver: posted, claimed, trained, verified, accepted and,
//     after the challenge window, paid;
//  2. a cheating solver that nudged one weight of a middle checkpoint and
//     recommitted every leaf and the root: the verifier rejects it, which
//     opens a dispute; the two-level game pins it to one operator of one
//     step and the loser is slashed.
//
// The dispute game's moves are computed by the Go arbitration game
// (arbitration.Play between the forged and the honest bundle, both read
// from the shared store) and sent as DisputeGame transactions, each side's
// with that side's own key; this process drives both sides, and the
// arbiter's key reports the game's winner to ProofMarket.
//
//	go run ./examples/network [-report R.json] [-geth PATH]
//
// The report holds the gas of every call, the dispute's rounds and winner
// and every party's balance before and after. The exit status is 0 only
// when the honest solver was paid and the cheating one slashed.
package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/chain"
	"github.com/prooflearn/prooflearn/chain/bindings"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/settlement"
	"github.com/prooflearn/prooflearn/testdata"
)

func main() {
	var c config
	flag.StringVar(&c.report, "report", "", "write the run's report to this JSON file")
	flag.StringVar(&c.geth, "geth", "", "the geth binary (default: geth on PATH, else GOPATH/bin/geth)")
	flag.StringVar(&c.node, "node", "", "the examples/node binary (default: built into the work directory)")
	flag.StringVar(&c.dir, "dir", "", "work directory: keys, bundle store, logs (default: a temporary one, removed at exit)")
	flag.Parse()
	r, err := run(context.Background(), c)
	if r != nil && c.report != "" {
		if werr := cli.WriteJSON(c.report, r); werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "network: %v\n", err)
		os.Exit(cli.ExitError)
	}
}

type config struct {
	report, geth, node, dir string
	// log receives the parties' output (nil: stdout).
	log *os.File
}

// Chain-only deadlines: each phase may take an hour; the challenge window
// is short so that the honest task is paid within the run.
const (
	phaseWithin = time.Hour
	window      = 15 * time.Second
	gameClock   = 3600
)

var (
	ether     = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	funding   = new(big.Int).Mul(big.NewInt(10), ether)
	gameBond  = big.NewInt(int64(terms().Bond))
	partyKeys = []string{"arbiter", "submitter", "solver", "cheater", "verifier"}
)

// unit is the wei per settlement unit: settlement.DefaultTerms' amounts
// (a reward of 100, a solver stake of 200) become 0.01 and 0.02 ether,
// large enough to read next to the gas the parties pay.
const unit = 100_000_000_000_000

// terms are settlement.DefaultTerms in wei.
func terms() settlement.Terms {
	t := settlement.DefaultTerms()
	for _, a := range []*settlement.Amount{&t.Reward, &t.VerifierFee, &t.JackpotTax, &t.SolverStake, &t.VerifierStake, &t.Bond, &t.JackpotPrize} {
		*a *= unit
	}
	return t
}

// Report is what a run writes.
type Report struct {
	Geth    string          `json:"geth"`
	Market  common.Address  `json:"market"`
	Game    common.Address  `json:"dispute_game"`
	Tasks   []TaskReport    `json:"tasks"`
	Dispute *DisputeReport  `json:"dispute,omitempty"`
	Gas     []chain.GasStat `json:"gas"`
	Parties []PartyReport   `json:"parties"`
	Jackpot *big.Int        `json:"jackpot_wei"`
	Outcome string          `json:"outcome"`
	Seconds float64         `json:"seconds"`
}

// TaskReport is one task's end.
type TaskReport struct {
	ID       int64           `json:"id"`
	Solver   string          `json:"solver"`
	Root     prooflearn.Hash `json:"root"`
	Accepted bool            `json:"accepted"`
	Phase    uint8           `json:"phase"`
	Dispute  int64           `json:"market_dispute,omitempty"`
}

// DisputeReport is the dispute game's course on-chain and in Go.
type DisputeReport struct {
	Segment      int    `json:"segment"`
	FromStep     int    `json:"from_step"`
	ToStep       int    `json:"to_step"`
	Step         int    `json:"step"`
	Node         int    `json:"node"`
	NodeName     string `json:"node_name"`
	Rounds       int    `json:"rounds"`
	MaxRounds    int    `json:"max_rounds"`
	ChainRounds  uint32 `json:"chain_rounds"`
	ChainNode    uint32 `json:"chain_node"`
	GoWinner     string `json:"go_winner"`
	ChainWinner  string `json:"chain_winner"`
	Transactions int    `json:"transactions"`
}

// PartyReport is one party's ether before and after, the transaction
// fees it paid, and its change without them: what the market and the game
// paid it or took from it.
type PartyReport struct {
	Name   string         `json:"name"`
	Addr   common.Address `json:"address"`
	Before *big.Int       `json:"before_wei"`
	After  *big.Int       `json:"after_wei"`
	Change *big.Int       `json:"change_wei"`
	Fees   *big.Int       `json:"fees_wei"`
	Net    *big.Int       `json:"net_wei"`
}

// env is a running network: the node, the parties' clients and the
// contracts.
type env struct {
	cfg     config
	dir     string
	rpc     string
	node    string
	store   string
	gas     *chain.GasReport
	keys    map[string]string // party → key file
	cl      map[string]*chain.Client
	market  *bindings.ProofMarket
	maddr   common.Address
	game    *bindings.DisputeGame
	gaddr   common.Address
	stub    *bindings.RulingVerifierStub
	logMu   sync.Mutex
	logFile *os.File
}

func run(ctx context.Context, c config) (*Report, error) {
	start := time.Now()
	gethBin, err := findGeth(c.geth)
	if err != nil {
		return nil, err
	}
	dir := c.dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "prooflearn-network-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	}
	e := &env{cfg: c, dir: dir, store: filepath.Join(dir, "store"), gas: chain.NewGasReport(),
		keys: map[string]string{}, cl: map[string]*chain.Client{}, logFile: c.log}
	if e.logFile == nil {
		e.logFile = os.Stdout
	}
	if err := os.MkdirAll(e.store, 0o755); err != nil {
		return nil, err
	}
	if e.node = c.node; e.node == "" {
		e.node = filepath.Join(dir, "node")
		e.printf("building examples/node")
		build := exec.CommandContext(ctx, "go", "build", "-o", e.node, "github.com/prooflearn/prooflearn/examples/node")
		if out, err := build.CombinedOutput(); err != nil {
			return nil, fmt.Errorf("building examples/node: %v\n%s", err, out)
		}
	}
	stop, err := e.startGeth(ctx, gethBin)
	if err != nil {
		return nil, err
	}
	defer stop()
	defer func() {
		for _, cl := range e.cl {
			cl.Close()
		}
	}()
	rep := &Report{Geth: gethBin}
	if err := e.fund(ctx); err != nil {
		return nil, err
	}
	before := map[string]*big.Int{}
	for _, p := range partyKeys {
		if before[p], err = e.cl[p].Eth.BalanceAt(ctx, e.cl[p].Addr, nil); err != nil {
			return nil, err
		}
	}
	if err := e.deploy(); err != nil {
		return nil, err
	}
	rep.Market, rep.Game = e.maddr, e.gaddr

	// 1. The honest task.
	honest, err := e.runTask(ctx, 1, "solver", false)
	if err != nil {
		return rep, err
	}
	rep.Tasks = append(rep.Tasks, honest)
	// 2. The cheating solver's task.
	cheat, err := e.runTask(ctx, 2, "cheater", true)
	if err != nil {
		return rep, err
	}
	if cheat.Accepted || cheat.Dispute == 0 {
		rep.Tasks = append(rep.Tasks, cheat)
		return rep, fmt.Errorf("the forged bundle was accepted")
	}
	rep.Dispute, err = e.dispute(ctx, cheat, honest)
	if err != nil {
		return rep, err
	}
	// 3. Settlement: the honest task after its challenge window, then every
	// party withdraws what the market and the game owe it.
	if err := e.finalize(ctx, big.NewInt(honest.ID)); err != nil {
		return rep, err
	}
	rep.Tasks = rep.Tasks[:0]
	for _, t := range []TaskReport{honest, cheat} {
		st, err := e.market.GetTask(e.cl["arbiter"].Call(), big.NewInt(t.ID))
		if err != nil {
			return rep, err
		}
		t.Phase = st.Phase
		rep.Tasks = append(rep.Tasks, t)
	}
	if err := e.withdrawAll(); err != nil {
		return rep, err
	}
	fees, err := e.fees(ctx)
	if err != nil {
		return rep, err
	}
	for _, p := range partyKeys {
		a := e.cl[p].Addr
		after, err := e.cl[p].Eth.BalanceAt(ctx, a, nil)
		if err != nil {
			return rep, err
		}
		pr := PartyReport{Name: p, Addr: a, Before: before[p], After: after, Change: new(big.Int).Sub(after, before[p]), Fees: new(big.Int)}
		if f := fees[a]; f != nil {
			pr.Fees = f
		}
		pr.Net = new(big.Int).Add(pr.Change, pr.Fees)
		rep.Parties = append(rep.Parties, pr)
	}
	if rep.Jackpot, err = e.market.Jackpot(e.cl["arbiter"].Call()); err != nil {
		return rep, err
	}
	for _, p := range partyKeys {
		for name, gs := range e.cl[p].Gas.Calls() {
			for _, g := range gs {
				e.gas.Add(name, g)
			}
		}
	}
	rep.Gas = e.gas.Stats()
	rep.Seconds = time.Since(start).Seconds()
	e.printf("gas per call\n%s", e.gas.Table())
	for _, p := range rep.Parties {
		e.printf("%-9s %s  before %s  after %s wei: change %s, of which fees -%s, paid or taken %s", p.Name, p.Addr.Hex()[:10], p.Before, p.After, p.Change, p.Fees, p.Net)
	}
	switch {
	case rep.Tasks[0].Phase != chain.TaskPaid:
		return rep, fmt.Errorf("the honest task ended in phase %d, not Paid", rep.Tasks[0].Phase)
	case rep.Tasks[1].Phase != chain.TaskSlashed:
		return rep, fmt.Errorf("the cheating task ended in phase %d, not Slashed", rep.Tasks[1].Phase)
	case rep.Dispute.ChainWinner != string(arbitration.PartyChallenger) || rep.Dispute.GoWinner != rep.Dispute.ChainWinner:
		return rep, fmt.Errorf("dispute winner: %s on-chain, %s in Go", rep.Dispute.ChainWinner, rep.Dispute.GoWinner)
	}
	rep.Outcome = "the honest solver was paid; the forged proof was rejected, pinned to one operator and slashed"
	e.printf("done in %.1fs: %s", rep.Seconds, rep.Outcome)
	return rep, nil
}

func (e *env) printf(format string, args ...any) {
	e.logMu.Lock()
	defer e.logMu.Unlock()
	fmt.Fprintf(e.logFile, "network: %s\n", fmt.Sprintf(format, args...))
}

// findGeth is the geth binary: the flag's, else geth on PATH, else
// GOPATH/bin/geth, where go install puts it.
func findGeth(flagged string) (string, error) {
	if flagged != "" {
		if !isFile(flagged) {
			return "", fmt.Errorf("-geth %s: no such file", flagged)
		}
		return flagged, nil
	}
	if p, err := exec.LookPath("geth"); err == nil {
		return p, nil
	}
	gopath := os.Getenv("GOPATH")
	if gopath == "" {
		if out, err := exec.Command("go", "env", "GOPATH").Output(); err == nil {
			gopath = strings.TrimSpace(string(out))
		}
	}
	for _, p := range filepath.SplitList(gopath) {
		if bin := filepath.Join(p, "bin", "geth"); isFile(bin) {
			return bin, nil
		}
	}
	return "", ErrNoGeth
}

// ErrNoGeth: no geth binary was found.
var ErrNoGeth = errors.New("no geth on PATH or in GOPATH/bin: install it with go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.10, or give -geth")

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// startGeth starts an in-memory dev node that mines a block whenever a
// transaction arrives, with a block gas limit that fits the contracts'
// deployment and the longest Merkle openings, and waits for its RPC.
func (e *env) startGeth(ctx context.Context, bin string) (func(), error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	auth, err := freePort()
	if err != nil {
		return nil, err
	}
	log, err := os.Create(filepath.Join(e.dir, "geth.log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(bin, "--dev", "--dev.period", "0", "--dev.gaslimit", "60000000", "--miner.gaslimit", "60000000",
		"--http", "--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(port), "--http.api", "eth,net,web3,debug",
		"--authrpc.port", fmt.Sprint(auth), "--port", "0", "--nodiscover", "--maxpeers", "0", "--ipcdisable")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		log.Close()
		return nil, fmt.Errorf("starting %s: %w", bin, err)
	}
	stop := func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		log.Close()
	}
	e.rpc = fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Post(e.rpc, "application/json", strings.NewReader(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("geth did not answer on %s (log: %s)", e.rpc, log.Name())
		}
		time.Sleep(200 * time.Millisecond)
	}
	e.printf("geth --dev at %s", e.rpc)
	return stop, nil
}

// fund makes a key per party and sends it ether from the dev account.
func (e *env) fund(ctx context.Context) error {
	ec, err := ethclient.DialContext(ctx, e.rpc)
	if err != nil {
		return err
	}
	defer ec.Close()
	var accounts []common.Address
	if err := ec.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		return err
	}
	if len(accounts) == 0 {
		return errors.New("the dev node has no unlocked account")
	}
	for _, p := range partyKeys {
		k, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		e.keys[p] = filepath.Join(e.dir, p+".key")
		if err := crypto.SaveECDSA(e.keys[p], k); err != nil {
			return err
		}
		if e.cl[p], err = chain.Dial(ctx, e.rpc, k); err != nil {
			return err
		}
		var h common.Hash
		tx := map[string]any{"from": accounts[0], "to": e.cl[p].Addr, "value": (*hexutil.Big)(funding)}
		if err := ec.Client().CallContext(ctx, &h, "eth_sendTransaction", tx); err != nil {
			return fmt.Errorf("funding %s from the dev account: %w", p, err)
		}
		for {
			r, err := ec.TransactionReceipt(ctx, h)
			if err == nil && r != nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	return nil
}

// deploy puts ProofMarket (with the arbiter's key as its arbiter), the
// ruling verifier stub and DisputeGame on the chain.
func (e *env) deploy() error {
	a := e.cl["arbiter"]
	vaddr, tx, stub, err := bindings.DeployRulingVerifierStub(a.Opts(nil), a.Contracts)
	if _, err := a.Send("RulingVerifierStub.deploy")(tx, err); err != nil {
		return err
	}
	gaddr, tx, game, err := bindings.DeployDisputeGame(a.Opts(nil), a.Contracts, vaddr, gameBond, gameClock)
	if _, err := a.Send("DisputeGame.deploy")(tx, err); err != nil {
		return err
	}
	e.stub, e.game, e.gaddr = stub, game, gaddr
	addr, tx, m, err := bindings.DeployProofMarket(a.Opts(nil), a.Contracts, chain.MarketTerms(terms(), phaseWithin, window), a.Addr, gaddr)
	if _, err := a.Send("ProofMarket.deploy")(tx, err); err != nil {
		return err
	}
	e.maddr, e.market = addr, m
	e.printf("ProofMarket at %s, DisputeGame at %s", addr.Hex(), gaddr.Hex())
	return nil
}

// runTask starts the submitter, solver and verifier processes for task id
// together and waits for all three; they meet on the chain.
func (e *env) runTask(ctx context.Context, id int64, solver string, forge bool) (TaskReport, error) {
	e.printf("task %d: submitter, %s and verifier processes", id, solver)
	type proc struct {
		role, key string
		extra     []string
	}
	sol := proc{"solver", solver, nil}
	if forge {
		sol.extra = []string{"-forge"}
	}
	procs := []proc{{"submitter", "submitter", nil}, sol, {"verifier", "verifier", []string{"-budget", "1"}}}
	errs := make([]error, len(procs))
	var wg sync.WaitGroup
	for i, p := range procs {
		gasFile := filepath.Join(e.dir, fmt.Sprintf("gas-%d-%s.json", id, p.key))
		args := append([]string{"-role", p.role, "-rpc", e.rpc, "-key", e.keys[p.key], "-store", e.store,
			"-market", e.maddr.Hex(), "-task", fmt.Sprint(id), "-gas", gasFile}, p.extra...)
		cmd := exec.CommandContext(ctx, e.node, args...)
		cmd.Stdout, cmd.Stderr = e.logFile, e.logFile
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := cmd.Run(); err != nil {
				errs[i] = fmt.Errorf("task %d: %s process: %w", id, p.role, err)
				return
			}
			errs[i] = e.mergeGas(gasFile)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return TaskReport{}, err
	}
	t, err := e.market.GetTask(e.cl["arbiter"].Call(), big.NewInt(id))
	if err != nil {
		return TaskReport{}, err
	}
	return TaskReport{ID: id, Solver: solver, Root: t.ProofRoot, Accepted: t.Accepted, Phase: t.Phase, Dispute: t.Dispute.Int64()}, nil
}

// mergeGas adds a node process's gas figures to the run's.
func (e *env) mergeGas(file string) error {
	raw, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var calls map[string][]uint64
	if err := json.Unmarshal(raw, &calls); err != nil {
		return err
	}
	for name, gs := range calls {
		for _, g := range gs {
			e.gas.Add(name, g)
		}
	}
	return nil
}

// dispute plays the Go arbitration game between the forged bundle (the
// cheating solver's) and the honest one (the challenger's reference, the
// same task trained honestly), then sends both sides' recorded answers as
// DisputeGame transactions with their own keys, proves the ruling through
// the stub verifier and reports the winner to ProofMarket.
func (e *env) dispute(ctx context.Context, cheat, honest TaskReport) (*DisputeReport, error) {
	task, data, err := tinyTask()
	if err != nil {
		return nil, err
	}
	sb, err := arbitration.OpenBundle(filepath.Join(e.store, hex.EncodeToString(cheat.Root[:])), task)
	if err != nil {
		return nil, err
	}
	cb, err := arbitration.OpenBundle(filepath.Join(e.store, hex.EncodeToString(honest.Root[:])), task)
	if err != nil {
		return nil, err
	}
	c, err := arbitration.CaseFromBundles(task, data.Train, sb, cb)
	if err != nil {
		return nil, err
	}
	sp, cp, err := arbitration.NewPlayers(c, data.Train, sb, cb)
	if err != nil {
		return nil, err
	}
	rs, rc := chain.NewRecorder(sp), chain.NewRecorder(cp)
	res, err := arbitration.Play(ctx, c, rs, rc)
	if err != nil {
		return nil, err
	}
	d := &DisputeReport{Segment: c.Segment, FromStep: c.FromStep, ToStep: c.ToStep, Step: res.Step, Node: res.Node,
		NodeName: res.NodeName, Rounds: res.Rounds, MaxRounds: res.MaxRounds, GoWinner: string(res.Winner)}
	e.printf("dispute: segment %d (steps %d→%d), the Go game pinned step %d operator %d (%s) in %d rounds; winner %s",
		c.Segment, c.FromStep, c.ToStep, res.Step, res.Node, res.NodeName, res.Rounds, res.Winner)

	nodes, err := train.StepNodes(task, res.Step)
	if err != nil {
		return d, err
	}
	startNodes, err := train.StepNodes(task, c.FromStep)
	if err != nil {
		return d, err
	}
	if fmt.Sprint(chain.StateWriters(startNodes)) != fmt.Sprint(chain.StateWriters(nodes)) {
		return d, fmt.Errorf("step %d's graph differs from step %d's: the contract takes one graph per game", res.Step, c.FromStep)
	}
	sol, ch := e.cl["cheater"], e.cl["verifier"]
	n, err := e.game.GameCount(ch.Call())
	if err != nil {
		return d, err
	}
	id := n.Add(n, big.NewInt(1))
	if _, err := ch.Send("openGame")(e.market.OpenGame(ch.Opts(nil), big.NewInt(cheat.Dispute), big.NewInt(int64(c.Segment)), chain.CaseSpec(c, nodes))); err != nil {
		return d, fmt.Errorf("%w (%s)", err, chain.RevertError(err, chain.MarketABI()))
	}
	d.Transactions++
	ms, mc := rs.Moves(e.game, id, nodes), rc.Moves(e.game, id, nodes)
	if len(ms) != res.Rounds || len(mc) != res.Rounds {
		return d, fmt.Errorf("recorded %d and %d moves for %d rounds", len(ms), len(mc), res.Rounds)
	}
	for r := range ms {
		if _, err := sol.Send("DisputeGame." + ms[r].Name)(ms[r].Send(sol.Opts(nil))); err != nil {
			return d, fmt.Errorf("round %d, solver: %w (%s)", r, err, chain.RevertError(err, chain.GameABI()))
		}
		if _, err := ch.Send("DisputeGame." + mc[r].Name)(mc[r].Send(ch.Opts(nil))); err != nil {
			return d, fmt.Errorf("round %d, challenger: %w (%s)", r, err, chain.RevertError(err, chain.GameABI()))
		}
		d.Transactions += 2
	}
	st, err := e.game.Status(ch.Call(), id)
	if err != nil {
		return d, err
	}
	d.ChainRounds, d.ChainNode = st.Rounds, st.Lo
	if st.Phase != chain.PhaseRuling || int(st.Lo) != res.Node {
		return d, fmt.Errorf("the contract is in phase %d at operator %d; the Go game pinned operator %d", st.Phase, st.Lo, res.Node)
	}
	// The ruling: the stub stands where a proof verifier goes and accepts a
	// proof against the solver's output exactly when the Go arbiter found
	// that output wrong.
	input, err := e.game.RulingInput(ch.Call(), id)
	if err != nil {
		return d, err
	}
	solverWrong := !res.Verdict.Checks[arbitration.PartySolver].Valid
	a := e.cl["arbiter"]
	if _, err := a.Send("RulingVerifierStub.setAccepts")(e.stub.SetAccepts(a.Opts(nil), input, solverWrong)); err != nil {
		return d, err
	}
	if !solverWrong {
		return d, fmt.Errorf("the Go arbiter found the forged bundle's output right: %s", res.Detail)
	}
	var proof [8]*big.Int
	for i := range proof {
		proof[i] = big.NewInt(int64(i + 1))
	}
	if _, err := ch.Send("DisputeGame.proveSolverWrong")(e.game.ProveSolverWrong(ch.Opts(nil), id, proof)); err != nil {
		return d, err
	}
	d.Transactions++
	if st, err = e.game.Status(ch.Call(), id); err != nil {
		return d, err
	}
	if st.Phase != chain.PhaseOver {
		return d, fmt.Errorf("the game is in phase %d after the ruling", st.Phase)
	}
	winner := arbitration.PartySolver
	if st.Winner == chain.SideChallenger {
		winner = arbitration.PartyChallenger
	}
	d.ChainWinner = string(winner)
	// Anyone pays the game's result out in the market (here the submitter,
	// no party to the game): the challenger (the verifier that rejected)
	// won, so the solver is slashed.
	if _, err := e.cl["submitter"].Send("settleByGame")(e.market.SettleByGame(e.cl["submitter"].Opts(nil), big.NewInt(cheat.Dispute), id)); err != nil {
		return d, fmt.Errorf("%w (%s)", err, chain.RevertError(err, chain.MarketABI()))
	}
	e.printf("dispute: %d transactions; DisputeGame pinned operator %d in %d rounds, winner %s; reported to ProofMarket", d.Transactions, st.Lo, st.Rounds, winner)
	return d, nil
}

// finalize pays the honest task once its challenge window has passed. A
// dev node mines only on demand, so the block clock moves with the
// transactions: until the window has passed, each try is refused while
// estimating gas.
func (e *env) finalize(ctx context.Context, id *big.Int) error {
	a := e.cl["arbiter"]
	for {
		_, err := a.Send("finalize")(e.market.Finalize(a.Opts(nil), id))
		if err == nil {
			return nil
		}
		if chain.RevertError(err, chain.MarketABI()) != "DeadlineNotPassed" {
			return fmt.Errorf("%w (%s)", err, chain.RevertError(err, chain.MarketABI()))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
		if err := a.Poke(ctx); err != nil {
			return err
		}
	}
}

// withdrawAll pulls every party's free balance out of the market and the
// game.
func (e *env) withdrawAll() error {
	for _, p := range partyKeys {
		cl := e.cl[p]
		free, err := e.market.FreeOf(cl.Call(), cl.Addr)
		if err != nil {
			return err
		}
		if free.Sign() > 0 {
			if _, err := cl.Send("withdraw")(e.market.Withdraw(cl.Opts(nil))); err != nil {
				return err
			}
		}
		owed, err := e.game.Withdrawable(cl.Call(), cl.Addr)
		if err != nil {
			return err
		}
		if owed.Sign() > 0 {
			if _, err := cl.Send("DisputeGame.withdraw")(e.game.Withdraw(cl.Opts(nil))); err != nil {
				return err
			}
		}
	}
	return nil
}

// fees sums, per sender, the fees of every transaction on the chain: gas
// used times the price paid.
func (e *env) fees(ctx context.Context) (map[common.Address]*big.Int, error) {
	ec := e.cl["arbiter"].Eth
	head, err := ec.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	id, err := ec.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(id)
	out := map[common.Address]*big.Int{}
	for n := uint64(1); n <= head; n++ {
		b, err := ec.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return nil, err
		}
		for _, tx := range b.Transactions() {
			from, err := types.Sender(signer, tx)
			if err != nil {
				return nil, err
			}
			r, err := ec.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, err
			}
			f := new(big.Int).Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
			if out[from] == nil {
				out[from] = new(big.Int)
			}
			out[from].Add(out[from], f)
		}
	}
	return out, nil
}

func tinyTask() (*prooflearn.Task, *dataset.Split, error) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	if err != nil {
		return nil, nil, err
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		return nil, nil, err
	}
	data, err := dataset.Embedded()
	return task, data, err
}
