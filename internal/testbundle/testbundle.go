// Package testbundle trains the shipped tiny task once per test binary and
// hands out private copies of the resulting honest bundle, so tests can
// tamper with a bundle without training again.
package testbundle

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/dataset"
	"github.com/prooflearn/prooflearn/solver"
	"github.com/prooflearn/prooflearn/testdata"
)

var (
	once    sync.Once
	master  string
	task    *prooflearn.Task
	data    *dataset.Split
	onceErr error
)

// TinyTask returns a fresh copy of testdata/tasks/tiny.json.
func TinyTask(t testing.TB) *prooflearn.Task {
	t.Helper()
	return ShippedTask(t, "tiny")
}

// ShippedTask returns a fresh copy of testdata/tasks/<name>.json.
func ShippedTask(t testing.TB, name string) *prooflearn.Task {
	t.Helper()
	raw, err := testdata.Tasks.ReadFile("tasks/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	tk, err := prooflearn.DecodeTask(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return tk
}

// Data returns the embedded dataset.
func Data(t testing.TB) *dataset.Split {
	t.Helper()
	d, err := dataset.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// DataFor returns the embedded dataset task names (dataset.EmbeddedByName):
// the Fashion-MNIST subset or the fortunes-min text.
func DataFor(t testing.TB, task *prooflearn.Task) *dataset.Split {
	t.Helper()
	d, err := dataset.EmbeddedByName(task.Dataset.Name)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// Honest returns the tiny task, its data and a private copy of its honest bundle.
func Honest(t testing.TB) (*prooflearn.Task, *dataset.Split, string) {
	t.Helper()
	once.Do(func() {
		task = TinyTask(t)
		data = Data(t)
		master, onceErr = os.MkdirTemp("", "prooflearn-honest-")
		if onceErr == nil {
			_, onceErr = solver.Train(context.Background(), task, data.Train, master)
		}
	})
	if onceErr != nil {
		t.Fatal(onceErr)
	}
	dir := filepath.Join(t.TempDir(), "bundle")
	if err := CopyDir(master, dir); err != nil {
		t.Fatal(err)
	}
	return TinyTask(t), data, dir
}

// CopyDir copies a directory tree of regular files.
func CopyDir(src, dst string) error {
	return filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		in, err := os.Open(path)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(target)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
}

// MapFS copies the bundle in dir into memory: the same bundle served by a
// testing/fstest.MapFS.
func MapFS(t testing.TB, dir string) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(name)))
		m[name] = &fstest.MapFile{Data: b, Mode: 0o644}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// ZipFS writes the bundle in dir as a zip archive in memory and returns
// the archive's reader: the same bundle served by archive/zip.
func ZipFS(t testing.TB, dir string) fs.FS {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	if err := w.AddFS(os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	r, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return r
}
