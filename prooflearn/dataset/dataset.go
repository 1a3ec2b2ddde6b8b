// Package dataset loads image-classification datasets stored in the IDX format
// (MNIST, Fashion-MNIST), and character-level text cut into token windows
// stored the same way, and commits to them with a Merkle root, so a training
// run can later prove which examples it was given.
//
// # IDX support
//
// ReadIDX decodes IDX files with unsigned-byte elements (type 0x08), plain or
// gzip-compressed, and rejects everything else with a *FormatError instead of
// guessing: other element types, truncation, trailing bytes and headers that
// promise more data than the caller allows. LoadIDXPair, LoadDir, LoadFS,
// System and Embedded turn an images file (3-D: count × rows × cols) and a
// labels file (1-D: count) into a Dataset.
//
// # Commitment
//
// A Dataset's root is the RFC 6962 Merkle root (prooflearn.MerkleRoot) over one
// leaf per example, in index order. Leaf i is prooflearn.LeafHash of the
// canonical encoding of example i (see ExampleEncoding), which binds the
// example's index, shape, label and pixels, so the root changes if any pixel or
// label changes or if examples are reordered. The encoding is versioned by its
// domain tag; changing it changes every root and needs a new tag.
//
// # Text datasets
//
// A text dataset is a character-level corpus cut into fixed-length token
// windows and stored exactly like an image dataset, so the commitment, the
// cache, the loaders and the Merkle openings of disputes apply unchanged:
//
//   - a token is one byte of normalised ASCII text (NormalizeText), so the
//     vocabulary is TextVocab = 128 ids and a token id is the byte itself;
//   - example i is one window of W bytes, stored as a 1×W image: Pixels(i)
//     are the window's W token ids, in text order, raw (never scaled: a model
//     that reads token windows takes the bytes as ids, and the first W−1 are
//     the context whose next tokens are the last W−1);
//   - Label(i) is the window's last byte, Pixels(i)[W−1], the token that
//     follows the whole context;
//   - TextSplit cuts the text before windowing: the last tenth is the test
//     split, so no window straddles the two and the test text is unseen.
//
// Windows start every stride bytes from the start of their part; a tail
// shorter than a window is dropped. With stride = W (the default of
// examples/mktext) the windows tile the text without overlap.
package dataset

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path"
	"path/filepath"
	"sync"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/testdata"
)

// SystemDir is where the Debian package dataset-fashion-mnist installs the
// Fashion-MNIST files.
const SystemDir = "/usr/share/datasets/fashion-mnist"

// The four standard file names of an MNIST-style dataset directory. The loaders
// accept each with or without a .gz suffix.
const (
	TrainImagesFile = "train-images-idx3-ubyte"
	TrainLabelsFile = "train-labels-idx1-ubyte"
	TestImagesFile  = "t10k-images-idx3-ubyte"
	TestLabelsFile  = "t10k-labels-idx1-ubyte"
)

// ErrNotInstalled is returned (wrapped) by System when the Fashion-MNIST files
// are not in SystemDir.
var ErrNotInstalled = errors.New("Fashion-MNIST is not installed")

// Dataset is a labelled image dataset held in memory.
//
// A Dataset is read-only once constructed: Root caches its result, so changing
// Images or Labels afterwards would leave a stale commitment. Use it through a
// pointer; it must not be copied after first use (go vet reports copies).
type Dataset struct {
	Name       string
	Rows, Cols int
	Images     []byte // Len()*Rows*Cols pixels, example by example, each row-major
	Labels     []byte // one label per example

	rootOnce sync.Once
	root     prooflearn.Hash
	leaves   []prooflearn.Hash // set with root; WriteCache stores them
}

// Split is a dataset's standard train/test partition.
type Split struct {
	Train, Test *Dataset
}

// Len returns the number of examples.
func (d *Dataset) Len() int { return len(d.Labels) }

// Pixels returns example i's Rows*Cols pixels, row-major. The slice aliases the
// dataset and must not be modified; its capacity ends with the example, so
// appending to it cannot overwrite example i+1. It panics if i is out of range.
func (d *Dataset) Pixels(i int) []byte {
	n := d.Rows * d.Cols
	return d.Images[i*n : (i+1)*n : (i+1)*n]
}

// Label returns example i's label. It panics if i is out of range.
func (d *Dataset) Label(i int) byte { return d.Labels[i] }

// Classes returns the number of classes, taken as the largest label plus one
// (10 for Fashion-MNIST), or 0 for an empty dataset.
func (d *Dataset) Classes() int {
	if len(d.Labels) == 0 {
		return 0
	}
	var hi byte
	for _, l := range d.Labels {
		hi = max(hi, l)
	}
	return int(hi) + 1
}

// exampleTag is the domain tag that starts every example encoding; the NUL
// that follows it in the encoding ends the tag unambiguously.
const exampleTag = "prooflearn/example/v1"

