package arbitration

import (
	"context"
	"fmt"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Dishonest players for the tests. They are not part of the package's API:
// a caller who needs another player implements Player.

// silentPlayer never answers: every query waits for the deadline.
type silentPlayer struct{}

func (silentPlayer) wait(ctx context.Context) error {
	<-ctx.Done()
	return fmt.Errorf("%w: %v", ErrTimeout, ctx.Err())
}

func (s silentPlayer) CommitSteps(ctx context.Context, _ StepsQuery) (*StepsCommit, error) {
	return nil, s.wait(ctx)
}
func (s silentPlayer) OpenState(ctx context.Context, _ StateQuery) (*Opening, error) {
	return nil, s.wait(ctx)
}
func (s silentPlayer) CommitNodes(ctx context.Context, _ NodesQuery) (*NodesCommit, error) {
	return nil, s.wait(ctx)
}
func (s silentPlayer) OpenPrefix(ctx context.Context, _ PrefixQuery) (*PrefixOpening, error) {
	return nil, s.wait(ctx)
}
func (s silentPlayer) Reveal(ctx context.Context, _ RevealQuery) (*NodeReveal, error) {
	return nil, s.wait(ctx)
}

// editNode corrupts the output of the named node (train.Node.Name) at the
// global training step: a player that computes one operator wrongly. Later
// optimizer nodes see the edit; later graph nodes do not, so edit a
// gradient or an update for a consistent lie.
func editNode(step int, node string, edit func(*prooflearn.Tensor)) PlayerOption {
	return func(p *ReplayPlayer) { p.edits = append(p.edits, nodeEdit{step, node, edit}) }
}
