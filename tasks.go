package assets

import "embed"

// Tasks holds the shipped task files, under testdata/tasks/.
//
//go:embed testdata/tasks/*.json
var Tasks embed.FS

// TinyTask is the path within Tasks of the demo's task.
const TinyTask = "testdata/tasks/tiny.json"