// ExampleEncoding returns the canonical bytes of one example, the preimage of
// its Merkle leaf. The layout is a commitment format and must never change
// under the same tag:
//
//	offset  size       field
//	0       21         ASCII domain tag "prooflearn/example/v1"
//	21      1          0x00
//	22      8          index, uint64 little-endian
//	30      4          rows, uint32 little-endian
//	34      4          cols, uint32 little-endian
//	38      1          label, uint8
//	39      rows*cols  pixels, row-major, one byte each
//
// The total length is 39+rows*cols. Binding the index makes a leaf valid at one
// position only, and binding the shape keeps a 28×28 image from being read as
// 14×56. It panics if index is negative, rows or cols is outside uint32, or
// len(pixels) != rows*cols: those are programming errors, and encoding them
// would commit to something no verifier can re-derive.
func ExampleEncoding(index int, rows, cols int, pixels []byte, label byte) []byte {
	return appendExample(nil, index, rows, cols, pixels, label)
}

const exampleHeaderSize = len(exampleTag) + 1 + 8 + 4 + 4 + 1

func appendExample(buf []byte, index, rows, cols int, pixels []byte, label byte) []byte {
	if index < 0 || rows < 0 || cols < 0 || uint64(rows) > math.MaxUint32 || uint64(cols) > math.MaxUint32 {
		panic(fmt.Sprintf("dataset: ExampleEncoding(index %d, %d×%d): out of range", index, rows, cols))
	}
	if uint64(len(pixels)) != uint64(rows)*uint64(cols) {
		panic(fmt.Sprintf("dataset: ExampleEncoding: %d pixels for a %d×%d image", len(pixels), rows, cols))
	}
	return append(appendExampleHeader(buf, index, rows, cols, label), pixels...)
}

// appendExampleHeader appends the encoding's fields before the pixels; the
// caller has checked the ranges.
func appendExampleHeader(buf []byte, index, rows, cols int, label byte) []byte {
	buf = append(buf, exampleTag...)
	buf = append(buf, 0)
	buf = binary.LittleEndian.AppendUint64(buf, uint64(index))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(rows))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(cols))
	return append(buf, label)
}

// LeafHash returns the Merkle leaf of example i:
// prooflearn.LeafHash(ExampleEncoding(i, Rows, Cols, Pixels(i), Label(i))).
func (d *Dataset) LeafHash(i int) prooflearn.Hash {
	return prooflearn.LeafHash(ExampleEncoding(i, d.Rows, d.Cols, d.Pixels(i), d.Label(i)))
}

// LeafHashes returns every example's leaf hash in index order, the input to
// prooflearn.NewTree when inclusion proofs are needed.
func (d *Dataset) LeafHashes() []prooflearn.Hash {
	leaves := make([]prooflearn.Hash, d.Len())
	d.leafHashesParallel(leaves)
	return leaves
}

// Root returns the Merkle root over LeafHashes. It is computed on the first
// call and cached; concurrent calls are safe.
func (d *Dataset) Root() prooflearn.Hash {
	d.rootOnce.Do(func() {
		d.leaves = d.LeafHashes()
		d.root = prooflearn.MerkleRoot(d.leaves)
	})
	return d.root
}

// opener abstracts os.Open and fs.FS.Open so the OS and embedded loaders
// share one implementation, and their errors name paths the same way.
type opener struct {
	open func(name string) (io.ReadCloser, error)
	join func(elem ...string) string
}

var osOpener = opener{
	open: func(name string) (io.ReadCloser, error) { return os.Open(name) },
	join: filepath.Join,
}

func fsOpener(fsys fs.FS) opener {
	return opener{
		open: func(name string) (io.ReadCloser, error) { return fsys.Open(name) },
		join: path.Join,
	}
}

// LoadIDXPair loads a dataset from an images file (3-D IDX: count × rows ×
// cols) and a labels file (1-D IDX: count). Either may be gzip-compressed.
// Format problems, including a count mismatch, are *FormatError naming the
// file. Name is left empty for the caller to set.
func LoadIDXPair(imagesPath, labelsPath string) (*Dataset, error) {
	images, err := readIDXFile(osOpener, imagesPath)
	if err != nil {
		return nil, err
	}
	labels, err := readIDXFile(osOpener, labelsPath)
	if err != nil {
		return nil, err
	}
	return newDataset(images, labels, imagesPath, labelsPath)
}

// LoadDir loads the standard four files (TrainImagesFile and so on, each as
// NAME.gz or NAME) from dir. The datasets' Names are left empty.
func LoadDir(dir string) (*Split, error) {
	return loadSplit(osOpener, dir)
}

// LoadFS is LoadDir for a file system such as an embed.FS; dir is a
// slash-separated path within fsys ("." for its root).
func LoadFS(fsys fs.FS, dir string) (*Split, error) {
	return loadSplit(fsOpener(fsys), dir)
}

// System loads the full Fashion-MNIST from SystemDir, named "fashion-mnist".
// If the files are not there the error wraps ErrNotInstalled and says how to
// install them.
func System() (*Split, error) {
	return loadSystem(SystemDir)
}

