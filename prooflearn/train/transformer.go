package train

import (
	"fmt"
	"slices"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/kernels"
	G "gorgonia.org/gorgonia"
)

// A transformer's step graph is built from prooflearn/kernels operators in
// every mode (docs/transformer.md), as a CNN's is: the backward pass is
// written out node by node, so a tolerant transformer task computes the
// bits a deterministic one does and the arbiter re-executes every operator
// of its step bit for bit (per-operator bound zero).
//
// One function, tfStep.build, lists the operators: the protocol's order
// (StepNodes, with no graph) and the gorgonia graph (newTransformer) come
// from the same calls, so they cannot drift apart.

// tfStep lists a transformer step's operators into l and, when graph is
// not nil, builds each one's gorgonia node as graph[i] for operator i.
type tfStep struct {
	l     *opList
	dtype prooflearn.DType
	grad  bool // list the backward pass
	graph G.Nodes
	err   error
	// logits and loss are the operators of the logits and the loss.
	logits, loss int
}

// k appends the deterministic kernel kind with the given output shape,
// attributes and scalar, reading the given operators' outputs; build makes its
// graph node from the inputs' graph nodes.
func (s *tfStep) k(name, kind string, shape, attr []int, scalar float64, build func(in G.Nodes) (*G.Node, error), inputs ...int) int {
	i := s.l.with(s.l.op(name, OpKernelPrefix+kind, shape, inputs...), attr, scalar)
	if s.graph == nil {
		return i
	}
	var n *G.Node
	if s.err == nil {
		in := make(G.Nodes, len(inputs))
		for k, j := range inputs {
			in[k] = s.graph[j]
		}
		var err error
		if n, err = build(in); err != nil {
			s.err = fmt.Errorf("transformer operator %d (%s %s): %w", i, kind, name, err)
		}
	}
	s.graph = append(s.graph, n)
	return i
}

func (s *tfStep) matmul(name string, shape []int, a, b int, ta, tb bool) int {
	return s.k(name, "matmul", shape, []int{b2i(ta), b2i(tb)}, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.MatMulNode(in[0], in[1], ta, tb)
	}, a, b)
}

func (s *tfStep) addbias(name string, shape []int, z, b int) int {
	return s.k(name, "addbias", shape, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.AddBiasNode(in[0], in[1]) }, z, b)
}

func (s *tfStep) biasgrad(name string, n int, dz int) int {
	return s.k(name, "biasgrad", []int{1, n}, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.BiasGradNode(in[0]) }, dz)
}

func (s *tfStep) add(name string, shape []int, a, b int) int {
	return s.k(name, "add", shape, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.AddNode(in[0], in[1]) }, a, b)
}

// linear is x·w + b: name.xw = det.matmul(x, w), name = det.addbias.
func (s *tfStep) linear(name string, rows, out int, x, w, b int) int {
	xw := s.matmul(name+".xw", []int{rows, out}, x, w, false, false)
	return s.addbias(name, []int{rows, out}, xw, b)
}

// linearGrad is the backward pass of linear given dz at its output:
// d.<param>.w = det.matmul(xᵀ, dz) and d.<param>.b = det.biasgrad(dz) into
// grads, then the gradient at x, det.matmul(dz, wᵀ), named dx.
func (s *tfStep) linearGrad(param, dx string, rows, in, out int, x, w, dz int, grads []int, wi int) int {
	grads[wi] = s.matmul("d."+param+".w", []int{in, out}, x, dz, true, false)
	grads[wi+1] = s.biasgrad("d."+param+".b", out, dz)
	return s.matmul(dx, []int{rows, in}, dz, w, false, true)
}

func (s *tfStep) layernorm(name string, shape []int, x, g, b int) int {
	return s.k(name, "layernorm", shape, nil, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.LayerNormNode(in[0], in[1], in[2])
	}, x, g, b)
}

// layernormGrad is the backward pass of a layer norm of x with gain g
// (parameter gi, its bias gi+1) given dy: the gain's and the bias's
// gradients into grads, then the gradient at x, named dx.
func (s *tfStep) layernormGrad(param, dx string, shape []int, x, g, dy int, grads []int, gi int) int {
	w := shape[1]
	grads[gi] = s.k("d."+param+".g", "layernormgradg", []int{1, w}, nil, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.LayerNormGradGNode(in[0], in[1])
	}, x, dy)
	grads[gi+1] = s.biasgrad("d."+param+".b", w, dy)
	return s.k(dx, "layernormgradx", shape, nil, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.LayerNormGradXNode(in[0], in[1], in[2])
	}, x, g, dy)
}

