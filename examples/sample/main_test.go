package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
)

var (
	once      sync.Once
	taskFile  string
	proofDir  string
	onceError error
)

// trained returns a task file and an honest proof of it: tiny-gpt cut to
// twenty steps, which is all sampling needs of a proof.
func trained(t *testing.T) (string, string) {
	t.Helper()
	once.Do(func() {
		task := testbundle.ShippedTask(t, "tiny-gpt")
		task.Steps, task.CheckpointInterval = 20, 10
		dir, err := os.MkdirTemp("", "prooflearn-sample-")
		if err != nil {
			onceError = err
			return
		}
		taskFile, proofDir = filepath.Join(dir, "task.json"), filepath.Join(dir, "proof")
		raw, err := json.Marshal(task)
		if err == nil {
			err = os.WriteFile(taskFile, raw, 0o644)
		}
		if err != nil {
			onceError = err
			return
		}
		data, err := dataset.Fortunes()
		if err != nil {
			onceError = err
			return
		}
		_, onceError = solver.Train(context.Background(), task, data.Train, proofDir)
	})
	require.NoError(t, onceError)
	return taskFile, proofDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if proofDir != "" {
		os.RemoveAll(filepath.Dir(proofDir))
	}
	os.Exit(code)
}

func sampleText(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	err := run(args, &out)
	return out.String(), err
}

func TestSampleIsDeterministic(t *testing.T) {
	task, proof := trained(t)
	a, err := sampleText(t, "-task", task, "-proof", proof, "-n", "60", "-prompt", "The ")
	require.NoError(t, err)
	b, err := sampleText(t, "-task", task, "-proof", proof, "-n", "60", "-prompt", "The ")
	require.NoError(t, err)
	assert.Equal(t, a, b, "the same seed gave two texts")
	require.True(t, strings.HasPrefix(a, "The "), "the output starts with the prompt: %q", a)
	assert.Len(t, a, len("The ")+60+1, "prompt, 60 characters and a newline: %q", a)
	for i := range len(a) {
		assert.Less(t, a[i], byte(dataset.TextVocab), "byte %d of %q is outside the vocabulary", i, a)
	}

	other, err := sampleText(t, "-task", task, "-proof", proof, "-n", "60", "-prompt", "The ", "-seed", "another")
	require.NoError(t, err)
	assert.NotEqual(t, a, other, "two seeds gave the same 60 characters")

	// Greedy decoding needs no randomness: the seed does not matter.
	g1, err := sampleText(t, "-task", task, "-proof", proof, "-n", "40", "-temperature", "0")
	require.NoError(t, err)
	g2, err := sampleText(t, "-task", task, "-proof", proof, "-n", "40", "-temperature", "0", "-seed", "another")
	require.NoError(t, err)
	assert.Equal(t, g1, g2, "greedy decoding depends on the seed")

	// A prompt longer than the context slides the window.
	long, err := sampleText(t, "-task", task, "-proof", proof, "-n", "5", "-prompt", strings.Repeat("abcdefghij", 5))
	require.NoError(t, err)
	assert.Len(t, long, 50+5+1)
}

func TestSampleRootPinned(t *testing.T) {
	task, proof := trained(t)
	m, err := bundle.ReadManifest(proof)
	require.NoError(t, err)
	_, err = sampleText(t, "-task", task, "-proof", proof, "-n", "3", "-root", m.Root.String())
	require.NoError(t, err, "the bundle's own root")
	_, err = sampleText(t, "-task", task, "-proof", proof, "-n", "3", "-root", strings.Repeat("ab", 32))
	assert.ErrorContains(t, err, "not "+strings.Repeat("ab", 32))
	_, err = sampleText(t, "-task", task, "-proof", proof, "-n", "3", "-root", "xyz")
	assert.ErrorContains(t, err, "-root")
}

// copyProof returns a private copy of the proof to tamper with.
func copyProof(t *testing.T, proof string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "proof")
	require.NoError(t, testbundle.CopyDir(proof, dir))
	return dir
}

