//go:build !linux

package dataset

// adviseHugePages is a no-op where there is no transparent-huge-page advice.
func adviseHugePages([]byte) {}
