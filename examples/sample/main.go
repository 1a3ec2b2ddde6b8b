// Command sample prints text drawn from the proven final weights of a
// transformer task's proof bundle:
//
//	go run ./examples/sample -task testdata/tasks/gpt-fortunes.json -proof proof/ -n 200 -prompt "A "
//
// Before it uses the weights it checks that they are the ones the proof
// commits to: the manifest is the task's (its task hash and dataset root),
// the bundle's checkpoint and batch leaves rebuild the manifest's root (and
// that root is -root, when given), and the final checkpoint file hashes to
// its committed leaf. It does not check the training itself: that is the
// verifier's work (examples/verifier), run before trusting the model.
//
// Sampling is deterministic: the same bundle, prompt, -seed and
// -temperature print the same text on every machine that computes the same
// logits. Each character is drawn from the softmax of the last position's
// logits divided by -temperature (0 takes the most likely character); the
// context is the last model.context characters.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"

	"github.com/prooflearn/prooflearn/examples/internal/cli"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/prooflearn/train"
)

const usage = `usage: sample -task FILE -proof DIR [-root HEX] [-n N] [-prompt TEXT] [-seed S] [-temperature T]

Prints the prompt and N characters sampled from the final weights of the
transformer task's proof in DIR, after checking that those weights are the
ones its root commits to (and that the root is HEX, with -root).

Exit status: 0 on success, 2 on error.
`

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		cli.Fail("sample", err)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("sample", flag.ContinueOnError)
	fl.Usage = func() { fmt.Fprint(fl.Output(), usage); fl.PrintDefaults() }
	taskPath := fl.String("task", "", "the transformer task file")
	proof := fl.String("proof", "", "the proof bundle directory")
	root := fl.String("root", "", "the proof's expected root (hex); default: the bundle's own, checked against its contents")
	n := fl.Int("n", 200, "number of characters to sample")
	prompt := fl.String("prompt", "A ", "text the sample continues (normalised like the corpus)")
	seed := fl.String("seed", "sample", "seed of the sampling stream")
	temperature := fl.Float64("temperature", 0.8, "softmax temperature; 0 takes the most likely character")
	if err := fl.Parse(args); err != nil {
		return err
	}
	switch {
	case fl.NArg() != 0:
		return fmt.Errorf("unexpected arguments %q", fl.Args())
	case *taskPath == "" || *proof == "":
		return errors.New("-task and -proof are required")
	case *n < 0:
		return fmt.Errorf("-n %d is negative", *n)
	case *temperature < 0 || math.IsNaN(*temperature) || math.IsInf(*temperature, 0):
		return fmt.Errorf("-temperature %v must be finite and ≥ 0", *temperature)
	}
	task, err := prooflearn.ReadTask(*taskPath)
	if err != nil {
		return err
	}
	if task.Model.Type != prooflearn.ModelTransformer {
		return fmt.Errorf("task %q is a %s model: sample draws text from a transformer", task.Name, task.Model.Type)
	}
	var want *prooflearn.Hash
	if *root != "" {
		h, err := prooflearn.ParseHash(*root)
		if err != nil {
			return fmt.Errorf("-root: %w", err)
		}
		want = &h
	}
	final, err := provenFinal(task, *proof, want)
	if err != nil {
		return err
	}
	pred, err := train.NewPredictor(task, final.Params, 1)
	if err != nil {
		return err
	}
	text, err := sample(pred, task, dataset.NormalizeText([]byte(*prompt)), *n, *temperature, prooflearn.NewPRNG([]byte(*seed), "prooflearn/sample"))
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "%s\n", text)
	return err
}

