package dataset

import (
	"encoding/binary"
	"errors"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// cached writes the embedded training split's cache into a fresh directory
// and returns the dataset, the directory and the file.
func cached(t *testing.T) (*Dataset, string, string) {
	t.Helper()
	d := embedded(t).Train
	dir := t.TempDir()
	path, err := WriteCache(dir, d)
	require.NoError(t, err)
	require.Equal(t, CacheFile(dir, d.Root()), path)
	return d, dir, path
}

// cacheLayout gives the offsets of a cache file's sections.
type cacheLayout struct{ labels, leaves, pixels int }

func layoutOf(d *Dataset) cacheLayout {
	labels := cacheHeaderSize + len(d.Name)
	return cacheLayout{labels: labels, leaves: labels + d.Len(), pixels: labels + d.Len() + d.Len()*prooflearn.HashSize}
}

func features(d *Dataset) int { return d.Rows * d.Cols }

func TestCacheRoundTrip(t *testing.T) {
	d, dir, path := cached(t)
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, int64(layoutOf(d).pixels+len(d.Images)), st.Size(), "header, labels, leaves and pixels, nothing else")

	got, err := ReadCache(dir, d.Root(), d.Len(), features(d))
	require.NoError(t, err)
	assert.Equal(t, d.Name, got.Name)
	assert.Equal(t, d.Rows, got.Rows)
	assert.Equal(t, d.Cols, got.Cols)
	assert.Equal(t, d.Labels, got.Labels)
	assert.Equal(t, d.Images, got.Images)
	assert.Equal(t, embeddedTrainRoot, got.Root().String())
	assert.Equal(t, d.LeafHashes(), got.LeafHashes())
	// Pixels keeps its contract on a cached dataset: appending to one
	// example cannot reach the next.
	px := got.Pixels(0)
	assert.Equal(t, len(px), cap(px))
}

// Every way of changing a cache file is refused with ErrCacheInvalid: a
// tampered example is never handed back.
func TestCacheRejectsTampering(t *testing.T) {
	d, _, _ := cached(t)
	lay := layoutOf(d)
	n := d.Len()
	cases := []struct {
		name   string
		edit   func(b []byte) []byte
		reason string
	}{
		{"flipped pixel", func(b []byte) []byte {
			b[lay.pixels+1234*features(d)+400] ^= 1
			return b
		}, "example 1234 does not hash to its committed leaf"},
		{"flipped label", func(b []byte) []byte {
			b[lay.labels+7] ^= 1
			return b
		}, "example 7 does not hash to its committed leaf"},
		{"swapped leaves", func(b []byte) []byte {
			a, c := b[lay.leaves+3*32:lay.leaves+4*32], b[lay.leaves+4*32:lay.leaves+5*32]
			tmp := append([]byte(nil), a...)
			copy(a, c)
			copy(c, tmp)
			return b
		}, "its leaves rebuild root"},
		{"pixel and its leaf both changed", func(b []byte) []byte {
			// A consistent forger: the example changed and its leaf
			// recomputed, so only the root can tell.
			i := 99
			px := b[lay.pixels+i*features(d) : lay.pixels+(i+1)*features(d)]
			px[0] ^= 0xff
			leaf := prooflearn.LeafHash(ExampleEncoding(i, d.Rows, d.Cols, px, b[lay.labels+i]))
			copy(b[lay.leaves+i*32:], leaf[:])
			return b
		}, "its leaves rebuild root"},
		{"truncated by one byte", func(b []byte) []byte { return b[:len(b)-1] }, "its header promises"},
		{"truncated to the header", func(b []byte) []byte { return b[:lay.labels] }, "its header promises"},
		{"truncated inside the header", func(b []byte) []byte { return b[:40] }, "bytes, outside what"},
		{"extended by one byte", func(b []byte) []byte { return append(b, 0) }, "its header promises"},
		{"bad magic", func(b []byte) []byte { b[0] ^= 1; return b }, "bad magic"},
		{"another version", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[len(cacheMagic):], CacheVersion+1)
			return b
		}, "format version 2"},
		{"another root in the header", func(b []byte) []byte { b[len(cacheMagic)+4] ^= 1; return b }, "holds dataset"},
		{"fewer examples in the header", func(b []byte) []byte {
			binary.LittleEndian.PutUint64(b[len(cacheMagic)+4+32:], uint64(n-1))
			return b
		}, "holds 1999 examples"},
		{"another shape", func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[len(cacheMagic)+4+32+8:], 14)
			binary.LittleEndian.PutUint32(b[len(cacheMagic)+4+32+12:], 56)
			return b
		}, "example 0 does not hash"}, // 14×56 has the same size: only the leaves catch it
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, dir, path := cached(t)
			b, err := os.ReadFile(path)
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(path, tc.edit(b), 0o644))
			got, err := ReadCache(dir, d.Root(), d.Len(), features(d))
			require.Error(t, err)
			assert.Nil(t, got)
			assert.ErrorIs(t, err, ErrCacheInvalid)
			ce, ok := errors.AsType[*CacheError](err)
			require.True(t, ok, "%T", err)
			assert.Equal(t, path, ce.File)
			assert.Contains(t, err.Error(), tc.reason)
		})
	}
}

