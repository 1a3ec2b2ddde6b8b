//go:build race

package verifier_test

// raceEnabled shrinks the long suites: training runs about twenty times
// slower under the race detector, and the suites run in full without it.
const raceEnabled = true
