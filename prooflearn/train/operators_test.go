package train

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	G "gorgonia.org/gorgonia"

	"github.com/prooflearn/prooflearn/prooflearn"
)

var updateOps = flag.Bool("update-ops", false, "rewrite testdata/golden/<task>.ops.* from the protocol's operator lists")

const goldenDir = "../../testdata/golden"

// TestOperatorOrderGolden pins the protocol's operator list of every
// shipped task: its readable form (testdata/golden/<task>.ops.txt) and its
// hash (<task>.ops.sha256). A change of the order, a name, a shape or an
// attribute fails here; the tracer must bind this build's gorgonia graph to
// the same list, so a dependency upgrade that builds another graph fails
// here too, not in a dispute between two builds. After a deliberate
// protocol change, rerun with -update-ops and bump nodesDomain.
func TestOperatorOrderGolden(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/tasks/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".json")
		t.Run(name, func(t *testing.T) {
			task, err := prooflearn.ReadTask(path)
			require.NoError(t, err)
			nodes, err := StepNodes(task, 0)
			require.NoError(t, err)
			text, sum := FormatNodes(nodes), NodesHash(nodes).String()+"\n"
			txtPath := filepath.Join(goldenDir, name+".ops.txt")
			sumPath := filepath.Join(goldenDir, name+".ops.sha256")
			if *updateOps {
				require.NoError(t, os.WriteFile(txtPath, []byte(text), 0o644))
				require.NoError(t, os.WriteFile(sumPath, []byte(sum), 0o644))
			}
			wantText, err := os.ReadFile(txtPath)
			require.NoError(t, err, "run go test ./prooflearn/train -run TestOperatorOrderGolden -update-ops")
			wantSum, err := os.ReadFile(sumPath)
			require.NoError(t, err)
			assert.Equal(t, string(wantText), text, "the operator list of %s changed", name)
			assert.Equal(t, string(wantSum), sum, "the operator list hash of %s changed", name)

			tr, err := NewTracer(task, nil)
			require.NoError(t, err, "this build's graph does not bind to the protocol's operator order")
			defer tr.Close()
			assert.Equal(t, nodes, tr.Nodes(0), "the tracer's operator list differs from the protocol's")
		})
	}
}

// stepConfigs are the model, optimizer, dtype and mode combinations the
// binding is tested on.
func stepConfigs(data *synthetic) map[string]*prooflearn.Task {
	out := map[string]*prooflearn.Task{}
	for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
		for _, hidden := range [][]int{nil, {8}, {8, 6}} {
			for _, c := range []struct{ dtype, opt string }{{"float32", "momentum"}, {"float64", "sgd"}} {
				task := syntheticTask(c.dtype, c.opt, data)
				task.Mode, task.Model.Hidden = mode, hidden
				out[fmt.Sprintf("%s %s %s hidden %v", mode, c.dtype, c.opt, hidden)] = task
			}
		}
	}
	return out
}

// TestStepNodesMatchTracer: the list derived from the spec alone is the
// one the tracer binds its graph to, for every step's learning rate.
func TestStepNodesMatchTracer(t *testing.T) {
	data := newSynthetic(50)
	for name, task := range stepConfigs(data) {
		t.Run(name, func(t *testing.T) {
			tr, err := NewTracer(task, data)
			require.NoError(t, err)
			defer tr.Close()
			for _, step := range []int{0, 7} {
				nodes, err := StepNodes(task, step)
				require.NoError(t, err)
				assert.Equal(t, nodes, tr.Nodes(step))
			}
			names := map[string]int{}
			for _, n := range tr.Nodes(0) {
				if n.Op != OpLoadState {
					names[n.Name]++
				}
			}
			for n, count := range names {
				assert.Equal(t, 1, count, "operator name %q is not unique", n)
			}
		})
	}
}

// TestBindGraphIgnoresGraphOrder: the binding reads the graph's structure,
// not the order gorgonia keeps or sorts its nodes in, so a build whose
// graph lists the same operators in another order numbers them alike.
func TestBindGraphIgnoresGraphOrder(t *testing.T) {
	data := newSynthetic(50)
	for name, task := range stepConfigs(data) {
		t.Run(name, func(t *testing.T) {
			net, nodes, graphOps := testGraph(t, task)
			want, err := bindGraph(nodes, graphOps, net, net.g.AllNodes())
			require.NoError(t, err)
			sorted, err := G.Sort(net.g)
			require.NoError(t, err)
			orders := map[string]G.Nodes{"sorted": sorted, "reversed": reversed(net.g.AllNodes())}
			rng := rand.New(rand.NewPCG(1, 2))
			for i := range 3 {
				shuffled := append(G.Nodes(nil), net.g.AllNodes()...)
				rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
				orders["shuffled "+string(rune('a'+i))] = shuffled
			}
			for order, all := range orders {
				got, err := bindGraph(nodes, graphOps, net, all)
				require.NoError(t, err, order)
				assert.Equal(t, want, got, order)
			}
		})
	}
}

