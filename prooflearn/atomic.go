package prooflearn

import (
	"os"
	"path/filepath"
)

// WriteFileAtomic writes data to path so that a reader (or a resumed solver)
// sees either the old file or the whole new one, never a torn write: it writes
// a temporary file in the same directory, fsyncs it, renames it over path and
// fsyncs the directory.
func WriteFileAtomic(path string, data []byte) error {
	if err := WriteFileSynced(path, data); err != nil {
		return err
	}
	return SyncDir(filepath.Dir(path))
}

// WriteFileSynced is WriteFileAtomic without the directory sync: the data
// reaches the disk under a temporary name before the rename, so path holds
// either the old file or the whole new one; a caller that writes many files
// into one directory syncs it once with SyncDir.
func WriteFileSynced(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	cleanup := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return err
	}
	// CreateTemp makes the file 0600; a bundle or report is meant to be read
	// by others (a verifier, a whistleblower), so give it the usual 0644.
	if err := f.Chmod(0o644); err != nil {
		return cleanup(err)
	}
	if _, err := f.Write(data); err != nil {
		return cleanup(err)
	}
	if err := f.Sync(); err != nil {
		return cleanup(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// SyncDir makes a directory's entries durable. Some filesystems refuse to
// fsync a directory; that is not an error (best effort), but failing to open
// it is.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	d.Sync()
	return d.Close()
}
