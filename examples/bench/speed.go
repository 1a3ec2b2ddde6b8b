package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
)

// shape is fashion-mlp's model and batch.
const (
	input, hidden, classes, batch = 784, 128, 10, 64
)

// stepFLOPs counts three times the forward pass's multiply-adds (two FLOPs
// each) per step, as is usual: forward, and the two products of backward.
const stepFLOPs = 3 * 2 * float64(batch) * (input*hidden + hidden*classes)

var speedHeader = []string{"kernels", "mode", "dtype", "ms_per_step", "cpu_ms_per_step", "steps_per_s", "gflops", "peak_gflops", "share_of_peak_pct"}

// speedSection times the training step of each mode and element type, and
// PyTorch's when it is installed.
func speedSection(cfg config, data *dataset.Split, peak peakFLOPs) (*section, error) {
	rows := [][]string{speedHeader}
	type point struct {
		label       string
		steps, peak float64
	}
	var points []point
	add := func(label, kernels, mode, dtype string, wall, cpu float64) {
		pk := peak.of(dtype)
		gf := stepFLOPs / wall / 1e9
		share, pct := "n/a", 0.0
		if pk > 0 {
			pct = 100 * gf / pk
			share = fmt.Sprintf("%.1f", pct)
		}
		rows = append(rows, []string{kernels, mode, dtype, ms(wall), ms(cpu), fmt.Sprintf("%.0f", 1/wall),
			fmt.Sprintf("%.2f", gf), fmt.Sprintf("%.1f", pk), share})
		points = append(points, point{label, 1 / wall, pct})
	}
	for _, c := range []struct{ mode, dtype string }{
		{prooflearn.ModeTolerant, "float32"},
		{prooflearn.ModeTolerant, "float64"},
		{prooflearn.ModeDeterministic, "float32"},
		{prooflearn.ModeDeterministic, "float64"},
	} {
		n := cfg.warmup + cfg.repeat*cfg.steps
		task, err := benchTask(c.mode, c.dtype, n, n)
		if err != nil {
			return nil, err
		}
		wall, cpu, err := stepTime(task, data.Train, cfg.steps, cfg.repeat, cfg.warmup)
		if err != nil {
			return nil, err
		}
		add(c.mode[:3]+" "+c.dtype, train.Kernels(task), c.mode, c.dtype, wall, cpu)
	}
	if cfg.torch {
		if line, err := torchStep(cfg); err == nil {
			add("PyTorch", line.version+" (1 thread, OpenBLAS 1 thread)", prooflearn.ModeTolerant, "float32", line.wall, line.cpu)
			// PyTorch's figure beside each of ours: its time over ours (above 1:
			// this build is faster).
			rows[0] = append(rows[0], "speedup_vs_pytorch")
			for i := 1; i < len(rows); i++ {
				mine, _ := strconv.ParseFloat(rows[i][3], 64)
				rows[i] = append(rows[i], fmt.Sprintf("%.2f", 1e3*line.wall/mine))
			}
		} else {
			fmt.Fprintf(os.Stderr, "bench: no PyTorch figures: %v\n", err)
		}
	}

	labels := make([]string, len(points))
	sps, shares := make([]float64, len(points)), make([]float64, len(points))
	for i, p := range points {
		labels[i], sps[i], shares[i] = p.label, p.steps, p.peak
	}
	p1 := newPlot("training speed", "", "steps per second")
	if err := bars(p1, labels, sps, 0); err != nil {
		return nil, err
	}
	p2 := newPlot("share of one core's peak", "", "% of peak FLOP/s")
	if err := bars(p2, labels, shares, 1); err != nil {
		return nil, err
	}
	head := fmt.Sprintf("%s float32: %s steps/s, %s GFLOP/s, %s%% of one core's peak", rows[1][1], rows[1][5], rows[1][6], rows[1][8])
	if len(rows[0]) > len(speedHeader) {
		head += fmt.Sprintf("; %s× PyTorch's speed", rows[1][len(speedHeader)])
	}
	return &section{
		headline: head,
		name:     "speed",
		title: fmt.Sprintf("training speed, %d-%d-%d MLP, batch %d, min of %d × %d steps; peak: %s",
			input, hidden, classes, batch, cfg.repeat, cfg.steps, peak.how),
		rows:   rows,
		panels: []*plot.Plot{p1, p2},
	}, nil
}

var proofHeader = []string{"kernels", "k", "steps", "plain_s", "with_proof_s", "overhead_pct",
	"plain_cpu_s", "with_proof_cpu_s", "cpu_overhead_pct", "bytes_per_step"}

