// Command bench is prooflearn's research harness: how fast this build
// trains, what the proof costs on top, what verification costs against what
// it detects, how the shipped δ sits against honest replay error, and what a
// dispute costs. It needs no installed dataset: the speed and proof sections
// run fashion-mlp's shape (784-128-10 MLP, batch 64), the others the shipped
// tiny task, all on the embedded Fashion-MNIST subset.
//
//	go run ./examples/bench [-quick] [-out DIR] [-sections LIST]
//	go run -tags openblas ./examples/bench -quick     # the OpenBLAS kernels
//
// It prints a table per section and a closing summary; with -out it writes
// each section to DIR as <section>.csv and a figure, <section>.png. With
// Debian's python3-torch installed it runs torch_mlp.py beside it for the
// same step in PyTorch (one thread, OPENBLAS_NUM_THREADS=1); otherwise
// PyTorch's figures are left out.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/spoof"
)

const usage = `usage: bench [-quick] [-out DIR] [-sections LIST] [-python PATH] [-peak-gflops F]

Sections (all by default; -sections takes a comma-separated list):

  speed      training speed per kernel set, mode and dtype on fashion-mlp's
             shape: ms and steps per second, GFLOP/s (three times the
             forward pass's multiply-adds per step), and the share of one
             core's peak (clock × FLOP/cycle from /proc/cpuinfo, or
             -peak-gflops); PyTorch's step beside it when installed
  proof      proof-generation overhead and bytes stored per step, per k
  detection  every spoofing attack's forged bundle (and an honest one)
             verified under many challenges at several budgets: the share
             rejected against replayed steps ÷ training steps, and against
             the detection probability the report states
  delta      segments of an honest run replayed under the perturbations
             verifier.Calibrate uses: the distribution of their distances
             against the shipped δ and the δ calibrated here
  dispute    the bisection game between each forged bundle and an honest
             one: rounds, bytes of answers, the arbiter's time ÷ one
             training step; rounds against k for one attack

Times are the minimum over repeats (speed, proof) or means; "cpu" is the
process's CPU time, which other load on a shared machine disturbs less than
wall time. -quick takes under two minutes on two cores. PyTorch needs Python
with torch (Debian: python3-torch); -python names the interpreter.

Exit status: 0 on success, 2 on error.
`

var sectionNames = []string{"speed", "proof", "detection", "delta", "dispute"}

func main() {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	quick := fs.Bool("quick", false, "fewer steps, repeats, attacks and challenges (under two minutes)")
	out := fs.String("out", "", "directory for the CSV and PNG files")
	sections := fs.String("sections", strings.Join(sectionNames, ","), "sections to run, comma-separated")
	python := fs.String("python", "", "Python interpreter with torch (default: python3, then /usr/bin/python3)")
	peak := fs.Float64("peak-gflops", 0, "one core's float32 peak in GFLOP/s (default: from /proc/cpuinfo)")
	if err := fs.Parse(os.Args[1:]); err != nil || fs.NArg() > 0 {
		fs.Usage()
		os.Exit(cli.ExitError)
	}
	cfg := fullConfig()
	if *quick {
		cfg = quickConfig()
	}
	cfg.python, cfg.peak = *python, *peak
	cfg.sections = strings.Split(*sections, ",")
	if _, err := run(context.Background(), cfg, *out, os.Stdout); err != nil {
		cli.Fail("bench", err)
	}
}

// config sizes every section.
type config struct {
	sections []string

	steps, repeat, warmup   int // speed
	proofSteps, proofRepeat int // proof
	ks                      []int

	attacks    []string  // detection and dispute
	budgets    []float64 // detection
	challenges int

	deltaSegments int // delta

	disputeAttack string // dispute: the attack played at every k in disputeKs
	disputeKs     []int
	disputeRepeat int // games per dispute; the arbiter's time is the least

	torch  bool
	python string
	peak   float64
}

func fullConfig() config {
	return config{
		steps: 500, repeat: 5, warmup: 50, proofSteps: 1500, proofRepeat: 3, ks: []int{10, 25, 75, 250},
		attacks: spoof.Names(), budgets: []float64{0.02, 0.05, 0.1, 0.2, 0.5}, challenges: 12,
		deltaSegments: 50,
		disputeAttack: spoof.Interpolate, disputeKs: []int{2, 5, 10, 25, 50, 125}, disputeRepeat: 5,
		torch: true,
	}
}

// quickConfig is -quick: every section, fewer of everything.
func quickConfig() config {
	return config{
		steps: 100, repeat: 3, warmup: 20, proofSteps: 500, proofRepeat: 2, ks: []int{25, 250},
		attacks: []string{spoof.Stitch, spoof.StateEdit, spoof.LastSegment, spoof.RankInit},
		budgets: []float64{0.02, 0.1, 0.5}, challenges: 3,
		deltaSegments: 25,
		disputeAttack: spoof.Interpolate, disputeKs: []int{5, 50}, disputeRepeat: 2,
		torch: true,
	}
}

// run runs cfg's sections in order, printing each table to w and, when out
// is set, writing its files there. It returns the paths written.
func run(ctx context.Context, cfg config, out string, w io.Writer) ([]string, error) {
	for _, s := range cfg.sections {
		if !slices.Contains(sectionNames, s) {
			return nil, fmt.Errorf("unknown section %q (have %s)", s, strings.Join(sectionNames, ", "))
		}
	}
	want := func(s string) bool { return slices.Contains(cfg.sections, s) }
	data, err := dataset.Embedded()
	if err != nil {
		return nil, err
	}
	if out != "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return nil, err
		}
	}
	fmt.Fprintf(w, "machine   %s/%s, %d CPUs, GOMAXPROCS %d, %s\n\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())

	var files []string
	var done []*section
	started := time.Now()
	emit := func(s *section) error {
		s.headline += fmt.Sprintf(" [%.0f s]", time.Since(started).Seconds())
		started = time.Now()
		s.print(w)
		done = append(done, s)
		if out == "" {
			return nil
		}
		paths, err := s.write(out)
		files = append(files, paths...)
		return err
	}
	if want("speed") {
		s, err := speedSection(cfg, data, cpuPeak(cfg.peak))
		if err != nil {
			return nil, err
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	if want("proof") {
		s, err := proofSection(cfg, data)
		if err != nil {
			return nil, err
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	if want("detection") || want("dispute") {
		l, err := newLab(ctx, cfg, data)
		if err != nil {
			return nil, err
		}
		defer l.close()
		if want("detection") {
			s, err := detectionSection(ctx, cfg, l)
			if err != nil {
				return nil, err
			}
			if err := emit(s); err != nil {
				return nil, err
			}
		}
		if want("dispute") {
			s, err := disputeSection(ctx, cfg, l)
			if err != nil {
				return nil, err
			}
			if err := emit(s); err != nil {
				return nil, err
			}
		}
	}
	if want("delta") {
		s, err := deltaSection(ctx, cfg, data)
		if err != nil {
			return nil, err
		}
		if err := emit(s); err != nil {
			return nil, err
		}
	}
	fmt.Fprintln(w, "summary")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, s := range done {
		fmt.Fprintf(tw, "  %s\t%s\n", s.name, s.headline)
	}
	tw.Flush()
	if len(files) > 0 {
		fmt.Fprintf(w, "\nwrote %s\n", strings.Join(files, " "))
	}
	return files, nil
}
