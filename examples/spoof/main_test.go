package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The command-line contract end to end: a forged bundle is written (exit 0)
// and rejected by the verifier (exit 1) with the catching check named; a
// profile is written and used, and the report names it.
func TestForgedBundleRejectedByVerifierCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binaries")
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", bin, ".", "../verifier", "../solver")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		t.Fatal(err)
	}
	run := func(name string, args ...string) (string, int) {
		t.Helper()
		out, err := exec.Command(filepath.Join(bin, name), args...).CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return string(out), 0
	}
	const task = "../../testdata/tasks/tiny.json"
	dir := t.TempDir()

	profile := filepath.Join(dir, "tiny.profile.json")
	if out, code := run("verifier", "profile", "-task", task, "-out", profile, "-segments", "4", "-quiet"); code != 0 || !strings.Contains(out, "false-reject rate") {
		t.Fatalf("profile: exit %d\n%s", code, out)
	}
	honest := filepath.Join(dir, "honest")
	if out, code := run("solver", "-task", task, "-out", honest, "-quiet"); code != 0 {
		t.Fatalf("solver: exit %d\n%s", code, out)
	}
	report := filepath.Join(dir, "report.json")
	if out, code := run("verifier", "-task", task, "-proof", honest, "-profile", profile, "-report", report, "-quiet"); code != 0 {
		t.Fatalf("honest bundle: exit %d\n%s", code, out)
	}
	var rep struct {
		Verdict string `json:"verdict"`
		Profile string `json:"profile"`
	}
	b, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &rep); err != nil || rep.Verdict != "accepted" || rep.Profile != profile {
		t.Fatalf("report %s (%v)", b, err)
	}

	for attack, check := range map[string]string{"stitch": "replay", "data-tamper": "frozen-weights"} {
		forged := filepath.Join(dir, attack)
		if out, code := run("spoof", "-attack", attack, "-task", task, "-out", forged); code != 0 {
			t.Fatalf("spoof %s: exit %d\n%s", attack, code, out)
		}
		out, code := run("verifier", "-task", task, "-proof", forged, "-profile", profile, "-quiet")
		if code != 1 || !strings.Contains(out, "rejected by "+check+":") {
			t.Errorf("%s: verifier exit %d, want 1 naming %s:\n%s", attack, code, check, out)
		}
	}

	for _, args := range [][]string{
		{"-attack", "no-such", "-task", task, "-out", filepath.Join(dir, "x")},
		{"-attack", "stitch", "-task", task},
		{"-attack", "data-tamper", "-task", task, "-out", filepath.Join(dir, "y"), "-tamper", "1,2"},
	} {
		if out, code := run("spoof", args...); code != 2 {
			t.Errorf("spoof %v: exit %d, want 2\n%s", args, code, out)
		}
	}
	if out, code := run("verifier", "-task", task, "-proof", honest, "-profile", filepath.Join(dir, "missing.json")); code != 2 {
		t.Errorf("missing profile: exit %d, want 2\n%s", code, out)
	}
}