// proofSection measures what the proof costs on top of training, and what it
// stores, for each checkpoint interval k.
func proofSection(cfg config, data *dataset.Split) (*section, error) {
	rows := [][]string{proofHeader}
	var overhead, cpuOverhead, size plotter.XYs
	for _, k := range cfg.ks {
		task, err := benchTask(prooflearn.ModeTolerant, "float32", cfg.proofSteps, k)
		if err != nil {
			return nil, err
		}
		o, err := proofOverhead(task, data.Train, cfg.proofRepeat)
		if err != nil {
			return nil, err
		}
		perStep := float64(o.size) / float64(task.Steps)
		rows = append(rows, []string{train.Kernels(task), strconv.Itoa(k), strconv.Itoa(task.Steps),
			f3(o.plain), f3(o.proved), fmt.Sprintf("%.1f", 100*(o.proved/o.plain-1)),
			f3(o.plainCPU), f3(o.provedCPU), fmt.Sprintf("%.1f", 100*(o.provedCPU/o.plainCPU-1)), fmt.Sprintf("%.0f", perStep)})
		overhead = append(overhead, plotter.XY{X: float64(k), Y: 100 * (o.proved/o.plain - 1)})
		cpuOverhead = append(cpuOverhead, plotter.XY{X: float64(k), Y: 100 * (o.provedCPU/o.plainCPU - 1)})
		size = append(size, plotter.XY{X: float64(k), Y: perStep / 1024})
	}
	p1 := newPlot("proof generation overhead", "checkpoint interval k (steps)", "time over plain training (%)")
	if err := line(p1, "wall", overhead, 0, false); err != nil {
		return nil, err
	}
	if err := line(p1, "CPU", cpuOverhead, 2, false); err != nil {
		return nil, err
	}
	p2 := newPlot("proof storage", "checkpoint interval k (steps)", "KiB per training step")
	if err := line(p2, "", size, 1, false); err != nil {
		return nil, err
	}
	for _, p := range []*plot.Plot{p1, p2} {
		logX(p, cfg.ks)
	}
	var heads []string
	for _, r := range rows[1:] {
		heads = append(heads, fmt.Sprintf("k=%s overhead %s%% CPU, %s%% wall, %s B/step", r[1], r[8], r[5], r[9]))
	}
	return &section{
		headline: strings.Join(heads, "; "),
		name:     "proof",
		title:    fmt.Sprintf("proof overhead and storage, %d-%d-%d MLP, tolerant float32, min of %d runs each", input, hidden, classes, cfg.proofRepeat),
		rows:     rows,
		panels:   []*plot.Plot{p1, p2},
	}, nil
}

// peakFLOPs is one core's peak arithmetic rate, the yardstick for the
// share-of-peak column: the benchmark trains on one thread.
type peakFLOPs struct {
	f32 float64 // GFLOP/s in float32; float64's is half
	how string
}

func (p peakFLOPs) of(dtype string) float64 {
	if dtype == "float64" {
		return p.f32 / 2
	}
	return p.f32
}

// cpuPeak derives one core's float32 peak from /proc/cpuinfo: the clock it
// reports × FLOPs per cycle, counting two vector pipes per core, each doing a
// fused multiply-add (two FLOPs) on every lane when the CPU has FMA. Lanes are
// 8 float32 with AVX2 and 4 with SSE only; AVX-512 is not counted, since no
// kernel here uses it and several CPUs that have it run it on 256-bit pipes.
// gflops > 0 overrides the estimate.
func cpuPeak(gflops float64) peakFLOPs {
	if gflops > 0 {
		return peakFLOPs{f32: gflops, how: fmt.Sprintf("%.1f GFLOP/s float32 per core, given by -peak-gflops; float64 half", gflops)}
	}
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return peakFLOPs{how: "unknown (no /proc/cpuinfo; give -peak-gflops)"}
	}
	defer f.Close()
	var mhz float64
	flags := map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		key, val, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(key) {
		case "cpu MHz":
			if mhz == 0 {
				mhz, _ = strconv.ParseFloat(strings.TrimSpace(val), 64)
			}
		case "flags":
			if len(flags) == 0 {
				for _, fl := range strings.Fields(val) {
					flags[fl] = true
				}
			}
		}
	}
	if mhz == 0 || len(flags) == 0 {
		return peakFLOPs{how: "unknown (no clock or flags in /proc/cpuinfo; give -peak-gflops)"}
	}
	lanes, isa := 4.0, "SSE"
	if flags["avx2"] || flags["avx"] {
		lanes, isa = 8, "AVX2"
		if !flags["avx2"] {
			isa = "AVX"
		}
	}
	fma := 1.0
	if flags["fma"] {
		fma, isa = 2, isa+"+FMA"
	}
	perCycle := 2 * lanes * fma
	return peakFLOPs{f32: mhz / 1e3 * perCycle,
		how: fmt.Sprintf("one core, %.2f GHz × %.0f float32 FLOP/cycle (%s, two vector pipes; float64 half)", mhz/1e3, perCycle, isa)}
}