// provenFinal returns the final checkpoint of the proof in dir after
// checking it against the proof's root: the manifest is task's, its
// checkpoint leaves and the batches file rebuild its root (which must be
// *want when want is not nil), and the final checkpoint hashes to its leaf.
func provenFinal(task *prooflearn.Task, dir string, want *prooflearn.Hash) (*prooflearn.Checkpoint, error) {
	m, err := bundle.ReadManifestFor(dir, task)
	if err != nil {
		return nil, err
	}
	if m.TaskHash != task.Hash() || m.DatasetRoot != task.Dataset.Root {
		return nil, fmt.Errorf("%s is a proof of task %s on dataset %s, not of %q (%s on %s)", dir, m.TaskHash, m.DatasetRoot, task.Name, task.Hash(), task.Dataset.Root)
	}
	if want != nil && m.Root != *want {
		return nil, fmt.Errorf("%s holds the proof %s, not %s", dir, m.Root, *want)
	}
	if len(m.Checkpoints) == 0 || m.Checkpoints[len(m.Checkpoints)-1].Step != task.Steps {
		return nil, fmt.Errorf("%s: the manifest names no checkpoint of the final step %d", dir, task.Steps)
	}
	bs, err := bundle.ReadBatchesFor(dir, m, task)
	if err != nil {
		return nil, err
	}
	batchLeaves := make([]prooflearn.Hash, len(bs.Indices))
	for s, idx := range bs.Indices {
		batchLeaves[s] = prooflearn.LeafHash(prooflearn.BatchCanonical(s, idx))
	}
	ckptLeaves := make([]prooflearn.Hash, len(m.Checkpoints))
	for j, c := range m.Checkpoints {
		ckptLeaves[j] = c.Leaf
	}
	if got := prooflearn.ProofRoot(task.Hash(), task.Dataset.Root, m.SeedCommitment, ckptLeaves, batchLeaves, task.CheckpointInterval); got != m.Root {
		return nil, fmt.Errorf("%s: %w", dir, &prooflearn.RootMismatchError{Expected: m.Root, Calculated: got})
	}
	ref := m.Checkpoints[len(m.Checkpoints)-1]
	c, err := bundle.ReadCheckpointFor(filepath.Join(dir, ref.File), task)
	if err != nil {
		return nil, err
	}
	if leaf := c.LeafHash(); leaf != ref.Leaf {
		return nil, fmt.Errorf("%s: the final checkpoint hashes to leaf %s, the proof commits to %s", dir, leaf, ref.Leaf)
	}
	if c.Step != task.Steps {
		return nil, fmt.Errorf("%s: the final checkpoint is of step %d, not %d", dir, c.Step, task.Steps)
	}
	return c, nil
}

// window is one example of a token window, the shape a transformer reads.
type window []byte

func (w window) Len() int          { return 1 }
func (w window) Pixels(int) []byte { return w }
func (w window) Label(int) byte    { return w[len(w)-1] }

// sample returns prompt followed by n characters drawn one at a time from
// the model's next-token distribution. Causal attention makes position p's
// logits depend on tokens 0…p alone, so a context shorter than the model's
// is padded on the right and read at its last real position.
func sample(pred *train.Predictor, task *prooflearn.Task, prompt []byte, n int, temperature float64, rng *prooflearn.PRNG) ([]byte, error) {
	ctx, vocab := task.Model.Context, task.Model.Vocab
	for i, b := range prompt {
		if int(b) >= vocab {
			return nil, fmt.Errorf("prompt byte %d is token %d, outside the vocabulary of %d", i, b, vocab)
		}
	}
	text := append([]byte(nil), prompt...)
	if len(text) == 0 {
		text = append(text, '\n') // every entry of the corpus starts after a newline
	}
	w := make(window, task.Model.Input)
	probs := make([]float64, vocab)
	for range n {
		start := max(0, len(text)-ctx)
		used := copy(w, text[start:])
		for i := used; i < len(w); i++ {
			w[i] = ' '
		}
		logits, err := pred.Logits(w, []int{0})
		if err != nil {
			return nil, err
		}
		row := logits[(used-1)*vocab : used*vocab]
		text = append(text, byte(draw(row, probs, temperature, rng)))
	}
	if len(prompt) == 0 {
		text = text[1:]
	}
	return text, nil
}

// draw picks a token from softmax(logits / temperature) by inverse CDF with
// one uniform draw, or the arg-max at temperature 0 (the lowest id on ties).
func draw(logits, probs []float64, temperature float64, rng *prooflearn.PRNG) int {
	best := 0
	for i, v := range logits {
		if v > logits[best] {
			best = i
		}
	}
	if temperature == 0 {
		return best
	}
	var sum float64
	for i, v := range logits {
		probs[i] = math.Exp((v - logits[best]) / temperature)
		sum += probs[i]
	}
	u := rng.Float64() * sum
	for i, p := range probs {
		if u < p {
			return i
		}
		u -= p
	}
	return best // u landed past the last bucket by rounding
}