func (s *tfStep) heads(name string, shape []int, ctx, heads, parts, part int, x int) int {
	return s.k(name, "heads", shape, []int{ctx, heads, parts, part}, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.HeadsNode(in[0], ctx, heads, parts, part)
	}, x)
}

func (s *tfStep) bmm(name string, shape []int, count int, a, b int, ta, tb bool) int {
	return s.k(name, "bmm", shape, []int{count, b2i(ta), b2i(tb)}, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.BatchMatMulNode(in[0], in[1], count, ta, tb)
	}, a, b)
}

// build lists a transformer's step after x, y and the parameters (in the
// order of ModelSpec.ParamShapes), and returns the node of each
// parameter's gradient. The names, with N = B·T rows of positions and
// M = B·H·T rows of head positions:
//
//	emb.tok  det.embed(x, tok.emb)              [N W]
//	emb      det.posadd(emb.tok, pos.emb)       [N W]
//
// then per block i (prefix blki., input h):
//
//	ln1                det.layernorm(h, ln1.g, ln1.b)
//	attn.qkv(.xw)      ln1·qkv.w + qkv.b            [N 3W]
//	attn.q, .k, .v     det.heads(attn.qkv) parts 0, 1, 2   [M D]
//	attn.scores        det.bmm(q, kᵀ)                 [M T]
//	attn.probs         det.causalsoftmax(scores)      [M T]
//	attn.heads         det.bmm(probs, v)              [M D]
//	attn.merged        det.unheads(attn.heads)        [N W]
//	attn.proj(.xw)     merged·proj.w + proj.b
//	res1               det.add(h, attn.proj)
//	ln2                det.layernorm(res1, ln2.g, ln2.b)
//	mlp.fc(.xw)        ln2·fc.w + fc.b                [N mlp]
//	mlp.gelu           det.gelu(mlp.fc)
//	mlp.proj(.xw)      gelu·mlp.proj.w + mlp.proj.b   [N W]
//	res2               det.add(res1, mlp.proj)        (the next block's h)
//
// then lnf = det.layernorm(h, lnf.g, lnf.b), logits(.xw) = lnf·head.w +
// head.b (lnf·tok.embᵀ + head.b when tied), targets = det.targets(x),
// logp, loss, d.logp and d.logits as in an MLP against the targets, and
// the backward pass in the reverse order, each operator's gradient named
// d.<its name>. The residual connections add the two gradients that meet
// (det.add), and a tied embedding's gradient is the sum of its two uses'.
func (s *tfStep) build(spec prooflearn.ModelSpec, batch int, x int, params []int) []int {
	names, _ := spec.ParamShapes()
	p := make(map[string]int, len(names))
	for i, n := range names {
		p[n] = i
	}
	param := func(name string) int { return params[p[name]] }
	B, T, W, H, V, F := batch, spec.Context, spec.Width, spec.Heads, spec.Vocab, spec.MLP
	D, N, M := W/H, B*T, B*H*T
	nw := []int{N, W}
	scale := kernels.AttentionScale(D)
	if s.dtype == prooflearn.Float32 {
		scale = float64(float32(scale))
	}

	emb := s.k("emb.tok", "embed", nw, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.EmbedNode(in[0], in[1]) }, x, param("tok.emb"))
	h := s.k("emb", "posadd", nw, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.PosAddNode(in[0], in[1]) }, emb, param("pos.emb"))
	type block struct{ in, ln1, q, k, v, probs, merged, res1, ln2, fc, gelu int }
	blocks := make([]block, spec.Blocks)
	for i := range blocks {
		pre := fmt.Sprintf("blk%d.", i)
		b := block{in: h}
		b.ln1 = s.layernorm(pre+"ln1", nw, h, param(pre+"ln1.g"), param(pre+"ln1.b"))
		qkv := s.linear(pre+"attn.qkv", N, 3*W, b.ln1, param(pre+"attn.qkv.w"), param(pre+"attn.qkv.b"))
		b.q = s.heads(pre+"attn.q", []int{M, D}, T, H, 3, 0, qkv)
		b.k = s.heads(pre+"attn.k", []int{M, D}, T, H, 3, 1, qkv)
		b.v = s.heads(pre+"attn.v", []int{M, D}, T, H, 3, 2, qkv)
		scores := s.bmm(pre+"attn.scores", []int{M, T}, B*H, b.q, b.k, false, true)
		b.probs = s.k(pre+"attn.probs", "causalsoftmax", []int{M, T}, nil, scale, func(in G.Nodes) (*G.Node, error) {
			return kernels.CausalSoftmaxNode(in[0], scale)
		}, scores)
		att := s.bmm(pre+"attn.heads", []int{M, D}, B*H, b.probs, b.v, false, false)
		b.merged = s.k(pre+"attn.merged", "unheads", nw, []int{T, H}, 0, func(in G.Nodes) (*G.Node, error) {
			return kernels.UnheadsNode(T, H, in...)
		}, att)
		proj := s.linear(pre+"attn.proj", N, W, b.merged, param(pre+"attn.proj.w"), param(pre+"attn.proj.b"))
		b.res1 = s.add(pre+"res1", nw, h, proj)
		b.ln2 = s.layernorm(pre+"ln2", nw, b.res1, param(pre+"ln2.g"), param(pre+"ln2.b"))
		b.fc = s.linear(pre+"mlp.fc", N, F, b.ln2, param(pre+"mlp.fc.w"), param(pre+"mlp.fc.b"))
		b.gelu = s.k(pre+"mlp.gelu", "gelu", []int{N, F}, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.GELUNode(in[0]) }, b.fc)
		mproj := s.linear(pre+"mlp.proj", N, W, b.gelu, param(pre+"mlp.proj.w"), param(pre+"mlp.proj.b"))
		h = s.add(pre+"res2", nw, b.res1, mproj)
		blocks[i] = b
	}
	lnf := s.layernorm("lnf", nw, h, param("lnf.g"), param("lnf.b"))
	var xw int
	if spec.Tied {
		xw = s.matmul("logits.xw", []int{N, V}, lnf, param("tok.emb"), false, true)
	} else {
		xw = s.matmul("logits.xw", []int{N, V}, lnf, param("head.w"), false, false)
	}
	logits := s.addbias("logits", []int{N, V}, xw, param("head.b"))
	s.logits = logits
	nv := []int{N, V}
	lossScale := -1 / float64(N)
	targets := s.k("targets", "targets", nv, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.TargetsNode(in[0], V) }, x)
	logp := s.k("logp", "logsoftmax", nv, nil, 0, func(in G.Nodes) (*G.Node, error) { return kernels.LogSoftmaxNode(in[0]) }, logits)
	s.loss = s.k("loss", "crossentropy", nil, nil, lossScale, func(in G.Nodes) (*G.Node, error) {
		return kernels.CrossEntropyNode(in[0], in[1])
	}, logp, targets)
	if !s.grad {
		return nil
	}
	grads := make([]int, len(params))
	dlogp := s.k("d.logp", "crossentropygrad", nv, nil, lossScale, func(in G.Nodes) (*G.Node, error) {
		return kernels.CrossEntropyGradNode(in[0])
	}, targets)
	dz := s.k("d.logits", "logsoftmaxgrad", nv, nil, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.LogSoftmaxGradNode(in[0], in[1])
	}, logp, dlogp)
	grads[p["head.b"]] = s.biasgrad("d.head.b", V, dz)
	var dtokHead, dlnf int
	if spec.Tied {
		dtokHead = s.matmul("d.tok.emb.head", []int{V, W}, dz, lnf, true, false)
		dlnf = s.matmul("d.lnf", nw, dz, param("tok.emb"), false, false)
	} else {
		grads[p["head.w"]] = s.matmul("d.head.w", []int{W, V}, lnf, dz, true, false)
		dlnf = s.matmul("d.lnf", nw, dz, param("head.w"), false, true)
	}
	dh := s.layernormGrad("lnf", fmt.Sprintf("d.blk%d.res2", spec.Blocks-1), nw, h, param("lnf.g"), dlnf, grads, p["lnf.g"])
	for i := spec.Blocks - 1; i >= 0; i-- {
		b, pre := blocks[i], fmt.Sprintf("blk%d.", i)
		dpre, pi := "d."+pre, func(n string) int { return p[pre+n] }
		dgelu := s.linearGrad(pre+"mlp.proj", dpre+"mlp.gelu", N, F, W, b.gelu, param(pre+"mlp.proj.w"), dh, grads, pi("mlp.proj.w"))
		dfc := s.k(dpre+"mlp.fc", "gelugrad", []int{N, F}, nil, 0, func(in G.Nodes) (*G.Node, error) {
			return kernels.GELUGradNode(in[0], in[1])
		}, b.fc, dgelu)
		dln2 := s.linearGrad(pre+"mlp.fc", dpre+"ln2", N, W, F, b.ln2, param(pre+"mlp.fc.w"), dfc, grads, pi("mlp.fc.w"))
		dres1ln := s.layernormGrad(pre+"ln2", dpre+"res1.ln2", nw, b.res1, param(pre+"ln2.g"), dln2, grads, pi("ln2.g"))
		dres1 := s.add(dpre+"res1", nw, dh, dres1ln)
		dmerged := s.linearGrad(pre+"attn.proj", dpre+"attn.merged", N, W, W, b.merged, param(pre+"attn.proj.w"), dres1, grads, pi("attn.proj.w"))
		datt := s.heads(dpre+"attn.heads", []int{M, D}, T, H, 1, 0, dmerged)
		dprobs := s.bmm(dpre+"attn.probs", []int{M, T}, B*H, datt, b.v, false, true)
		dv := s.bmm(dpre+"attn.v", []int{M, D}, B*H, b.probs, datt, true, false)
		dscores := s.k(dpre+"attn.scores", "causalsoftmaxgrad", []int{M, T}, nil, scale, func(in G.Nodes) (*G.Node, error) {
			return kernels.CausalSoftmaxGradNode(in[0], in[1], scale)
		}, b.probs, dprobs)
		dq := s.bmm(dpre+"attn.q", []int{M, D}, B*H, dscores, b.k, false, false)
		dk := s.bmm(dpre+"attn.k", []int{M, D}, B*H, dscores, b.q, true, false)
		dqkv := s.k(dpre+"attn.qkv", "unheads", []int{N, 3 * W}, []int{T, H}, 0, func(in G.Nodes) (*G.Node, error) {
			return kernels.UnheadsNode(T, H, in...)
		}, dq, dk, dv)
		dln1 := s.linearGrad(pre+"attn.qkv", dpre+"ln1", N, W, 3*W, b.ln1, param(pre+"attn.qkv.w"), dqkv, grads, pi("attn.qkv.w"))
		dinln := s.layernormGrad(pre+"ln1", dpre+"in.ln1", nw, b.in, param(pre+"ln1.g"), dln1, grads, pi("ln1.g"))
		below := "d.emb"
		if i > 0 {
			below = fmt.Sprintf("d.blk%d.res2", i-1)
		}
		dh = s.add(below, nw, dres1, dinln)
	}
	grads[p["pos.emb"]] = s.k("d.pos.emb", "posgrad", []int{T, W}, nil, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.PosGradNode(in[0], T)
	}, dh)
	name := "d.tok.emb"
	if spec.Tied {
		name = "d.tok.emb.in"
	}
	dtok := s.k(name, "embedgrad", []int{V, W}, nil, 0, func(in G.Nodes) (*G.Node, error) {
		return kernels.EmbedGradNode(in[0], in[1], V)
	}, x, dh)
	if spec.Tied {
		dtok = s.add("d.tok.emb", []int{V, W}, dtok, dtokHead)
	}
	grads[p["tok.emb"]] = dtok
	return grads
}

