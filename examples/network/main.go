// Command network runs prooflearn's parties as separate processes against a
// real chain: it starts a local geth --dev node (in memory, mining each
// transaction as it arrives), funds a fresh key per party from the dev
// account, deploys ProofMarket, DisputeGame and its ruling verifiers (the
// arbiter's RulingByArbiter and the chunk ruling's adapter), and runs
// examples/node for every party through five tasks; the first two:
//
//  1. an honest solver: posted, claimed, trained, verified, accepted and,
//     after the challenge window, paid;
//  2. a cheating solver that nudged one weight of a middle checkpoint and
//     recommitted every leaf and the root: the verifier rejects it, which
//     opens a dispute; the two-level game pins it to one operator of one
//     step and the loser is slashed.
//
// The dispute is played by two processes, the cheating solver's node and
// the rejecting verifier's (-role challenger): the challenger opens the
// market's DisputeGame on the segment it finds, each reads every round
// from the contract and answers with its own arbitration player and key,
// and the winner pays the game's result out in ProofMarket (settleByGame).
// Every dispute adds an arbiter process, the only holder of the arbiter's
// key: it re-executes the operator the game pinned and attests the ruling
// when the solver's output is wrong, which the challenger then proves with
// (the float-mode games). A fixed-mode dispute adds a registrar process, the
// only holder of the game's registrar key: it sets up, publishes and
// registers the chunk circuit the game ends on, which the challenger proves
// with.
//
// The fifth task's solver (-lie layer0.xw) lies consistently at the first
// layer's product x·W1 in its last segment: the verifier rejects the final
// segment, the graph level pins the product, the registrar registers and
// publishes the product's slice and rounding circuits, the sides bisect its
// partial products on-chain (openInner, commitPartials, openPartial) and
// the challenger wins by a slice proof with the registrar's keys
// (proveSliceWrong); the arbiter, which waits for the registrar, attests
// nothing.
// This process only starts the parties and waits; afterwards it audits the
// on-chain game against the Go game on the same bundles.
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
	"github.com/prooflearn/prooflearn/examples/internal/lie"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/settlement"
	"github.com/prooflearn/prooflearn/testdata"
	"github.com/prooflearn/prooflearn/zkruling"
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
	window      = 60 * time.Second
	gameClock   = 3600
)

var (
	ether     = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	funding   = new(big.Int).Mul(big.NewInt(10), ether)
	gameBond  = big.NewInt(int64(terms().Bond))
	partyKeys = []string{"arbiter", "registrar", "submitter", "solver", "cheater", "liar", "forger", "verifier", "lazy", "whistleblower", "productliar"}
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
	Geth    string         `json:"geth"`
	Market  common.Address `json:"market"`
	Game    common.Address `json:"dispute_game"`
	Tasks   []TaskReport   `json:"tasks"`
	Dispute *DisputeReport `json:"dispute,omitempty"`
	// ZKDispute is the fixed-mode task's dispute, whose ruling is a gnark
	// proof checked on-chain (DisputeGame.proveChunkWrong).
	ZKDispute *DisputeReport `json:"zk_dispute,omitempty"`
	Ruling    *RulingReport  `json:"zk_ruling,omitempty"`
	// Whistle is the dispute a whistleblower opened on a forged bundle a
	// lazy verifier accepted.
	Whistle *WhistleReport `json:"whistleblower,omitempty"`
	// Inner is the dispute of a fixed-mode solver that lied at a product:
	// played on to the product's inner level and ruled by a slice proof.
	Inner   *InnerReport    `json:"inner_dispute,omitempty"`
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
	Game         int64  `json:"game"`
	TimedOut     bool   `json:"timed_out"`
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
	// Ruling is how the challenger proved the solver wrong: "arbiter"
	// (proveSolverWrong on the arbiter's attestation), "chunk proof"
	// (proveChunkWrong), "slice proof" (proveSliceWrong, on the inner
	// level), or "" (none: the game ended otherwise).
	Ruling string `json:"ruling"`
	// InnerRounds are the on-chain rounds past the graph level the Go
	// audit plays (openInner's, the partials' commitments and openings), 0
	// when the game did not reach a product's inner level.
	InnerRounds int `json:"inner_rounds,omitempty"`
	// AttestGas is the gas of the arbiter's attestation
	// (RulingByArbiter.attest) for this game, 0 when it attested nothing.
	AttestGas uint64 `json:"attest_gas,omitempty"`
}

