package dataset

import (
	"bytes"
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// Golden roots. They pin the commitment format (ExampleEncoding and the RFC 6962
// tree): if one changes, every previously published root is invalidated, so a
// change here needs a new domain tag, not a new constant. They were cross-checked
// against an independent Python implementation of the encoding and RFC 6962.
const (
	embeddedTrainRoot = "3c6a1ce9163ee66d823133f7430bd7268596ca44bfa519f0d72e40ba0a61f7f8"
	embeddedTestRoot  = "85cd493582be6d5e2936a3ca8c35cb300433217a750b69734433e1145c2bfdb3"
	systemTrainRoot   = "65a630ae01f1ac6f8b51333ea2ba62c7e463e5769feec5287cc21dd4ec64a7bc"
	systemTestRoot    = "97ea5cf7866f2c8bf5b6ed05bca66dba4177abcf2c065e1384613dc900c67c51"
)

func embedded(t *testing.T) *Split {
	t.Helper()
	s, err := Embedded()
	require.NoError(t, err, "Embedded")
	return s
}

// checkFashion asserts the shape and label sanity every Fashion-MNIST slice has.
func checkFashion(t *testing.T, d *Dataset, name string, n int) {
	t.Helper()
	assert.Equal(t, name, d.Name, "Name")
	require.Equal(t, [3]int{n, 28, 28}, [3]int{d.Len(), d.Rows, d.Cols},
		"%d examples of %dx%d, want %d of 28x28", d.Len(), d.Rows, d.Cols, n)
	require.Equal(t, n*28*28, len(d.Images), "len(Images)")
	assert.Equal(t, 10, d.Classes(), "Classes()")
	var hist [256]int
	for i := range d.Len() {
		hist[d.Label(i)]++
	}
	for c, count := range hist {
		if c >= 10 {
			assert.Zero(t, count, "%d examples with label %d >= 10", count, c)
			continue
		}
		// Fashion-MNIST is balanced; any prefix this long should hold every
		// class at a few percent at least and none at more than a fifth.
		assert.GreaterOrEqual(t, count, n/20, "class %d has %d of %d examples: histogram %v", c, count, n, hist[:10])
		assert.LessOrEqual(t, count, n/5, "class %d has %d of %d examples: histogram %v", c, count, n, hist[:10])
	}
	// Images are not blank: an all-zero buffer would pass the shape checks.
	var nonzero int
	for _, p := range d.Images {
		if p != 0 {
			nonzero++
		}
	}
	frac := float64(nonzero) / float64(len(d.Images))
	assert.GreaterOrEqual(t, frac, 0.2, "%.2f of pixels are non-zero", frac)
	assert.LessOrEqual(t, frac, 0.9, "%.2f of pixels are non-zero", frac)
}

func TestEmbedded(t *testing.T) {
	s := embedded(t)
	checkFashion(t, s.Train, "fashion-mnist-subset", 2000)
	checkFashion(t, s.Test, "fashion-mnist-subset", 500)
}

func TestEmbeddedRoots(t *testing.T) {
	s := embedded(t)
	for _, c := range []struct {
		name string
		d    *Dataset
		want string
	}{{"train", s.Train, embeddedTrainRoot}, {"test", s.Test, embeddedTestRoot}} {
		t.Run(c.name, func(t *testing.T) {
			root := c.d.Root()
			assert.Equal(t, c.want, root.String(), "root")
			again := c.d.Root()
			assert.Equal(t, root, again, "second Root() = %s, first %s", again, root)
			// The cache must hold the same value a fresh computation gives.
			fresh := prooflearn.MerkleRoot(c.d.LeafHashes())
			assert.Equal(t, root, fresh, "MerkleRoot(LeafHashes()) = %s, Root() = %s", fresh, root)
		})
	}
	// A second load is a different Dataset with the same content: same root.
	assert.Equal(t, embeddedTrainRoot, embedded(t).Train.Root().String(), "reloaded train root")
}

// clone returns a fresh, unhashed Dataset with copies of d's pixels and labels.
func clone(d *Dataset) *Dataset {
	return &Dataset{Name: d.Name, Rows: d.Rows, Cols: d.Cols, Images: bytes.Clone(d.Images), Labels: bytes.Clone(d.Labels)}
}

func TestRootSensitivity(t *testing.T) {
	base := embedded(t).Test
	root := base.Root()
	px := base.Rows * base.Cols

	// Two examples with different labels, so a swap changes content at both.
	a, b := 3, 0
	for base.Label(b) == base.Label(a) {
		b++
	}

	cases := []struct {
		name   string
		mutate func(d *Dataset)
	}{
		{"one pixel", func(d *Dataset) { d.Images[a*px+px/2]++ }},
		{"last pixel of last example", func(d *Dataset) { d.Images[len(d.Images)-1] ^= 1 }},
		{"one label", func(d *Dataset) { d.Labels[a] = (d.Labels[a] + 1) % 10 }},
		{"swap two examples", func(d *Dataset) {
			pa, pb := bytes.Clone(d.Pixels(a)), bytes.Clone(d.Pixels(b))
			copy(d.Images[a*px:], pb)
			copy(d.Images[b*px:], pa)
			d.Labels[a], d.Labels[b] = d.Labels[b], d.Labels[a]
		}},
		{"drop last example", func(d *Dataset) {
			d.Images = d.Images[:len(d.Images)-px]
			d.Labels = d.Labels[:len(d.Labels)-1]
		}},
		{"reshape 28x28 to 14x56", func(d *Dataset) { d.Rows, d.Cols = 14, 56 }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := clone(base)
			c.mutate(d)
			got := d.Root()
			assert.NotEqual(t, root, got, "root unchanged (%s)", got)
		})
	}
	// And the control: an unmodified copy commits to the same root.
	assert.Equal(t, root, clone(base).Root(), "unmodified copy")
}

