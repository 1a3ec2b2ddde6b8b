package cli

import (
	"flag"
	"io"
	"testing"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFloat(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
	}{
		{"0.01", 0.01},
		{"1e-3", 1e-3},
		{"-1", -1},
		{"0", 0},
		{"3", 3},
		{".5", 0.5},
		{"0x1p-2", 0.25},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseFloat(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	for _, in := range []string{
		"NaN", "nan", "Inf", "+Inf", "-Inf", "infinity", "1e400", "-1e400",
		"0.01junk", "1,5", "", " 1", "0.5 ", "1_000", "0.1.2", "--1",
	} {
		t.Run("refuses "+in, func(t *testing.T) {
			_, err := ParseFloat(in)
			assert.Error(t, err)
		})
	}
}

func TestFloat64Flags(t *testing.T) {
	newSet := func() (*flag.FlagSet, *float64, *float64) {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		var v float64
		Float64Var(fs, &v, "var", 0.5, "")
		return fs, Float64(fs, "budget", 0.1, ""), &v
	}
	t.Run("defaults", func(t *testing.T) {
		fs, budget, v := newSet()
		require.NoError(t, fs.Parse(nil))
		assert.Equal(t, 0.1, *budget)
		assert.Equal(t, 0.5, *v)
		assert.Equal(t, "0.1", fs.Lookup("budget").DefValue)
	})
	t.Run("values", func(t *testing.T) {
		fs, budget, v := newSet()
		require.NoError(t, fs.Parse([]string{"-budget", "0.25", "-var=-1e-3"}))
		assert.Equal(t, 0.25, *budget)
		assert.Equal(t, -1e-3, *v)
	})
	for _, bad := range []string{"NaN", "Inf", "-Inf", "0.01junk", "1e999", ""} {
		t.Run("refuses "+bad, func(t *testing.T) {
			fs, budget, _ := newSet()
			err := fs.Parse([]string{"-budget", bad})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "-budget")
			assert.Equal(t, 0.1, *budget, "a refused value must not land")
		})
	}
}

func TestParseThresholds(t *testing.T) {
	base := prooflearn.Thresholds{L1: 1, L2: 2, LInf: 3, Cosine: 4}
	got, err := ParseThresholds("l2=1e-3, linf = 0", base, nil)
	require.NoError(t, err)
	assert.Equal(t, prooflearn.Thresholds{L1: 1, L2: 1e-3, LInf: 0, Cosine: 4}, got)

	for _, in := range []string{
		"l2=NaN", "l2=Inf", "l2=+Inf", "l2=0.01junk", "l2=-1", "l2", "l2=", "l9=1", "l2=1,", "l2=1e400",
	} {
		t.Run("refuses "+in, func(t *testing.T) {
			_, err := ParseThresholds(in, base, nil)
			assert.Error(t, err)
		})
	}
}

func TestParseOptimizerThresholds(t *testing.T) {
	base := prooflearn.Thresholds{L1: 1, L2: 2, LInf: 3, Cosine: 4, Optimizer: &prooflearn.Thresholds{L1: 5, L2: 6, LInf: 7, Cosine: 8}}
	got, err := ParseThresholds("optimizer.l2=0.5,l1=9", base, nil)
	require.NoError(t, err)
	assert.Equal(t, prooflearn.Thresholds{L1: 9, L2: 2, LInf: 3, Cosine: 4, Optimizer: &prooflearn.Thresholds{L1: 5, L2: 0.5, LInf: 7, Cosine: 8}}, got)
	assert.Equal(t, 6.0, base.Optimizer.L2, "the base is not modified")
	for _, in := range []string{"optimizer.l3=1", "optimizer.l2=NaN", "optimizer.optimizer.l2=1"} {
		_, err := ParseThresholds(in, base, nil)
		assert.Error(t, err, in)
	}
	sgd, err := prooflearn.ReadTask("../../../testdata/tasks/tiny-det.json")
	require.NoError(t, err)
	sgd.Optimizer = prooflearn.OptimizerSpec{Type: prooflearn.OptSGD, LearningRate: 0.1}
	_, err = ParseThresholds("optimizer.l2=1", prooflearn.Thresholds{}, sgd)
	assert.ErrorContains(t, err, "keeps no state")
	_, err = ParseThresholds("optimizer.l2=1", prooflearn.Thresholds{}, nil)
	assert.ErrorContains(t, err, "keeps no state")

	// An Adam task whose δ names no optimizer thresholds yet (what
	// scripts/calibrate.sh starts from): the named metric is set, the others
	// start exact.
	adam, err := prooflearn.ReadTask("../../../testdata/tasks/tiny-adam.json")
	require.NoError(t, err)
	got, err = ParseThresholds("optimizer.l2=1,l1=2", prooflearn.Thresholds{}, adam)
	require.NoError(t, err)
	assert.Equal(t, prooflearn.Thresholds{L1: 2, Optimizer: &prooflearn.Thresholds{L2: 1}}, got)
}

func TestLoadDataByName(t *testing.T) {
	for _, c := range []struct {
		name string
		cols int
	}{{"fashion-mnist-subset", 28}, {"fortunes-min", 33}} {
		t.Run(c.name, func(t *testing.T) {
			task := &prooflearn.Task{Name: "t"}
			task.Dataset.Name = c.name
			s, err := LoadData(task, "")
			require.NoError(t, err)
			assert.Equal(t, c.name, s.Train.Name)
			assert.Equal(t, c.cols, s.Train.Cols)
		})
	}
	task := &prooflearn.Task{Name: "t"}
	task.Dataset.Name = "wikitext"
	_, err := LoadData(task, "")
	assert.ErrorContains(t, err, `names dataset "wikitext": pass -data DIR`)
}
