package train

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// tapeStep is the training step as the trainer ran it on gorgonia's tape
// machine: the whole graph, values reallocated every run, the tolerant
// gradients read from the parameters' dual values, kernels.Update. It is the
// reference the inline machine and the fused update must match bit for bit.
type tapeStep struct {
	net   *mlp
	vm    G.VM
	state *prooflearn.Checkpoint
	task  *prooflearn.Task
}

func newTapeStep(t *testing.T, task *prooflearn.Task, init *prooflearn.Checkpoint) *tapeStep {
	t.Helper()
	state := init.Clone()
	net, err := buildMLP(kernelsFor(task), task.Model, task.ElemType(), task.BatchSize, state.Params, true)
	if err != nil {
		t.Fatal(err)
	}
	net.vm.Close()
	var vm G.VM
	if net.kernels == deterministicKernels {
		vm = G.NewTapeMachine(net.g)
	} else {
		vm = G.NewTapeMachine(net.g, G.BindDualValues(net.params...))
	}
	return &tapeStep{net: net, vm: vm, state: state, task: task}
}

func (r *tapeStep) step(t *testing.T, data Examples, indices []int) float64 {
	t.Helper()
	r.net.load(data, indices)
	if err := r.vm.RunAll(); err != nil {
		t.Fatal(err)
	}
	defer r.vm.Reset()
	var loss float64
	switch v := r.net.loss.Value().Data().(type) {
	case float32:
		loss = float64(v)
	case float64:
		loss = v
	}
	lr := r.task.LearningRate(r.state.Step)
	mu := r.task.Optimizer.Momentum
	for i := range r.state.Params {
		var g G.Value
		if r.net.kernels == deterministicKernels {
			g = r.net.grads[i].Value()
		} else {
			var err error
			if g, err = r.net.params[i].Grad(); err != nil {
				t.Fatal(err)
			}
		}
		p := &r.state.Params[i]
		var mom *prooflearn.Tensor
		if len(r.state.OptState) > 0 {
			mom = &r.state.OptState[i]
		}
		switch gv := g.Data().(type) {
		case []float32:
			var v []float32
			if mom != nil {
				v = mom.F32
			}
			kernels.Update(p.F32, v, gv, float32(lr), float32(mu))
		case []float64:
			var v []float64
			if mom != nil {
				v = mom.F64
			}
			kernels.Update(p.F64, v, gv, lr, mu)
		}
		if z, ok := g.(tensor.Tensor); ok && r.net.kernels != deterministicKernels {
			z.Zero()
		}
	}
	r.state.Step++
	return loss
}

// The trainer (inline machine over the subgraph, reused buffers, fused
// update) follows the tape machine's trajectory bit for bit: every loss,
// every parameter and momentum value after every step, in both modes and
// element types, for one and two hidden layers, and for a batch of one
// (where gorgonia's repeat by 1 hands back its input).
func TestInlineMachineMatchesTapeMachine(t *testing.T) {
	split, err := dataset.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	data := split.Train
	steps := 25
	if testing.Short() {
		steps = 8
	}
	for _, c := range []struct {
		name, mode, dtype, opt string
		hidden                 []int
		batch                  int
	}{
		{"tolerant-f32", prooflearn.ModeTolerant, "float32", "momentum", []int{32}, 32},
		{"tolerant-f64", prooflearn.ModeTolerant, "float64", "momentum", []int{32}, 32},
		{"tolerant-f32-sgd-2layers", prooflearn.ModeTolerant, "float32", "sgd", []int{24, 12}, 16},
		{"tolerant-f32-batch1", prooflearn.ModeTolerant, "float32", "momentum", []int{16}, 1},
		{"deterministic-f32", prooflearn.ModeDeterministic, "float32", "momentum", []int{32}, 32},
		{"deterministic-f64-2layers", prooflearn.ModeDeterministic, "float64", "momentum", []int{16, 8}, 8},
	} {
		t.Run(c.name, func(t *testing.T) {
			task, err := prooflearn.ReadTask("../../testdata/tasks/tiny.json")
			if err != nil {
				t.Fatal(err)
			}
			task.Mode, task.DType = c.mode, c.dtype
			task.Model.Hidden = c.hidden
			task.BatchSize = c.batch
			task.Optimizer.Type = c.opt
			if c.opt == "sgd" {
				task.Optimizer.Momentum = 0
			}
			if err := task.Validate(); err != nil {
				t.Fatal(err)
			}
			tr, err := New(task, data)
			if err != nil {
				t.Fatal(err)
			}
			ref := newTapeStep(t, task, tr.Checkpoint())
			for s := 0; s < steps; s++ {
				indices := tr.Batch(s)
				want := ref.step(t, data, indices)
				got, err := tr.TrainStep()
				if err != nil {
					t.Fatal(err)
				}
				if math.Float64bits(got) != math.Float64bits(want) {
					t.Fatalf("step %d: loss %v, tape machine %v", s, got, want)
				}
				assertSameBits(t, s, tr.state.Params, ref.state.Params)
				assertSameBits(t, s, tr.state.OptState, ref.state.OptState)
			}
			// The evaluation graph runs on the same machine.
			acc, err := tr.Accuracy(split.Test)
			if err != nil || acc <= 0 {
				t.Errorf("accuracy %v, %v", acc, err)
			}
		})
	}
}

