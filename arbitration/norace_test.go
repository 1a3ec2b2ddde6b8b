//go:build !race

package arbitration

const raceEnabled = false
