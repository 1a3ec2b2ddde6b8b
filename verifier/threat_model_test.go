package verifier_test

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/prooflearn/prooflearn/internal/testbundle"
	"github.com/prooflearn/prooflearn/prooflearn"
	"github.com/prooflearn/prooflearn/prooflearn/bundle"
	"github.com/prooflearn/prooflearn/prooflearn/safetensors"
	"github.com/prooflearn/prooflearn/verifier"
)

// The threat model (docs/threat-model.md) maps every field of a bundle to
// the check that binds it. Each row here perturbs its field in an honest
// bundle as a consistent forger would (every leaf and the root recomputed
// unless the row is about the leaf or the root itself) and asserts that the
// named check rejects the bundle. The fields come from the types
// themselves, so a field added later without a row fails
// TestThreatModelCoversEveryField.

// forgery is the bundle a row perturbs: the manifest, and the directory
// whose files the row may rewrite.
type forgery struct {
	t    *testing.T
	task *prooflearn.Task
	dir  string
	m    *prooflearn.Manifest
}

// checkpoint returns checkpoint j as stored.
func (f *forgery) checkpoint(j int) *prooflearn.Checkpoint {
	c, err := bundle.ReadCheckpoint(filepath.Join(f.dir, f.m.Checkpoints[j].File))
	require.NoError(f.t, err)
	return c
}

// rewriteCheckpoint stores checkpoint j after edit.
func (f *forgery) rewriteCheckpoint(j int, edit func(*prooflearn.Checkpoint)) {
	c := f.checkpoint(j)
	edit(c)
	b, err := bundle.EncodeCheckpoint(c)
	require.NoError(f.t, err)
	require.NoError(f.t, prooflearn.WriteFileAtomic(filepath.Join(f.dir, f.m.Checkpoints[j].File), b))
}

// rewriteMetadata stores checkpoint j with one metadata value replaced.
func (f *forgery) rewriteMetadata(j int, key, value string) {
	path := filepath.Join(f.dir, f.m.Checkpoints[j].File)
	file, err := safetensors.ReadFile(path, safetensors.DefaultLimits)
	require.NoError(f.t, err)
	require.Contains(f.t, file.Metadata, key)
	file.Metadata[key] = value
	b, err := safetensors.Encode(file)
	require.NoError(f.t, err)
	require.NoError(f.t, prooflearn.WriteFileAtomic(path, b))
}

// batches reads, edits and stores the batches file.
func (f *forgery) batches(edit func(*prooflearn.Batches)) {
	path := filepath.Join(f.dir, f.m.BatchesFile)
	raw, err := os.ReadFile(path)
	require.NoError(f.t, err)
	var bs prooflearn.Batches
	require.NoError(f.t, json.Unmarshal(raw, &bs))
	edit(&bs)
	b, err := json.Marshal(&bs)
	require.NoError(f.t, err)
	require.NoError(f.t, prooflearn.WriteFileAtomic(path, b))
}

// truncate makes the bundle a consistent proof of a run of steps steps at
// interval k, from the honest run's own checkpoints and batches.
func (f *forgery) truncate(steps, k int) {
	var refs []prooflearn.CheckpointRef
	for _, r := range f.m.Checkpoints {
		if r.Step <= steps && (r.Step%k == 0 || r.Step == steps) {
			refs = append(refs, r)
		}
	}
	f.m.Checkpoints, f.m.Steps, f.m.CheckpointInterval = refs, steps, k
	f.batches(func(bs *prooflearn.Batches) { bs.Indices = bs.Indices[:steps] })
}

// writeManifest stores the manifest as it is, without recomputing anything.
func (f *forgery) writeManifest() {
	require.NoError(f.t, prooflearn.WriteFileAtomic(filepath.Join(f.dir, bundle.ManifestFile), f.m.Encode()))
}

// final is the index of the final checkpoint: its segment is replayed at
// every budget, so a row that edits the state edits it there.
func (f *forgery) final() int { return len(f.m.Checkpoints) - 1 }

