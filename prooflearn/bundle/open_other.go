//go:build !unix

package bundle

// openNonBlocking: outside Unix there are no named pipes to open in a
// directory, and no flag is needed.
const openNonBlocking = 0
