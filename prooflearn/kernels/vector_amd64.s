//go:build !purego

#include "textflag.h"

// The tile kernels of MatMul on AVX2 (vector_amd64.go drives them). A tile
// is 6 rows of c by one panel of columns: 16 float32 or 8 float64, two YMM
// registers per row, twelve accumulators in all. For p = 0, 1, …, k−1 in
// order, each row broadcasts its a value to every lane, multiplies it by the
// panel's row p of b (VMULPS, one rounding per lane) and adds the product
// into the accumulator (VADDPS, one rounding per lane). Each lane is one
// element of c and performs exactly the scalar operations of the pure-Go
// kernel, acc = acc + F(a·b) from acc = +0, in the same order; there is no
// fused multiply-add and no sum is split across lanes, so the bits are the
// pure-Go kernel's. The accumulator is the first source of each add, as in
// the scalar code.
//
// Arguments, strides in elements:
//	k      the length of the sums, at least 1
//	a      the tile's first a value; row r, step p at a + r·rs + p·ps
//	b      the panel's first value; step p at b + p·bs, columns contiguous
//	c      the tile's first element; row r at c + r·cs, columns contiguous
//
// Rows 0..5 of a are addressed from one pointer as (AX), (AX)(R8*1),
// (AX)(R8*2), (AX)(R9*1), (AX)(R8*4) and (AX)(R10*1) with R8 = rs,
// R9 = 3·rs and R10 = 5·rs in bytes, so a is read in place whether it is
// stored row-major (rs = k, ps = 1) or transposed (rs = 1, ps = m).

