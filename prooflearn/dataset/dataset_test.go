package dataset

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

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
	if err != nil {
		t.Fatalf("Embedded: %v", err)
	}
	return s
}

// checkFashion asserts the shape and label sanity every Fashion-MNIST slice has.
func checkFashion(t *testing.T, d *Dataset, name string, n int) {
	t.Helper()
	if d.Name != name {
		t.Errorf("Name = %q, want %q", d.Name, name)
	}
	if d.Len() != n || d.Rows != 28 || d.Cols != 28 {
		t.Fatalf("%d examples of %dx%d, want %d of 28x28", d.Len(), d.Rows, d.Cols, n)
	}
	if len(d.Images) != n*28*28 {
		t.Fatalf("len(Images) = %d, want %d", len(d.Images), n*28*28)
	}
	if d.Classes() != 10 {
		t.Errorf("Classes() = %d, want 10", d.Classes())
	}
	var hist [256]int
	for i := range d.Len() {
		hist[d.Label(i)]++
	}
	for c, count := range hist {
		if c >= 10 && count > 0 {
			t.Errorf("%d examples with label %d >= 10", count, c)
		}
		// Fashion-MNIST is balanced; any prefix this long should hold every
		// class at a few percent at least and none at more than a fifth.
		if c < 10 && (count < n/20 || count > n/5) {
			t.Errorf("class %d has %d of %d examples: histogram %v", c, count, n, hist[:10])
		}
	}
	// Images are not blank: an all-zero buffer would pass the shape checks.
	var nonzero int
	for _, p := range d.Images {
		if p != 0 {
			nonzero++
		}
	}
	if frac := float64(nonzero) / float64(len(d.Images)); frac < 0.2 || frac > 0.9 {
		t.Errorf("%.2f of pixels are non-zero", frac)
	}
}

func TestEmbedded(t *testing.T) {
	s := embedded(t)
	checkFashion(t, s.Train, "fashion-mnist-subset", 2000)
	checkFashion(t, s.Test, "fashion-mnist-subset", 500)
}

func TestEmbeddedRoots(t *testing.T) {
	s := embedded(t)
	for _, c := range []struct {
		d    *Dataset
		want string
	}{{s.Train, embeddedTrainRoot}, {s.Test, embeddedTestRoot}} {
		root := c.d.Root()
		if root.String() != c.want {
			t.Errorf("root = %s, want %s", root, c.want)
		}
		if again := c.d.Root(); again != root {
			t.Errorf("second Root() = %s, first %s", again, root)
		}
		// The cache must hold the same value a fresh computation gives.
		if fresh := prooflearn.MerkleRoot(c.d.LeafHashes()); fresh != root {
			t.Errorf("MerkleRoot(LeafHashes()) = %s, Root() = %s", fresh, root)
		}
	}
	// A second load is a different Dataset with the same content: same root.
	if got := embedded(t).Train.Root(); got.String() != embeddedTrainRoot {
		t.Errorf("reloaded train root = %s", got)
	}
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
		d := clone(base)
		c.mutate(d)
		if got := d.Root(); got == root {
			t.Errorf("%s: root unchanged (%s)", c.name, got)
		}
	}
	// And the control: an unmodified copy commits to the same root.
	if got := clone(base).Root(); got != root {
		t.Errorf("unmodified copy: root %s, want %s", got, root)
	}
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
		if r.String() != embeddedTestRoot {
			t.Errorf("goroutine %d: root %s", i, r)
		}
	}
}

func TestExampleEncoding(t *testing.T) {
	got := ExampleEncoding(0x0102030405060708, 2, 3, []byte{10, 11, 12, 13, 14, 15}, 9)
	want := []byte("prooflearn/example/v1\x00" +
		"\x08\x07\x06\x05\x04\x03\x02\x01" + // index, little-endian
		"\x02\x00\x00\x00" + // rows
		"\x03\x00\x00\x00" + // cols
		"\x09" + // label
		"\x0a\x0b\x0c\x0d\x0e\x0f") // pixels
	if !bytes.Equal(got, want) {
		t.Fatalf("ExampleEncoding =\n%q\nwant\n%q", got, want)
	}
	if len(got) != 39+6 {
		t.Errorf("length %d, want 39+rows*cols", len(got))
	}

	d := &Dataset{Rows: 2, Cols: 3, Images: append(make([]byte, 6), 10, 11, 12, 13, 14, 15), Labels: []byte{0, 9}}
	if d.LeafHash(1) != prooflearn.LeafHash(ExampleEncoding(1, 2, 3, d.Pixels(1), 9)) {
		t.Error("LeafHash(1) is not LeafHash(ExampleEncoding(1, ...))")
	}
	// The same example at another position must commit differently.
	if d.LeafHash(1) == prooflearn.LeafHash(ExampleEncoding(0, 2, 3, d.Pixels(1), 9)) {
		t.Error("leaf does not depend on the index")
	}
	leaves := d.LeafHashes()
	for i := range leaves {
		if leaves[i] != d.LeafHash(i) {
			t.Errorf("LeafHashes()[%d] != LeafHash(%d)", i, i)
		}
	}
	if d.Root() != prooflearn.MerkleRoot([]prooflearn.Hash{d.LeafHash(0), d.LeafHash(1)}) {
		t.Error("Root is not MerkleRoot over the leaves in order")
	}
}

