package bundle

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/safetensors"
)

// A bundle is read through an fs.FS: a directory (DirFS), an archive
// (archive/zip's Reader), memory (testing/fstest.MapFS), anything that
// serves the bundle's files by name. Each file is opened first and then
// checked on the open handle — a regular file within the task's limit — so
// nothing can change between the check and the read. The names come from
// the manifest and are checked as fs.ValidPath names: no "..", no absolute
// path, nothing outside the bundle.

// DirFS returns the bundle in dir as an fs.FS confined to dir: every Open
// resolves its name through an os.Root, so neither ".." nor a symbolic link
// reaches a file outside dir, and opens without blocking, so a named pipe
// is refused rather than waited on.
func DirFS(dir string) fs.FS { return dirFS(dir) }

type dirFS string

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	root, err := os.OpenRoot(string(d))
	if err != nil {
		return nil, err
	}
	defer root.Close() // files opened through it stay open
	f, err := root.OpenFile(filepath.FromSlash(name), os.O_RDONLY|openNonBlocking, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// ReadManifestFS reads the manifest of the bundle in fsys, refusing one
// larger than ManifestLimit(task) before reading it.
func ReadManifestFS(fsys fs.FS, task *prooflearn.Task) (*prooflearn.Manifest, error) {
	b, err := readFileFS(fsys, ManifestFile, ManifestLimit(task))
	if err != nil {
		return nil, err
	}
	return prooflearn.DecodeManifest(b)
}

// ReadBatchesFS reads the batches file m names from fsys, refusing one
// larger than BatchesLimit(task) before reading it.
func ReadBatchesFS(fsys fs.FS, m *prooflearn.Manifest, task *prooflearn.Task) (*prooflearn.Batches, error) {
	b, err := readFileFS(fsys, m.BatchesFile, BatchesLimit(task))
	if err != nil {
		return nil, err
	}
	return decodeBatches(b, m)
}

// ReadCheckpointFS reads the checkpoint file name (as the manifest gives
// it) from fsys for task, as ReadCheckpointFor does: the size against
// CheckpointLimit(task) before reading, the header's tensors against the
// task's layout before the data, and CheckShape on the result. Errors name
// the file.
func ReadCheckpointFS(fsys fs.FS, name string, task *prooflearn.Task) (*prooflearn.Checkpoint, error) {
	c, err := readCheckpointFS(fsys, name, task)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

func readCheckpointFS(fsys fs.FS, name string, task *prooflearn.Task) (*prooflearn.Checkpoint, error) {
	limit := CheckpointLimit(task)
	f, size, err := openLimited(fsys, name, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The limit again on what is read, in case the file grows meanwhile.
	r := io.LimitReader(f, limit+1)
	var buf bytes.Buffer
	h, err := safetensors.ReadHeader(io.TeeReader(r, &buf), safetensors.Limits{MaxHeader: checkpointHeaderLimit(task), MaxTotal: limit})
	if err != nil {
		return nil, err
	}
	if err := checkDeclared(h, task); err != nil {
		return nil, err
	}
	// bytes.MinRead more than the rest of the file: ReadFrom asks for that
	// much room before every read, the one that finds the end included, so
	// without it a full buffer is reallocated at twice the checkpoint's size.
	buf.Grow(int(max(size-h.Size, 0)) + bytes.MinRead)
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	if int64(buf.Len()) > limit {
		return nil, fmt.Errorf("%w: the file grew past %d bytes while being read", prooflearn.ErrTooLarge, limit)
	}
	c, err := DecodeCheckpoint(buf.Bytes())
	if err != nil {
		return nil, err
	}
	if err := c.CheckShape(task); err != nil {
		return nil, err
	}
	return c, nil
}

// openLimited opens name in fsys and checks, on the open file, that it is
// a regular file of at most limit bytes; it returns the file and its size.
func openLimited(fsys fs.FS, name string, limit int64) (fs.File, int64, error) {
	name = path.Clean(filepath.ToSlash(name))
	if !fs.ValidPath(name) || name == "." {
		return nil, 0, fmt.Errorf("%w: %q is not a file name inside the bundle", prooflearn.ErrMalformed, name)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, 0, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	if !st.Mode().IsRegular() {
		f.Close()
		return nil, 0, fmt.Errorf("%w: not a regular file (%v)", prooflearn.ErrMalformed, st.Mode().Type())
	}
	if st.Size() > limit {
		f.Close()
		return nil, 0, fmt.Errorf("%w: the file is %d bytes, at most %d allowed", prooflearn.ErrTooLarge, st.Size(), limit)
	}
	return f, st.Size(), nil
}

// readFileFS reads a whole file of at most limit bytes; errors name it.
func readFileFS(fsys fs.FS, name string, limit int64) ([]byte, error) {
	f, _, err := openLimited(fsys, name, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %s grew past %d bytes while being read", prooflearn.ErrTooLarge, name, limit)
	}
	return b, nil
}