// func tile6x16f32(k int, a *float32, rs, ps int, b *float32, bs int, c *float32, cs int)
TEXT ·tile6x16f32(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ rs+16(FP), R8
	MOVQ ps+24(FP), DX
	MOVQ b+32(FP), BX
	MOVQ bs+40(FP), SI
	MOVQ c+48(FP), DI
	MOVQ cs+56(FP), R11
	SHLQ $2, R8
	SHLQ $2, DX
	SHLQ $2, SI
	SHLQ $2, R11
	LEAQ (R8)(R8*2), R9
	LEAQ (R8)(R8*4), R10

	// +0 in every accumulator: the sums' starting value.
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11

loop32:
	VMOVUPS (BX), Y12
	VMOVUPS 32(BX), Y13

	VBROADCASTSS (AX), Y14
	VMULPS       Y12, Y14, Y15
	VADDPS       Y15, Y0, Y0
	VMULPS       Y13, Y14, Y15
	VADDPS       Y15, Y1, Y1

	VBROADCASTSS (AX)(R8*1), Y14
	VMULPS       Y12, Y14, Y15
	VADDPS       Y15, Y2, Y2
	VMULPS       Y13, Y14, Y15
	VADDPS       Y15, Y3, Y3

	VBROADCASTSS (AX)(R8*2), Y14
	VMULPS       Y12, Y14, Y15
	VADDPS       Y15, Y4, Y4
	VMULPS       Y13, Y14, Y15
	VADDPS       Y15, Y5, Y5

	VBROADCASTSS (AX)(R9*1), Y14
	VMULPS       Y12, Y14, Y15
	VADDPS       Y15, Y6, Y6
	VMULPS       Y13, Y14, Y15
	VADDPS       Y15, Y7, Y7

	VBROADCASTSS (AX)(R8*4), Y14
	VMULPS       Y12, Y14, Y15
	VADDPS       Y15, Y8, Y8
	VMULPS       Y13, Y14, Y15
	VADDPS       Y15, Y9, Y9

	VBROADCASTSS (AX)(R10*1), Y14
	VMULPS       Y12, Y14, Y15
	VADDPS       Y15, Y10, Y10
	VMULPS       Y13, Y14, Y15
	VADDPS       Y15, Y11, Y11

	ADDQ DX, AX
	ADDQ SI, BX
	DECQ CX
	JNZ  loop32

	VMOVUPS Y0, (DI)
	VMOVUPS Y1, 32(DI)
	ADDQ    R11, DI
	VMOVUPS Y2, (DI)
	VMOVUPS Y3, 32(DI)
	ADDQ    R11, DI
	VMOVUPS Y4, (DI)
	VMOVUPS Y5, 32(DI)
	ADDQ    R11, DI
	VMOVUPS Y6, (DI)
	VMOVUPS Y7, 32(DI)
	ADDQ    R11, DI
	VMOVUPS Y8, (DI)
	VMOVUPS Y9, 32(DI)
	ADDQ    R11, DI
	VMOVUPS Y10, (DI)
	VMOVUPS Y11, 32(DI)
	VZEROUPPER
	RET

// func tile6x8f64(k int, a *float64, rs, ps int, b *float64, bs int, c *float64, cs int)
TEXT ·tile6x8f64(SB), NOSPLIT, $0-64
	MOVQ k+0(FP), CX
	MOVQ a+8(FP), AX
	MOVQ rs+16(FP), R8
	MOVQ ps+24(FP), DX
	MOVQ b+32(FP), BX
	MOVQ bs+40(FP), SI
	MOVQ c+48(FP), DI
	MOVQ cs+56(FP), R11
	SHLQ $3, R8
	SHLQ $3, DX
	SHLQ $3, SI
	SHLQ $3, R11
	LEAQ (R8)(R8*2), R9
	LEAQ (R8)(R8*4), R10

	VXORPD Y0, Y0, Y0
	VXORPD Y1, Y1, Y1
	VXORPD Y2, Y2, Y2
	VXORPD Y3, Y3, Y3
	VXORPD Y4, Y4, Y4
	VXORPD Y5, Y5, Y5
	VXORPD Y6, Y6, Y6
	VXORPD Y7, Y7, Y7
	VXORPD Y8, Y8, Y8
	VXORPD Y9, Y9, Y9
	VXORPD Y10, Y10, Y10
	VXORPD Y11, Y11, Y11

loop64:
	VMOVUPD (BX), Y12
	VMOVUPD 32(BX), Y13

	VBROADCASTSD (AX), Y14
	VMULPD       Y12, Y14, Y15
	VADDPD       Y15, Y0, Y0
	VMULPD       Y13, Y14, Y15
	VADDPD       Y15, Y1, Y1

	VBROADCASTSD (AX)(R8*1), Y14
	VMULPD       Y12, Y14, Y15
	VADDPD       Y15, Y2, Y2
	VMULPD       Y13, Y14, Y15
	VADDPD       Y15, Y3, Y3

	VBROADCASTSD (AX)(R8*2), Y14
	VMULPD       Y12, Y14, Y15
	VADDPD       Y15, Y4, Y4
	VMULPD       Y13, Y14, Y15
	VADDPD       Y15, Y5, Y5

	VBROADCASTSD (AX)(R9*1), Y14
	VMULPD       Y12, Y14, Y15
	VADDPD       Y15, Y6, Y6
	VMULPD       Y13, Y14, Y15
	VADDPD       Y15, Y7, Y7

	VBROADCASTSD (AX)(R8*4), Y14
	VMULPD       Y12, Y14, Y15
	VADDPD       Y15, Y8, Y8
	VMULPD       Y13, Y14, Y15
	VADDPD       Y15, Y9, Y9

	VBROADCASTSD (AX)(R10*1), Y14
	VMULPD       Y12, Y14, Y15
	VADDPD       Y15, Y10, Y10
	VMULPD       Y13, Y14, Y15
	VADDPD       Y15, Y11, Y11

	ADDQ DX, AX
	ADDQ SI, BX
	DECQ CX
	JNZ  loop64

	VMOVUPD Y0, (DI)
	VMOVUPD Y1, 32(DI)
	ADDQ    R11, DI
	VMOVUPD Y2, (DI)
	VMOVUPD Y3, 32(DI)
	ADDQ    R11, DI
	VMOVUPD Y4, (DI)
	VMOVUPD Y5, 32(DI)
	ADDQ    R11, DI
	VMOVUPD Y6, (DI)
	VMOVUPD Y7, 32(DI)
	ADDQ    R11, DI
	VMOVUPD Y8, (DI)
	VMOVUPD Y9, 32(DI)
	ADDQ    R11, DI
	VMOVUPD Y10, (DI)
	VMOVUPD Y11, 32(DI)
	VZEROUPPER
	RET

// ReLU and ReLUGrad select bits, without arithmetic: a lane compares its
// value with +0 (an ordered, quiet predicate, false for NaN) and the mask
// keeps the value or clears it to +0, which is what the pure-Go loops do
// element by element. Each function handles len(out) rounded down to whole
// registers; the caller does the rest.

// func reluAVX2f32(out, x []float32)
TEXT ·reluAVX2f32(SB), NOSPLIT, $0-48
	MOVQ   out_base+0(FP), DI
	MOVQ   out_len+8(FP), CX
	MOVQ   x_base+24(FP), SI
	SHRQ   $3, CX
	JZ     reludone32
	VXORPS Y1, Y1, Y1

reluloop32:
	VMOVUPS (SI), Y0
	VCMPPS  $0x12, Y1, Y0, Y2 // x ≤ +0 (LE_OQ)
	VANDNPS Y0, Y2, Y3        // x where not, else +0
	VMOVUPS Y3, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	DECQ    CX
	JNZ     reluloop32
	VZEROUPPER

reludone32:
	RET

// func reluGradAVX2f32(dx, out, dout []float32)
TEXT ·reluGradAVX2f32(SB), NOSPLIT, $0-72
	MOVQ   dx_base+0(FP), DI
	MOVQ   dx_len+8(FP), CX
	MOVQ   out_base+24(FP), SI
	MOVQ   dout_base+48(FP), DX
	SHRQ   $3, CX
	JZ     gradone32
	VXORPS Y1, Y1, Y1

gradloop32:
	VMOVUPS (SI), Y0
	VCMPPS  $0x1e, Y1, Y0, Y2 // out > +0 (GT_OQ)
	VANDPS  (DX), Y2, Y3      // dout where so, else +0
	VMOVUPS Y3, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, DI
	DECQ    CX
	JNZ     gradloop32
	VZEROUPPER

gradone32:
	RET

// func reluAVX2f64(out, x []float64)
TEXT ·reluAVX2f64(SB), NOSPLIT, $0-48
	MOVQ   out_base+0(FP), DI
	MOVQ   out_len+8(FP), CX
	MOVQ   x_base+24(FP), SI
	SHRQ   $2, CX
	JZ     reludone64
	VXORPD Y1, Y1, Y1

reluloop64:
	VMOVUPD (SI), Y0
	VCMPPD  $0x12, Y1, Y0, Y2
	VANDNPD Y0, Y2, Y3
	VMOVUPD Y3, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	DECQ    CX
	JNZ     reluloop64
	VZEROUPPER

reludone64:
	RET

// func reluGradAVX2f64(dx, out, dout []float64)
TEXT ·reluGradAVX2f64(SB), NOSPLIT, $0-72
	MOVQ   dx_base+0(FP), DI
	MOVQ   dx_len+8(FP), CX
	MOVQ   out_base+24(FP), SI
	MOVQ   dout_base+48(FP), DX
	SHRQ   $2, CX
	JZ     gradone64
	VXORPD Y1, Y1, Y1

gradloop64:
	VMOVUPD (SI), Y0
	VCMPPD  $0x1e, Y1, Y0, Y2
	VANDPD  (DX), Y2, Y3
	VMOVUPD Y3, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, DI
	DECQ    CX
	JNZ     gradloop64
	VZEROUPPER

gradone64:
	RET
