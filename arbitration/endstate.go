package arbitration

import (
	"context"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// EndState is the state the player's own replay reaches at the segment's
// end, its edits applied: the checkpoint a dishonest player that lies
// consistently commits in place of the honest one, so that its claim is
// its replay. It replays the segment if the player has not yet.
func (p *ReplayPlayer) EndState(ctx context.Context) (*prooflearn.Checkpoint, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if err := p.replay(); err != nil {
		return nil, err
	}
	return p.states[len(p.states)-1].Clone(), nil
}
