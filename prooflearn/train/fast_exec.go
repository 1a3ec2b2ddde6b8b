package train

import (
	"fmt"

	G "gorgonia.org/gorgonia"
	"gorgonia.org/tensor"
)

// inlineVM runs the operators of a gorgonia graph that a given set of roots
// depends on, in the caller's goroutine, each into a buffer it keeps between
// runs. It stands in for gorgonia's tape machine, whose RunAll starts a new
// goroutine locked to an OS thread on every run, reallocates every node's
// value and runs the whole graph, including the gradient with respect to the
// input batch that nothing reads.
//
// It calls the same operators on the same inputs as the tape machine, only
// into other buffers: an operator writes its whole output (GEMMs with β = 0,
// elementwise operators, reductions into fresh values), so a reused buffer
// gives the same bits as a fresh one. The trainer's tests check that against
// the tape machine, step by step.
//
// Values are not bound to the graph's nodes: read them with value. A Tracer
// compiles its own tape machine over the same graph and binds its values as
// before.
type inlineVM struct {
	leaves []*G.Node // inputs and constants, read at every run
	steps  []inlineStep
	vals   []G.Value // one slot per node: the leaves', then the steps'
	slot   map[*G.Node]int
	ran    bool
}

// inlineStep is one operator: its inputs' slots, its own slot and the buffer
// it writes into from the second run on.
type inlineStep struct {
	node     *G.Node
	op       G.Op
	prealloc G.UsePreallocDoer // nil when the operator cannot write into a buffer
	in       []int
	args     []G.Value
	out      int
	buf      G.Value
}

// newInlineVM orders the ancestors of roots (inputs before the operators that
// read them) and prepares a slot for each.
func newInlineVM(g *G.ExprGraph, roots ...*G.Node) (*inlineVM, error) {
	vm := &inlineVM{slot: make(map[*G.Node]int)}
	var ops []*G.Node
	state := make(map[*G.Node]int8) // 1 while on the walk's stack, 2 when ordered
	var visit func(n *G.Node) error
	visit = func(n *G.Node) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("train: graph has a cycle through %v", n)
		case 2:
			return nil
		}
		state[n] = 1
		children := g.From(n.ID())
		if children == nil || children.Len() == 0 {
			vm.leaves = append(vm.leaves, n)
		} else {
			for children.Next() {
				if err := visit(children.Node().(*G.Node)); err != nil {
					return err
				}
			}
			ops = append(ops, n)
		}
		state[n] = 2
		return nil
	}
	for _, r := range roots {
		if r == nil {
			return nil, fmt.Errorf("train: nil root node")
		}
		if err := visit(r); err != nil {
			return nil, err
		}
	}
	for i, n := range vm.leaves {
		vm.slot[n] = i
		// The tape machine gives every bound value gorgonia's engine.
		setStandardEngine(n.Value())
	}
	for _, n := range ops {
		vm.slot[n] = len(vm.slot)
	}
	vm.vals = make([]G.Value, len(vm.slot))
	vm.steps = make([]inlineStep, len(ops))
	for i, n := range ops {
		s := &vm.steps[i]
		s.node, s.op, s.out = n, n.Op(), vm.slot[n]
		s.prealloc, _ = s.op.(G.UsePreallocDoer)
		if d, ok := s.op.(intoDoer); ok {
			s.prealloc = intoPrealloc{d}
		}
		for children := g.From(n.ID()); children.Next(); {
			s.in = append(s.in, vm.slot[children.Node().(*G.Node)])
		}
		s.args = make([]G.Value, len(s.in))
	}
	return vm, nil
}

// intoDoer is an operator that writes into a buffer it is given, as the
// deterministic kernels' operators do (kernels.Op.DoInto). They do not offer
// it as gorgonia's UsePreallocDo, which a tape machine would also call; this
// machine keeps one buffer per operator, so it may.
type intoDoer interface {
	DoInto(buf G.Value, vals ...G.Value) (G.Value, error)
}

type intoPrealloc struct{ intoDoer }

func (p intoPrealloc) UsePreallocDo(buf G.Value, vals ...G.Value) (G.Value, error) {
	return p.DoInto(buf, vals...)
}

// RunAll runs every operator once, in order.
func (vm *inlineVM) RunAll() error {
	vm.ran = false
	for i, n := range vm.leaves {
		v := n.Value()
		if v == nil {
			return fmt.Errorf("train: no value bound to %v", n)
		}
		vm.vals[i] = v
	}
	for i := range vm.steps {
		s := &vm.steps[i]
		for j, k := range s.in {
			s.args[j] = vm.vals[k]
		}
		v, err := s.run()
		if err != nil {
			return fmt.Errorf("train: %v: %w", s.node, err)
		}
		vm.vals[s.out] = v
	}
	vm.ran = true
	return nil
}

// run applies the operator, into its buffer when it has one; the first run
// allocates the buffer as the tape machine would allocate the value.
func (s *inlineStep) run() (G.Value, error) {
	if s.buf != nil {
		if v, err := s.prealloc.UsePreallocDo(s.buf, s.args...); err == nil {
			return v, nil
		}
		// The tape machine falls back to Do when a buffer does not fit.
		s.buf = nil
	}
	v, err := s.op.Do(s.args...)
	if err != nil {
		return nil, err
	}
	setStandardEngine(v)
	if s.prealloc != nil && ownsMemory(v, s.args) {
		s.buf = v
	}
	return v, nil
}

// ownsMemory reports whether v is a tensor whose data is none of args':
// an operator that returns one of its inputs (a repeat by 1, a reshape) must
// not later write into it.
func ownsMemory(v G.Value, args []G.Value) bool {
	t, ok := v.(tensor.Tensor)
	if !ok || t.Uintptr() == 0 {
		return false
	}
	for _, a := range args {
		if a != nil && a.Uintptr() == t.Uintptr() {
			return false
		}
	}
	return true
}

func setStandardEngine(v G.Value) {
	if t, ok := v.(tensor.Tensor); ok {
		tensor.WithEngine(G.StandardEngine{})(t)
	}
}

// value is n's value from the last run, or nil.
func (vm *inlineVM) value(n *G.Node) G.Value {
	i, ok := vm.slot[n]
	if !ok || !vm.ran {
		return nil
	}
	return vm.vals[i]
}

// Reset keeps the buffers: the next run writes over them.
func (vm *inlineVM) Reset() {}

// Close releases the buffers.
func (vm *inlineVM) Close() error {
	for i := range vm.steps {
		vm.steps[i].buf = nil
	}
	clear(vm.vals)
	vm.ran = false
	return nil
}