func TestRootConcurrent(t *testing.T) {
	d := clone(embedded(t).Test)
	roots := make([]prooflearn.Hash, 8)
	var wg sync.WaitGroup
	for i := range roots {
		wg.Go(func() { roots[i] = d.Root() })
	}
	wg.Wait()
	for i, r := range roots {
		assert.Equal(t, embeddedTestRoot, r.String(), "goroutine %d", i)
	}
}

func TestExampleEncoding(t *testing.T) {
	for _, c := range []struct {
		name  string
		index uint64 // a variable, so the 64-bit case compiles where int is 32 bits
		bytes string // index, little-endian
	}{
		{"index beyond 32 bits", 0x0102030405060708, "\x08\x07\x06\x05\x04\x03\x02\x01"},
		{"index within 32 bits", 0x01020304, "\x04\x03\x02\x01\x00\x00\x00\x00"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.index > math.MaxInt {
				t.Skipf("index %#x does not fit a %d-bit int", c.index, strconv.IntSize)
			}
			got := ExampleEncoding(int(c.index), 2, 3, []byte{10, 11, 12, 13, 14, 15}, 9)
			want := []byte("prooflearn/example/v1\x00" +
				c.bytes + // index, little-endian
				"\x02\x00\x00\x00" + // rows
				"\x03\x00\x00\x00" + // cols
				"\x09" + // label
				"\x0a\x0b\x0c\x0d\x0e\x0f") // pixels
			require.Equal(t, want, got, "ExampleEncoding =\n%q\nwant\n%q", got, want)
			assert.Len(t, got, 39+6, "want 39+rows*cols")
		})
	}

	d := &Dataset{Rows: 2, Cols: 3, Images: append(make([]byte, 6), 10, 11, 12, 13, 14, 15), Labels: []byte{0, 9}}
	assert.Equal(t, prooflearn.LeafHash(ExampleEncoding(1, 2, 3, d.Pixels(1), 9)), d.LeafHash(1),
		"LeafHash(1) is not LeafHash(ExampleEncoding(1, ...))")
	// The same example at another position must commit differently.
	assert.NotEqual(t, prooflearn.LeafHash(ExampleEncoding(0, 2, 3, d.Pixels(1), 9)), d.LeafHash(1),
		"leaf does not depend on the index")
	leaves := d.LeafHashes()
	for i := range leaves {
		assert.Equal(t, d.LeafHash(i), leaves[i], "LeafHashes()[%d] != LeafHash(%d)", i, i)
	}
	assert.Equal(t, prooflearn.MerkleRoot([]prooflearn.Hash{d.LeafHash(0), d.LeafHash(1)}), d.Root(),
		"Root is not MerkleRoot over the leaves in order")
}

func TestExampleEncodingPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"negative index":     func() { ExampleEncoding(-1, 1, 1, []byte{0}, 0) },
		"too few pixels":     func() { ExampleEncoding(0, 2, 2, []byte{0, 0, 0}, 0) },
		"too many pixels":    func() { ExampleEncoding(0, 1, 1, []byte{0, 0}, 0) },
		"negative rows":      func() { ExampleEncoding(0, -1, -1, []byte{0}, 0) },
		"rows beyond uint32": func() { ExampleEncoding(0, int(^uint(0)>>1), 1, nil, 0) }, // MaxInt; on 32-bit it is caught as too few pixels
	} {
		t.Run(name, func(t *testing.T) {
			assert.Panics(t, f, "%s: no panic", name)
		})
	}
}

