package bundle

import "syscall"

// adviseHugePages asks the kernel to back b with transparent huge pages
// where it is configured to on request ("madvise"): filling tens of
// megabytes then takes a few dozen page faults instead of one per 4 KiB
// page. Go's heap spans start page-aligned, as madvise needs. Advice only:
// an error changes nothing and is ignored.
func adviseHugePages(b []byte) {
	if len(b) >= 4<<20 {
		_ = syscall.Madvise(b, syscall.MADV_HUGEPAGE)
	}
}
