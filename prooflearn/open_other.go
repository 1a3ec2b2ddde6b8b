//go:build !unix

package prooflearn

import (
	"fmt"
	"os"
)

// openNoFollow opens path for reading. Without O_NOFOLLOW it refuses a
// symbolic link seen by Lstat first; the handle is checked again after the
// open.
func openNoFollow(path string) (*os.File, error) {
	st, err := os.Lstat(path)
	if err != nil {
		return nil, err
	}
	if st.Mode()&os.ModeSymlink != 0 {
		return nil, fmt.Errorf("%w: %s is a symbolic link", ErrMalformed, path)
	}
	return os.Open(path)
}

// isLoop is false: without O_NOFOLLOW there is no such error to recognise.
func isLoop(error) bool { return false }