// transformerStep lists the operators of a transformer's step (build). It
// returns the node of each parameter's gradient.
func (l *opList) transformerStep(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, x int, params []int) []int {
	s := &tfStep{l: l, dtype: dt, grad: true}
	return s.build(spec, batch, x, params)
}

// newTransformer builds a transformer's step graph from the same listing.
func newTransformer(spec prooflearn.ModelSpec, dt prooflearn.DType, batch int, params []prooflearn.Tensor, grad bool) (*mlp, error) {
	m := newInputs(spec, dt, batch, params)
	m.kernels = deterministicKernels
	m.tokens = true
	l := &opList{}
	s := &tfStep{l: l, dtype: dt, grad: grad}
	s.graph = G.Nodes{m.x, m.y}
	x := l.op("x", OpBatchX, []int{batch, spec.Input})
	l.op("y", OpBatchY, []int{batch, spec.Classes})
	ids := make([]int, len(params))
	for i := range params {
		ids[i] = l.add(Node{Name: params[i].Name, Op: OpLoadState, Shape: slices.Clone(params[i].Shape), State: i})
		s.graph = append(s.graph, m.params[i])
	}
	grads := s.build(spec, batch, x, ids)
	if s.err != nil {
		return nil, s.err
	}
	m.logits, m.loss = s.graph[s.logits], s.graph[s.loss]
	if grad {
		m.grads = make(G.Nodes, len(grads))
		for i, g := range grads {
			m.grads[i] = s.graph[g]
		}
	}
	return m, m.compile()
}