// RulingReport is the proven ruling of the fixed-mode dispute, as the
// challenger's process wrote it (examples/node -ruling-report), with the
// gas of its on-chain check.
type RulingReport struct {
	chain.RulingReport
	// Gas of proveChunkWrong (the adapter's leaf checks and the pairing),
	// of the verifier's deployment and of its registration.
	RulingGas   uint64 `json:"ruling_gas"`
	DeployGas   uint64 `json:"verifier_deploy_gas"`
	RegisterGas uint64 `json:"register_gas"`
}

// InnerReport is the dispute the inner level ruled: the game, how many of
// its rounds the inner level played, the registrar's setup of the slice and
// rounding circuits, and the gas of the inner level's calls.
type InnerReport struct {
	Task         int64          `json:"task"`
	Dispute      *DisputeReport `json:"dispute"`
	SetupSeconds float64        `json:"setup_seconds"`
	RegisterGas  uint64         `json:"register_slice_circuit_gas"`
	SliceDeploy  uint64         `json:"slice_verifier_deploy_gas"`
	RoundDeploy  uint64         `json:"round_verifier_deploy_gas"`
	OpenInnerGas uint64         `json:"open_inner_gas"`
	// CommitPartialsGas holds both sides' commitPartials.
	CommitPartialsGas []uint64 `json:"commit_partials_gas"`
	OpenPartialMin    uint64   `json:"open_partial_min_gas"`
	OpenPartialMax    uint64   `json:"open_partial_max_gas"`
	OpenPartials      int      `json:"open_partials"`
	SliceRulingGas    uint64   `json:"prove_slice_wrong_gas"`
}

// WhistleReport is the whistleblower's dispute: the game it played as the
// challenger, and whether the market slashed the verifier that had passed
// the segment.
type WhistleReport struct {
	Task            int64          `json:"task"`
	Dispute         *DisputeReport `json:"dispute"`
	VerifierSlashed bool           `json:"verifier_slashed"`
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
	start   time.Time
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
	ruling  *bindings.RulingByArbiter
	gameTxs int // game transactions counted by the disputes reported so far
	// rulings counts, by call name, the rulings reported so far
	// (DisputeGame.proveSolverWrong, DisputeGame.proveChunkWrong,
	// RulingByArbiter.attest).
	rulings map[string]int
	// bg are the node processes left running past their task: honest
	// solvers watching their challenge window.
	bg      sync.WaitGroup
	bgErrs  []error
	bgMu    sync.Mutex
	logMu   sync.Mutex
	logFile *os.File
}

