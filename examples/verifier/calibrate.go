package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/prooflearn/prooflearn/prooflearn"
)

// platformFlag collects -platform-report LABEL=PATH values.
type platformFlag []struct{ label, path string }

func (p *platformFlag) String() string { return fmt.Sprint(*p) }

func (p *platformFlag) Set(v string) error {
	label, path, ok := strings.Cut(v, "=")
	if !ok || label == "" || path == "" {
		return fmt.Errorf("want LABEL=REPORT.json, got %q", v)
	}
	*p = append(*p, struct{ label, path string }{label, path})
	return nil
}

// deltaField matches a task file's "delta" object, with at most one nested
// object (the optimizer's thresholds).
var deltaField = regexp.MustCompile(`"delta"\s*:\s*\{[^{}]*(\{[^{}]*\}[^{}]*)?\}`)

// writeDelta rewrites the "delta" of the task file at path (which must hold
// task) with th, rounded up to three significant digits, keeping the rest
// of the file as written, and checks that the result is the same task.
func writeDelta(path string, task *prooflearn.Task, th prooflearn.Thresholds) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	before, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	if before.Hash() != task.Hash() {
		return fmt.Errorf("%s holds task %s, the profile is for %s", path, before.Hash(), task.Hash())
	}
	field := `"delta": ` + formatThresholds(th)
	var out []byte
	switch n := len(deltaField.FindAllIndex(raw, -1)); n {
	case 0:
		end := bytes.LastIndexByte(raw, '}')
		if end < 0 {
			return fmt.Errorf("%s: no JSON object", path)
		}
		body := bytes.TrimRight(raw[:end], " \t\r\n")
		out = append(append(append([]byte{}, body...), ",\n  "+field+"\n"...), raw[end:]...)
	case 1:
		out = deltaField.ReplaceAllLiteral(raw, []byte(field))
	default:
		return fmt.Errorf("%s: %d \"delta\" fields", path, n)
	}
	after, err := prooflearn.DecodeTask(bytes.NewReader(out))
	if err != nil {
		return fmt.Errorf("%s: the rewritten task does not decode: %w", path, err)
	}
	if after.Hash() != task.Hash() || after.Delta == nil {
		return fmt.Errorf("%s: rewriting δ changed the task", path)
	}
	return prooflearn.WriteFileAtomic(path, out)
}

func formatThresholds(th prooflearn.Thresholds) string {
	s := fmt.Sprintf(`{"l1": %s, "l2": %s, "linf": %s, "cosine": %s`, up3(th.L1), up3(th.L2), up3(th.LInf), up3(th.Cosine))
	if o := th.Optimizer; o != nil {
		s += `,` + "\n" + `            "optimizer": ` + formatThresholds(*o)
	}
	return s + "}"
}

// up3 writes v rounded up to three significant digits, so a written δ is
// never below the calibrated one.
func up3(v float64) string {
	if v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	unit := math.Pow(10, math.Floor(math.Log10(v))-2)
	for r := math.Floor(v/unit) * unit; ; r += unit {
		s := strconv.FormatFloat(r, 'g', 3, 64)
		if p, _ := strconv.ParseFloat(s, 64); p >= v {
			return s
		}
	}
}
