// Command mksubset writes the embedded Fashion-MNIST subset: the first -train
// training and first -test test examples of an MNIST-style directory, as four
// gzipped IDX files with the standard names.
//
// The gzip header carries no file name and a zero modification time, so the
// same input and Go version always give byte-identical files. Run it from the
// module root to regenerate testdata/fashion-mnist-subset:
//
//	go run ./examples/mksubset
//
// It reads the files back, checks them against the source and prints each
// file's SHA-256 and each dataset's Merkle root for the subset's README.
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/binary"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

func main() {
	src := flag.String("src", dataset.SystemDir, "directory holding the full dataset (NAME or NAME.gz)")
	out := flag.String("out", "testdata/fashion-mnist-subset", "directory to write the subset to")
	nTrain := flag.Int("train", 2000, "number of leading training examples to keep")
	nTest := flag.Int("test", 500, "number of leading test examples to keep")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("mksubset: ")

	full, err := dataset.LoadDir(*src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatal(err)
	}
	if err := writePair(*out, dataset.TrainImagesFile, dataset.TrainLabelsFile, full.Train, *nTrain); err != nil {
		log.Fatal(err)
	}
	if err := writePair(*out, dataset.TestImagesFile, dataset.TestLabelsFile, full.Test, *nTest); err != nil {
		log.Fatal(err)
	}

	// Read back what was written, so a bug in the writer cannot ship silently.
	sub, err := dataset.LoadDir(*out)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range []struct {
		name      string
		sub, full *dataset.Dataset
		n         int
	}{{"train", sub.Train, full.Train, *nTrain}, {"test", sub.Test, full.Test, *nTest}} {
		if err := checkPrefix(c.sub, c.full, c.n); err != nil {
			log.Fatalf("%s: %v", c.name, err)
		}
		fmt.Printf("%-5s %5d examples %dx%d  root %s\n", c.name, c.sub.Len(), c.sub.Rows, c.sub.Cols, c.sub.Root())
	}
	for _, name := range []string{dataset.TrainImagesFile, dataset.TrainLabelsFile, dataset.TestImagesFile, dataset.TestLabelsFile} {
		b, err := os.ReadFile(filepath.Join(*out, name+".gz"))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%x  %s.gz\n", sha256.Sum256(b), name)
	}
}

// writePair writes the first n examples of d as NAME.gz files in dir.
func writePair(dir, imagesName, labelsName string, d *dataset.Dataset, n int) error {
	if n <= 0 || n > d.Len() {
		return fmt.Errorf("cannot take %d examples from a dataset of %d", n, d.Len())
	}
	pixels := d.Rows * d.Cols
	if err := writeIDX(filepath.Join(dir, imagesName+".gz"), []int{n, d.Rows, d.Cols}, d.Images[:n*pixels]); err != nil {
		return err
	}
	return writeIDX(filepath.Join(dir, labelsName+".gz"), []int{n}, d.Labels[:n])
}

// writeIDX writes an unsigned-byte IDX file, gzip-compressed with a fixed header.
func writeIDX(path string, dims []int, data []byte) error {
	var raw bytes.Buffer
	raw.Write([]byte{0, 0, 0x08, byte(len(dims))})
	for _, d := range dims {
		raw.Write(binary.BigEndian.AppendUint32(nil, uint32(d)))
	}
	raw.Write(data)

	var gz bytes.Buffer
	zw, err := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if err != nil {
		return err
	}
	// The zero Header (no name, no comment, zero ModTime) is what makes the
	// output reproducible; set it explicitly so that intent survives edits.
	zw.Header = gzip.Header{OS: 255}
	if _, err := zw.Write(raw.Bytes()); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return prooflearn.WriteFileAtomic(path, gz.Bytes())
}

// checkPrefix verifies that sub is exactly the first n examples of full.
func checkPrefix(sub, full *dataset.Dataset, n int) error {
	if sub.Len() != n || sub.Rows != full.Rows || sub.Cols != full.Cols {
		return fmt.Errorf("read back %d examples %dx%d, want %d %dx%d", sub.Len(), sub.Rows, sub.Cols, n, full.Rows, full.Cols)
	}
	for i := range n {
		if sub.LeafHash(i) != full.LeafHash(i) {
			return fmt.Errorf("example %d differs from the source", i)
		}
	}
	return nil
}
