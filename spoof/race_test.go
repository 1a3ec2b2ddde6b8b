//go:build race

package spoof

// raceEnabled says the race detector is on: the CNN tests that train a
// network several times over skip under it (the suite without the race
// detector runs them; the kernels' and the trainer's own tests run under it).
const raceEnabled = true
