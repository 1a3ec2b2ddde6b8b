// Command verifier checks a proof bundle against its task, and calibrates
// the thresholds it checks with.
//
//	go run ./examples/verifier profile -task testdata/tasks/tiny.json -out tiny.profile.json
//	go run ./examples/verifier -task testdata/tasks/tiny.json -proof proof/ -profile tiny.profile.json -report report.json
//
// Exit status: 0 accepted, 1 rejected, 2 error.
package main

import (
	"context"
	"encoding/hex"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"runtime/pprof"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/verifier"
	"github.com/prooflearn/prooflearn/whistleblower"
)

const usage = `usage: verifier -task FILE -proof DIR [-report FILE.json] [-data DIR]
                [-profile PROFILE.json] [-delta l1=X,l2=X,...|task] [-relative R]
                [-budget F] [-topq N] [-challenge HEX] [-min-progress F]
                [-base-task FILE -base DIR] [-cache DIR] [-cpuprofile FILE]
                [-quiet]
       verifier profile -task FILE -out PROFILE.json [-data DIR] [-segments N]
                [-safety F] [-quiet]

Checks the proof bundle in DIR against the task: the binding to task, dataset
and seed; every checkpoint and batch against the Merkle root; the initial
weights and data order against the seed; that weights which can get no
gradient never move; that the loss on a committed sample falls by at least
-min-progress (default: the task's "min_progress", else 0.1; 0 turns the
check off); then replays the top -topq updates, the segments on both sides of
anomalous jumps in update size, and Fiat–Shamir segments drawn from the root
and a challenge to fill a -budget fraction of the steps. A replay must be
within δ (the profile's, the task's "delta", or -delta) and within ρ
(-relative) of the segment's claimed update, for every kind of state: the
parameters (l1, l2, linf, cosine) and the optimizer's buffers
(optimizer.l1, optimizer.l2, ...); the step and RNG state exactly. The
segment that ends at the final checkpoint is replayed at every budget.

With -profile, the report states the slack: how many times looser the δ in
force is than the profile's calibrated δ, with a warning above 2×. -delta task
verifies with the task's own δ and measures it against the profile.

The challenge is random bytes the solver cannot know when it commits, so it
cannot re-roll its root until the draw misses a forgery. By default 32 fresh
random bytes are drawn; -challenge HEX fixes them, to reproduce an earlier
verification exactly. The report records the challenge.

A fine-tuning task (one with a "base") needs its base proof: -base-task and
-base give the base's task file and bundle; both proofs are verified and this
one must start from the base's final parameters.

The full dataset is decoded from its IDX files once and kept in a cache
(-cache DIR, default prooflearn/ under the user's cache directory, e.g.
~/.cache/prooflearn; -cache "" for none), named by the dataset's root. A
cache is used only if its stored leaves rebuild the task's dataset root and
every example hashes to its leaf; otherwise the verifier says so and decodes
the IDX files again. Delete the directory to clear it. -cpuprofile FILE
writes a CPU profile of the whole run.

"verifier profile" calibrates δ and ρ for a task: it replays segments of an
honest reference run under legitimate perturbations (thread count, float64
arithmetic, the batch reduced in another order) and writes the profile that
-profile loads.

Exit status: 0 accepted, 1 rejected, 2 error.
`

func main() {
	if os.Getenv("GOGC") == "" {
		// The verifier's heap is a few large buffers: checkpoint files read,
		// decoded and hashed one after another. A tighter collection target
		// reuses their memory instead of faulting in fresh pages for each,
		// which costs more system time than the collections do.
		debug.SetGCPercent(25)
	}
	os.Exit(run())
}