func assertSameBits(t *testing.T, step int, got, want []prooflearn.Tensor) {
	t.Helper()
	for i := range want {
		g, w := &got[i], &want[i]
		for j := range w.F32 {
			if math.Float32bits(g.F32[j]) != math.Float32bits(w.F32[j]) {
				t.Fatalf("step %d: %s[%d] = %v, tape machine %v", step, w.Name, j, g.F32[j], w.F32[j])
			}
		}
		for j := range w.F64 {
			if math.Float64bits(g.F64[j]) != math.Float64bits(w.F64[j]) {
				t.Fatalf("step %d: %s[%d] = %v, tape machine %v", step, w.Name, j, g.F64[j], w.F64[j])
			}
		}
	}
}

// sgdUpdate is kernels.Update, with the gradient entering as +0 + g unless
// signed zeros are kept: checked on lengths around the unrolling and on
// values where rounding and the sign of zero show.
func TestSGDUpdateMatchesKernelsUpdate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	special := []float64{0, math.Copysign(0, -1), 1e-45, -1e-45, 1e-320, -1e-320, math.Inf(1), math.NaN(), 1, -3.5}
	draw := func() float64 {
		if rng.IntN(3) == 0 {
			return special[rng.IntN(len(special))]
		}
		return rng.NormFloat64() * math.Pow(10, float64(rng.IntN(8)-4))
	}
	for n := 0; n < 11; n++ {
		for _, momentum := range []bool{false, true} {
			for _, signedZero := range []bool{false, true} {
				for trial := 0; trial < 20; trial++ {
					w, v, g := make([]float64, n), make([]float64, n), make([]float64, n)
					for i := range w {
						w[i], v[i], g[i] = draw(), draw(), draw()
					}
					checkUpdate(t, w, v, g, momentum, signedZero, 0.05, 0.9)
					checkUpdate(t, toF32(w), toF32(v), toF32(g), momentum, signedZero, 0.05, 0.9)
				}
			}
		}
	}
}

func toF32(x []float64) []float32 {
	out := make([]float32, len(x))
	for i, v := range x {
		out[i] = float32(v)
	}
	return out
}

func checkUpdate[F float32 | float64](t *testing.T, w, v, g []F, momentum, signedZero bool, lr, mu F) {
	t.Helper()
	w1, w2 := append([]F(nil), w...), append([]F(nil), w...)
	v1, v2 := append([]F(nil), v...), append([]F(nil), v...)
	gin := append([]F(nil), g...)
	if !signedZero {
		for i := range gin {
			gin[i] += 0 // the dual value's accumulation: +0 + g
		}
	}
	if !momentum {
		v1, v2 = nil, nil
	}
	kernels.Update(w1, v1, gin, lr, mu)
	sgdUpdate(w2, v2, g, lr, mu, signedZero)
	if !sameBits(w1, w2) || !sameBits(v1, v2) {
		t.Fatalf("len %d momentum %v signedZero %v: w %v v %v, kernels.Update w %v v %v (g %v)", len(w), momentum, signedZero, w2, v2, w1, v1, g)
	}
}

