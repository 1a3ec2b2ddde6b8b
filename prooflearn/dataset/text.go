package dataset

import (
	"errors"
	"fmt"
	"math"

	"github.com/prooflearn/prooflearn/testdata"
)

// TextVocab is the number of token ids of a text dataset: the ASCII bytes.
const TextVocab = 128

// FortunesName is the name of the embedded text dataset: the fortune files of
// the Debian package fortunes-min in 33-byte windows (FortunesWindow).
const FortunesName = "fortunes-min"

// FortunesWindow is the window length of the embedded text dataset: a 32-byte
// context and the byte that follows it.
const FortunesWindow = 33

// ErrNotEmbedded is returned (wrapped) by EmbeddedByName for a dataset name
// the module does not carry.
var ErrNotEmbedded = errors.New("no embedded dataset of that name")

// NormalizeText maps raw text to the token alphabet, returning a new slice:
//
//   - a tab becomes one space;
//   - a backspace deletes the byte before it (the overstrike of old terminal
//     text, "_\bX" for an underlined X, keeps the X), unless that byte is a
//     newline or there is none;
//   - every other control byte except the newline (0x00–0x1f and 0x7f) and
//     every byte ≥ 0x80 (anything not ASCII, e.g. UTF-8 sequences) is dropped.
//
// The result holds only newlines and printable ASCII (0x20–0x7e), every byte
// a token id below TextVocab.
func NormalizeText(raw []byte) []byte {
	out := make([]byte, 0, len(raw))
	for _, b := range raw {
		switch {
		case b == '\t':
			out = append(out, ' ')
		case b == '\b':
			if n := len(out); n > 0 && out[n-1] != '\n' {
				out = out[:n-1]
			}
		case b == '\n' || (b >= 0x20 && b < 0x7f):
			out = append(out, b)
		}
	}
	return out
}

// TextWindows cuts text into windows of window bytes starting every stride
// bytes (a shorter tail is dropped) and returns them as a dataset of 1×window
// examples labelled by their last byte (see "Text datasets" in the package
// documentation).
// The dataset aliases nothing in text. Name is left empty for the caller to
// set. It fails for a window below 2 (no context), a stride below 1, text
// with a byte outside the vocabulary, or text shorter than one window.
func TextWindows(text []byte, window, stride int) (*Dataset, error) {
	if window < 2 || stride < 1 {
		return nil, fmt.Errorf("dataset: text windows of %d bytes every %d: need a window of at least 2 and a stride of at least 1", window, stride)
	}
	for i, b := range text {
		if b >= TextVocab {
			return nil, fmt.Errorf("dataset: text byte %d is 0x%02x, outside the %d-token vocabulary (normalise it first)", i, b, TextVocab)
		}
	}
	if len(text) < window {
		return nil, fmt.Errorf("dataset: %d bytes of text do not fill one %d-byte window", len(text), window)
	}
	n := (len(text)-window)/stride + 1
	d := &Dataset{Rows: 1, Cols: window, Images: make([]byte, 0, n*window), Labels: make([]byte, 0, n)}
	for i := range n {
		w := text[i*stride : i*stride+window]
		d.Images = append(d.Images, w...)
		d.Labels = append(d.Labels, w[window-1])
	}
	return d, nil
}

// TextSplit cuts normalised text into a train and a test split: the test text
// is the last tenth (len/10 bytes, rounded down), the train text all before
// it, each windowed separately by TextWindows.
func TextSplit(text []byte, window, stride int) (*Split, error) {
	cut := len(text) - len(text)/10
	train, err := TextWindows(text[:cut], window, stride)
	if err != nil {
		return nil, fmt.Errorf("train split: %w", err)
	}
	test, err := TextWindows(text[cut:], window, stride)
	if err != nil {
		return nil, fmt.Errorf("test split: %w", err)
	}
	return &Split{Train: train, Test: test}, nil
}

// UnigramEntropy returns the entropy of the byte frequencies over every byte
// of every example of d, in bits and in nats per token: the cross-entropy of
// the best model that ignores context, which a language model's loss (in
// nats, as the trainers report it) must fall clearly below to have learned
// anything from the context. An empty dataset has entropy 0.
func UnigramEntropy(d *Dataset) (bits, nats float64) {
	var counts [256]int
	for _, b := range d.Images {
		counts[b]++
	}
	total := float64(len(d.Images))
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / total
			nats -= p * math.Log(p)
		}
	}
	return nats / math.Ln2, nats
}

// Fortunes loads the embedded text dataset, named FortunesName: the fortune
// files of Debian's fortunes-min, normalised, in FortunesWindow-byte windows
// without overlap (testdata/fortunes-min/README.md gives the provenance,
// licence, sizes and roots). It needs no files on disk. Each call returns
// fresh Datasets.
func Fortunes() (*Split, error) {
	s, err := LoadFS(testdata.Fortunes, testdata.FortunesDir)
	if err != nil {
		return nil, err
	}
	s.Train.Name, s.Test.Name = FortunesName, FortunesName
	return s, nil
}

// EmbeddedByName loads the embedded dataset a task names:
// "fashion-mnist-subset" (Embedded) or FortunesName (Fortunes). Any other
// name is an error wrapping ErrNotEmbedded.
func EmbeddedByName(name string) (*Split, error) {
	switch name {
	case "fashion-mnist-subset":
		return Embedded()
	case FortunesName:
		return Fortunes()
	}
	return nil, fmt.Errorf("dataset: %q: %w", name, ErrNotEmbedded)
}