// A cache is looked up by the root the caller expects: another root finds no
// file, and a file put under another dataset's name is refused.
func TestCacheForAnotherDataset(t *testing.T) {
	d, dir, path := cached(t)

	other := &Dataset{Name: d.Name, Rows: d.Rows, Cols: d.Cols, Labels: append([]byte(nil), d.Labels...), Images: append([]byte(nil), d.Images...)}
	other.Images[500] ^= 0x40 // same size and shape, another root
	require.NotEqual(t, d.Root(), other.Root())

	t.Run("no cache for the root", func(t *testing.T) {
		_, err := ReadCache(dir, other.Root(), d.Len(), features(d))
		assert.ErrorIs(t, err, fs.ErrNotExist)
	})
	t.Run("renamed to the root", func(t *testing.T) {
		dir := t.TempDir()
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(CacheFile(dir, other.Root()), b, 0o644))
		_, err = ReadCache(dir, other.Root(), d.Len(), features(d))
		assert.ErrorIs(t, err, ErrCacheInvalid)
		assert.Contains(t, err.Error(), "holds dataset "+d.Root().String())
	})
	t.Run("renamed and its header rewritten", func(t *testing.T) {
		// The other dataset's cache, claiming to be d's: its leaves are
		// the other dataset's, and cannot rebuild d's root.
		odir := t.TempDir()
		opath, err := WriteCache(odir, other)
		require.NoError(t, err)
		b, err := os.ReadFile(opath)
		require.NoError(t, err)
		root := d.Root()
		copy(b[len(cacheMagic)+4:], root[:])
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(CacheFile(dir, root), b, 0o644))
		_, err = ReadCache(dir, root, d.Len(), features(d))
		assert.ErrorIs(t, err, ErrCacheInvalid)
		assert.Contains(t, err.Error(), "its leaves rebuild root "+other.Root().String())
	})
	t.Run("the task's size differs", func(t *testing.T) {
		_, err := ReadCache(dir, d.Root(), d.Len()+1, features(d))
		assert.ErrorIs(t, err, ErrCacheInvalid)
		_, err = ReadCache(dir, d.Root(), d.Len(), features(d)-1)
		assert.ErrorIs(t, err, ErrCacheInvalid)
		_, err = ReadCache(dir, d.Root(), 0, features(d))
		assert.Error(t, err)
		_, err = ReadCache(dir, d.Root(), d.Len(), -1)
		assert.Error(t, err)
	})
}

// No single flipped bit anywhere in the file yields a dataset with other
// pixels or labels than the committed ones. (Only the name, which no root
// covers, may change and still load.)
func TestCacheNeverAcceptsAFlippedBit(t *testing.T) {
	d, dir, path := cached(t)
	orig, err := os.ReadFile(path)
	require.NoError(t, err)
	lay := layoutOf(d)
	offsets := []int{0, len(cacheMagic), len(cacheMagic) + 4, lay.labels - 1, lay.labels, lay.leaves - 1, lay.leaves, lay.pixels - 1, lay.pixels, len(orig) - 1}
	rng := rand.New(rand.NewPCG(7, 11))
	trials := 200
	if testing.Short() {
		trials = 40
	}
	for range trials {
		offsets = append(offsets, rng.IntN(len(orig)))
	}
	for _, off := range offsets {
		b := append([]byte(nil), orig...)
		b[off] ^= 1 << rng.IntN(8)
		require.NoError(t, os.WriteFile(path, b, 0o644))
		got, err := ReadCache(dir, d.Root(), d.Len(), features(d))
		if err != nil {
			require.ErrorIs(t, err, ErrCacheInvalid, "offset %d", off)
			continue
		}
		require.True(t, off >= cacheHeaderSize && off < lay.labels, "offset %d outside the name was accepted", off)
		require.Equal(t, d.Labels, got.Labels)
		require.Equal(t, d.Images, got.Images)
	}
}

func TestCacheFileNames(t *testing.T) {
	var a, b prooflearn.Hash
	b[0] = 1
	dir := filepath.Join("x", "y")
	assert.NotEqual(t, CacheFile(dir, a), CacheFile(dir, b))
	assert.Equal(t, dir, filepath.Dir(CacheFile(dir, a)))
	def, err := DefaultCacheDir()
	if err == nil {
		assert.Equal(t, "prooflearn", filepath.Base(def))
	}
}

// Loading the training split alone gives the same dataset as the split.
func TestLoadTrainDir(t *testing.T) {
	d, err := LoadTrainDir(filepath.Join("..", "..", "testdata", "fashion-mnist-subset"))
	require.NoError(t, err)
	assert.Equal(t, embeddedTrainRoot, d.Root().String())
}

// The cache's root computation is RFC 6962's, as prooflearn.MerkleRoot
// computes it, at every size: powers of two, one past them, odd and even.
func TestCacheMerkleRootMatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	sizes := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 33, 100, 127, 128, 129, 1000, 4097}
	for _, n := range sizes {
		leaves := make([]prooflearn.Hash, n)
		for i := range leaves {
			for j := range leaves[i] {
				leaves[i][j] = byte(rng.IntN(256))
			}
		}
		require.Equal(t, prooflearn.MerkleRoot(leaves), merkleRoot(leaves), "n=%d", n)
	}
}