func run(ctx context.Context, c config) (*Report, error) {
	start := time.Now()
	gethBin, err := findGeth(c.geth)
	if err != nil {
		return nil, err
	}
	// The fixed-mode dispute's challenger compiles its circuit's verifier.
	if _, err := zkruling.FindSolc(); err != nil {
		return nil, err
	}
	dir := c.dir
	if dir == "" {
		if dir, err = os.MkdirTemp("", "prooflearn-network-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
	}
	e := &env{start: start, cfg: c, dir: dir, store: filepath.Join(dir, "store"), gas: chain.NewGasReport(),
		keys: map[string]string{}, cl: map[string]*chain.Client{}, rulings: map[string]int{}, logFile: c.log}
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
	honest, err := e.runTask(ctx, 1, taskSpec{solver: "solver"})
	if err != nil {
		return rep, err
	}
	rep.Tasks = append(rep.Tasks, honest)
	// 2. The cheating solver's task.
	cheat, err := e.runTask(ctx, 2, taskSpec{solver: "cheater", forge: true})
	if err != nil {
		return rep, err
	}
	if cheat.Accepted || cheat.Dispute == 0 {
		rep.Tasks = append(rep.Tasks, cheat)
		return rep, fmt.Errorf("the forged bundle was accepted")
	}
	rep.Dispute, err = e.dispute(ctx, cheat, "", "")
	if err != nil {
		return rep, err
	}
	// 3. A fixed-mode task trained at a lied learning rate: its dispute is
	// ruled by a gnark proof the DisputeGame checks.
	rulingFile := filepath.Join(e.dir, "ruling-3.json")
	lie, err := e.runTask(ctx, 3, taskSpec{solver: "liar", taskFile: "tiny-fixed", attack: "hparam-lie", rulingReport: rulingFile, sampled: true})
	if err != nil {
		return rep, err
	}
	if lie.Accepted || lie.Dispute == 0 {
		rep.Tasks = append(rep.Tasks, cheat, lie)
		return rep, fmt.Errorf("the lied fixed-mode bundle was accepted")
	}
	if rep.Ruling, err = e.rulingReport(rulingFile); err != nil {
		return rep, err
	}
	if rep.ZKDispute, err = e.dispute(ctx, lie, rep.Ruling.Reference, ""); err != nil {
		return rep, err
	}
	// 4. A forged bundle a lazy verifier accepts unchecked; a whistleblower
	// replays it, disputes it inside the challenge window and plays the
	// game against the solver's node, which stayed up to defend.
	blown, err := e.runTask(ctx, 4, taskSpec{solver: "forger", forge: true, verifier: "lazy", whistleblower: true})
	if err != nil {
		return rep, err
	}
	if !blown.Accepted || blown.Dispute == 0 {
		rep.Tasks = append(rep.Tasks, cheat, lie, blown)
		return rep, fmt.Errorf("task 4: accepted %v, dispute %d: the lazy verifier's acceptance was not disputed", blown.Accepted, blown.Dispute)
	}
	rep.Whistle = &WhistleReport{Task: blown.ID}
	if rep.Whistle.Dispute, err = e.dispute(ctx, blown, "", ""); err != nil {
		return rep, err
	}
	// 5. A fixed-mode solver that lies at the first layer's product x·W1 in
	// its last segment, consistently: the game pins the product, the
	// registrar registers its slice circuit, the sides bisect its partial
	// products on-chain and a slice proof rules.
	const lieAt = "layer0.xw"
	prod, err := e.runTask(ctx, 5, taskSpec{solver: "productliar", taskFile: "tiny-fixed", lie: lieAt, sampled: true})
	if err != nil {
		return rep, err
	}
	if prod.Accepted || prod.Dispute == 0 {
		rep.Tasks = append(rep.Tasks, cheat, lie, blown, prod)
		return rep, fmt.Errorf("task 5: accepted %v, dispute %d: the lie at %s was not disputed", prod.Accepted, prod.Dispute, lieAt)
	}
	rep.Inner = &InnerReport{Task: prod.ID}
	if rep.Inner.Dispute, err = e.dispute(ctx, prod, "", lieAt); err != nil {
		return rep, err
	}
	if err := e.innerReport(rep.Inner); err != nil {
		return rep, err
	}
	// 6. Settlement: the honest task after its challenge window (its
	// solver's node watched the window and leaves once it is paid), then
	// every party withdraws what the market and the game owe it.
	if err := e.finalize(ctx, big.NewInt(honest.ID)); err != nil {
		return rep, err
	}
	e.bg.Wait()
	if err := errors.Join(e.bgErrs...); err != nil {
		return rep, err
	}
	rep.Tasks = rep.Tasks[:0]
	for _, t := range []TaskReport{honest, cheat, lie, blown, prod} {
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
	case rep.Dispute.Ruling != "arbiter" || rep.Dispute.AttestGas == 0:
		return rep, fmt.Errorf("the float-mode dispute was ruled by %q (attestation %d gas), not by the arbiter's attestation", rep.Dispute.Ruling, rep.Dispute.AttestGas)
	case rep.Tasks[2].Phase != chain.TaskSlashed:
		return rep, fmt.Errorf("the lied fixed-mode task ended in phase %d, not Slashed", rep.Tasks[2].Phase)
	case rep.ZKDispute.ChainWinner != string(arbitration.PartyChallenger) || rep.ZKDispute.GoWinner != rep.ZKDispute.ChainWinner || rep.ZKDispute.TimedOut:
		return rep, fmt.Errorf("fixed-mode dispute winner: %s on-chain (by the clock: %v), %s in Go", rep.ZKDispute.ChainWinner, rep.ZKDispute.TimedOut, rep.ZKDispute.GoWinner)
	case rep.Ruling.RulingGas == 0:
		return rep, errors.New("the fixed-mode dispute was not decided by proveChunkWrong")
	case rep.ZKDispute.Ruling != "chunk proof" || rep.ZKDispute.AttestGas != 0:
		return rep, fmt.Errorf("the fixed-mode dispute was ruled by %q (attestation %d gas), not by its chunk proof alone", rep.ZKDispute.Ruling, rep.ZKDispute.AttestGas)
	case rep.Tasks[3].Phase != chain.TaskSlashed || rep.Whistle.Dispute.ChainWinner != string(arbitration.PartyChallenger) || rep.Whistle.Dispute.TimedOut || rep.Whistle.Dispute.Ruling != "arbiter":
		return rep, fmt.Errorf("the whistleblower's dispute: task phase %d, winner %s (by the clock: %v, ruling %q)", rep.Tasks[3].Phase, rep.Whistle.Dispute.ChainWinner, rep.Whistle.Dispute.TimedOut, rep.Whistle.Dispute.Ruling)
	}
	if in := rep.Inner; rep.Tasks[4].Phase != chain.TaskSlashed || in.Dispute.ChainWinner != string(arbitration.PartyChallenger) || in.Dispute.TimedOut ||
		in.Dispute.Ruling != "slice proof" || in.Dispute.AttestGas != 0 || in.Dispute.NodeName != lieAt || in.SliceRulingGas == 0 || in.RegisterGas == 0 || in.Dispute.InnerRounds <= 0 {
		return rep, fmt.Errorf("the product lie's dispute: task phase %d, winner %s (by the clock: %v), ruling %q (attestation %d gas), operator %q, proveSliceWrong %d gas, registerSliceCircuit %d gas, %d inner rounds",
			rep.Tasks[4].Phase, in.Dispute.ChainWinner, in.Dispute.TimedOut, in.Dispute.Ruling, in.Dispute.AttestGas, in.Dispute.NodeName, in.SliceRulingGas, in.RegisterGas, in.Dispute.InnerRounds)
	}
	st4, err := e.market.GetTask(e.cl["arbiter"].Call(), big.NewInt(blown.ID))
	if err != nil {
		return rep, err
	}
	if rep.Whistle.VerifierSlashed = st4.VerifierSlashed; !st4.VerifierSlashed {
		return rep, errors.New("the lazy verifier that passed the forged segment was not slashed")
	}
	rep.Outcome = "the honest solver was paid; the forged proof was rejected, pinned to one operator and slashed on the arbiter's attestation; the lied fixed-mode proof was slashed by a gnark proof checked on-chain; a whistleblower slashed a forged proof and the lazy verifier that passed it; a lie at a product was bisected over its partial products on-chain and slashed by a slice proof"
	e.printf("done in %.1fs: %s", rep.Seconds, rep.Outcome)
	return rep, nil
}

func (e *env) printf(format string, args ...any) {
	e.logMu.Lock()
	defer e.logMu.Unlock()
	fmt.Fprintf(e.logFile, "network: [%5.1fs] %s\n", time.Since(e.start).Seconds(), fmt.Sprintf(format, args...))
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

// deploy puts the contracts on the chain: RulingByArbiter (its arbiter the
// arbiter's key, which deploys it), the chunk ruling's adapter and
// DisputeGame (deployed by the registrar's key, so the registrar of the
// chunk circuits' verifiers) and ProofMarket (the arbiter's key its
// arbiter, for disputes no game plays).
func (e *env) deploy() error {
	a := e.cl["arbiter"]
	r := e.cl["registrar"]
	vaddr, tx, ruling, err := bindings.DeployRulingByArbiter(a.Opts(nil), a.Contracts, a.Addr)
	if _, err := a.Send("RulingByArbiter.deploy")(tx, err); err != nil {
		return err
	}
	zaddr, tx, _, err := bindings.DeployRulingVerifierZK(r.Opts(nil), r.Contracts)
	if _, err := r.Send("RulingVerifierZK.deploy")(tx, err); err != nil {
		return err
	}
	gaddr, tx, game, err := bindings.DeployDisputeGame(r.Opts(nil), r.Contracts, vaddr, zaddr, gameBond, gameClock)
	if _, err := r.Send("DisputeGame.deploy")(tx, err); err != nil {
		return err
	}
	e.ruling, e.game, e.gaddr = ruling, game, gaddr
	addr, tx, m, err := bindings.DeployProofMarket(a.Opts(nil), a.Contracts, chain.MarketTerms(terms(), phaseWithin, window), a.Addr, gaddr)
	if _, err := a.Send("ProofMarket.deploy")(tx, err); err != nil {
		return err
	}
	e.maddr, e.market = addr, m
	e.printf("ProofMarket at %s, DisputeGame at %s, RulingByArbiter at %s", addr.Hex(), gaddr.Hex(), vaddr.Hex())
	return nil
}

// runTask starts the submitter, solver and verifier processes for task id
// together and waits for all three; they meet on the chain.
// taskSpec is one task of the run: its solver's key, whether and how that
// solver cheats, and the shipped task file every party runs.
type taskSpec struct {
	solver       string
	forge        bool   // nudge one weight of a middle checkpoint
	attack       string // commit spoof's forgery of this name
	lie          string // lie consistently at this product (-lie)
	taskFile     string // testdata/tasks/NAME.json (default tiny)
	rulingReport string // where the challenger writes its proven ruling
	verifier     string // the verifier's key (default verifier)
	// sampled: the verifier replays its default budget, not every step (a
	// learning-rate lie shows in every segment).
	sampled bool
	// whistleblower: the verifier is lazy (-lazy) and a whistleblower
	// process watches the task.
	whistleblower bool
}

func (e *env) runTask(ctx context.Context, id int64, spec taskSpec) (TaskReport, error) {
	solver := spec.solver
	taskFile := spec.taskFile
	if taskFile == "" {
		taskFile = "tiny"
	}
	e.printf("task %d (%s): submitter, %s and verifier processes", id, taskFile, solver)
	type proc struct {
		role, key string
		extra     []string
	}
	sol := proc{"solver", solver, nil}
	if spec.forge {
		sol.extra = []string{"-forge"}
	}
	if spec.attack != "" {
		sol.extra = append(sol.extra, "-attack", spec.attack)
	}
	if spec.lie != "" {
		sol.extra = append(sol.extra, "-lie", spec.lie)
	}
	ver := proc{"verifier", "verifier", []string{"-budget", "1"}}
	if spec.verifier != "" {
		ver.key = spec.verifier
	}
	if spec.whistleblower {
		ver.extra = []string{"-lazy"}
	} else if spec.sampled {
		ver.extra = nil
	}
	procs := []proc{{"submitter", "submitter", nil}, sol, ver}
	disputed := spec.whistleblower || spec.forge || spec.attack != "" || spec.lie != ""
	if spec.whistleblower {
		procs = append(procs, proc{"whistleblower", "whistleblower", []string{"-budget", "1"}})
	} else if disputed {
		// The rejecting verifier's side of the dispute, a process of its
		// own, holding no key but its own.
		ch := proc{"challenger", "verifier", nil}
		if spec.rulingReport != "" {
			ch.extra = append(ch.extra, "-ruling-report", spec.rulingReport)
		}
		procs = append(procs, ch)
		if fixed, err := fixedMode(taskFile); err != nil {
			return TaskReport{}, err
		} else if fixed {
			// A fixed-mode game ends on a chunk circuit: the registrar
			// sets it up, publishes its keys and registers its verifier.
			procs = append(procs, proc{"registrar", "registrar", nil})
		}
	}
	if disputed {
		// The arbiter rules what no circuit proves: it attests a ruling its
		// own re-execution establishes (the float-mode games), and leaves a
		// registered circuit's game to its proof.
		procs = append(procs, proc{"arbiter", "arbiter", nil})
	}
	errs := make([]error, len(procs))
	var wg sync.WaitGroup
	for i, p := range procs {
		gasFile := filepath.Join(e.dir, fmt.Sprintf("gas-%d-%s-%s.json", id, p.role, p.key))
		args := append([]string{"-role", p.role, "-rpc", e.rpc, "-key", e.keys[p.key], "-store", e.store,
			"-market", e.maddr.Hex(), "-task", fmt.Sprint(id), "-task-file", taskFile, "-gas", gasFile}, p.extra...)
		cmd := exec.CommandContext(ctx, e.node, args...)
		cmd.Stdout, cmd.Stderr = e.logFile, e.logFile
		if p.role == "solver" && !disputed {
			// An honest solver's node stays up through the challenge
			// window, to defend against a whistleblower; the run goes on
			// and collects it before the payout.
			e.bg.Add(1)
			go func() {
				defer e.bg.Done()
				err := cmd.Run()
				if err == nil {
					err = e.mergeGas(gasFile)
				}
				if err != nil {
					e.bgMu.Lock()
					e.bgErrs = append(e.bgErrs, fmt.Errorf("task %d: %s process: %w", id, p.role, err))
					e.bgMu.Unlock()
				}
			}()
			continue
		}
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
	r := TaskReport{ID: id, Solver: solver, Root: t.ProofRoot, Accepted: t.Accepted, Phase: t.Phase, Dispute: t.Dispute.Int64()}
	if r.Dispute == 0 {
		// A dispute the processes played out is closed: find it by its task.
		n, err := e.market.DisputeCount(e.cl["arbiter"].Call())
		if err != nil {
			return r, err
		}
		for did := n.Int64(); did > 0 && r.Dispute == 0; did-- {
			d, err := e.market.Disputes(e.cl["arbiter"].Call(), big.NewInt(did))
			if err != nil {
				return r, err
			}
			if d.Task.Int64() == id {
				r.Dispute = did
			}
		}
	}
	return r, nil
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

// dispute reads the cheating task's dispute as the two node processes left
// it: the game the challenger opened and both played, each side from the
// contract's state with its own player and key, and the market's payout.
// It then audits the game against the Go game played here on the same two
// bundles from the store (nothing of the audit is sent to the chain).
//
// ref is the root of the challenger's own bundle in the store for an exact
// task (its claim), empty for a tolerant one (the honest replay). liedAt is
// the product a lying solver lied at (-lie), whose lying player the audit
// fields for the solver; the audit then plays the graph level only, and
// the on-chain rounds past it are the inner level's.
func (e *env) dispute(ctx context.Context, cheat TaskReport, ref, liedAt string) (*DisputeReport, error) {
	a := e.cl["arbiter"]
	md, err := e.market.Disputes(a.Call(), big.NewInt(cheat.Dispute))
	if err != nil {
		return nil, err
	}
	if md.Game.Sign() == 0 || !md.Settled {
		return nil, fmt.Errorf("dispute %d: game %v, settled %v: the processes did not play it out", cheat.Dispute, md.Game, md.Settled)
	}
	st, err := e.game.Status(a.Call(), md.Game)
	if err != nil {
		return nil, err
	}
	out, err := e.game.Outcome(a.Call(), md.Game)
	if err != nil {
		return nil, err
	}
	k, err := e.game.CaseOf(a.Call(), md.Game)
	if err != nil {
		return nil, err
	}
	d := &DisputeReport{Game: md.Game.Int64(), Segment: int(md.Segment.Int64()), FromStep: int(k.FromStep), ToStep: int(k.FromStep) + int(k.Steps),
		ChainRounds: st.Rounds, ChainNode: st.Lo, ChainWinner: string(arbitration.PartySolver), TimedOut: out.TimedOut}
	if st.Winner == chain.SideChallenger {
		d.ChainWinner = string(arbitration.PartyChallenger)
	}
	// The game transactions so far, less those of the disputes before.
	total := 0
	for name, gs := range e.gas.Calls() {
		if name == "openGame" || strings.HasPrefix(name, "DisputeGame.") && name != "DisputeGame.deploy" && name != "DisputeGame.registerChunkCircuit" && name != "DisputeGame.registerSliceCircuit" {
			total += len(gs)
		}
	}
	d.Transactions, e.gameTxs = total-e.gameTxs, total
	// The ruling this game ended by, and the arbiter's attestation for it.
	calls := e.gas.Calls()
	for name, ruling := range map[string]string{"DisputeGame.proveSolverWrong": "arbiter", "DisputeGame.proveChunkWrong": "chunk proof", "DisputeGame.proveSliceWrong": "slice proof"} {
		if n := len(calls[name]); n > e.rulings[name] {
			d.Ruling, e.rulings[name] = ruling, n
		}
	}
	if gs := calls["RulingByArbiter.attest"]; len(gs) > e.rulings["RulingByArbiter.attest"] {
		d.AttestGas, e.rulings["RulingByArbiter.attest"] = gs[len(gs)-1], len(gs)
	}
	e.printf("dispute: game %v on segment %d (steps %d→%d), %d rounds, operator %d, winner %s (by the clock: %v, ruling: %q, attestation %d gas), %d game transactions",
		md.Game, d.Segment, d.FromStep, d.ToStep, st.Rounds, st.Lo, d.ChainWinner, out.TimedOut, d.Ruling, d.AttestGas, d.Transactions)

	// The audit: the Go game on the same bundles, with the task the chain
	// posted and the seed it revealed.
	_, data, err := tinyTask()
	if err != nil {
		return d, err
	}
	t, err := e.market.GetTask(a.Call(), big.NewInt(cheat.ID))
	if err != nil {
		return d, err
	}
	task, err := prooflearn.ReadTask(filepath.Join(e.store, "tasks", hex.EncodeToString(t.TaskHash[:])+".json"))
	if err != nil {
		return d, err
	}
	if task, err = chain.SeededTask(task, t.Seed); err != nil {
		return d, err
	}
	sb, err := arbitration.OpenBundle(filepath.Join(e.store, hex.EncodeToString(cheat.Root[:])), task)
	if err != nil {
		return d, err
	}
	var c *arbitration.Case
	var sp, cp *arbitration.ReplayPlayer
	if liedAt != "" {
		// The liar's claim is its lying replay's; the challenger's, the
		// honest replay from the agreed start (in fixed mode, what any
		// honest bundle of the task holds).
		start, err := sb.Checkpoint(d.Segment)
		if err != nil {
			return d, err
		}
		if c, err = chain.GameCase(a.Call(), e.game, md.Game, task, d.Segment, start); err != nil {
			return d, err
		}
		if sp, err = lie.Player(c, data.Train, sb, liedAt); err != nil {
			return d, err
		}
		if cp, err = arbitration.NewSeedPlayer(c, data.Train); err != nil {
			return d, err
		}
	} else {
		rb := sb
		if ref != "" {
			if rb, err = arbitration.OpenBundle(filepath.Join(e.store, ref), task); err != nil {
				return d, err
			}
		}
		if c, err = arbitration.CaseFromBundles(task, data.Train, sb, rb); err != nil {
			return d, err
		}
		if sp, cp, err = arbitration.NewPlayers(c, data.Train, sb, rb); err != nil {
			return d, err
		}
	}
	res, err := arbitration.Play(ctx, c, sp, cp)
	if err != nil {
		return d, err
	}
	d.Step, d.Node, d.NodeName, d.Rounds, d.MaxRounds, d.GoWinner = res.Step, res.Node, res.NodeName, res.Rounds, res.MaxRounds, string(res.Winner)
	e.printf("audit: the Go game on the same bundles pinned step %d operator %d (%s) in %d rounds; winner %s", res.Step, res.Node, res.NodeName, res.Rounds, res.Winner)
	rounds := int(st.Rounds)
	if liedAt != "" && rounds > res.Rounds {
		rounds = res.Rounds // the rest are the inner level's
		d.InnerRounds = int(st.Rounds) - res.Rounds
	}
	if c.Segment != d.Segment || res.Node != int(st.Lo) || res.Rounds != rounds || string(res.Winner) != d.ChainWinner {
		return d, fmt.Errorf("the on-chain game (segment %d, operator %d, %d rounds, %s) is not the Go game's (segment %d, operator %d, %d rounds, %s)",
			d.Segment, st.Lo, st.Rounds, d.ChainWinner, c.Segment, res.Node, res.Rounds, res.Winner)
	}
	return d, nil
}

// innerReport fills the inner dispute's figures: the gas of the inner
// level's calls (the run's only ones) and the registrar's published setup
// time.
func (e *env) innerReport(r *InnerReport) error {
	calls := e.gas.Calls()
	last := func(name string) uint64 {
		if gs := calls[name]; len(gs) > 0 {
			return gs[len(gs)-1]
		}
		return 0
	}
	r.RegisterGas, r.SliceDeploy, r.RoundDeploy = last("DisputeGame.registerSliceCircuit"), last("deploy slice verifier"), last("deploy round verifier")
	r.OpenInnerGas, r.SliceRulingGas = last("DisputeGame.openInner"), last("DisputeGame.proveSliceWrong")
	r.CommitPartialsGas = calls["DisputeGame.commitPartials"]
	for i, g := range calls["DisputeGame.openPartial"] {
		if i == 0 || g < r.OpenPartialMin {
			r.OpenPartialMin = g
		}
		r.OpenPartialMax = max(r.OpenPartialMax, g)
		r.OpenPartials++
	}
	dirs, err := filepath.Glob(filepath.Join(e.store, "circuits", "*-slice", chain.ChunkSetupTime))
	if err != nil {
		return err
	}
	for _, f := range dirs {
		raw, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if _, err := fmt.Sscan(string(raw), &r.SetupSeconds); err != nil {
			return err
		}
	}
	e.printf("inner level: %d rounds past the graph level; the registrar's slice and rounding setup %.1fs; registerSliceCircuit %d gas, verifiers %d + %d gas to deploy; openInner %d, commitPartials %v, openPartial %d–%d (%d), proveSliceWrong %d gas",
		r.Dispute.InnerRounds, r.SetupSeconds, r.RegisterGas, r.SliceDeploy, r.RoundDeploy, r.OpenInnerGas, r.CommitPartialsGas, r.OpenPartialMin, r.OpenPartialMax, r.OpenPartials, r.SliceRulingGas)
	return nil
}

// fixedMode says whether the shipped task file name is a fixed-mode task.
func fixedMode(name string) (bool, error) {
	raw, err := testdata.Tasks.ReadFile("tasks/" + name + ".json")
	if err != nil {
		return false, err
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		return false, err
	}
	return task.Mode == prooflearn.ModeFixed, nil
}

// rulingReport reads the challenger's proven ruling and adds the gas of its
// on-chain check, its verifier's deployment and registration.
func (e *env) rulingReport(file string) (*RulingReport, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("the challenger wrote no proven ruling: %w", err)
	}
	var r RulingReport
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, err
	}
	last := func(name string) uint64 {
		gs := e.gas.Calls()[name]
		if len(gs) == 0 {
			return 0
		}
		return gs[len(gs)-1]
	}
	r.RulingGas, r.DeployGas, r.RegisterGas = last("DisputeGame.proveChunkWrong"), last("Verifier.deploy"), last("DisputeGame.registerChunkCircuit")
	e.printf("zk ruling: step %d operator %d (%s), chunk %d of %d: %d constraints, %d-byte proof, setup %.1fs, prove %.1fs; proveChunkWrong %d gas",
		r.Step, r.Node, r.NodeName, r.Chunk, r.Chunks, r.Constraints, r.ProofBytes, r.SetupSeconds, r.ProveSeconds, r.RulingGas)
	return &r, nil
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
