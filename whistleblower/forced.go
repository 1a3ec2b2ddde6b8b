package whistleblower

import (
	"fmt"
	"math"
	"os"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"
	"github.com/prooflearn/prooflearn/verifier"
)

// ForcedErrorScale is how large a planted error is, as a multiple of the
// largest honest update in the proof. At 3 the two segments that touch the
// planted checkpoint claim the largest updates of the whole proof, so a
// verifier that replays its top-Q segments (Q ≥ 1) always replays one of
// them: only a verifier that skips the replay can pass a forced error.
const ForcedErrorScale = 3.0

// Perturbation describes a checkpoint changed by PerturbCheckpoint.
type Perturbation struct {
	// Checkpoint is the index of the changed checkpoint and Step its step.
	Checkpoint int `json:"checkpoint"`
	Step       int `json:"step"`
	// Norm is the L2 norm of the change to the parameters, and Relative that
	// norm over the largest update between consecutive checkpoints.
	Norm     float64 `json:"norm"`
	Relative float64 `json:"relative"`
	// Root is the re-committed proof's root; Original the root it replaced.
	Root     prooflearn.Hash `json:"root"`
	Original prooflearn.Hash `json:"original"`
}

// PerturbCheckpoint copies the proof in src to dst (which must not exist or
// be empty), adds noise to the parameters of checkpoint j whose L2 norm is
// relative times the largest update between consecutive checkpoints, and
// re-commits: the checkpoint's leaf and the root are recomputed, so every
// commitment in dst checks out and only a replay can tell. The noise comes
// from seed. This is how a protocol plants a forced error, and how a cheat
// that skips work looks to a verifier.
func PerturbCheckpoint(task *prooflearn.Task, src, dst string, j int, relative float64, seed []byte) (*Perturbation, error) {
	m, err := bundle.ReadManifest(src)
	if err != nil {
		return nil, err
	}
	if m.TaskHash != task.Hash() {
		return nil, fmt.Errorf("%w: %s proves task %s, not %s", prooflearn.ErrCommitment, src, m.TaskHash, task.Hash())
	}
	if j < 1 || j >= len(m.Checkpoints) {
		return nil, fmt.Errorf("%w: checkpoint %d: a perturbed checkpoint must be one of 1…%d (checkpoint 0 is fixed by the seed)", prooflearn.ErrOutOfRange, j, len(m.Checkpoints)-1)
	}
	if !(relative > 0) || math.IsInf(relative, 0) {
		return nil, fmt.Errorf("perturbation size %v must be positive and finite", relative)
	}
	ckpts := make([]*prooflearn.Checkpoint, len(m.Checkpoints))
	for i, ref := range m.Checkpoints {
		if ckpts[i], err = bundle.ReadCheckpoint(filepath.Join(src, ref.File)); err != nil {
			return nil, err
		}
	}
	largest := 0.0
	for i := 1; i < len(ckpts); i++ {
		largest = math.Max(largest, prooflearn.UpdateNorm(ckpts[i-1].Params, ckpts[i].Params))
	}
	if largest == 0 {
		largest = 1
	}
	// Draw a direction, then scale it to the wanted norm. Only weights that
	// training moves are touched: one that never moves (its input is zero in
	// every example) gets no gradient, and a cheap check catches it moving.
	rng := prooflearn.NewPRNG(seed, "prooflearn/perturb-checkpoint")
	c, first, last := ckpts[j], ckpts[0], ckpts[len(ckpts)-1]
	orig := c.Clone()
	noise := make([][]float64, len(c.Params))
	var sq float64
	for i := range c.Params {
		noise[i] = make([]float64, c.Params[i].Len())
		for e := range noise[i] {
			if first.Params[i].At(e) == last.Params[i].At(e) {
				continue
			}
			noise[i][e] = 2*rng.Float64() - 1
			sq += noise[i][e] * noise[i][e]
		}
	}
	if sq == 0 {
		return nil, fmt.Errorf("%s: training moved no weight: there is nothing to perturb unnoticed", src)
	}
	want := relative * largest
	scale := want / math.Sqrt(sq)
	for i := range c.Params {
		t := &c.Params[i]
		for e := range noise[i] {
			switch t.DType {
			case prooflearn.Int32:
				// Fixed point: the same real-valued step, rounded to raw units.
				t.I32[e] += int32(math.Round(scale * noise[i][e] * fixed.One))
			case prooflearn.Float64:
				t.F64[e] += scale * noise[i][e]
			default:
				t.F32[e] += float32(scale * noise[i][e])
			}
		}
	}
	if err := copyBundle(src, dst, m); err != nil {
		return nil, err
	}
	if err := bundle.WriteCheckpoint(dst, c); err != nil {
		return nil, err
	}
	m.Checkpoints[j].File = bundle.CheckpointPath(c.Step)
	m.Checkpoints[j].Leaf = c.LeafHash()
	original := m.Root
	if err := recommit(dst, task, m); err != nil {
		return nil, err
	}
	return &Perturbation{Checkpoint: j, Step: c.Step, Norm: prooflearn.UpdateNorm(orig.Params, c.Params), Relative: relative,
		Root: m.Root, Original: original}, nil
}

// ForcedError is a planted wrong checkpoint: what the protocol keeps secret
// until the verifier has committed to its verdict.
type ForcedError struct {
	Perturbation
}

// PlantForcedError derives a forced-error proof from an honest one: the
// checkpoint to corrupt and the noise come from seed (the protocol's secret
// randomness for this task), the size is ForcedErrorScale.
func PlantForcedError(task *prooflearn.Task, honest, dst string, seed []byte) (*ForcedError, error) {
	m, err := bundle.ReadManifest(honest)
	if err != nil {
		return nil, err
	}
	j := 1 + prooflearn.NewPRNG(seed, "prooflearn/forced-error/checkpoint").IntN(len(m.Checkpoints)-1)
	p, err := PerturbCheckpoint(task, honest, dst, j, ForcedErrorScale, seed)
	if err != nil {
		return nil, err
	}
	return &ForcedError{*p}, nil
}

// Reported reports whether a verifier's report found the planted error: it
// rejects the proof with evidence in a segment that touches the planted
// checkpoint (the one ending there or the one starting there). A rejection
// for some other reason does not win the jackpot.
func (f *ForcedError) Reported(r *verifier.Report) bool {
	if r == nil || r.Verdict != verifier.Rejected || r.Root != f.Root {
		return false
	}
	for _, fd := range r.Findings {
		if fd.Segment == f.Checkpoint-1 || fd.Segment == f.Checkpoint {
			return true
		}
	}
	return false
}

// copyBundle copies the files a manifest names into dst.
func copyBundle(src, dst string, m *prooflearn.Manifest) error {
	if entries, err := os.ReadDir(dst); err == nil && len(entries) > 0 {
		return fmt.Errorf("%s is not empty: refusing to write a proof over it", dst)
	}
	files := []string{m.BatchesFile}
	for _, c := range m.Checkpoints {
		files = append(files, c.File)
	}
	for _, f := range files {
		b, err := prooflearn.ReadLimited(filepath.Join(src, f), prooflearn.MaxCheckpointBytes)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, f)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := prooflearn.WriteFileAtomic(out, b); err != nil {
			return err
		}
	}
	return nil
}

// recommit drops the solver's metrics (a forged error claims none) and
// recomputes and writes the manifest.
func recommit(dir string, task *prooflearn.Task, m *prooflearn.Manifest) error {
	m.Metrics = nil
	return bundle.Recommit(dir, m)
}
