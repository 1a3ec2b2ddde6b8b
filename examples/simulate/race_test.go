//go:build race

package main

// raceEnabled trims the replay-heavy setup: the race detector makes every
// replay many times slower, and the money logic it watches runs the same on
// fewer proofs.
const raceEnabled = true
