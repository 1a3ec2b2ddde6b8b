// Command reexec is the arbiter's one-operator re-execution as a program of
// its own: it reads one disputed operator of a training step with its opened
// inputs (an arbitration.OperatorCall), re-executes it with the arbiter's
// code (arbitration.RunCall: the deterministic kernels, bit for bit) and
// writes the output's leaf hash. It builds for GOOS=wasip1 GOARCH=wasm, so a
// network can run the ruling inside a WebAssembly VM:
//
//	GOOS=wasip1 GOARCH=wasm go build -o reexec.wasm ./examples/reexec
//	node --experimental-wasi-unstable-preview1 --no-warnings --no-incremental-marking internal/wasirun/run.mjs \
//	    --dir /tmp/call -- reexec.wasm -in /tmp/call/call.bin -out /tmp/call/output.hash
//
// See the usage text for the flags and the file format.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
)

const usage = `usage: reexec -in CALL [-out FILE] [-report FILE.json] [-solver HASH] [-challenger HASH] [-quiet]

Re-executes one operator of a training step as the arbiter does at the end
of a dispute game, and writes the hash of its output: the Merkle leaf
(arbitration.TensorLeaf: the tag "prooflearn/state-tensor/v1", the node's
name and the tensor's canonical bytes; in fixed mode the tag
"prooflearn/fixed-tensor/v1", the name, the shape and the MiMC digests of
the tensor's chunks) that both players committed to for that operator's
output. In a deterministic task every operator is ruled bit
for bit, so the honest claim's leaf is this hash.

-in is an operator call (arbitration.OperatorCall, "-" for stdin): the task
(JSON, with its revealed seed), the global step, the node's index in the
step's canonical operator list and its description (name, op, output shape,
integer attributes, scalar), its input tensors (the outputs both players
agreed on, each tagged with the node that wrote it) and, for a batch node,
the batch's examples with their audit paths against the task's dataset
root. The binary layout is documented on arbitration.OperatorCall; calls are
built with arbitration.NewOperatorCall from a NodeReveal's inputs. The
description must match the task's own node, and every input's shape the
shape of the node that wrote it.

-out writes the output hash (64 hex digits and a newline). -report writes a
JSON report: the task hash, step, node, name, op, mode, the input leaves (to
check against the agreed prefix of the game) and "output_leaf", plus the
ruling when claims are given. -solver and -challenger are the two claimed
output leaves; with -solver the program rules as the arbiter does: the
solver's claim stands if it equals the re-execution.

Exit status: 0 done (and the solver's claim, if given, stands), 1 the
solver's claim differs from the re-execution, 2 error.
`

// Report is the JSON report.
type Report struct {
	*arbitration.CallResult
	Solver     *prooflearn.Hash `json:"solver_claim,omitempty"`
	Challenger *prooflearn.Hash `json:"challenger_claim,omitempty"`
	// Winner is "solver" or "challenger" when -solver is given.
	Winner string `json:"winner,omitempty"`
}

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// maxCall bounds the call file, as the game bounds one answer.
const maxCall = 1 << 30

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("reexec", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usage) }
	in := fs.String("in", "", "operator call file (- for stdin)")
	out := fs.String("out", "", "write the output hash here")
	reportPath := fs.String("report", "", "write the JSON report here")
	solverFlag := fs.String("solver", "", "the solver's claimed output leaf (hex)")
	challengerFlag := fs.String("challenger", "", "the challenger's claimed output leaf (hex)")
	quiet := fs.Bool("quiet", false, "print only the output hash")
	if err := fs.Parse(args); err != nil {
		return cli.ExitError
	}
	if *in == "" || fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "reexec: %v\n", err)
		return cli.ExitError
	}
	rep := &Report{}
	for _, c := range []struct {
		flag string
		dst  **prooflearn.Hash
	}{{*solverFlag, &rep.Solver}, {*challengerFlag, &rep.Challenger}} {
		if c.flag != "" {
			h, err := prooflearn.ParseHash(c.flag)
			if err != nil {
				return fail(err)
			}
			*c.dst = &h
		}
	}
	raw, err := readCall(*in, stdin)
	if err != nil {
		return fail(err)
	}
	call, err := arbitration.DecodeOperatorCall(raw)
	if err != nil {
		return fail(err)
	}
	res, err := arbitration.RunCall(call)
	if err != nil {
		return fail(err)
	}
	rep.CallResult = res
	code := cli.ExitOK
	if rep.Solver != nil {
		rep.Winner = string(arbitration.PartySolver)
		if *rep.Solver != res.Output {
			rep.Winner, code = string(arbitration.PartyChallenger), cli.ExitRejected
		}
	}
	if *quiet {
		fmt.Fprintln(stdout, res.Output)
	} else {
		summarize(stdout, rep)
	}
	if *out != "" {
		if err := prooflearn.WriteFileAtomic(*out, []byte(res.Output.String()+"\n")); err != nil {
			return fail(err)
		}
	}
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, rep); err != nil {
			return fail(err)
		}
	}
	return code
}

func readCall(path string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxCall+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxCall {
		return nil, fmt.Errorf("%w: operator call larger than %d bytes", prooflearn.ErrTooLarge, maxCall)
	}
	return b, nil
}

func summarize(w io.Writer, r *Report) {
	fmt.Fprintf(w, "task        %s (%s mode)\n", r.Task, r.Mode)
	fmt.Fprintf(w, "operator    %d of step %d: %s (%s), %d inputs\n", r.Node, r.Step, r.Op, r.Name, len(r.Inputs))
	fmt.Fprintf(w, "output      %s\n", r.Output)
	for _, c := range []struct {
		who string
		h   *prooflearn.Hash
	}{{"solver", r.Solver}, {"challenger", r.Challenger}} {
		if c.h == nil {
			continue
		}
		verdict := "matches the re-execution"
		if *c.h != r.Output {
			verdict = "differs from the re-execution"
		}
		fmt.Fprintf(w, "%-12s%s %s\n", c.who, c.h, verdict)
	}
	if r.Winner != "" {
		fmt.Fprintf(w, "winner      %s\n", r.Winner)
	}
}