func TestPixelsAndClasses(t *testing.T) {
	d := &Dataset{Rows: 1, Cols: 2, Images: []byte{1, 2, 3, 4}, Labels: []byte{7, 2}}
	p := d.Pixels(0)
	require.Equal(t, []byte{1, 2}, p, "Pixels(0)")
	require.Equal(t, []byte{3, 4}, d.Pixels(1), "Pixels(1)")
	_ = append(p, 99) // must not overwrite example 1
	assert.Equal(t, byte(3), d.Images[2], "appending to Pixels(0) overwrote example 1")
	assert.Equal(t, 8, d.Classes(), "Classes()")
	assert.Zero(t, (&Dataset{}).Classes(), "empty dataset has classes")
	assert.Equal(t, prooflearn.MerkleRoot(nil), (&Dataset{}).Root(), "empty root")
}

// The full Fashion-MNIST from the Debian package dataset-fashion-mnist. The
// test is skipped only when SystemDir does not exist; a directory that exists
// but does not load is a failure.
func TestSystem(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes all 70,000 images of the full dataset; the suite without -short runs it")
	}
	if _, err := os.Stat(SystemDir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is missing (apt-get install dataset-fashion-mnist to run this test)", SystemDir)
	}
	s, err := System()
	require.NoError(t, err)
	checkFashion(t, s.Train, "fashion-mnist", 60000)
	checkFashion(t, s.Test, "fashion-mnist", 10000)
	// Upstream documents exactly 6000 training and 1000 test images per class.
	for _, c := range []struct {
		name string
		d    *Dataset
		per  int
		root string
	}{{"train", s.Train, 6000, systemTrainRoot}, {"test", s.Test, 1000, systemTestRoot}} {
		t.Run(c.name, func(t *testing.T) {
			var hist [10]int
			for _, l := range c.d.Labels {
				hist[l]++
			}
			for class, n := range hist {
				assert.Equal(t, c.per, n, "class %d: examples", class)
			}
			assert.Equal(t, c.root, c.d.Root().String(), "root")
		})
	}

	// The embedded subset must be exactly the leading examples of the real thing.
	// bytes.Equal, not assert.Equal: a failure would otherwise print megabytes.
	e := embedded(t)
	for _, c := range []struct {
		name      string
		sub, full *Dataset
	}{{"train", e.Train, s.Train}, {"test", e.Test, s.Test}} {
		t.Run(c.name+" prefix", func(t *testing.T) {
			n := c.sub.Len()
			assert.True(t, bytes.Equal(c.sub.Labels, c.full.Labels[:n]),
				"labels of the embedded subset of %d are not a prefix of the system dataset", n)
			assert.True(t, bytes.Equal(c.sub.Images, c.full.Images[:n*28*28]),
				"images of the embedded subset of %d are not a prefix of the system dataset", n)
		})
	}
}

func TestSystemNotInstalled(t *testing.T) {
	for _, c := range []struct{ name, dir string }{
		{"missing dir", filepath.Join(t.TempDir(), "missing")},
		{"empty dir", t.TempDir()},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadSystem(c.dir)
			require.ErrorIs(t, err, ErrNotInstalled, c.dir)
			require.ErrorIs(t, err, fs.ErrNotExist, c.dir)
			assert.ErrorContains(t, err, "apt-get install dataset-fashion-mnist", "does not say how to install")
		})
	}
}

// idxFile returns a valid IDX file, gzipped if asked.
func idxFile(t *testing.T, gz bool, data []byte, dims ...int) []byte {
	b := encodeIDX(&IDX{Dims: dims, Data: data})
	if gz {
		b = gzipBytes(t, b)
	}
	return b
}

// tinyFS is a 3-train / 2-test dataset of 2x2 images, with the train files
// gzipped and the test files raw so both naming conventions are exercised.
func tinyFS(t *testing.T) fstest.MapFS {
	return fstest.MapFS{
		"d/train-images-idx3-ubyte.gz": {Data: idxFile(t, true, seq(12), 3, 2, 2)},
		"d/train-labels-idx1-ubyte.gz": {Data: idxFile(t, true, []byte{0, 1, 2}, 3)},
		"d/t10k-images-idx3-ubyte":     {Data: idxFile(t, false, seq(8), 2, 2, 2)},
		"d/t10k-labels-idx1-ubyte":     {Data: idxFile(t, false, []byte{4, 3}, 2)},
	}
}

