//go:build !race

package whistleblower_test

const raceEnabled = false