// threatRow is one row of the threat model.
type threatRow struct {
	// field is the row's key, as TestThreatModelCoversEveryField derives
	// it from the types and docs/threat-model.md names it.
	field string
	// check is the verifier check that must reject the perturbation, or
	// "" for a field no check needs to bind (it must change nothing).
	check string
	// perturb edits the bundle; the leaves and the root are recomputed
	// afterwards unless keepCommitment is set.
	perturb        func(f *forgery)
	keepCommitment bool
}

var threatRows = []threatRow{
	// manifest.json
	{field: "manifest.format", check: verifier.CheckManifest, perturb: func(f *forgery) { f.m.Format = "prooflearn-proof/v0" }},
	{field: "manifest.root", check: verifier.CheckRoot, keepCommitment: true, perturb: func(f *forgery) {
		f.m.Root[0] ^= 1
		f.writeManifest()
	}},
	{field: "manifest.task_hash", check: verifier.CheckTask, perturb: func(f *forgery) { f.m.TaskHash[0] ^= 1 }},
	{field: "manifest.dataset_root", check: verifier.CheckTask, perturb: func(f *forgery) { f.m.DatasetRoot[0] ^= 1 }},
	{field: "manifest.seed_commitment", check: verifier.CheckTask, perturb: func(f *forgery) { f.m.SeedCommitment[0] ^= 1 }},
	{field: "manifest.steps", check: verifier.CheckTask, perturb: func(f *forgery) { f.truncate(400, f.m.CheckpointInterval) }},
	{field: "manifest.checkpoint_interval", check: verifier.CheckTask, perturb: func(f *forgery) { f.truncate(f.m.Steps, 2*f.m.CheckpointInterval) }},
	{field: "manifest.leaves", check: verifier.CheckManifest, keepCommitment: true, perturb: func(f *forgery) {
		f.m.Leaves++
		f.writeManifest()
	}},
	{field: "manifest.checkpoints[].step", check: verifier.CheckCheckpoint, perturb: func(f *forgery) { f.m.Checkpoints[5].Step++ }},
	{field: "manifest.checkpoints[].file", check: verifier.CheckCheckpoint, perturb: func(f *forgery) { f.m.Checkpoints[5].File = f.m.Checkpoints[6].File }},
	{field: "manifest.checkpoints[].leaf", check: verifier.CheckCommitment, keepCommitment: true, perturb: func(f *forgery) {
		// The leaf alone changed, the root recomputed over it: the stored
		// checkpoint no longer hashes to what the tree commits to.
		f.m.Checkpoints[5].Leaf[0] ^= 1
		require.NoError(f.t, bundle.Recommit(f.dir, f.m))
	}},
	{field: "manifest.batches_file", check: verifier.CheckDataOrder, perturb: func(f *forgery) {
		other := "other-batches.json"
		raw, err := os.ReadFile(filepath.Join(f.dir, f.m.BatchesFile))
		require.NoError(f.t, err)
		require.NoError(f.t, os.WriteFile(filepath.Join(f.dir, other), raw, 0o644))
		f.m.BatchesFile = other
		f.batches(func(bs *prooflearn.Batches) { bs.Indices[3][0], bs.Indices[3][1] = bs.Indices[3][1], bs.Indices[3][0] })
	}},
	{field: "manifest.metrics", check: "", perturb: func(f *forgery) {
		f.m.Metrics = &prooflearn.TrainingMetrics{FinalLoss: 0.001, TestAccuracy: 0.999, Seconds: 1}
	}},

	// batches.json
	{field: "batches.format", check: verifier.CheckDataOrder, perturb: func(f *forgery) { f.batches(func(bs *prooflearn.Batches) { bs.Format = "x" }) }},
	{field: "batches.batch_size", check: verifier.CheckDataOrder, perturb: func(f *forgery) {
		f.batches(func(bs *prooflearn.Batches) {
			bs.BatchSize--
			for s := range bs.Indices {
				bs.Indices[s] = bs.Indices[s][:bs.BatchSize]
			}
		})
	}},
	{field: "batches.indices", check: verifier.CheckDataOrder, perturb: func(f *forgery) {
		f.batches(func(bs *prooflearn.Batches) { bs.Indices[7][0] = (bs.Indices[7][0] + 1) % f.task.Dataset.Examples })
	}},

	// The checkpoint's canonical fields (what its leaf commits to).
	{field: "checkpoint.Step", check: verifier.CheckCheckpoint, perturb: func(f *forgery) {
		f.rewriteCheckpoint(5, func(c *prooflearn.Checkpoint) { c.Step++ })
	}},
	{field: "checkpoint.Params", check: verifier.CheckReplay, perturb: func(f *forgery) {
		f.rewriteCheckpoint(f.final(), func(c *prooflearn.Checkpoint) { c.Params[2].F32[7] += 0.01 })
	}},
	{field: "checkpoint.OptState", check: verifier.CheckReplayOptimizer, perturb: func(f *forgery) {
		f.rewriteCheckpoint(f.final(), func(c *prooflearn.Checkpoint) { c.OptState[3].F32[1] += 0.01 })
	}},
	{field: "checkpoint.RNG.Epoch", check: verifier.CheckRNGState, perturb: func(f *forgery) {
		f.rewriteCheckpoint(5, func(c *prooflearn.Checkpoint) { c.RNG.Epoch++ })
	}},
	{field: "checkpoint.RNG.Counter", check: verifier.CheckRNGState, perturb: func(f *forgery) {
		f.rewriteCheckpoint(5, func(c *prooflearn.Checkpoint) { c.RNG.Counter++ })
	}},
	{field: "checkpoint.tensor shape", check: verifier.CheckCheckpoint, perturb: func(f *forgery) {
		f.rewriteCheckpoint(5, func(c *prooflearn.Checkpoint) {
			w := &c.Params[0]
			w.Shape = []int{w.Shape[1], w.Shape[0]} // the same values, transposed claim
		})
	}},
	{field: "checkpoint.tensor values", check: verifier.CheckCheckpoint, perturb: func(f *forgery) {
		f.rewriteCheckpoint(5, func(c *prooflearn.Checkpoint) { c.Params[1].F32[0] = float32(math.NaN()) })
	}},

	// The checkpoint file's metadata: how the file maps onto the canonical fields.
	{field: "metadata.format", check: verifier.CheckCheckpoint, perturb: func(f *forgery) { f.rewriteMetadata(5, "format", "x") }},
	{field: "metadata.step", check: verifier.CheckCheckpoint, perturb: func(f *forgery) { f.rewriteMetadata(5, "step", "51") }},
	{field: "metadata.rng_epoch", check: verifier.CheckRNGState, perturb: func(f *forgery) { f.rewriteMetadata(5, "rng_epoch", "9") }},
	{field: "metadata.rng_counter", check: verifier.CheckRNGState, perturb: func(f *forgery) { f.rewriteMetadata(5, "rng_counter", "1") }},
	{field: "metadata.params", check: verifier.CheckCheckpoint, perturb: func(f *forgery) { f.rewriteMetadata(5, "params", "b0,w0,w1,b1") }},
	{field: "metadata.optimizer", check: verifier.CheckCheckpoint, perturb: func(f *forgery) { f.rewriteMetadata(5, "optimizer", "") }},
}