func TestSampleRefusesWeightsTheRootDoesNotCommitTo(t *testing.T) {
	task, proof := trained(t)
	tk, err := prooflearn.ReadTask(task)
	require.NoError(t, err)
	m, err := bundle.ReadManifest(proof)
	require.NoError(t, err)
	final := m.Checkpoints[len(m.Checkpoints)-1]

	t.Run("a final weight changed", func(t *testing.T) {
		dir := copyProof(t, proof)
		c, err := bundle.ReadCheckpointFor(filepath.Join(dir, final.File), tk)
		require.NoError(t, err)
		c.Params[4].F32[7] += 0.5 // an attention weight
		require.Equal(t, "blk0.attn.qkv.w", c.Params[4].Name)
		require.NoError(t, bundle.WriteCheckpoint(dir, c))
		_, err = sampleText(t, "-task", task, "-proof", dir, "-n", "3")
		assert.ErrorContains(t, err, "the final checkpoint hashes to leaf")
	})
	// editFinal changes the attention weight in a copy of the proof and
	// names the changed checkpoint's leaf in its manifest.
	editFinal := func(t *testing.T) (string, *prooflearn.Manifest) {
		dir := copyProof(t, proof)
		c, err := bundle.ReadCheckpointFor(filepath.Join(dir, final.File), tk)
		require.NoError(t, err)
		c.Params[4].F32[7] += 0.5
		require.NoError(t, bundle.WriteCheckpoint(dir, c))
		fm, err := bundle.ReadManifest(dir)
		require.NoError(t, err)
		fm.Checkpoints[len(fm.Checkpoints)-1].Leaf = c.LeafHash()
		return dir, fm
	}
	t.Run("the change re-committed in the manifest's leaves", func(t *testing.T) {
		dir, fm := editFinal(t)
		require.NoError(t, prooflearn.WriteFileAtomic(filepath.Join(dir, bundle.ManifestFile), fm.Encode()))
		_, err = sampleText(t, "-task", task, "-proof", dir, "-n", "3")
		var mismatch *prooflearn.RootMismatchError
		assert.ErrorAs(t, err, &mismatch, "the leaves no longer rebuild the root")
	})
	t.Run("and the root recomputed, but pinned by -root", func(t *testing.T) {
		dir, fm := editFinal(t)
		require.NoError(t, bundle.Recommit(dir, fm))
		_, err = sampleText(t, "-task", task, "-proof", dir, "-n", "3")
		assert.NoError(t, err, "a consistent re-commit is a different proof: only its root tells them apart")
		_, err = sampleText(t, "-task", task, "-proof", dir, "-n", "3", "-root", m.Root.String())
		assert.ErrorContains(t, err, "holds the proof "+fm.Root.String())
	})
	t.Run("a batch changed", func(t *testing.T) {
		dir := copyProof(t, proof)
		raw, err := os.ReadFile(filepath.Join(dir, m.BatchesFile))
		require.NoError(t, err)
		var bs prooflearn.Batches
		require.NoError(t, json.Unmarshal(raw, &bs))
		bs.Indices[3][0] = (bs.Indices[3][0] + 1) % tk.Dataset.Examples
		raw, err = json.Marshal(bs)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, m.BatchesFile), raw, 0o644))
		_, err = sampleText(t, "-task", task, "-proof", dir, "-n", "3")
		var mismatch *prooflearn.RootMismatchError
		assert.ErrorAs(t, err, &mismatch)
	})
	t.Run("another task's proof", func(t *testing.T) {
		other := *tk
		other.Steps = 30
		raw, err := json.Marshal(&other)
		require.NoError(t, err)
		path := filepath.Join(t.TempDir(), "other.json")
		require.NoError(t, os.WriteFile(path, raw, 0o644))
		_, err = sampleText(t, "-task", path, "-proof", proof, "-n", "3")
		assert.ErrorContains(t, err, "not of")
	})
}

func TestSampleFlags(t *testing.T) {
	task, proof := trained(t)
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"no task", []string{"-proof", proof}, "-task and -proof are required"},
		{"negative n", []string{"-task", task, "-proof", proof, "-n", "-1"}, "negative"},
		{"negative temperature", []string{"-task", task, "-proof", proof, "-temperature", "-0.5"}, "-temperature"},
		{"not a transformer", []string{"-task", "../../testdata/tasks/tiny.json", "-proof", proof}, "sample draws text from a transformer"},
		{"stray argument", []string{"-task", task, "-proof", proof, "x"}, "unexpected arguments"},
		{"missing proof", []string{"-task", task, "-proof", filepath.Join(t.TempDir(), "none")}, "no such file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := sampleText(t, c.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}