// SystemTrain is System's training split alone: a verifier never reads the
// test split, so it need not decode it.
func SystemTrain() (*Dataset, error) {
	d, err := LoadTrainDir(SystemDir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("dataset: %w (%w); install it with `apt-get install dataset-fashion-mnist`, or use dataset.Embedded() for the bundled subset", ErrNotInstalled, err)
	}
	if err != nil {
		return nil, err
	}
	d.Name = "fashion-mnist"
	return d, nil
}

func loadSystem(dir string) (*Split, error) {
	s, err := LoadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("dataset: %w (%w); install it with `apt-get install dataset-fashion-mnist`, or use dataset.Embedded() for the bundled subset", ErrNotInstalled, err)
	}
	if err != nil {
		return nil, err
	}
	s.Train.Name, s.Test.Name = "fashion-mnist", "fashion-mnist"
	return s, nil
}

// LoadTrainDir loads only the training split (TrainImagesFile and
// TrainLabelsFile, each as NAME.gz or NAME) from dir, for a caller such as a
// verifier that never reads the test split. The Name is left empty.
func LoadTrainDir(dir string) (*Dataset, error) {
	return loadStandardPair(osOpener, dir, TrainImagesFile, TrainLabelsFile)
}

// Embedded loads the Fashion-MNIST subset built into the module (the first
// 2000 training and first 500 test examples), named "fashion-mnist-subset".
// It needs no files on disk. Each call returns fresh Datasets.
func Embedded() (*Split, error) {
	s, err := LoadFS(testdata.FashionSubset, testdata.FashionSubsetDir)
	if err != nil {
		return nil, err
	}
	s.Train.Name, s.Test.Name = "fashion-mnist-subset", "fashion-mnist-subset"
	return s, nil
}

func loadSplit(o opener, dir string) (*Split, error) {
	train, err := loadStandardPair(o, dir, TrainImagesFile, TrainLabelsFile)
	if err != nil {
		return nil, err
	}
	test, err := loadStandardPair(o, dir, TestImagesFile, TestLabelsFile)
	if err != nil {
		return nil, err
	}
	return &Split{Train: train, Test: test}, nil
}

func loadStandardPair(o opener, dir, imagesName, labelsName string) (*Dataset, error) {
	images, imagesPath, err := readStandardFile(o, dir, imagesName)
	if err != nil {
		return nil, err
	}
	labels, labelsPath, err := readStandardFile(o, dir, labelsName)
	if err != nil {
		return nil, err
	}
	return newDataset(images, labels, imagesPath, labelsPath)
}

// readStandardFile reads NAME.gz from dir, or else NAME, and returns the path
// it read. The .gz form comes first because that is how the files are
// distributed; the content is sniffed either way, so a misnamed file still loads.
func readStandardFile(o opener, dir, name string) (*IDX, string, error) {
	for _, candidate := range []string{name + ".gz", name} {
		p := o.join(dir, candidate)
		idx, err := readIDXFile(o, p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		return idx, p, err
	}
	return nil, "", fmt.Errorf("dataset: neither %s.gz nor %s exists: %w", o.join(dir, name), name, fs.ErrNotExist)
}

// readIDXFile reads one IDX file, attaching its path to format errors.
func readIDXFile(o opener, name string) (*IDX, error) {
	f, err := o.open(name)
	if err != nil {
		return nil, err // *fs.PathError already names the file
	}
	defer f.Close()
	idx, err := ReadIDX(f, DefaultMaxBytes)
	if fe, ok := errors.AsType[*FormatError](err); ok {
		fe.File = name
		return nil, fe
	}
	if err != nil {
		return nil, fmt.Errorf("dataset: reading %s: %w", name, err)
	}
	return idx, nil
}

// newDataset checks that images and labels describe the same examples.
func newDataset(images, labels *IDX, imagesPath, labelsPath string) (*Dataset, error) {
	if len(images.Dims) != 3 {
		return nil, &FormatError{
			File:   imagesPath,
			Reason: fmt.Sprintf("images must be 3-D (count × rows × cols), got dimensions %v", images.Dims),
			Err:    prooflearn.ErrMalformed,
		}
	}
	if len(labels.Dims) != 1 {
		return nil, &FormatError{
			File:   labelsPath,
			Reason: fmt.Sprintf("labels must be 1-D (count), got dimensions %v", labels.Dims),
			Err:    prooflearn.ErrMalformed,
		}
	}
	if images.Dims[0] != labels.Dims[0] {
		return nil, &FormatError{
			File:   labelsPath,
			Reason: fmt.Sprintf("%d labels for the %d images in %s", labels.Dims[0], images.Dims[0], imagesPath),
			Err:    prooflearn.ErrMalformed,
		}
	}
	return &Dataset{
		Rows:   images.Dims[1],
		Cols:   images.Dims[2],
		Images: images.Data,
		Labels: labels.Data,
	}, nil
}
