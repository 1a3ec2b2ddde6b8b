//go:build race

package whistleblower_test

// raceEnabled trims the replay-heavy loops: the race detector makes every
// replay many times slower and finds nothing more in a second seed.
const raceEnabled = true
