// End-to-end tests of the example binaries' command-line contract.
package examples_test

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "prooflearn-bin-")
	if err != nil {
		panic(err)
	}
	bin = dir
	cmd := exec.Command("go", "build", "-o", dir, "./solver", "./verifier", "./demo", "./spoof")
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building the example binaries: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

const tinyTask = "../testdata/tasks/tiny.json"

func run(t *testing.T, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(filepath.Join(bin, name), args...)
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return string(out), code
}

type report struct {
	Verdict  string `json:"verdict"`
	Segments []struct {
		Index      int                `json:"index"`
		Distances  map[string]float64 `json:"distances"`
		Thresholds map[string]any     `json:"thresholds"`
		Reasons    []string           `json:"selected_by"`
		ToStep     int                `json:"to_step"`
	} `json:"segments"`
	Findings []struct {
		Check   string `json:"check"`
		Message string `json:"message"`
		Segment int    `json:"segment"`
	} `json:"findings"`
}

func readReport(t *testing.T, path string) report {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var r report
	require.NoError(t, json.Unmarshal(b, &r))
	return r
}

func TestSolverThenVerifierContract(t *testing.T) {
	dir := t.TempDir()
	proof := filepath.Join(dir, "proof")
	out, code := run(t, "solver", "-task", tinyTask, "-out", proof)
	require.Equal(t, 0, code, "solver exit %d:\n%s", code, out)
	require.Contains(t, out, "root", "solver exit %d:\n%s", code, out)
	rep := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", tinyTask, "-proof", proof, "-report", rep)
	require.Equal(t, 0, code, "verifier exit %d on an honest proof:\n%s", code, out)
	r := readReport(t, rep)
	require.Equal(t, "accepted", r.Verdict, "report %+v", r)
	require.NotEmpty(t, r.Segments, "report %+v", r)
	for _, s := range r.Segments {
		for _, m := range []string{"l1", "l2", "linf", "cosine"} {
			require.Contains(t, s.Distances, m, "segment %d lacks distance %s", s.Index, m)
			require.Contains(t, s.Thresholds, m, "segment %d lacks threshold %s", s.Index, m)
		}
	}

	// Tamper with a checkpoint: exit 1, verdict rejected, evidence named.
	ckpt := filepath.Join(proof, "checkpoints", "step-00000250.safetensors")
	b, err := os.ReadFile(ckpt)
	require.NoError(t, err)
	b[len(b)-3] ^= 0x40
	os.WriteFile(ckpt, b, 0o644)
	out, code = run(t, "verifier", "-task", tinyTask, "-proof", proof, "-report", rep)
	require.Equal(t, 1, code, "verifier exit %d on a tampered proof:\n%s", code, out)
	require.Contains(t, out, "REJECTED", "verifier exit %d on a tampered proof:\n%s", code, out)
	r = readReport(t, rep)
	require.Equal(t, "rejected", r.Verdict, "tampered report %+v", r)
	require.NotEmpty(t, r.Findings, "tampered report %+v", r)
}

