// Command mksubset writes the embedded Fashion-MNIST subset: the first -train
// training and first -test test examples of an MNIST-style directory, as four
// gzipped IDX files with the standard names.
//
// dataset.WriteSplit writes them with a fixed gzip header, so the same input
// and Go version always give byte-identical files. Run it from the
// module root to regenerate testdata/fashion-mnist-subset:
//
//	go run ./examples/mksubset
//
// It reads the files back, checks them against the source and prints each
// file's SHA-256 and each dataset's Merkle root for the subset's README.
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

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
	train, err := prefix(full.Train, *nTrain)
	if err != nil {
		log.Fatal(err)
	}
	test, err := prefix(full.Test, *nTest)
	if err != nil {
		log.Fatal(err)
	}
	if err := dataset.WriteSplit(*out, &dataset.Split{Train: train, Test: test}); err != nil {
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

// prefix returns the first n examples of d, sharing its storage.
func prefix(d *dataset.Dataset, n int) (*dataset.Dataset, error) {
	if n <= 0 || n > d.Len() {
		return nil, fmt.Errorf("cannot take %d examples from a dataset of %d", n, d.Len())
	}
	pixels := d.Rows * d.Cols
	return &dataset.Dataset{Rows: d.Rows, Cols: d.Cols, Images: d.Images[:n*pixels], Labels: d.Labels[:n]}, nil
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
