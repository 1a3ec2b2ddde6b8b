package dataset

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// A cache file holds a decoded dataset and every example's Merkle leaf, so a
// later run skips the gzip decoding of the IDX files. It is never trusted:
// ReadCache accepts it only if its stored leaves rebuild the root the caller
// expects and every example hashes to its stored leaf, so a cache that was
// tampered with, truncated or written for another dataset is an error, never
// a forged example. The layout (all integers little-endian):
//
//	offset  size          field
//	0       24            ASCII magic "prooflearn/dataset-cache"
//	24      4             format version, uint32 (CacheVersion)
//	28      32            dataset root
//	60      8             example count n, uint64
//	68      4             rows, uint32
//	72      4             cols, uint32
//	76      1             name length m
//	77      m             name (Dataset.Name, not committed to)
//	77+m    n             labels
//	…       32·n          leaf hashes, in index order
//	…       n·rows·cols   pixels, example by example
//
// Nothing follows the pixels.
const (
	cacheMagic = "prooflearn/dataset-cache"
	// CacheVersion is the cache format ReadCache reads and WriteCache writes;
	// a file of another version is rejected like any other invalid cache.
	CacheVersion    = 1
	cacheHeaderSize = len(cacheMagic) + 4 + prooflearn.HashSize + 8 + 4 + 4 + 1
	maxCacheName    = 255
)

// ErrCacheInvalid is wrapped by every *CacheError: the cache file exists but
// cannot be used, and the caller should decode the dataset instead.
var ErrCacheInvalid = errors.New("invalid dataset cache")

// CacheError says why a cache file was refused.
type CacheError struct {
	File   string
	Reason string
}

func (e *CacheError) Error() string {
	return fmt.Sprintf("dataset cache %s: %s", e.File, e.Reason)
}

func (e *CacheError) Unwrap() error { return ErrCacheInvalid }

// DefaultCacheDir is where the binaries keep dataset caches unless told
// otherwise: prooflearn/ under os.UserCacheDir (~/.cache/prooflearn on Linux).
func DefaultCacheDir() (string, error) {
	dir, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "prooflearn"), nil
}

// CacheFile is the path of the cache for the dataset with this root in dir.
// The root names the file, so caches of different datasets never collide and
// a cache is found without reading any IDX file.
func CacheFile(dir string, root prooflearn.Hash) string {
	return filepath.Join(dir, fmt.Sprintf("dataset-%s.v%d.cache", root, CacheVersion))
}

// WriteCache writes d's cache into dir (created if missing), atomically, and
// returns its path. It computes d's leaves and root if Root has not been
// called yet; the file is named by that root.
func WriteCache(dir string, d *Dataset) (string, error) {
	if len(d.Name) > maxCacheName {
		return "", fmt.Errorf("dataset: name of %d bytes is too long for a cache", len(d.Name))
	}
	if d.Rows < 0 || d.Cols < 0 || uint64(d.Rows) > 1<<32-1 || uint64(d.Cols) > 1<<32-1 || len(d.Images) != d.Len()*d.Rows*d.Cols {
		return "", fmt.Errorf("dataset: %d×%d images, %d pixels for %d examples: not a dataset to cache", d.Rows, d.Cols, len(d.Images), d.Len())
	}
	root := d.Root()
	leaves := d.leaves
	if leaves == nil {
		leaves = d.LeafHashes()
	}
	n := d.Len()
	buf := make([]byte, 0, cacheHeaderSize+len(d.Name)+n*(1+prooflearn.HashSize)+len(d.Images))
	buf = append(buf, cacheMagic...)
	buf = binary.LittleEndian.AppendUint32(buf, CacheVersion)
	buf = append(buf, root[:]...)
	buf = binary.LittleEndian.AppendUint64(buf, uint64(n))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(d.Rows))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(d.Cols))
	buf = append(buf, byte(len(d.Name)))
	buf = append(buf, d.Name...)
	buf = append(buf, d.Labels...)
	for i := range leaves {
		buf = append(buf, leaves[i][:]...)
	}
	buf = append(buf, d.Images...)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := CacheFile(dir, root)
	if err := prooflearn.WriteFileAtomic(path, buf); err != nil {
		return "", err
	}
	return path, nil
}