// TestBindGraphRejectsAnotherGraph: a graph with an operator the protocol
// does not list, or a protocol entry the graph does not compute, is an
// error when the tracer is built, never a silent renumbering.
func TestBindGraphRejectsAnotherGraph(t *testing.T) {
	data := newSynthetic(50)
	for _, mode := range []string{prooflearn.ModeTolerant, prooflearn.ModeDeterministic} {
		task := syntheticTask("float32", "momentum", data)
		task.Mode = mode
		t.Run(mode+" extra operator", func(t *testing.T) {
			net, nodes, graphOps := testGraph(t, task)
			_, err := G.Mul(net.loss, net.loss)
			require.NoError(t, err)
			_, err = bindGraph(nodes, graphOps, net, net.g.AllNodes())
			assert.ErrorContains(t, err, "is not in the protocol's operator order")
		})
		t.Run(mode+" changed attribute", func(t *testing.T) {
			net, nodes, graphOps := testGraph(t, task)
			for i := range nodes[:graphOps] {
				if strings.HasSuffix(nodes[i].Op, "matmul") {
					nodes[i].Attr = []int{1, 1}
					break
				}
			}
			_, err := bindGraph(nodes, graphOps, net, net.g.AllNodes())
			assert.ErrorContains(t, err, "the graph has no operator")
		})
		t.Run(mode+" swapped inputs", func(t *testing.T) {
			net, nodes, graphOps := testGraph(t, task)
			for i := range nodes[:graphOps] {
				if in := nodes[i].Inputs; len(in) == 2 && in[0] != in[1] && nodes[i].Op != OpMul {
					in[0], in[1] = in[1], in[0]
					break
				}
			}
			_, err := bindGraph(nodes, graphOps, net, net.g.AllNodes())
			assert.ErrorContains(t, err, "the graph has no operator")
		})
		t.Run(mode+" update reads another gradient", func(t *testing.T) {
			net, nodes, graphOps := testGraph(t, task)
			for i := graphOps; i < len(nodes); i++ {
				if nodes[i].Name == "grad.w0" {
					nodes[i].Inputs[0]--
				}
			}
			_, err := bindGraph(nodes, graphOps, net, net.g.AllNodes())
			assert.ErrorContains(t, err, "does not read the graph's gradient of parameter 0")
		})
		t.Run(mode+" missing operator", func(t *testing.T) {
			net, nodes, graphOps := testGraph(t, task)
			// Drop the last graph operator: its graph node stays unbound.
			_, err := bindGraph(nodes[:graphOps-1], graphOps-1, net, net.g.AllNodes())
			assert.ErrorContains(t, err, "is not in the protocol's operator order")
		})
	}
}

// TestOperatorListEncoding: the hash covers every field of every node.
func TestOperatorListEncoding(t *testing.T) {
	task := syntheticTask("float32", "momentum", newSynthetic(50))
	nodes, err := StepNodes(task, 0)
	require.NoError(t, err)
	base := NodesHash(nodes)
	edits := map[string]func(n []Node){
		"index":  func(n []Node) { n[3].Index++ },
		"name":   func(n []Node) { n[6].Name += "'" },
		"op":     func(n []Node) { n[6].Op = OpAdd },
		"inputs": func(n []Node) { n[6].Inputs[0]++ },
		"shape":  func(n []Node) { n[6].Shape[0]++ },
		"attr":   func(n []Node) { n[6].Attr[0] = 1 },
		"scalar": func(n []Node) { n[len(n)-1].Scalar *= 2 },
		"state":  func(n []Node) { n[2].State = 5 },
		"length": func(n []Node) { n[len(n)-1] = n[len(n)-2] },
	}
	for name, edit := range edits {
		t.Run(name, func(t *testing.T) {
			changed, err := StepNodes(task, 0)
			require.NoError(t, err)
			edit(changed)
			assert.NotEqual(t, base, NodesHash(changed))
		})
	}
	later, err := StepNodes(task, 0)
	require.NoError(t, err)
	assert.Equal(t, base, NodesHash(later), "the hash is not a function of the list")
}

// testGraph builds a task's step graph as NewTracer does, with the
// protocol's list for it.
func testGraph(t *testing.T, task *prooflearn.Task) (*mlp, []Node, int) {
	t.Helper()
	require.NoError(t, task.Validate())
	names, shapes := task.Model.ParamShapes()
	params := make([]prooflearn.Tensor, len(names))
	for i := range names {
		params[i] = prooflearn.NewTensor(names[i], task.ElemType(), shapes[i]...)
	}
	net, err := buildMLP(kernelsFor(task), task.Model, task.ElemType(), task.BatchSize, params, true)
	require.NoError(t, err)
	t.Cleanup(func() { net.vm.Close() })
	nodes, graphOps := protocolNodes(task)
	return net, nodes, graphOps
}

func reversed(nodes G.Nodes) G.Nodes {
	out := make(G.Nodes, len(nodes))
	for i, n := range nodes {
		out[len(nodes)-1-i] = n
	}
	return out
}
