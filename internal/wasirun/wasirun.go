// Package wasirun runs GOOS=wasip1 GOARCH=wasm builds of the module's
// programs under Node's WASI (run.mjs, next to this file), for tests and
// .ci/crossarch.sh. Node comes from Debian's nodejs package; nothing is
// downloaded at run time.
package wasirun

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// Script is run.mjs, the Node WASI runner.
//
//go:embed run.mjs
var Script []byte

// NodeFlags are the flags node needs to run Script: WASI is behind a flag
// before Node 20 (Debian bookworm ships 18), and its experimental warning
// would mix with the program's output. --no-incremental-marking works around
// a V8 crash (signal 11, Node 20): growing a Go program's wasm memory
// reports external memory pressure, which can finish an incremental
// mark-compact in the middle of the grow, and V8's root marking then walks
// the Go wasm frames and faults. A CNN task's run grows memory often enough
// to hit it every time.
var NodeFlags = []string{"--experimental-wasi-unstable-preview1", "--no-warnings", "--no-incremental-marking"}

// ErrNoNode: node is not installed (apt-get install nodejs).
var ErrNoNode = errors.New("node is not installed (apt-get install nodejs): the wasm half cannot run")

// Node returns the path of the node executable, or ErrNoNode.
func Node() (string, error) {
	p, err := exec.LookPath("node")
	if err != nil {
		return "", ErrNoNode
	}
	return p, nil
}

// Build builds the package pkg (an import path or ./dir relative to dir)
// for wasip1/wasm into out.
func Build(ctx context.Context, dir, pkg, out string) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("wasirun: GOOS=wasip1 GOARCH=wasm go build %s: %v\n%s", pkg, err, b)
	}
	return nil
}

// Command returns the command that runs the wasm program with args under
// Node's WASI. The program sees the host directories dirs, under their own
// (absolute) paths, and nothing else of the host; relative paths resolve
// against cwd. The runner script is written into scratch.
func Command(ctx context.Context, scratch, program, cwd string, dirs []string, args ...string) (*exec.Cmd, error) {
	node, err := Node()
	if err != nil {
		return nil, err
	}
	script := filepath.Join(scratch, "wasirun.mjs")
	if err := os.WriteFile(script, Script, 0o644); err != nil {
		return nil, err
	}
	cwd, err = filepath.Abs(cwd)
	if err != nil {
		return nil, err
	}
	argv := append(append([]string(nil), NodeFlags...), script, "--cwd", cwd)
	for _, d := range dirs {
		abs, err := filepath.Abs(d)
		if err != nil {
			return nil, err
		}
		argv = append(argv, "--dir", abs)
	}
	argv = append(argv, "--", program)
	argv = append(argv, args...)
	return exec.CommandContext(ctx, node, argv...), nil
}