func run() int {
	if len(os.Args) > 1 && os.Args[1] == "profile" {
		return runProfile(os.Args[2:])
	}
	fs := flag.NewFlagSet("verifier", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	proof := fs.String("proof", "", "proof bundle directory")
	reportPath := fs.String("report", "", "write the JSON report here")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	deltaFlag := fs.String("delta", "", "thresholds, e.g. l2=1e-3,linf=1e-4 (default: the task's delta)")
	profilePath := fs.String("profile", "", "calibrated thresholds written by \"verifier profile\"")
	relative := cli.Float64(fs, "relative", -1, "ρ: largest replay distance as a fraction of the claimed update (default: the profile's, else 0.01)")
	budget := cli.Float64(fs, "budget", verifier.DefaultBudget, "fraction of the steps to replay")
	topQ := fs.Int("topq", verifier.DefaultTopQ, "replay the Q segments with the largest updates")
	challengeHex := fs.String("challenge", "", "hex challenge keying the Fiat–Shamir draws (default: fresh random)")
	minProgress := cli.Float64(fs, "min-progress", -1, "fraction the loss must fall, 0 for no check (default: the task's, else 0.1)")
	baseTask := fs.String("base-task", "", "task file of the base proof (fine-tuning tasks)")
	baseDir := fs.String("base", "", "bundle directory of the base proof (fine-tuning tasks)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	defaultCache, _ := dataset.DefaultCacheDir() // "" (no cache) where the system has no cache directory
	cacheDir := fs.String("cache", defaultCache, "directory of verified dataset caches (\"\": none)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run (data loading included) here")
	if err := fs.Parse(os.Args[1:]); err != nil {
		return cli.ExitError
	}
	if *taskPath == "" || *proof == "" || fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(os.Stderr, "verifier: %v\n", err)
		return cli.ExitError
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return fail(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return fail(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	task, err := prooflearn.ReadTask(*taskPath)
	if err != nil {
		return fail(err)
	}
	data, err := loadTrain(task, *dataDir, *cacheDir, os.Stderr)
	if err != nil {
		return fail(err)
	}
	opts := []verifier.Option{verifier.WithBudget(*budget), verifier.WithTopQ(*topQ)}
	if *challengeHex != "" {
		c, err := hex.DecodeString(*challengeHex)
		if err != nil {
			return fail(fmt.Errorf("-challenge: %v", err))
		}
		opts = append(opts, verifier.WithChallenge(c))
	}
	if *minProgress != -1 {
		if !(*minProgress >= 0 && *minProgress < 1) {
			return fail(fmt.Errorf("-min-progress %v must be in [0, 1)", *minProgress))
		}
		opts = append(opts, verifier.WithMinProgress(*minProgress))
	}
	// -delta overrides only the metrics it names; the others keep the
	// profile's thresholds, else the task's.
	var deltaBase prooflearn.Thresholds
	if task.Delta != nil {
		deltaBase = task.Delta.Resolve(task)
	}
	if *profilePath != "" {
		p, err := verifier.ReadProfile(*profilePath)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithProfile(p, *profilePath))
		deltaBase = p.Thresholds.Resolve(task)
	}
	if (*baseTask == "") != (*baseDir == "") {
		return fail(fmt.Errorf("-base-task and -base go together"))
	}
	if *baseTask != "" {
		bt, err := prooflearn.ReadTask(*baseTask)
		if err != nil {
			return fail(err)
		}
		bd, err := loadTrain(bt, *dataDir, *cacheDir, os.Stderr)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithBase(&verifier.BaseProof{Task: bt, Data: bd, Dir: *baseDir}))
	}
	if *relative >= 0 {
		opts = append(opts, verifier.WithRelative(*relative))
	}
	switch {
	case *deltaFlag == "task":
		// The task's own δ, with the profile (if any) as the reference the
		// report's slack is measured against.
		if task.Delta == nil {
			return fail(fmt.Errorf("-delta task: task %q has no \"delta\"", task.Name))
		}
		opts = append(opts, verifier.WithThresholds(*task.Delta, "task"))
	case *deltaFlag != "":
		th, err := cli.ParseThresholds(*deltaFlag, deltaBase, task)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithThresholds(th, "flag"))
	}
	if !*quiet {
		bar := cli.NewBar("replay")
		opts = append(opts, verifier.WithProgress(func(p verifier.Progress) {
			bar.Update(p.Done, p.Total, "segments")
		}))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := verifier.Verify(ctx, task, data, *proof, opts...)
	if err != nil {
		return fail(err)
	}
	rep.WriteSummary(os.Stdout)
	if *reportPath != "" {
		if err := cli.WriteJSON(*reportPath, rep); err != nil {
			return fail(err)
		}
	}
	if rep.Verdict != verifier.Accepted {
		return cli.ExitRejected
	}
	return cli.ExitOK
}

func runProfile(args []string) int {
	fs := flag.NewFlagSet("verifier profile", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	taskPath := fs.String("task", "", "task file (JSON)")
	out := fs.String("out", "", "write the profile here")
	dataDir := fs.String("data", "", "directory with IDX files (default: the dataset the task names)")
	segments := fs.Int("segments", verifier.DefaultProfileSegments, "segments replayed under each perturbation")
	safety := cli.Float64(fs, "safety", verifier.DefaultSafetyFactor, "δ = this × the largest measured error")
	var platforms platformFlag
	fs.Var(&platforms, "platform-report", "LABEL=REPORT.json: a verification at -budget 1 of an honest bundle trained on another platform, folded in as a perturbation (repeatable)")
	writeTask := fs.String("write-delta", "", "also write the calibrated δ into this task file's \"delta\" (the same task)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	if err := fs.Parse(args); err != nil {
		return cli.ExitError
	}
	if *taskPath == "" || *out == "" || fs.NArg() > 0 {
		fs.Usage()
		return cli.ExitError
	}
	fail := func(err error) int {
		fmt.Fprintf(os.Stderr, "verifier profile: %v\n", err)
		return cli.ExitError
	}
	task, data, err := cli.LoadTask(*taskPath, *dataDir)
	if err != nil {
		return fail(err)
	}
	opts := []verifier.ProfileOption{verifier.WithProfileSegments(*segments), verifier.WithSafetyFactor(*safety)}
	for _, pl := range platforms {
		r, err := whistleblower.ReadReport(pl.path)
		if err != nil {
			return fail(err)
		}
		opts = append(opts, verifier.WithPlatformReports(pl.label, r))
	}
	if !*quiet {
		bars := map[string]*cli.Bar{}
		opts = append(opts, verifier.WithProfileProgress(func(p verifier.Progress) {
			if bars[p.Phase] == nil {
				bars[p.Phase] = cli.NewBar(p.Phase)
			}
			bars[p.Phase].Update(p.Done, p.Total, "")
		}))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	p, err := verifier.Calibrate(ctx, task, data.Train, opts...)
	if err != nil {
		return fail(err)
	}
	b, err := p.Encode()
	if err != nil {
		return fail(err)
	}
	if err := prooflearn.WriteFileAtomic(*out, b); err != nil {
		return fail(err)
	}
	p.WriteSummary(os.Stdout)
	if *writeTask != "" {
		if err := writeDelta(*writeTask, task, p.Thresholds); err != nil {
			return fail(err)
		}
		fmt.Printf("wrote δ into %s\n", *writeTask)
	}
	return cli.ExitOK
}
