//go:build !linux

package bundle

// adviseHugePages is advice the kernel takes on Linux only.
func adviseHugePages([]byte) {}
