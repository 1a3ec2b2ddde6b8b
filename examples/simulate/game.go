package main

import (
	"context"
	"errors"

	"github.com/prooflearn/prooflearn/arbitration"
	"github.com/prooflearn/prooflearn/verifier"
)

// gameResolver plays the two-level bisection game between the two proofs:
// the solver's player defends its committed checkpoint of the disputed
// segment, the challenger's the honest replay (tolerant mode) or its own
// committed checkpoint (deterministic mode), and the arbiter re-executes
// the one operator they disagree on.
type gameResolver struct {
	w    *world
	data verifier.Dataset
}

func newGameResolver(w *world, data verifier.Dataset) gameResolver {
	return gameResolver{w: w, data: data}
}

func (gameResolver) Name() string { return "game" }

func (g gameResolver) Resolve(ctx context.Context, solverDir, challengerDir string) (*Resolution, error) {
	sb, err := arbitration.OpenBundle(solverDir, g.w.task)
	if err != nil {
		return nil, err
	}
	cb, err := arbitration.OpenBundle(challengerDir, g.w.task)
	if err != nil {
		return nil, err
	}
	c, err := arbitration.CaseFromBundles(g.w.task, g.data, sb, cb)
	var forfeit *arbitration.ForfeitError
	switch {
	case errors.As(err, &forfeit):
		return &Resolution{Winner: forfeit.Party.Other(), Segment: -1, Step: -1, Reason: forfeit.Error()}, nil
	case errors.Is(err, arbitration.ErrNoDispute):
		// The solver's checkpoints replay (tolerant mode: within δ;
		// deterministic mode: the same bits): the challenger has no case.
		return &Resolution{Winner: arbitration.PartySolver, Segment: -1, Step: -1, Reason: "no dispute"}, nil
	case err != nil:
		return nil, err
	}
	sp, cp, err := arbitration.NewPlayers(c, g.data, sb, cb)
	if err != nil {
		return nil, err
	}
	res, err := arbitration.Play(ctx, c, sp, cp)
	if err != nil {
		return nil, err
	}
	return &Resolution{Winner: res.Winner, Segment: res.Segment, Step: res.Step, Op: res.Op, Rounds: res.Rounds, Reason: res.Reason}, nil
}
