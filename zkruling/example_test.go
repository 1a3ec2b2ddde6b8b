package zkruling_test

import (
	"fmt"
	"github.com/prooflearn/prooflearn/prooflearn/fixed"

	"github.com/prooflearn/prooflearn/zkruling"
)

func ExampleProveOperator() {
	a := []int32{1 * zkruling.One, 2 * zkruling.One}  // 1×2: [1 2]
	b := []int32{3 * zkruling.One, -zkruling.One / 2} // 2×1: [3 −0.5]
	c := make([]int32, 1)
	if err := fixed.MatMul(c, a, b, 1, 2, 1, false, false); err != nil {
		panic(err)
	}
	op := zkruling.Operator{Op: zkruling.OpMatMul, M: 1, K: 2, N: 1}
	r, err := zkruling.ProveOperator(op, [][]int32{a, b}, c)
	if err != nil {
		panic(err)
	}
	fmt.Println(float64(c[0])/zkruling.One, r.VerifyGo() == nil, len(r.SolidityProof()))

	c[0]++ // one raw unit off: no proof exists
	_, err = zkruling.ProveOperator(op, [][]int32{a, b}, c)
	fmt.Println(err != nil)
	// Output:
	// 2 true 384
	// true
}
