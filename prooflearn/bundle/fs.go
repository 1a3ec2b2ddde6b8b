package bundle

import (
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
	return new(CheckpointReader).ReadFS(fsys, name, task)
}

// CheckpointReader reads checkpoints as ReadCheckpointFS does, into a file
// buffer it keeps from one read to the next. A verifier reads every
// checkpoint of a bundle, all of one size; a fresh buffer for each costs
// page faults and zeroing of the whole file, more than reading it. The
// checkpoints it returns do not share the buffer. The zero value is ready
// to use; one reader is not for concurrent use.
type CheckpointReader struct {
	// Values, when not nil, is where the values of the checkpoints read
	// go, while it has room; readers may share one.
	Values *ValueArena

	buf []byte
}

// ReadFS is ReadCheckpointFS, reading through the reader's buffer.
func (r *CheckpointReader) ReadFS(fsys fs.FS, name string, task *prooflearn.Task) (*prooflearn.Checkpoint, error) {
	c, err := r.read(fsys, name, task)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return c, nil
}

func readCheckpointFS(fsys fs.FS, name string, task *prooflearn.Task) (*prooflearn.Checkpoint, error) {
	return new(CheckpointReader).read(fsys, name, task)
}

func (r *CheckpointReader) read(fsys fs.FS, name string, task *prooflearn.Task) (*prooflearn.Checkpoint, error) {
	limit := CheckpointLimit(task)
	f, size, err := openLimited(fsys, name, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The limit again on what is read, in case the file grows meanwhile.
	lr := io.LimitReader(f, limit+1)
	// The file's size, bounded by the limit already, and one byte that
	// finds its end: a file that grew past its size is read up to limit+1.
	buf := r.buf[:0]
	if want := int(size) + 1; cap(buf) < want {
		buf = make([]byte, 0, want)
	}
	w := &appender{buf}
	h, err := safetensors.ReadHeader(io.TeeReader(lr, w), safetensors.Limits{MaxHeader: checkpointHeaderLimit(task), MaxTotal: limit})
	if err != nil {
		return nil, err
	}
	if err := checkDeclared(h, task); err != nil {
		return nil, err
	}
	buf, err = readRest(lr, w.b)
	if err != nil {
		return nil, err
	}
	r.buf = buf
	if int64(len(buf)) > limit {
		return nil, fmt.Errorf("%w: the file grew past %d bytes while being read", prooflearn.ErrTooLarge, limit)
	}
	// DecodeCheckpoint copies every value out of buf and validates it;
	// what is left is the layout.
	c, err := decodeCheckpoint(buf, r.Values)
	if err != nil {
		return nil, err
	}
	if err := c.CheckLayout(task); err != nil {
		return nil, err
	}
	return c, nil
}

// readRest appends what r has left to buf, growing it only when full, and
// returns it.
func readRest(r io.Reader, buf []byte) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// appender is an io.Writer appending to b.
type appender struct{ b []byte }

func (a *appender) Write(p []byte) (int, error) {
	a.b = append(a.b, p...)
	return len(p), nil
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
	f, size, err := openLimited(fsys, name, limit)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer f.Close()
	// Sized for the file and the read that finds its end: io.ReadAll's
	// growing buffer copies a batches file of a megabyte several times.
	b, err := readRest(io.LimitReader(f, limit+1), make([]byte, 0, size+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %s grew past %d bytes while being read", prooflearn.ErrTooLarge, name, limit)
	}
	return b, nil
}
