//go:build unix

package bundle

import "syscall"

// openNonBlocking makes opening a named pipe return at once, so that the
// check on the open file refuses it instead of the open waiting for a writer.
const openNonBlocking = syscall.O_NONBLOCK
