package prooflearn

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func readTiny(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../testdata/tasks/tiny.json")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestShippedTasksValidate(t *testing.T) {
	for _, name := range []string{"tiny", "fashion-mlp"} {
		task, err := ReadTask("../testdata/tasks/" + name + ".json")
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if _, err := task.RevealedSeed(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
}

func TestTaskRejectsBadInput(t *testing.T) {
	tiny := readTiny(t)
	for name, text := range map[string]string{
		"empty":            "",
		"not json":         "steps: 5",
		"misspelt field":   strings.Replace(tiny, `"batch_size"`, `"batchsize"`, 1),
		"zero steps":       strings.Replace(tiny, `"steps": 500`, `"steps": 0`, 1),
		"negative lr":      strings.Replace(tiny, `"learning_rate": 0.05`, `"learning_rate": -1`, 1),
		"momentum ≥ 1":     strings.Replace(tiny, `"momentum": 0.9`, `"momentum": 1.5`, 1),
		"unknown dtype":    strings.Replace(tiny, `"float32"`, `"float16"`, 1),
		"unknown model":    strings.Replace(tiny, `"mlp"`, `"transformer"`, 1),
		"unknown optim":    strings.Replace(tiny, `"momentum", "learning_rate"`, `"adam", "learning_rate"`, 1),
		"bad commitment":   strings.Replace(tiny, `"seed_commitment": "`, `"seed_commitment": "zz`, 1),
		"batch > examples": strings.Replace(tiny, `"examples": 2000`, `"examples": 10`, 1),
		"trailing":         tiny + "{}",
	} {
		_, err := DecodeTask(strings.NewReader(text))
		if !errors.Is(err, ErrInvalidTask) {
			t.Errorf("%s: err %v, want ErrInvalidTask", name, err)
		}
	}
	if _, err := DecodeTask(strings.NewReader(strings.Repeat(" ", maxTaskBytes+10))); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized task: err %v", err)
	}
}

func TestTaskHashCoversWhatSteersTraining(t *testing.T) {
	base, err := DecodeTask(strings.NewReader(readTiny(t)))
	if err != nil {
		t.Fatal(err)
	}
	h := base.Hash()
	same := *base
	same.Description, same.Delta = "other words", &Thresholds{L2: 7}
	if same.Hash() != h {
		t.Error("description or δ changed the task hash")
	}
	noHidden, emptyHidden := *base, *base
	noHidden.Model.Hidden, emptyHidden.Model.Hidden = nil, []int{}
	if noHidden.Hash() != emptyHidden.Hash() {
		t.Error(`"hidden": [] and no "hidden" describe one model but hash differently`)
	}
	for name, edit := range map[string]func(*Task){
		"lr":       func(t *Task) { t.Optimizer.LearningRate = 0.051 },
		"steps":    func(t *Task) { t.Steps++ },
		"k":        func(t *Task) { t.CheckpointInterval++ },
		"hidden":   func(t *Task) { t.Model.Hidden = []int{33} },
		"dataset":  func(t *Task) { t.Dataset.Root[0] ^= 1 },
		"seed":     func(t *Task) { t.SeedCommitment = strings.Repeat("0", 64) },
		"dtype":    func(t *Task) { t.DType = "float64" },
		"schedule": func(t *Task) { t.Optimizer.Schedule = &LRSchedule{StepSize: 10, Gamma: 0.5} },
	} {
		c := *base
		edit(&c)
		if c.Hash() == h {
			t.Errorf("changing %s did not change the task hash", name)
		}
	}
}