// ReadCache loads the cache of the dataset with this root from dir and checks
// it against the caller's expectations: the task's example count and
// features per example (rows × cols) bound every read before it happens, the
// stored leaves must rebuild root, and every example must hash to its stored
// leaf (recomputed on all cores). A missing file is an error wrapping
// fs.ErrNotExist; a file that fails any check is a *CacheError (wrapping
// ErrCacheInvalid). The Dataset returned has its root set and needs no
// further hashing.
func ReadCache(dir string, root prooflearn.Hash, examples, features int) (*Dataset, error) {
	path := CacheFile(dir, root)
	bad := func(format string, args ...any) error {
		return &CacheError{File: path, Reason: fmt.Sprintf(format, args...)}
	}
	if examples <= 0 || features <= 0 {
		return nil, fmt.Errorf("dataset: ReadCache needs a positive example count and feature count, got %d and %d", examples, features)
	}
	// The largest file the task allows, computed without overflow: anything
	// bigger is refused from its size alone.
	per := uint64(1+prooflearn.HashSize) + uint64(features)
	if uint64(examples) > (math.MaxInt-maxCacheName)/per {
		return nil, bad("%d examples of %d features are more than a cache can hold", examples, features)
	}
	body := uint64(examples) * per
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, bad("not a regular file")
	}
	if size := uint64(st.Size()); size < uint64(cacheHeaderSize) || size > uint64(cacheHeaderSize+maxCacheName)+body {
		return nil, bad("%d bytes, outside what %d examples of %d features can take", size, examples, features)
	}
	var h [cacheHeaderSize]byte
	if _, err := io.ReadFull(f, h[:]); err != nil {
		return nil, bad("truncated header: %v", err)
	}
	if string(h[:len(cacheMagic)]) != cacheMagic {
		return nil, bad("not a dataset cache (bad magic)")
	}
	p := h[len(cacheMagic):]
	if v := binary.LittleEndian.Uint32(p); v != CacheVersion {
		return nil, bad("format version %d, this build reads version %d", v, CacheVersion)
	}
	var got prooflearn.Hash
	copy(got[:], p[4:])
	if got != root {
		return nil, bad("holds dataset %s, not %s", got, root)
	}
	p = p[4+prooflearn.HashSize:]
	n := binary.LittleEndian.Uint64(p)
	rows, cols := uint64(binary.LittleEndian.Uint32(p[8:])), uint64(binary.LittleEndian.Uint32(p[12:]))
	nameLen := int(p[16])
	if n != uint64(examples) {
		return nil, bad("holds %d examples, the task has %d", n, examples)
	}
	if rows == 0 || cols == 0 || rows > uint64(features) || cols > uint64(features) || rows*cols != uint64(features) {
		return nil, bad("holds %d×%d images, the task has %d features", rows, cols, features)
	}
	if want := uint64(cacheHeaderSize+nameLen) + body; uint64(st.Size()) != want {
		return nil, bad("%d bytes, its header promises %d (truncated or extended)", st.Size(), want)
	}
	rest := make([]byte, nameLen+int(body))
	adviseHugePages(rest)
	if k, err := io.ReadFull(f, rest); err != nil {
		return nil, bad("truncated: got %d of %d bytes after the header: %v", k, len(rest), err)
	}
	var extra [1]byte
	if k, _ := f.Read(extra[:]); k > 0 {
		return nil, bad("bytes after the pixels (the file grew while it was read)")
	}
	d := &Dataset{Name: string(rest[:nameLen]), Rows: int(rows), Cols: int(cols)}
	rest = rest[nameLen:]
	d.Labels, rest = rest[:examples:examples], rest[examples:]
	leafBytes, pixels := rest[:examples*prooflearn.HashSize], rest[examples*prooflearn.HashSize:]
	d.Images = pixels
	leaves := make([]prooflearn.Hash, examples)
	for i := range leaves {
		copy(leaves[i][:], leafBytes[i*prooflearn.HashSize:])
	}
	// The stored leaves must be the committed ones: with the root matching,
	// no stored leaf can be changed, swapped or dropped.
	if r := merkleRoot(leaves); r != root {
		return nil, bad("its leaves rebuild root %s, not %s", r, root)
	}
	// And every example must be the preimage of its leaf: no pixel or label
	// can differ from the committed data.
	if i := d.firstMismatch(leaves); i >= 0 {
		return nil, bad("example %d does not hash to its committed leaf", i)
	}
	d.leaves = leaves
	d.rootOnce.Do(func() { d.root = root })
	return d, nil
}

// firstMismatch recomputes every example's leaf, on all cores, and returns
// the first index whose leaf differs from want, or -1.
func (d *Dataset) firstMismatch(want []prooflearn.Hash) int {
	got := d.LeafHashes()
	for i := range got {
		if got[i] != want[i] {
			return i
		}
	}
	return -1
}

// leafHashesParallel fills leaves[i] with example i's leaf, splitting the
// examples between GOMAXPROCS workers: hashing the full Fashion-MNIST is
// 49 MB of SHA-256.
func (d *Dataset) leafHashesParallel(leaves []prooflearn.Hash) {
	n := len(leaves)
	if n > 0 {
		// The range checks of ExampleEncoding, once for every example.
		appendExample(nil, 0, d.Rows, d.Cols, d.Pixels(0), d.Label(0))
	}
	workers := min(runtime.GOMAXPROCS(0), max(1, n/1024))
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*n/workers, (w+1)*n/workers
		wg.Go(func() {
			// prooflearn.LeafHash(ExampleEncoding(…)) without copying the
			// pixels into an encoding first: the RFC 6962 leaf prefix, the
			// encoding's header, then the pixels where they lie.
			h := sha256.New()
			head := make([]byte, 0, 1+exampleHeaderSize)
			for i := lo; i < hi; i++ {
				head = append(head[:0], 0x00)
				head = appendExampleHeader(head, i, d.Rows, d.Cols, d.Label(i))
				h.Reset()
				h.Write(head)
				h.Write(d.Pixels(i))
				h.Sum(leaves[i][:0])
			}
		})
	}
	wg.Wait()
}

// merkleRoot is prooflearn.MerkleRoot, level by level with one reused
// digest: RFC 6962's tree pairs the nodes of each level from the left and
// carries an odd last node up unchanged, and this allocates nothing per
// node, where the general tree allocates for each of a dataset's 60,000.
func merkleRoot(leaves []prooflearn.Hash) prooflearn.Hash {
	if len(leaves) == 0 {
		return prooflearn.MerkleRoot(nil)
	}
	level := append([]prooflearn.Hash(nil), leaves...)
	h := sha256.New()
	var in [1 + 2*prooflearn.HashSize]byte
	in[0] = 0x01 // RFC 6962's interior-node prefix
	for len(level) > 1 {
		half := len(level) / 2
		for i := range half {
			copy(in[1:], level[2*i][:])
			copy(in[1+prooflearn.HashSize:], level[2*i+1][:])
			h.Reset()
			h.Write(in[:])
			h.Sum(level[i][:0])
		}
		if len(level)%2 == 1 {
			level[half] = level[len(level)-1]
			half++
		}
		level = level[:half]
	}
	return level[0]
}
