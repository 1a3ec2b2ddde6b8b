#include "textflag.h"

// SSE2 is part of every amd64 processor, so these need no feature check.
// Every instruction is one IEEE 754 operation on each lane (no fused
// multiply-add), in the order of the pure-Go loop, so the bits are those of
// momentum and momentumPositiveZero in fast_update.go.

// func momentumSSE32(w, v, g []float32, lr, mu float32, plusZero bool)
TEXT ·momentumSSE32(SB), NOSPLIT, $0-81
	MOVQ  w_base+0(FP), DI
	MOVQ  w_len+8(FP), CX
	MOVQ  v_base+24(FP), SI
	MOVQ  g_base+48(FP), DX
	MOVSS lr+72(FP), X0
	SHUFPS $0, X0, X0
	MOVSS mu+76(FP), X1
	SHUFPS $0, X1, X1
	XORPS X7, X7
	MOVBQZX plusZero+80(FP), AX
	SHRQ  $2, CX
	JZ    done32
	TESTQ AX, AX
	JZ    signed32

positive32:
	MOVUPS (SI), X2 // v
	MULPS  X1, X2   // μ·v
	MOVUPS (DX), X3 // g
	ADDPS  X7, X3   // g + 0
	ADDPS  X2, X3   // v = (g + 0) + μ·v
	MOVUPS X3, (SI)
	MOVUPS (DI), X4 // w
	MULPS  X0, X3   // lr·v
	SUBPS  X3, X4   // w − lr·v
	MOVUPS X4, (DI)
	ADDQ   $16, SI
	ADDQ   $16, DX
	ADDQ   $16, DI
	DECQ   CX
	JNZ    positive32
	RET

signed32:
	MOVUPS (SI), X2
	MULPS  X1, X2
	MOVUPS (DX), X3
	ADDPS  X2, X3
	MOVUPS X3, (SI)
	MOVUPS (DI), X4
	MULPS  X0, X3
	SUBPS  X3, X4
	MOVUPS X4, (DI)
	ADDQ   $16, SI
	ADDQ   $16, DX
	ADDQ   $16, DI
	DECQ   CX
	JNZ    signed32

done32:
	RET

// func momentumSSE64(w, v, g []float64, lr, mu float64, plusZero bool)
TEXT ·momentumSSE64(SB), NOSPLIT, $0-89
	MOVQ  w_base+0(FP), DI
	MOVQ  w_len+8(FP), CX
	MOVQ  v_base+24(FP), SI
	MOVQ  g_base+48(FP), DX
	MOVSD lr+72(FP), X0
	SHUFPD $0, X0, X0
	MOVSD mu+80(FP), X1
	SHUFPD $0, X1, X1
	XORPD X7, X7
	MOVBQZX plusZero+88(FP), AX
	SHRQ  $1, CX
	JZ    done64
	TESTQ AX, AX
	JZ    signed64

positive64:
	MOVUPD (SI), X2
	MULPD  X1, X2
	MOVUPD (DX), X3
	ADDPD  X7, X3
	ADDPD  X2, X3
	MOVUPD X3, (SI)
	MOVUPD (DI), X4
	MULPD  X0, X3
	SUBPD  X3, X4
	MOVUPD X4, (DI)
	ADDQ   $16, SI
	ADDQ   $16, DX
	ADDQ   $16, DI
	DECQ   CX
	JNZ    positive64
	RET

signed64:
	MOVUPD (SI), X2
	MULPD  X1, X2
	MOVUPD (DX), X3
	ADDPD  X2, X3
	MOVUPD X3, (SI)
	MOVUPD (DI), X4
	MULPD  X0, X3
	SUBPD  X3, X4
	MOVUPD X4, (DI)
	ADDQ   $16, SI
	ADDQ   $16, DX
	ADDQ   $16, DI
	DECQ   CX
	JNZ    signed64

done64:
	RET