func TestExampleEncodingPanics(t *testing.T) {
	for name, f := range map[string]func(){
		"negative index":     func() { ExampleEncoding(-1, 1, 1, []byte{0}, 0) },
		"too few pixels":     func() { ExampleEncoding(0, 2, 2, []byte{0, 0, 0}, 0) },
		"too many pixels":    func() { ExampleEncoding(0, 1, 1, []byte{0, 0}, 0) },
		"negative rows":      func() { ExampleEncoding(0, -1, -1, []byte{0}, 0) },
		"rows beyond uint32": func() { ExampleEncoding(0, 1<<32, 0, nil, 0) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic", name)
				}
			}()
			f()
		}()
	}
}

func TestPixelsAndClasses(t *testing.T) {
	d := &Dataset{Rows: 1, Cols: 2, Images: []byte{1, 2, 3, 4}, Labels: []byte{7, 2}}
	p := d.Pixels(0)
	if !bytes.Equal(p, []byte{1, 2}) || !bytes.Equal(d.Pixels(1), []byte{3, 4}) {
		t.Fatalf("Pixels = %v, %v", p, d.Pixels(1))
	}
	_ = append(p, 99) // must not overwrite example 1
	if d.Images[2] != 3 {
		t.Error("appending to Pixels(0) overwrote example 1")
	}
	if d.Classes() != 8 {
		t.Errorf("Classes() = %d, want 8", d.Classes())
	}
	if (&Dataset{}).Classes() != 0 {
		t.Error("empty dataset has classes")
	}
	if got, want := (&Dataset{}).Root(), prooflearn.MerkleRoot(nil); got != want {
		t.Errorf("empty root = %s, want %s", got, want)
	}
}

// The full Fashion-MNIST from the Debian package dataset-fashion-mnist. The
// test is skipped only when SystemDir does not exist; a directory that exists
// but does not load is a failure.
func TestSystem(t *testing.T) {
	if _, err := os.Stat(SystemDir); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("%s is missing (apt-get install dataset-fashion-mnist to run this test)", SystemDir)
	}
	s, err := System()
	if err != nil {
		t.Fatal(err)
	}
	checkFashion(t, s.Train, "fashion-mnist", 60000)
	checkFashion(t, s.Test, "fashion-mnist", 10000)
	// Upstream documents exactly 6000 training and 1000 test images per class.
	for _, c := range []struct {
		d    *Dataset
		per  int
		root string
	}{{s.Train, 6000, systemTrainRoot}, {s.Test, 1000, systemTestRoot}} {
		var hist [10]int
		for _, l := range c.d.Labels {
			hist[l]++
		}
		for class, n := range hist {
			if n != c.per {
				t.Errorf("class %d: %d examples, want %d", class, n, c.per)
			}
		}
		if got := c.d.Root(); got.String() != c.root {
			t.Errorf("root = %s, want %s", got, c.root)
		}
	}

	// The embedded subset must be exactly the leading examples of the real thing.
	e := embedded(t)
	for _, c := range []struct{ sub, full *Dataset }{{e.Train, s.Train}, {e.Test, s.Test}} {
		n := c.sub.Len()
		if !bytes.Equal(c.sub.Labels, c.full.Labels[:n]) || !bytes.Equal(c.sub.Images, c.full.Images[:n*28*28]) {
			t.Errorf("embedded subset of %d is not a prefix of the system dataset", n)
		}
	}
}

