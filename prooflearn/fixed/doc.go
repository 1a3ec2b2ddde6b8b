// Package fixed is prooflearn's fixed-point arithmetic: the operators of a
// task in mode "fixed", which trains entirely in integers so that every
// platform computes the same bits by construction, and so that a disputed
// operator can be proven in a SNARK over a prime field. This comment is the
// specification; a circuit that proves one of these operators must compute
// exactly what it says.
//
// # Numbers
//
// Every tensor element — inputs, parameters, activations, gradients,
// optimizer buffers — is an int32 raw value x that stands for x / 2^16
// (Q15.16: Frac = 16 fractional bits, One = 1<<16 stands for 1.0).
//
// # Range
//
// Every operator output element must lie in [−2^24, 2^24) (Bound = 24,
// |value| < 256). An output outside it is an error, *OverflowError, naming
// the operator, the element and its exact value; training stops there, the
// same way on every platform. A task in fixed mode has every inner
// dimension (input width, hidden widths, classes, batch size) at most
// MaxInner = 2^14, so a product of two in-range values is below 2^48 and a
// sum of 2^14 of them below 2^62: int64 accumulation is exact.
//
// # Rounding
//
// Round(acc, s) = (acc + 2^(s−1)) >> s with an arithmetic shift: the
// nearest integer to acc / 2^s, a tie rounded toward +∞ (Round(3, 1) = 2,
// Round(−3, 1) = −1). RoundDiv(x, d) = ⌊(2x + d) / (2d)⌋ for d > 0, with
// floor division: the nearest integer to x / d, a tie rounded up
// (RoundDiv(3, 2) = 2, RoundDiv(−3, 2) = −1).
//
// # Operators
//
// Slices are row-major. Shapes are checked by the caller; a slice shorter
// than its shape says is a programming error and panics.
//
//   - MatMul(c, a, b, m, k, n, transA, transB): c (m×n) = op(a)·op(b), op(a)
//     m×k (a stored k×m with transA), op(b) k×n (b stored n×k with transB),
//     the convention of prooflearn/kernels.MatMul. c[i,j] =
//     Round(Σ_p op(a)[i,p]·op(b)[p,j], Frac), the sum exact in int64.
//     Op name "matmul".
//   - AddBias(y, x, bias, m, n): y[i,j] = x[i,j] + bias[j], exact. "addbias".
//   - BiasGrad(db, dy, m, n): db[j] = Σ_i dy[i,j], exact. "biasgrad".
//   - ReLU(y, x): y = max(x, 0). ReLUGrad(dx, dy, x): dx = dy where x > 0,
//     else 0. Neither can leave the range of its input, so neither fails.
//   - SquaredErrorGrad(dz, z, labels, m, n): the gradient of the loss
//     surrogate below: dz[i,c] = RoundDiv(z[i,c] − t[i,c], m), where t is
//     the one-hot target (t = One at the label, 0 elsewhere). "squarederrorgrad".
//   - MomentumStep(v, g, mu): v ← Round(mu·v, Frac) + g. "momentum".
//     SGDStep(w, v, lr): w ← w − Round(lr·v, Frac). "sgd".
//     Update(w, v, g, lr, mu) is one optimizer step: with momentum (v not
//     nil) MomentumStep(v, g, mu) then SGDStep(w, v, lr); plain SGD
//     SGDStep(w, g, lr).
//
// Every output element is range-checked as it is written (ReLU and ReLUGrad
// need no check). An operator that fails has written some outputs already;
// callers discard them, as training stops.
//
// # Loss surrogate
//
// Softmax cross-entropy needs exp and log, which have no exact integer
// form. Fixed mode trains the logits z (m×n, m the batch) towards the
// one-hot targets under the squared error
//
//	L = Σ_{i,c} (z[i,c] − t[i,c])² / (2·m)        (in real units)
//
// whose gradient is (z − t)/m: SquaredErrorGrad. The loss itself is never
// committed or disputed; SquaredError computes it in float64 for reports.
// The class a model predicts is still the arg-max logit.
//
// # Hyperparameters
//
// The learning rate η and momentum μ of the task become LR = round(η·2^16)
// and MU = round(μ·2^16) (math.Round in float64: half away from zero),
// int64 (LearningRate, Momentum). A fixed-mode task needs LR ≥ 1, and with
// momentum 1 ≤ MU < One. Learning-rate schedules are refused in fixed mode.
//
// # Encodings
//
// An input pixel byte p becomes (p·65536 + 127) / 255 in integer division
// (Pixel; 0 → 0, 255 → One). Initial parameters are the float64
// Glorot-uniform values the seed gives (prooflearn.InitialCheckpoint), each
// x becoming int32(math.Round(x·65536)) (FromFloat). In checkpoints and in
// the canonical tensor encoding a fixed-point tensor is dtype int32 (code 3,
// safetensors "I32"), its raw values little-endian.
//
// # Field encoding
//
// Digests that a circuit recomputes map an int32 x to the BN254 scalar-field
// element x if x ≥ 0, else r − |x|, r being the field's modulus.
package fixed