// -delta overrides only the metrics it names: with a profile, the others
// keep the profile's thresholds (not zero, which would reject honest work).
func TestPartialDeltaKeepsProfileThresholds(t *testing.T) {
	dir := t.TempDir()
	raw, _ := os.ReadFile(tinyTask)
	var task map[string]any
	json.Unmarshal(raw, &task)
	delete(task, "delta")
	noDelta, _ := json.Marshal(task)
	taskPath := filepath.Join(dir, "task.json")
	os.WriteFile(taskPath, noDelta, 0o644)
	proof, profile := filepath.Join(dir, "proof"), filepath.Join(dir, "profile.json")
	out, code := run(t, "solver", "-task", taskPath, "-out", proof, "-quiet")
	require.Equal(t, 0, code, "solver exit %d:\n%s", code, out)
	out, code = run(t, "verifier", "profile", "-task", taskPath, "-out", profile, "-quiet")
	require.Equal(t, 0, code, "profile exit %d:\n%s", code, out)
	rep := filepath.Join(dir, "report.json")
	out, code = run(t, "verifier", "-task", taskPath, "-proof", proof, "-profile", profile, "-delta", "l2=0.001", "-budget", "1", "-report", rep, "-quiet")
	require.Equal(t, 0, code, "honest proof with -profile and a partial -delta: exit %d:\n%s", code, out)
	var r struct {
		Thresholds map[string]any `json:"thresholds"`
		Reasons    []string       `json:"selected_by"`
		ToStep     int            `json:"to_step"`
	}
	b, _ := os.ReadFile(rep)
	json.Unmarshal(b, &r)
	require.Equal(t, 0.001, r.Thresholds["l2"], "thresholds %v: want l2 from -delta and the rest from the profile", r.Thresholds)
	for _, m := range []string{"linf", "cosine"} {
		v, ok := r.Thresholds[m].(float64)
		require.True(t, ok, "thresholds %v lack %s", r.Thresholds, m)
		assert.Positive(t, v, "thresholds %v: want l2 from -delta and the rest from the profile", r.Thresholds)
	}
}

