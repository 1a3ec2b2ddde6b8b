package train

import (
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Dataset is the committed training data as every role reads it: the
// examples the trainer reads and the Merkle root over their leaves
// (dataset.ExampleEncoding), which the task names in Task.Dataset.Root.
// *dataset.Dataset is one; the solver, the verifier, the whistleblower and
// the arbiter all take this interface.
type Dataset interface {
	Examples
	Root() prooflearn.Hash
}

// CheckDataset reports whether data is the dataset task commits to: its
// root (prooflearn.ErrCommitment otherwise), its size and every example's
// shape and label (CheckData).
func CheckDataset(task *prooflearn.Task, data Dataset) error {
	if data == nil {
		return fmt.Errorf("%w: no dataset given", prooflearn.ErrMalformed)
	}
	if data.Root() != task.Dataset.Root {
		return fmt.Errorf("%w: the dataset given has root %s, the task commits to %s", prooflearn.ErrCommitment, data.Root(), task.Dataset.Root)
	}
	return CheckData(task, data)
}
