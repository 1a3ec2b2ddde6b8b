package examples_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The verifier caches a decoded dataset, uses the cache on the next run, and
// when the cache has been tampered with says so, decodes the IDX files
// instead and reaches the same verdict.
func TestVerifierDatasetCache(t *testing.T) {
	dir := t.TempDir()
	proof, cache := filepath.Join(dir, "proof"), filepath.Join(dir, "cache")
	data := filepath.Join("..", "testdata", "fashion-mnist-subset")
	out, code := run(t, "solver", "-task", tinyTask, "-out", proof, "-quiet")
	require.Equal(t, 0, code, out)
	verify := func() (string, int) {
		return run(t, "verifier", "-task", tinyTask, "-proof", proof, "-data", data, "-cache", cache, "-quiet", "-challenge", "01")
	}

	out, code = verify()
	require.Equal(t, 0, code, out)
	files, err := filepath.Glob(filepath.Join(cache, "dataset-*.cache"))
	require.NoError(t, err)
	require.Len(t, files, 1, "the first run writes the cache")
	assert.NotContains(t, out, "dataset cache")

	out, code = verify()
	require.Equal(t, 0, code, out)
	assert.NotContains(t, out, "dataset cache", "the cache is used silently")

	// One pixel of the last example flipped: detected, decoded instead, and
	// the cache rewritten from the IDX files.
	b, err := os.ReadFile(files[0])
	require.NoError(t, err)
	good := append([]byte(nil), b...)
	b[len(b)-1] ^= 1
	require.NoError(t, os.WriteFile(files[0], b, 0o644))
	out, code = verify()
	require.Equal(t, 0, code, out)
	assert.Contains(t, out, "does not hash to its committed leaf; decoding the IDX files instead")
	b, err = os.ReadFile(files[0])
	require.NoError(t, err)
	assert.Equal(t, good, b, "the cache is rewritten from the decoded files")

	// -cache "" neither reads nor writes one.
	require.NoError(t, os.RemoveAll(cache))
	out, code = run(t, "verifier", "-task", tinyTask, "-proof", proof, "-data", data, "-cache", "", "-quiet")
	require.Equal(t, 0, code, out)
	assert.NoDirExists(t, cache)
}