// benchTask is the shipped tiny task at fashion-mlp's shape.
func benchTask(mode, dtype string, steps, k int) (*prooflearn.Task, error) {
	task, err := tinyTask()
	if err != nil {
		return nil, err
	}
	task.Mode, task.DType = mode, dtype
	task.Model.Hidden = []int{hidden}
	task.BatchSize, task.Steps, task.CheckpointInterval = batch, steps, k
	return task, task.Validate()
}

// tinyTask is the shipped tiny task, as embedded.
func tinyTask() (*prooflearn.Task, error) {
	raw, err := testdata.Tasks.ReadFile(testdata.TinyTask)
	if err != nil {
		return nil, err
	}
	return prooflearn.DecodeTask(bytes.NewReader(raw))
}

// stepTime is the fastest of repeat runs of steps training steps, after
// warmup steps, per step, in wall and CPU seconds.
func stepTime(task *prooflearn.Task, data train.Examples, steps, repeat, warmup int) (wall, cpu float64, err error) {
	tr, err := train.New(task, data)
	if err != nil {
		return 0, 0, err
	}
	for range warmup {
		if _, err := tr.TrainStep(); err != nil {
			return 0, 0, err
		}
	}
	wall, cpu = math.Inf(1), math.Inf(1)
	for range repeat {
		w0, c0 := time.Now(), cpuTime()
		for range steps {
			if _, err := tr.TrainStep(); err != nil {
				return 0, 0, err
			}
		}
		wall = min(wall, time.Since(w0).Seconds()/float64(steps))
		cpu = min(cpu, (cpuTime()-c0).Seconds()/float64(steps))
	}
	return wall, cpu, nil
}

// overhead is one checkpoint interval's proof cost: the fastest of the
// repeats, in wall and CPU seconds (the CPU time counts the solver's
// background hashing and writing, which wall time on a loaded machine hides
// or exaggerates), and the bundle's size in bytes.
type overhead struct {
	plain, proved, plainCPU, provedCPU float64
	size                               int64
}

// proofOverhead times the task trained alone and by the solver (into a
// fresh directory each time).
func proofOverhead(task *prooflearn.Task, data solver.Dataset, repeat int) (*overhead, error) {
	o := &overhead{plain: math.Inf(1), proved: math.Inf(1), plainCPU: math.Inf(1), provedCPU: math.Inf(1)}
	root, err := os.MkdirTemp("", "prooflearn-bench-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(root)
	for i := range repeat {
		t0, c0 := time.Now(), cpuTime()
		tr, err := train.New(task, data)
		if err != nil {
			return nil, err
		}
		for tr.Step() < task.Steps {
			if _, err := tr.TrainStep(); err != nil {
				return nil, err
			}
		}
		o.plain, o.plainCPU = min(o.plain, time.Since(t0).Seconds()), min(o.plainCPU, (cpuTime()-c0).Seconds())

		dir := filepath.Join(root, strconv.Itoa(i))
		t0, c0 = time.Now(), cpuTime()
		if _, err := solver.Train(context.Background(), task, data, dir); err != nil {
			return nil, err
		}
		o.proved, o.provedCPU = min(o.proved, time.Since(t0).Seconds()), min(o.provedCPU, (cpuTime()-c0).Seconds())
		if o.size, err = dirSize(dir); err != nil {
			return nil, err
		}
		os.RemoveAll(dir)
	}
	return o, nil
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
func torchStep(cfg config) (torchLine, error) {
	script := filepath.Join("examples", "bench", "torch_mlp.py")
	if _, err := os.Stat(script); err != nil {
		return torchLine{}, fmt.Errorf("%s not found (run from the repository root)", script)
	}
	candidates := []string{"python3", "/usr/bin/python3"}
	if cfg.python != "" {
		candidates = []string{cfg.python}
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