// bundleFields lists every field of a bundle: the JSON fields of the
// manifest, its checkpoint references and the batches file, the fields of
// the checkpoint its leaves commit to, and the metadata keys the
// checkpoint encoder writes.
func bundleFields(t *testing.T) []string {
	var out []string
	jsonFields := func(prefix string, v any) {
		rt := reflect.TypeOf(v)
		for i := range rt.NumField() {
			name, _, _ := strings.Cut(rt.Field(i).Tag.Get("json"), ",")
			require.NotEmpty(t, name, "%s.%s has no JSON name", rt.Name(), rt.Field(i).Name)
			out = append(out, prefix+name)
		}
	}
	jsonFields("manifest.", prooflearn.Manifest{})
	out = slices.DeleteFunc(out, func(s string) bool { return s == "manifest.checkpoints" })
	jsonFields("manifest.checkpoints[].", prooflearn.CheckpointRef{})
	jsonFields("batches.", prooflearn.Batches{})
	var goFields func(prefix string, rt reflect.Type)
	goFields = func(prefix string, rt reflect.Type) {
		for i := range rt.NumField() {
			f := rt.Field(i)
			if f.Type.Kind() == reflect.Struct {
				goFields(prefix+f.Name+".", f.Type)
				continue
			}
			out = append(out, prefix+f.Name)
		}
	}
	goFields("checkpoint.", reflect.TypeOf(prooflearn.Checkpoint{}))
	// A tensor's own parts, within the Params and OptState lists.
	out = append(out, "checkpoint.tensor shape", "checkpoint.tensor values")
	_, _, dir := testbundle.Honest(t)
	m, err := bundle.ReadManifest(dir)
	require.NoError(t, err)
	file, err := safetensors.ReadFile(filepath.Join(dir, m.Checkpoints[0].File), safetensors.DefaultLimits)
	require.NoError(t, err)
	var keys []string
	for k := range file.Metadata {
		keys = append(keys, "metadata."+k)
	}
	sort.Strings(keys)
	return append(out, keys...)
}