func TestSystemNotInstalled(t *testing.T) {
	for _, dir := range []string{filepath.Join(t.TempDir(), "missing"), t.TempDir()} {
		_, err := loadSystem(dir)
		if !errors.Is(err, ErrNotInstalled) || !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: err = %v, want ErrNotInstalled and fs.ErrNotExist", dir, err)
			continue
		}
		if !strings.Contains(err.Error(), "apt-get install dataset-fashion-mnist") {
			t.Errorf("err = %q does not say how to install", err)
		}
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
	if err != nil {
		t.Fatal(err)
	}
	if s.Train.Len() != 3 || s.Test.Len() != 2 || s.Train.Rows != 2 || s.Test.Cols != 2 {
		t.Fatalf("loaded %d/%d examples of %dx%d", s.Train.Len(), s.Test.Len(), s.Train.Rows, s.Train.Cols)
	}
	if !bytes.Equal(s.Train.Pixels(2), seq(12)[8:]) || s.Test.Label(0) != 4 || s.Test.Classes() != 5 {
		t.Errorf("wrong content: %v label %d", s.Train.Pixels(2), s.Test.Label(0))
	}
}

func TestLoadFSPrefersGzip(t *testing.T) {
	fsys := tinyFS(t)
	// A raw file with different content next to the .gz one: the .gz wins.
	fsys["d/train-labels-idx1-ubyte"] = &fstest.MapFile{Data: idxFile(t, false, []byte{9, 9, 9}, 3)}
	s, err := LoadFS(fsys, "d")
	if err != nil {
		t.Fatal(err)
	}
	if s.Train.Label(0) != 0 {
		t.Errorf("label 0 = %d: loaded the raw file, not the .gz", s.Train.Label(0))
	}
}

func TestLoadFSMissing(t *testing.T) {
	fsys := tinyFS(t)
	delete(fsys, "d/t10k-labels-idx1-ubyte")
	_, err := LoadFS(fsys, "d")
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "t10k-labels-idx1-ubyte") {
		t.Errorf("err = %v, want fs.ErrNotExist naming the missing file", err)
	}
}

func TestLoadDir(t *testing.T) {
	dir := t.TempDir()
	for name, f := range tinyFS(t) {
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if s.Train.Len() != 3 || s.Test.Len() != 2 || s.Train.Root() == s.Test.Root() {
		t.Errorf("loaded %d/%d examples", s.Train.Len(), s.Test.Len())
	}
	want, err := LoadFS(tinyFS(t), "d")
	if err != nil {
		t.Fatal(err)
	}
	if s.Train.Root() != want.Train.Root() || s.Test.Root() != want.Test.Root() {
		t.Error("LoadDir and LoadFS disagree on the same files")
	}
}

func TestLoadIDXPairErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	images3 := write("images3", idxFile(t, true, seq(12), 3, 2, 2))
	labels3 := write("labels3", idxFile(t, false, []byte{1, 2, 3}, 3))
	labels2 := write("labels2", idxFile(t, false, []byte{1, 2}, 2))
	images2D := write("images2d", idxFile(t, false, seq(12), 3, 4))
	labels2D := write("labels2d", idxFile(t, false, seq(3), 3, 1))
	badMagic := write("badmagic", append([]byte{0xde, 0xad}, idxFile(t, false, seq(3), 3)[2:]...))
	truncatedGz := write("truncated.gz", idxFile(t, true, seq(12), 3, 2, 2)[:20])

	if d, err := LoadIDXPair(images3, labels3); err != nil || d.Len() != 3 || d.Label(2) != 3 {
		t.Fatalf("valid pair: %v", err)
	}
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
		_, err := LoadIDXPair(c.images, c.labels)
		fe, ok := errors.AsType[*FormatError](err)
		if !ok {
			t.Errorf("%s: err = %v, want *FormatError", c.name, err)
			continue
		}
		if !errors.Is(err, prooflearn.ErrMalformed) {
			t.Errorf("%s: err = %v, want ErrMalformed", c.name, err)
		}
		if fe.File != c.file || !strings.Contains(err.Error(), c.file) || !strings.Contains(err.Error(), c.reason) {
			t.Errorf("%s: err = %q (File %q), want it to name %s and say %q", c.name, err, fe.File, c.file, c.reason)
		}
	}

	_, err := LoadIDXPair(filepath.Join(dir, "nope"), labels3)
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: err = %v, want fs.ErrNotExist", err)
	}
}

// encodeIDX is the oracle for the round-trip and fuzz tests; pin it to the
// format by hand so it cannot drift along with ReadIDX.
func TestEncodeIDXLayout(t *testing.T) {
	b := encodeIDX(&IDX{Dims: []int{2, 1}, Data: []byte{5, 6}})
	if want := []byte{0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 1, 5, 6}; !bytes.Equal(b, want) {
		t.Fatalf("encodeIDX = %v, want %v", b, want)
	}
}