func TestBadInvocationsExitTwo(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"name": "x", "steps": -1}`), 0o644)
	raw, _ := os.ReadFile(tinyTask)
	wideInput := filepath.Join(dir, "wide-input.json")
	os.WriteFile(wideInput, []byte(strings.Replace(string(raw), `"input": 784`, `"input": 1000`, 1)), 0o644)
	fewClasses := filepath.Join(dir, "few-classes.json")
	os.WriteFile(fewClasses, []byte(strings.Replace(string(raw), `"classes": 10`, `"classes": 2`, 1)), 0o644)
	for _, c := range []struct {
		name string
		args []string
	}{
		{"solver", nil},
		{"solver", []string{"-task", filepath.Join(dir, "missing.json"), "-out", dir}},
		{"solver", []string{"-task", bad, "-out", filepath.Join(dir, "p")}},
		{"verifier", []string{"-task", tinyTask}},
		{"verifier", []string{"-task", tinyTask, "-proof", filepath.Join(dir, "nope")}},
		{"verifier", []string{"-task", tinyTask, "-proof", dir, "-delta", "l7=1"}},
		{"verifier", []string{"-task", bad, "-proof", dir}},
		{"solver", []string{"-task", wideInput, "-out", filepath.Join(dir, "w")}},
		{"solver", []string{"-task", fewClasses, "-out", filepath.Join(dir, "c")}},
		{"verifier", []string{"-task", wideInput, "-proof", dir}},
		{"verifier", []string{"-task", fewClasses, "-proof", dir}},
	} {
		t.Run(c.name+" "+strings.Join(c.args, " "), func(t *testing.T) {
			out, code := run(t, c.name, c.args...)
			assert.Equal(t, 2, code, "%s %v: exit %d, want 2:\n%s", c.name, c.args, code, out)
			assert.NotContains(t, out, "panic", "%s %v panicked:\n%s", c.name, c.args, out)
			assert.NotContains(t, out, "goroutine ", "%s %v panicked:\n%s", c.name, c.args, out)
		})
	}
}

// A solver killed with SIGKILL mid-run resumes when run again and ends with
// the root of an uninterrupted run.
func TestKilledSolverResumes(t *testing.T) {
	dir := t.TempDir()
	raw, _ := os.ReadFile(tinyTask)
	long := strings.Replace(string(raw), `"steps": 500`, `"steps": 2500`, 1)
	task := filepath.Join(dir, "long.json")
	os.WriteFile(task, []byte(long), 0o644)

	proof := filepath.Join(dir, "killed")
	cmd := exec.Command(filepath.Join(bin, "solver"), "-task", task, "-out", proof)
	stderr, _ := cmd.StderrPipe()
	require.NoError(t, cmd.Start())
	killedAt := ""
	sc := bufio.NewScanner(stderr)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "train: 7") || strings.HasPrefix(sc.Text(), "train: 10") {
			cmd.Process.Signal(syscall.SIGKILL)
			killedAt = sc.Text()
			break
		}
	}
	cmd.Wait()
	require.NotEmpty(t, killedAt, "the solver finished before it could be killed")
	_, err := os.Stat(filepath.Join(proof, "manifest.json"))
	require.ErrorIs(t, err, os.ErrNotExist, "a killed solver left a manifest")
	out, code := run(t, "solver", "-task", task, "-out", proof)
	require.Equal(t, 0, code, "resume exit %d, or it did not resume:\n%s", code, out)
	require.Contains(t, out, "resumed   from the checkpoint at step", "resume exit %d, or it did not resume:\n%s", code, out)
	fresh, code := run(t, "solver", "-task", task, "-out", filepath.Join(dir, "fresh"))
	require.Equal(t, 0, code, "fresh run exit %d", code)
	require.NotEmpty(t, rootOf(out), "killed at %q; resumed root %q, uninterrupted %q", killedAt, rootOf(out), rootOf(fresh))
	require.Equal(t, rootOf(fresh), rootOf(out), "killed at %q; resumed root %q, uninterrupted %q", killedAt, rootOf(out), rootOf(fresh))
}

func rootOf(out string) string {
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "root" {
			return f[1]
		}
	}
	return ""
}

func TestDemo(t *testing.T) {
	out, code := run(t, "demo")
	require.Equal(t, 0, code, "demo exit %d:\n%s", code, out)
	for _, want := range []string{"1. submit ", "2. profile ", "3. train ", "4. prove ", "5. verify     accepted",
		"6. challenge", "verifier (every segment): rejected", "replay: segment 24",
		"7. arbitrate", "winner challenger", "disputed operator: step 249", "sgd-update",
		"8. settle", "cheating-solver     1000     800    -200", "nothing created or lost"} {
		assert.Contains(t, out, want, "demo output lacks %q:\n%s", want, out)
	}
}

// A fine-tuning task names its base proof; the solver starts from it and the
// verifier checks both proofs.
func TestFineTuneFromTheCommandLine(t *testing.T) {
	dir := t.TempDir()
	base := filepath.Join(dir, "base")
	out, code := run(t, "solver", "-task", tinyTask, "-out", base, "-quiet")
	require.Equal(t, 0, code, "base solver exit %d:\n%s", code, out)
	var m struct {
		Root     string `json:"root"`
		TaskHash string `json:"task_hash"`
	}
	b, _ := os.ReadFile(filepath.Join(base, "manifest.json"))
	require.NoError(t, json.Unmarshal(b, &m))
	raw, _ := os.ReadFile(tinyTask)
	var task map[string]any
	json.Unmarshal(raw, &task)
	task["name"], task["steps"] = "tiny-finetune", 40
	task["base"] = map[string]string{"root": m.Root, "task_hash": m.TaskHash}
	task["min_progress"] = 0.0 // a trained model need not improve by 10% in 40 steps
	ftRaw, _ := json.Marshal(task)
	ftTask := filepath.Join(dir, "finetune.json")
	os.WriteFile(ftTask, ftRaw, 0o644)

	ft := filepath.Join(dir, "ft")
	out, code = run(t, "solver", "-task", ftTask, "-out", ft)
	require.NotEqual(t, 0, code, "fine-tuning without -base succeeded:\n%s", out)
	ft = filepath.Join(dir, "ft2")
	out, code = run(t, "solver", "-task", ftTask, "-out", ft, "-base", base, "-quiet")
	require.Equal(t, 0, code, "fine-tune solver exit %d:\n%s", code, out)
	out, code = run(t, "verifier", "-task", ftTask, "-proof", ft, "-base-task", tinyTask, "-base", base, "-quiet")
	require.Equal(t, 0, code, "verifier exit %d on an honest fine-tune:\n%s", code, out)
	out, code = run(t, "verifier", "-task", ftTask, "-proof", ft, "-quiet")
	require.NotEqual(t, 0, code, "a fine-tune verified without its base proof:\n%s", out)
}
