package prooflearn

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileAtomicReplacesWholeAndIsReadable(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "manifest.json")
	for _, content := range []string{"first version", "second"} {
		if err := WriteFileAtomic(path, []byte(content)); err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != content {
			t.Fatalf("read %q (%v), wrote %q", got, err, content)
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o644 {
		t.Fatalf("mode %v: others could not read a published bundle", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
}

func TestReadLimitedRefusesNonRegularFiles(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "batches.json")
	if err := os.Symlink("/dev/zero", link); err != nil {
		t.Skip("symbolic links unsupported here")
	}
	if _, err := ReadLimited(link, 1<<20); err == nil {
		t.Fatal("read through a symbolic link to a device")
	}
	if _, err := ReadLimited(dir, 1<<20); err == nil {
		t.Fatal("read a directory as a file")
	}
}
