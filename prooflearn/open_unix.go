//go:build unix

package prooflearn

import (
	"errors"
	"os"
	"syscall"
)

// openNoFollow opens path for reading without following a symbolic link in
// its last element and without blocking on a named pipe, so the file checked
// afterwards (by its handle) is the file read: there is no window between a
// check of the path and the open.
func openNoFollow(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}

// isLoop reports whether err is the error O_NOFOLLOW gives for a symbolic
// link (ELOOP on Linux and most BSDs; EMLINK on FreeBSD and NetBSD).
func isLoop(err error) bool {
	return errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EMLINK)
}