func TestThreatModelCoversEveryField(t *testing.T) {
	doc, err := os.ReadFile("../docs/threat-model.md")
	require.NoError(t, err)
	rows := map[string]bool{}
	for _, r := range threatRows {
		assert.False(t, rows[r.field], "two rows for %s", r.field)
		rows[r.field] = true
	}
	fields := bundleFields(t)
	for _, f := range fields {
		assert.True(t, rows[f], "bundle field %s has no row in threatRows: which check binds it?", f)
		assert.Contains(t, string(doc), "`"+f+"`", "docs/threat-model.md has no row for %s", f)
	}
	for _, r := range threatRows {
		assert.Contains(t, fields, r.field, "row %s names no field of the bundle", r.field)
		if r.check != "" {
			assert.Contains(t, string(doc), "`"+r.field+"` | `"+r.check+"`", "docs/threat-model.md does not map %s to %s", r.field, r.check)
		}
	}
	t.Logf("%d fields, %d rows", len(fields), len(threatRows))
}

func TestThreatModelRowsRejected(t *testing.T) {
	for _, row := range threatRows {
		t.Run(row.field, func(t *testing.T) {
			task, _, dir := testbundle.Honest(t)
			m, err := bundle.ReadManifest(dir)
			require.NoError(t, err)
			before := m.Root
			f := &forgery{t: t, task: task, dir: dir, m: m}
			row.perturb(f)
			if !row.keepCommitment {
				recommitAll(t, dir, f.m)
			}
			rep := verify(t, task, dir, challenge(0))
			if row.check == "" {
				assert.Equal(t, verifier.Accepted, rep.Verdict, "%v", rep.Findings)
				assert.Equal(t, before, rep.Root, "the field is outside the commitment")
				return
			}
			assert.Equal(t, verifier.Rejected, rep.Verdict)
			assert.True(t, hasFinding(rep, row.check), "want a %s finding: %v", row.check, rep.Findings)
			if !row.keepCommitment {
				// A consistent forgery: no commitment check may be what caught it.
				assert.False(t, hasFinding(rep, verifier.CheckRoot), "%v", rep.Findings)
				assert.False(t, hasFinding(rep, verifier.CheckCommitment), "%v", rep.Findings)
			}
		})
	}
}

// recommitAll recomputes every checkpoint leaf that can be read and the
// root, as a consistent forger does, and writes the manifest.
func recommitAll(t *testing.T, dir string, m *prooflearn.Manifest) {
	t.Helper()
	for j, ref := range m.Checkpoints {
		if c, err := bundle.ReadCheckpoint(filepath.Join(dir, ref.File)); err == nil {
			m.Checkpoints[j].Leaf = c.LeafHash()
		}
	}
	if _, err := bundle.ReadBatches(dir, m); err != nil {
		// The batches no longer decode: store the manifest as it is.
		(&forgery{t: t, dir: dir, m: m}).writeManifest()
		return
	}
	require.NoError(t, bundle.Recommit(dir, m))
}