func TestLoadFS(t *testing.T) {
	s, err := LoadFS(tinyFS(t), "d")
	require.NoError(t, err)
	require.Equal(t, [4]int{3, 2, 2, 2}, [4]int{s.Train.Len(), s.Test.Len(), s.Train.Rows, s.Test.Cols},
		"loaded %d/%d examples of %dx%d", s.Train.Len(), s.Test.Len(), s.Train.Rows, s.Train.Cols)
	assert.Equal(t, seq(12)[8:], s.Train.Pixels(2), "train pixels 2")
	assert.Equal(t, byte(4), s.Test.Label(0), "test label 0")
	assert.Equal(t, 5, s.Test.Classes(), "test classes")
}

func TestLoadFSPrefersGzip(t *testing.T) {
	fsys := tinyFS(t)
	// A raw file with different content next to the .gz one: the .gz wins.
	fsys["d/train-labels-idx1-ubyte"] = &fstest.MapFile{Data: idxFile(t, false, []byte{9, 9, 9}, 3)}
	s, err := LoadFS(fsys, "d")
	require.NoError(t, err)
	assert.Equal(t, byte(0), s.Train.Label(0), "label 0: loaded the raw file, not the .gz")
}

func TestLoadFSMissing(t *testing.T) {
	fsys := tinyFS(t)
	delete(fsys, "d/t10k-labels-idx1-ubyte")
	_, err := LoadFS(fsys, "d")
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.ErrorContains(t, err, "t10k-labels-idx1-ubyte", "want the error to name the missing file")
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	for name, f := range tinyFS(t) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, filepath.Base(name)), f.Data, 0o644))
	}
	s, err := LoadDir(dir)
	require.NoError(t, err)
	assert.Equal(t, 3, s.Train.Len(), "train examples")
	assert.Equal(t, 2, s.Test.Len(), "test examples")
	assert.NotEqual(t, s.Train.Root(), s.Test.Root(), "train and test roots")
	want, err := LoadFS(tinyFS(t), "d")
	require.NoError(t, err)
	assert.Equal(t, want.Train.Root(), s.Train.Root(), "LoadDir and LoadFS disagree on the same files (train)")
	assert.Equal(t, want.Test.Root(), s.Test.Root(), "LoadDir and LoadFS disagree on the same files (test)")
}

func TestLoadIDXPairErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, b, 0o644))
		return p
	}
	images3 := write("images3", idxFile(t, true, seq(12), 3, 2, 2))
	labels3 := write("labels3", idxFile(t, false, []byte{1, 2, 3}, 3))
	labels2 := write("labels2", idxFile(t, false, []byte{1, 2}, 2))
	images2D := write("images2d", idxFile(t, false, seq(12), 3, 4))
	labels2D := write("labels2d", idxFile(t, false, seq(3), 3, 1))
	badMagic := write("badmagic", append([]byte{0xde, 0xad}, idxFile(t, false, seq(3), 3)[2:]...))
	truncatedGz := write("truncated.gz", idxFile(t, true, seq(12), 3, 2, 2)[:20])

	d, err := LoadIDXPair(images3, labels3)
	require.NoError(t, err, "valid pair")
	require.Equal(t, 3, d.Len(), "valid pair: examples")
	require.Equal(t, byte(3), d.Label(2), "valid pair: label 2")

	cases := []struct {
		name, images, labels, file, reason string
	}{
		{"count mismatch", images3, labels2, labels2, "2 labels for the 3 images"},
		{"images not 3-D", images2D, labels3, images2D, "3-D"},
		{"labels not 1-D", images3, labels2D, labels2D, "1-D"},
		{"labels bad magic", images3, badMagic, badMagic, "bad magic"},
		{"images truncated gzip", truncatedGz, labels3, truncatedGz, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadIDXPair(c.images, c.labels)
			var fe *FormatError
			require.ErrorAs(t, err, &fe, "want *FormatError")
			assert.ErrorIs(t, err, prooflearn.ErrMalformed)
			assert.Equal(t, c.file, fe.File, "FormatError.File")
			assert.ErrorContains(t, err, c.file, "want the error to name the file")
			assert.ErrorContains(t, err, c.reason, "want the error to give the reason")
		})
	}

	_, err = LoadIDXPair(filepath.Join(dir, "nope"), labels3)
	assert.ErrorIs(t, err, fs.ErrNotExist, "missing file")
}

// encodeIDX is the oracle for the round-trip and fuzz tests; pin it to the
// format by hand so it cannot drift along with ReadIDX.
func TestEncodeIDXLayout(t *testing.T) {
	b := encodeIDX(&IDX{Dims: []int{2, 1}, Data: []byte{5, 6}})
	require.Equal(t, []byte{0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 1, 5, 6}, b, "encodeIDX")
}