func sameBits[F float32 | float64](a, b []F) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if bitsOf(a[i]) != bitsOf(b[i]) {
			return false
		}
	}
	return true
}

func bitsOf[F float32 | float64](x F) uint64 {
	switch v := any(x).(type) {
	case float32:
		return uint64(math.Float32bits(v))
	case float64:
		return math.Float64bits(v)
	}
	return 0
}

// Adding +0 at run time turns −0 into +0: the compiler must not fold it away.
func TestPlusZeroNormalisesNegativeZero(t *testing.T) {
	negZero := float32(math.Copysign(0, -1))
	w, g := []float32{0}, []float32{negZero}
	sgdUpdate(w, nil, g, 1, 0, false) // w = +0 − lr·(+0) = +0
	if math.Signbit(float64(w[0])) {
		t.Errorf("+0 + (−0) kept the sign")
	}
	w = []float32{negZero}
	sgdUpdate(w, nil, []float32{0}, 1, 0, true) // −0 − (+0) = −0
	if !math.Signbit(float64(w[0])) {
		t.Errorf("−0 − (+0) lost the sign")
	}
}

// The pixel table holds exactly F(b)/255.
func TestFillBatchMatchesDivision(t *testing.T) {
	data := newSynthetic(20)
	indices := []int{3, 1, 4, 1, 5}
	x := make([]float32, len(indices)*16)
	y := make([]float32, len(indices)*4)
	fillBatch(x, y, data, indices, &pixels32)
	for r, idx := range indices {
		for c, b := range data.Pixels(idx) {
			if want := float32(b) / 255; math.Float32bits(x[r*16+c]) != math.Float32bits(want) {
				t.Fatalf("row %d col %d: %v, want %v", r, c, x[r*16+c], want)
			}
		}
		for k := 0; k < 4; k++ {
			want := float32(0)
			if k == int(data.Label(idx)) {
				want = 1
			}
			if y[r*4+k] != want {
				t.Fatalf("row %d label %d: %v, want %v", r, k, y[r*4+k], want)
			}
		}
	}
	for b := range 256 {
		if math.Float64bits(pixels64[b]) != math.Float64bits(float64(b)/255) {
			t.Fatalf("pixels64[%d] = %v", b, pixels64[b])
		}
	}
}

// CheckpointInto gives what Checkpoint gives, into the storage it is handed
// when that fits.
func TestCheckpointIntoMatchesCheckpoint(t *testing.T) {
	data := newSynthetic(200)
	task := syntheticTask("float32", "momentum", data)
	tr, err := New(task, data)
	if err != nil {
		t.Fatal(err)
	}
	old := tr.Checkpoint()
	for range 7 {
		if _, err := tr.TrainStep(); err != nil {
			t.Fatal(err)
		}
	}
	storage := &old.Params[0].F32[0]
	got := tr.CheckpointInto(old)
	want := tr.Checkpoint()
	if got != old || &got.Params[0].F32[0] != storage {
		t.Errorf("CheckpointInto did not reuse the checkpoint it was given")
	}
	if !reflect.DeepEqual(got, want) || got.LeafHash() != want.LeafHash() {
		t.Errorf("CheckpointInto = step %d %+v, Checkpoint = step %d %+v", got.Step, got.RNG, want.Step, want.RNG)
	}
	if fresh := tr.CheckpointInto(nil); !reflect.DeepEqual(fresh, want) {
		t.Errorf("CheckpointInto(nil) differs from Checkpoint")
	}
	if odd := tr.CheckpointInto(&prooflearn.Checkpoint{}); !reflect.DeepEqual(odd, want) {
		t.Errorf("CheckpointInto(empty) differs from Checkpoint")
	}
}
