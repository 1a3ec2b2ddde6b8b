// Command bench measures how fast this build trains and what the proof
// costs on top, on fashion-mlp's shape (784-128-10 MLP, batch 64) and the
// embedded Fashion-MNIST subset, so it needs no installed dataset:
//
//	go run ./examples/bench [-quick] [-out DIR]
//	go run -tags openblas ./examples/bench -quick     # the OpenBLAS kernels
//
// It prints a table per section and, with -out, writes them as CSV files to
// DIR. With Debian's python3-torch installed it runs torch_mlp.py beside it
// for the same step in PyTorch (one thread, OPENBLAS_NUM_THREADS=1);
// otherwise that row is left out.
package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"text/tabwriter"
	"time"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
)

const usage = `usage: bench [-quick] [-out DIR] [-python PATH]

Measures training speed (ms per step, GFLOP/s) of this build's kernels in
each mode and element type, and the overhead of proof generation against
plain training for several checkpoint intervals, on fashion-mlp's shape and
the embedded dataset. Each figure is the minimum over repeats of a run of
steps after a warm-up; "cpu" is the process's CPU time, which other load on a
shared machine disturbs less than wall time. GFLOP/s counts three times the
forward pass's multiply-adds per step, as is usual.

-quick takes well under two minutes. With -out DIR the tables are also
written to DIR/speed.csv and DIR/proof.csv. PyTorch's row needs Python with
torch (Debian: python3-torch); -python names the interpreter.

Exit status: 0 on success, 2 on error.
`

// shape is fashion-mlp's model and batch.
const (
	input, hidden, classes, batch = 784, 128, 10, 64
)

func main() {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.Usage = func() { fmt.Fprint(os.Stderr, usage) }
	quick := fs.Bool("quick", false, "fewer steps and repeats (under two minutes)")
	out := fs.String("out", "", "directory for CSV files")
	python := fs.String("python", "", "Python interpreter with torch (default: python3, then /usr/bin/python3)")
	if err := fs.Parse(os.Args[1:]); err != nil || fs.NArg() > 0 {
		fs.Usage()
		os.Exit(cli.ExitError)
	}
	cfg := config{steps: 500, repeat: 5, warmup: 50, proofSteps: 1500, proofRepeat: 3}
	if *quick {
		cfg = config{steps: 200, repeat: 3, warmup: 20, proofSteps: 600, proofRepeat: 2}
	}
	if err := run(cfg, *out, *python); err != nil {
		cli.Fail("bench", err)
	}
}

type config struct {
	steps, repeat, warmup   int
	proofSteps, proofRepeat int
}

func run(cfg config, out, python string) error {
	data, err := dataset.Embedded()
	if err != nil {
		return err
	}
	fmt.Printf("machine   %s/%s, %d CPUs, GOMAXPROCS %d, %s\n\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), runtime.Version())

	speed := [][]string{{"kernels", "mode", "dtype", "ms_per_step", "cpu_ms_per_step", "steps_per_s", "gflops"}}
	flops := 3 * 2 * float64(batch) * float64(input*hidden+hidden*classes)
	for _, c := range []struct{ mode, dtype string }{
		{prooflearn.ModeTolerant, "float32"},
		{prooflearn.ModeTolerant, "float64"},
		{prooflearn.ModeDeterministic, "float32"},
		{prooflearn.ModeDeterministic, "float64"},
	} {
		n := cfg.warmup + cfg.repeat*cfg.steps
		task, err := benchTask(c.mode, c.dtype, n, n)
		if err != nil {
			return err
		}
		wall, cpu, err := stepTime(task, data, cfg)
		if err != nil {
			return err
		}
		speed = append(speed, []string{train.Kernels(task), c.mode, c.dtype, ms(wall), ms(cpu), fmt.Sprintf("%.0f", 1/wall), fmt.Sprintf("%.1f", flops/wall/1e9)})
	}
	if line, err := torchStep(python, cfg); err == nil {
		wall, cpu := line.wall, line.cpu
		speed = append(speed, []string{line.version + " (1 thread, OpenBLAS 1 thread)", prooflearn.ModeTolerant, "float32", ms(wall), ms(cpu), fmt.Sprintf("%.0f", 1/wall), fmt.Sprintf("%.1f", flops/wall/1e9)})
	} else {
		fmt.Fprintf(os.Stderr, "bench: no PyTorch row: %v\n", err)
	}
	fmt.Printf("training speed, %d-%d-%d MLP, batch %d, min of %d × %d steps\n", input, hidden, classes, batch, cfg.repeat, cfg.steps)
	printTable(speed)

	proof := [][]string{{"kernels", "k", "steps", "plain_s", "with_proof_s", "overhead_pct", "bytes_per_step"}}
	for _, k := range []int{25, 75, 250} {
		task, err := benchTask(prooflearn.ModeTolerant, "float32", cfg.proofSteps, k)
		if err != nil {
			return err
		}
		plain, proved, size, err := proofOverhead(task, data, cfg.proofRepeat)
		if err != nil {
			return err
		}
		proof = append(proof, []string{train.Kernels(task), strconv.Itoa(k), strconv.Itoa(task.Steps),
			fmt.Sprintf("%.3f", plain), fmt.Sprintf("%.3f", proved), fmt.Sprintf("%.1f", 100*(proved/plain-1)),
			strconv.FormatInt(size/int64(task.Steps), 10)})
	}
	fmt.Printf("\nproof overhead, tolerant float32, min of %d runs each\n", cfg.proofRepeat)
	printTable(proof)

	if out != "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			return err
		}
		for name, rows := range map[string][][]string{"speed.csv": speed, "proof.csv": proof} {
			var b bytes.Buffer
			w := csv.NewWriter(&b)
			if err := w.WriteAll(rows); err != nil {
				return err
			}
			if err := prooflearn.WriteFileAtomic(filepath.Join(out, name), b.Bytes()); err != nil {
				return err
			}
		}
		fmt.Printf("\nwrote %s and %s\n", filepath.Join(out, "speed.csv"), filepath.Join(out, "proof.csv"))
	}
	return nil
}

