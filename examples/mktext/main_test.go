package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/prooflearn/dataset"
)

// committed is the module's copy of the dataset mktext writes by default.
var committed = filepath.Join("..", "..", "testdata", dataset.FortunesName)

// TestRegenerateFortunes rebuilds testdata/fortunes-min from the installed
// Debian package and requires the same bytes as the committed files: the
// README's command is the whole recipe. It needs fortunes-min installed, so
// it runs in the full suite, on machines that have it.
func TestRegenerateFortunes(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the corpus needs the Debian package fortunes-min; runs in the full suite")
	}
	if _, err := os.Stat(filepath.Join(fortunesDir, "literature")); err != nil {
		t.Skipf("fortunes-min is not installed (%v): apt-get install fortunes-min", err)
	}
	out := t.TempDir()
	var log bytes.Buffer
	require.NoError(t, run([]string{"-in", fortunesDir, "-window", "33", "-out", out}, &log))
	for _, name := range []string{dataset.TrainImagesFile, dataset.TrainLabelsFile, dataset.TestImagesFile, dataset.TestLabelsFile} {
		got, err := os.ReadFile(filepath.Join(out, name+".gz"))
		require.NoError(t, err)
		want, err := os.ReadFile(filepath.Join(committed, name+".gz"))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(got, want), "%s.gz regenerated differs from the committed file", name)
	}
	readme, err := os.ReadFile(filepath.Join(committed, "README.md"))
	require.NoError(t, err)
	// Every root and hash mktext prints is the one the README records.
	for _, line := range strings.Split(log.String(), "\n") {
		for _, f := range strings.Fields(line) {
			if len(f) == 64 {
				assert.Contains(t, string(readme), f, "line %q", line)
			}
		}
	}
	assert.Contains(t, log.String(), "4.6671 bits/char, 3.2350 nats/char", "the entropy the README states")
}

func TestRunWritesWindows(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a.txt")
	other := filepath.Join(dir, "b.txt")
	require.NoError(t, os.WriteFile(src, []byte(strings.Repeat("abc\tdef\n", 30)), 0o644))
	require.NoError(t, os.WriteFile(other, []byte(strings.Repeat("XYZ\n", 10)), 0o644))
	out := filepath.Join(dir, "out")
	var log bytes.Buffer
	require.NoError(t, run([]string{"-in", src + "," + other, "-window", "8", "-stride", "4", "-out", out}, &log))

	s, err := dataset.LoadDir(out)
	require.NoError(t, err)
	text := dataset.NormalizeText([]byte(strings.Repeat("abc\tdef\n", 30) + strings.Repeat("XYZ\n", 10)))
	want, err := dataset.TextSplit(text, 8, 4)
	require.NoError(t, err)
	assert.Equal(t, want.Train.Images, s.Train.Images, "train windows")
	assert.Equal(t, want.Test.Images, s.Test.Images, "test windows: the files' order decides the last tenth")
	assert.Equal(t, "XYZ\nXYZ\n", string(s.Test.Pixels(0)), "the second file ends the text")
	assert.Contains(t, log.String(), "unigram entropy of the train split")
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	short := filepath.Join(dir, "short.txt")
	require.NoError(t, os.WriteFile(short, []byte("tiny"), 0o644))
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"missing input", []string{"-in", filepath.Join(dir, "nope"), "-out", dir}, "no such file"},
		{"a directory without fortune files", []string{"-in", dir, "-out", dir}, "holds no fortune files"},
		{"text shorter than a window", []string{"-in", short, "-out", dir}, "do not fill one 33-byte window"},
		{"a window with no context", []string{"-in", short, "-window", "1", "-out", dir}, "window of at least 2"},
		{"stray argument", []string{"-in", short, "extra"}, "unexpected arguments"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := run(c.args, &bytes.Buffer{})
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestInputFilesPicksFortuneFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"zeta", "zeta.dat", "alpha", "alpha.dat", "notes", "beta.dat"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644))
	}
	// A .u8 link, as Debian installs beside each fortune file, is not read twice.
	require.NoError(t, os.Symlink("alpha", filepath.Join(dir, "alpha.u8")))
	files, err := inputFiles([]string{dir})
	require.NoError(t, err)
	assert.Equal(t, []string{filepath.Join(dir, "alpha"), filepath.Join(dir, "zeta")}, files,
		"fortune files (NAME with NAME.dat), in name order; not notes, the indexes or the link")

	single := filepath.Join(dir, "notes")
	files, err = inputFiles([]string{single, dir})
	require.NoError(t, err)
	assert.Equal(t, []string{single, filepath.Join(dir, "alpha"), filepath.Join(dir, "zeta")}, files, "the -in order is kept")
}
