// Command mktext turns English text into a character-level text dataset: it
// normalises the text to ASCII tokens (dataset.NormalizeText), keeps the last
// tenth as the test split (dataset.TextSplit), cuts both into windows of
// -window bytes every -stride bytes and writes the four gzipped IDX files
// with the standard names (dataset.WriteSplit), images count × 1 × window,
// labels the windows' last bytes.
//
// Run it from the module root to regenerate testdata/fortunes-min from the
// Debian package fortunes-min (apt-get install fortunes-min):
//
//	go run ./examples/mktext
//
// -in lists files or directories, comma-separated, read in that order and
// concatenated. A directory stands for its fortune files: every regular file
// NAME that has the strfile index NAME.dat beside it, in name order (for
// fortunes-min: fortunes, literature, riddles), so the .dat indexes and the
// .u8 links are never read as text.
//
// It reads the files back, checks them against the split it meant to write,
// and prints what the subset's README records: sizes, each dataset's Merkle
// root, each file's SHA-256, and the unigram entropy of the training split
// that a language model's loss must fall below.
package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// fortunesDir is where Debian's fortunes-min installs its fortune files.
const fortunesDir = "/usr/share/games/fortunes"

func main() {
	log.SetFlags(0)
	log.SetPrefix("mktext: ")
	if err := run(os.Args[1:], os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("mktext", flag.ContinueOnError)
	in := fl.String("in", fortunesDir, "comma-separated text files or directories of fortune files, read in order")
	out := fl.String("out", "testdata/"+dataset.FortunesName, "directory to write the dataset to")
	window := fl.Int("window", dataset.FortunesWindow, "window length in bytes: the context plus the byte that follows it")
	stride := fl.Int("stride", 0, "bytes between window starts (0: the window length, windows without overlap)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 0 {
		return fmt.Errorf("unexpected arguments %q", fl.Args())
	}
	if *stride == 0 {
		*stride = *window
	}

	files, err := inputFiles(strings.Split(*in, ","))
	if err != nil {
		return err
	}
	var raw []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "read  %s (%d bytes)\n", f, len(b))
		raw = append(raw, b...)
	}
	text := dataset.NormalizeText(raw)
	fmt.Fprintf(stdout, "text  %d bytes, %d after normalising\n", len(raw), len(text))
	split, err := dataset.TextSplit(text, *window, *stride)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	if err := dataset.WriteSplit(*out, split); err != nil {
		return err
	}

	// Read back what was written, so a bug in the writer cannot ship silently.
	back, err := dataset.LoadDir(*out)
	if err != nil {
		return err
	}
	for _, c := range []struct {
		name       string
		back, want *dataset.Dataset
	}{{"train", back.Train, split.Train}, {"test", back.Test, split.Test}} {
		if c.back.Rows != 1 || c.back.Cols != *window || !bytes.Equal(c.back.Images, c.want.Images) || !bytes.Equal(c.back.Labels, c.want.Labels) {
			return fmt.Errorf("%s: the files in %s do not read back as the windows written", c.name, *out)
		}
		fmt.Fprintf(stdout, "%-5s %5d windows of %d bytes  root %s\n", c.name, c.back.Len(), *window, c.back.Root())
	}
	for _, name := range []string{dataset.TrainImagesFile, dataset.TrainLabelsFile, dataset.TestImagesFile, dataset.TestLabelsFile} {
		b, err := os.ReadFile(filepath.Join(*out, name+".gz"))
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%x  %s.gz\n", sha256.Sum256(b), name)
	}
	bits, nats := dataset.UnigramEntropy(back.Train)
	fmt.Fprintf(stdout, "unigram entropy of the train split: %.4f bits/char, %.4f nats/char\n", bits, nats)
	return nil
}

// inputFiles expands the -in list: files stay as they are, a directory
// becomes its fortune files (regular files with a .dat index beside them),
// in name order.
func inputFiles(list []string) ([]string, error) {
	var files []string
	for _, p := range list {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, err
		}
		var found []string
		for _, e := range entries {
			if !e.Type().IsRegular() || strings.HasSuffix(e.Name(), ".dat") {
				continue
			}
			if _, err := os.Stat(filepath.Join(p, e.Name()+".dat")); err == nil {
				found = append(found, filepath.Join(p, e.Name()))
			}
		}
		if len(found) == 0 {
			return nil, fmt.Errorf("%s holds no fortune files (NAME with NAME.dat beside it); name the text files instead", p)
		}
		slices.Sort(found)
		files = append(files, found...)
	}
	return files, nil
}