// benchTask is the shipped tiny task at fashion-mlp's shape.
func benchTask(mode, dtype string, steps, k int) (*prooflearn.Task, error) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	if err != nil {
		return nil, err
	}
	task, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	task.Mode, task.DType = mode, dtype
	task.Model.Hidden = []int{hidden}
	task.BatchSize, task.Steps, task.CheckpointInterval = batch, steps, k
	return task, task.Validate()
}

// stepTime is the fastest of cfg.repeat runs of cfg.steps training steps,
// per step, in wall and CPU seconds.
func stepTime(task *prooflearn.Task, data *dataset.Split, cfg config) (wall, cpu float64, err error) {
	tr, err := train.New(task, data.Train)
	if err != nil {
		return 0, 0, err
	}
	for range cfg.warmup {
		if _, err := tr.TrainStep(); err != nil {
			return 0, 0, err
		}
	}
	wall, cpu = math.Inf(1), math.Inf(1)
	for range cfg.repeat {
		w0, c0 := time.Now(), cpuTime()
		for range cfg.steps {
			if _, err := tr.TrainStep(); err != nil {
				return 0, 0, err
			}
		}
		wall = min(wall, time.Since(w0).Seconds()/float64(cfg.steps))
		cpu = min(cpu, (cpuTime()-c0).Seconds()/float64(cfg.steps))
	}
	return wall, cpu, nil
}

// proofOverhead times the task trained alone and by the solver (into a
// fresh directory each time), in wall seconds, and returns the bundle's size.
func proofOverhead(task *prooflearn.Task, data *dataset.Split, repeat int) (plain, proved float64, size int64, err error) {
	plain, proved = math.Inf(1), math.Inf(1)
	root, err := os.MkdirTemp("", "prooflearn-bench-")
	if err != nil {
		return 0, 0, 0, err
	}
	defer os.RemoveAll(root)
	for i := range repeat {
		t0 := time.Now()
		tr, err := train.New(task, data.Train)
		if err != nil {
			return 0, 0, 0, err
		}
		for tr.Step() < task.Steps {
			if _, err := tr.TrainStep(); err != nil {
				return 0, 0, 0, err
			}
		}
		plain = min(plain, time.Since(t0).Seconds())

		dir := filepath.Join(root, strconv.Itoa(i))
		t0 = time.Now()
		if _, err := solver.Train(context.Background(), task, data.Train, dir); err != nil {
			return 0, 0, 0, err
		}
		proved = min(proved, time.Since(t0).Seconds())
		if size, err = dirSize(dir); err != nil {
			return 0, 0, 0, err
		}
		os.RemoveAll(dir)
	}
	return plain, proved, size, nil
}

func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.Walk(dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
		return err
	})
	return n, err
}

type torchLine struct {
	version   string
	wall, cpu float64
}

var torchOut = regexp.MustCompile(`^torch (\S+) threads=\d+ ms/step=([0-9.]+) cpu-ms/step=([0-9.]+)`)

// torchStep runs torch_mlp.py (beside this file) with the same shape and
// steps, on one thread.
func torchStep(python string, cfg config) (torchLine, error) {
	script := filepath.Join("examples", "bench", "torch_mlp.py")
	if _, err := os.Stat(script); err != nil {
		return torchLine{}, fmt.Errorf("%s not found (run from the repository root)", script)
	}
	candidates := []string{"python3", "/usr/bin/python3"}
	if python != "" {
		candidates = []string{python}
	}
	var lastErr error
	for _, py := range candidates {
		cmd := exec.Command(py, script, "-steps", strconv.Itoa(cfg.steps), "-repeat", strconv.Itoa(cfg.repeat),
			"-warmup", strconv.Itoa(cfg.warmup), "-threads", "1",
			"-input", strconv.Itoa(input), "-hidden", strconv.Itoa(hidden), "-classes", strconv.Itoa(classes), "-batch", strconv.Itoa(batch))
		cmd.Env = append(os.Environ(), "OPENBLAS_NUM_THREADS=1", "OMP_NUM_THREADS=1")
		b, err := cmd.Output()
		if err != nil {
			lastErr = fmt.Errorf("%s: %w", py, err)
			continue
		}
		m := torchOut.FindSubmatch(bytes.TrimSpace(b))
		if m == nil {
			lastErr = fmt.Errorf("%s printed %q", py, b)
			continue
		}
		wall, _ := strconv.ParseFloat(string(m[2]), 64)
		cpu, _ := strconv.ParseFloat(string(m[3]), 64)
		return torchLine{version: "PyTorch " + string(m[1]), wall: wall / 1e3, cpu: cpu / 1e3}, nil
	}
	return torchLine{}, lastErr
}

func ms(seconds float64) string { return fmt.Sprintf("%.3f", 1e3*seconds) }

func printTable(rows [][]string) {
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				fmt.Fprint(w, "\t")
			}
			fmt.Fprint(w, c)
		}
		fmt.Fprintln(w)
	}
	w.Flush()
}
