package whistleblower_test

import (
	"fmt"

	"github.com/prooflearn/prooflearn/whistleblower"
)

// A whistleblower reads the reports verifiers publish; anything that is not
// a well-formed report is refused with ErrMalformedReport.
func ExampleDecodeReport() {
	r, err := whistleblower.DecodeReport([]byte(`{"verdict":"accepted","budget":0.05,"top_q":1,
		"segments":[{"index":7,"from_step":70,"to_step":80,"passed":true}]}`))
	fmt.Println(r.Verdict, len(r.Segments), err)
	_, err = whistleblower.DecodeReport([]byte(`{"verdict":"probably"}`))
	fmt.Println(err)
	// Output:
	// accepted 1 <nil>
	// malformed verification report: verdict "probably"
}
